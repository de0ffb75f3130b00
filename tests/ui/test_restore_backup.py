"""Going back to a backup from the desktop app, without a terminal: from the unlock window, and as an
answer to the integrity question at unlock (#14 item 1: "restore a backup" was only a command line).

Real windows, real vaults and backups on disk: the journal is replaced by the chosen copy and opens, the
journal as it was is kept as a backup first, and a wrong passphrase or a damaged copy changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from integration_journal.core.records import Entry
from integration_journal.storage.backups import describe_backup, describe_backups, keep_rotating_backup
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.restore_dialog import RestoreDialog
from integration_journal.ui.unlock_window import UnlockWindow
from tests.helpers.integrity import remove_manifest, unlock_into_the_question

LEFT = Qt.MouseButton.LeftButton
AFTER = "Written after the backup"


@pytest.fixture
def backed_up(data_dir: Path, journal_with_entries, fast_kdf, passphrase) -> Path:
    """A rotating backup holding the two entries, then a third entry written after it."""
    ws = Workspace.open(data_dir, passphrase, policy=fast_kdf, backup=False)
    with ws:
        backup = keep_rotating_backup(ws.vault, data_dir)
        ws.journal.add(Entry(title=AFTER, body="Only in the journal, not in the backup."))
    assert backup is not None
    return backup


def _open_restore(qtbot, controller) -> tuple[UnlockWindow, RestoreDialog]:
    controller.start()
    window = controller.unlock_window
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.restore_button, LEFT)
    dialog = window.restore_dialog
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    return window, dialog


def _titles(ws) -> set[str]:
    return {e.title for e in ws.journal.list(kind=Entry)}


def test_the_unlock_window_restores_a_backup_and_opens_it(
        qtbot, controller, backed_up, data_dir, passphrase, dialogs, journal_with_entries) -> None:
    _window, dialog = _open_restore(qtbot, controller)
    assert dialog.backup_list.topLevelItemCount() == 1 and not dialog.no_backups.isVisible()
    assert dialog.backup_list.topLevelItem(0).text(1) == "Automatic copy"
    assert re.search(r"\b\d{4}\b", dialog.backup_list.topLevelItem(0).text(0))  # a four-digit year
    assert dialog.chosen() == backed_up  # the newest is chosen
    assert not dialog.restore_button.isEnabled()  # no passphrase yet
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    assert dialogs.texts("confirm") and "kept as a backup first" in dialogs.texts("confirm")[0]

    ws = controller.main_window.workspace
    qtbot.waitUntil(lambda: not ws.journal.loading)
    assert _titles(ws) == set(journal_with_entries)  # the journal as the backup held it
    kept = [b for b in describe_backups(data_dir) if b.kept_before == "restore"]
    assert len(kept) == 1  # and the journal as it was, with the third entry, kept first
    with _copy_open(kept[0].path, data_dir, passphrase) as before:
        assert AFTER in _titles(before)


def _copy_open(backup: Path, data_dir: Path, passphrase: str):
    """A kept copy opened on its own (in a folder of its own, so it takes no lock on the journal)."""
    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY

    folder = data_dir.parent / "opened-copy"
    folder.mkdir()
    (folder / "journal.ijvault").write_bytes(backup.read_bytes())
    folder.chmod(0o700)
    return Workspace.open(folder, passphrase, policy=INSECURE_TEST_POLICY, backup=False, remember_here=False)


def test_a_wrong_passphrase_or_a_damaged_copy_changes_nothing(
        qtbot, controller, backed_up, data_dir, passphrase) -> None:
    journal = data_dir / "journal.ijvault"
    before = journal.read_bytes()
    _window, dialog = _open_restore(qtbot, controller)
    qtbot.keyClicks(dialog.passphrase_edit, "not the passphrase at all")
    qtbot.keyClick(dialog.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message_label.isVisible(), timeout=15000)
    assert "passphrase" in dialog.message_label.text().lower()
    assert controller.main_window is None and journal.read_bytes() == before

    conn = sqlite3.connect(backed_up)  # one record's ciphertext altered in the copy
    conn.execute("UPDATE records SET ciphertext = zeroblob(length(ciphertext)) WHERE rowid = "
                 "(SELECT max(rowid) FROM records)")
    conn.commit()
    conn.close()
    dialog.passphrase_edit.clear()
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy and "damaged" in dialog.message_label.text(), timeout=15000)
    assert controller.main_window is None and journal.read_bytes() == before
    assert dialog.isVisible()  # the person can choose another copy


def test_no_backups_yet_says_so_and_another_file_can_be_chosen(
        qtbot, controller, journal_with_entries, data_dir, dialogs, tmp_path) -> None:
    _window, dialog = _open_restore(qtbot, controller)
    assert dialog.backup_list.topLevelItemCount() == 0 and dialog.no_backups.isVisible()
    elsewhere = tmp_path / "usb" / "journal-copy.ijbackup"
    elsewhere.parent.mkdir()
    elsewhere.write_bytes((data_dir / "journal.ijvault").read_bytes())
    dialogs.open_from = elsewhere
    qtbot.mouseClick(dialog.other_button, LEFT)
    assert dialog.chosen() == elsewhere and not dialog.no_backups.isVisible()
    assert "journal-copy.ijbackup" in dialog.backup_list.topLevelItem(0).text(1)
    dialogs.open_from = None  # cancelled: nothing changes
    qtbot.mouseClick(dialog.other_button, LEFT)
    assert dialog.backup_list.topLevelItemCount() == 1


def test_the_integrity_question_offers_the_backups(qtbot, controller, backed_up, data_dir, passphrase) -> None:
    remove_manifest(data_dir)
    window = unlock_into_the_question(qtbot, controller, passphrase)
    held = window.integrity_dialog.ws
    qtbot.mouseClick(window.integrity_dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: window.restore_dialog is not None and window.restore_dialog.isVisible())
    assert window.integrity_dialog is None and not held.vault.is_open  # closed first, its lock released
    dialog = window.restore_dialog
    qtbot.keyClicks(dialog.passphrase_edit, passphrase)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=15000)
    assert window.integrity_dialog is None  # the restored journal's integrity is whole


@pytest.mark.parametrize(("name", "made", "kept_before"), [
    ("journal-20261207T101500123456Z.ijbackup", dt.datetime(2026, 12, 7, 10, 15, 0, 123456, tzinfo=dt.UTC), ""),
    ("journal-20261207T101500123456Z-before-restore.ijbackup",
     dt.datetime(2026, 12, 7, 10, 15, 0, 123456, tzinfo=dt.UTC), "restore"),
    ("journal-20261207T101500123456Z-before-accept.ijbackup",
     dt.datetime(2026, 12, 7, 10, 15, 0, 123456, tzinfo=dt.UTC), "accept"),
    ("my copy.ijbackup", None, ""),
])
def test_a_backup_is_described_by_its_name_without_opening_it(tmp_path, name, made, kept_before) -> None:
    path = tmp_path / name
    path.write_bytes(b"x" * 10)
    described = describe_backup(path)
    assert (described.made, described.kept_before, described.size) == (made, kept_before, 10)


def test_at_twice_the_text_size_nothing_in_the_dialog_overlaps(qtbot, qapp, dialogs, tmp_path) -> None:
    """At 200 % text the wrapped intro was cut and the list lay over "Other file…" (seen under Xvfb)."""
    class Access:  # only what the dialog asks before a restore
        def backups(self):
            return [describe_backup(tmp_path / f"journal-2026120{n}T101500000000Z.ijbackup") for n in range(1, 4)]

    normal = qapp.font()
    large = qapp.font()
    large.setPointSizeF(normal.pointSizeF() * 2)  # the app's text size applies through its font
    qapp.setFont(large)
    try:
        dialog = RestoreDialog(Access(), dialogs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        widgets = [dialog.backup_list, dialog.other_button, dialog.passphrase_edit, dialog.restore_button]
        tops = [w.mapTo(dialog, w.rect().topLeft()).y() for w in widgets]
        bottoms = [w.mapTo(dialog, w.rect().bottomLeft()).y() for w in widgets]
        assert all(bottoms[i] < tops[i + 1] for i in range(len(widgets) - 1)), (tops, bottoms)
        assert bottoms[-1] <= dialog.height()
        # every wrapped line has its room (the window was 533 px where its lines needed 654)
        assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
    finally:
        qapp.setFont(normal)
