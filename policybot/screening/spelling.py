"""Reading misspelt and disguised keywords as the keyword meant.

``OFFFICIAL``, ``SECRRET``, ``confidental``, ``restircted``: a detector that only knows
the dictionary spelling misses them. :class:`Speller` knows a small vocabulary of words
that matter and accepts, for each:

* doubled or dropped repeats of a letter (``offficial``, ``oficial``) — any length;
* for words of eight letters or more, one letter dropped, changed or swapped with its
  neighbour (``confidental``, ``restircted``) — short words get no such leeway because
  one edit away from ``secret`` or ``protect`` lie ordinary words (``protest``).

A word one letter LONGER than a keyword is never corrected, so ``officials``,
``secrets`` (the Official Secrets Act) and ``confidentially`` stay what they are; nor
is a word the English dictionary knows (``is_word``): "reported" is one edit from both
"reporter" and "deported", and means neither.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from policybot.screening.normalise import leet_alternative

_REPEATS = re.compile(r"(.)\1+")


def _squeeze(word: str) -> str:
    return _REPEATS.sub(r"\1", word)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class Speller:
    """``speller(reading, raw)`` -> the vocabulary word meant, or ``reading`` itself."""

    def __init__(
        self,
        vocabulary: set[str] | frozenset[str],
        edit_min_length: int = 8,
        is_word: Callable[[str], bool] = lambda word: False,
    ):
        self.vocabulary = frozenset(vocabulary)
        self._is_word = is_word
        self._squeezed = {_squeeze(word): word for word in self.vocabulary if len(word) >= 5}
        self._edits: dict[str, set[str]] = {}
        for word in self.vocabulary:
            if len(word) >= edit_min_length:
                for deleted in _deletions(word):
                    self._edits.setdefault(deleted, set()).add(word)
        self._longest = max(map(len, self.vocabulary), default=0)
        self.correct = lru_cache(maxsize=65536)(self._correct)

    def __call__(self, reading: str, raw: str) -> str:
        return self.correct(reading, raw)

    def _correct(self, reading: str, raw: str) -> str:
        if reading in self.vocabulary or len(reading) < 5 or self._is_word(reading):
            return reading
        alternative = leet_alternative(raw) if raw != reading else None
        for candidate in (reading, alternative):
            if candidate is None:
                continue
            if candidate in self.vocabulary:
                return candidate
            meant = self._squeezed.get(_squeeze(candidate)) or self._one_edit(candidate)
            if meant:
                return meant
        return reading

    def segment(self, word: str, max_pieces: int = 5) -> list[str] | None:
        """Split ``word`` into vocabulary words ("secretukeyesonly" -> secret, uk, eyes,
        only), or None if it is a vocabulary word itself or can't be split."""
        if word in self.vocabulary or len(word) > 60:
            return None
        # best[i]: the fewest pieces that spell word[:i]
        best: list[list[str] | None] = [[]] + [None] * len(word)
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - 20), end):
                head = best[start]
                if head is not None and word[start:end] in self.vocabulary and len(head) < max_pieces:
                    if best[end] is None or len(head) + 1 < len(best[end]):
                        best[end] = head + [word[start:end]]
        return best[-1] if best[-1] and len(best[-1]) > 1 else None

    def _one_edit(self, word: str) -> str | None:
        # A word longer than any in the vocabulary by two is no edit of one (and its
        # deletions would cost the square of its length: a post may be one 28,000-letter word).
        if len(word) < 7 or len(word) > self._longest + 1:
            return None
        # Candidates in sorted order: a set's order moves with Python's string hashing,
        # and a word between two keywords must read the same in every process.
        for meant in sorted(self._edits.get(word, ())):  # one letter dropped
            if len(meant) == len(word) + 1:
                return meant
        for deleted in sorted(_deletions(word)):  # one letter changed or swapped
            for meant in sorted(self._edits.get(deleted, ())):
                if len(meant) == len(word):
                    return meant
        return None
