"""core.reminder_times: the reminder helper's schedule holds when prompt windows open and questionnaires
fall due, later than now, and nothing else; decisions (done, dismissed, snoozed) move or drop times."""

from __future__ import annotations

import datetime as dt

import pytest

from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.measure_reminders import MeasureReminders, upcoming_due_times
from integration_journal.core.records import Phase, Route, Setting, TreatmentSession
from integration_journal.core.reminder_times import reminder_times
from integration_journal.core.schedule import Schedule, item_key, upcoming_windows
from integration_journal.core.settings import SettingsService
from integration_journal.core.store import MemoryStore
from tests.helpers.clocks import FrozenClock

UTC = dt.timezone.utc
H = dt.timedelta(hours=1)
D = dt.timedelta(days=1)
NOW = dt.datetime(2024, 3, 4, 11, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(NOW)


@pytest.fixture
def journal(clock) -> Journal:
    journal = Journal.open(MemoryStore(), clock=clock, tz=UTC)
    journal.add(r.Profile(role=r.Role.PATIENT, display_name="Sam"))
    # No questionnaire reminders unless a test asks: these tests look at prompts first.
    SettingsService(journal).update(measure_reminders={"phq9": 0, "gad7": 0, "peg": 0})
    return journal


def log_session(journal: Journal, when: dt.datetime, route: Route = Route.IV) -> TreatmentSession:
    return journal.add(TreatmentSession(when=when, route=route, setting=Setting.CLINIC, created=NOW - 7 * D))


def test_a_session_an_hour_ago_gives_the_opening_of_each_later_window(journal) -> None:
    when = NOW - H
    log_session(journal, when)
    times = reminder_times(journal)
    assert times[:6] == [when + 2 * H, when + 18 * H, when + 60 * H, when + 6 * D, when + 14 * D, when + 21 * D]
    assert all(t > NOW for t in times)
    assert len(times) == 12 or times[-1] <= NOW + 45 * D


def test_a_window_already_open_is_not_announced_again(journal) -> None:
    when = NOW - 3 * H  # the same-day window opened an hour ago: the app shows it already
    log_session(journal, when)
    assert reminder_times(journal)[0] == when + 18 * H


def test_a_lozenge_session_opens_later(journal) -> None:
    when = NOW - H
    log_session(journal, when, Route.LOZENGE)
    assert reminder_times(journal)[0] == when + 3 * H


def test_a_planned_session_gives_its_preparation_and_its_own_windows(journal) -> None:
    first = NOW - 10 * D
    planned = NOW + 5 * D + 3 * H
    log_session(journal, first)
    log_session(journal, planned)
    times = reminder_times(journal)
    assert planned - 3 * D in times  # preparation
    assert planned + 2 * H in times  # its evening
    # The first session's windows stop when the planned one starts: its first ongoing week opens before
    # that, the second would open after it.
    assert first + 14 * D in times and first + 21 * D not in times


def test_dismissed_windows_are_left_out_and_snoozes_come_back_when_they_end(journal, clock) -> None:
    session = log_session(journal, NOW - 3 * H)
    schedule = Schedule(journal, UTC)
    schedule.dismiss(item_key(session.id, Phase.NEXT_DAY))
    times = reminder_times(journal)
    assert session.when + 18 * H not in times
    assert times[0] == session.when + 60 * H
    until = NOW + 4 * H  # while the same-day window is still open
    schedule.snooze(item_key(session.id, Phase.SAME_DAY), until)
    assert reminder_times(journal)[0] == until
    schedule.snooze(item_key(session.id, Phase.SAME_DAY), session.when + 20 * H)  # past its closing
    assert reminder_times(journal)[0] == session.when + 60 * H


def test_the_list_is_short_near_and_in_whole_minutes(journal) -> None:
    when = NOW - H + dt.timedelta(seconds=17)
    log_session(journal, when)
    times = reminder_times(journal, limit=3, horizon=30 * D)
    assert times == [t.replace(second=0) for t in (when + 2 * H, when + 18 * H, when + 60 * H)]
    assert all(t.second == 0 and t.microsecond == 0 and t.utcoffset() == dt.timedelta(0) for t in times)
    assert all(t <= NOW + 30 * D for t in reminder_times(journal, horizon=30 * D))
    assert reminder_times(journal, horizon=H) == []


def test_upcoming_windows_lists_every_ongoing_week() -> None:
    when = NOW - 20 * D
    session = TreatmentSession(when=when, route=Route.IM, setting=Setting.CLINIC, created=when)
    items = upcoming_windows([session], NOW)
    assert [i.phase for i in items][:2] == [Phase.ONGOING, Phase.ONGOING]
    assert items[0].opens_at == when + 21 * D and items[1].opens_at == when + 28 * D
    assert len(items) == 26 - 1  # weeks 2..26; week 1 opened before now


def test_nothing_to_remind_of_gives_no_times(journal) -> None:
    assert reminder_times(journal) == []


# --- questionnaires --------------------------------------------------------------------------------

def answer(journal: Journal, instrument: str, when: dt.datetime) -> None:
    count = {"phq9": 9, "gad7": 7, "peg": 3}[instrument]
    journal.add(r.QuestionnaireResponse(instrument=instrument, answers=[0] * count, taken_at=when))


def test_a_weekly_questionnaire_falls_due_at_ten_on_its_day(journal) -> None:
    SettingsService(journal).update(measure_reminders={"phq9": 7, "gad7": 0, "peg": 0})
    answer(journal, "phq9", NOW - 2 * D)
    assert reminder_times(journal) == [dt.datetime(2024, 3, 9, 10, 0, tzinfo=UTC)]


def test_a_questionnaire_due_now_is_not_a_future_time_but_its_snooze_end_is(journal, clock) -> None:
    SettingsService(journal).update(measure_reminders={"phq9": 7, "gad7": 0, "peg": 0})
    assert reminder_times(journal) == []  # never answered: due now, already on Today
    reminders = MeasureReminders(journal, UTC)
    until = NOW + 5 * H
    reminders.snooze("phq9", until)
    assert reminder_times(journal) == [until]


def test_a_dismissed_questionnaire_comes_back_one_interval_after_the_dismissal(journal) -> None:
    SettingsService(journal).update(measure_reminders={"phq9": 0, "gad7": 14, "peg": 0})
    MeasureReminders(journal, UTC).dismiss("gad7")
    assert reminder_times(journal) == [dt.datetime(2024, 3, 18, 10, 0, tzinfo=UTC)]


def test_questionnaire_days_follow_the_journal_zone() -> None:
    zone = dt.timezone(dt.timedelta(hours=-5))
    response = r.QuestionnaireResponse(instrument="phq9", answers=[0] * 9, taken_at=NOW - 2 * D)
    times = upcoming_due_times({"phq9": 7}, [response], {}, NOW, zone)
    assert times == [dt.datetime(2024, 3, 9, 10, 0, tzinfo=zone)]
