"""An entry's link to a session shows that session after the journal is closed and opened again, and
when the link was made on the command line (#12 item 2: it read "A session no longer in the journal",
because PySide's QComboBox.findData compares a record id by identity, not by value)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from integration_journal.cli import main as cli_main
from integration_journal.core import records as r
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.widgets.fields import find_data
from tests.helpers.clocks import FrozenClock
from tests.helpers.main_window import open_main_window
from tests.helpers.workspaces import PASSPHRASE, new_workspace


def reopened_journal_page(qtbot, data_dir, fast_kdf, dialogs, entry_id: bytes):
    """The vault opened again as the app does (entries decoded after the window shows), on the entry."""
    ws = Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf, backup=False, defer_entries=True, clock=FrozenClock())
    window = open_main_window(qtbot, ws, dialogs)
    qtbot.waitUntil(lambda: not ws.loading, timeout=5000)
    window.ctx.navigate("journal", entry_id=entry_id)
    return ws, window.current_page()


def test_a_link_made_in_the_app_survives_a_restart(qtbot, data_dir, fast_kdf, dialogs) -> None:
    ws = new_workspace(data_dir, clock=FrozenClock())
    session = ws.journal.add(r.TreatmentSession(when=ws.journal.now() - dt.timedelta(days=1), route="iv",
                                                setting="clinic"))
    ws.close()
    ws, page = reopened_journal_page(qtbot, data_dir, fast_kdf, dialogs, b"")
    try:
        page.title_edit.setFocus()
        qtbot.keyClicks(page.title_edit, "The day after")
        combo = page.session_combo
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # the session, below "Not linked to a session"
        linked = combo.currentText()
        qtbot.keyClick(page.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        [entry] = ws.journal.list(kind=r.Entry)
        assert entry.session_id == session.id
    finally:
        ws.close()
    ws, page = reopened_journal_page(qtbot, data_dir, fast_kdf, dialogs, entry.id)
    try:
        assert page.session_combo.currentText() == linked
        assert page.session_combo.count() == 2  # no "A session no longer in the journal" added
    finally:
        ws.close()


def test_a_link_made_on_the_command_line_shows_in_the_app(qtbot, data_dir, fast_kdf, dialogs, monkeypatch,
                                                          capsys) -> None:
    monkeypatch.setenv("INTEGRATION_JOURNAL_PASSPHRASE", PASSPHRASE)
    assert cli_main(["--data-dir", str(data_dir), "init", "--role", "patient", "--name", "Sam"]) == 0
    assert cli_main(["--data-dir", str(data_dir), "session", "--date", "2026-03-17T09:00", "--route", "iv",
                     "--setting", "clinic"]) == 0
    session_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert cli_main(["--data-dir", str(data_dir), "add", "--title", "Linked", "--body", "b",
                     "--session", session_id[:8]]) == 0
    entry_id = bytes.fromhex(capsys.readouterr().out.strip().splitlines()[-1])
    ws, page = reopened_journal_page(qtbot, data_dir, fast_kdf, dialogs, entry_id)
    try:
        assert page.session_combo.currentIndex() == 1 and page.session_combo.count() == 2
    finally:
        ws.close()


def test_find_data_compares_values(qtbot) -> None:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("none", None)
    combo.addItem("a session", bytes.fromhex("3a80a2"))
    again = bytes.fromhex("3a80a2")  # the same id, read again: another object
    assert combo.findData(again) == -1  # PySide's own lookup misses it (why find_data exists)
    assert find_data(combo, again) == 1 and find_data(combo, b"other") == -1
