"""The Journal page's calm, non-modal notice above the editor, with at most one action."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class NoticeBanner(QFrame):
    """A calm, non-modal notice above the editor with at most one action (Undo, Discard…)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal_notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#journal_notice { border: 1px solid palette(mid); border-radius: 4px; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Notice"))
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.action_button = QPushButton()
        self.action_button.setAccessibleName(self.tr("Notice action"))  # renamed with each notice
        self.action_button.clicked.connect(self._act)
        self.close_button = QToolButton()
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss notice"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._callback: Any = None
        self.kind = ""  # what the notice is about, e.g. "draft", "deleted"
        self.hide()

    def show_notice(self, text: str, action: str = "", callback: Any = None, *, kind: str = "") -> None:
        self.kind = kind
        self.label.setText(text)
        self._callback = callback
        self.action_button.setText(action)
        self.action_button.setAccessibleName(action.replace("&", ""))
        self.action_button.setVisible(bool(action))
        self.show()

    def dismiss(self) -> None:
        self.kind = ""
        self._callback = None
        self.label.clear()
        self.hide()

    def _act(self) -> None:
        callback = self._callback
        self.dismiss()
        if callback is not None:
            callback()
