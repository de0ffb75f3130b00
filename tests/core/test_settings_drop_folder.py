"""The therapist's drop folder preference: checked like the backup folder, kept in the vault's Settings record."""

from __future__ import annotations

import pytest

from integration_journal.core.journal import Journal
from integration_journal.core.records import Settings
from integration_journal.core.settings import KEY_BACKUP_FOLDER, KEY_DROP_FOLDER, Preferences, SettingsService
from integration_journal.core.store import MemoryStore
from integration_journal.errors import ValidationError
from tests.helpers.records import minute_clock


@pytest.fixture
def journal() -> Journal:
    return Journal.open(MemoryStore(), clock=minute_clock())


def test_the_drop_folder_is_stored_read_back_and_removed(journal, tmp_path) -> None:
    service = SettingsService(journal)
    assert service.drop_folder() is None and Preferences().drop_folder is None
    assert service.set_drop_folder(str(tmp_path)) == {"settings"}
    assert journal.list(kind="settings")[0].values[KEY_DROP_FOLDER] == str(tmp_path)
    reopened = SettingsService(Journal.open(journal._store, clock=minute_clock()))
    assert reopened.drop_folder() == str(tmp_path)
    assert service.set_drop_folder(str(tmp_path)) == set()  # unchanged: nothing written
    service.set_backup_folder(str(tmp_path / "elsewhere"))
    assert service.drop_folder() == str(tmp_path)  # the two folders are separate preferences
    assert service.set_drop_folder(None) == {"settings"}
    values = journal.list(kind="settings")[0].values
    assert KEY_DROP_FOLDER not in values and values[KEY_BACKUP_FOLDER] == str(tmp_path / "elsewhere")
    assert service.drop_folder() is None


@pytest.mark.parametrize("bad", ["relative/folder", "/with\0nul", 42, "/" + "x" * 5000])
def test_a_bad_drop_folder_is_refused_by_name_and_nothing_is_written(journal, bad) -> None:
    service = SettingsService(journal)
    with pytest.raises(ValidationError) as raised:
        service.set_drop_folder(bad)
    assert raised.value.field == KEY_DROP_FOLDER
    assert journal.list(kind="settings") == []


def test_either_platforms_full_path_is_accepted(journal) -> None:
    service = SettingsService(journal)
    service.set_drop_folder("C:\\Clinic\\Shared")
    assert service.drop_folder() == "C:\\Clinic\\Shared"
    assert Preferences(drop_folder="").validated().drop_folder is None


def test_a_damaged_stored_drop_folder_reads_as_none(journal) -> None:
    journal.add(Settings(values={KEY_DROP_FOLDER: "not/absolute", "reminders": True}))
    prefs = SettingsService(journal).load()
    assert prefs.drop_folder is None and prefs.reminders is True
