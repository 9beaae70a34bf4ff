"""Questions are read with everyday misspellings corrected, preferring the words of
the indexed documents, and never "correcting" a word that is already English."""

from __future__ import annotations

import pytest

from knowledge.spelling import QuestionSpeller, vocabulary_of

DOCUMENTS = [
    "Instant Messaging Policy",
    "Staff must not use instant messaging to run a personal business.",
    "A colleague who receives offensive messages should report them to Professional Standards.",
]


@pytest.fixture(scope="module")
def speller() -> QuestionSpeller:
    return QuestionSpeller(vocabulary_of(DOCUMENTS))


@pytest.mark.parametrize(
    "typed, read",
    [
        ("does the polcy stop me selling cakes", "does the policy stop me selling cakes"),
        ("my colleage got a nasty msg", "my colleague got a nasty msg"),  # the documents' word, not "college"
        ("who do I reprot it to", "who do I report it to"),
        ("the Profesional Standards team", "the professional Standards team"),  # a corrected word is lower case
    ],
)
def test_misspelt_words_are_read_as_the_words_meant(speller, typed, read):
    assert speller.correct(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "watching the footie on a work PC",  # English already, though no policy says it
        "got nicked for a dodgy motor",
        "msg me tmrw re wfh",  # short forms: too short or too far to guess
        "is 5G on my 2nd phone ok",  # digits
    ],
)
def test_english_words_short_forms_and_numbers_are_left_as_typed(speller, typed):
    assert speller.correct(typed) == typed


def test_a_word_with_no_near_neighbour_is_left_as_typed(speller):
    assert speller.correct("qwxzvbnm") == "qwxzvbnm"
