"""The session form's two views (ui/session_form/form.py): it opens on the quick log; a person clicks
"More details…" for the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def more_details(qtbot, form) -> None:
    """Click "More details…" as a person does; the rest of the form shows in place."""
    assert not form.details_shown and form.details_button.text() == "Mor&e details…"
    qtbot.mouseClick(form.details_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()  # the event loop lays the form out again, as after a real click
    assert form.details_shown and form.checklist.isVisible() and form.setting_combo.isVisible()
