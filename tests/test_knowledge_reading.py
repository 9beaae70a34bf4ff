"""Reading questions and passages: units of a clause, spelling, small talk, follow-ups,
two-part questions, messaging services, document-qualified refs, and a policy
ingested bare beside the shipped one."""

from __future__ import annotations

import pytest

from knowledge import KnowledgeBase
from knowledge.conversation import follow_up, is_follow_up, parts, small_talk
from knowledge.evaluation import Outcome, matches, score
from knowledge.feedback import readings_as_content
from knowledge.services import names_teams, personal_apps, read_services
from knowledge.spelling import Corrector
from knowledge.units import units
from policybot.storage.db import open_db


def test_a_clause_is_cut_into_whole_sentences_and_items_read_with_their_lead_in():
    assert units("Staff must take care (e.g. investigative techniques). This applies away from premises.") == [
        "Staff must take care (e.g. investigative techniques).",
        "This applies away from premises.",
    ]
    assert units("Records can be disclosed:\n- At court;\n- Human Rights Act 1998") == [
        "Records can be disclosed: at court.",
        "Records can be disclosed: Human Rights Act 1998.",
    ]
    assert units("One sentence only") == ["One sentence only"]


def test_misspellings_and_text_speak_are_read_as_the_documents_spell_them():
    correct = Corrector(frozenset({"policy", "breach", "disciplinary", "monitor", "bus"}))
    assert correct("wat if i break the polcy") == "what if i break the policy"
    assert correct("can u monitr my msgs") == "can you monitor my messages"
    assert correct("disiplinary") == "disciplinary"
    assert correct("left it on the bus") == "left it on the bus"  # real words are never 'corrected'


def test_small_talk_is_told_from_questions():
    assert small_talk("hi") == "greeting" and small_talk("Good morning!") == "greeting"
    assert small_talk("thanks very much") == "thanks" and small_talk("cheers mate") == "thanks"
    assert small_talk("who are you?") == "who"
    assert small_talk("hi, can I use skype at home?") is None
    assert small_talk("thanks to Skype we all chat") is None


def test_follow_ups_and_two_part_questions():
    assert is_follow_up("what about on my phone?") and is_follow_up("and in a group chat?")
    assert not is_follow_up("can I use Skype to sell raffle tickets?")
    assert follow_up("can I use IM at home?", "what about abroad?") == "can I use IM at home? what about abroad?"
    assert parts("who do I tell about a rude message, and can I stay anonymous?") == [
        "who do I tell about a rude message", "can I stay anonymous?"
    ]
    assert parts("can I and should I use it?") == ["can I and should I use it?"]
    assert parts("is Skype logged? Who reads it?") == ["is Skype logged", "Who reads it?"]


def test_teams_the_app_is_read_as_instant_messaging_and_teams_of_people_are_not():
    assert names_teams("could I get in trouble for what I put on teams")
    assert read_services("monitor MS Teams chats") == "monitor MS Teams instant messaging chats"
    assert not names_teams("can I message other teams in the building")
    assert personal_apps("can I use whats app or Signal for shifts") == ["WhatsApp", "Signal"]


def test_a_question_is_screened_as_content_whatever_its_framing():
    readings = list(readings_as_content("is it ok to put the SECRET list on teams?"))
    assert "the SECRET list on teams." in readings and readings[0] == "is it ok to put the SECRET list on teams?"


def test_refs_may_name_their_document():
    assert matches("3.4", "instant-messaging-policy#3.4") and matches("3.4", "3.4")
    assert matches("remote-working-policy#3.4", "remote-working-policy#3.4")
    assert not matches("remote-working-policy#3.4", "instant-messaging-policy#3.4")
    metrics = score([
        Outcome(("b#2.1",), False, ("a#2.1", "b#2.1")),
        Outcome(("2.1",), False, ("a#2.1",)),
    ])
    assert metrics["hit@1"] == 0.5 and metrics["hit@3"] == 1.0


BARE_POLICY = """## CYCLE TO WORK POLICY

Policy owners	Head of Estates
Publication date	1 May 2022
Review date	1 May 2026

## 1. Scheme

- 1.1 Employees may lease a bicycle and safety equipment through salary sacrifice, up to a value of 2,500 pounds.
- 1.2 The lease runs for twelve months, after which the employee may buy the bicycle for a small fee.

## 2. Storage and Safety

- 2.1 Bicycles must be stored in the secure cycle shelters at Constabulary sites, never in offices or corridors.
- 2.2 Riders must wear a helmet when cycling to or from work on a scheme bicycle.
"""


def test_a_policy_ingested_bare_is_answered_and_other_documents_anchors_do_not_veto_it(kb_db_path, tmp_path):
    path = tmp_path / "cycle-to-work-policy.md"
    path.write_text(BARE_POLICY, encoding="utf-8")
    kb = KnowledgeBase(open_db(kb_db_path))
    kb.ingest([path])
    answer = kb.ask("where can I keep my bike when I get to the nick?")
    assert not answer.abstained and (answer.answers[0].document, answer.answers[0].ref) == ("cycle-to-work-policy", "2.1")
    assert kb.ask("how much can I spend on a bike through the salary sacrifice scheme").answers[0].ref == "1.1"
    assert kb.ask("how do I claim overtime for a late shift").abstained


@pytest.mark.xfail(strict=True, reason="known gap: social chat on Skype abstains once general questions are compared")
def test_social_chat_on_skype_is_still_answered_beside_a_bare_policy(kb_db_path, tmp_path):
    path = tmp_path / "cycle-to-work-policy.md"
    path.write_text(BARE_POLICY, encoding="utf-8")
    kb = KnowledgeBase(open_db(kb_db_path))
    kb.ingest([path])
    assert not kb.ask("can I chat on skype about my weekend plans").abstained
