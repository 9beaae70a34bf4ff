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
from importlib import metadata

import numpy as np

from policybot import model_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
MIN_LENGTH = 5
# The English list is American: "organise", "colour", "centre", "analyse" are English too.
_BRITISH = (
    (re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"our"), "or"),
    (re.compile(r"tre(s?)$"), r"ter\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
)


CACHE_NAME = "english-words"


@lru_cache(maxsize=1)
def _english():
    """pyspellchecker's English list: its 160,000 words, lower-cased, with their counts.

    The library reads it by unzipping and parsing JSON and then lower-casing every
    word: a second or more of a service's start, and tens of megabytes of
    intermediate strings the process keeps. The lower-cased list is therefore kept
    in :mod:`policybot.model_cache` (keyed by the library's version) as one UTF-8
    buffer and an array of counts, and a later start hands the library the very
    dictionary it made (already lower-cased, so taken as it is)."""
    from spellchecker import SpellChecker

    key = english_key()
    kept = _read_kept(model_cache.load(CACHE_NAME, key))
    if kept is not None:
        # Lower-cased already: case_sensitive takes the words as they are, not lower-casing them again.
        english = SpellChecker(language=None, distance=1, case_sensitive=True)
        english.word_frequency.load_json(kept)
        return english
    english = SpellChecker(distance=1)
    counts = english.word_frequency.dictionary
    model_cache.save(
        CACHE_NAME,
        key,
        {
            "words": np.frombuffer("\n".join(counts).encode("utf-8"), dtype=np.uint8),
            "counts": np.fromiter(counts.values(), dtype=np.int64, count=len(counts)),
        },
    )
    return english


def english_key() -> str:
    """What the kept list is made from: the library's version (its list ships with it)."""
    return model_cache.key_of(f"pyspellchecker=={metadata.version('pyspellchecker')}", "en lower-cased v1")


def _read_kept(kept: dict[str, np.ndarray] | None) -> dict[str, int] | None:
    """The kept list as word -> count, or None unless it is whole: as many counts as
    words, every word non-empty and lower-case (else the library's list is read again)."""
    if kept is None or set(kept) != {"words", "counts"}:
        return None
    buffer, counts = kept["words"], kept["counts"]
    if buffer.dtype != np.uint8 or buffer.ndim != 1 or counts.dtype.kind != "i" or counts.ndim != 1:
        return None
    try:
        text = bytes(buffer).decode("utf-8")
    except UnicodeDecodeError:
        return None
    words = text.split("\n")
    if len(words) != len(counts) or not all(words) or text != text.lower():
        return None
    return dict(zip(words, counts.tolist()))


def _is_english(word: str) -> bool:
    english = _english()
    return word in english or any(
        pattern.search(word) and pattern.sub(american, word) in english for pattern, american in _BRITISH
    )


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
        if word in self.vocabulary or _is_english(word):
            return word
        english = _english()
        ours = english.edit_distance_1(word) & self.vocabulary
        return max(sorted(ours), key=english.word_usage_frequency) if ours else word


def vocabulary_of(texts) -> frozenset[str]:
    """The lower-case words of ``texts`` (passages, section titles, document titles)."""
    return frozenset(word.lower() for text in texts for word in _WORD.findall(text))
