"""When it happened: UK day-first natural answers, against an injected London clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policybot.reporting.dates import DAY, TIME, When, WhenError, parse_when

THURSDAY_WINTER = datetime(2026, 3, 19, 10, 30, tzinfo=UTC)  # London = UTC (GMT)
WEDNESDAY_SUMMER = datetime(2026, 7, 1, 11, 0, tzinfo=UTC)  # London = UTC+1 (BST)


def utc(*parts):
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    "answer, expected, precision",
    [
        ("yesterday at 3pm", utc(2026, 3, 18, 15, 0), TIME),
        ("Yesterday around 3pm", utc(2026, 3, 18, 15, 0), TIME),
        ("last Tuesday", utc(2026, 3, 17), DAY),
        ("last tuesday at 14:30", utc(2026, 3, 17, 14, 30), TIME),
        ("11/03/2026", utc(2026, 3, 11), DAY),  # 11 March, not 3 November
        ("11/03/2026 14:05", utc(2026, 3, 11, 14, 5), TIME),
        ("1/3/26", utc(2026, 3, 1), DAY),
        ("2 hours ago", utc(2026, 3, 19, 8, 30), TIME),
        ("today", utc(2026, 3, 19), DAY),
        ("\uff11\uff11/03/2026", utc(2026, 3, 11), DAY),  # full-width digits from a phone keyboard
    ],
)
def test_natural_uk_answers(answer, expected, precision):
    when = parse_when(answer, THURSDAY_WINTER)
    assert (when.utc, when.precision) == (expected, precision)


def test_london_summer_time_is_converted_to_utc_and_shown_back_in_london_time():
    when = parse_when("yesterday at 3pm", WEDNESDAY_SUMMER)
    assert when.utc == utc(2026, 6, 30, 14, 0)
    assert when.london() == "Tuesday 30 June 2026, 15:00"


def test_a_day_is_shown_as_a_day_not_as_midnight():
    assert parse_when("last Tuesday", THURSDAY_WINTER).london() == "Tuesday 17 March 2026 (no time given)"


def test_a_bare_time_later_than_now_means_yesterday():
    assert parse_when("3pm", THURSDAY_WINTER).utc == utc(2026, 3, 18, 15, 0)


@pytest.mark.parametrize("answer", ["tomorrow", "12/12/2026", "03/11/2026", "in 2 hours", "next Friday"])
def test_the_future_is_refused(answer):
    with pytest.raises(WhenError, match="future"):
        parse_when(answer, THURSDAY_WINTER)


@pytest.mark.parametrize(
    "answer, reason",
    [
        ("no idea mate", "couldn't read"),
        ("", "tell me when"),
        ("last year", "vague"),
        ("31/02/2026", "couldn't read"),
        ("9" * 500, "too long"),
    ],
)
def test_unusable_answers_say_why(answer, reason):
    with pytest.raises(WhenError, match=reason):
        parse_when(answer, THURSDAY_WINTER)


def test_round_trips_through_plain_json_for_dialog_state():
    when = parse_when("yesterday at 3pm", THURSDAY_WINTER)
    assert When.from_dict(when.to_dict()) == when


def test_the_clock_must_say_which_zone_it_is_in():
    with pytest.raises(ValueError):
        parse_when("today", datetime(2026, 3, 19, 10, 30))
