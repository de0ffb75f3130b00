"""How often a commitment was kept, measured against its cadence over a range of days.

The rules, chosen to be easy to explain in one sentence each and to never punish a day that is not
over yet (docs/clinical.md §2: no streak penalties):

- A cadence splits the calendar into periods: a day (daily); a week (several per week, weekly); two
  weeks (fortnightly, counted from the week the commitment started); a calendar month (monthly).
  Weeks start on `week_start` (0 = Monday … 6 = Sunday, as `date.weekday()`), so the UI can follow
  the person's locale.
- Each period asks for a number of check-offs: one, or `SEVERAL_PER_WEEK` for "several per week".
  Extra check-offs in a period do not make up for another period.
- A period counts as *expected* only when it lies wholly inside the range and is over (it ended
  before `today`). A period cut by the range, by the day the commitment started, or still running
  today can only add: what was done in it counts as done and as expected, up to its target.
- "As needed" has no expectation: `expected` is None and only the days done are counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from integration_journal.core.records import Cadence, Commitment
from integration_journal.errors import UsageError

SEVERAL_PER_WEEK = 3  # what "several times a week" asks for in a week

# Check-offs each period asks for.
TARGETS: dict[Cadence, int] = {
    Cadence.DAILY: 1,
    Cadence.SEVERAL_PER_WEEK: SEVERAL_PER_WEEK,
    Cadence.WEEKLY: 1,
    Cadence.FORTNIGHTLY: 1,
    Cadence.MONTHLY: 1,
}

DEFAULT_DAYS = 28  # "the last four weeks"


@dataclass(frozen=True, slots=True)
class Period:
    """One period of a cadence, clipped to the range that was asked about."""

    first: dt.date  # first day of the period inside the range
    last: dt.date  # last day of the period inside the range
    target: int
    done: int  # check-offs that count, at most `target`
    expected: int  # `target` for a whole period that is over, else what was done (up to target)
    whole: bool  # wholly inside the range and over, so it was asked for in full


@dataclass(frozen=True, slots=True)
class DayMark:
    day: dt.date
    done: bool
    counted: bool  # inside the range the numbers cover (on or after the start, not after today)


@dataclass(frozen=True, slots=True)
class Adherence:
    cadence: Cadence
    first: dt.date  # the days the numbers cover (empty when first > last)
    last: dt.date
    done: int  # check-offs that count towards the cadence
    expected: int | None  # None for "as needed"
    days_done: int  # distinct days checked off in the range, however many a period asked for
    periods: tuple[Period, ...]

    @property
    def ratio(self) -> float | None:
        """done / expected, or None when nothing was expected (as needed, or no period over yet)."""
        if not self.expected:
            return None
        return self.done / self.expected


def adherence(checkoffs: Iterable[dt.date], cadence: Cadence | str, first: dt.date, last: dt.date, *,
              since: dt.date | None = None, today: dt.date | None = None, week_start: int = 0,
              anchor: dt.date | None = None) -> Adherence:
    """Adherence over the days `first`..`last` (inclusive).

    since: the day the commitment started (earlier days are not asked about); today: the current
    day (later days are not looked at; its period is still running); anchor: where fortnights are
    counted from (default: `since`, else `first`).
    """
    cadence = Cadence(cadence)
    if not 0 <= week_start <= 6:
        raise UsageError("week_start must be 0 (Monday) to 6 (Sunday).")
    today = last if today is None else today
    low = max(first, since) if since is not None else first
    high = min(last, today)
    days = sorted({d for d in checkoffs if low <= d <= high})
    if low > high:
        return Adherence(cadence, low, high, 0, None if cadence is Cadence.AS_NEEDED else 0, 0, ())
    if cadence is Cadence.AS_NEEDED:
        return Adherence(cadence, low, high, len(days), None, len(days), ())
    target = TARGETS[cadence]
    fortnight_anchor = _week_start_of(anchor or since or first, week_start)
    periods: list[Period] = []
    done_total = expected_total = 0
    start = _period_start(low, cadence, week_start, fortnight_anchor)
    remaining = iter(days)
    pending = next(remaining, None)
    while start <= high:
        end = _period_end(start, cadence)
        clipped_first, clipped_last = max(start, low), min(end, high)
        count = 0
        while pending is not None and pending <= clipped_last:
            count += 1
            pending = next(remaining, None)
        done = min(count, target)
        whole = start >= low and end <= high and end < today
        expected = target if whole else done
        periods.append(Period(clipped_first, clipped_last, target, done, expected, whole))
        done_total += done
        expected_total += expected
        start = end + dt.timedelta(days=1)
    return Adherence(cadence, low, high, done_total, expected_total, len(days), tuple(periods))


def day_marks(checkoffs: Iterable[dt.date], first: dt.date, last: dt.date, *,
              since: dt.date | None = None, today: dt.date | None = None) -> tuple[DayMark, ...]:
    """One mark per day from `first` to `last`, for a small row of done/not-done days."""
    done = set(checkoffs)
    today = last if today is None else today
    marks = []
    day = first
    while day <= last:
        counted = (since is None or day >= since) and day <= today
        marks.append(DayMark(day, day in done, counted))
        day += dt.timedelta(days=1)
    return tuple(marks)


def commitment_start(commitment: Commitment, tz: dt.tzinfo | None = None) -> dt.date:
    """The day a commitment started: when it was written, or its earliest check-off if earlier
    (a practice logged after the fact)."""
    created = commitment.created.astimezone(tz).date()
    if commitment.checkoffs:
        return min(created, commitment.checkoffs[0])
    return created


def recent(commitment: Commitment, today: dt.date, *, days: int = DEFAULT_DAYS,
           tz: dt.tzinfo | None = None, week_start: int = 0) -> tuple[Adherence, tuple[DayMark, ...]]:
    """Adherence and day marks for the `days` days ending `today` (default: the last four weeks)."""
    if days < 1:
        raise UsageError("days must be at least 1.")
    first = today - dt.timedelta(days=days - 1)
    since = commitment_start(commitment, tz)
    result = adherence(commitment.checkoffs, commitment.cadence, first, today, since=since, today=today,
                       week_start=week_start)
    return result, day_marks(commitment.checkoffs, first, today, since=since, today=today)


def toggle_checkoff(commitment: Commitment, day: dt.date, done: bool) -> tuple[dt.date, ...]:
    """The commitment's check-offs with `day` added (done) or removed; sorted, each day once."""
    days = set(commitment.checkoffs)
    if done:
        days.add(day)
    else:
        days.discard(day)
    return tuple(sorted(days))


# --- calendar arithmetic -----------------------------------------------------------------------------

def _week_start_of(day: dt.date, week_start: int) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() - week_start) % 7)


def _period_start(day: dt.date, cadence: Cadence, week_start: int, fortnight_anchor: dt.date) -> dt.date:
    if cadence is Cadence.DAILY:
        return day
    if cadence in (Cadence.WEEKLY, Cadence.SEVERAL_PER_WEEK):
        return _week_start_of(day, week_start)
    if cadence is Cadence.FORTNIGHTLY:
        offset = (day - fortnight_anchor).days % 14
        return day - dt.timedelta(days=offset)
    return day.replace(day=1)  # monthly


def _period_end(start: dt.date, cadence: Cadence) -> dt.date:
    if cadence is Cadence.DAILY:
        return start
    if cadence in (Cadence.WEEKLY, Cadence.SEVERAL_PER_WEEK):
        return start + dt.timedelta(days=6)
    if cadence is Cadence.FORTNIGHTLY:
        return start + dt.timedelta(days=13)
    next_month = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return next_month - dt.timedelta(days=1)
