"""Reading everyday misspellings in a question as the words meant.

Staff type on phones between jobs: "wat happens if i break the polcy", "can i msg a
colleage on teams". A misspelt word matches no passage by keyword and pulls the
embedding away from the clause that answers it. So before ranking, each word that is
neither a word of the indexed documents nor an English word (pyspellchecker's
frequency list) is read as the nearest word that is:

1. a word of the documents one edit away (a letter dropped, added, changed or two
   swapped);
2. otherwise the English word one edit away that pyspellchecker finds most frequent.

A word with no such neighbour is left as typed, and so is any word of three letters
or fewer (one edit from almost anything), any word with a digit, and anything the
documents or English already know ("footie", "nicked", "dodgy"). Preferring the
documents' words is what reads "colleage" as "colleague" rather than "college".
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

_WORD = re.compile(r"[^\W\d_]+")
MIN_LENGTH = 4  # shorter words are one edit from too many others to guess at


@lru_cache(maxsize=1)
def _english():
    from spellchecker import SpellChecker  # ~0.4 s to load its word list; only when first needed

    return SpellChecker(distance=1)


class QuestionSpeller:
    """``speller.correct(question)`` -> the question with misspelt words read as meant,
    given ``vocabulary``, the lower-case words of the indexed documents."""

    def __init__(self, vocabulary: frozenset[str]):
        self.vocabulary = vocabulary
        self._meant = lru_cache(maxsize=16384)(self._word_meant)

    @cached_property
    def english(self):
        return _english()

    def correct(self, question: str) -> str:
        return _WORD.sub(lambda match: self._as_typed(match.group(0)), question)

    def _as_typed(self, word: str) -> str:
        meant = self._meant(word.lower())
        return word if meant == word.lower() else meant

    def _word_meant(self, word: str) -> str:
        if len(word) < MIN_LENGTH or word in self.vocabulary or word in self.english:
            return word
        near = self.english.edit_distance_1(word)
        ours = near & self.vocabulary
        if ours:
            return max(sorted(ours), key=self.english.word_usage_frequency)
        known = self.english.known(near)
        return max(sorted(known), key=self.english.word_usage_frequency) if known else word


def vocabulary_of(texts) -> frozenset[str]:
    """The lower-case words of ``texts`` (passages, section titles, document titles)."""
    return frozenset(word.lower() for text in texts for word in _WORD.findall(text))
