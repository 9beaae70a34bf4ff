"""The shapes every detector returns and the engine reports."""

from __future__ import annotations

from dataclasses import dataclass, field

from policybot.screening.registry import PROTECTIVE_MARKING, SCREENED, SENSITIVE_CONTENT

# Category -> the policy references it rests on, from the one registry of categories.
CATEGORY_REFS: dict[str, tuple[str, ...]] = {category.name: category.refs for category in SCREENED}
CATEGORIES: tuple[str, ...] = tuple(CATEGORY_REFS)
NUDGE_CATEGORIES = frozenset({PROTECTIVE_MARKING, SENSITIVE_CONTENT})


def outside(items: list, spans, span_of=lambda item: item) -> list:
    """The ``items`` (in text order) whose ``span_of(item)`` — (start, end, ...) — lies
    inside none of ``spans`` ((start, end) pairs): the words of a message outside its
    markings' spans. One pass over both, so a long post with hundreds of markings costs
    no more per word than a short one."""
    spans = sorted(spans)
    kept, next_span, reach = [], 0, -1
    for item in items:
        start, end = span_of(item)[:2]
        while next_span < len(spans) and spans[next_span][0] <= start:
            reach = max(reach, spans[next_span][1])  # the furthest end of a span opened by here
            next_span += 1
        if end > reach:
            kept.append(item)
    return kept


@dataclass(frozen=True)
class Finding:
    """One thing found: ``span`` is (start, end) into the text as given, end exclusive.
    ``marking`` names the protective marking for protective-marking findings."""

    category: str
    span: tuple[int, int]
    reason: str
    refs: tuple[str, ...] = ()
    marking: str | None = None

    def to_json(self) -> dict:
        return {"category": self.category, "span": list(self.span), "reason": self.reason, "refs": list(self.refs)}


@dataclass(frozen=True)
class ScreeningResult:
    verdict: str  # "ok" | "caution" | "stop"
    nudge: bool
    findings: list[Finding] = field(default_factory=list)

    @property
    def categories(self) -> list[str]:
        """The categories found, each once, in the order of ``CATEGORIES``."""
        found = {finding.category for finding in self.findings}
        return [category for category in CATEGORIES if category in found]

    def to_json(self) -> dict:
        return {"verdict": self.verdict, "nudge": self.nudge, "findings": [f.to_json() for f in self.findings]}
