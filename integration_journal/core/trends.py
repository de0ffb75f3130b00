"""Trend series for a date range: daily check-ins with a 7-day average, questionnaire totals with their
bands and progress, and treatment-session markers (the data behind the Trends page; no Qt here).

Everything is built in one pass over the journal's per-kind lists: no per-point journal calls, so two
years of daily check-ins and weekly questionnaires take a few milliseconds.

Dates: a check-in's `date` is already a local calendar day and is used as it is. Questionnaires and
sessions are instants; they fall on the calendar day of `tz` (None: the computer's zone).
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from integration_journal.core.measures import (
    INSTRUMENT_IDS,
    Band,
    MeasureError,
    Progress,
    canonical_id,
    get_measure,
    progress,
    score,
)
from integration_journal.core.records import CheckIn, QuestionnaireResponse, Route, TreatmentSession

AVERAGE_DAYS = 7
DAY = dt.timedelta(days=1)


class CheckinField(StrEnum):
    """The check-in values a trend can show (CheckIn attribute names; docs/clinical.md §3.7)."""

    MOOD = "mood"
    ANXIETY = "anxiety"
    PAIN = "pain"
    SLEEP_HOURS = "sleep_hours"
    SLEEP_QUALITY = "sleep_quality"


# The scale of each value: the 0-10 items, and hours of sleep.
FIELD_RANGE: Mapping[CheckinField, tuple[float, float]] = {
    CheckinField.MOOD: (0, 10), CheckinField.ANXIETY: (0, 10), CheckinField.PAIN: (0, 10),
    CheckinField.SLEEP_HOURS: (0, 24), CheckinField.SLEEP_QUALITY: (0, 10),
}


class RangePreset(StrEnum):
    DAYS_30 = "30d"
    DAYS_90 = "90d"
    YEAR = "1y"
    ALL = "all"


PRESET_DAYS: Mapping[RangePreset, int] = {RangePreset.DAYS_30: 30, RangePreset.DAYS_90: 90, RangePreset.YEAR: 365}


@dataclass(frozen=True, slots=True)
class DateRange:
    """Calendar days from `start` to `end`, both included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError("a date range must not end before it starts")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def preset_range(preset: RangePreset | str, today: dt.date, earliest: dt.date | None = None) -> DateRange:
    """The last 30/90/365 days up to `today`, or (ALL) from the earliest data (today if there is none)."""
    preset = RangePreset(preset)
    if preset is RangePreset.ALL:
        return DateRange(min(earliest, today) if earliest is not None else today, today)
    return DateRange(today - (PRESET_DAYS[preset] - 1) * DAY, today)


class DailyPoint(NamedTuple):  # a tuple: two years of five values make thousands of these
    day: dt.date
    value: float


@dataclass(frozen=True, slots=True)
class CheckinSeries:
    field: CheckinField
    raw: tuple[DailyPoint, ...]  # one point per day with a value, oldest first
    average: tuple[DailyPoint, ...]  # the trailing 7-day mean on each of those days


@dataclass(frozen=True, slots=True)
class QuestionnairePoint:
    record_id: bytes
    taken_at: dt.datetime
    day: dt.date  # local calendar day of taken_at
    total: int | float
    band: str | None


@dataclass(frozen=True, slots=True)
class QuestionnaireSeries:
    instrument: str  # canonical id
    short_title: str
    range: tuple[int, int]
    bands: tuple[Band, ...]  # empty when the instrument has no validated bands (PEG, PHQ-2, GAD-2)
    bands_note: str | None
    points: tuple[QuestionnairePoint, ...]  # complete responses in the range, oldest first
    incomplete: int  # responses in the range with a skipped item: stored, never charted (docs/clinical.md §3.2)
    progress: Progress  # over every response up to the range's end: the baseline stays the real one


@dataclass(frozen=True, slots=True)
class SessionMarker:
    session_id: bytes
    when: dt.datetime
    day: dt.date
    route: Route


@dataclass(frozen=True, slots=True)
class Trends:
    range: DateRange
    checkins: Mapping[CheckinField, CheckinSeries]
    checkin_days: tuple[dt.date, ...]  # every day in the range with a check-in
    questionnaires: tuple[QuestionnaireSeries, ...]  # instruments with any response, INSTRUMENT_IDS order
    sessions: tuple[SessionMarker, ...]

    @property
    def is_empty(self) -> bool:
        return not self.checkin_days and not any(q.points for q in self.questionnaires) and not self.sessions

    def questionnaire(self, instrument: str) -> QuestionnaireSeries | None:
        return next((q for q in self.questionnaires if q.instrument == instrument), None)


# --- check-ins --------------------------------------------------------------------------------------------

def daily_checkins(checkins: Iterable[CheckIn]) -> dict[dt.date, CheckIn]:
    """One check-in per day; if an import ever brought two for a day, the one edited last counts."""
    by_day: dict[dt.date, CheckIn] = {}
    for checkin in checkins:
        found = by_day.get(checkin.date)
        if found is None or (checkin.updated, checkin.id) > (found.updated, found.id):
            by_day[checkin.date] = checkin
    return by_day


def trailing_average(points: Iterable[DailyPoint], window_days: int = AVERAGE_DAYS,
                     since: dt.date | None = None) -> tuple[DailyPoint, ...]:
    """For each point (oldest first), the mean of the values in the `window_days` calendar days ending on
    its day. Missing days are left out of the mean rather than counted as zero; a day with no value gets
    no average point. Points before `since` count towards later means but get no point of their own."""
    window: deque[DailyPoint] = deque()
    total = 0.0
    averaged: list[DailyPoint] = []
    for point in points:
        window.append(point)
        total += point.value
        oldest = point.day - (window_days - 1) * DAY
        while window[0].day < oldest:
            total -= window.popleft().value
        if since is None or point.day >= since:
            averaged.append(DailyPoint(point.day, round(total / len(window), 2)))
    return tuple(averaged)


def checkin_series(by_day: Mapping[dt.date, CheckIn], date_range: DateRange) -> dict[CheckinField, CheckinSeries]:
    """Raw points inside the range and their 7-day average, which also looks at the 6 days before it."""
    lead_in = date_range.start - (AVERAGE_DAYS - 1) * DAY
    days = sorted(day for day in by_day if lead_in <= day <= date_range.end)
    series: dict[CheckinField, CheckinSeries] = {}
    for field in CheckinField:
        values = [DailyPoint(day, float(value)) for day in days
                  if (value := getattr(by_day[day], field.value)) is not None]
        raw = tuple(point for point in values if point.day >= date_range.start)
        series[field] = CheckinSeries(field, raw, trailing_average(values, since=date_range.start))
    return series


# --- questionnaires ---------------------------------------------------------------------------------------

def _local_day(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    return moment.astimezone(tz).date()


def questionnaire_series(responses: Iterable[QuestionnaireResponse], date_range: DateRange,
                         tz: dt.tzinfo | None = None) -> tuple[QuestionnaireSeries, ...]:
    grouped: dict[str, list[QuestionnaireResponse]] = {}
    for response in responses:
        try:
            grouped.setdefault(canonical_id(response.instrument), []).append(response)
        except MeasureError:
            continue  # an instrument this version does not know (e.g. from a newer app): not charted
    found: list[QuestionnaireSeries] = []
    for instrument in INSTRUMENT_IDS:
        mine = grouped.get(instrument)
        if not mine:
            continue
        measure = get_measure(instrument)
        mine.sort(key=lambda r: (r.taken_at, r.created))
        points: list[QuestionnairePoint] = []
        incomplete = 0
        upto: list[QuestionnaireResponse] = []
        for response in mine:
            day = _local_day(response.taken_at, tz)
            if day > date_range.end:
                break
            upto.append(response)
            if day < date_range.start:
                continue
            try:
                result = score(instrument, response.answers)
            except MeasureError:
                continue
            if result.total is None:
                incomplete += 1
                continue
            points.append(QuestionnairePoint(response.id, response.taken_at, day, result.total, result.band))
        found.append(QuestionnaireSeries(
            instrument=instrument, short_title=measure.short_title, range=measure.range, bands=measure.bands,
            bands_note=measure.bands_note, points=tuple(points), incomplete=incomplete,
            progress=progress(instrument, upto)))
    return tuple(found)


# --- sessions -------------------------------------------------------------------------------------------

def session_markers(sessions: Iterable[TreatmentSession], date_range: DateRange,
                    tz: dt.tzinfo | None = None) -> tuple[SessionMarker, ...]:
    markers = [SessionMarker(s.id, s.when, day, s.route) for s in sessions
               if (day := _local_day(s.when, tz)) in date_range]
    markers.sort(key=lambda m: (m.when, m.session_id))
    return tuple(markers)


# --- all of it ------------------------------------------------------------------------------------------

def earliest_day(journal: Any, tz: dt.tzinfo | None = None) -> dt.date | None:
    """The first day with a check-in, questionnaire or session (for the "all" range)."""
    days = [c.date for c in journal.list(kind=CheckIn)]
    days += [_local_day(r.taken_at, tz) for r in journal.list(kind=QuestionnaireResponse)]
    days += [_local_day(s.when, tz) for s in journal.list(kind=TreatmentSession)]
    return min(days, default=None)


def build_trends(journal: Any, date_range: DateRange, tz: dt.tzinfo | None = None) -> Trends:
    """Every series for `date_range` from a core.journal.Journal (anything with `list(kind=...)`)."""
    by_day = daily_checkins(journal.list(kind=CheckIn))
    checkins = checkin_series(by_day, date_range)
    return Trends(
        range=date_range,
        checkins=checkins,
        checkin_days=tuple(sorted(day for day in by_day if day in date_range)),
        questionnaires=questionnaire_series(journal.list(kind=QuestionnaireResponse), date_range, tz),
        sessions=session_markers(journal.list(kind=TreatmentSession), date_range, tz),
    )
