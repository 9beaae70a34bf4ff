"""Policy reviews through the real service: the chat commands, the card buttons and the
scheduler running inside the service, against a fake Teams connector over HTTP.

The knowledge base is the real one with the shipped IM policy (owner and holder
"Director of ICT", review date 12 September 2020 — long overdue on the real clock).
"""

from __future__ import annotations

import pytest

from policybot.clock import utcnow
from policybot.reviews.calendar import add_years, london_today
from tests.e2e import BotServer, activity, shown_text
from tests.reviews_fixtures import review_settings

OWNER = {
    "user": "29:director",
    "aad": "aad-director",
    "name": "Director of ICT",
    "conversation_id": "a:director-personal",
}
CONSTABLE = {
    "user": "29:constable",
    "aad": "aad-constable",
    "name": "PC Jones",
    "conversation_id": "a:constable-personal",
}


@pytest.fixture
async def bot(kb_db_path, channel):
    settings = review_settings(
        kb_db_path,
        POLICYBOT_REVIEW_OWNERS='{"Director of ICT": ["aad-director"]}',
        POLICYBOT_REVIEW_SERVICE_URL=channel.url,
        POLICYBOT_REVIEW_SCHEDULER_SECONDS="5",
    )
    server = await BotServer(settings).start()
    yield server
    await server.stop()


async def say(bot, channel, text=None, value=None, person=CONSTABLE, **extra) -> list[dict]:
    """Send a message as ``person``; returns the bot's replies (delivered inline)."""
    status, body = await bot.post(
        activity(channel, text=text, value=value, deliveryMode="expectReplies", **person, **extra)
    )
    assert status == 200, body
    return body["activities"]


def texts(replies: list[dict]) -> str:
    return "\n".join(shown_text(reply) for reply in replies)


async def test_the_scheduler_in_the_service_reminds_the_configured_owner_over_http(bot, channel):
    created = await channel.wait_for(lambda c: c.created)
    assert created[0]["members"][0]["id"] == "aad-director"
    [message] = await channel.wait_for(lambda c: c.to(created[0]["id"]))
    assert "Instant Messaging Policy is overdue by" in message.text
    assert [a["title"] for a in message.cards[0]["actions"]] == ["Mark reviewed", "Snooze a week", "Open policy"]


async def test_anyone_may_ask_for_the_status(bot, channel):
    replies = await say(bot, channel, "reviews")
    text = texts(replies)
    assert "Instant Messaging Policy: overdue, review date 12 September 2020" in text
    assert "owner Director of ICT, holder Director of ICT" in text
    assert replies[0]["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"


async def test_someone_who_is_not_the_owner_is_refused_politely_and_nothing_changes(bot, channel):
    replies = await say(bot, channel, "reviewed the IM policy, next review 1 March 2040")
    assert "Only the owner or holder of the Instant Messaging Policy (Director of ICT), or an administrator" in texts(
        replies
    )
    card_click = {"verb": "reviews.mark_reviewed", "doc": "instant-messaging-policy"}
    assert "Only the owner or holder" in texts(await say(bot, channel, value=card_click))
    assert "overdue, review date 12 September 2020" in texts(await say(bot, channel, "reviews"))


async def test_the_owner_marks_it_reviewed_in_chat_and_the_status_follows(bot, channel):
    next_review = add_years(london_today(utcnow()), 2)
    replies = await say(bot, channel, f"reviewed IM policy, next review {next_review:%d %B %Y}", person=OWNER)
    assert f"its next review is {next_review:%d %B %Y}" in texts(replies)
    status = texts(await say(bot, channel, "reviews"))
    assert f"Instant Messaging Policy: ok, review date {next_review:%d %B %Y}" in status


async def test_the_owner_marks_it_reviewed_from_the_card_with_the_date_input(bot, channel):
    next_review = add_years(london_today(utcnow()), 3)
    click = {
        "verb": "reviews.mark_reviewed",
        "doc": "instant-messaging-policy",
        "next_review_instant-messaging-policy": next_review.isoformat(),
    }
    assert f"its next review is {next_review:%d %B %Y}" in texts(await say(bot, channel, value=click, person=OWNER))


async def test_a_past_or_unreadable_date_is_refused_and_nothing_changes(bot, channel):
    assert "must be after today" in texts(
        await say(bot, channel, "reviewed IM policy, next review 1 January 2001", person=OWNER)
    )
    assert "could not read" in texts(await say(bot, channel, "reviewed IM policy, next review whenever", person=OWNER))
    assert "overdue, review date 12 September 2020" in texts(await say(bot, channel, "reviews"))


async def test_unknown_policies_are_named_back_with_the_list(bot, channel):
    assert 'I don\'t know a policy called "fraud policy"' in texts(
        await say(bot, channel, "reviewed fraud policy, next review 1 March 2040", person=OWNER)
    )


async def test_subscribing_in_a_personal_chat_brings_a_reminder_there(bot, channel):
    replies = await say(bot, channel, "remind me about policy reviews")
    assert "I'll remind you here about the review of every policy" in texts(replies)
    [message] = await channel.wait_for(lambda c: c.to("a:constable-personal"), timeout=30)
    assert "Instant Messaging Policy is overdue by" in message.text
    # A subscriber who is not the owner gets no "Mark reviewed" they could not use.
    assert [a["title"] for a in message.cards[0]["actions"]] == ["Snooze a week", "Open policy"]
    assert "Input.Date" not in str(message.cards[0]["body"])


async def test_next_review_alone_moves_the_date_and_reviewed_without_a_date_asks(bot, channel):
    assert "outside the policies I hold" not in texts(
        await say(bot, channel, "next review 1 March 2040")
    )  # not a policy question
    assert "Only the owner or holder" in texts(await say(bot, channel, "next review 1 March 2040"))
    moved = texts(await say(bot, channel, "next review 1 March 2040", person=OWNER))
    assert "The Instant Messaging Policy's next review is now 01 March 2040" in moved
    assert "doesn't record a review" in moved
    asked = texts(await say(bot, channel, "reviewed IM policy", person=OWNER))
    assert "When is the next review of the Instant Messaging Policy?" in asked and "Nothing is recorded yet" in asked
    status = await say(bot, channel, "reviews")
    assert "review date 01 March 2040" in texts(status)  # not silently moved three years on
    assert "Mark reviewed" not in str(status[0]["attachments"])  # the constable may not
    assert "Mark reviewed" in str((await say(bot, channel, "reviews", person=OWNER))[0]["attachments"])


async def test_subscribing_for_one_policy_and_stopping(bot, channel):
    assert "the review of the Instant Messaging Policy" in texts(
        await say(bot, channel, "remind me about policy reviews for the IM policy")
    )
    assert "no more review reminders" in texts(await say(bot, channel, "stop reminding me about policy reviews"))


async def test_subscribing_is_refused_in_a_group_chat(bot, channel):
    replies = await say(
        bot,
        channel,
        "remind me about policy reviews",
        person={**CONSTABLE, "conversation_id": "19:group"},
        conversation_type="groupChat",
        mention_bot=True,
    )
    assert "1:1 chat" in texts(replies)


async def test_snooze_is_for_the_person_the_reminder_was_sent_to(bot, channel):
    click = {
        "verb": "reviews.snooze",
        "doc": "instant-messaging-policy",
        "recipient": "aad-director",
        "review_date": "2020-09-12",
    }
    assert "only they can snooze" in texts(await say(bot, channel, value=click))
    assert "Snoozed: no reminders about the Instant Messaging Policy until" in texts(
        await say(bot, channel, value=click, person=OWNER)
    )


async def test_open_policy_shows_its_facts(bot, channel):
    replies = await say(bot, channel, value={"verb": "reviews.open", "doc": "instant-messaging-policy"})
    assert (
        "Instant Messaging Policy: Owner Director of ICT; Holder Director of ICT; Published 12 September 2017"
        in texts(replies)
    )


async def test_answers_stop_calling_the_policy_overdue_once_the_owner_moves_the_date(bot, channel):
    question = "does my boss look at my Teams presence to see if I'm actually working?"
    assert "Review overdue" in texts(await say(bot, channel, question))
    next_review = add_years(london_today(utcnow()), 3)
    await say(bot, channel, f"reviewed IM policy, next review {next_review:%d %B %Y}", person=OWNER)
    answer = texts(await say(bot, channel, question))
    assert "3.4" in answer and "Review overdue" not in answer
