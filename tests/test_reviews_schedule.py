"""The review calendar: milestones, status and the dates people type."""

from datetime import UTC, date, datetime

import pytest

from policybot.reviews.calendar import add_years, london_today, parse_moment, parse_review_date
from policybot.reviews.schedule import Schedule, describe_days, status

REVIEW = date(2026, 9, 12)
SCHEDULE = Schedule()


@pytest.mark.parametrize(
    "today, milestone",
    [
        (date(2026, 6, 13), None),  # 91 days before: nothing yet
        (date(2026, 6, 14), "before-90"),
        (date(2026, 8, 12), "before-90"),  # 31 days before: still the 90-day milestone
        (date(2026, 8, 13), "before-30"),
        (date(2026, 9, 5), "before-7"),
        (date(2026, 9, 12), "before-0"),
        (date(2026, 9, 18), "before-0"),  # overdue by 6 days: no weekly reminder yet
        (date(2026, 9, 19), "overdue-7"),
        (date(2026, 10, 10), "overdue-28"),
        (date(2026, 10, 12), "overdue-28"),
    ],
)
def test_the_latest_milestone_passed_is_the_one_due(today, milestone):
    assert SCHEDULE.milestone(REVIEW, today) == milestone


def test_milestones_and_the_overdue_beat_are_configurable():
    schedule = Schedule(days_before=(14, 1), overdue_every=3)
    assert schedule.milestone(REVIEW, date(2026, 8, 28)) is None
    assert schedule.milestone(REVIEW, date(2026, 8, 29)) == "before-14"
    assert schedule.milestone(REVIEW, date(2026, 9, 11)) == "before-1"
    assert schedule.milestone(REVIEW, date(2026, 9, 12)) == "before-1"
    assert schedule.milestone(REVIEW, date(2026, 9, 18)) == "overdue-6"


def test_a_schedule_refuses_nonsense():
    with pytest.raises(ValueError):
        Schedule(days_before=())
    with pytest.raises(ValueError):
        Schedule(days_before=(-1,))
    with pytest.raises(ValueError):
        Schedule(overdue_every=0)


def test_status_is_ok_due_soon_or_overdue():
    assert status(REVIEW, date(2026, 6, 1), SCHEDULE) == "ok"
    assert status(REVIEW, date(2026, 6, 14), SCHEDULE) == "due soon"
    assert status(REVIEW, REVIEW, SCHEDULE) == "due soon"
    assert status(REVIEW, date(2026, 9, 13), SCHEDULE) == "overdue"


def test_days_are_described_in_words():
    assert describe_days(REVIEW, REVIEW) == "due today"
    assert describe_days(REVIEW, date(2026, 9, 11)) == "due in 1 day"
    assert describe_days(date(2020, 9, 12), date(2026, 9, 13)) == "overdue by 6 years 2 days"


def test_days_are_london_days():
    # 23:30 UTC in summer is already tomorrow in London; in winter it is not.
    assert london_today(datetime(2026, 7, 1, 23, 30, tzinfo=UTC)) == date(2026, 7, 2)
    assert london_today(datetime(2026, 1, 1, 23, 30, tzinfo=UTC)) == date(2026, 1, 1)
    assert parse_moment("2026-07-01T23:30").utcoffset().total_seconds() == 3600


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2027-09-12", date(2027, 9, 12)),
        ("12/09/2027", date(2027, 9, 12)),  # day first, as written in the UK
        ("12 September 2027", date(2027, 9, 12)),
        ("in 3 years", date(2029, 11, 28)),
    ],
)
def test_review_dates_people_type(text, expected):
    assert parse_review_date(text, today=date(2026, 11, 28)) == expected


@pytest.mark.parametrize(
    "text", ["", "soon", "2027-02-30", "September", pytest.param("x" * 10_000, id="huge"), "\u202e\u0000 2027"]
)
def test_unreadable_dates_get_a_clear_error(text):
    with pytest.raises(ValueError) as error:
        parse_review_date(text, today=date(2026, 11, 28))
    assert str(error.value)


def test_add_years_keeps_the_29th_of_february_sensible():
    assert add_years(date(2024, 2, 29), 3) == date(2027, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
