"""Bringing a journal into question the way an attacker with the data folder would, and unlocking it into
the blocking integrity question (ui.integrity_dialog), for the tests of what the person can then do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt


def remove_manifest(data_dir: Path) -> Path:
    """`DELETE FROM manifest` on the journal in `data_dir`; returns the journal's file."""
    vault = data_dir / "journal.ijvault"
    conn = sqlite3.connect(vault, isolation_level=None)
    try:
        conn.execute("DELETE FROM manifest")
    finally:
        conn.close()
    return vault


def unlock_into_the_question(qtbot, controller, passphrase: str):
    """Start the app, type the passphrase, and wait for the integrity question; returns the unlock window."""
    controller.start()
    window = controller.unlock_window
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.passphrase_edit, passphrase)
    qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.integrity_dialog is not None and window.integrity_dialog.isVisible())
    return window
