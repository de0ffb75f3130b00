"""core.settings: defaults, validation, where each preference lives, and tolerance of damaged values."""

from __future__ import annotations

import dataclasses

import pytest

from integration_journal.core.journal import Journal
from integration_journal.core.records import Profile, Role, Settings, TreatmentFocus
from integration_journal.core.settings import (
    KEY_BACKUP_FOLDER,
    KEY_LOCK_TIMEOUT,
    LOCK_TIMEOUT_DEFAULT,
    Preferences,
    SettingsService,
)
from integration_journal.core.store import MemoryStore
from integration_journal.errors import ValidationError
from tests.helpers.records import minute_clock


@pytest.fixture
def journal() -> Journal:
    return Journal.open(MemoryStore(), clock=minute_clock())


@pytest.fixture
def with_profile(journal: Journal) -> Journal:
    journal.add(Profile(role=Role.PATIENT, display_name="Sam", country_code="GB",
                        treatment_focus=(TreatmentFocus.ANXIETY,)))
    return journal


def test_an_empty_vault_reads_the_defaults(journal) -> None:
    prefs = SettingsService(journal).load()
    assert prefs == Preferences()
    assert prefs.lock_timeout_minutes == LOCK_TIMEOUT_DEFAULT == 5
    assert prefs.reminders is False and prefs.backup_folder is None


def test_saving_writes_one_settings_record_and_survives_reopening(journal, tmp_path) -> None:
    service = SettingsService(journal)
    assert service.update(lock_timeout_minutes=12, reminders=True, backup_folder=str(tmp_path)) == {"settings"}
    assert service.set_lock_timeout_minutes(13) == {"settings"}
    assert len(journal.list(kind="settings")) == 1  # updated in place, not added again
    reopened = Journal.open(journal._store, clock=minute_clock())
    prefs = SettingsService(reopened).load()
    assert (prefs.lock_timeout_minutes, prefs.reminders, prefs.backup_folder) == (13, True, str(tmp_path))


def test_saving_the_same_values_writes_nothing(journal) -> None:
    service = SettingsService(journal)
    service.set_lock_timeout_minutes(7)
    before = journal.list(kind="settings")[0]
    assert service.save(service.load()) == set()
    assert journal.list(kind="settings")[0] is before


def test_country_and_focus_live_on_the_profile(with_profile) -> None:
    service = SettingsService(with_profile)
    assert service.country_code() == "GB"
    assert service.treatment_focus() == (TreatmentFocus.ANXIETY,)
    written = service.update(country_code="ie", treatment_focus=("chronic_pain", TreatmentFocus.DEPRESSION))
    assert written == {"profile", "settings"}
    profile = with_profile.list(kind="profile")[0]
    assert profile.country_code == "IE"
    assert profile.treatment_focus == (TreatmentFocus.DEPRESSION, TreatmentFocus.CHRONIC_PAIN)
    values = with_profile.list(kind="settings")[0].values
    assert "country_code" not in values and "treatment_focus" not in values  # one home only


def test_without_a_profile_country_and_focus_stay_in_the_settings_record(journal) -> None:
    service = SettingsService(journal)
    service.set_country_code("us")
    service.set_treatment_focus(["anxiety"])
    assert service.country_code() == "US"
    assert service.treatment_focus() == (TreatmentFocus.ANXIETY,)
    assert journal.list(kind="profile") == []


@pytest.mark.parametrize(("changes", "field"), [
    ({"lock_timeout_minutes": 0}, "lock_timeout_minutes"),
    ({"lock_timeout_minutes": 61}, "lock_timeout_minutes"),
    ({"lock_timeout_minutes": 5.0}, "lock_timeout_minutes"),
    ({"lock_timeout_minutes": True}, "lock_timeout_minutes"),
    ({"reminders": "yes"}, "reminders"),
    ({"backup_folder": "relative/folder"}, "backup_folder"),
    ({"backup_folder": "/x\0y"}, "backup_folder"),
    ({"country_code": "GBR"}, "country_code"),
    ({"country_code": 44}, "country_code"),
    ({"treatment_focus": ("insomnia",)}, "treatment_focus"),
    ({"treatment_focus": "anxiety"}, "treatment_focus"),
])
def test_bad_values_are_rejected_by_field_and_nothing_is_written(journal, changes, field) -> None:
    service = SettingsService(journal)
    with pytest.raises(ValidationError) as caught:
        service.update(**changes)
    assert caught.value.field == field
    assert journal.list(kind="settings") == []


def test_the_limits_themselves_are_accepted(journal) -> None:
    service = SettingsService(journal)
    service.set_lock_timeout_minutes(1)
    assert service.lock_timeout_minutes() == 1
    service.set_lock_timeout_minutes(60)
    assert service.lock_timeout_minutes() == 60
    service.set_backup_folder("C:\\Users\\sam\\Backups")  # a vault may come from another computer
    service.set_backup_folder("")
    assert service.backup_folder() is None
    assert KEY_BACKUP_FOLDER not in journal.list(kind="settings")[0].values


def test_damaged_stored_values_fall_back_to_defaults(journal) -> None:
    journal.add(Settings(values={KEY_LOCK_TIMEOUT: 999, "reminders": "sometimes", KEY_BACKUP_FOLDER: "rel",
                                 "country_code": "nowhere", "future_setting": [1, 2]}))
    service = SettingsService(journal)
    assert service.load() == Preferences()
    service.set_reminders(True)
    values = journal.list(kind="settings")[0].values
    assert values["future_setting"] == (1, 2)  # a newer version's keys are kept, not dropped
    assert values[KEY_LOCK_TIMEOUT] == LOCK_TIMEOUT_DEFAULT


def test_preferences_replace_validates() -> None:
    prefs = Preferences()
    assert prefs.replace(lock_timeout_minutes=30).lock_timeout_minutes == 30
    with pytest.raises(ValidationError):
        prefs.replace(lock_timeout_minutes=-1)
    assert dataclasses.replace(prefs, country_code="fr").validated().country_code == "FR"
