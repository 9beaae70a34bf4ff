"""The statement of a clause that answers a question, whole: an answer's headline.

A clause is cut into the sentences and list items the index embeds one by one
(:func:`knowledge.index.sentences`). A *statement* is one sentence, or a lead-in that
ends in a colon together with the list under it, so that a headline never stops at
"The aims of this policy are to:"::

    >>> [text for text, _ in statements("The aims are to:\\n- Explain IM;\\n- Set out duties.")]
    ['The aims are to: Explain IM; Set out duties.']

The headline is the statement holding the sentence nearest the question, when that
sentence is nearer than the first by SENTENCE_MARGIN: a clause's first sentence usually
states its rule and the rest qualify it. The header facts' first line only names the
policy ("Mobile Device Policy: policy details."), so there the nearest fact is taken.
"""

from __future__ import annotations

import re

import numpy as np

from knowledge.documents import META_REF
from knowledge.index import sentences

# How much nearer the question a later sentence must be than the first to be the
# headline: a judgement (no evaluation set labels sentences), small next to the spread
# of cosines between a question and the sentences of one clause.
SENTENCE_MARGIN = 0.05
_ITEM = re.compile(r"^[-•*]\s*")
_ITEM_END = re.compile(r"(?:[;,.]|;?\s+(?:and|or))\s*$")


def statements(text: str) -> list[tuple[str, list[int]]]:
    """``text``'s statements, each with the positions (in :func:`sentences`) of the
    sentences it is made of."""
    parts = sentences(text)
    found: list[tuple[str, list[int]]] = []
    i = 0
    while i < len(parts):
        members, statement = [i], _ITEM.sub("", parts[i])
        i += 1
        if statement.endswith(":"):
            items = []
            while i < len(parts) and _ITEM.match(parts[i]):
                items.append(_ITEM_END.sub("", _ITEM.sub("", parts[i])))
                members.append(i)
                i += 1
            if items:
                statement = f"{statement} {'; '.join(items)}"
        found.append((_finished(statement), members))
    return found


def headline(text: str, ref: str, similarities: np.ndarray | None = None) -> str:
    """The statement of clause ``ref`` (its ``text``) that answers the question whose
    cosine to each of the clause's sentences is ``similarities`` (None: the first)."""
    found = statements(text) or [(_finished(text.strip()), [])]
    margin = SENTENCE_MARGIN
    if ref == META_REF and len(found) > 1:
        found, margin = found[1:], 0.0  # the title line says nothing that a fact does not

    def nearness(statement: tuple[str, list[int]]) -> float:
        return max((float(similarities[i]) for i in statement[1]), default=-1.0)

    if similarities is None or len(similarities) != len(sentences(text)):
        return found[0][0]  # nothing to choose by (or vectors of another cut of the text)
    best = max(found, key=nearness)
    return best[0] if nearness(best) >= nearness(found[0]) + margin else found[0][0]


def _finished(statement: str) -> str:
    statement = statement.rstrip(" :;,")
    return statement if statement.endswith((".", "?", "!")) else statement + "."
