"""What a person sees in Teams, through the real endpoint and the fake connector: one
message per reply, help and welcome that fit the person and the place, the group
notice, check in a group answered privately, guests, and typed help buttons.
(tests/browser shows the same in Microsoft's own Teams emulator.)"""

from __future__ import annotations

import sqlite3

import pytest
import pytest_asyncio

from policybot.config import Settings
from tests.e2e import BOT_ID, BotServer, FakeChannel, Sent, activity

PSD_USER, ADMIN_USER = "29:psd-officer", "29:admin"
# One service for the module (its start loads the models): each test has its own
# people and conversations.
pytestmark = [pytest.mark.asyncio(loop_scope="module"), pytest.mark.slow]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def channel():
    fake = await FakeChannel().start()
    yield fake
    await fake.stop()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(knowledge_template, tmp_path_factory):
    db = tmp_path_factory.mktemp("teams-client") / "policybot.db"
    source, target = sqlite3.connect(knowledge_template), sqlite3.connect(db)
    source.backup(target)
    source.close()
    target.close()
    settings = Settings.from_env(
        {"POLICYBOT_DB": str(db), "POLICYBOT_PSD_USER_IDS": f"aad-{PSD_USER}", "POLICYBOT_ADMINS": f"aad-{ADMIN_USER}"},
        dotenv=None,
    )
    server = await BotServer(settings).start()
    yield server
    await server.stop()


def personal(channel, text=None, user="29:alice", **extra):
    return activity(channel, text=text, user=user, conversation_id=f"a:{user}-personal", **extra)


def group(channel, text=None, user="29:alice", conversation="a:group", **extra):
    return activity(
        channel,
        text=text,
        user=user,
        conversation_id=conversation,
        conversation_type="groupChat",
        mention_bot=True,
        **extra,
    )


async def reply(bot, channel, body) -> Sent:
    conversation = body["conversation"]["id"]
    before = len(channel.to(conversation))
    await bot.post(body)
    return (await channel.wait_for(lambda c: c.to(conversation)[before:]))[0]


async def test_a_card_reply_is_one_message_the_card_with_its_fallback_and_a_short_summary(bot, channel):
    answer = await reply(bot, channel, personal(channel, "can I appear offline when I'm free?", user="29:one"))
    assert "text" not in answer.body or not answer.body["text"]  # no second bubble beside the card
    (card,) = answer.cards
    assert "clause 4.5" in card["fallbackText"]
    assert answer.body["summary"] and len(answer.body["summary"]) <= 120 and "\n" not in answer.body["summary"]
    await reply(bot, channel, personal(channel, "help", user="29:one"))
    assert len(channel.to("a:29:one-personal")) == 2


@pytest.mark.parametrize(
    ("user", "shown", "hidden"),
    [
        ("29:alice", ["check:", "report"], ["PSD team", "screening off"]),
        (PSD_USER, ["check:", "PSD team"], ["screening off"]),
        (ADMIN_USER, ["check:", "screening off"], []),
    ],
)
async def test_help_in_a_1to1_chat_offers_role_commands_only_to_their_holders(bot, channel, user, shown, hidden):
    text = (await reply(bot, channel, personal(channel, "help", user=user))).text
    for words in shown:
        assert words in text
    for words in hidden:
        assert words not in text


async def test_help_in_a_group_offers_only_what_works_there_and_no_role_commands(bot, channel):
    help_card = await reply(bot, channel, group(channel, "help", user=ADMIN_USER, conversation="a:group-help"))
    assert "report" in help_card.text and "reviews" in help_card.text
    for one_to_one in ("check:", "can I send this?", "remind me about policy reviews", "status PSD", "cancel"):
        assert one_to_one not in help_card.text
    assert [a["title"] for a in help_card.cards[0]["actions"]] == ["Report a message to PSD", "Policy reviews"]


async def test_added_to_a_group_the_bot_tells_its_members_once_that_it_reads_messages(bot, channel):
    here = "a:group-added"
    added = group(channel, type="conversationUpdate", conversation=here, membersAdded=[{"id": BOT_ID}])
    welcome = await reply(bot, channel, added)
    assert "I read every message posted here" in welcome.text and "screening off" in welcome.text
    await bot.post(group(channel, type="conversationUpdate", conversation=here, membersAdded=[{"id": BOT_ID}]))
    await bot.post(group(channel, type="conversationUpdate", conversation=here, membersAdded=[{"id": "29:newcomer"}]))
    await reply(bot, channel, group(channel, "help", conversation=here))
    assert sum("I read every message" in s.text for s in channel.to(here)) == 1


async def test_check_in_a_group_is_answered_privately_and_the_group_never_sees_the_words(bot, channel):
    here = "a:group-check"
    said = await reply(
        bot, channel, group(channel, "check OFFICIAL-SENSITIVE nominal roster", user="29:checker", conversation=here)
    )
    assert "privately" in said.text
    private = await channel.wait_for(lambda c: [s for s in c.sent if "Don't send this on IM" in s.text])
    assert private[0].conversation_id != here and "OFFICIAL-SENSITIVE" in private[0].text
    assert not any("OFFICIAL-SENSITIVE" in s.text or "Don't send" in s.text for s in channel.to(here))


async def test_guests_get_answers(bot, channel):
    channel.roles["29:guest"] = "guest"
    answer = await reply(bot, channel, personal(channel, "can I appear offline when I'm free?", user="29:guest"))
    assert "clause 4.5" in answer.text
    help_card = await reply(bot, channel, personal(channel, "help", user="29:guest"))
    assert "Ask anything" in help_card.text and "report" not in help_card.text


async def test_a_failed_role_lookup_does_not_make_a_member_a_guest(bot, channel):
    channel.fail("member", 500)
    reply_to_report = await reply(bot, channel, personal(channel, "report", user="29:unlooked"))
    assert "Sorry, I didn't understand" not in reply_to_report.text
    assert "Professional Standards" in reply_to_report.text


@pytest.mark.parametrize(
    ("verb", "expected"),
    [
        ("screening.ask", "Paste the message"),
        ("psd.start", "Professional Standards"),
        ("reviews.status", "Instant Messaging Policy"),
    ],
)
async def test_help_buttons_are_verbs_handled_directly(bot, channel, verb, expected):
    user = f"29:presser-{verb}"
    welcome = await reply(bot, channel, personal(channel, "help", user=user))
    assert verb in [a["data"]["verb"] for a in welcome.cards[0]["actions"]]
    assert all(set(a["data"]) == {"verb"} for a in welcome.cards[0]["actions"])  # no command text to re-parse
    pressed = await reply(bot, channel, personal(channel, value={"verb": verb}, user=user))
    assert expected in pressed.text


async def test_cancel_help_and_a_command_in_the_middle_of_a_check_are_never_checked(bot, channel):
    user = "29:midway"
    asked = await reply(bot, channel, personal(channel, "can I send this?", user=user))
    assert "Paste the message" in asked.text
    helped = await reply(bot, channel, personal(channel, "help", user=user))
    assert "Paste the message you're thinking of sending" in helped.text
    switch = await reply(bot, channel, personal(channel, "report", user=user))
    assert "type **cancel** and then **report**" in switch.text
    cancelled = await reply(bot, channel, personal(channel, "cancel", user=user))
    assert cancelled.text == "Cancelled: nothing was checked."
    assert not any("OK to send" in s.text or "Don't send" in s.text for s in channel.to(f"a:{user}-personal"))
    after = await reply(bot, channel, personal(channel, "cancel", user=user))
    assert "nothing to cancel" in after.text


async def test_a_command_in_the_middle_of_a_report_is_not_taken_as_an_answer(bot, channel):
    user = "29:reporter-midway"
    await reply(bot, channel, personal(channel, "report", user=user))
    await channel.wait_for(lambda c: any("What kind of content" in s.text for s in c.to(f"a:{user}-personal")))
    switch = await reply(bot, channel, personal(channel, "check: OFFICIAL-SENSITIVE roster", user=user))
    assert "a report to PSD" in switch.text and "Don't send" not in switch.text
    cancelled = await reply(bot, channel, personal(channel, "cancel", user=user))
    assert "draft has been deleted" in cancelled.text
