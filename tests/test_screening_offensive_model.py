"""The fast offensive model gives exactly the library's probabilities."""

import pytest
from profanity_check import predict_prob

from policybot.screening.offensive_model import get_offensive_model

TEXTS = [
    "you are a useless fucking idiot",
    "meeting at 3pm in room 4",
    "shut up you twat",
    "the printer is crap again",
    "Thanks for covering the front counter!",
    "",
    "Ünïcödé and emoji 🙂 and a tab\tbetween",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_probability_as_alt_profanity_check(text):
    assert get_offensive_model().probability(text) == pytest.approx(predict_prob([text])[0], abs=1e-9)


@pytest.mark.parametrize(
    "masked, word",
    [("sh*t", "shit"), ("b*stards", "bastards"), ("f***ing", "fucking"), ("tw*t", "twat"), ("C***", "cunt")],
)
def test_a_starred_out_word_is_read_as_the_offensive_word_it_hides(masked, word):
    assert get_offensive_model().unmask(masked) == word


@pytest.mark.parametrize("masked", ["o*s", "official*sensitive", "ch*ps", "p*ssword"])
def test_stars_are_read_only_as_letters_of_strongly_offensive_words(masked):
    assert get_offensive_model().unmask(masked) is None
