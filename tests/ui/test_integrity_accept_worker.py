"""Accepting the journal as it is now copies the whole journal and reads it again: on a worker, with
progress, never freezing the window; a lock arriving meanwhile still wins (nothing opens)."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from tests.helpers.integrity import remove_manifest, unlock_into_the_question

LEFT = Qt.MouseButton.LeftButton


def _unlock_into_the_question(qtbot, controller, data_dir: Path, passphrase: str):
    remove_manifest(data_dir)
    window = unlock_into_the_question(qtbot, controller, passphrase)
    return window, window.integrity_dialog


def _gated(ws):
    """Wrap the workspace's accept so the test sees where it runs and decides when it ends."""
    real, gate, ran_on = ws.accept_current_state, threading.Event(), []

    def accept():
        ran_on.append(threading.current_thread())
        gate.wait(10)
        return real()

    ws.accept_current_state = accept
    return gate, ran_on


def test_accepting_runs_on_a_worker_with_progress_and_cannot_be_escaped_halfway(
        qtbot, controller, journal_with_entries, data_dir, passphrase) -> None:
    window, dialog = _unlock_into_the_question(qtbot, controller, data_dir, passphrase)
    gate, ran_on = _gated(dialog.ws)
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: bool(ran_on))
    assert ran_on[0] is not threading.main_thread()
    assert dialog.status.progress.isVisible() and not dialog.accept_button.isEnabled()
    assert not dialog.keep_locked_button.isEnabled() and not dialog.restore_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # taken back halfway? no: it finishes
    assert dialog.isVisible() and controller.main_window is None
    gate.set()
    qtbot.waitUntil(lambda: controller.main_window is not None)
    assert window.integrity_dialog is None
    assert controller.main_window.workspace.integrity_problems == ()


def test_a_lock_while_accepting_closes_the_journal_once_the_choice_is_recorded(
        qtbot, controller, journal_with_entries, data_dir, passphrase) -> None:
    window, dialog = _unlock_into_the_question(qtbot, controller, data_dir, passphrase)
    ws = dialog.ws
    gate, ran_on = _gated(ws)
    qtbot.mouseClick(dialog.accept_button, LEFT)
    qtbot.waitUntil(lambda: bool(ran_on))
    window.cancel_pending()  # what a lock or closing the app does
    gate.set()
    qtbot.waitUntil(lambda: window.integrity_dialog is None)
    assert controller.main_window is None and not ws.vault.is_open
