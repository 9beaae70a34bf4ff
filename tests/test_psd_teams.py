"""Reporting through the real HTTP endpoint on channel msteams: the "Report to PSD"
message action, exactly-once submission, the outbox after failures and after kill -9,
PSD commands and refusals."""

from __future__ import annotations

import asyncio
import hashlib
import json

import pytest

from policybot.clock import utcnow
from policybot.config import Settings
from policybot.reporting.store import Actor, CaseStore
from policybot.storage.db import open_db
from policybot.storage.outbox import Outbox
from tests.e2e import BotProcess, BotServer, activity, outbox_settled, wait_until

SOURCE = "19:shift-b-chat@thread.v2"
PSD_CHAT = "19:psd-team@thread.v2"
LINK = f"https://teams.microsoft.com/l/message/{SOURCE}/1764255845123?context=%7B%22contextType%22%3A%22chat%22%7D"
PSD_USER = "29:psd-officer"  # the harness gives them the AAD id "aad-29:psd-officer"


def payload(body: str = "<p>You lot are <b>useless</b> &amp; thick</p>") -> dict:
    """A messagePayload as Teams sends it with a message action."""
    return {
        "id": "1764255845123",
        "replyToId": None,
        "messageType": "message",
        "createdDateTime": "2026-11-27T15:04:05.123Z",
        "linkToMessage": LINK,
        "importance": "normal",
        "locale": "en-gb",
        "from": {"user": {"id": "aad-bob", "displayName": "Bob Offender", "userIdentityType": "aadUser"}},
        "body": {"contentType": "html", "content": body},
        "attachments": [
            {
                "id": "f1",
                "contentType": "reference",
                "name": "meme.png",
                "contentUrl": "https://contoso.sharepoint.com/sites/shift/Shared%20Documents/meme.png",
            },
        ],
        "mentions": [],
        "reactions": [],
    }


def invoke(channel, name: str, data: dict | None = None, user: str = "29:alice", body: str | None = None) -> dict:
    value = {
        "commandId": "reportToPsd",
        "commandContext": "message",
        "context": {"theme": "default"},
        "messagePayload": payload(body) if body else payload(),
    }
    if data is not None:
        value["data"] = data
    body = activity(
        channel, type="invoke", value=value, user=user, conversation_id=SOURCE, conversation_type="groupChat"
    )
    body["name"] = name  # activity()'s own ``name`` is the sender's display name
    return body


ANSWERS = {
    "category": "offensive",
    "where": "group chat",
    "details": "Whole shift saw it",
    "identity": "named",
    "psd": "submit",
}


@pytest.fixture
def psd_settings(kb_db_path) -> Settings:
    """On a copy of the indexed policy: the server is ready at once instead of indexing it."""
    return Settings.from_env(
        {"POLICYBOT_DB": str(kb_db_path), "POLICYBOT_PSD_USER_IDS": f"aad-{PSD_USER}"}, dotenv=None
    )


@pytest.fixture
async def psd_server(psd_settings, channel):
    set_psd_chat(psd_settings.db_path, channel.url)
    bot = await BotServer(psd_settings).start()
    yield bot
    await bot.stop()


def set_psd_chat(db_path, service_url: str) -> CaseStore:
    """What ``policybot psd set-conversation`` does, pointing at the fake connector."""
    store = CaseStore(open_db(db_path))
    reference = {
        "conversation": {"id": PSD_CHAT, "isGroup": True, "conversationType": "groupChat", "tenantId": "tenant-1"},
        "serviceUrl": service_url,
        "channelId": "msteams",
        "bot": {"id": "28:policybot", "name": "policybot"},
    }
    store.set_psd_conversation(reference, Actor("operator:test", "test", operator=True), utcnow())
    return store


async def test_fetch_task_answers_with_a_form_prefilled_from_the_message(psd_server, psd_settings, channel):
    status, body = await psd_server.post(invoke(channel, "composeExtension/fetchTask"))
    assert status == 200
    task = body["task"]
    assert task["type"] == "continue"
    card = task["value"]["card"]["content"]
    text = json.dumps(card)
    for prefilled in ("Bob Offender", LINK, "meme.png", "Friday 27 November 2026, 15:04"):
        assert prefilled in text
    inputs = {block["id"]: block for block in card["body"] if block.get("id")}
    assert set(inputs) == {"category", "where", "details", "identity"}
    assert inputs["where"]["value"] == "group chat"
    assert "indecent" in {c["value"] for c in inputs["category"]["choices"]}
    assert "useless" not in text  # the message itself is not echoed back
    # The turn is over (its POST was answered): nothing was said, and nothing queued to say.
    assert channel.sent == []
    assert Outbox(open_db(psd_settings.db_path)).pending_count() == 0


async def test_submit_action_creates_the_case_confirms_privately_and_tells_psd(psd_server, psd_settings, channel):
    status, body = await psd_server.post(invoke(channel, "composeExtension/submitAction", ANSWERS))
    assert status == 200
    assert body["task"]["type"] == "message" and "PSD-2026-00001" in body["task"]["value"]
    [case] = CaseStore(open_db(psd_settings.db_path)).list()
    assert case.source == "message-action" and case.source_link == LINK
    assert case.content_text == "You lot are useless & thick"
    assert case.sender == "Bob Offender" and case.when.london() == "Friday 27 November 2026, 15:04"
    assert case.attachments[0]["name"] == "meme.png" and case.attachments[0]["link"].endswith("meme.png")
    assert case.content_sha256 == hashlib.sha256(payload()["body"]["content"].encode()).hexdigest()

    psd = await channel.wait_for(lambda c: c.to(PSD_CHAT))
    assert "PSD-2026-00001" in psd[0].text and psd[0].cards
    confirmation = await channel.wait_for(lambda c: [s for s in c.sent if s.conversation_id.startswith("a:personal")])
    assert "PSD-2026-00001" in confirmation[0].text
    assert channel.created[0]["members"][0]["id"] == "29:alice"
    await outbox_settled(psd_settings.db_path)
    assert channel.to(SOURCE) == []  # nothing about the report in the conversation it came from


async def test_the_same_submit_posted_twice_at_once_makes_one_case(psd_server, psd_settings, channel):
    first, second = await asyncio.gather(
        psd_server.post(invoke(channel, "composeExtension/submitAction", ANSWERS)),
        psd_server.post(invoke(channel, "composeExtension/submitAction", ANSWERS)),
    )
    assert first[0] == second[0] == 200
    texts = sorted([first[1]["task"]["value"], second[1]["task"]["value"]])
    assert all("PSD-2026-00001" in text for text in texts)
    assert any("already reported" in text for text in texts)
    assert len(CaseStore(open_db(psd_settings.db_path)).list()) == 1
    await outbox_settled(psd_settings.db_path)
    assert len(channel.to(PSD_CHAT)) == 1


async def test_an_incomplete_form_comes_back_with_a_message_and_stores_nothing(psd_server, psd_settings, channel):
    status, body = await psd_server.post(invoke(channel, "composeExtension/submitAction", {**ANSWERS, "category": ""}))
    assert status == 200 and body["task"]["type"] == "continue"
    assert "Please answer each question" in json.dumps(body)
    assert CaseStore(open_db(psd_settings.db_path)).list() == []


async def test_indecent_material_keeps_only_where_it_is(psd_server, psd_settings, channel):
    await psd_server.post(invoke(channel, "composeExtension/submitAction", {**ANSWERS, "category": "indecent"}))
    [case] = CaseStore(open_db(psd_settings.db_path)).list()
    assert case.content_text == "" and case.attachments == () and case.content_sha256 is None
    assert LINK in case.location_of_material and "Bob Offender" in case.location_of_material


async def test_a_failed_psd_notification_is_retried_until_delivered(psd_server, psd_settings, channel):
    channel.fail("send", 503, times=2)
    await psd_server.post(invoke(channel, "composeExtension/submitAction", ANSWERS))
    psd = await channel.wait_for(lambda c: c.to(PSD_CHAT), timeout=60)
    assert "PSD-2026-00001" in psd[0].text


async def test_kill_9_between_storing_the_case_and_notifying_psd_loses_nothing(psd_settings, channel, db_path):
    set_psd_chat(db_path, channel.url)
    env = {"POLICYBOT_DB": str(db_path), "POLICYBOT_PSD_USER_IDS": f"aad-{PSD_USER}"}
    channel.fail("send", 503, times=10_000)
    channel.fail("create", 503, times=10_000)
    bot = await BotProcess(env).start()
    try:
        status, body = await bot.post(invoke(channel, "composeExtension/submitAction", ANSWERS))
        assert status == 200 and "PSD-2026-00001" in body["task"]["value"]
        store = CaseStore(open_db(db_path))

        def failed_and_released() -> bool:
            row = store.db.execute(
                "SELECT attempts, claimed_until FROM outbox WHERE key = 'psd:new-case:PSD-2026-00001'"
            ).fetchone()
            return bool(row and row[0] >= 1 and row[1] is None)

        # Wait until a delivery attempt has failed and released its lease, then kill -9.
        await wait_until(failed_and_released, what="a failed delivery attempt to release its lease")
    finally:
        bot.kill()
    assert channel.to(PSD_CHAT) == []
    channel._failures.clear()  # Teams is back
    bot = await BotProcess(env).start()
    try:
        psd = await channel.wait_for(lambda c: c.to(PSD_CHAT), timeout=90)
        assert "PSD-2026-00001" in psd[0].text
        await channel.wait_for(lambda c: [s for s in c.sent if s.conversation_id.startswith("a:personal")], timeout=90)
    finally:
        bot.stop()
    assert len(CaseStore(open_db(db_path)).list()) == 1


async def say(server, channel, text: str, user: str, conversation_id: str) -> list[str]:
    before = len(channel.to(conversation_id))
    await server.post(activity(channel, text=text, user=user, conversation_id=conversation_id))
    sent = await channel.wait_for(lambda c: c.to(conversation_id)[before:] or None)
    return [s.text for s in sent]


async def test_psd_commands_are_refused_to_others_and_the_refusal_is_logged(psd_server, psd_settings, channel):
    await psd_server.post(invoke(channel, "composeExtension/submitAction", ANSWERS))
    for command in (
        "cases",
        "case PSD-2026-00001",
        "set PSD-2026-00001 to closed",
        "message reporter PSD-2026-00001: hi",
    ):
        reply = await say(psd_server, channel, command, "29:nosy", f"a:nosy-{command[:4]}")
        assert "only the Professional Standards team" in reply[0]
    reply = await say(psd_server, channel, "status PSD-2026-00001", "29:nosy", "a:nosy-status")
    assert "only tell you about reports you made yourself" in reply[0]
    store = CaseStore(open_db(psd_settings.db_path))
    refused = [e for e in store.audit_trail() if e.outcome == "refused"]
    assert len(refused) == 5 and {e.actor_id for e in refused} == {"aad-29:nosy"}
    assert store.get("PSD-2026-00001").status == "new"


async def test_an_anonymous_reporter_cannot_be_found_through_any_psd_command(psd_server, psd_settings, channel):
    await psd_server.post(invoke(channel, "composeExtension/submitAction", {**ANSWERS, "identity": "anonymous"}))
    conversation = "a:psd-officer-personal"
    seen = []
    for command in (
        "cases",
        "cases new",
        "case PSD-2026-00001",
        "set PSD-2026-00001 to in review",
        "message reporter PSD-2026-00001: can you tell us more?",
    ):
        seen += await say(psd_server, channel, command, PSD_USER, conversation)
    seen += [json.dumps(s.body) for s in await channel.wait_for(lambda c: c.to(PSD_CHAT))]
    transcript = "\n".join(seen)
    assert "PSD-2026-00001" in transcript and "Anonymous" in transcript and "in review" in transcript
    for trace in ("29:alice", "aad-29:alice", "Alice Smith", "Alice"):
        assert trace not in transcript
    # The reporter still gets PSD's message and the status change, in their own chat,
    # and can ask about their own case.
    to_reporter = await channel.wait_for(
        lambda c: [s.text for s in c.sent if s.conversation_id.startswith("a:personal") and "tell us more" in s.text]
    )
    assert "PSD-2026-00001" in to_reporter[0]
    reply = await say(psd_server, channel, "status PSD-2026-00001", "29:alice", "a:alice-personal")
    assert "in review" in reply[0]


async def test_asked_in_a_group_chat_the_bot_says_so_briefly_and_continues_in_a_1to1(psd_server, channel):
    group = "19:shift-b-chat@thread.v2"
    await psd_server.post(
        activity(
            channel,
            text="I want to report a message",
            mention_bot=True,
            conversation_id=group,
            conversation_type="groupChat",
        )
    )
    [said] = await channel.wait_for(lambda c: c.to(group))
    assert "1:1" in said.text and len(said.text) < 120
    private = await channel.wait_for(lambda c: [s for s in c.sent if s.conversation_id.startswith("a:personal")])
    assert "Start my report" in json.dumps(private[0].body)
    assert channel.created[0]["members"][0]["id"] == "29:alice"
    await outbox_settled(psd_server.settings.db_path)
    assert len(channel.to(group)) == 1


async def test_in_the_1to1_the_report_starts_and_card_buttons_answer_it(psd_server, psd_settings, channel):
    me = "a:alice-personal"
    replies = await say(psd_server, channel, "I want to report a message", "29:alice", me)
    assert "Who sees it" in replies[0] and "What kind of content" in replies[-1]
    before = len(channel.to(me))
    # The button on the category card, as Teams posts it.
    await psd_server.post(
        activity(channel, value={"verb": "psd.answer", "answer": "personal-business"}, conversation_id=me)
    )
    sent = await channel.wait_for(lambda c: c.to(me)[before:] or None)
    assert "paste the text" in sent[0].text
    assert "Cancelled" in (await say(psd_server, channel, "cancel", "29:alice", me))[0]
    assert CaseStore(open_db(psd_settings.db_path)).list() == []


async def test_a_question_about_reporting_is_left_to_the_policy_answers(psd_server, channel):
    replies = await say(psd_server, channel, "how do I report an inappropriate message?", "29:alice", "a:alice-q")
    assert "Who sees it" not in replies[0]


@pytest.mark.slow  # loads a model or starts a process
async def test_an_administrator_chooses_psds_conversation_and_its_members_get_the_role(db_path, channel):
    settings = Settings.from_env({"POLICYBOT_DB": str(db_path), "POLICYBOT_ADMINS": "aad-29:admin"}, dotenv=None)
    bot = await BotServer(settings).start()
    try:
        in_psd_chat = dict(conversation_id=PSD_CHAT, conversation_type="groupChat")
        await bot.post(
            activity(channel, text="psd use this conversation", user="29:dave", mention_bot=True, **in_psd_chat)
        )
        [refused] = await channel.wait_for(lambda c: c.to(PSD_CHAT))
        assert "only an administrator" in refused.text
        await bot.post(
            activity(channel, text="psd use this conversation", user="29:admin", mention_bot=True, **in_psd_chat)
        )
        said = await channel.wait_for(lambda c: c.to(PSD_CHAT)[1:])
        assert "announced here" in said[0].text
        # Carol posts in PSD's chat (not to the bot): she is a member, so in the PSD role.
        # Its POST is answered once the turn (which records her) is over.
        await bot.post(activity(channel, text="morning all", user="29:carol", **in_psd_chat))
        assert "No cases" in (await say(bot, channel, "cases", "29:carol", "a:carol-personal"))[0]
        assert (
            "only the Professional Standards team"
            in (await say(bot, channel, "cases", "29:dave", "a:dave-personal"))[0]
        )
    finally:
        await bot.stop()
