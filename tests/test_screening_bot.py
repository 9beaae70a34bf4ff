"""Screening in Teams, end to end through the real HTTP endpoint and a fake connector."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from policybot.config import Settings
from policybot.storage.db import open_db
from tests.e2e import BotServer, activity

CHANNEL = "19:general@thread.tacv2"
MARKED = "OFFICIAL-SENSITIVE: suspect Zebedee Quarterbrook lives at 41 Pelican Row"


@pytest.fixture
def screening_settings(db_path) -> Settings:
    return Settings.from_env(
        {
            "POLICYBOT_DB": str(db_path),
            "POLICYBOT_ADMINS": "aad-29:admin",
            "POLICYBOT_SCREENING_NUDGE_COOLDOWN_MINUTES": "60",
        },
        dotenv=None,
    )


@pytest.fixture
async def server(screening_settings):
    bot_server = await BotServer(screening_settings).start()
    yield bot_server
    await bot_server.stop()


def in_channel(channel, text, user="29:alice", **extra):
    return activity(
        channel, text=text, user=user, aad=f"aad-{user}", conversation_id=CHANNEL, conversation_type="channel", **extra
    )


def personal(channel, text=None, user="29:alice", **extra):
    return activity(channel, text=text, user=user, aad=f"aad-{user}", conversation_id=f"a:{user}-personal", **extra)


def nudges(channel):
    return [s for s in channel.sent if s.conversation_id.startswith("a:personal")]


def stored_bytes(db_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))


async def test_a_marked_channel_message_nudges_its_author_privately_and_keeps_no_text(server, channel, db_path):
    status, _ = await server.post(in_channel(channel, f"<p>{MARKED}</p>"))
    assert status in (200, 201)
    [nudge] = await channel.wait_for(nudges)
    assert channel.created[0]["members"][0]["id"] == "29:alice"
    assert channel.to(CHANNEL) == []  # nothing said in public
    assert "protective marking" in nudge.text and "4.3" in nudge.text
    assert "Quarterbrook" not in json.dumps(nudge.body)  # categories only, never the text
    [card] = nudge.cards
    assert [a["title"] for a in card["actions"]] == ["Go to the message", "This isn't marked"]
    db = open_db(db_path)
    [event] = db.execute("SELECT text_hmac, categories FROM screening_events").fetchall()
    assert len(event[0]) == 64 and json.loads(event[1]) == ["protective-marking", "sensitive-content"]
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert b"Quarterbrook" not in stored_bytes(db_path) and b"Pelican" not in stored_bytes(db_path)


async def test_one_nudge_per_author_per_conversation_within_the_cooldown(server, channel, db_path):
    await server.post(in_channel(channel, MARKED))
    await channel.wait_for(nudges)
    await server.post(in_channel(channel, "RESTRICTED\nanother one"))
    await server.post(in_channel(channel, "SECRET\nand another", type="messageUpdate"))
    await server.post(in_channel(channel, "RESTRICTED\nsomeone else", user="29:bob"))
    await channel.wait_for(lambda c: len(nudges(c)) == 2)
    rows = open_db(db_path).execute("SELECT author_id, nudged FROM screening_events ORDER BY id").fetchall()
    assert rows == [("aad-29:alice", 1), ("aad-29:alice", 0), ("aad-29:alice", 0), ("aad-29:bob", 1)]


async def test_an_edit_that_adds_a_marking_is_screened(server, channel):
    await server.post(in_channel(channel, "minutes to follow"))
    await server.post(in_channel(channel, "TOP SECRET\nminutes", type="messageUpdate"))
    [nudge] = await channel.wait_for(nudges)
    assert "protective marking" in nudge.text


async def test_ordinary_chat_is_left_alone(server, channel, db_path):
    await server.post(in_channel(channel, "anyone know the secret to getting the coffee machine working?"))
    await server.post(in_channel(channel, "Traffic on the A11 northbound, avoid"))
    await server.post(in_channel(channel, "are we allowed to post OFFICIAL-SENSITIVE material in Teams chats?"))
    assert channel.sent == [] and channel.created == []
    assert open_db(db_path).execute("SELECT count(*) FROM screening_events").fetchone()[0] == 0


async def test_a_nudge_resting_on_the_word_model_alone_is_read_again_by_minilm_first(server, channel, db_path):
    """The passive screen's operational model weighs a rank, a name and a day; before
    its nudge goes out the sensitivity head reads what is said, as "can I send this?"
    does. Covert detail it reads as sensitive still nudges."""
    await server.post(in_channel(channel, "Welcome PC Tom Baxter from Lowestoft response, joining us Monday"))
    await server.post(in_channel(channel, "the tracker is on his car now", user="29:bob"))
    await channel.wait_for(nudges)
    assert [created["members"][0]["id"] for created in channel.created] == ["29:bob"]
    rows = open_db(db_path).execute("SELECT author_id, categories FROM screening_events").fetchall()
    assert rows == [("aad-29:bob", '["sensitive-content"]')]


async def test_the_author_can_say_it_was_not_marked(server, channel, db_path):
    await server.post(in_channel(channel, MARKED))
    [nudge] = await channel.wait_for(nudges)
    [event] = [a["data"]["event"] for a in nudge.cards[0]["actions"] if a["type"] == "Action.Submit"]
    await server.post(personal(channel, value={"verb": "screening.not_marked", "event": event}))
    await channel.wait_for(lambda c: any("noted" in s.text for s in c.to("a:29:alice-personal")))
    # Someone else clicking a forwarded button records nothing.
    await server.post(personal(channel, user="29:bob", value={"verb": "screening.not_marked", "event": event}))
    await channel.wait_for(lambda c: any("couldn't find" in s.text for s in c.to("a:29:bob-personal")))
    rows = open_db(db_path).execute("SELECT event_id, author_id, verdict FROM screening_feedback").fetchall()
    assert rows == [(event, "aad-29:alice", "not-marked")]


async def test_a_nudge_for_someone_without_the_app_waits_until_they_talk_to_the_bot(server, channel, db_path):
    channel.fail("create", 403, times=1)
    await server.post(in_channel(channel, MARKED))
    db = open_db(db_path)
    await channel.wait_for(lambda c: db.execute("SELECT status FROM outbox").fetchone() == ("held",))
    await server.post(personal(channel, "hello"))
    nudge = await channel.wait_for(lambda c: [s for s in c.to("a:29:alice-personal") if "4.3" in s.text])
    assert "Quarterbrook" not in json.dumps(nudge[0].body)


async def test_administrators_switch_passive_screening_per_conversation(server, channel):
    await server.post(in_channel(channel, "screening off", user="29:bob", mention_bot=True))
    await channel.wait_for(lambda c: any("Only the bot's administrators" in s.text for s in c.to(CHANNEL)))
    await server.post(in_channel(channel, "screening off", user="29:admin", mention_bot=True))
    await channel.wait_for(lambda c: any("Screening is off" in s.text for s in c.to(CHANNEL)))
    await server.post(in_channel(channel, MARKED))
    await server.post(in_channel(channel, "screening on", user="29:admin", mention_bot=True))
    await channel.wait_for(lambda c: any("Screening is on" in s.text for s in c.to(CHANNEL)))
    assert nudges(channel) == []
    await server.post(in_channel(channel, MARKED))
    await channel.wait_for(nudges)


async def test_check_answers_with_verdict_reasons_clauses_and_advice(server, channel):
    await server.post(personal(channel, "check: Intel graded 1/A/P, subject at the flat"))
    [reply] = await channel.wait_for(lambda c: c.to("a:29:alice-personal"))
    assert reply.text.startswith("Caution")
    assert "\u201c1/A/P\u201d" in reply.text and "Policy 4.3: \u201cIM services do not have" in reply.text
    assert "accredited secure email route" in reply.text
    assert reply.cards and reply.cards[0]["body"][0]["text"] == "Can I send this?"


async def test_check_reads_sensitive_content_said_in_plain_words(server, channel):
    draft = "mum has let slip the daughter is staying at her nan's in Thetford, she doesn't want the ex to find out"
    await server.post(personal(channel, f"check: {draft}"))
    [reply] = await channel.wait_for(lambda c: c.to("a:29:alice-personal"))
    assert reply.text.startswith("Caution") and "for what it says" in reply.text


async def test_secret_is_a_possible_security_incident(server, channel):
    await server.post(personal(channel, "check: SECRET\nOp Falcon timings"))
    [reply] = await channel.wait_for(lambda c: c.to("a:29:alice-personal"))
    assert (
        reply.text.startswith("Don't send this") and "report it to Information Management straight away" in reply.text
    )


async def test_can_i_send_this_asks_for_the_text(server, channel):
    await server.post(personal(channel, "can I send this?"))
    await channel.wait_for(lambda c: any("Paste the message" in s.text for s in c.to("a:29:alice-personal")))
    await server.post(personal(channel, "Selling my bike, £50 ono"))
    answer = await channel.wait_for(lambda c: [s for s in c.to("a:29:alice-personal") if s.cards])
    assert "Policy 5(g)" in answer[0].text and "Don't advertise" in answer[0].text
