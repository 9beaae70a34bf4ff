"""Answers that generalise: follow-ups read with the previous question, honest
abstention (a policy's owner only for a question about that policy, otherwise the
general contact), and a pointer to **report** under questions about reporting.

The rules are tested as plain functions (no model); the last tests go through the
real HTTP endpoint with the shipped policy indexed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.answers import REPORT_POINTER, abstention
from knowledge import Document
from knowledge.conversation import asks_about_reporting, policies_named
from knowledge.feedback import FeedbackStore
from knowledge.followups import KEEP_FOR, RecentQuestions, is_follow_up, read_with_previous
from policybot.config import Settings, SettingsError
from policybot.storage.db import open_db
from tests.e2e import activity

IM = Document("im", "Instant Messaging Policy", owner="Director of ICT")
KIT = Document("kit", "Provision of ICT Equipment Policy", owner="Head of ICT Services")
PHONES = Document("phones", "Mobile Device Policy")

# --- follow-ups -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what about on a tablet?",
        "How about in a channel",
        "and for special constables?",
        "What if it was a voice call?",
        "same for PCSOs?",
        "on my own laptop?",
        "volunteers too",
    ],
)
def test_a_follow_up_is_recognised(text):
    assert is_follow_up(text)


@pytest.mark.parametrize(
    "text",
    [
        "can I post photos of the canteen?",
        "who reads the chat logs",
        "is it ok?",  # short, but a question of its own
        "and if I were to forward a whole chat thread to an outside partner agency by email?",  # too long
        "",
        "?!",
    ],
)
def test_a_question_of_its_own_is_not_a_follow_up(text):
    assert not is_follow_up(text)


def test_a_follow_up_is_asked_after_the_previous_question():
    assert read_with_previous(" can I use the chat on the train? ", "and at home? ") == (
        "can I use the chat on the train? and at home?"
    )


class FakeClock:
    def __init__(self):
        self.now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_a_remembered_question_expires_after_a_few_minutes():
    clock = FakeClock()
    recent = RecentQuestions(clock=clock)
    recent.remember("conv", "alice", "can I use the chat on the train?")
    clock.now += KEEP_FOR
    assert recent.previous("conv", "alice") == "can I use the chat on the train?"
    clock.now += timedelta(seconds=1)
    assert recent.previous("conv", "alice") is None
    assert len(recent) == 0  # an expired question is dropped, not merely hidden


def test_questions_are_remembered_per_conversation_and_person_and_can_be_forgotten():
    recent = RecentQuestions(clock=FakeClock())
    recent.remember("conv", "alice", "first")
    assert recent.previous("conv", "bob") is None
    assert recent.previous("other", "alice") is None
    recent.remember("conv", "alice", "second")
    assert recent.previous("conv", "alice") == "second"
    recent.forget("conv", "alice")
    assert recent.previous("conv", "alice") is None


def test_memory_is_bounded_dropping_the_least_recently_used():
    recent = RecentQuestions(capacity=3, clock=FakeClock())
    for person in ("a", "b", "c"):
        recent.remember("conv", person, f"question of {person}")
    recent.remember("conv", "a", "a again")  # now the most recently used
    recent.remember("conv", "d", "question of d")
    assert len(recent) == 3
    assert recent.previous("conv", "b") is None
    assert [recent.previous("conv", p) for p in ("c", "a", "d")] == ["question of c", "a again", "question of d"]


# --- whom an abstention names ------------------------------------------------------------


def test_a_question_names_a_policy_by_its_distinctive_title_words_or_initials():
    held = [IM, KIT, PHONES]
    assert policies_named("does the instant message policy say anything on parking?", held) == [IM]
    assert policies_named("is there anything in the IM rules about overtime?", held) == [IM]
    assert policies_named("what does the ICT equipment one say about desks?", held) == [KIT]
    assert policies_named("mobile devices and lost chargers", held) == [PHONES]
    assert policies_named("im going on holiday, who signs it off?", held) == []  # lower-case "im" is "I'm"
    assert policies_named("how much holiday can I carry over?", held) == []
    assert policies_named("my mobile number changed", held) == []  # one of two words is not naming it


def test_an_unrelated_question_goes_to_the_general_contact_with_the_policies_held():
    text = abstention("how much holiday can I carry over?", [IM, KIT], "the HR desk")
    assert text == (
        "That's outside the policies I hold (the Instant Messaging Policy and the Provision of ICT Equipment "
        "Policy). For that, ask the HR desk."
    )
    assert "Director of ICT" not in text


def test_a_question_about_a_held_policy_names_only_its_owner():
    text = abstention("does the IM policy cover car parking?", [IM, KIT], "the HR desk")
    assert (
        text
        == "The Instant Messaging Policy doesn't cover that, so I can't answer it. Please ask its owner, the Director of ICT."
    )
    both = abstention("do the IM and ICT equipment policies cover parking?", [IM, KIT, PHONES], "x")
    assert both.startswith("The Instant Messaging Policy and the Provision of ICT Equipment Policy don't cover that")
    assert "the Director of ICT for the Instant Messaging Policy; the Head of ICT Services for the Provision" in both
    assert (
        abstention("anything", [], "the HR desk")
        == "That's outside the policies I hold (none yet). For that, ask the HR desk."
    )


def test_the_general_contact_is_a_setting_with_a_default():
    assert "line manager" in Settings.from_env({}, dotenv=None).answers.general_contact
    settings = Settings.from_env({"POLICYBOT_GENERAL_CONTACT": "  the People Hub (ext. 1234)  "}, dotenv=None)
    assert settings.answers.general_contact == "the People Hub (ext. 1234)"
    with pytest.raises(SettingsError, match="POLICYBOT_GENERAL_CONTACT must be at most 300 characters"):
        Settings.from_env({"POLICYBOT_GENERAL_CONTACT": "x" * 301}, dotenv=None)


# --- reporting questions --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "who should I let know about a nasty racist post in the team chat",
        "where do I go to whistleblow on a colleague",
        "can I report a message anonymously",
        "how do I get something to Professional Standards about a chat",
        "what do I do about offensive stuff, who do I tell?",
    ],
)
def test_a_question_about_reporting_is_recognised(text):
    assert asks_about_reporting(text)


@pytest.mark.parametrize(
    "text",
    ["can I tell my team about a meeting over chat?", "who can read my messages", "is the report template on IM?"],
)
def test_other_questions_are_not_about_reporting(text):
    assert not asks_about_reporting(text)


# --- through the real endpoint ------------------------------------------------------------


async def ask(server, channel, text: str, **extra):
    before = len(channel.sent)
    await server.post(activity(channel, text=text, **extra))
    sent = await channel.wait_for(lambda c: c.sent[before:] or None)
    return sent[0]


async def test_a_follow_up_is_answered_with_the_previous_question(server, channel, settings):
    first = await ask(server, channel, "can I chat to my mates on Skype about the weekend?")
    follow_up = await ask(server, channel, "and on my personal mobile?")
    assert "clause 3.1" in first.text and "clause 3.1" in follow_up.text
    # The same words from someone who asked nothing before are not a follow-up, so they
    # go unanswered: the memory is per person.
    alone = await ask(server, channel, "and on my personal mobile?", user="29:bob", conversation_id="a:bob-personal")
    assert "outside the policies I hold" in alone.text
    # Only the text as typed is kept for the policy owners, never the earlier question.
    [entry] = FeedbackStore(open_db(settings.db_path)).entries()
    assert entry.question == "and on my personal mobile?"


async def test_an_out_of_policy_question_points_to_the_general_contact(server, channel, settings):
    reply = await ask(server, channel, "how many days holiday do I get a year?")
    assert reply.text == (
        f"That's outside the policies I hold (the Instant Messaging Policy). For that, ask "
        f"{settings.answers.general_contact}."
    )
    named = await ask(server, channel, "does the IM policy say where I can park at headquarters?")
    assert "Please ask its owner, the Director of ICT" in named.text


async def test_a_reporting_question_gets_the_pointer_beneath_the_answer(server, channel):
    reply = await ask(server, channel, "a colleague sent me something dodgy in a chat, who do I tell?")
    assert "clause" in reply.text
    assert reply.text.endswith(REPORT_POINTER)
    assert REPORT_POINTER not in (await ask(server, channel, "can I chat to my mates on Skype about the weekend?")).text


async def test_each_part_of_a_two_part_question_gets_its_clause(server, channel):
    reply = await ask(server, channel, "Are my IM messages logged, and can I show as busy when I'm actually free?")
    assert "clause 3.2" in reply.text and "clause 4.5" in reply.text
