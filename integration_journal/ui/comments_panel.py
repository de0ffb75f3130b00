""""Comments from your therapist": the comments a reply brought for one entry, shown beside it in the
Journal page. Hidden while the entry has none. Comments are the therapist's words, shown as plain text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from integration_journal.core.sharing import SharingService
from integration_journal.ui.models import datetime_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("comments", text)


class CommentsPanel(QFrame):
    def __init__(self, journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = SharingService(journal)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel(_tr("Comments from your therapist"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(_tr("Comments from your therapist"))
        self.text.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        self.hide()

    def show_for(self, record_id: bytes | None) -> None:
        """Show the comments on this record (none: the panel hides)."""
        comments = self.service.comments_for(record_id) if record_id is not None else []
        self.text.setPlainText("\n\n".join(f"{datetime_text(c.updated)}\n{c.text}" for c in comments))
        self.text.document().clearUndoRedoStacks()
        self.setVisible(bool(comments))

    def comments_text(self) -> str:
        return self.text.toPlainText()

    def clear(self) -> None:
        self.text.setPlainText("")
        self.text.document().clearUndoRedoStacks()
        self.hide()
