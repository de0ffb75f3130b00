"""core.measure_reminders: due / not due by interval, snooze, dismiss, the pain focus, settings."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.measure_reminders import (
    STATE_KIND,
    MeasureReminders,
    chosen_intervals,
    default_intervals,
    effective_intervals,
)
from integration_journal.core.schedule import DueStatus
from integration_journal.core.settings import KEY_MEASURE_REMINDERS, SettingsService, check_measure_intervals
from integration_journal.core.store import MemoryStore
from integration_journal.errors import ValidationError
from tests.helpers.clocks import FrozenClock

UTC = dt.timezone.utc
H = dt.timedelta(hours=1)
D = dt.timedelta(days=1)
START = dt.datetime(2024, 3, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
def journal(clock) -> Journal:
    journal = Journal.open(MemoryStore(), clock=clock)
    journal.add(r.Profile(role=r.Role.PATIENT, display_name="Sam", treatment_focus=(r.TreatmentFocus.DEPRESSION,)))
    return journal


def reminders(journal) -> MeasureReminders:
    return MeasureReminders(journal, tz=UTC)


def due_ids(journal) -> list[str]:
    return [d.instrument for d in reminders(journal).due()]


def answer(journal, instrument: str, when: dt.datetime, answers=None) -> None:
    count = {"phq9": 9, "gad7": 7, "peg": 3}[instrument]
    journal.add(r.QuestionnaireResponse(instrument=instrument, answers=answers or [0] * count, taken_at=when))


def set_focus(journal, *focus) -> None:
    profile = journal.list(kind=r.Profile)[0]
    journal.update(dataclasses.replace(profile, treatment_focus=focus))


def test_never_answered_phq9_and_gad7_are_due_by_default(journal) -> None:
    due = reminders(journal).due()
    assert [(d.instrument, d.short_title, d.interval_days, d.last_taken) for d in due] == [
        ("phq9", "PHQ-9", 7, None), ("gad7", "GAD-7", 7, None)]


def test_answered_this_week_is_not_due_until_seven_days_later(journal, clock) -> None:
    answer(journal, "phq9", START - 2 * H)
    assert due_ids(journal) == ["gad7"]
    clock.now = START + 6 * D  # day 6 after the answer's day
    assert due_ids(journal) == ["gad7"]
    clock.now = dt.datetime.combine((START + 7 * D).date(), dt.time(0, 1), UTC)  # the 7th calendar day
    [phq, _gad] = reminders(journal).due()
    assert phq.instrument == "phq9" and phq.due_from == (START + 7 * D).date()


def test_an_incomplete_response_also_counts_as_answered(journal) -> None:
    answer(journal, "gad7", START - H, answers=[1, None, 1, 1, 1, 1, 1])
    assert due_ids(journal) == ["phq9"]


def test_the_peg_needs_the_pain_focus(journal) -> None:
    assert "peg" not in due_ids(journal)
    set_focus(journal, r.TreatmentFocus.CHRONIC_PAIN, r.TreatmentFocus.DEPRESSION)
    assert due_ids(journal) == ["phq9", "gad7", "peg"]
    answer(journal, "peg", START - H)
    assert due_ids(journal) == ["phq9", "gad7"]


def test_focus_without_pain_but_peg_chosen_by_hand(journal) -> None:
    SettingsService(journal).update(measure_reminders={"peg": 14, "gad7": 0})
    assert due_ids(journal) == ["phq9", "peg"]
    assert reminders(journal).intervals() == {"phq9": 7, "gad7": 0, "peg": 14}


def test_interval_zero_turns_a_reminder_off(journal) -> None:
    SettingsService(journal).update(measure_reminders={"phq9": 0, "gad7": 0})
    assert due_ids(journal) == []


def test_snooze_hides_until_the_time_then_returns(journal, clock) -> None:
    reminders(journal).snooze("phq9", START + 3 * H)
    assert due_ids(journal) == ["gad7"]
    assert reminders(journal).states()["phq9"].status is DueStatus.SNOOZED
    clock.now = START + 3 * H
    assert due_ids(journal) == ["phq9", "gad7"]
    until = reminders(journal).snooze_until_tomorrow("gad7")
    assert until > clock.now and due_ids(journal) == ["phq9"]
    clock.now = until
    assert due_ids(journal) == ["phq9", "gad7"]


def test_dismiss_skips_this_round_only(journal, clock) -> None:
    reminders(journal).dismiss("phq9")
    assert due_ids(journal) == ["gad7"]
    clock.now = START + 6 * D
    assert "phq9" not in due_ids(journal)
    clock.now = START + 7 * D
    assert "phq9" in due_ids(journal)


def test_answering_clears_an_earlier_decision(journal, clock) -> None:
    reminders(journal).dismiss("phq9")
    clock.now = START + H
    answer(journal, "phq9", clock.now)
    clock.now = START + 7 * D
    assert "phq9" in due_ids(journal)  # due again a week after the answer, the dismissal is spent


def test_reopen_and_the_state_is_one_encrypted_draft(journal) -> None:
    reminders(journal).dismiss("phq9")
    reminders(journal).snooze("gad7", START + 5 * H)
    drafts = [d for d in journal.list(kind=r.Draft) if d.target_kind == STATE_KIND]
    assert len(drafts) == 1
    reminders(journal).reopen("phq9")
    assert due_ids(journal) == ["phq9"]
    with pytest.raises(ValueError):
        reminders(journal).dismiss("phq2")
    with pytest.raises(ValueError):
        reminders(journal).snooze("phq9", dt.datetime(2024, 3, 5, 9))


def test_a_damaged_state_is_ignored(journal) -> None:
    journal.add(r.Draft(target_kind=STATE_KIND, state={"v": 1, "items": {"phq9": {"status": "bogus"},
                                                                          "gad7": "not a mapping"}}))
    assert due_ids(journal) == ["phq9", "gad7"]


def test_days_are_local_calendar_days(clock) -> None:
    tokyo = dt.timezone(dt.timedelta(hours=9))
    journal = Journal.open(MemoryStore(), clock=clock)
    # 20:00 UTC on 4 March is 5 March in Tokyo: due again on 12 March there, 11 March in UTC.
    journal.add(r.QuestionnaireResponse(instrument="phq9", answers=[0] * 9,
                                        taken_at=dt.datetime(2024, 3, 4, 20, tzinfo=UTC)))
    clock.now = dt.datetime(2024, 3, 11, 16, tzinfo=UTC)  # 11 March in UTC, 12 March 01:00 in Tokyo
    assert "phq9" in [d.instrument for d in MeasureReminders(journal, tz=UTC).due()]
    assert "phq9" in [d.instrument for d in MeasureReminders(journal, tz=tokyo).due()]
    clock.now = dt.datetime(2024, 3, 11, 14, tzinfo=UTC)  # still 11 March 23:00 in Tokyo
    assert "phq9" not in [d.instrument for d in MeasureReminders(journal, tz=tokyo).due()]


# --- intervals and the setting ----------------------------------------------------------------------------

def test_defaults_and_validation() -> None:
    assert default_intervals() == {"phq9": 7, "gad7": 7, "peg": 0}
    assert default_intervals(["chronic_pain"])["peg"] == 7
    assert check_measure_intervals({"peg": 14, "phq9": 0}) == {"phq9": 0, "peg": 14}
    for bad in ({"phq2": 7}, {"phq9": -1}, {"phq9": 91}, {"phq9": True}, {"phq9": 7.5}, ["phq9"]):
        with pytest.raises(ValidationError) as caught:
            check_measure_intervals(bad)
        assert caught.value.field == KEY_MEASURE_REMINDERS
    assert effective_intervals({"gad7": 14}, ["chronic_pain"]) == {"phq9": 7, "gad7": 14, "peg": 7}
    assert chosen_intervals({"phq9": 7, "gad7": 14, "peg": 7}, ["chronic_pain"]) == {"gad7": 14}
    assert chosen_intervals({"phq9": 7, "gad7": 7, "peg": 7}, []) == {"peg": 7}


def test_the_setting_is_stored_in_the_vault_and_tolerates_damage(journal) -> None:
    service = SettingsService(journal)
    assert service.load().measure_reminders == {}
    assert service.update(measure_reminders={"gad7": 14}) == {"settings"}
    assert journal.list(kind="settings")[0].values[KEY_MEASURE_REMINDERS] == {"gad7": 14}
    assert service.load().measure_reminders == {"gad7": 14}
    with pytest.raises(ValidationError):
        service.update(measure_reminders={"gad7": 500})
    service.update(measure_reminders={})
    assert KEY_MEASURE_REMINDERS not in journal.list(kind="settings")[0].values
    record = journal.list(kind="settings")[0]
    journal.update(dataclasses.replace(record, values={**record.values, KEY_MEASURE_REMINDERS: {"gad7": "weekly"}}))
    assert service.load().measure_reminders == {}
