"""Audit finding "deleting the manifest makes a rollback stick", in the desktop app: real windows.

When the journal's integrity is in question at unlock (its integrity record removed, or the whole
journal older than the one last opened here), a blocking dialog explains it before the main window
opens. "Keep it locked" (the default) closes the journal with nothing changed; "Accept the journal as
it is now" records the choice in the security log and opens it. A lock while the dialog is up wins.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt

from tests.helpers.integrity import remove_manifest, unlock_into_the_question

TABLES = ("vault_meta", "records", "manifest", "alembic_version")


def sql(path: Path, statement: str) -> list[tuple]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return conn.execute(statement).fetchall()
    finally:
        conn.close()


def dump(path: Path) -> dict[str, list[tuple]]:
    return {t: sorted(sql(path, f"SELECT * FROM {t}"), key=repr) for t in TABLES}


def _texts(dialog) -> str:
    return " ".join(label.text() for label in dialog.problem_labels)


def test_a_removed_integrity_record_blocks_the_unlock_until_the_person_chooses(
        qtbot, controller, journal_with_entries, data_dir, passphrase) -> None:
    vault = remove_manifest(data_dir)
    before = dump(vault)
    window = unlock_into_the_question(qtbot, controller, passphrase)
    dialog = window.integrity_dialog
    assert controller.main_window is None and dialog.isModal()
    assert "integrity record was removed outside the app" in _texts(dialog)
    assert dialog.keep_locked_button.isDefault()  # Enter keeps it locked
    ws = dialog.ws
    assert ws.vault.is_open

    qtbot.mouseClick(dialog.keep_locked_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.integrity_dialog is None)
    assert controller.main_window is None and window.isVisible()
    assert not ws.vault.is_open  # closed, and its instance lock released
    assert "left locked and unchanged" in window.message_label.text()
    assert dump(vault) == before

    qtbot.keyClicks(window.passphrase_edit, passphrase)  # and it asks again next time: nothing adopted
    qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.integrity_dialog is not None)
    qtbot.keyClick(window.integrity_dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.integrity_dialog is None)
    assert controller.main_window is None and dump(vault) == before


def test_accepting_records_the_choice_and_opens_the_journal(
        qtbot, controller, journal_with_entries, data_dir, passphrase, fast_kdf) -> None:
    remove_manifest(data_dir)
    window = unlock_into_the_question(qtbot, controller, passphrase)
    qtbot.mouseClick(window.integrity_dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    main = controller.main_window
    qtbot.waitExposed(main)
    journal = main.workspace.journal
    assert [e.title for e in journal.list(kind="entry")] == journal_with_entries
    events = [e for e in journal.list(kind="audit") if e.event == "integrity_state_accepted"]
    assert len(events) == 1 and dict(events[0].details)["problems"] == "manifest_removed"
    assert main.workspace.integrity_problems == ()
    assert any("before-accept" in p.name for p in (data_dir / "backups").iterdir())
    main.lock()

    from integration_journal.storage.workspace import Workspace

    with Workspace.open(data_dir, passphrase, policy=fast_kdf, backup=False) as ws:
        assert ws.integrity_problems == () and ws.vault.verify() == []


def test_an_older_copy_of_the_whole_journal_names_the_day(
        qtbot, controller, journal_with_entries, data_dir, passphrase, fast_kdf, frozen_clock, tmp_path) -> None:
    from integration_journal.core.records import Entry
    from integration_journal.storage.workspace import Workspace

    vault = data_dir / "journal.ijvault"
    shutil.copyfile(vault, tmp_path / "older.ijvault")
    with Workspace.open(data_dir, passphrase, policy=fast_kdf, clock=frozen_clock) as ws:
        ws.journal.add(Entry(title="Written after the copy", body="."))
    shutil.copyfile(tmp_path / "older.ijvault", vault)

    window = unlock_into_the_question(qtbot, controller, passphrase)
    day = frozen_clock().date()
    expected = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    text = _texts(window.integrity_dialog)
    assert "older than the one last opened on this computer on" in text and expected in text
    assert controller.main_window is None


def test_a_lock_while_the_dialog_is_up_closes_the_journal(
        qtbot, controller, journal_with_entries, data_dir, passphrase) -> None:
    vault = remove_manifest(data_dir)
    before = dump(vault)
    window = unlock_into_the_question(qtbot, controller, passphrase)
    ws = window.integrity_dialog.ws
    controller.lock()  # Ctrl+L, the idle timer or the desktop's screen lock
    assert window.integrity_dialog is None and not ws.vault.is_open
    assert controller.main_window is None and dump(vault) == before
