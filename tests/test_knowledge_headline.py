"""An answer's headline is the statement of the clause that answers the question,
whole: a sentence, or a lead-in with the list under it; never a sentence cut at
"e.g." or a colon, never the line that only names the policy."""

from __future__ import annotations

import numpy as np

from bot.answers import source_line
from knowledge import Hit
from knowledge.headline import SENTENCE_MARGIN, headline, statements
from knowledge.index import sentences

RULE_THEN_DETAIL = "Staff must log off at night. Laptops stay in the locker. Keys go to the front desk."
AIMS = "The aims of this policy are to:\n- Explain the rules;\n- Set out who does what; and\n- Protect the forces."
HEADER = "Vehicle Policy: policy details.\nPolicy owner: Head of Fleet\nAuthor: Sam Lee\nReview date: 1 May 2030"


def near(text: str, **cosines: float) -> np.ndarray:
    """Cosines to each sentence of ``text`` (0.3 unless given by index, e.g. s1=0.6)."""
    return np.array([cosines.get(f"s{i}", 0.3) for i in range(len(sentences(text)))], dtype=np.float32)


def test_a_lead_in_and_its_list_are_one_statement():
    [(text, members)] = statements(AIMS)
    assert text == "The aims of this policy are to: Explain the rules; Set out who does what; Protect the forces."
    assert members == [0, 1, 2, 3]


def test_an_abbreviation_does_not_end_a_sentence():
    text = "Take care with sensitive matters (e.g. investigative techniques) in open offices."
    assert headline(text, "4.4") == text


def test_the_first_sentence_heads_the_answer_unless_another_is_clearly_nearer():
    assert headline(RULE_THEN_DETAIL, "2.1") == "Staff must log off at night."
    slightly = near(RULE_THEN_DETAIL, s0=0.50, s2=0.50 + SENTENCE_MARGIN / 2)
    assert headline(RULE_THEN_DETAIL, "2.1", slightly) == "Staff must log off at night."
    clearly = near(RULE_THEN_DETAIL, s0=0.40, s2=0.40 + SENTENCE_MARGIN * 2)
    assert headline(RULE_THEN_DETAIL, "2.1", clearly) == "Keys go to the front desk."


def test_a_list_item_near_the_question_brings_its_whole_statement():
    text = "Phones are issued on day one. Leavers must return:\n- Their phone;\n- Their laptop."
    assert headline(text, "7.1", near(text, s0=0.2, s3=0.7)) == "Leavers must return: Their phone; Their laptop."


def test_the_header_facts_answer_with_the_nearest_fact_never_the_title_line():
    assert headline(HEADER, "meta") == "Policy owner: Head of Fleet."
    assert headline(HEADER, "meta", near(HEADER, s0=0.9, s2=0.5)) == "Author: Sam Lee."


def test_vectors_of_another_cut_of_the_text_are_ignored():
    assert headline(RULE_THEN_DETAIL, "2.1", np.array([0.1, 0.9], dtype=np.float32)) == "Staff must log off at night."


def test_a_quote_is_cited_by_clause_number_or_by_its_section_name():
    def cited(ref: str, section: str) -> str:
        return source_line(Hit(ref, "vehicle-policy", "Vehicle Policy", section, 1.0, "text"))

    assert cited("3.4", "Monitoring") == "Vehicle Policy, Monitoring, clause 3.4"
    assert cited("5(c)", "Unacceptable use") == "Vehicle Policy, Unacceptable use, clause 5(c)"
    assert cited("meta", "Policy details") == "Vehicle Policy, Policy details"
    assert cited("legal-basis", "Legal Basis") == "Vehicle Policy, Legal Basis"
