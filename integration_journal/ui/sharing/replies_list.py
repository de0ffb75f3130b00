"""Sharing ▸ Replies (patient): every comment a therapist's reply brought, each with the entry (or
session) it is about, who sent it and when it arrived, read in full below the list, and "Open entry" to
go to that entry in the Journal. Comments and titles are the therapist's and the patient's own words:
shown as plain text, never as markup."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from integration_journal.core import records as r
from integration_journal.core.sharing import ReplyComment, SharingService
from integration_journal.ui.models import SORT_ROLE, RowTableModel, datetime_text
from integration_journal.ui.sharing.tables import keep_rows_visible, select_source_row, source_row, table_view
from integration_journal.ui.sharing.texts import record_label
from integration_journal.ui.widgets.labels import wrapping_label

_Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("sharing", text)


def about_label(reply: ReplyComment) -> str:
    if reply.record is None:
        return tr("An entry deleted since")
    return record_label(reply.record)


def author_label(reply: ReplyComment) -> str:
    return reply.author_name or tr("Your therapist")


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _target(reply: ReplyComment) -> tuple[str, dict[str, bytes]] | None:
    """Where "Open" goes: the page and its navigate arguments, or None."""
    if isinstance(reply.record, r.Entry):
        return "journal", {"entry_id": reply.record.id}
    if isinstance(reply.record, r.TreatmentSession):
        return "sessions", {"session_id": reply.record.id}
    return None


class RepliesModel(RowTableModel):
    """One row per comment: what it is about, from whom, when it arrived, its first line."""

    COL_ABOUT, COL_FROM, COL_WHEN, COL_COMMENT = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("About"), tr("From"), tr("Received"), tr("Comment"))

    def reply_at(self, row: int) -> ReplyComment:
        return self._rows[row]

    def row_of(self, record_id: bytes) -> int:
        for row, reply in enumerate(self._rows):
            if reply.comment.id == record_id:
                return row
        return -1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        reply, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (about_label(reply), author_label(reply), datetime_text(reply.comment.updated),
                    first_line(reply.comment.text))[column]
        if role == SORT_ROLE:
            if column == self.COL_WHEN:
                return reply.comment.updated.timestamp()
            return self.data(index).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_COMMENT:
            return reply.comment.text
        return None


class RepliesPanel(QWidget):
    """The comments list, the selected comment in full, and "Open entry"."""

    open_requested = Signal(str, object)  # (page id, navigate arguments): the entry in the Journal, a session

    def __init__(self, service: SharingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.heading = QLabel(tr("Comments from your therapist"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.empty_label = wrapping_label(tr("No comments yet. When you open a reply that holds comments, each "
                                             "one is listed here with the entry it is about."), secondary=True)
        self.model = RepliesModel(self)
        self.view = table_view(self.model, tr("Comments from your therapist"), stretch=RepliesModel.COL_COMMENT)
        self.view.sortByColumn(RepliesModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.view.activated.connect(lambda _index: self.open_current())  # Enter or a double click
        keep_rows_visible(self.view, 5)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(tr("The comment in full"))
        self.text.setPlaceholderText(tr("Choose a comment above to read it in full."))
        keep_rows_visible(self.text, 4)
        self.open_button = QPushButton(tr("Open &entry"))
        self.open_button.setAccessibleName(tr("Open the entry in the Journal"))
        self.open_button.clicked.connect(lambda: self.open_current())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 2)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self._show_current()

    def reload(self) -> None:
        current = self.current()
        replies = self.service.replies()
        self.model.set_rows(replies)
        has = bool(replies)
        self.empty_label.setVisible(not has)
        for widget in (self.view, self.text, self.open_button):
            widget.setVisible(has)
        if has:
            row = self.model.row_of(current.comment.id) if current is not None else -1
            if row < 0:  # the newest first
                row = min(range(len(replies)), key=lambda i: self.view.model().mapFromSource(
                    self.model.index(i, 0)).row())
            select_source_row(self.view, row)
        self._show_current()

    def current(self) -> ReplyComment | None:
        row = source_row(self.view)
        return self.model.reply_at(row) if 0 <= row < self.model.rowCount() else None

    def _show_current(self) -> None:
        reply = self.current()
        if reply is None:
            self.text.setPlainText("")
            self.open_button.setEnabled(False)
            self.open_button.setToolTip("")
            return
        self.text.setPlainText(tr("{who}, {when}, about “{what}”:").format(
            who=author_label(reply), when=datetime_text(reply.comment.updated), what=about_label(reply))
            + "\n\n" + reply.comment.text)
        self.text.document().clearUndoRedoStacks()
        if isinstance(reply.record, r.TreatmentSession):
            self.open_button.setText(tr("Open &session"))
            self.open_button.setAccessibleName(tr("Open the session on the Sessions page"))
        else:
            self.open_button.setText(tr("Open &entry"))
            self.open_button.setAccessibleName(tr("Open the entry in the Journal"))
        can_open = _target(reply) is not None
        self.open_button.setEnabled(can_open)
        self.open_button.setToolTip("" if can_open else (
            tr("The entry was deleted since") if reply.record is None else tr("This item cannot be opened from here")))

    def open_current(self) -> bool:
        reply = self.current()
        target = _target(reply) if reply is not None else None
        if target is None:
            return False
        self.open_requested.emit(*target)
        return True

    def clear(self) -> None:
        self.model.clear()
        self.text.setPlainText("")
        self.text.document().clearUndoRedoStacks()
