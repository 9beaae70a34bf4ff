"""The reporting conversation, turn by turn, through botbuilder-testing's
DialogTestClient on the real SQLite storage, with an injected London clock."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from botbuilder.core import ConversationState
from botbuilder.schema import Activity, Attachment
from botbuilder.testing import DialogTestClient

from bot.storage import SqliteStorage
from dialogs.report_dialog import ReportDialog, report_from
from policybot.config import PsdSettings
from policybot.reporting.drafts import DraftStore
from policybot.reporting.store import CaseStore, Reporter
from policybot.storage.db import open_db
from policybot.storage.kvstore import KeyValueStore
from tests.e2e import shown_text

NOW = datetime(2026, 3, 19, 10, 30, tzinfo=UTC)  # Thursday, GMT


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock():
    return Clock(NOW)


@pytest.fixture
def world(db_path, clock):
    """Everything a bot process has, built afresh on the same file each call: calling
    it twice is a restart."""

    def start():
        db = open_db(db_path)
        settings = PsdSettings(alternative_contact="the Deputy Chief Constable's office")
        dialog = ReportDialog(CaseStore(db), DraftStore(db, settings.draft_retention_days), settings, clock)
        state = ConversationState(SqliteStorage(KeyValueStore(db)))
        return DialogTestClient("msteams", dialog, conversation_state=state), dialog

    return start


async def say(client: DialogTestClient, message) -> list[str]:
    """Send ``message`` (text or an Activity) and return the text of every reply."""
    replies = [await client.send_activity(message)]
    while (reply := client.get_next_reply()) is not None:
        replies.append(reply)
    return [shown_text(r) for r in replies if r is not None]


def button(**value) -> Activity:
    """What Teams sends when a card button of this dialog is pressed."""
    return Activity(type="message", value={"verb": "psd.answer", **value})


async def answer_everything(client) -> None:
    await say(client, "report")
    await say(client, "offensive")
    await say(client, "You are all useless, typical woman driver")
    await say(client, "Sgt A. Example")
    await say(client, "yesterday at 3pm")
    await say(client, "2")
    await say(client, "PC Witness was in the chat too")
    await say(client, "named")


async def test_the_whole_conversation_with_a_change_on_the_summary(world, clock):
    client, dialog = world()
    first = await say(client, "report")
    assert "Professional Standards" in first[0]
    notice = first[0]
    for promise in ("3.2", "999", "supervisor", "Deputy Chief Constable's office", "anonymous", "cancel"):
        assert promise in notice
    assert "What kind of content" in first[1]
    assert "4. Discriminatory, offensive or abusive" in first[1]

    assert "paste the text" in (await say(client, button(answer="offensive")))[0]
    assert "Who sent it" in (await say(client, "You are all useless, typical woman driver"))[0]
    assert "When was it sent" in (await say(client, "Sgt A. Example"))[0]
    assert "Where was it sent" in (await say(client, "yesterday at 3pm"))[0]
    assert "Anything else" in (await say(client, "group chat"))[0]
    assert "know it was you" in (await say(client, "PC Witness was in the chat too"))[0]
    summary = (await say(client, "anonymous"))[0]
    assert "When: Wednesday 18 March 2026, 15:00" in summary
    assert "Where: A group chat" in summary
    assert "Named or anonymous: anonymous" in summary
    assert dialog.store.list() == []  # nothing is sent before the reporter confirms

    # Change an answer from the summary: only that question is asked again.
    assert "When was it sent" in (await say(client, button(answer="change", change="when")))[0]
    summary = (await say(client, "11/03/2026 09:15"))[0]
    assert "When: Wednesday 11 March 2026, 09:15" in summary
    assert "Sender" not in summary and "Who sent it: Sgt A. Example" in summary
    assert "know it was you" in (await say(client, "change named or anonymous"))[0]
    summary = (await say(client, "named"))[0]
    assert "Named or anonymous: named" in summary

    done = await say(client, button(answer="send"))
    [case] = dialog.store.list()
    assert case.ref == "PSD-2026-00001" and case.ref in done[0]
    assert case.category == "offensive" and case.sender == "Sgt A. Example"
    assert case.when.utc == datetime(2026, 3, 11, 9, 15, tzinfo=UTC)
    assert case.where == "group chat" and case.details == "PC Witness was in the chat too"
    assert case.content_sha256 == hashlib.sha256(b"You are all useless, typical woman driver").hexdigest()
    assert not case.anonymous and case.reporter_id == "User1"
    assert dialog.drafts.db.execute("SELECT count(*) FROM psd_drafts").fetchone()[0] == 0


async def test_dates_are_uk_ordered_validated_and_never_in_the_future(world, clock):
    client, dialog = world()
    await answer_everything(client)
    await say(client, "change when")
    assert "future" in (await say(client, "03/11/2026"))[0]  # 3 November: not yet
    assert "future" in (await say(client, "tomorrow"))[0]
    assert "couldn't read" in (await say(client, "whenever"))[0]
    assert "When: Tuesday 17 March 2026 (no time given)" in (await say(client, "last Tuesday"))[0]
    clock.now = NOW + timedelta(days=1)  # the reporter came back the next day
    await say(client, "change when")
    assert "When: Thursday 19 March 2026, 15:00" in (await say(client, "yesterday at 3pm"))[0]


async def test_cancel_and_help_work_at_every_step(world):
    client, dialog = world()
    await say(client, "report")
    assert "pick the kind of content" in (await say(client, "help"))[0].lower()
    await say(client, "offensive")
    await say(client, "some text")
    help_text = (await say(client, "help"))[0]
    assert "sender's name" in help_text
    assert "Who sent it" not in help_text  # help doesn't skip the question
    assert "When was it sent" in (await say(client, "Bob"))[0]
    assert "Cancelled" in (await say(client, "cancel"))[0]
    assert dialog.store.list() == []
    assert dialog.drafts.db.execute("SELECT count(*) FROM psd_drafts").fetchone()[0] == 0


async def test_indecent_material_is_never_asked_for_and_files_are_refused(world):
    client, dialog = world()
    await say(client, "report")
    warning = (await say(client, "indecent"))[0]
    assert "Do not copy, forward, save or screenshot" in warning and "offence" in warning
    picture = Attachment(
        name="img.jpg",
        content_type="image/jpeg",
        content_url="data:image/jpeg;base64," + base64.b64encode(b"x").decode(),
    )
    refused = await say(client, Activity(type="message", attachments=[picture]))
    assert "not kept that file" in refused[0]
    await say(client, "Shift B group chat, the photo posted at about 14:00 yesterday")
    await say(client, "unknown")
    await say(client, "not sure")
    await say(client, "channel")
    await say(client, "no")
    summary = (await say(client, "anonymous"))[0]
    assert "Where the material is (not copied): Shift B group chat" in summary
    await say(client, "send")
    [case] = dialog.store.list()
    assert case.content_text == "" and case.attachments == () and case.content_sha256 is None
    assert case.location_of_material.startswith("Shift B group chat")
    assert case.sender == "" and case.when is None and case.anonymous and case.reporter_id is None


async def test_attachments_are_hashed_not_kept(world):
    client, dialog = world()
    await say(client, "report")
    await say(client, "commercial")
    data = b"%PDF-1.7 advert for my side business"
    pdf = Attachment(
        name="offer.pdf",
        content_type="application/pdf",
        content_url="data:application/pdf;base64," + base64.b64encode(data).decode(),
    )
    teams_copy = Attachment(content_type="text/html", content="<p>see attached</p>")
    await say(client, Activity(type="message", text="see attached", attachments=[pdf, teams_copy]))
    for answer in ("Jo Bloggs", "today", "1", "no"):
        await say(client, answer)
    summary = (await say(client, "named"))[0]
    assert "Files: offer.pdf (application/pdf, 36 bytes)" in summary
    await say(client, "send")
    [case] = dialog.store.list()
    assert case.attachments == (
        {
            "name": "offer.pdf",
            "type": "application/pdf",
            "link": "",
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
        },
    )


async def test_a_half_finished_report_survives_a_restart(world, clock):
    client, _ = world()
    await say(client, "report")
    await say(client, "offensive")
    await say(client, "the text")
    del client  # the process stops; a new one opens the same SQLite file

    client, dialog = world()
    assert "When was it sent" in (await say(client, "Sam Sender"))[0]
    await say(client, "yesterday at 3pm")
    await say(client, "meeting")
    await say(client, "no")
    summary = (await say(client, "named"))[0]
    assert "The content: the text" in summary and "Who sent it: Sam Sender" in summary
    await say(client, "send")
    assert [c.sender for c in dialog.store.list()] == ["Sam Sender"]


async def test_an_abandoned_draft_is_deleted_after_the_retention_period(world, clock):
    client, dialog = world()
    await say(client, "report")
    await say(client, "offensive")
    clock.now = NOW + timedelta(days=8)
    assert dialog.drafts.purge(clock.now) == 1
    reply = (await say(client, "the text I meant to paste"))[0]
    assert "deleted" in reply and "7 days" in reply
    assert dialog.store.list() == []


async def test_a_second_send_after_the_report_went_starts_afresh_and_makes_no_second_case(world):
    client, dialog = world()
    await answer_everything(client)
    await say(client, "send")
    replies = await say(client, "send")  # a double click lands after the dialog ended
    assert "Who sees it" in replies[0]
    assert len(dialog.store.list()) == 1


async def test_a_report_sent_just_before_a_crash_is_confirmed_not_lost_or_doubled(world):
    client, dialog = world()
    await answer_everything(client)
    # The process stored the case and deleted the draft, then died before it could
    # reply or save the dialog state: the reporter still sees the summary and presses Send.
    [draft_id] = [row[0] for row in dialog.drafts.db.execute("SELECT id FROM psd_drafts")]
    answers = dialog.drafts.get(draft_id, NOW)
    reporter = Reporter("User1", "User1", {"user": {"id": "User1"}})
    dialog.store.submit(report_from(answers), reporter, f"dialog:{draft_id}", NOW, confirm=False)
    dialog.drafts.delete(draft_id)
    reply = (await say(client, "send"))[0]
    assert "PSD-2026-00001" in reply and "deleted" not in reply
    assert len(dialog.store.list()) == 1
