"""The outbox and its sender: proactive messages are delivered once, throttling is
respected, failures are retried, and people the bot cannot reach yet are held for."""

from __future__ import annotations

from datetime import timedelta

import pytest

import bot.service as application
from policybot.clock import utcnow
from policybot.storage.db import open_db, transaction
from policybot.storage.outbox import Outbox
from tests.e2e import BOT_ID, TENANT, activity


def user_target(channel, user="29:carol", hold=False):
    return {
        "user": {
            "id": user,
            "aad_object_id": f"aad-{user}",
            "tenant_id": TENANT,
            "service_url": channel.url,
            "channel_id": "msteams",
            "bot_id": BOT_ID,
        },
        "hold_if_unreachable": hold,
    }


@pytest.fixture
async def bot(settings):
    created = application.create_bot(settings)
    yield created
    await created[1].close()  # the adapter's connector session


def enqueue(settings, key, target, text="Heads up"):
    outbox = Outbox(open_db(settings.db_path))
    with transaction(outbox.db.conn):
        return outbox.enqueue(key, target, {"type": "message", "text": text})


def test_an_item_is_enqueued_once_per_key(settings, channel):
    assert enqueue(settings, "k1", user_target(channel))
    assert not enqueue(settings, "k1", user_target(channel))
    assert Outbox(open_db(settings.db_path)).pending_count() == 1


def test_a_rolled_back_transaction_leaves_no_item(settings, channel):
    outbox = Outbox(open_db(settings.db_path))
    with pytest.raises(RuntimeError):
        with transaction(outbox.db.conn):
            outbox.enqueue("k", user_target(channel), {"type": "message", "text": "x"})
            raise RuntimeError("crash between two writes")
    assert outbox.pending_count() == 0


async def test_a_person_gets_a_new_1_1_chat_and_then_it_is_reused(bot, settings, channel):
    _bot, _adapter, sender = bot
    enqueue(settings, "first", user_target(channel))
    sent = await sender.send_due()
    assert [s["key"] for s in sent] == ["first"]
    assert len(channel.created) == 1
    created = channel.created[0]
    assert created["members"][0]["id"] == "29:carol" and created["channelData"]["tenant"]["id"] == TENANT
    assert channel.to(created["id"])[0].text == "Heads up"
    enqueue(settings, "second", user_target(channel))
    await sender.send_due()
    assert len(channel.created) == 1
    assert len(channel.to(created["id"])) == 2
    assert await sender.send_due() == []


async def test_delivered_content_is_erased(bot, settings, channel):
    enqueue(settings, "secret-ish", user_target(channel), text="case details")
    await bot[2].send_due()
    row = open_db(settings.db_path).execute("SELECT status, activity FROM outbox").fetchone()
    assert row == ("sent", None)


async def test_throttling_waits_for_retry_after(bot, settings, channel):
    sender = bot[2]
    enqueue(
        settings,
        "throttled",
        {
            "reference": {
                "conversation": {"id": "a:chan"},
                "serviceUrl": channel.url,
                "channelId": "msteams",
                "bot": {"id": BOT_ID},
            }
        },
    )
    channel.fail("send", 429, times=10, **{"Retry-After": "30"})
    now = utcnow()
    assert await sender.send_due(now) == []
    assert await sender.send_due(now + timedelta(seconds=10)) == []
    channel._failures.clear()
    assert await sender.send_due(now + timedelta(seconds=10)) == []  # still waiting out Retry-After
    sent = await sender.send_due(now + timedelta(seconds=31))
    assert [s["key"] for s in sent] == ["throttled"]
    assert channel.to("a:chan")[0].text == "Heads up"


async def test_a_failed_send_is_retried_later(bot, settings, channel):
    sender = bot[2]
    enqueue(settings, "flaky", user_target(channel))
    channel.fail("create", 503, times=5)
    now = utcnow()
    assert await sender.send_due(now) == []
    channel._failures.clear()
    assert [s["key"] for s in await sender.send_due(now + timedelta(hours=2))] == ["flaky"]


@pytest.mark.slow  # loads a model or starts a process
async def test_someone_without_the_app_is_held_for_until_they_talk_to_the_bot(settings, channel):
    enqueue(settings, "nudge", user_target(channel, "29:dave", hold=True), text="About your message")
    channel.fail("create", 403, times=1)
    from tests.e2e import BotServer

    server = await BotServer(settings).start()
    try:
        sender = server.app[application.SENDER]
        await sender.send_due()
        assert open_db(settings.db_path).execute("SELECT status FROM outbox").fetchone()[0] == "held"
        await server.post(activity(channel, text="help", user="29:dave", aad="aad-29:dave", conversation_id="a:dave"))
        await channel.wait_for(lambda c: any(s.text == "About your message" for s in c.to("a:dave")))
    finally:
        await server.stop()


def test_withdrawn_items_are_not_sent_but_delivered_ones_stay_recorded(settings, channel):
    outbox = Outbox(open_db(settings.db_path))
    for key in (
        "reviews:im-policy:2020-09-12:a:90",
        "reviews:im-policy:2020-09-12:b:30",
        "reviews:other:x",
        "reviews:im_policy:y",
    ):
        outbox.enqueue(key, user_target(channel), {"type": "message", "text": "x"})
    outbox.mark_sent(outbox.claim_due()[0])
    assert outbox.withdraw("reviews:im-policy:") == 1
    assert outbox.pending_count() == 2
    assert outbox.status("reviews:im-policy:2020-09-12:a:90") == "sent"
