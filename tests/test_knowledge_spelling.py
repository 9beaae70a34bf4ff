"""Questions are read with everyday misspellings corrected, preferring the words of
the indexed documents, and never "correcting" a word that is already English."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge.spelling import QuestionSpeller, vocabulary_of
from policybot import model_cache

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


# -- the English list, kept across restarts (policybot.model_cache) ---------------------------


@pytest.fixture
def kept_english(tmp_path):
    """A model cache of this test's own; the English list read afresh for each test."""
    from policybot import english_words

    model_cache.use_directory(tmp_path / "cache")
    english_words.english.cache_clear()
    yield tmp_path / "cache" / f"{english_words.CACHE_NAME}.npz"
    model_cache.use_directory(None)
    english_words.english.cache_clear()


def the_same_list(english, library) -> bool:
    ours, theirs = english.word_frequency, library.word_frequency
    return list(ours.dictionary.items()) == list(theirs.dictionary.items()) and ours.letters == theirs.letters


def test_a_restart_reads_the_kept_english_list_not_the_library(kept_english, monkeypatch):
    from spellchecker import SpellChecker, spellchecker

    from policybot import english_words

    english_words.english()
    assert kept_english.is_file()
    english_words.english.cache_clear()  # a restart
    monkeypatch.setattr(spellchecker.pkgutil, "get_data", lambda *a: pytest.fail("read the library's list again"))
    again = english_words.english()
    monkeypatch.undo()
    library = SpellChecker(distance=1)
    assert the_same_list(again, library)
    for word in ("polcy", "colleage", "organise", "reprot"):
        assert again.edit_distance_1(word) == library.edit_distance_1(word)
        assert again.word_usage_frequency(word) == library.word_usage_frequency(word)


@pytest.mark.parametrize(
    "damage",
    [
        lambda path, key: path.write_bytes(b"garbage"),
        lambda path, key: path.write_bytes(path.read_bytes()[:300]),
        # The right key over contents that do not fit: a count short, a word in capitals, no counts.
        lambda path, key: model_cache.save(
            "english-words", key, {"words": np.frombuffer(b"one\ntwo", np.uint8), "counts": np.array([1])}
        ),
        lambda path, key: model_cache.save(
            "english-words", key, {"words": np.frombuffer(b"One\ntwo", np.uint8), "counts": np.array([1, 2])}
        ),
        lambda path, key: model_cache.save("english-words", key, {"words": np.frombuffer(b"one", np.uint8)}),
    ],
)
def test_a_damaged_english_list_is_read_from_the_library_again_and_rewritten(kept_english, damage):
    from spellchecker import SpellChecker

    from policybot import english_words

    english_words.english()
    damage(kept_english, english_words.english_key())
    english_words.english.cache_clear()
    assert the_same_list(english_words.english(), SpellChecker(distance=1))
    kept = model_cache.load(english_words.CACHE_NAME, english_words.english_key())
    assert english_words._read_kept(kept) is not None  # whole again
