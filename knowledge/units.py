"""A passage cut into the units a reader quotes: its sentences and list items.

A clause such as 4.1 is a lead-in ("Employees ... can be disclosed:") and a list
("- At court;", "- As part of disciplinary or misconduct proceedings."). A question
about disciplinary proceedings is answered by ONE of those items, read with its
lead-in, not by the lead-in alone. Each unit is embedded on its own at ingest
(:mod:`knowledge.index`), so that a question close to one sentence of a long clause
finds the clause, and the bot's one-line answer is the unit closest to the question
(:mod:`bot.answers`).

Sentence ends are ". ", "? " or "! " before a capital letter or an opening bracket;
"(e.g. investigative techniques" and "etc. Act" do not end one, because the next word
is in lower case or the full stop belongs to a known abbreviation.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(“\"'])")
_ABBREVIATION = re.compile(r"(?:\b(?:e\.g|i\.e|etc|No|Nos|para|cf|vs|approx|Dr|Mr|Mrs|Ms|St)\.)$", re.IGNORECASE)
_ITEM = re.compile(r"^-\s+(.*)$")


def sentences(text: str) -> list[str]:
    """The sentences of a line of prose, each whole."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()]
        if _ABBREVIATION.search(candidate):
            continue
        pieces.append(candidate.strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _item(lead_in: str | None, item: str) -> str:
    item = item.strip().rstrip(";,").strip()
    if item and item[-1] not in ".!?":
        item += "."
    if not lead_in:
        return item
    lead = lead_in.rstrip().rstrip(":;,-–— ").strip()
    words = item.split()
    # "At court" reads on from its lead-in as "at court"; "Human Rights Act" keeps its capital.
    if len(words) > 1 and words[1][:1].islower() and words[0][1:].islower():
        item = item[0].lower() + item[1:]
    return f"{lead}: {item}"


def units(text: str) -> list[str]:
    """The sentences and list items of a passage's text, in order. A list item is
    read with the sentence that introduces it ("Stored conversations can be
    disclosed: at court."). A passage of one sentence is one unit."""
    found: list[str] = []
    lead_in: str | None = None
    for line in (line.strip() for line in text.splitlines()):
        if not line:
            continue
        item = _ITEM.match(line)
        if item:
            found.append(_item(lead_in, item.group(1)))
            continue
        line_sentences = sentences(line)
        found += [s for s in line_sentences if not (s.endswith(":") and s is line_sentences[-1])]
        last = line_sentences[-1] if line_sentences else ""
        lead_in = last if last.endswith(":") else None
    return found or [text.strip()]
