"""Curated alternative phrasings and keywords, kept as data beside a document.

``policy.md`` may have a ``policy.phrasings`` file next to it::

    # comments and blank lines are ignored
    [3.4]
    is my presence status used to monitor my performance
    away status, idle, performance monitoring tool

Each line under ``[ref]`` is one phrasing of what that passage answers, in the words
staff use. Retrieval indexes them with the passage (BM25) and embeds each one
(dense), so a question that matches a phrasing finds its passage.

A line starting ``keywords:`` is a list of words for the keyword index only: a bare
list of words embeds poorly and would pull unrelated questions towards the passage.

The optional ``[topic]`` section lists words that name the document's subject
(``skype``, ``chat``): nearly every question mentions them, so they say the question
is on topic but not which passage answers it (see :mod:`knowledge.retrieval`).
"""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.documents import DocumentParseError

SUFFIX = ".phrasings"
TOPIC = "topic"
KEYWORDS = "keywords:"


def is_keywords(line: str) -> bool:
    return line.lower().startswith(KEYWORDS)


def searchable(line: str) -> str:
    """The words of a phrasing or keyword line as the keyword index should see them."""
    return line[len(KEYWORDS) :].strip() if is_keywords(line) else line


_SECTION = re.compile(r"^\[\s*([^\]]+?)\s*\]$")


def phrasings_path(document_path: Path) -> Path:
    return document_path.with_suffix(SUFFIX)


def parse_phrasings(text: str, source: str, known_refs: set[str]) -> dict[str, tuple[str, ...]]:
    """Phrasings per ref (and the topic words under ``"topic"``); a phrasing outside a ``[ref]`` or a ref the document does
    not have is refused with the line, so a typo cannot silently lose phrasings."""
    found: dict[str, list[str]] = {}
    ref: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        section = _SECTION.match(line)
        if section:
            ref = section.group(1)
            if ref not in known_refs and ref != TOPIC:
                raise DocumentParseError(source, number, f"[{ref}] is not a passage of the document")
            found.setdefault(ref, [])
        elif ref is None:
            raise DocumentParseError(source, number, "a phrasing before any [ref] line")
        else:
            found[ref] += [word.strip().lower() for word in line.split(",") if word.strip()] if ref == TOPIC else [line]
    return {ref: tuple(lines) for ref, lines in found.items()}


def read_phrasings(document_path: Path, known_refs: set[str]) -> tuple[dict[str, tuple[str, ...]], str]:
    """The phrasings beside ``document_path`` (none if there is no file), and their raw
    text for change detection."""
    path = phrasings_path(document_path)
    if not path.is_file():
        return {}, ""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentParseError(str(path), 1, "not UTF-8 text") from None
    return parse_phrasings(text, str(path), known_refs), text
