"""Where a day, a moment or a date range falls on a chart's time axis, in milliseconds."""

from __future__ import annotations

import datetime as dt

from integration_journal.core.trends import DateRange


def day_ms(day: dt.date) -> float:
    """Local noon of a calendar day (a check-in's day has no time of its own), as the axis counts time."""
    return dt.datetime(day.year, day.month, day.day, 12).timestamp() * 1000.0


def moment_ms(moment: dt.datetime) -> float:
    return moment.timestamp() * 1000.0


def range_ms(date_range: DateRange) -> tuple[float, float]:
    start, end = date_range.start, date_range.end
    return (dt.datetime(start.year, start.month, start.day).timestamp() * 1000.0,
            dt.datetime(end.year, end.month, end.day, 23, 59, 59).timestamp() * 1000.0)
