"""Small talk is recognised only when the whole message is small talk."""

import pytest

from knowledge.conversation import small_talk


@pytest.mark.parametrize(
    "text, kind",
    [
        ("hello", "greeting"),
        ("Good morning all!", "greeting"),
        ("thank you so much", "thanks"),
        ("Cheers mate.", "thanks"),
        ("bye", "bye"),
        ("What can you do?", "who"),
    ],
)
def test_small_talk_alone_is_recognised(text, kind):
    assert small_talk(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "hello, am I allowed to set my status to busy all day?",
        "thanks, and who reads the logs?",
        "who are you sending that to",
        "",
    ],
)
def test_small_talk_with_a_question_is_a_question(text):
    assert small_talk(text) is None
