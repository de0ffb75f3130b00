"""Calendar days in every zone people live in: the journal's today and its date filters from UTC-12 to
UTC+14, across a spring-forward and a fall-back change, each zone set explicitly (the suite's own is
pinned to UTC in tests/conftest.py)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.store import MemoryStore
from tests.helpers.clocks import FrozenClock

# From the last zone to see a day to the first, with half- and quarter-hour offsets between.
ZONES = ["Etc/GMT+12", "Pacific/Pago_Pago", "America/Adak", "America/St_Johns", "UTC", "Asia/Kolkata",
         "Asia/Kathmandu", "Pacific/Chatham", "Pacific/Kiritimati"]


def journal_at(local: dt.datetime) -> tuple[Journal, FrozenClock]:
    clock = FrozenClock(local)
    return Journal.open(MemoryStore(), clock, tz=local.tzinfo), clock


@pytest.mark.parametrize("zone", ZONES)
def test_today_turns_at_local_midnight(zone) -> None:
    tz = ZoneInfo(zone)
    journal, clock = journal_at(dt.datetime(2026, 12, 31, 23, 59, tzinfo=tz))
    assert journal.today() == dt.date(2026, 12, 31)
    clock.advance(dt.timedelta(minutes=2))
    assert journal.today() == dt.date(2027, 1, 1)


@pytest.mark.parametrize("zone", ZONES)
def test_a_date_filter_keeps_the_local_days_either_side_of_midnight(zone) -> None:
    tz = ZoneInfo(zone)
    journal, _clock = journal_at(dt.datetime(2027, 1, 2, 12, 0, tzinfo=tz))
    late = journal.add(r.Entry(title="Late", created=dt.datetime(2026, 12, 31, 23, 45, tzinfo=tz)), keep_timestamps=True)
    early = journal.add(r.Entry(title="Early", created=dt.datetime(2027, 1, 1, 0, 15, tzinfo=tz)), keep_timestamps=True)
    assert [e.id for e in journal.list(r.Entry, date_from=dt.date(2027, 1, 1), date_to=dt.date(2027, 1, 1))] == [early.id]
    assert [e.id for e in journal.list(r.Entry, date_to=dt.date(2026, 12, 31))] == [late.id]


@pytest.mark.parametrize(("zone", "before", "after", "day"), [
    # Spring forward: 02:00-03:00 does not exist.
    ("Europe/Berlin", dt.datetime(2027, 3, 28, 0, 55), dt.timedelta(hours=2), dt.date(2027, 3, 28)),
    # Fall back: 01:00-02:00 comes twice.
    ("America/New_York", dt.datetime(2026, 11, 1, 0, 30), dt.timedelta(hours=2), dt.date(2026, 11, 1)),
    # A zone that skipped a whole day (Samoa, 29 to 31 December 2011).
    ("Pacific/Apia", dt.datetime(2011, 12, 29, 23, 30), dt.timedelta(hours=1), dt.date(2011, 12, 31)),
])
def test_a_clock_change_keeps_the_day(zone, before, after, day) -> None:
    tz = ZoneInfo(zone)
    start = before.replace(tzinfo=tz)
    journal, clock = journal_at(start)
    assert journal.today() == start.date()
    clock.set((start.astimezone(dt.timezone.utc) + after).astimezone(tz))
    assert journal.today() == day
    entry = journal.add(r.Entry(title="Across the change"))
    assert [e.id for e in journal.list(r.Entry, date_from=day, date_to=day)] == [entry.id]
