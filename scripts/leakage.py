"""The leakage guard: curated data and tests must not contain evaluation items.

An evaluation figure means something only if the system never saw the items it is
scored on. This module finds every place where it could have: a line of curated data
(phrasings, out-of-scope anchors, classifier examples: any text file in a product
package's ``data/`` folder), a string literal of six words or more in the product's
Python code (an example list in code), or any string literal in the unit tests, that
*is* an evaluation item or nearly so.

Both sides are compared as normalised tokens (:func:`tokens`: Unicode NFKC, case
folded, every run of non-word characters a separator), and a pair is a leak when

* ``equal`` — the token sequences are the same (case, punctuation and spacing aside);
* ``jaccard`` — the token *sets* overlap by Jaccard >= :data:`JACCARD` (0.8: at most
  about one word in five differs, so a reworded copy is caught, while two questions
  written independently on one subject, which share the subject's words but not the
  rest, are not);
* ``quotes the item`` — the text contains a whole item of :data:`MIN_RUN` or more
  tokens (a quote padded with other words, which Jaccard misses);
* ``is most of the item`` — the text, :data:`MIN_RUN` tokens or more, is a contiguous
  run making up at least half of an item (a stock phrase such as "what does the policy
  say about" inside a long question is not).

Evaluation items of fewer than :data:`MIN_ITEM_TOKENS` tokens ("hello", "ok 👍",
"specials included?") are not compared at all: a test or an example that says "hello"
is not quoting anyone.

This is a token measure, so a paraphrase in other words passes it. That is deliberate:
people who write questions from the same policy converge on the same questions, and no
text measure can tell that apart from copying. What the guard enforces is that nothing
is *taken* from an evaluation set; that nothing is *written after seeing* one is a
matter of process (see the README's "Quality and speed").

Plain Python, no product imports, so it runs in the unit tests and in scripts alike.
"""

from __future__ import annotations

import ast
import json
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVALUATION_DATA = ROOT / "tests" / "data"
JACCARD = 0.8
MIN_RUN = 6
MIN_ITEM_TOKENS = 3
# A literal in product code is an example only from this many words on (shorter ones
# are labels, messages and names); a literal in a unit test counts at any length.
MIN_CODE_LITERAL_WORDS = 6
# Folders that are not the product: the tests and scripts are scanned their own way
# (tests) or not at all (scripts handle the evaluation sets on purpose).
NOT_PRODUCT = {"tests", "scripts", "build", "data", "node_modules"}
_SEPARATORS = re.compile(r"[\W_]+")


def tokens(text: str) -> tuple[str, ...]:
    """``text`` as comparable words: NFKC, case folded, split at non-word characters."""
    return tuple(t for t in _SEPARATORS.split(unicodedata.normalize("NFKC", text).casefold()) if t)


@dataclass(frozen=True)
class Line:
    """One piece of text and where it came from (``path:line``)."""

    text: str
    where: str


@dataclass(frozen=True)
class Leak:
    kind: str  # "equal", "jaccard" or "contains"
    curated: Line
    item: Line
    overlap: float  # the Jaccard of the two token sets

    def __str__(self) -> str:
        return f"{self.kind} (Jaccard {self.overlap:.2f}): {self.curated.where}: {self.curated.text!r} ~ {self.item.where}: {self.item.text!r}"


# --- evaluation items -------------------------------------------------------------


def evaluation_items(folder: Path = EVALUATION_DATA) -> list[Line]:
    """Every question or message of every ``*.jsonl`` set, and every seed line."""
    return [
        item for path in sorted(folder.glob("*.jsonl")) + sorted(folder.glob("*seeds*.txt")) for item in items_of(path)
    ]


def items_of(path: Path) -> list[Line]:
    """The questions or messages of one set (``.jsonl``) or seed file (``LABELS<TAB>TEXT``)."""
    if path.suffix == ".jsonl":
        items = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                record = json.loads(line)
                items.append(Line(record.get("question", record.get("text")), f"{_shown(path)}:{number}"))
        return items
    return [
        Line(re.sub(r"[{}]", "", line.split("\t", 1)[-1]).replace("\\n", "\n"), f"{_shown(path)}:{number}")
        for number, line in _data_lines(path)
    ]


# --- what must not contain them ---------------------------------------------------


def product_files(root: Path = ROOT) -> list[Path]:
    """The product's Python files: everything outside tests, scripts and hidden folders."""
    return [path for path in _product_paths(root) if path.suffix == ".py"]


def curated_files(root: Path = ROOT) -> list[Path]:
    """Text files in a product package's ``data/`` folder, other than policy documents."""
    return [path for path in _product_paths(root) if path.parent.name == "data" and path.suffix != ".md"]


def curated_lines(paths: Iterable[Path]) -> list[Line]:
    """Every content line of ``paths`` (not blank, not a comment, not a ``[section]``; a
    JSONL file's ``text``)."""
    lines = []
    for path in paths:
        for number, line in _data_lines(path):
            if path.suffix == ".jsonl":
                lines.append(Line(json.loads(line)["text"], f"{_shown(path)}:{number}"))
            elif not (line.startswith("[") and line.endswith("]")):
                lines.append(Line(line, f"{_shown(path)}:{number}"))
    return lines


def string_literals(paths: Iterable[Path], min_words: int = 1) -> list[Line]:
    """Every string constant of at least ``min_words`` words in the Python ``paths``."""
    literals = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(tokens(node.value)) >= min_words:
                literals.append(Line(node.value, f"{_shown(path)}:{node.lineno}"))
    return literals


def unit_test_files(root: Path = ROOT) -> list[Path]:
    return sorted((root / "tests").rglob("*.py"))


# --- the comparison ----------------------------------------------------------------


def find_leaks(curated: Iterable[Line], items: Iterable[Line]) -> list[Leak]:
    """Every (curated, item) pair that is equal, overlaps by Jaccard, or contains the other.

    Comparing every line with every item that shares a word with it ("the", "a") is
    quadratic in practice, so only pairs that could be a leak are compared, found through
    words ordered rarest first among the items (:class:`_Candidates`)."""
    indexed = [(item, toks, frozenset(toks)) for item in items if (toks := tokens(item.text))]
    candidates = _Candidates([words for _, _, words in indexed])
    leaks = []
    for line in curated:
        toks = tokens(line.text)
        if not toks:
            continue
        words = frozenset(toks)
        for i in candidates.of(words):
            item, item_toks, item_words = indexed[i]
            overlap = len(words & item_words) / len(words | item_words)
            kind = _leak_kind(toks, item_toks, overlap)
            if kind:
                leaks.append(Leak(kind, line, item, overlap))
    return leaks


class _Candidates:
    """The items a line could leak, by conditions each kind of leak needs:

    * Jaccard >= :data:`JACCARD` (equal included): two sets that similar share at least
      ``ceil(JACCARD * size)`` words, so with words in one order (rarest first) the first
      ``size - ceil(JACCARD * size) + 1`` of each must meet (the *prefix filter*);
    * the line quotes an item: it holds all the item's words, its rarest among them;
    * the line is most of an item: the item holds all the line's words, its rarest among them.
    """

    def __init__(self, item_words: list[frozenset[str]]):
        counts: dict[str, int] = {}
        for words in item_words:
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        self._counts = counts
        self._by_prefix: dict[str, list[int]] = {}
        self._by_rarest: dict[str, list[int]] = {}
        self._by_word: dict[str, list[int]] = {}
        for i, words in enumerate(item_words):
            ordered = self._rarest_first(words)
            for word in ordered[: _prefix_length(len(ordered))]:
                self._by_prefix.setdefault(word, []).append(i)
            self._by_rarest.setdefault(ordered[0], []).append(i)
            for word in words:
                self._by_word.setdefault(word, []).append(i)

    def _rarest_first(self, words: frozenset[str]) -> list[str]:
        return sorted(words, key=lambda word: (self._counts.get(word, 0), word))

    def of(self, words: frozenset[str]) -> list[int]:
        ordered = self._rarest_first(words)
        found = {i for word in ordered[: _prefix_length(len(ordered))] for i in self._by_prefix.get(word, ())}
        found.update(i for word in words for i in self._by_rarest.get(word, ()))
        found.update(self._by_word.get(ordered[0], ()))
        return sorted(found)


def _prefix_length(size: int) -> int:
    return size - math.ceil(Fraction(str(JACCARD)) * size) + 1


def _leak_kind(line: tuple[str, ...], item: tuple[str, ...], overlap: float) -> str | None:
    if len(item) < MIN_ITEM_TOKENS:
        return None
    if line == item:
        return "equal"
    if overlap >= JACCARD:
        return "jaccard"
    if len(item) >= MIN_RUN and _contains(line, item):
        return "quotes the item"
    if len(line) >= MIN_RUN and 2 * len(line) >= len(item) and _contains(item, line):
        return "is most of the item"
    return None


def _contains(longer: tuple[str, ...], run: tuple[str, ...]) -> bool:
    return any(longer[i : i + len(run)] == run for i in range(len(longer) - len(run) + 1))


def all_leaks(root: Path = ROOT) -> list[Leak]:
    """What the CI guard checks: curated data, product literals and unit tests."""
    return find_leaks(scanned_texts(root), evaluation_items(root / "tests" / "data"))


def scanned_texts(root: Path = ROOT) -> list[Line]:
    """Everything that must not contain an evaluation item."""
    return (
        curated_lines(curated_files(root))
        + string_literals(product_files(root), MIN_CODE_LITERAL_WORDS)
        + string_literals(unit_test_files(root))
    )


# --- helpers -------------------------------------------------------------------------


def _data_lines(path: Path) -> Iterator[tuple[int, str]]:
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if line and not line.startswith("#"):
            yield number, line


def _product_paths(root: Path) -> list[Path]:
    found = []
    for folder, subfolders, files in os.walk(root):
        here = Path(folder)
        subfolders[:] = sorted(
            name
            for name in subfolders
            if not name.startswith(".") and name != "__pycache__" and not (here == root and name in NOT_PRODUCT)
        )
        found.extend(here / name for name in sorted(files))
    return found


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    found = all_leaks()
    for leak in found:
        print(leak)
    print(f"{len(found)} leaks")
    raise SystemExit(1 if found else 0)
