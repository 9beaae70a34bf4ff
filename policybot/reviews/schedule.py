"""When a policy's people are reminded: milestones before the review date, then a
steady beat while it is overdue.

Only the *latest milestone passed* matters. A scheduler that was down for a month,
or restarted between milestones, asks "which milestone are we at now?" and sends that
one if nobody has had it yet — one catch-up reminder, never a flood of stale ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Schedule:
    """``days_before``: milestones in days before the review date (0 = the day itself);
    ``overdue_every``: days between reminders once the date has passed."""

    days_before: tuple[int, ...] = (90, 30, 7, 0)
    overdue_every: int = 7

    def __post_init__(self) -> None:
        if not self.days_before or min(self.days_before) < 0:
            raise ValueError("milestones must be one or more whole numbers of days, none negative")
        if self.overdue_every < 1:
            raise ValueError("the overdue interval must be at least one day")

    @property
    def window(self) -> int:
        """How many days ahead the first reminder goes out; within it a review is "due soon"."""
        return max(self.days_before)

    def milestone(self, review_date: date, today: date) -> str | None:
        """The latest milestone passed on ``today``, as a stable name, or None before the first.

        ``before-90`` … ``before-0`` count down to the date; ``overdue-7``, ``overdue-14`` …
        name each interval passed since it.
        """
        days_left = (review_date - today).days
        if days_left < 0:
            intervals = -days_left // self.overdue_every
            if intervals:
                return f"overdue-{intervals * self.overdue_every}"
        passed = [days for days in self.days_before if days >= days_left]
        return f"before-{min(passed)}" if passed else None


def status(review_date: date, today: date, schedule: Schedule) -> str:
    """``ok``, ``due soon`` (inside the reminder window, including the day itself) or ``overdue``."""
    days_left = (review_date - today).days
    if days_left < 0:
        return "overdue"
    return "due soon" if days_left <= schedule.window else "ok"


def describe_days(review_date: date, today: date) -> str:
    """ "due in 30 days", "due today", "overdue by 6 years 77 days" — words, not colours."""
    days_left = (review_date - today).days
    if days_left == 0:
        return "due today"
    if days_left > 0:
        return f"due in {_span(days_left)}"
    return f"overdue by {_span(-days_left)}"


def _span(days: int) -> str:
    years, rest = divmod(days, 365)
    parts = [f"{years} year{'s' * (years != 1)}"] if years else []
    if rest or not parts:
        parts.append(f"{rest} day{'s' * (rest != 1)}")
    return " ".join(parts)
