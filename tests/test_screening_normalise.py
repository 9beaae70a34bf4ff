"""How a message's characters are folded before screening reads it: each character
becomes what :func:`_fold` makes of it (a look-alike its Latin letter, a hidden
character nothing, a dash "-"), and every character of the result points back to the
one it came from, so that a finding's span is in the text as typed."""

import random

import pytest

from policybot.screening.normalise import Normalised, _fold, _markup

# Plain ASCII with the characters that fold otherwise (tabs, controls, a backtick),
# look-alikes, zero-width and combining characters, curly quotes and markup.
ALPHABET = list("abcXYZ 09.,-/\n") + ["\t", "\r", "`", "\x00", "\x07", "é", "’", "“", "—", "Ａ", "\u200b", "\u0301"]
ALPHABET += ["𝐒", "ß", "ﬁ", "Ѕ", "<b>", "</b>", "<br>"]


def _one_by_one(original: str) -> tuple[str, list[int]]:
    """The definition, one character at a time."""
    markup = _markup(original) if "<" in original else frozenset()
    parts, offsets = [], []
    for index, char in enumerate(original):
        folded = "" if index in markup else _fold(char)
        parts.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(parts), offsets


@pytest.mark.parametrize("seed", range(20))
def test_a_message_is_folded_character_by_character_and_points_back_to_them(seed):
    rng = random.Random(seed)
    for _ in range(200):
        original = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 60)))
        if original.isascii():
            original += "é"  # the plain-ASCII path keeps the text as typed, lower-cased
        norm = Normalised(original)
        text, offsets = _one_by_one(original)
        assert norm.text == text, original
        assert [norm.original_span(i, i + 1)[0] for i in range(len(text))] == offsets, original


@pytest.mark.parametrize(
    "typed, read",
    [
        # A number with its unit.
        ("meet at the yard 3pm", "meet at the yard 3pm"),
        ("on the 22nd for 10mins", "on the 22nd for 10mins"),
        # Letters then a number: a code, unless the digits finish a word.
        ("failed her NPPV3", "failed her nppv3"),
        ("the ppe2 kit", "the ppe2 kit"),
        ("SECRE7 docs", "secret docs"),
        # Digits among letters, or typed apart as an abbreviation, disguise it.
        ("T0P SECRET", "top secret"),
        ("0/S file", "os file"),
        ("5ecret", "secret"),
    ],
)
def test_digits_are_read_as_letters_only_where_they_disguise_a_word(typed, read):
    assert Normalised(typed).words == read
