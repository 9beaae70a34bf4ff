"""Dates as the forces live them: every review date and milestone is a day in Europe/London.

The clock is a plain callable returning an aware ``datetime`` so that tests (and the
``--now`` option of ``policybot reminders run-once``) can stand anywhere in time.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import dateparser

LONDON = ZoneInfo("Europe/London")


def london_today(now: datetime) -> date:
    """The calendar day in London at the instant ``now`` (naive means London already)."""
    return as_aware(now).astimezone(LONDON).date()


def as_aware(moment: datetime) -> datetime:
    """``moment`` with a time zone; a naive datetime is read as London wall-clock time."""
    return moment if moment.tzinfo else moment.replace(tzinfo=LONDON)


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_review_date(text: str, today: date) -> date:
    """A review date typed by a person: ISO ``2026-09-12``, ``12/09/2026`` (day first,
    as in the UK), ``12 September 2026`` or relative (``in 3 years``).

    Raises ValueError with a message fit to show the person.
    """
    cleaned = " ".join(text.split()).strip(" .")
    if not cleaned or len(cleaned) > 100:
        raise ValueError("Please give the review date like 12 September 2026 or 2026-09-12.")
    if _ISO_DATE.match(cleaned):
        try:
            return date.fromisoformat(cleaned)
        except ValueError:
            raise ValueError(f"{cleaned} is not a real date.") from None
    parsed = dateparser.parse(
        cleaned,
        languages=["en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": datetime(today.year, today.month, today.day),
            "REQUIRE_PARTS": ["day", "month", "year"] if not _looks_relative(cleaned) else [],
        },
    )
    if parsed is None:
        raise ValueError(f"I could not read {cleaned!r} as a date; try 12 September 2026 or 2026-09-12.")
    return parsed.date()


def _looks_relative(text: str) -> bool:
    return bool(re.search(r"\b(in|next|today|tomorrow|days?|weeks?|months?|years?)\b", text, re.I))


def parse_moment(text: str) -> datetime:
    """An operator's ``--now``: ISO date or datetime; without a zone it is London time."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"--now must be an ISO date or datetime such as 2026-09-12T09:00, not {text!r}") from None
    return as_aware(moment)


def add_years(day: date, years: int) -> date:
    """``day`` moved by whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
