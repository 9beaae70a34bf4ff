"""When did it happen? Natural UK answers turned into a UTC instant.

Reporters answer in their own words: "this morning about 8", "yesterday evening about
7", "last Tuesday around 4", "the 5th", "an hour ago", "at lunch", "11/03/2026". The
answer is read in three parts — a time of day, a part of the day, a day — against the
current time in Europe/London from an injectable clock (so tests can fix "now"):

- a day named relatively ("last Tuesday", "the 5th") is its most recent past occurrence;
- an hour without am/pm ("about 8") takes the sense the part of the day gives it
  ("this morning" → 08:00, "yesterday evening" → 19:00); with no part of the day, and
  both readings in the past, the reporter is asked which (:class:`WhenAmbiguous`);
- a time with no day is its most recent past occurrence ("3pm" at 10:30 is yesterday);
- explicit dates are read day first (11/03 is 11 March) by dateparser — botbuilder's
  recognizer reads them the US way.

Nothing is ever replaced by "now": an answer that cannot be read is refused with a
reason, as is anything in the future or too vague ("last year"). The result keeps the
reporter's own words (``said``) and whether the bot worked something out that they
did not say (``inferred``: the am/pm, or which Tuesday), so the summary can show its
reading and ask them to confirm it. Its precision is kept too: "last Tuesday" names a
day, not midnight; "this morning" names a part of a day, not a made-up minute.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateparser.date import DateDataParser

LONDON = ZoneInfo("Europe/London")


# Precisions an answer can have: a time, a day, or a part of a day (named).
TIME = "time"
DAY = "day"
PART_OF_DAY = "part_of_day"  # cases stored before parts of the day were named: shown "around HH:MM"


@dataclass(frozen=True)
class _Part:
    """A part of the day: when it starts, its representative time, and how an hour
    without am/pm said with it is read."""

    name: str
    shown: str
    starts: time
    typical: time

    def hour(self, said: int) -> tuple[int, int]:
        """(hour on the 24-hour clock, days after the part's own day) for ``said`` (1–12)."""
        if self.name == "morning":
            return said % 12 if said != 12 else 12, 0
        if self.name == "lunchtime":
            return (said if said >= 11 else said + 12), 0
        if self.name == "night":
            if said >= 7 and said != 12:
                return said + 12, 0
            return said % 12, 1  # after midnight: the next calendar day
        return (said + 12 if said != 12 else 12), 0


PARTS = {
    part.name: part
    for part in (
        _Part("morning", "in the morning", time(5), time(9)),
        _Part("lunchtime", "at lunchtime", time(11, 30), time(12, 30)),
        _Part("afternoon", "in the afternoon", time(12), time(15)),
        _Part("evening", "in the evening", time(17), time(19)),
        _Part("night", "at night", time(20), time(23)),
    )
}

# Hedges people put round a time; "about 8" is an hour, as "at 8" is.
_HEDGES_BEFORE_TIME = re.compile(
    r"\b(?:roughly|around|about|approximately|approx|circa|just after|just before|shortly after|shortly before|"
    r"sometime around|some time around)\b",
    re.IGNORECASE,
)
_FILLERS = re.compile(r"\b(?:i think|i believe|it was|sometime|some time|at some point)\b|-?\bish\b", re.IGNORECASE)
_MAX_LENGTH = 200
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "fifty": 50,
    "a couple of": 2,
    "a few": 3,
}

_AGO = re.compile(
    r"^(?P<n>\d+|half an|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")\s*"
    r"(?P<unit>minutes?|mins?|hours?|hrs?)\s+ago$"
)
_JUST_NOW = re.compile(r"^(?:just\s+)?now$")
_AMPM = re.compile(r"(?:\bat\s+)?\b(?P<h>\d{1,2})(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?")
_CLOCK = re.compile(r"(?:\bat\s+)?(?<![\d./:])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?![./:]?\d)")
_HALF_PAST = re.compile(r"(?:\bat\s+)?\b(?P<q>half|quarter)\s+(?P<dir>past|to)\s+(?P<h>\d{1,2})\b")
_BARE_HOUR = re.compile(
    r"\bat\s+(?P<h>\d{1,2})(?:\s*o'?\s?clock)?\b(?![./:-]\d|\s*(?:st|nd|rd|th)\b)|\b(?P<h2>\d{1,2})\s*o'?\s?clock\b"
)
_NAMED_TIME = re.compile(r"(?:\bat\s+)?\b(?P<name>noon|midday|midnight)\b")
_PART = re.compile(
    r"\b(?:(?:in|during|over)\s+the\s+|this\s+|at\s+|by\s+)?(?P<part>morning|afternoon|evening|night|lunch\s*time|lunch|tonight)\b"
)
_ORDINAL = re.compile(r"^(?:on\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)$")
_WEEKDAY = re.compile(r"^(?:(?P<which>last|on|this|past)\s+)?(?P<day>" + "|".join(_WEEKDAYS) + r")$")
_DAYS_AGO = re.compile(r"^(?P<n>\d+|" + "|".join(_NUMBERS) + r")\s+days?\s+ago$")


class WhenError(ValueError):
    """The answer is not a usable past date; the message says why, for the reporter."""


class WhenAmbiguous(WhenError):
    """The answer has two readings (4am or 4pm); ``options`` holds both, for the reporter to choose."""

    def __init__(self, message: str, options: list[When]):
        super().__init__(message)
        self.options = options


@dataclass(frozen=True)
class When:
    """A resolved moment: ``utc`` (aware, UTC) and its ``precision`` (time, day, or the
    name of a part of the day; for a day, ``utc`` is the start of that day in London).
    ``said``: the reporter's own words; ``inferred``: the bot worked out part of it."""

    utc: datetime
    precision: str
    said: str = ""
    inferred: bool = False

    def to_dict(self) -> dict:
        return {"utc": self.utc.isoformat(), "precision": self.precision, "said": self.said, "inferred": self.inferred}

    @classmethod
    def from_dict(cls, data: dict) -> When:
        return cls(
            datetime.fromisoformat(data["utc"]).astimezone(UTC),
            data["precision"],
            data.get("said", ""),
            bool(data.get("inferred")),
        )

    def london(self) -> str:
        """Shown in Europe/London time: "Tuesday 17 March 2026, 15:00"; for a day,
        "Tuesday 17 March 2026 (no time given)"; for a part of it, "…, in the evening"."""
        local = self.utc.astimezone(LONDON)
        day = f"{local:%A} {local.day} {local:%B %Y}"
        if self.precision == DAY:
            return f"{day} (no time given)"
        if self.precision in PARTS:
            return f"{day}, {PARTS[self.precision].shown}"
        if self.precision == PART_OF_DAY:
            return f"{day}, around {local:%H:%M}"
        return f"{day}, {local:%H:%M}"


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cf", "Cc") or ch in "\n\t")
    text = text.lower().replace("last night", "yesterday night").replace("tonight", "today night")
    text = _HEDGES_BEFORE_TIME.sub(" at ", text)
    text = _FILLERS.sub(" ", text)
    # "this morning" is today's; "yesterday evening 7" has its hour after the part of the day.
    text = re.sub(r"\bthis\s+(morning|afternoon|evening|lunch\s*time|lunch)\b", r"today \1", text)
    text = re.sub(
        r"\b(morning|afternoon|evening|night|lunch\s*time|lunch)\s+(\d{1,2})\b(?![./:]\d|\s*(?:st|nd|rd|th)\b)",
        r"\1 at \2",
        text,
    )
    return " ".join(text.split()).strip(" ,.;")


@dataclass(frozen=True)
class _Clock:
    """A time of day as said: ``hour`` 0–23, and whether am/pm was left open (1–12, no am/pm)."""

    hour: int
    minute: int
    open: bool


def _take(pattern: re.Pattern, text: str) -> tuple[re.Match | None, str]:
    """The last match of ``pattern`` in ``text``, and the text without it."""
    matches = list(pattern.finditer(text))
    if not matches:
        return None, text
    match = matches[-1]
    return match, f"{text[: match.start()]} {text[match.end() :]}"


def _time_of_day(text: str) -> tuple[_Clock | None, str]:
    match, rest = _take(_NAMED_TIME, text)
    if match:
        return _Clock(0 if match["name"] == "midnight" else 12, 0, False), rest
    match, rest = _take(_AMPM, text)
    if match:
        hour = int(match["h"])
        if not 1 <= hour <= 12:
            raise WhenError(f'"{match.group(0).strip()}" isn\'t a time. Try "3pm" or "15:00".')
        return _Clock(hour % 12 + (12 if match["ampm"] == "p" else 0), int(match["m"] or 0), False), rest
    match, rest = _take(_CLOCK, text)
    if match:
        hour = int(match["h"])
        leading_zero = match["h"].startswith("0")
        return _Clock(hour, int(match["m"]), 1 <= hour <= 12 and not leading_zero), rest
    match, rest = _take(_HALF_PAST, text)
    if match:
        hour, minutes = int(match["h"]), 30 if match["q"] == "half" else 15
        if match["dir"] == "to":
            hour, minutes = hour - 1 if hour > 1 else 12, 60 - minutes
        return _Clock(hour, minutes, 1 <= hour <= 12), rest
    match, rest = _take(_BARE_HOUR, text)
    if match:
        hour = int(match["h"] or match["h2"])
        if hour > 23:
            raise WhenError(f'"{match.group(0).strip()}" isn\'t a time. Try "3pm" or "15:00".')
        return _Clock(hour, 0, 1 <= hour <= 12 and not (match["h"] or match["h2"]).startswith("0")), rest
    return None, text


def _part_of_day(text: str) -> tuple[_Part | None, str]:
    match, rest = _take(_PART, text)
    if not match:
        return None, text
    name = match["part"].replace(" ", "")
    name = {"lunch": "lunchtime", "tonight": "night"}.get(name, name)
    return PARTS[name], rest


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBERS[text]


def _day(text: str, today: date, local_now: datetime) -> tuple[date | None, bool, datetime | None]:
    """(the day ``text`` names or None, whether it was worked out from a relative word,
    a full moment when dateparser read a relative time such as "in 2 hours")."""
    text = re.sub(r"^(?:on|at|from|of)\s+|\s+(?:on|at)$", "", text.strip(" ,.;-")).strip(" ,.;-")
    text = re.sub(r"\s+(?:at|on)\s+", " ", f" {text} ").strip()
    if not text:
        return None, False, None
    if text in ("today", "this"):
        return today, False, None
    if text == "yesterday":
        return today - timedelta(days=1), False, None
    if text == "the day before yesterday":
        return today - timedelta(days=2), False, None
    if match := _WEEKDAY.match(text):
        weekday = _WEEKDAYS.index(match["day"])
        back = (today.weekday() - weekday) % 7
        if back == 0 and match["which"] != "this":
            back = 7  # "last Tuesday" on a Tuesday is a week ago; "this Tuesday" is today
        return today - timedelta(days=back), True, None
    if match := _ORDINAL.match(text):
        return _most_recent_day_of_month(int(match["day"]), today), True, None
    if match := _DAYS_AGO.match(text):
        return today - timedelta(days=_number(match["n"])), True, None
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
    data = parser.get_date_data(text)
    if data.date_obj is None:
        raise WhenError("")
    if data.period == TIME:  # a relative time dateparser read, e.g. "in 2 hours"
        return None, False, data.date_obj
    if data.period != DAY:
        raise WhenError('That\'s a bit vague. Which day was it, roughly? For example "last Tuesday" or "11/03/2026".')
    return data.date_obj.date(), False, None


def _most_recent_day_of_month(day: int, today: date) -> date:
    """ "The 5th": this month's if it has come, else the latest earlier month that has one."""
    year, month = today.year, today.month
    for _ in range(13):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate <= today:
            return candidate
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    raise WhenError(f"There's no day {day} in a month. Which day was it?")


def warm_up() -> None:
    """Have dateparser build its English tables and timezone patterns now: it builds
    them on first use, which took a quarter of a second of the first report's "when"
    step, on the event loop, stalling every other conversation."""
    with contextlib.suppress(WhenError):
        parse_when("the second Tuesday of last month", datetime.now(UTC))


def parse_when(text: str, now: datetime) -> When:
    """Resolve ``text`` against ``now`` (aware) in Europe/London; raise :class:`WhenError`
    (or :class:`WhenAmbiguous`, with the readings to choose from) with a reporter-facing
    reason when it cannot be used as it is."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if len(text) > _MAX_LENGTH:
        raise WhenError('That\'s too long for a date. Try something like "yesterday at 3pm" or "11/03/2026".')
    said = " ".join((text or "").split())
    cleaned = _clean(text or "")
    if not cleaned:
        raise WhenError('Please tell me when it was, for example "yesterday at 3pm", "last Tuesday" or "11/03/2026".')
    local_now = now.astimezone(LONDON).replace(tzinfo=None, microsecond=0)
    try:
        return _resolve(cleaned, said, local_now)
    except WhenError as error:
        if str(error):
            raise
        raise WhenError(
            f'Sorry, I couldn\'t read "{said[:60]}" as a date or time. Try "yesterday at 3pm", '
            '"this morning about 8", "last Tuesday" or a date such as "11/03/2026" (day first).'
        ) from None


def _resolve(cleaned: str, said: str, local_now: datetime) -> When:
    if _JUST_NOW.match(cleaned):
        return _when(local_now, TIME, said, False)
    if match := _AGO.match(cleaned):
        amount = 0.5 if match["n"] == "half an" else _number(match["n"])
        unit = timedelta(hours=1) if match["unit"].startswith("h") else timedelta(minutes=1)
        return _when((local_now - amount * unit).replace(second=0), TIME, said, True)
    clock, rest = _time_of_day(cleaned)
    part, rest = _part_of_day(rest)
    today = local_now.date()
    day, day_inferred, moment = _day(rest, today, local_now)
    if moment is not None:
        if clock or part:
            raise WhenError("")
        return _checked(_when(moment, TIME, said, False), local_now)
    if clock is None and part is None:
        if day is None:
            raise WhenError("")
        return _checked(_when(datetime.combine(day, time()), DAY, said, day_inferred), local_now)
    if clock is None:
        if day is None:  # "at lunch": today's if it has begun, else yesterday's
            day = today if local_now.time() >= part.starts else today - timedelta(days=1)
            day_inferred = True
        start = datetime.combine(day, part.starts)
        if start > local_now:
            raise WhenError(_future(local_now))
        return _when(min(datetime.combine(day, part.typical), local_now), part.name, said, day_inferred)
    return _at_time(clock, part, day, day_inferred, said, local_now)


def _at_time(
    clock: _Clock, part: _Part | None, day: date | None, day_inferred: bool, said: str, local_now: datetime
) -> When:
    """A time of day on a day: the readings of an open hour (by the part of the day, or
    both am and pm), each on the day named or its most recent past occurrence."""
    inferred = day_inferred or day is None
    if part is not None and clock.open:
        readings = [part.hour(clock.hour)]
        inferred = True
    elif clock.open:
        readings = [(clock.hour % 12, 0), (clock.hour % 12 + 12, 0)]
    else:
        readings = [(clock.hour, 1 if part is not None and part.name == "night" and clock.hour < 5 else 0)]
    candidates = []
    for hour, days_after in readings:
        at = time(hour, clock.minute)
        if day is not None:
            moment = datetime.combine(day + timedelta(days=days_after), at)
        else:
            moment = datetime.combine(local_now.date(), at)
            if moment > local_now + timedelta(minutes=1):
                moment -= timedelta(days=1)
        if moment <= local_now + timedelta(minutes=1):
            candidates.append(moment)
    if not candidates:
        raise WhenError(_future(local_now))
    if len(candidates) == 1:
        return _when(candidates[0], TIME, said, inferred or (clock.open and part is None))
    options = [_when(moment, TIME, said, False) for moment in sorted(candidates)]
    raise WhenAmbiguous(
        f"Was that {' or '.join(option.london() for option in options)}? Choose one, or say it with am or pm.",
        options,
    )


def _when(local: datetime, precision: str, said: str, inferred: bool) -> When:
    utc = local.replace(tzinfo=LONDON).astimezone(UTC).replace(microsecond=0)
    return When(utc, precision, said, inferred)


def _checked(when: When, local_now: datetime) -> When:
    local = when.utc.astimezone(LONDON).replace(tzinfo=None)
    future = local.date() > local_now.date() if when.precision == DAY else local > local_now + timedelta(minutes=1)
    if future:
        raise WhenError(_future(local_now))
    return when


def _future(local_now: datetime) -> str:
    return (
        f"That's in the future (it's {local_now:%H:%M} on {local_now.day} {local_now:%B %Y} now). "
        "When did it happen? Dates are day first: 11/03/2026 is 11 March."
    )
