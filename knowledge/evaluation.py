"""Scoring retrieval on a labelled question file.

Each JSONL line is ``{"question": "...", "refs": ["4.3", ...]}``; empty ``refs``
means the question is out of scope and the right reply is to abstain. A ref is either
bare (``"4.3"``: that ref in any document) or document-qualified
(``"mobile-device-policy#4.3"``: that ref in that document only), so a set about one
of several ingested policies is not scored right for a same-numbered clause of another.

* hit@k — over in-scope questions: 1 when the reply did not abstain and any of the
  question's refs is among its first k answers;
* mrr — over in-scope questions: 1/rank of the first right answer (0 for a miss or
  an abstention);
* abstain precision/recall — "abstained" is the positive class, over all questions.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Outcome:
    """What the knowledge base replied to one labelled question."""

    refs: tuple[str, ...]  # the right refs, bare or "DOC#REF"; empty when out of scope
    abstained: bool
    ranked: tuple[str, ...]  # answers best first, each "DOC#REF"


def matches(expected: str, answer: str) -> bool:
    """Does ``answer`` ("DOC#REF", or a bare ref) satisfy ``expected`` (bare "REF" or
    "DOC#REF")?"""
    if "#" in expected:
        return expected == answer
    document, qualified, ref = answer.partition("#")
    return (ref if qualified else document) == expected


def load_questions(path: str | Path) -> list[dict]:
    """The labelled questions; a malformed line is reported with its number."""
    questions = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item.get("question"), str) or not isinstance(item.get("refs"), list):
                raise ValueError('needs "question" (text) and "refs" (a list)')
        except (ValueError, AttributeError) as error:
            raise ValueError(f"{path}:{number}: {error}") from None
        questions.append(item)
    return questions


def score(outcomes: Iterable[Outcome]) -> dict:
    """The ``policybot eval qa`` metrics for ``outcomes``."""
    outcomes = list(outcomes)
    in_scope = [o for o in outcomes if o.refs]
    hit1 = hit3 = reciprocal = 0.0
    for outcome in in_scope:
        if outcome.abstained:
            continue
        rank = next(
            (i for i, answer in enumerate(outcome.ranked, start=1) if any(matches(r, answer) for r in outcome.refs)),
            None,
        )
        if rank is not None:
            hit1 += rank == 1
            hit3 += rank <= 3
            reciprocal += 1 / rank
    abstained = [o for o in outcomes if o.abstained]
    out_of_scope = [o for o in outcomes if not o.refs]
    right_abstentions = sum(1 for o in abstained if not o.refs)

    def ratio(a: float, b: int) -> float:
        return round(a / b, 4) if b else 1.0

    return {
        "n": len(outcomes),
        "hit@1": ratio(hit1, len(in_scope)),
        "hit@3": ratio(hit3, len(in_scope)),
        "mrr": ratio(reciprocal, len(in_scope)),
        "abstain_precision": ratio(right_abstentions, len(abstained)),
        "abstain_recall": ratio(right_abstentions, len(out_of_scope)),
    }


def evaluate(questions: list[dict], ask: Callable[[str], object], k: int = 10) -> dict:
    """Ask every question with ``ask`` (returning a :class:`knowledge.Answer`) and score."""
    outcomes = []
    for item in questions:
        answer = ask(item["question"])
        ranked = tuple(f"{hit.document}#{hit.ref}" for hit in answer.answers[:k])
        outcomes.append(Outcome(tuple(item["refs"]), answer.abstained, ranked))
    return score(outcomes)
