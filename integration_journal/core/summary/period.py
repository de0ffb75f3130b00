"""The summary's default period: since the last appointment (the day of the last export), else the last 30 days."""

from __future__ import annotations

import datetime as dt

EXPORT_EVENT = "summary_exported"
DEFAULT_DAYS = 30


def last_appointment(journal, today: dt.date, tz: dt.tzinfo | None = None) -> dt.date | None:
    """The day of the most recent summary export before `today` (our stand-in for the last appointment)."""
    days = [event.created.astimezone(tz).date() for event in journal.list(kind="audit")
            if event.event == EXPORT_EVENT]
    earlier = [day for day in days if day < today]
    return max(earlier) if earlier else None


def default_range(journal, today: dt.date, tz: dt.tzinfo | None = None) -> tuple[dt.date, dt.date]:
    """Since the last appointment (see `last_appointment`), else the last 30 days, up to today."""
    start = last_appointment(journal, today, tz)
    return (start if start is not None else today - dt.timedelta(days=DEFAULT_DAYS - 1)), today
