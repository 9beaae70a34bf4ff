"""When did it happen? Natural UK answers turned into a UTC instant.

Reporters answer in their own words: "yesterday at 3pm", "last Tuesday", "11/03/2026".
Those are read day-first (UK order, so 11/03 is 11 March) relative to the current time
in Europe/London, which comes from an injectable clock so that tests can fix "now".
botbuilder's recognizer reads 11/03 the US way and gets "last Tuesday" wrong, so this
uses dateparser with day-first order and a preference for the past.

An answer keeps its precision: "last Tuesday" names a day, not midnight, and is shown
as a day; "yesterday at 3pm" names a time. Anything in the future is refused, as is an
answer too vague to help ("last year").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from typing import Callable
from zoneinfo import ZoneInfo

from dateparser.date import DateDataParser

LONDON = ZoneInfo("Europe/London")

Clock = Callable[[], datetime]
"""Returns the current time as a timezone-aware datetime."""


def system_clock() -> datetime:
    return datetime.now(timezone.utc)


# Precisions an answer can have; "part_of_day" is "this morning", "last night".
TIME = "time"
PART_OF_DAY = "part_of_day"
DAY = "day"
_ACCEPTED = (TIME, PART_OF_DAY, DAY)

# Hedges people put round a time ("about 3pm", "3pm-ish", "I think") that dateparser
# does not expect; they change nothing about the answer.
_HEDGES = re.compile(
    r"\b(?:i think|i believe|it was|roughly|around|about|approximately|approx|circa|"
    r"sometime|some time|just after|just before|shortly after|shortly before|at some point)\b"
    r"|-?\bish\b",
    re.IGNORECASE,
)
_MAX_LENGTH = 200


class WhenError(ValueError):
    """The answer is not a usable past date; the message says why, for the reporter."""


@dataclass(frozen=True)
class When:
    """A resolved moment: ``utc`` (aware, UTC) and its ``precision`` (time, part_of_day
    or day; for a day, ``utc`` is the start of that day in London)."""

    utc: datetime
    precision: str

    def to_dict(self) -> dict:
        return {"utc": self.utc.isoformat(), "precision": self.precision}

    @classmethod
    def from_dict(cls, data: dict) -> "When":
        return cls(datetime.fromisoformat(data["utc"]).astimezone(timezone.utc), data["precision"])

    def london(self) -> str:
        """Shown in Europe/London time: "Tuesday 17 March 2026, 15:00" or, for a day,
        "Tuesday 17 March 2026 (no time given)"."""
        local = self.utc.astimezone(LONDON)
        day = f"{local:%A} {local.day} {local:%B %Y}"
        if self.precision == DAY:
            return f"{day} (no time given)"
        if self.precision == PART_OF_DAY:
            return f"{day}, around {local:%H:%M}"
        return f"{day}, {local:%H:%M}"


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc") or ch in "\n\t")
    text = _HEDGES.sub(" ", text)
    return " ".join(text.split()).strip(" ,.;")


def parse_when(text: str, now: datetime) -> When:
    """Resolve ``text`` against ``now`` (aware) in Europe/London; raise :class:`WhenError`
    with a reporter-facing reason when it cannot be used."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if len(text) > _MAX_LENGTH:
        raise WhenError("That's too long for a date. Try something like \"yesterday at 3pm\" or \"11/03/2026\".")
    cleaned = _clean(text or "")
    if not cleaned:
        raise WhenError("Please tell me when it was, for example \"yesterday at 3pm\", \"last Tuesday\" or \"11/03/2026\".")
    local_now = now.astimezone(LONDON)
    parser = DateDataParser(
        languages=["en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DATES_FROM": "past",
            "PREFER_DAY_OF_MONTH": "first",
            "RELATIVE_BASE": local_now.replace(tzinfo=None),
            "RETURN_TIME_AS_PERIOD": True,
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    data = parser.get_date_data(cleaned)
    if data.date_obj is None:
        raise WhenError(
            f"Sorry, I couldn't read \"{text.strip()[:60]}\" as a date. Try \"yesterday at 3pm\", "
            "\"last Tuesday\" or a date such as \"11/03/2026\" (day first)."
        )
    if data.period not in _ACCEPTED:
        raise WhenError("That's a bit vague. Which day was it, roughly? For example \"last Tuesday\" or \"11/03/2026\".")
    local = data.date_obj
    if data.date_obj.tzinfo is not None:  # an answer that named its own zone, e.g. "15:00 UTC"
        local = data.date_obj.astimezone(LONDON).replace(tzinfo=None)
    if data.period == DAY:
        local = datetime.combine(local.date(), time(0, 0))
        if local.date() > local_now.date():
            raise WhenError(_future(local_now))
    resolved = local.replace(tzinfo=LONDON).astimezone(timezone.utc)
    if data.period == PART_OF_DAY and resolved > now and local.date() == local_now.date():
        resolved = now.astimezone(timezone.utc)  # "this morning", asked at 7am: it was earlier today
    if data.period != DAY and resolved > now + timedelta(minutes=1):
        raise WhenError(_future(local_now))
    return When(resolved.replace(microsecond=0), data.period)


def _future(local_now: datetime) -> str:
    return (
        f"That's in the future (it's {local_now:%H:%M} on {local_now.day} {local_now:%B %Y} now). "
        "When did it happen? Dates are day first: 11/03/2026 is 11 March."
    )
