"""One person's turns, through the real HTTP endpoint (issue #18, items 4 and 7).

A double click on a card button posts two activities at once; they must not destroy
the dialog they both belong to. An activity Teams delivers again (same id) must not
be acted on again.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from knowledge.feedback import FeedbackStore
from policybot.config import Settings
from policybot.reporting.store import CaseStore
from policybot.storage.db import open_db
from policybot.storage.seen_activities import STALE, SeenActivities
from tests.e2e import BotServer, activity, outbox_settled
from tests.test_psd_teams import ANSWERS, PSD_USER, invoke, set_psd_chat

ALICE_CHAT = "a:alice-personal"


async def said(server, channel, conversation_id: str, body: dict) -> list[str]:
    """Post ``body`` and return the texts of what the bot sent back to the conversation."""
    before = len(channel.to(conversation_id))
    status, _ = await server.post(body)
    assert status in (200, 201)
    sent = await channel.wait_for(lambda c: c.to(conversation_id)[before:] or None)
    return [s.text for s in sent]


def category_button(channel) -> dict:
    """What Teams posts when the reporter presses "offensive" on the category card."""
    return activity(channel, value={"verb": "psd.answer", "answer": "offensive"}, conversation_id=ALICE_CHAT)


async def test_a_double_click_on_a_report_button_keeps_the_report_going(server, settings, channel):
    await said(server, channel, ALICE_CHAT, activity(channel, text="report", conversation_id=ALICE_CHAT))
    # The double click: both presses are in flight at once.
    results = await asyncio.gather(server.post(category_button(channel)), server.post(category_button(channel)))
    assert all(status in (200, 201) for status, _ in results)
    # Both presses' POSTs have been answered, so both turns are over.
    assert any("paste the text" in s.text for s in channel.to(ALICE_CHAT))

    # The reporter's next message is part of their report: it is the content, and the
    # report asks who sent it. It is not a policy question, nor an unanswered one.
    replies = await said(
        server, channel, ALICE_CHAT, activity(channel, text="You lot are useless", conversation_id=ALICE_CHAT)
    )
    assert any("Who sent it" in text for text in replies), replies
    assert not any("went wrong" in s.text for s in channel.to(ALICE_CHAT))
    assert FeedbackStore(open_db(settings.db_path)).counts().get("unanswered", 0) == 0


async def test_many_concurrent_presses_keep_one_consistent_dialog(server, channel):
    """Five presses at once: the first answers the question, the rest find the report
    at its next question and are asked it again; nothing is lost or reset."""
    await said(server, channel, ALICE_CHAT, activity(channel, text="report", conversation_id=ALICE_CHAT))
    await asyncio.gather(*(server.post(category_button(channel)) for _ in range(5)))
    replies = await said(
        server, channel, ALICE_CHAT, activity(channel, text="You lot are useless", conversation_id=ALICE_CHAT)
    )
    assert any("Who sent it" in text for text in replies), replies
    assert not any("went wrong" in s.text or "started afresh" in s.text for s in channel.to(ALICE_CHAT))


# -- redelivery ------------------------------------------------------------------------------------


@pytest.fixture
def psd_settings(db_path) -> Settings:
    return Settings.from_env({"POLICYBOT_DB": str(db_path), "POLICYBOT_PSD_USER_IDS": f"aad-{PSD_USER}"}, dotenv=None)


@pytest.fixture
async def psd_server(psd_settings, channel):
    set_psd_chat(psd_settings.db_path, channel.url)
    bot = await BotServer(psd_settings).start()
    yield bot
    await bot.stop()


@pytest.mark.slow
async def test_a_redelivered_psd_message_reaches_the_reporter_once(psd_server, psd_settings, channel):
    status, body = await psd_server.post(invoke(channel, "composeExtension/submitAction", ANSWERS))
    assert status == 200
    [case] = CaseStore(open_db(psd_settings.db_path)).list()
    # Alice's confirmation opened her 1:1; PSD's message to her goes there too.
    await channel.wait_for(lambda c: [s for s in c.sent if s.conversation_id.startswith("a:personal")])

    message = activity(
        channel, text=f"message reporter {case.ref}: please call me", user=PSD_USER, conversation_id="a:psd-officer"
    )
    # Teams delivers it again (same id): once after the first was answered, then twice at once.
    await said(psd_server, channel, "a:psd-officer", message)
    await psd_server.post(message)
    await asyncio.gather(psd_server.post(message), psd_server.post(message))

    def to_alice(c):
        return [s for s in c.sent if s.conversation_id.startswith("a:personal") and "please call me" in s.text]

    await outbox_settled(psd_settings.db_path)  # every copy queued has been sent by now
    assert len(to_alice(channel)) == 1
    assert len([s for s in channel.to("a:psd-officer") if "will be delivered" in s.text]) == 1


async def test_a_redelivered_question_is_answered_once_and_a_new_one_is_answered(server, channel):
    question = activity(channel, text="help", conversation_id="a:bob", user="29:bob")
    await said(server, channel, "a:bob", question)
    status, _ = await server.post(question)
    assert status in (200, 201)
    await said(server, channel, "a:bob", {**question, "id": "another-id"})  # a new activity is answered
    assert len(channel.to("a:bob")) == 2  # every POST was answered, so every turn is over


async def test_a_message_whose_turn_failed_is_acted_on_when_delivered_again(server, channel):
    channel.fail("send", 500, times=2)  # the reply and the apology both fail
    question = activity(channel, text="help", conversation_id="a:frank", user="29:frank")
    await server.post(question)
    assert channel.to("a:frank") == []
    await said(server, channel, "a:frank", question)  # Teams tries again: this time it is answered


def test_a_turn_that_died_unfinished_is_taken_over_after_a_while(db_path):
    seen = SeenActivities(open_db(db_path))
    now = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
    assert seen.begin("msteams", "a:c", "m1", now)
    assert not seen.begin("msteams", "a:c", "m1", now + STALE / 2)  # still in hand somewhere
    assert seen.begin("msteams", "a:c", "m1", now + STALE * 2)  # its process died: take it over
    seen.finish("msteams", "a:c", "m1", now + STALE * 2)
    assert not seen.begin("msteams", "a:c", "m1", now + STALE * 10)  # done is done
    assert seen.begin("msteams", "a:other", "m1", now)  # ids are per conversation
