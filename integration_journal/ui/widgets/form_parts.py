"""Small pieces the first-run, recovery and unlock screens share: headings, paragraphs, the button row,
a busy bar with its status line, and how a problem is shown."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from integration_journal.ui.widgets.fonts import heading_font

# Readable on the light and the dark palette (contrast >= 4.5:1 on each one's window colour).
_PROBLEM_COLOURS = {"light": "#a1261b", "dark": "#f2b8b5"}


def heading(text: str, parent: QWidget, scale: float = 1.4) -> QLabel:
    label = QLabel(text)
    label.setFont(heading_font(parent.font(), scale))
    label.setWordWrap(True)
    return label


def paragraph(text: str, *, muted: bool = False, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if muted:
        label.setEnabled(False)  # the theme's muted text colour
    return label


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def show_problem(label: QLabel, text: str) -> None:
    """Put a problem in words into `label`, in a colour that reads as "look here" in either theme."""
    colour = _PROBLEM_COLOURS["dark" if is_dark(label) else "light"]
    label.setStyleSheet(f"QLabel {{ color: {colour}; }}" if text else "")
    label.setText(text)
    label.setAccessibleDescription(text)  # a screen reader reads the words, not only the label's name
    label.setVisible(bool(text))
    if text and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.Alert))


def button_row(left: Sequence[QWidget], right: Sequence[QWidget]) -> QHBoxLayout:
    """Buttons at the foot of a page: secondary ones on the left, the way on at the right."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row


class BusyStatus(QWidget):
    """A progress bar and one status line under a form. The bar is busy (no steps) unless a fraction
    is known; a problem replaces the status line."""

    def __init__(self, busy_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(busy_name)
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)

    def start(self, text: str) -> None:
        self.set_fraction(None)
        self.progress.show()
        self._status(text)

    def set_fraction(self, fraction: float | None) -> None:
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(round(100 * max(0.0, min(1.0, fraction))))

    def stop(self) -> None:
        self.progress.hide()
        self._status("")

    def show_error(self, text: str) -> None:
        self.progress.hide()
        show_problem(self.status_label, text)

    def _status(self, text: str) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))


class FormProblem(Exception):
    """Input the form cannot save; `widget` is where the person can fix it."""

    def __init__(self, widget: QWidget, message: str) -> None:
        super().__init__(message)
        self.widget = widget
        self.message = message
