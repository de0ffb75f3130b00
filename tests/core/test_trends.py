"""core.trends: check-in series and their 7-day average (gaps, missing values, range edges, time zones),
questionnaire totals with bands and progress, session markers, and presets."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.sample_data import generate
from integration_journal.core.store import MemoryStore
from integration_journal.core.trends import (
    CheckinField,
    DailyPoint,
    DateRange,
    RangePreset,
    build_trends,
    checkin_series,
    daily_checkins,
    earliest_day,
    preset_range,
    questionnaire_series,
    session_markers,
    trailing_average,
)
from tests.helpers.records import minute_clock

UTC = dt.timezone.utc
D = dt.timedelta(days=1)
DAY0 = dt.date(2024, 3, 1)


def day(n: int) -> dt.date:
    return DAY0 + n * D


def points(*pairs: tuple[int, float]) -> list[DailyPoint]:
    return [DailyPoint(day(n), v) for n, v in pairs]


@pytest.fixture
def journal() -> Journal:
    return Journal.open(MemoryStore(), clock=minute_clock())


# --- the 7-day average ---------------------------------------------------------------------------------

def test_average_of_consecutive_days_is_the_mean_of_the_last_seven() -> None:
    avg = trailing_average(points(*((n, float(n)) for n in range(10))))
    assert [p.value for p in avg] == [0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0]
    assert [p.day for p in avg] == [day(n) for n in range(10)]


def test_gaps_are_left_out_not_counted_as_zero() -> None:
    avg = trailing_average(points((0, 4), (3, 8), (6, 6)))
    assert [p.value for p in avg] == [4.0, 6.0, 6.0]
    # Day 7's window is days 1-7: day 0 has dropped out.
    avg = trailing_average(points((0, 4), (3, 8), (7, 2)))
    assert avg[-1] == DailyPoint(day(7), 5.0)


def test_after_a_long_gap_the_average_starts_again() -> None:
    avg = trailing_average(points((0, 9), (1, 9), (20, 1)))
    assert avg[-1] == DailyPoint(day(20), 1.0)


def test_the_window_is_seven_calendar_days_including_today() -> None:
    avg = trailing_average(points((0, 10), (6, 0)))
    assert avg[-1].value == 5.0  # day 0 is still inside days 0-6
    avg = trailing_average(points((0, 10), (7, 0)))
    assert avg[-1].value == 0.0


def test_points_before_since_count_but_get_no_point() -> None:
    avg = trailing_average(points((0, 2), (1, 4), (2, 6)), since=day(2))
    assert avg == (DailyPoint(day(2), 4.0),)


def test_missing_values_are_skipped_per_field() -> None:
    checkins = [r.CheckIn(date=day(0), mood=5, anxiety=5, pain=None),
                r.CheckIn(date=day(1), mood=7, anxiety=3, pain=6, sleep_hours=7.5)]
    series = checkin_series(daily_checkins(checkins), DateRange(day(0), day(1)))
    assert [p.value for p in series[CheckinField.PAIN].raw] == [6.0]
    assert [p.value for p in series[CheckinField.PAIN].average] == [6.0]
    assert [p.value for p in series[CheckinField.MOOD].average] == [5.0, 6.0]
    assert [p.value for p in series[CheckinField.SLEEP_HOURS].raw] == [7.5]
    assert series[CheckinField.SLEEP_QUALITY].raw == ()


def test_range_boundaries_include_both_ends_and_the_average_looks_back() -> None:
    by_day = daily_checkins(r.CheckIn(date=day(n), mood=n % 11, anxiety=0) for n in range(20))
    series = checkin_series(by_day, DateRange(day(10), day(12)))[CheckinField.MOOD]
    assert [p.day for p in series.raw] == [day(10), day(11), day(12)]
    assert [p.value for p in series.raw] == [10.0, 0.0, 1.0]
    # Day 10's mean covers days 4-10 (4..10), though days 4-9 are outside the range.
    assert series.average[0] == DailyPoint(day(10), 7.0)
    assert len(series.average) == len(series.raw)


def test_two_check_ins_for_one_day_the_later_edit_counts() -> None:
    first = r.CheckIn(date=day(0), mood=1, anxiety=1, created=dt.datetime(2024, 3, 1, 8, tzinfo=UTC))
    second = r.CheckIn(date=day(0), mood=9, anxiety=1, created=dt.datetime(2024, 3, 1, 20, tzinfo=UTC))
    assert daily_checkins([second, first])[day(0)].mood == 9


def test_a_check_in_date_is_a_local_day_whatever_the_zone(journal) -> None:
    # Created just before midnight UTC for 2 March in Tokyo: the check-in still belongs to 2 March.
    journal.add(r.CheckIn(date=day(1), mood=4, anxiety=4, created=dt.datetime(2024, 3, 1, 23, 30, tzinfo=UTC)),
                keep_timestamps=True)
    tokyo = dt.timezone(dt.timedelta(hours=9))
    honolulu = dt.timezone(dt.timedelta(hours=-10))
    for tz in (tokyo, honolulu, UTC):
        trends = build_trends(journal, DateRange(day(1), day(1)), tz)
        assert trends.checkin_days == (day(1),)


# --- questionnaires ---------------------------------------------------------------------------------------

def phq9(total_items: list[int | None], when: dt.datetime, baseline: bool = False) -> r.QuestionnaireResponse:
    return r.QuestionnaireResponse(instrument="phq9", answers=total_items, taken_at=when, baseline=baseline)


def at(n: int, hour: int = 12, tz: dt.tzinfo = UTC) -> dt.datetime:
    return dt.datetime.combine(day(n), dt.time(hour), tz)


def test_questionnaire_points_bands_and_progress() -> None:
    responses = [
        phq9([2] * 9, at(0)),  # 18: moderately severe, baseline
        phq9([1, 1, 1, 1, 1, 1, 1, 1, None], at(7)),  # incomplete: never charted
        phq9([1] * 8 + [0], at(14)),  # 8: mild
        phq9([0] * 9, at(40)),  # outside the range below
        r.QuestionnaireResponse(instrument="gad7", answers=[3] * 7, taken_at=at(3)),
        r.QuestionnaireResponse(instrument="peg3", answers=[6, 5, 4], taken_at=at(3)),  # an alias
        r.QuestionnaireResponse(instrument="future_scale", answers=[1], taken_at=at(3)),  # unknown: left out
    ]
    series = questionnaire_series(responses, DateRange(day(0), day(20)), UTC)
    assert [q.instrument for q in series] == ["phq9", "gad7", "peg"]
    phq = series[0]
    assert [(p.day, p.total, p.band) for p in phq.points] == [(day(0), 18, "Moderately severe"), (day(14), 8, "Mild")]
    assert phq.incomplete == 1
    assert [b.label for b in phq.bands] == ["Minimal or none", "Mild", "Moderate", "Moderately severe", "Severe"]
    assert phq.range == (0, 27)
    # Progress runs over everything up to the range's end: day 40 is not "latest" yet.
    assert phq.progress.baseline.total == 18 and phq.progress.latest.total == 8
    assert phq.progress.change_points == -10 and phq.progress.response.met and not phq.progress.remission.met
    gad = series[1]
    assert gad.points[0].band == "Severe" and gad.progress.latest.total == 21
    peg = series[2]
    assert peg.bands == () and peg.bands_note and peg.points[0].total == 5.0


def test_progress_keeps_the_real_baseline_when_the_range_starts_later() -> None:
    responses = [phq9([2] * 9, at(0)), phq9([1] * 9, at(30)), phq9([0] * 9, at(60))]
    [phq] = questionnaire_series(responses, DateRange(day(50), day(70)), UTC)
    assert [p.total for p in phq.points] == [0]
    assert phq.progress.baseline.total == 18 and phq.progress.latest.total == 0
    assert phq.progress.remission.met and not phq.progress.remission.by_analogy


def test_gad7_remission_is_labelled_by_analogy() -> None:
    responses = [r.QuestionnaireResponse(instrument="gad7", answers=[2] * 7, taken_at=at(0)),
                 r.QuestionnaireResponse(instrument="gad7", answers=[0] * 7, taken_at=at(7))]
    [gad] = questionnaire_series(responses, DateRange(day(0), day(7)), UTC)
    assert gad.progress.remission.by_analogy and "by analogy" in gad.progress.remission.label
    assert gad.progress.response.by_analogy


def test_questionnaires_fall_on_the_local_day_of_the_zone() -> None:
    # 23:30 UTC on day 0 is day 1 in Tokyo.
    response = phq9([0] * 9, dt.datetime.combine(day(0), dt.time(23, 30), UTC))
    tokyo = dt.timezone(dt.timedelta(hours=9))
    [utc_series] = questionnaire_series([response], DateRange(day(0), day(0)), UTC)
    [tokyo_series] = questionnaire_series([response], DateRange(day(0), day(0)), tokyo)
    assert len(utc_series.points) == 1 and tokyo_series.points == ()
    [tokyo_next] = questionnaire_series([response], DateRange(day(1), day(1)), tokyo)
    assert tokyo_next.points[0].day == day(1)


# --- sessions and presets -------------------------------------------------------------------------------

def test_session_markers_in_range_oldest_first() -> None:
    sessions = [r.TreatmentSession(when=at(n), route=route, setting=r.Setting.CLINIC)
                for n, route in ((9, r.Route.IV), (2, r.Route.NASAL), (30, r.Route.IV))]
    markers = session_markers(sessions, DateRange(day(0), day(10)), UTC)
    assert [(m.day, m.route) for m in markers] == [(day(2), r.Route.NASAL), (day(9), r.Route.IV)]


def test_presets() -> None:
    today = dt.date(2024, 12, 31)
    assert preset_range(RangePreset.DAYS_30, today) == DateRange(dt.date(2024, 12, 2), today)
    assert preset_range("90d", today).days == 90
    assert preset_range(RangePreset.YEAR, today).days == 365
    assert preset_range(RangePreset.ALL, today, dt.date(2023, 1, 5)) == DateRange(dt.date(2023, 1, 5), today)
    assert preset_range(RangePreset.ALL, today, None) == DateRange(today, today)
    with pytest.raises(ValueError):
        DateRange(today, today - D)


def test_an_empty_journal_gives_empty_trends(journal) -> None:
    trends = build_trends(journal, DateRange(day(0), day(30)))
    assert trends.is_empty and trends.questionnaires == () and trends.checkin_days == ()
    assert earliest_day(journal) is None


def test_two_years_of_sample_data(journal) -> None:
    end = dt.date(2026, 6, 30)
    journal.add_many(rec for rec in generate(entries=20, days=730, end=end, tz=UTC))
    whole = preset_range(RangePreset.ALL, end, earliest_day(journal, UTC))
    assert whole.days == 730
    trends = build_trends(journal, whole, UTC)
    assert len(trends.checkin_days) == 730
    assert len(trends.checkins[CheckinField.MOOD].raw) == len(trends.checkins[CheckinField.MOOD].average) == 730
    assert [q.instrument for q in trends.questionnaires] == ["phq9", "gad7"]
    assert len(trends.questionnaire("phq9").points) == 105  # every 7th day of 730
    assert len(trends.sessions) == len(journal.list(kind=r.TreatmentSession))
    last30 = build_trends(journal, preset_range(RangePreset.DAYS_30, end), UTC)
    assert len(last30.checkin_days) == 30 and len(last30.questionnaire("phq9").points) in (4, 5)


# --- property: the sliding window equals a brute-force mean ------------------------------------------------

@given(st.dictionaries(st.integers(0, 60), st.integers(0, 10), max_size=40), st.integers(0, 60))
def test_trailing_average_matches_a_brute_force_mean(values: dict[int, int], since: int) -> None:
    series = points(*sorted(values.items()))
    averaged = trailing_average(series, since=day(since))
    expected = []
    for n in sorted(values):
        if n < since:
            continue
        window = [v for m, v in values.items() if n - 6 <= m <= n]
        expected.append(DailyPoint(day(n), round(sum(window) / len(window), 2)))
    assert [p.day for p in averaged] == [p.day for p in expected]
    # Both are rounded to 2 places; the running sum may land a rounding step away on a tie.
    assert all(abs(a.value - e.value) <= 0.01 + 1e-9 for a, e in zip(averaged, expected))
