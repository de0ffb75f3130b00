"""When a questionnaire is due again (docs/clinical.md §3.8): PHQ-9 and GAD-7 weekly by default, the PEG weekly
when the treatment focus includes chronic pain; intervals are configurable (Settings), 0 turns one off.

A measure is due once `interval` calendar days have passed since the local day it was last answered
(never answered: due now). "Snooze" hides it until a time; "Dismiss" skips this round, so it comes back
one interval after the dismissal. Answering it clears both. As with guided prompts (core/schedule.py),
what the person decided is kept in one encrypted `Draft` record (target_kind "measure_reminders"),
through the prompt schedule's `Decisions`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from integration_journal.core.measures import MeasureError, canonical_id, get_measure
from integration_journal.core.records import QuestionnaireResponse, TreatmentFocus
from integration_journal.core.schedule import Decisions, DueStatus, ItemState
from integration_journal.core.settings import (
    MEASURE_REMINDER_INSTRUMENTS,
    SettingsService,
    check_measure_intervals,
)

WEEKLY = 7
STATE_KIND = "measure_reminders"  # Draft.target_kind of the record holding the state
DAY = dt.timedelta(days=1)


# --- intervals --------------------------------------------------------------------------------------------

def default_intervals(focus: Iterable[TreatmentFocus | str] = ()) -> dict[str, int]:
    """PHQ-9 and GAD-7 weekly; the PEG weekly only for a chronic-pain focus (its recall is one week)."""
    pain = TreatmentFocus.CHRONIC_PAIN in {TreatmentFocus(f) for f in focus}
    return {"phq9": WEEKLY, "gad7": WEEKLY, "peg": WEEKLY if pain else 0}


def effective_intervals(chosen: Mapping[str, int], focus: Iterable[TreatmentFocus | str] = ()) -> dict[str, int]:
    """The defaults for this focus, with what the person chose on top."""
    return {**default_intervals(focus), **chosen}


def chosen_intervals(intervals: Mapping[str, int], focus: Iterable[TreatmentFocus | str] = ()) -> dict[str, int]:
    """Only the values that differ from the defaults: the rest keeps following the treatment focus."""
    defaults = default_intervals(focus)
    return {key: days for key, days in check_measure_intervals(intervals).items() if defaults[key] != days}


# --- due measures -----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class MeasureDue:
    instrument: str  # also the key of its stored state
    short_title: str
    interval_days: int
    last_taken: dt.datetime | None  # the latest response, complete or not
    due_from: dt.date  # the local day it became due (for a never-answered one: today)
    state: ItemState | None = None

    @property
    def key(self) -> str:
        return self.instrument


def _latest_responses(responses: Iterable[QuestionnaireResponse]) -> dict[str, dt.datetime]:
    latest: dict[str, dt.datetime] = {}
    for response in responses:
        try:
            instrument = canonical_id(response.instrument)
        except MeasureError:
            continue
        if instrument not in latest or response.taken_at > latest[instrument]:
            latest[instrument] = response.taken_at
    return latest


def _current(state: ItemState | None, last: dt.datetime | None) -> ItemState | None:
    """A decision made before the latest answer belongs to a finished round and no longer counts."""
    if state is None or (last is not None and state.at <= last):
        return None
    return state


def _schedule(intervals: Mapping[str, int], responses: Iterable[QuestionnaireResponse],
              states: Mapping[str, ItemState], today: dt.date, tz: dt.tzinfo | None,
              ) -> Iterator[tuple[str, int, dt.datetime | None, dt.date, ItemState | None]]:
    """(instrument, interval in days, last answered, the day it falls due, the person's current decision) of
    every questionnaire with reminders on, in MEASURE_REMINDER_INSTRUMENTS order: the rule both Today and
    the reminder helper follow (a dismissal moves the day on by one interval; a snooze is theirs to apply)."""
    latest = _latest_responses(responses)
    for instrument in MEASURE_REMINDER_INSTRUMENTS:
        interval = intervals.get(instrument, 0)
        if interval <= 0:
            continue
        last = latest.get(instrument)
        due_from = last.astimezone(tz).date() + interval * DAY if last is not None else today
        state = _current(states.get(instrument), last)
        if state is not None and state.status is DueStatus.DISMISSED:
            due_from = max(due_from, state.at.astimezone(tz).date() + interval * DAY)
        yield instrument, interval, last, due_from, state


def due_measures(intervals: Mapping[str, int], responses: Iterable[QuestionnaireResponse],
                 states: Mapping[str, ItemState], now: dt.datetime, tz: dt.tzinfo | None = None) -> list[MeasureDue]:
    """What Today offers now, in MEASURE_REMINDER_INSTRUMENTS order."""
    today = now.astimezone(tz).date()
    due: list[MeasureDue] = []
    for instrument, interval, last, due_from, state in _schedule(intervals, responses, states, today, tz):
        if state is not None and state.status is DueStatus.SNOOZED and state.until is not None and state.until > now:
            continue
        if due_from > today:
            continue
        due.append(MeasureDue(instrument, get_measure(instrument).short_title, interval, last, due_from, state))
    return due


class MeasureReminders(Decisions):
    """Due questionnaires of one journal, and the person's decisions about them (keyed by instrument id).

    `journal` is a core.journal.Journal; `tz` the zone of calendar days (None: the computer's own).
    """

    STATE_KIND = STATE_KIND

    def intervals(self) -> dict[str, int]:
        prefs = SettingsService(self.journal).load()
        return effective_intervals(prefs.measure_reminders, prefs.treatment_focus)

    def due(self, now: dt.datetime | None = None) -> list[MeasureDue]:
        now = now or self.journal.now()
        return due_measures(self.intervals(), self.journal.list(kind=QuestionnaireResponse), self.states(),
                            now, self.tz)

    def _put(self, key: str, state: ItemState | None) -> None:
        if key not in MEASURE_REMINDER_INSTRUMENTS:
            raise ValueError("not a questionnaire with reminders")
        super()._put(key, state)

    def _pruned(self, states: dict[str, ItemState]) -> dict[str, ItemState]:
        return {key: state for key, state in states.items() if key in MEASURE_REMINDER_INSTRUMENTS}


# --- when a questionnaire falls due later (the reminder helper's times, core.reminder_times) ---------------

REMINDER_HOUR = 10  # a questionnaire falls due on a calendar day; the helper says so at this local hour


def _local_time(day: dt.date, hour: int, tz: dt.tzinfo | None) -> dt.datetime:
    naive = dt.datetime.combine(day, dt.time(hour))
    return naive.astimezone() if tz is None else naive.replace(tzinfo=tz)


def upcoming_due_times(intervals: Mapping[str, int], responses: Iterable[QuestionnaireResponse],
                       states: Mapping[str, ItemState], now: dt.datetime, tz: dt.tzinfo | None = None,
                       hour: int = REMINDER_HOUR) -> list[dt.datetime]:
    """When each questionnaire not due now falls due next, by the rules of `due_measures`: `hour`
    o'clock on the day it becomes due, or the end of a snooze, whichever is later. Soonest first."""
    today = now.astimezone(tz).date()
    times: list[dt.datetime] = []
    for _instrument, _interval, _last, due_from, state in _schedule(intervals, responses, states, today, tz):
        at = _local_time(due_from, hour, tz) if due_from > today else None
        if state is not None and state.status is DueStatus.SNOOZED and state.until is not None \
                and state.until > now:
            at = state.until if at is None else max(at, state.until)
        if at is not None and at > now:
            times.append(at)
    return sorted(times)


def measure_due_times(journal: object, now: dt.datetime, tz: dt.tzinfo | None = None) -> list[dt.datetime]:
    """`upcoming_due_times` for one journal (a core.journal.Journal)."""
    reminders = MeasureReminders(journal, tz)
    return upcoming_due_times(reminders.intervals(), journal.list(kind=QuestionnaireResponse),  # type: ignore[attr-defined]
                              reminders.states(), now, tz)
