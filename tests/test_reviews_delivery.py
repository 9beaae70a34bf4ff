"""Reminders leave through the real outbox sender and reach a fake Teams connector over
HTTP: retried after failures, Teams throttling respected, owners' 1:1 chats opened.

The review facts come from the real knowledge base (the shipped IM policy: owner and
holder "Director of ICT", review date 12 September 2020); the clock is injected.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.reviews import reminder_activity
from bot.service import create_bot
from policybot.clock import utcnow
from policybot.reviews.calendar import LONDON
from policybot.reviews.service import ReviewService
from policybot.storage.db import open_db
from policybot.storage.outbox import Outbox
from tests.e2e import BOT_ID
from tests.reviews_fixtures import review_settings

WEEK_BEFORE = datetime(2020, 9, 5, 9, 0, tzinfo=LONDON)


def personal_reference(channel, user: str = "29:alice") -> dict:
    return {
        "activityId": "1",
        "user": {"id": user, "name": "Alice", "aadObjectId": f"aad-{user}"},
        "bot": {"id": BOT_ID, "name": "policybot"},
        "conversation": {"id": f"a:{user}-personal", "conversationType": "personal", "tenantId": "tenant-1"},
        "channelId": "msteams",
        "serviceUrl": channel.url,
    }


def reviews_on(settings, now=WEEK_BEFORE) -> ReviewService:
    from knowledge import KnowledgeBase

    db = open_db(settings.db_path)
    return ReviewService.build(settings, db, KnowledgeBase(db), Outbox(db), reminder_activity, clock=lambda: now)


def next_attempt(settings) -> datetime:
    value = open_db(settings.db_path).execute("SELECT next_attempt_at FROM outbox").fetchone()[0]
    return datetime.fromisoformat(value)


async def test_throttled_send_waits_for_retry_after_then_delivers_the_card(kb_db_path, channel):
    settings = review_settings(kb_db_path)
    service = reviews_on(settings)
    service.subscriptions.subscribe("aad-29:alice", personal_reference(channel))
    [reminder] = service.scheduler.run_once()
    assert reminder.milestone == "before-7"
    _bot, _adapter, sender = create_bot(settings)

    channel.fail("send", 429, times=1, **{"Retry-After": "30"})
    assert await sender.send_due() == []
    assert channel.sent == []
    retry_at = next_attempt(settings)
    assert timedelta(seconds=25) < retry_at - utcnow() <= timedelta(seconds=30)
    assert await sender.send_due() == []  # not before Teams said

    sent = await sender.send_due(now=retry_at + timedelta(seconds=1))
    assert [item["key"] for item in sent] == [reminder.key]
    [message] = channel.to("a:29:alice-personal")
    [card] = message.cards
    titles = [action["title"] for action in card["actions"]]
    assert titles == ["Snooze a week", "Open policy"]  # a subscriber, not the owner: no "Mark reviewed"
    assert "Instant Messaging Policy" in message.text and "due in 7 days" in message.text
    assert "12 September 2020" in message.text
    # Delivered once: another run sends nothing more.
    assert service.scheduler.run_once() == [] and await sender.send_due(now=retry_at + timedelta(hours=1)) == []


async def test_a_server_error_is_retried_later_not_lost(kb_db_path, channel):
    settings = review_settings(kb_db_path)
    service = reviews_on(settings)
    service.subscriptions.subscribe("aad-29:alice", personal_reference(channel))
    service.scheduler.run_once()
    _bot, _adapter, sender = create_bot(settings)

    channel.fail("send", 500, times=2)
    assert await sender.send_due() == []
    assert await sender.send_due(now=next_attempt(settings)) == []
    assert channel.sent == []
    assert len(await sender.send_due(now=next_attempt(settings))) == 1
    assert len(channel.to("a:29:alice-personal")) == 1


async def test_a_configured_owner_gets_a_new_1to1_chat_opened_at_the_service_url(kb_db_path, channel):
    settings = review_settings(
        kb_db_path,
        POLICYBOT_REVIEW_OWNERS='{"Director of ICT": ["aad-director"]}',
        POLICYBOT_REVIEW_SERVICE_URL=channel.url,
    )
    [reminder] = reviews_on(settings, now=datetime(2020, 9, 12, 8, tzinfo=LONDON)).scheduler.run_once()
    assert (reminder.recipient, reminder.milestone) == ("aad-director", "before-0")
    _bot, _adapter, sender = create_bot(settings)

    assert len(await sender.send_due()) == 1
    [created] = channel.created
    assert created["members"][0]["id"] == "aad-director"
    [message] = channel.to(created["id"])
    assert "due today" in message.text


async def test_moving_the_date_withdraws_reminders_still_queued_for_the_old_one(kb_db_path, channel):
    settings = review_settings(kb_db_path)
    service = reviews_on(settings)
    service.subscriptions.subscribe("aad-29:alice", personal_reference(channel))
    [reminder] = service.scheduler.run_once()
    service.register.set_review("instant-messaging-policy", datetime(2027, 3, 1).date(), by="test")
    _bot, _adapter, sender = create_bot(settings)
    assert await sender.send_due() == []
    assert channel.sent == []
    assert Outbox(open_db(settings.db_path)).status(reminder.key) is None
