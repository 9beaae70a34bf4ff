"""Policy answers in the bot, through the real HTTP endpoint: cited cards, honest
abstentions naming the owner, the overdue review, and stored feedback."""

from __future__ import annotations

from datetime import date

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
    assert all(action["data"]["action"] == FEEDBACK_ACTION for action in card["actions"])
    assert card["actions"][0]["data"]["refs"][0] == "3.4"


async def test_a_question_outside_every_policy_points_to_the_general_contact_and_is_kept(server, channel, settings):
    reply = await ask(server, channel, "what is the shift allowance for working nights?")
    assert "outside the policies I hold (the Instant Messaging Policy)" in reply.text
    assert settings.answers.general_contact in reply.text and "Director of ICT" not in reply.text
    [entry] = FeedbackStore(open_db(settings.db_path)).entries()
    assert (entry.kind, entry.question) == ("unanswered", "what is the shift allowance for working nights?")


async def test_a_question_about_one_policy_that_it_does_not_answer_names_its_owner(server, channel):
    reply = await ask(server, channel, "what does the instant messaging policy say about my pension age?")
    assert "The Instant Messaging Policy doesn't answer that" in reply.text and "the Director of ICT" in reply.text


async def test_small_talk_gets_a_friendly_reply_and_is_not_kept(server, channel, settings):
    for text in ("hi", "Thanks!", "who are you?"):
        reply = await ask(server, channel, text)
        assert "outside the policies" not in reply.text and not reply.cards
    assert "policybot" in reply.text
    assert FeedbackStore(open_db(settings.db_path)).entries() == []


async def test_a_follow_up_is_read_with_the_previous_question(server, channel, settings):
    first = await ask(server, channel, "can I use instant messaging for a chat with my mates about the weekend?")
    assert "clause 3.1" in first.text
    follow = await ask(server, channel, "what about on my phone?")
    assert follow.cards and "clause 3.1" in follow.text
    assert FeedbackStore(open_db(settings.db_path)).entries() == []


async def test_both_parts_of_a_two_part_question_are_answered_with_the_way_to_report(server, channel):
    reply = await ask(server, channel, "who should I tell about an offensive message I got, and could I be disciplined for sending one?")
    texts = card_texts(reply.cards[0])
    assert "Professional Standards" in texts and "clause 6.1" in texts
    assert "type **report** here" in texts and "Report to PSD" in texts


async def test_teams_is_the_forces_im_service(server, channel):
    reply = await ask(server, channel, "is everything I type on Teams logged?")
    texts = card_texts(reply.cards[0])
    assert "clause 3.2" in texts and "Microsoft Teams is the forces' instant messaging service today" in texts


async def test_a_marked_question_is_withheld_however_it_is_phrased(server, channel, settings):
    # Screening lets a question ABOUT posting marked material pass in a chat; what is
    # kept for policy owners must still never hold it.
    for text in (
        "is it ok to put the OFFICIAL-SENSITIVE custody list for Jane Doe DOB 03/02/1979 on teams?",
        "can I post the SECRET Op Heron briefing in the group chat?",
    ):
        await ask(server, channel, text)
    raw = open_db(settings.db_path).conn.execute("SELECT * FROM kb_feedback").fetchall()
    assert raw and all(row[4] == 1 and row[3] is None for row in raw)  # withheld, no text
    assert not any(word in repr(raw) for word in ("Jane", "1979", "Heron", "custody", "SECRET"))


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


def hit(ref: str, text: str, section: str = "Monitoring", headline: str = "") -> Hit:
    return Hit(ref, "instant-messaging-policy", "Instant Messaging Policy", section, 1.0, text, headline)


def test_the_one_line_answer_is_the_sentence_that_answers_whole():
    two = "Both will monitor use. The services should not be used socially."
    assert one_line(hit("3.1", two, headline="The services should not be used socially.")) == (
        "The services should not be used socially."
    )
    assert one_line(hit("5(g)", "Transmitting unsolicited commercial or advertising material;", "Unacceptable use")) == (
        "The policy lists this under “Unacceptable use”: Transmitting unsolicited commercial or advertising material."
    )
    assert one_line(hit("4.1", "Stored conversations can be disclosed:\n- At court;", headline="Stored conversations can be disclosed: at court.")) == (
        "Stored conversations can be disclosed: at court."
    )


async def test_headlines_are_whole_sentences_and_no_internal_ref_is_shown(server, channel):
    reply = await ask(server, channel, "who is the owner of the instant messaging policy?")
    texts = card_texts(reply.cards[0])
    assert "Policy owner: Director of ICT." in texts
    assert "clause meta" not in reply.text and "Instant Messaging Policy, Policy details" in texts
    reply = await ask(server, channel, "do I need to watch who's around me when I discuss an investigation on a call?")
    headline = reply.cards[0]["body"][0]["text"]
    assert headline.startswith("Staff must demonstrate awareness") and headline.endswith("investigations).")


def test_review_note_only_when_the_review_date_has_passed():
    document = Document("d", "Instant Messaging Policy", owner="Director of ICT", review_date=date(2020, 9, 12))
    due = document.review_date
    assert "due for review on 12 September 2020" in review_note(document, due, date(2024, 1, 1))
    assert "Director of ICT" in review_note(document, due, date(2024, 1, 1))
    assert review_note(document, due, date(2020, 9, 12)) is None
    assert review_note(document, date(2025, 1, 1), date(2024, 1, 1)) is None  # an owner moved it
    assert review_note(Document("d", "T"), None, date(2024, 1, 1)) is None


def test_the_capability_uses_the_knowledge_base_api_only(tmp_path):
    # The service indexes the shipped policy by itself on first start (warm_up).
    from bot.answers import AnswersCapability
    from policybot.config import Settings

    settings = Settings.from_env({"POLICYBOT_DB": str(tmp_path / "kb.db")}, dotenv=None)
    db = open_db(settings.db_path)
    capability = AnswersCapability(settings, db, is_sensitive=lambda text: False)
    capability.warm_up()
    assert [d.id for d in KnowledgeBase(db).documents()] == ["instant-messaging-policy"]
