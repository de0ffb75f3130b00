"""Commitment adherence: exact numbers per cadence, partial and running periods, and invariants."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_journal.core.adherence import (
    SEVERAL_PER_WEEK,
    adherence,
    commitment_start,
    day_marks,
    recent,
    toggle_checkoff,
)
from integration_journal.core.records import Cadence, Commitment, Domain
from integration_journal.errors import UsageError

D = dt.date
MAR1, MAR28 = D(2025, 3, 1), D(2025, 3, 28)  # a Saturday and a Friday
MONDAY, SUNDAY = 0, 6


def summary(result) -> tuple[int, int | None]:
    return result.done, result.expected


# --- daily ---------------------------------------------------------------------------------------

def test_daily_counts_every_finished_day_and_today_only_when_done() -> None:
    days = [D(2025, 3, 1), D(2025, 3, 2), D(2025, 3, 3), D(2025, 3, 10)]
    result = adherence(days, Cadence.DAILY, MAR1, MAR28)
    assert summary(result) == (4, 27)  # 1..27 March are over; the 28th (today) is still running
    assert result.days_done == 4
    assert result.ratio == pytest.approx(4 / 27)
    assert len(result.periods) == 28
    assert result.periods[-1].whole is False and result.periods[0].whole is True

    done_today = adherence([*days, MAR28], Cadence.DAILY, MAR1, MAR28)
    assert summary(done_today) == (5, 28)


def test_daily_starts_on_the_day_the_commitment_started() -> None:
    result = adherence([D(2025, 2, 27), D(2025, 3, 21)], Cadence.DAILY, MAR1, MAR28, since=D(2025, 3, 20))
    assert (result.first, result.last) == (D(2025, 3, 20), MAR28)
    assert summary(result) == (1, 8)  # 20..27 March asked for; February is outside the range


def test_today_before_the_end_ignores_later_days() -> None:
    result = adherence([D(2025, 3, 19), D(2025, 3, 25)], Cadence.DAILY, MAR1, MAR28, today=D(2025, 3, 20))
    assert (result.first, result.last) == (MAR1, D(2025, 3, 20))
    assert summary(result) == (1, 19)
    assert result.days_done == 1


def test_a_range_in_the_past_is_all_over() -> None:
    result = adherence([MAR1, MAR28], Cadence.DAILY, MAR1, MAR28, today=D(2025, 4, 5))
    assert summary(result) == (2, 28)


# --- weekly and several per week -------------------------------------------------------------------

def test_weekly_one_per_week_extra_days_do_not_carry_over() -> None:
    # Monday weeks: [1-2 Mar] cut by the range, 3-9, 10-16, 17-23 whole, [24-28] running.
    days = [D(2025, 3, 1), D(2025, 3, 4), D(2025, 3, 5), D(2025, 3, 20), D(2025, 3, 25)]
    result = adherence(days, Cadence.WEEKLY, MAR1, MAR28, week_start=MONDAY)
    assert [(p.first, p.last, p.done, p.expected) for p in result.periods] == [
        (D(2025, 3, 1), D(2025, 3, 2), 1, 1),
        (D(2025, 3, 3), D(2025, 3, 9), 1, 1),
        (D(2025, 3, 10), D(2025, 3, 16), 0, 1),
        (D(2025, 3, 17), D(2025, 3, 23), 1, 1),
        (D(2025, 3, 24), D(2025, 3, 28), 1, 1),
    ]
    assert summary(result) == (4, 5)
    assert result.days_done == 5


def test_weekly_follows_the_first_day_of_the_week() -> None:
    days = [D(2025, 3, 2), D(2025, 3, 3)]  # a Sunday and the Monday after
    monday = adherence(days, Cadence.WEEKLY, MAR1, MAR28, week_start=MONDAY)
    sunday = adherence(days, Cadence.WEEKLY, MAR1, MAR28, week_start=SUNDAY)
    assert summary(monday) == (2, 4)  # two different weeks; 10-16 and 17-23 missed
    assert summary(sunday) == (1, 3)  # the same week; 9-15 and 16-22 missed
    assert sunday.periods[1].first == D(2025, 3, 2) and sunday.periods[1].last == D(2025, 3, 8)


def test_several_per_week_asks_for_three_a_week() -> None:
    assert SEVERAL_PER_WEEK == 3
    days = [D(2025, 3, 1),  # the cut first week: counts, expected only as done
            D(2025, 3, 3), D(2025, 3, 4), D(2025, 3, 5), D(2025, 3, 6),  # four: three count
            D(2025, 3, 10),  # one of three
            # 17-23: none
            D(2025, 3, 24), D(2025, 3, 25)]  # this week, still running
    result = adherence(days, Cadence.SEVERAL_PER_WEEK, MAR1, MAR28)
    assert [(p.done, p.expected) for p in result.periods] == [(1, 1), (3, 3), (1, 3), (0, 3), (2, 2)]
    assert summary(result) == (7, 12)
    assert result.days_done == 8


# --- fortnightly ---------------------------------------------------------------------------------

def test_fortnightly_counts_two_week_blocks_from_the_start() -> None:
    since = D(2025, 3, 3)  # a Monday
    today = D(2025, 4, 13)  # the last day of the third fortnight: still running
    days = [D(2025, 3, 5), D(2025, 3, 6), D(2025, 4, 13)]
    result = adherence(days, Cadence.FORTNIGHTLY, MAR1, today, since=since)
    assert [(p.first, p.last, p.done, p.expected) for p in result.periods] == [
        (D(2025, 3, 3), D(2025, 3, 16), 1, 1),
        (D(2025, 3, 17), D(2025, 3, 30), 0, 1),
        (D(2025, 3, 31), D(2025, 4, 13), 1, 1),
    ]
    assert summary(result) == (2, 3)


def test_fortnightly_started_midweek_counts_from_that_week() -> None:
    result = adherence([], Cadence.FORTNIGHTLY, MAR1, D(2025, 4, 14), since=D(2025, 3, 5))
    # [5-16 Mar] is cut by the start (nothing expected), 17-30 Mar is whole, from 31 Mar still running.
    assert [(p.first, p.last, p.expected) for p in result.periods] == [
        (D(2025, 3, 5), D(2025, 3, 16), 0),
        (D(2025, 3, 17), D(2025, 3, 30), 1),
        (D(2025, 3, 31), D(2025, 4, 13), 1),
        (D(2025, 4, 14), D(2025, 4, 14), 0),
    ]
    assert summary(result) == (0, 2)


# --- monthly -------------------------------------------------------------------------------------

def test_monthly_uses_calendar_months() -> None:
    days = [D(2025, 1, 20), D(2025, 3, 1), D(2025, 3, 31)]
    result = adherence(days, Cadence.MONTHLY, D(2025, 1, 15), D(2025, 4, 10))
    assert [(p.first, p.last, p.done, p.expected) for p in result.periods] == [
        (D(2025, 1, 15), D(2025, 1, 31), 1, 1),  # cut by the range; done, so it counts
        (D(2025, 2, 1), D(2025, 2, 28), 0, 1),
        (D(2025, 3, 1), D(2025, 3, 31), 1, 1),
        (D(2025, 4, 1), D(2025, 4, 10), 0, 0),  # still running
    ]
    assert summary(result) == (2, 3)


def test_monthly_knows_leap_years_and_december() -> None:
    result = adherence([], Cadence.MONTHLY, D(2023, 12, 1), D(2024, 3, 1))
    assert [(p.first, p.last) for p in result.periods[:3]] == [
        (D(2023, 12, 1), D(2023, 12, 31)), (D(2024, 1, 1), D(2024, 1, 31)), (D(2024, 2, 1), D(2024, 2, 29))]
    assert summary(result) == (0, 3)


# --- as needed, empty ranges, errors ----------------------------------------------------------------

def test_as_needed_only_counts_days() -> None:
    result = adherence([MAR1, MAR1, D(2025, 3, 9), D(2025, 4, 1)], "as-needed", MAR1, MAR28)
    assert summary(result) == (2, None)
    assert result.days_done == 2
    assert result.ratio is None
    assert result.periods == ()


def test_nothing_expected_before_the_start() -> None:
    result = adherence([MAR28], Cadence.DAILY, MAR1, MAR28, since=D(2025, 4, 1))
    assert summary(result) == (0, 0)
    assert result.ratio is None
    assert adherence([], Cadence.DAILY, MAR28, MAR28).ratio is None  # only today, not over


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(UsageError):
        adherence([], Cadence.WEEKLY, MAR1, MAR28, week_start=7)
    with pytest.raises(ValueError):
        adherence([], "hourly", MAR1, MAR28)
    with pytest.raises(UsageError):
        recent(Commitment(text="Walk", domain=Domain.BODY), MAR28, days=0)


# --- day marks and helpers ---------------------------------------------------------------------------

def test_day_marks_cover_every_day_and_say_which_count() -> None:
    marks = day_marks([D(2025, 3, 26), D(2025, 3, 28)], D(2025, 3, 22), MAR28, since=D(2025, 3, 24),
                      today=D(2025, 3, 27))
    assert [m.day.day for m in marks] == [22, 23, 24, 25, 26, 27, 28]
    assert [m.done for m in marks] == [False, False, False, False, True, False, True]
    assert [m.counted for m in marks] == [False, False, True, True, True, True, False]


def test_recent_covers_the_last_four_weeks_from_the_commitment_start() -> None:
    created = dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.timezone.utc)
    commitment = Commitment(text="Ten minutes outside", domain=Domain.NATURE, cadence=Cadence.DAILY,
                            checkoffs=(D(2025, 3, 10), D(2025, 3, 12), D(2025, 3, 28)), created=created)
    result, marks = recent(commitment, MAR28, tz=dt.timezone.utc)
    assert len(marks) == 28 and marks[0].day == MAR1 and marks[-1].day == MAR28
    assert sum(m.counted for m in marks) == 19  # 10..28 March
    assert summary(result) == (3, 19)  # 10..27 over (18) plus today, done


def test_commitment_start_is_the_earliest_checkoff_when_logged_after_the_fact() -> None:
    created = dt.datetime(2025, 3, 10, 23, 30, tzinfo=dt.timezone.utc)
    commitment = Commitment(text="Stretch", domain=Domain.BODY, created=created)
    assert commitment_start(commitment, dt.timezone.utc) == D(2025, 3, 10)
    assert commitment_start(commitment, dt.timezone(dt.timedelta(hours=2))) == D(2025, 3, 11)
    earlier = Commitment(text="Stretch", domain=Domain.BODY, created=created, checkoffs=(D(2025, 3, 2),))
    assert commitment_start(earlier, dt.timezone.utc) == D(2025, 3, 2)


def test_toggle_checkoff_adds_and_removes_one_day() -> None:
    commitment = Commitment(text="Stretch", domain=Domain.BODY, checkoffs=(D(2025, 3, 2), D(2025, 3, 5)))
    assert toggle_checkoff(commitment, D(2025, 3, 3), True) == (D(2025, 3, 2), D(2025, 3, 3), D(2025, 3, 5))
    assert toggle_checkoff(commitment, D(2025, 3, 2), True) == commitment.checkoffs
    assert toggle_checkoff(commitment, D(2025, 3, 2), False) == (D(2025, 3, 5),)
    assert toggle_checkoff(commitment, D(2025, 3, 9), False) == commitment.checkoffs


# --- invariants ------------------------------------------------------------------------------------

_days = st.dates(min_value=D(2024, 1, 1), max_value=D(2024, 6, 30))


@given(checkoffs=st.lists(_days, max_size=60), cadence=st.sampled_from([c for c in Cadence
                                                                         if c is not Cadence.AS_NEEDED]),
       first=_days, length=st.integers(0, 120), week_start=st.integers(0, 6), extra=_days)
def test_invariants(checkoffs, cadence, first, length, week_start, extra) -> None:
    last = first + dt.timedelta(days=length)
    result = adherence(checkoffs, cadence, first, last, week_start=week_start)
    assert 0 <= result.done <= result.expected <= len(result.periods) * SEVERAL_PER_WEEK
    assert result.done <= result.days_done
    # The periods tile the range without gaps or overlaps.
    assert result.periods[0].first == first and result.periods[-1].last == last
    for before, after in zip(result.periods, result.periods[1:], strict=False):
        assert after.first == before.last + dt.timedelta(days=1)
    # Doing one more day never lowers what was done, nor raises what was missed.
    more = adherence([*checkoffs, extra], cadence, first, last, week_start=week_start)
    assert more.done >= result.done
    assert more.expected - more.done <= result.expected - result.done
