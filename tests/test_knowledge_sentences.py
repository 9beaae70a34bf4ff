"""What is embedded for a passage: the whole clause under its section title, each of
its sentences when it has several (a question usually asks about one of them, and a
long clause's single vector dilutes it), then each curated phrasing."""

from __future__ import annotations

from knowledge.index import embedding_texts, sentences

CLAUSE = (
    "3.1 Pool cars are booked through the fleet portal. Keys are signed out at the front desk; "
    "a booking lapses after an hour. Drivers (including volunteers) check the tyres first."
)


def test_a_clause_is_cut_into_its_sentences_not_at_every_semicolon():
    assert sentences(CLAUSE) == [
        "3.1 Pool cars are booked through the fleet portal.",
        "Keys are signed out at the front desk; a booking lapses after an hour.",
        "Drivers (including volunteers) check the tyres first.",
    ]


def test_list_items_on_their_own_lines_are_sentences_too():
    assert sentences("Staff must not:\nsmoke in a vehicle\nleave keys in it") == [
        "Staff must not:",
        "smoke in a vehicle",
        "leave keys in it",
    ]


def test_the_whole_clause_then_its_sentences_then_phrasings_each_under_the_section_title():
    texts = embedding_texts("Vehicles", CLAUSE, ("who keeps the fleet keys",))
    assert [kind for kind, _ in texts] == ["passage", "sentence", "sentence", "sentence", "phrasing"]
    assert texts[0] == ("passage", f"Vehicles: {CLAUSE}")
    assert texts[2] == ("sentence", "Vehicles: Keys are signed out at the front desk; a booking lapses after an hour.")


def test_a_one_sentence_clause_is_embedded_once():
    assert embedding_texts("Rules", "2.1 Nobody may smoke in a force vehicle.", ()) == [
        ("passage", "Rules: 2.1 Nobody may smoke in a force vehicle.")
    ]
