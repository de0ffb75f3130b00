"""Unlocking shows the window before a large journal's entries are decoded (Workspace.open's
defer_entries); the window decodes them in steps and then refreshes what shows entries."""

from __future__ import annotations

import dataclasses

import pytest

from integration_journal.core import codec
from integration_journal.core.records import Entry
from integration_journal.gui.app import StorageAccess
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.main_window import window as main_window_module
from tests.helpers.main_window import main_window_over, make_workspace
from tests.helpers.workspaces import PASSPHRASE

ENTRIES = 12


@pytest.fixture
def deferred_ws(data_dir, fast_kdf, monkeypatch):
    """A journal of ENTRIES entries opened as the app opens it, decoded two entries per step so the
    window's steps can be watched."""
    make_workspace(data_dir, fast_kdf, entries=ENTRIES).close()
    monkeypatch.setattr(main_window_module, "LOAD_STEP", 2)
    ws = StorageAccess(data_dir, fast_kdf).open(PASSPHRASE)
    assert ws.loading, "the app's unlock defers entries"
    yield ws
    ws.close()


def test_today_and_the_status_bar_say_entries_are_opening_then_show_them(qtbot, deferred_ws, dialogs) -> None:
    window = main_window_over(qtbot, deferred_ws, dialogs)
    today = window.pages[0]
    # Built, not one step run yet: nothing waited for the entries.
    assert deferred_ws.loading
    assert window.count_label.text() == "Opening entries…"
    assert not today.entries_loading.isHidden() and today.no_entries.isHidden()
    assert today.recent_model.rowCount() == 0
    window.show()
    qtbot.waitUntil(lambda: not deferred_ws.loading)
    qtbot.waitUntil(lambda: window.count_label.text() == f"{ENTRIES} entries")
    qtbot.waitUntil(lambda: not window.working_in_background)  # the pages refresh in turns of their own
    assert today.entries_loading.isHidden() and today.no_entries.isHidden()
    assert today.recent_model.rowCount() == 5
    assert today.recent_model.entry_at(0).title == "Entry 0"  # newest first


def test_the_journal_page_opened_at_once_lists_every_entry(qtbot, deferred_ws, dialogs) -> None:
    window = main_window_over(qtbot, deferred_ws, dialogs)
    window.show_page(window.page_index("journal"))  # before any step ran: it decodes the rest itself
    assert not deferred_ws.loading
    page = window.stack.currentWidget()
    assert page.model.rowCount() == ENTRIES
    qtbot.waitUntil(lambda: window.count_label.text() == f"{ENTRIES} entries")


def test_locking_while_entries_are_decoded_stops_the_steps(qtbot, deferred_ws, dialogs) -> None:
    window = main_window_over(qtbot, deferred_ws, dialogs)
    window.show()
    assert window.load_timer.isActive()
    window.lock()
    assert not window.load_timer.isActive()
    assert window.workspace is None
    qtbot.wait(50)  # a step that was due must not touch the closed journal
    assert window.count_label.text() == ""


def test_an_entry_that_cannot_be_read_is_counted_once_the_entries_are_in(qtbot, data_dir, fast_kdf, dialogs,
                                                                      monkeypatch) -> None:
    ws = make_workspace(data_dir, fast_kdf, entries=3)
    bad = Entry(title="from a newer app")
    with ws.vault.transaction() as tx:
        tx.put(bad.id, codec.encode(bad).replace(b'"v":1', b'"v":9'))
    ws.close()
    ws = Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf, defer_entries=True)
    try:
        assert ws.damaged == []  # not decoded yet
        window = main_window_over(qtbot, ws, dialogs)
        window.show()
        qtbot.waitUntil(lambda: not ws.loading)
        qtbot.waitUntil(window.damaged_label.isVisible)
        assert window.damaged_label.text() == "1 record could not be read — run Verify"
        assert [d.record_id for d in ws.damaged] == [bad.id]
    finally:
        if window.workspace is not None:
            window.lock()


def test_an_edit_made_while_entries_wait_is_kept(qtbot, deferred_ws, dialogs) -> None:
    """Changing a record while entries are still deferred decodes them first; nothing is lost."""
    window = main_window_over(qtbot, deferred_ws, dialogs)
    journal = deferred_ws.journal
    newest = journal.list(kind=Entry)[0]  # asking for entries decodes them all
    journal.update(dataclasses.replace(newest, title="Edited at once"))
    window.show()
    qtbot.waitUntil(lambda: window.count_label.text() == f"{ENTRIES} entries")
    qtbot.waitUntil(lambda: not window.working_in_background)  # the pages refresh in turns of their own
    assert window.pages[0].recent_model.entry_at(0).title == "Edited at once"


def test_the_warm_up_makes_every_qt_class_the_window_could_use() -> None:
    """PySide makes a class's Python type (and its enums) on first use; the warm-up on a worker makes
    them all, so the main window's first build does not pay for it after the key derivation."""
    import os
    import subprocess
    import sys

    code = ("import threading, sys\n"
            "from PySide6.QtWidgets import QApplication\n"
            "qt = QApplication([])\n"
            "from integration_journal.gui import app\n"
            "from PySide6 import QtWidgets\n"
            "before = sum(1 for n in dir(QtWidgets) if n.startswith('Q') and n in vars(QtWidgets))\n"
            "worker = threading.Thread(target=app.preload_main_window_modules)\n"
            "worker.start(); worker.join()\n"
            "missing = [f'{m.__name__}.{n}' for m in (sys.modules[x] for x in app._QT_MODULES)\n"
            "           for n in dir(m) if n.startswith('Q') and n not in vars(m)]\n"
            "print(before, missing[:5])\n"
            "sys.exit(1 if missing or before > 100 else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
