"""pyspellchecker's English word list, with each word's count, read once per process
and kept across restarts.

Two rooms read it: the knowledge base's question speller (is a word English, which
document word is it one edit from), and screening's keyword speller (is a word English,
so no misspelt keyword) and reader of people's names (is a given name also an everyday
word).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import metadata

import numpy as np

from policybot import model_cache

CACHE_NAME = "english-words"
# The English list is American: "organise", "colour", "centre", "analyse" are English too.
_BRITISH = (
    (re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"our"), "or"),
    (re.compile(r"tre(s?)$"), r"ter\1"),
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
)


@lru_cache(maxsize=1)
def english():
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
        checker = SpellChecker(language=None, distance=1, case_sensitive=True)
        checker.word_frequency.load_json(kept)
        return checker
    checker = SpellChecker(distance=1)
    counts = checker.word_frequency.dictionary
    model_cache.save(
        CACHE_NAME,
        key,
        {
            "words": np.frombuffer("\n".join(counts).encode("utf-8"), dtype=np.uint8),
            "counts": np.fromiter(counts.values(), dtype=np.int64, count=len(counts)),
        },
    )
    return checker


def is_english(word: str) -> bool:
    """Is the lower-case ``word`` in the English list, in its American or British spelling?"""
    words = english()
    return word in words or any(
        pattern.search(word) and pattern.sub(american, word) in words for pattern, american in _BRITISH
    )


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
