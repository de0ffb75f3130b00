"""A label that wraps its plain text, optionally in the theme's secondary colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel


def wrapping_label(text: str = "", *, secondary: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if secondary:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # follows the theme
    return label
