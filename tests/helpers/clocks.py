"""Clocks for tests: the journal, the workspace and the app take a clock (the main window's idle lock one of
its own), so no test reads the real one."""

from __future__ import annotations

import datetime as dt

UTC = dt.timezone.utc

# The suite's "now" unless a test sets another: a weekday in the middle of a month, mid-morning UTC,
# so that a day either side stays in the same month and year in every zone from -12 to +14.
FROZEN_NOW = dt.datetime(2026, 3, 18, 10, 30, tzinfo=UTC)


class FrozenClock:
    """A clock that stands still until the test moves it: `clock()` is "now" (an aware datetime)."""

    def __init__(self, now: dt.datetime = FROZEN_NOW) -> None:
        if now.utcoffset() is None:
            raise ValueError("a frozen clock needs a time zone")
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, delta: dt.timedelta) -> dt.datetime:
        self.now += delta
        return self.now

    def set(self, now: dt.datetime) -> None:
        if now.utcoffset() is None:
            raise ValueError("a frozen clock needs a time zone")
        self.now = now


class TickingClock(FrozenClock):
    """A clock that moves on by `step` each time it is read (for ordering by creation time)."""

    def __init__(self, now: dt.datetime = FROZEN_NOW, step: dt.timedelta = dt.timedelta(seconds=1)) -> None:
        super().__init__(now)
        self.step = step

    def __call__(self) -> dt.datetime:
        self.now += self.step
        return self.now


class IdleClock:
    """Monotonic seconds (a float, as time.monotonic) that move only when the test says so: the main
    window's idle-lock clock (`idle_clock=`)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

