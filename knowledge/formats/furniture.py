"""Page furniture: what a police document prints on every page that is not its content.

Every force document carries its protective marking at the top and bottom of each
page ("OFFICIAL", "OFFICIAL-SENSITIVE", the legacy "NOT PROTECTIVELY MARKED" …) and
usually "Page N of M". Read as content, the marking would become the policy's title
or glue itself to the clause the page broke in; so readers drop a line that is only
such furniture (a footer may hold several: "OFFICIAL<TAB>Page 2 of 5").
"""

from __future__ import annotations

import re

_MARKING = re.compile(
    r"(?:NOT\s+PROTECTIVELY\s+MARKED|OFFICIAL(?:[\s-]+SENSITIVE)?|PROTECT|RESTRICTED|CONFIDENTIAL"
    r"|(?:TOP\s+)?SECRET|UNCLASSIFIED)"
    # a descriptor after a separator: "OFFICIAL-SENSITIVE: PERSONAL", "PROTECT - STAFF"
    r"(?:\s*[-–:]\s*[A-Z][A-Z ]*)?"
)
_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d+(?:\s*(?:of|/)\s*\d+)?|[-–]\s*\d+\s*[-–]", re.IGNORECASE)
_PARTS = re.compile(r"\t+|\s{3,}")


def is_marking(text: str) -> bool:
    """A protective marking alone, in capitals as printed ("OFFICIAL", not "Official")."""
    return bool(_MARKING.fullmatch(text.strip()))


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.fullmatch(text.strip()))


def is_furniture(line: str) -> bool:
    """Whether every part of ``line`` (split at tabs or wide gaps) is a marking or a
    page number."""
    parts = [part for part in _PARTS.split(line.strip()) if part]
    return bool(parts) and all(is_marking(part) or is_page_number(part) for part in parts)


def shape(line: str) -> str:
    """``line`` with digits and spacing evened out, so that a running header or footer
    ("Instant Messaging Policy v1.2 — 3") reads the same on every page."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line)).strip().lower()
