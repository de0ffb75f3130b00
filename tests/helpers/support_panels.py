"""Shared by the check-ins and safety-panel tests: the real main window over the test's workspace,
and no support panel left on screen afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from integration_journal.ui.safety_panel import SafetyPanel
from tests.helpers.main_window import open_main_window


def visible_panels() -> list[SafetyPanel]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, SafetyPanel) and w.isVisible()]


def window_with_panels(qtbot, workspace, dialogs):
    """For a fixture: `yield from window_with_panels(qtbot, workspace, dialogs)`."""
    win = open_main_window(qtbot, workspace, dialogs)
    yield win
    for panel in visible_panels():
        panel.hide()
