"""Screening messages against the Instant Messaging Policy (plain Python, no botbuilder).

from policybot.screening import Screener
result = Screener().screen("OFFICIAL-SENSITIVE: PERSONAL DATA ...")
result.verdict   # "stop"
result.nudge     # True
result.findings  # [Finding(category="protective-marking", span=(0, 33), reason=..., refs=("4.3",))]
"""

from policybot.screening.engine import MAX_CHARS, Screener, ScreenerOptions
from policybot.screening.findings import CATEGORIES, CATEGORY_REFS, NUDGE_CATEGORIES, Finding, ScreeningResult
from policybot.screening.markings import MARKING_LEVELS

__all__ = [
    "CATEGORIES",
    "CATEGORY_REFS",
    "MARKING_LEVELS",
    "MAX_CHARS",
    "NUDGE_CATEGORIES",
    "Finding",
    "Screener",
    "ScreenerOptions",
    "ScreeningResult",
]
