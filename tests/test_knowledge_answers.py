"""Policy answers in the bot, through the real HTTP endpoint: cited cards, honest
abstentions, the overdue review, and stored feedback."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers import FEEDBACK_ACTION, one_line, review_note
from knowledge import Document, Hit, KnowledgeBase
from knowledge.feedback import FeedbackStore
from policybot.storage.db import open_db
from tests.e2e import activity


def card_texts(card: dict) -> str:
    """Every text on a card, containers included."""
    found = []

    def walk(items):
        for item in items:
            if item.get("type") == "TextBlock":
                found.append(item["text"])
            walk(item.get("items", []))

    walk(card.get("body", []))
    return "\n".join(found)


async def ask(server, channel, text: str, **extra):
    before = len(channel.sent)
    await server.post(activity(channel, text=text, **extra))
    sent = await channel.wait_for(lambda c: c.sent[before:] or None)
    return sent[0]


async def test_a_question_gets_a_card_quoting_the_right_clause(server, channel):
    reply = await ask(server, channel, "does my boss look at my Teams presence to see if I'm actually working?")
    [card] = reply.cards
    texts = card_texts(card)
    assert "Instant Messaging Policy, Monitoring, clause 3.4" in texts
    assert "Presence is not an indication of time spent working" in texts
    assert texts.count("Presence is not an indication") == 1  # a one-sentence clause is its own gist
    assert "was due for review on 12 September 2020" in texts
    assert "clause 3.4" in reply.text  # the plain-text fallback says the same
    titles = [action["title"] for action in card["actions"]]
    assert titles == ["Helpful", "Not helpful"]
    assert all(action["data"]["verb"] == FEEDBACK_ACTION for action in card["actions"])
    assert card["actions"][0]["data"]["refs"][0] == "3.4"


async def test_an_unanswerable_question_is_declined_naming_the_general_contact_and_kept(server, channel, settings):
    reply = await ask(server, channel, "what's the shift allowance for working nights?")
    assert "outside the policies I hold" in reply.text and settings.answers.general_contact in reply.text
    assert "Director of ICT" not in reply.text  # the IM policy's owner is not the one to ask about pay
    [entry] = FeedbackStore(open_db(settings.db_path)).entries()
    assert (entry.kind, entry.question) == ("unanswered", "what's the shift allowance for working nights?")


async def test_small_talk_is_answered_in_kind_and_kept_nowhere(server, channel, settings):
    greeting = await ask(server, channel, "Hi bot!")
    thanks = await ask(server, channel, "thanks very much")
    who = await ask(server, channel, "who are you?")
    assert "Hello" in greeting.text and "welcome" in thanks.text and "policybot" in who.text
    assert all("outside the policies I hold" not in reply.text for reply in (greeting, thanks, who))
    assert FeedbackStore(open_db(settings.db_path)).entries() == []


async def test_sensitive_unanswered_text_is_never_stored(server, channel, settings):
    await ask(server, channel, "SECRET: Operation Nightjar raid at dawn, so when does the canteen open?")
    [entry] = FeedbackStore(open_db(settings.db_path)).entries()
    assert entry.withheld and entry.question is None
    raw = open_db(settings.db_path).conn.execute("SELECT * FROM kb_feedback").fetchall()
    assert "Nightjar" not in repr(raw)


async def test_feedback_clicks_are_stored(server, channel, settings):
    reply = await ask(server, channel, "can I copy a confidential chat into my home email?")
    not_helpful = reply.cards[0]["actions"][1]["data"]
    thanks = await ask(server, channel, None, value=not_helpful)
    assert "kept for the Director of ICT" in thanks.text
    await ask(server, channel, None, value=reply.cards[0]["actions"][0]["data"])
    store = FeedbackStore(open_db(settings.db_path))
    [entry] = store.entries()
    assert entry.kind == "not_helpful" and entry.question == "can I copy a confidential chat into my home email?"
    assert entry.refs == tuple(not_helpful["refs"]) and entry.document == "instant-messaging-policy"
    assert store.counts()["helpful"] == 1


def hit(ref: str, text: str, section: str = "Monitoring") -> Hit:
    return Hit(ref, "instant-messaging-policy", "Instant Messaging Policy", section, 1.0, text)


def test_the_one_line_answer_is_the_first_sentence_or_the_listed_item():
    assert (
        one_line(hit("3.1", "Both will monitor use. The services should not be used socially."))
        == "Both will monitor use."
    )
    assert one_line(
        hit("5(g)", "Transmitting unsolicited commercial or advertising material;", "Unacceptable use")
    ) == (
        "The policy lists this under “Unacceptable use”: Transmitting unsolicited commercial or advertising material."
    )
    assert (
        one_line(hit("4.1", "Stored conversations can be disclosed:\n- At court;\n- In an audit."))
        == "Stored conversations can be disclosed: At court; In an audit."
    )


async def test_a_question_about_the_policy_itself_is_headed_by_the_fact_and_cited_by_name(server, channel):
    reply = await ask(server, channel, "whose name is on the IM policy as its author?")
    [card] = reply.cards
    texts = card_texts(card)
    assert texts.splitlines()[0] == "Author: James Nobbs."
    assert "Instant Messaging Policy, Policy details" in texts
    assert "clause meta" not in texts and "clause meta" not in reply.text


async def test_a_clause_that_introduces_a_list_is_headed_by_the_whole_statement(server, channel):
    reply = await ask(server, channel, "could my chats end up being read out in court?")
    headline = card_texts(reply.cards[0]).splitlines()[0]
    assert headline.startswith("Employees are responsible for their own actions")
    assert "At court; As part of a Freedom of Information request;" in headline and headline.endswith(".")


def test_review_note_only_when_the_review_date_has_passed():
    document = Document("d", "Instant Messaging Policy", owner="Director of ICT", review_date=date(2020, 9, 12))
    due = document.review_date
    assert "due for review on 12 September 2020" in review_note(document, due, date(2024, 1, 1))
    assert "Director of ICT" in review_note(document, due, date(2024, 1, 1))
    assert review_note(document, due, date(2020, 9, 12)) is None
    assert review_note(document, date(2025, 1, 1), date(2024, 1, 1)) is None  # an owner moved it
    assert review_note(Document("d", "T"), None, date(2024, 1, 1)) is None


@pytest.mark.slow  # loads a model or starts a process
def test_the_capability_uses_the_knowledge_base_api_only(tmp_path):
    # The service indexes the shipped policy by itself on first start (warm_up).
    from bot.answers import AnswersCapability
    from policybot.config import Settings

    settings = Settings.from_env({"POLICYBOT_DB": str(tmp_path / "kb.db")}, dotenv=None)
    db = open_db(settings.db_path)
    capability = AnswersCapability(settings, db, is_sensitive=lambda text: False)
    capability.warm_up()
    assert [d.id for d in KnowledgeBase(db).documents()] == ["instant-messaging-policy"]
