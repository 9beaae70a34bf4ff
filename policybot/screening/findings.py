"""The shapes every detector returns and the engine reports."""

from __future__ import annotations

from dataclasses import dataclass, field

from policybot.screening.registry import PROTECTIVE_MARKING, SCREENED, SENSITIVE_CONTENT

# Category -> the policy references it rests on, from the one registry of categories.
CATEGORY_REFS: dict[str, tuple[str, ...]] = {category.name: category.refs for category in SCREENED}
CATEGORIES: tuple[str, ...] = tuple(CATEGORY_REFS)
NUDGE_CATEGORIES = frozenset({PROTECTIVE_MARKING, SENSITIVE_CONTENT})


def within(span: tuple[int, int], spans) -> bool:
    """Whether ``span`` (start, end, ...) lies inside one of ``spans`` ((start, end)
    pairs), e.g. a word inside a marking's span."""
    return any(start <= span[0] and span[1] <= end for start, end in spans)


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
