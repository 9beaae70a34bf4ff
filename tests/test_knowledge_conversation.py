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


@pytest.mark.parametrize(
    "text, parts",
    [
        (
            "Who do I tell about a nasty chat message, and can I stay anonymous?",
            ["Who do I tell about a nasty chat message?", "can I stay anonymous?"],
        ),
        ("are my IM chats kept? can my inspector read them", ["are my IM chats kept?", "can my inspector read them"]),
        (
            "is selling raffle tickets ok and also who checks on it",
            ["is selling raffle tickets ok?", "who checks on it"],
        ),
    ],
)
def test_two_questions_in_one_message_are_read_apart(text, parts):
    from knowledge.conversation import question_parts

    assert question_parts(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        "can I use Skype and email from home",  # "and" joins two things, not two questions
        "can I chat to family and friends on it?",
        "what is the policy and why?",  # "why?" alone leans on the first part
        "hi? can I",
    ],
)
def test_one_question_stays_whole(text):
    from knowledge.conversation import question_parts

    assert question_parts(text) == [text]
