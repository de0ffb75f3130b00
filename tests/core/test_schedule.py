"""Due integration prompts from logged sessions, with a fixed clock: route-aware same-day opening, the
later windows, preparation before a planned session, and done / snoozed / dismissed kept in the vault."""

from __future__ import annotations

import datetime as dt

import pytest

from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.records import Phase, Route, Setting, TreatmentSession
from integration_journal.core.schedule import (
    STATE_KIND,
    DueStatus,
    Schedule,
    item_key,
    next_planned_session,
    open_items,
    tomorrow_morning,
)
from integration_journal.core.store import MemoryStore
from tests.helpers.clocks import FrozenClock

UTC = dt.timezone.utc
H = dt.timedelta(hours=1)
D = dt.timedelta(days=1)
SESSION_AT = dt.datetime(2024, 3, 4, 10, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(SESSION_AT - D)


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def journal(store: MemoryStore, clock: FrozenClock) -> Journal:
    return Journal.open(store, clock, tz=UTC)


def session(when: dt.datetime, route: Route = Route.IV, setting: Setting = Setting.CLINIC,
            created: dt.datetime | None = None) -> TreatmentSession:
    return TreatmentSession(when=when, route=route, setting=setting, created=created or when - 7 * D)


def phases_at(sessions: list[TreatmentSession], now: dt.datetime) -> list[str]:
    return [item.phase.value for item in open_items(sessions, now)]


# --- windows per route -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("route", "delay"), [
    (Route.IV, 2 * H), (Route.IM, 2 * H), (Route.NASAL, 2 * H), (Route.LOZENGE, 3 * H), (Route.ORAL, 3 * H),
    (Route.OTHER, 3 * H),
])
def test_same_day_opens_only_after_the_route_delay(route: Route, delay: dt.timedelta) -> None:
    sessions = [session(SESSION_AT, route)]
    assert phases_at(sessions, SESSION_AT) == []
    assert phases_at(sessions, SESSION_AT + delay - dt.timedelta(minutes=1)) == []
    assert phases_at(sessions, SESSION_AT + delay) == ["same-day"]
    item = open_items(sessions, SESSION_AT + delay)[0]
    assert item.opens_at == SESSION_AT + delay
    assert item.closes_at == SESSION_AT + 18 * H
    assert item.key == f"{sessions[0].id.hex()}:same-day"


def test_lozenge_is_not_due_two_hours_after_the_dose() -> None:
    sessions = [session(SESSION_AT, Route.LOZENGE, Setting.HOME_SUPPORTED)]
    assert phases_at(sessions, SESSION_AT + 2 * H + 30 * dt.timedelta(minutes=1)) == []
    assert phases_at(sessions, SESSION_AT + 3 * H) == ["same-day"]


@pytest.mark.parametrize(("after", "phase"), [
    (17 * H, "same-day"),
    (18 * H, "next-day"),
    (59 * H, "next-day"),
    (60 * H, "few-days"),
    (6 * D - H, "few-days"),
    (6 * D, "one-week"),
    (14 * D - H, "one-week"),
    (14 * D, "ongoing"),
    (20 * D, "ongoing"),
    (21 * D, "ongoing"),
])
def test_each_window_closes_as_the_next_opens(after: dt.timedelta, phase: str) -> None:
    assert phases_at([session(SESSION_AT)], SESSION_AT + after) == [phase]


def test_ongoing_is_weekly_with_its_own_key() -> None:
    sessions = [session(SESSION_AT)]
    first = open_items(sessions, SESSION_AT + 15 * D)[0]
    second = open_items(sessions, SESSION_AT + 22 * D)[0]
    assert (first.week, second.week) == (1, 2)
    assert first.key.endswith(":ongoing:1") and second.key.endswith(":ongoing:2")
    assert second.opens_at == first.closes_at == SESSION_AT + 21 * D
    assert phases_at(sessions, SESSION_AT + 14 * D + 26 * 7 * D) == []  # after half a year: by hand only


def test_a_later_session_closes_the_windows_of_the_earlier_one() -> None:
    first = session(SESSION_AT)
    second = session(SESSION_AT + 3 * D, Route.NASAL)  # twice weekly
    both = [first, second]
    # Thursday morning: Monday's few-days window and Thursday's preparation are open until Thursday's
    # session begins.
    thursday_morning = open_items(both, SESSION_AT + 3 * D - H)
    assert [(i.session_id, i.phase.value) for i in thursday_morning] == [
        (second.id, "preparation"), (first.id, "few-days")]
    assert {i.closes_at for i in thursday_morning} == {second.when}
    # During Thursday's session nothing is due; two hours later, Thursday's same-day.
    assert phases_at(both, SESSION_AT + 3 * D + H) == []
    assert [(i.session_id, i.phase.value) for i in open_items(both, SESSION_AT + 3 * D + 2 * H)] == [
        (second.id, "same-day")]


# --- preparation -------------------------------------------------------------------------------------------

def test_preparation_for_the_first_session_opens_when_it_is_logged() -> None:
    planned = session(SESSION_AT, created=SESSION_AT - 10 * D)
    assert phases_at([planned], SESSION_AT - 11 * D) == []
    assert phases_at([planned], SESSION_AT - 10 * D) == ["preparation"]
    assert phases_at([planned], SESSION_AT - dt.timedelta(minutes=1)) == ["preparation"]
    assert phases_at([planned], SESSION_AT) == []


def test_preparation_for_a_later_session_opens_three_days_before() -> None:
    earlier = session(SESSION_AT - 14 * D)
    planned = session(SESSION_AT, created=SESSION_AT - 13 * D)
    assert "preparation" not in phases_at([earlier, planned], SESSION_AT - 3 * D - H)
    items = open_items([earlier, planned], SESSION_AT - 3 * D)
    assert [(i.session_id, i.phase.value) for i in items] == [(earlier.id, "one-week"), (planned.id, "preparation")]


def test_preparation_never_opens_during_the_previous_sessions_day() -> None:
    monday = session(SESSION_AT)
    thursday = session(SESSION_AT + 3 * D)
    assert phases_at([monday, thursday], SESSION_AT + 3 * H) == ["same-day"]
    assert sorted(phases_at([monday, thursday], SESSION_AT + 18 * H)) == ["next-day", "preparation"]


def test_only_the_next_planned_session_gets_preparation() -> None:
    near = session(SESSION_AT + 2 * D, created=SESSION_AT)
    far = session(SESSION_AT + 20 * D, created=SESSION_AT)
    items = open_items([near, far], SESSION_AT + H)
    assert [(i.session_id, i.phase.value) for i in items] == [(near.id, "preparation")]
    assert next_planned_session([near, far], SESSION_AT + H) is near
    assert next_planned_session([near, far], SESSION_AT + 30 * D) is None


# --- state in the vault ------------------------------------------------------------------------------------

def test_done_snoozed_and_dismissed_persist_in_the_vault(journal: Journal, store: MemoryStore,
                                                         clock: FrozenClock) -> None:
    logged = journal.add(session(SESSION_AT, Route.NASAL))
    schedule = Schedule(journal, tz=UTC)
    clock.now = SESSION_AT + 2 * H
    [same_day] = schedule.due()
    assert same_day.phase is Phase.SAME_DAY and same_day.status is DueStatus.OPEN

    schedule.snooze(same_day.key, clock.now + 3 * H)
    assert schedule.due() == []
    clock.now += 3 * H
    assert [i.key for i in schedule.due()] == [same_day.key]

    entry_id = r.Entry(title="x").id
    schedule.mark_done(same_day.key, entry_id)
    assert schedule.due() == []
    clock.now = SESSION_AT + 20 * H
    [next_day] = schedule.due()
    schedule.dismiss(next_day.key)
    assert schedule.due() == []

    reopened = Schedule(Journal.open(store, clock, tz=UTC), tz=UTC)
    states = reopened.states()
    assert states[same_day.key].status is DueStatus.DONE and states[same_day.key].entry_id == entry_id
    assert states[next_day.key].status is DueStatus.DISMISSED
    assert reopened.due() == []
    clock.now = SESSION_AT + 61 * H
    assert [i.phase for i in reopened.due()] == [Phase.FEW_DAYS]
    # All of it is one encrypted record of the journal, not a file or a setting.
    drafts = [d for d in reopened.journal.list(kind=r.Draft) if d.target_kind == STATE_KIND]
    assert len(drafts) == 1 and logged.id.hex() in str(dict(drafts[0].state["items"]))


def test_reopen_undoes_a_dismissal(journal: Journal, clock: FrozenClock) -> None:
    journal.add(session(SESSION_AT))
    schedule = Schedule(journal, tz=UTC)
    clock.now = SESSION_AT + 20 * H
    [item] = schedule.due()
    schedule.dismiss(item.key)
    schedule.reopen(item.key)
    assert [i.key for i in schedule.due()] == [item.key]


def test_not_today_snoozes_until_tomorrow_morning(journal: Journal, clock: FrozenClock) -> None:
    journal.add(session(SESSION_AT))
    schedule = Schedule(journal, tz=UTC)
    clock.now = SESSION_AT + 20 * H  # Tuesday 06:00
    [item] = schedule.due()
    until = schedule.snooze_until_tomorrow(item.key)
    assert until == dt.datetime(2024, 3, 6, 7, 0, tzinfo=UTC)
    clock.now = until - dt.timedelta(minutes=1)
    assert schedule.due() == []
    clock.now = until
    assert [i.key for i in schedule.due()] == [item.key]


def test_tomorrow_morning_uses_the_local_calendar() -> None:
    plus10 = dt.timezone(dt.timedelta(hours=10))
    late = dt.datetime(2024, 3, 4, 20, 0, tzinfo=UTC)  # already 5 March, 06:00, at +10
    assert tomorrow_morning(late, plus10) == dt.datetime(2024, 3, 6, 7, 0, tzinfo=plus10)
    assert tomorrow_morning(late, UTC) == dt.datetime(2024, 3, 5, 7, 0, tzinfo=UTC)


def test_find_locates_the_window_of_a_phase(journal: Journal, clock: FrozenClock) -> None:
    logged = journal.add(session(SESSION_AT))
    schedule = Schedule(journal, tz=UTC)
    clock.now = SESSION_AT + 20 * H
    found = schedule.find(Phase.NEXT_DAY, logged.id)
    assert found is not None and found.key == item_key(logged.id, Phase.NEXT_DAY)
    assert schedule.find(Phase.SAME_DAY, logged.id) is None


def test_states_of_deleted_sessions_are_pruned(journal: Journal, clock: FrozenClock) -> None:
    first = journal.add(session(SESSION_AT))
    second = journal.add(session(SESSION_AT + 30 * D))
    schedule = Schedule(journal, tz=UTC)
    clock.now = SESSION_AT + 20 * H
    schedule.dismiss(item_key(first.id, Phase.NEXT_DAY))
    journal.delete(first.id)
    schedule.dismiss(item_key(second.id, Phase.PREPARATION))
    assert set(schedule.states()) == {item_key(second.id, Phase.PREPARATION)}


def test_damaged_state_values_are_ignored(journal: Journal, clock: FrozenClock) -> None:
    logged = journal.add(session(SESSION_AT))
    key = item_key(logged.id, Phase.NEXT_DAY)
    journal.add(r.Draft(target_kind=STATE_KIND, state={"v": 1, "items": {
        key: {"status": "snoozed", "at": "yesterday", "until": None},
        "other": {"status": "lost"}, "x": 3}}))
    schedule = Schedule(journal, tz=UTC)
    assert schedule.states() == {}
    clock.now = SESSION_AT + 20 * H
    assert [i.key for i in schedule.due()] == [key]


def test_snooze_needs_an_aware_time(journal: Journal) -> None:
    with pytest.raises(ValueError):
        Schedule(journal).snooze("k", dt.datetime(2024, 1, 1))
