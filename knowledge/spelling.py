"""Reading everyday misspellings in a question as the words of the policies meant.

Staff type on phones between jobs: "does the polcy cover this", "my colleage sent
me…". A misspelt word matches no passage by keyword and pulls the embedding away
from the clause that answers it. So before ranking, a word that is neither a word
of the indexed documents nor an English word (pyspellchecker's list, British
spellings accepted) is read as the word of the documents one edit away (a letter
dropped, added, changed, or two swapped), the most common in English if several are.

Most of what looks misspelt in police chat is not, so much is left as typed: words
of four letters or fewer ("msgs", "regs", "wifi", "insp" are one edit from "mugs",
"legs", "wife", "ins"), acronyms in capitals ("POLSA"), words with a digit or an
apostrophe, and anything with no document word one edit away. Only the documents'
words are candidates: a question that names something no policy mentions keeps it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from policybot.english_words import english, is_english

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MIN_LENGTH = 5


class QuestionSpeller:
    """``speller.correct(question)`` -> the question with misspelt words read as meant,
    given ``vocabulary``, the lower-case words of the indexed documents."""

    def __init__(self, vocabulary: frozenset[str]):
        self.vocabulary = vocabulary
        self._meant = lru_cache(maxsize=16384)(self._word_meant)
        # Ranking reads one question several times (its BM25 query, the texts it
        # embeds, its signals); the last few questions are remembered whole.
        self.correct = lru_cache(maxsize=256)(self._correct)

    def _correct(self, question: str) -> str:
        return _WORD.sub(lambda match: self._as_typed(match.group(0)), question)

    def _as_typed(self, word: str) -> str:
        if len(word) < MIN_LENGTH or word.isupper() or "'" in word or "’" in word:
            return word
        meant = self._meant(word.lower())
        return word if meant == word.lower() else meant

    def _word_meant(self, word: str) -> str:
        if word in self.vocabulary or is_english(word):
            return word
        words = english()
        ours = words.edit_distance_1(word) & self.vocabulary
        return max(sorted(ours), key=words.word_usage_frequency) if ours else word


def vocabulary_of(texts) -> frozenset[str]:
    """The lower-case words of ``texts`` (passages, section titles, document titles)."""
    return frozenset(word.lower() for text in texts for word in _WORD.findall(text))
