"""Times of day as reporters say them (issue #15), against an injected London clock:
the parser on its own, then the reporting conversation showing its reading and asking."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policybot.reporting.dates import DAY, TIME, WhenAmbiguous, WhenError, parse_when
from tests.test_psd_dialog import Clock, say, world  # noqa: F401 — ``world`` is a fixture

THURSDAY_0933 = datetime(2026, 3, 19, 9, 33, tzinfo=UTC)  # London = UTC in March
THURSDAY_1600 = datetime(2026, 3, 19, 16, 0, tzinfo=UTC)


@pytest.fixture
def clock():
    """The clock ``world`` builds the dialog with: Thursday 19 March 2026, 16:00 in London."""
    return Clock(THURSDAY_1600)


def utc(*parts):
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(
    "now, answer, expected, precision",
    [
        (THURSDAY_0933, "this morning about 8", utc(2026, 3, 19, 8, 0), TIME),  # not 09:33, the time of typing
        (THURSDAY_1600, "yesterday evening about 7", utc(2026, 3, 18, 19, 0), TIME),  # not 16:00
        (THURSDAY_0933, "the 5th", utc(2026, 3, 5), DAY),  # this month's, which has passed
        (datetime(2026, 3, 3, 12, tzinfo=UTC), "the 5th", utc(2026, 2, 5), DAY),  # not yet: last month's
        (THURSDAY_0933, "an hour ago", utc(2026, 3, 19, 8, 33), TIME),
        (THURSDAY_1600, "at lunch", utc(2026, 3, 19, 12, 30), "lunchtime"),
        (THURSDAY_0933, "at lunch", utc(2026, 3, 18, 12, 30), "lunchtime"),  # today's hasn't come yet
        (THURSDAY_0933, "last night about 11", utc(2026, 3, 18, 23, 0), TIME),
        (THURSDAY_1600, "today at 7", utc(2026, 3, 19, 7, 0), TIME),  # 7pm hasn't happened yet
        (THURSDAY_1600, "last Tuesday at 4pm", utc(2026, 3, 17, 16, 0), TIME),
    ],
)
def test_times_of_day_are_read_as_people_mean_them(now, answer, expected, precision):
    when = parse_when(answer, now)
    assert (when.utc, when.precision) == (expected, precision)
    assert when.said == answer


def test_an_hour_without_am_or_pm_or_a_part_of_the_day_is_asked_not_guessed():
    with pytest.raises(WhenAmbiguous) as asked:
        parse_when("last Tuesday around 4", THURSDAY_1600)
    assert [o.utc for o in asked.value.options] == [utc(2026, 3, 17, 4, 0), utc(2026, 3, 17, 16, 0)]
    assert "04:00 or" in str(asked.value) and "16:00" in str(asked.value)


def test_what_the_bot_worked_out_is_marked_inferred_and_what_was_said_is_not():
    assert parse_when("this morning about 8", THURSDAY_0933).inferred  # am, from "morning"
    assert parse_when("last Tuesday", THURSDAY_0933).inferred  # which Tuesday
    assert not parse_when("11/03/2026 14:05", THURSDAY_0933).inferred
    assert not parse_when("yesterday at 3pm", THURSDAY_0933).inferred


def test_a_part_of_the_day_is_shown_as_one_not_as_a_made_up_minute():
    assert parse_when("this morning", THURSDAY_0933).london() == "Thursday 19 March 2026, in the morning"


@pytest.mark.parametrize("answer", ["this morning about 8", "this evening"])
def test_a_time_of_day_still_to_come_is_refused_not_replaced_by_now(answer):
    with pytest.raises(WhenError, match="future"):
        parse_when(answer, datetime(2026, 3, 19, 7, 0, tzinfo=UTC))


async def test_the_dialog_asks_am_or_pm_shows_its_reading_and_keeps_the_words(world):  # noqa: F811
    client, dialog = world()
    for answer in ("report", "offensive", "You are all useless", "Sgt A. Example"):
        await say(client, answer)
    asked = (await say(client, "last Tuesday around 4"))[0]
    assert "Tuesday 17 March 2026, 04:00" in asked and "Tuesday 17 March 2026, 16:00" in asked
    assert "Where was it sent" in (await say(client, "pm"))[0]
    for answer in ("group chat", "no"):
        await say(client, answer)
    summary = (await say(client, "anonymous"))[0]
    assert "When: Tuesday 17 March 2026, 16:00" in summary and "please check" not in summary  # they chose it

    await say(client, "change when")
    assert "couldn't read" in (await say(client, "around half-ish"))[0]  # asked again, never "now"
    summary = (await say(client, "yesterday evening about 7"))[0]
    assert (
        "When: Wednesday 18 March 2026, 19:00 (my reading of \u201cyesterday evening about 7\u201d — please check)"
        in summary
    )
    assert "Please check the time" in summary

    await say(client, "send")
    [case] = dialog.store.list()
    assert case.when.utc == utc(2026, 3, 18, 19, 0)
    assert case.when.said == "yesterday evening about 7"  # PSD sees the reporter's own words beside the reading
