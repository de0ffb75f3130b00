"""The reminder helper's schedule: only the times at which something falls due, nothing about what.

While the journal is unlocked the app works out when the next guided-prompt windows open
(core.schedule) and when questionnaires fall due (core.measure_reminders), and hands these times to
storage.reminder_file, which keeps them outside the vault for the reminder helper that holds no key
(docs/design.md "Reminders when the window is closed", SECURITY.md). Kinds, ids, titles and sessions
are left out on purpose: "a reflection is ready" is all the helper can say, so it is all it is told.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from integration_journal.core.measure_reminders import measure_due_times
from integration_journal.core.schedule import DueStatus, Schedule, upcoming_windows

REMINDER_TIMES_MAX = 12  # the next this-many times; the app writes more at the next unlock
REMINDER_HORIZON = dt.timedelta(days=45)  # and none further ahead than this
UTC = dt.timezone.utc


def _minute(value: dt.datetime) -> dt.datetime:
    return value.astimezone(UTC).replace(second=0, microsecond=0)


def prompt_due_times(schedule: Schedule, now: dt.datetime) -> list[dt.datetime]:
    """When a guided-prompt window next becomes due: windows that open later (unless already done or
    dismissed), and open windows snoozed until a time before they close."""
    states = schedule.states()
    sessions = schedule.sessions()
    times: list[dt.datetime] = []
    for item in upcoming_windows(sessions, now):
        state = states.get(item.key)
        if state is not None and state.status in (DueStatus.DONE, DueStatus.DISMISSED):
            continue
        times.append(item.opens_at)
    for item in schedule.open_items(now):
        state = item.state
        if state is not None and state.status is DueStatus.SNOOZED and state.until is not None \
                and now < state.until < item.closes_at:
            times.append(state.until)
    return times


def reminder_times(journal: Any, now: dt.datetime | None = None, tz: dt.tzinfo | None = None, *,
                   limit: int = REMINDER_TIMES_MAX, horizon: dt.timedelta = REMINDER_HORIZON) -> list[dt.datetime]:
    """The next `limit` moments (UTC, whole minutes, each once, soonest first, within `horizon`) at which
    a guided prompt or a questionnaire falls due in this journal (a core.journal.Journal)."""
    now = now or journal.now()
    times = prompt_due_times(Schedule(journal, tz), now) + measure_due_times(journal, now, tz)
    end = now + horizon
    kept = sorted({_minute(t) for t in times if now < t <= end})
    return kept[:limit]
