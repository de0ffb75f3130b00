"""The Inbox (therapist): import share files, see what patients shared (new or reviewed), read each item
rendered safely, keep private notes, write comments for the patient, mark "discuss next time".

Shared Markdown is rendered by core.markdown_render (python-markdown + nh3) into a MarkdownView that
never loads a resource: no images, style sheets or files, from the network or from disk. An optional
watched folder (e.g. a clinic's synced folder) is scanned when it changes and every few minutes; share
files addressed to someone else are left where they are.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QFileSystemWatcher, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from integration_journal.core import records as r
from integration_journal.core.errors import JournalError
from integration_journal.core.markdown_render import render_markdown
from integration_journal.core.sharing import Received, SharingService
from integration_journal.ui.form_parts import show_problem
from integration_journal.ui.markdown_view import MarkdownView
from integration_journal.ui.models import SORT_ROLE, RowTableModel, date_text, datetime_text
from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.session_form import heading_font, wrapping_label
from integration_journal.ui.sharing_widgets import (
    busy_bar, describe_sharing, kind_label, problem_text, receive_file, received_label, received_markdown,
    result_text, select_source_row, source_row, status_label, table_view, tr,
)
from integration_journal.ui.workers import run_in_background

_Index = QModelIndex | QPersistentModelIndex
SCAN_INTERVAL_MS = 5 * 60 * 1000
DRAFT_KIND = "inbox_note"
FILTER_ALL, FILTER_NEW, FILTER_REVIEWED, FILTER_DISCUSS = "all", "new", "reviewed", "discuss"


class ReceivedModel(RowTableModel):
    """Received items: when, from whom, kind, what, state (new / reviewed, discuss next time)."""

    COL_RECEIVED, COL_FROM, COL_KIND, COL_WHAT, COL_STATE = range(5)
    COLUMN_COUNT = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("Received"), tr("From"), tr("Kind"), tr("What"), tr("State"))
        self._cells: list[tuple[tuple[str, ...], tuple[Any, ...]]] = []
        self._sort: tuple[int, Qt.SortOrder] = (self.COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        self._days: dict[Any, str] = {}
        self._kinds: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows) -> None:
        # The words of every cell are worked out once, and the model sorts itself with Python's sort
        # on them: a sorting proxy would ask for cells tens of thousands of times per reload (a
        # therapist's inbox can hold tens of thousands of items).
        self._days, self._kinds = {}, {}
        pairs = self._sorted([(received, self._row_cells(received)) for received in rows])
        self.beginResetModel()
        self._rows = [received for received, _cells in pairs]
        self._cells = [cells for _received, cells in pairs]
        self.endResetModel()

    def _sorted(self, pairs: list) -> list:
        column, order = self._sort
        return sorted(pairs, key=lambda pair: pair[1][1][column], reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        position = {id(received): row for row, received in enumerate(self._rows)}
        pairs = self._sorted(list(zip(self._rows, self._cells)))
        self._rows = [received for received, _cells in pairs]
        self._cells = [cells for _received, cells in pairs]
        moved = {position[id(received)]: row for row, received in enumerate(self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def _row_cells(self, received: Received) -> tuple[tuple[str, ...], tuple[Any, ...]]:
        item = received.item
        label = received_label(received)
        if item.discuss_next_time:
            state = tr("Discuss")
        else:
            state = tr("Reviewed") if item.reviewed else tr("New")
        day = item.received_at.astimezone().date()
        if day not in self._days:  # the same few days and kinds come back thousands of times
            self._days[day] = date_text(day)
        if item.item_kind not in self._kinds:
            self._kinds[item.item_kind] = kind_label(item.item_kind)
        shown = (self._days[day], received.contact_name, self._kinds[item.item_kind], label, state)
        keys = (item.received_at.timestamp(), received.contact_name.casefold(), item.item_kind, label.casefold(),
                2 * item.reviewed + item.discuss_next_time)
        return shown, keys

    def received_at(self, row: int) -> Received:
        return self._rows[row]

    def replace(self, received: Received) -> None:
        row = self.row_of(received.item.id)
        if row < 0:
            return
        self._rows[row] = received
        self._cells[row] = self._row_cells(received)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def row_of(self, record_id: bytes) -> int:
        return next((i for i, rec in enumerate(self._rows) if rec.item.id == record_id), -1)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cells[row][0][column]
        if role == SORT_ROLE:
            return self._cells[row][1][column]
        item = self._rows[row].item
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_RECEIVED, self.COL_STATE):
            if column == self.COL_RECEIVED:
                return tr("Received {when}").format(when=datetime_text(item.received_at))
            return tr("Reviewed") if item.reviewed else tr("New, not reviewed yet")
        if role == Qt.ItemDataRole.FontRole and not item.reviewed:
            return self._bold  # new items stand out, as unread mail does
        return None


class NotesModel(RowTableModel):
    """Notes on one received item: private notes and comments for the patient, oldest first."""

    COL_KIND, COL_TEXT, COL_WHEN = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("Kind"), tr("Note"), tr("Written"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        note, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_KIND:
                return tr("Comment for the patient") if note.for_patient else tr("Private note")
            if column == self.COL_TEXT:
                return note.text
            return datetime_text(note.updated)
        if role == SORT_ROLE:
            return (str(note.for_patient), note.text.casefold(), note.updated.timestamp())[column]
        return None


class InboxPage(Page):
    PAGE_ID = "inbox"
    TITLE = "Inbox"
    SHORTCUT = "Ctrl+1"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = SharingService(ctx.journal)
        self._cleared = False
        self._scanning = False
        self._notifying = False
        self._stale = True
        self._everything: dict[bytes, Received] = {}
        self.watched: Path | None = None
        self.last_scan = None

        heading = QLabel(self.tr("Inbox"))
        heading.setFont(heading_font(self.font()))
        intro = wrapping_label(self.tr(
            "What your patients chose to share with you. Import a share file, read each item, keep private "
            "notes, and write comments to send back with a reply (on the Patients page)."), secondary=True)
        self.import_button = QPushButton(self.tr("&Import share file…"))
        self.import_button.setAccessibleName(self.tr("Import share file"))
        self.import_button.clicked.connect(self.import_bundle)
        self.watch_button = QPushButton(self.tr("&Watch folder…"))
        self.watch_button.setAccessibleName(self.tr("Watch a folder for share files"))
        self.watch_button.setToolTip(self.tr("Import share files addressed to you from a folder, such as a "
                                             "clinic's synced folder, whenever they arrive"))
        self.watch_button.clicked.connect(self.choose_watch_folder)
        self.progress = busy_bar(self.tr("Importing"))
        self.status = status_label(self.tr("Import status"))
        self.filter_combo = QComboBox()
        self.filter_combo.setAccessibleName(self.tr("Show"))
        for key, text in ((FILTER_ALL, self.tr("Everything")), (FILTER_NEW, self.tr("New")),
                          (FILTER_REVIEWED, self.tr("Reviewed")), (FILTER_DISCUSS, self.tr("Discuss next time"))):
            self.filter_combo.addItem(text, key)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self._refilter())
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.filter_combo)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.watch_button)
        top.addWidget(self.progress)
        top.addStretch(1)
        top.addWidget(show_label)
        top.addWidget(self.filter_combo)

        self.model = ReceivedModel(self)
        self.view = table_view(self.model, self.tr("Received items"), stretch=ReceivedModel.COL_WHAT, proxy=False)
        self.view.sortByColumn(ReceivedModel.COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Item count"))

        # review pane
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setFont(heading_font(self.font(), 1.1))
        self.reader = MarkdownView()
        self.reader.setAccessibleName(self.tr("Shared item"))
        self.reviewed_button = QPushButton(self.tr("Mark &reviewed"))
        self.reviewed_button.setAccessibleName(self.tr("Mark reviewed"))
        self.reviewed_button.clicked.connect(self.toggle_reviewed)
        self.discuss_check = QCheckBox(self.tr("&Discuss next time"))
        self.discuss_check.setAccessibleName(self.tr("Discuss next time"))
        self.discuss_check.toggled.connect(self.set_discuss)
        self.notes_model = NotesModel(self)
        self.notes_view = table_view(self.notes_model, self.tr("Notes on this item"), stretch=NotesModel.COL_TEXT)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("New note"))
        self.note_edit.setPlaceholderText(self.tr("A private note, or a comment for the patient"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(self.note_edit.fontMetrics().lineSpacing() * 5)
        self.private_button = QPushButton(self.tr("Add &private note"))
        self.private_button.setAccessibleName(self.tr("Add private note"))
        self.private_button.setToolTip(self.tr("Stays in your vault; never sent"))
        self.private_button.clicked.connect(lambda: self.add_note(for_patient=False))
        self.comment_button = QPushButton(self.tr("Add &comment for the patient"))
        self.comment_button.setAccessibleName(self.tr("Add comment for the patient"))
        self.comment_button.setToolTip(self.tr("Sent with your next reply to this patient"))
        self.comment_button.clicked.connect(lambda: self.add_note(for_patient=True))
        self.note_problem = QLabel()
        self.note_problem.setAccessibleName(self.tr("Note message"))
        self.note_problem.hide()

        actions = QHBoxLayout()
        actions.addWidget(self.discuss_check)
        actions.addStretch(1)
        actions.addWidget(self.reviewed_button)
        note_buttons = QHBoxLayout()
        note_buttons.addStretch(1)
        note_buttons.addWidget(self.private_button)
        note_buttons.addWidget(self.comment_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.reader, 3)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.notes_view, 1)
        right_layout.addWidget(self.note_edit)
        right_layout.addWidget(self.note_problem)
        right_layout.addLayout(note_buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.view)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self.scan_now())
        self.scan_timer = QTimer(self)
        self.scan_timer.setInterval(SCAN_INTERVAL_MS)
        self.scan_timer.timeout.connect(self.scan_now)
        self._show_current()

    # --- the list ----------------------------------------------------------------------------------

    def reload(self, select: bytes | None = None) -> None:
        """Read every received item again (after an import, or a change made elsewhere)."""
        current = self.current()
        wanted = select if select is not None else (current.item.id if current else None)
        self._everything = {rec.item.id: rec for rec in self.service.received()}
        self._show_list(wanted)

    def _show_list(self, wanted: bytes | None) -> None:
        key = self.filter_combo.currentData()
        rows = [rec for rec in self._everything.values() if key == FILTER_ALL
                or (key == FILTER_NEW and not rec.item.reviewed) or (key == FILTER_REVIEWED and rec.item.reviewed)
                or (key == FILTER_DISCUSS and rec.item.discuss_next_time)]
        self.model.set_rows(rows)
        self._count()
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            select_source_row(self.view, row)
        self._show_current()

    def _count(self) -> None:
        new = sum(1 for rec in self._everything.values() if not rec.item.reviewed)
        self.count_label.setText(self.tr("{shown} shown; {new} new of {total}").format(
            shown=self.model.rowCount(), new=new, total=len(self._everything)))

    def _changed(self, item: r.ReceivedItem) -> None:
        """One item was marked here: its row changes in place (it stays in view until the next reload)."""
        received = dataclasses.replace(self._everything[item.id], item=item)
        self._everything[item.id] = received
        self.model.replace(received)
        self._count()
        self._notify("received_item")
        self._show_current()

    def _notify(self, *kinds: str) -> None:
        self._notifying = True  # our own change: the other pages refresh, this one already has
        try:
            self.ctx.notify_changed(*kinds)
        finally:
            self._notifying = False

    def _refilter(self) -> None:
        current = self.current()
        self._show_list(current.item.id if current else None)

    def current(self) -> Received | None:
        row = source_row(self.view)
        return self.model.received_at(row) if 0 <= row < self.model.rowCount() else None

    def _show_current(self) -> None:
        received = self.current()
        has = received is not None
        for widget in (self.reviewed_button, self.discuss_check, self.private_button, self.comment_button,
                       self.note_edit):
            widget.setEnabled(has)
        if not has:
            self.title_label.setText(self.tr("Nothing to show yet.") if not self.model.rowCount() else "")
            self.reader.clear_content()
            self.notes_model.clear()
            return
        item = received.item
        self.title_label.setText(self.tr("{what} — from {name}, received {when}").format(
            what=received_label(received), name=received.contact_name, when=datetime_text(item.received_at)))
        self.reader.set_html(render_markdown(received_markdown(received)))
        self.reviewed_button.setText(self.tr("Mark as &new") if item.reviewed else self.tr("Mark &reviewed"))
        self.reviewed_button.setAccessibleName(self.tr("Mark as new") if item.reviewed else self.tr("Mark reviewed"))
        self.discuss_check.blockSignals(True)
        self.discuss_check.setChecked(item.discuss_next_time)
        self.discuss_check.blockSignals(False)
        self.notes_model.set_rows(self.service.comments_for(item.id))
        for draft in self._drafts():
            if draft.target_id == item.id and not self.note_edit.toPlainText():
                self.note_edit.setPlainText(str(draft.state.get("text", "")))

    def _drafts(self) -> list[r.Draft]:
        return [d for d in self.ctx.journal.list(r.Draft) if d.target_kind == DRAFT_KIND]

    def save_state(self) -> None:
        """Before a lock: a note being written is kept as an encrypted draft beside its item."""
        received, text = self.current(), self.note_edit.toPlainText()
        if self._cleared or received is None or not text.strip():
            return
        for draft in self._drafts():
            self.ctx.journal.delete(draft.id)
        self.ctx.journal.add(r.Draft(target_kind=DRAFT_KIND, target_id=received.item.id, state={"text": text}))

    # --- actions -----------------------------------------------------------------------------------

    def toggle_reviewed(self) -> None:
        received = self.current()
        if received is None:
            return
        self._changed(self.service.mark(received.item.id, reviewed=not received.item.reviewed))

    def set_discuss(self, checked: bool) -> None:
        received = self.current()
        if received is None:
            return
        self._changed(self.service.mark(received.item.id, discuss_next_time=checked))

    def add_note(self, *, for_patient: bool) -> None:
        received = self.current()
        text = self.note_edit.toPlainText().strip()
        if received is None:
            return
        if not text:
            show_problem(self.note_problem, self.tr("Write the note first."))
            return
        try:
            self.service.annotate(received.item.id, text, for_patient=for_patient)
        except JournalError as exc:
            show_problem(self.note_problem, describe_sharing(exc))
            return
        show_problem(self.note_problem, "")
        for draft in self._drafts():
            self.ctx.journal.delete(draft.id)
        self.note_edit.setPlainText("")
        self.note_edit.document().clearUndoRedoStacks()
        self._notify("annotation")
        self.notes_model.set_rows(self.service.comments_for(received.item.id))

    def import_bundle(self) -> None:
        receive_file(self, self.ctx, self.service, self.status, self.progress, self._imported,
                     self.tr("Import a share file"))

    def _imported(self, result) -> None:
        if self._cleared:
            return
        self.status.setStyleSheet("")
        self.status.setText(result_text(result))
        self.status.show()
        self.ctx.notify_changed("received_item", "contact")
        self.reload()

    # --- watched folder ----------------------------------------------------------------------------

    def choose_watch_folder(self) -> None:
        folder = self.ctx.dialogs.choose_folder(self, self.tr("Watch a folder for share files"), Path.home())
        if folder is None:
            return
        self.watch(folder)

    def watch(self, folder: Path | None) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.watched = folder
        if folder is None:
            self.scan_timer.stop()
            return
        self.watcher.addPath(str(folder))
        self.scan_timer.start()
        self.watch_button.setToolTip(self.tr("Watching {folder}").format(folder=str(folder)))
        self.scan_now()

    def scan_now(self) -> None:
        folder = self.watched
        if folder is None or self._scanning or self._cleared:
            return
        self._scanning = True
        self.progress.setRange(0, 0)
        self.progress.show()

        def done(scan) -> None:
            self._scanning = False
            self.progress.hide()
            if self._cleared:
                return
            self.last_scan = scan
            parts = [self.tr("{n} imported").format(n=len(scan.imported))]
            if scan.ignored:
                parts.append(self.tr("{n} for someone else, left in place").format(n=len(scan.ignored)))
            text = self.tr("Watched folder: {parts}.").format(parts=", ".join(parts))
            for path, reason in scan.rejected:
                text += " " + self.tr("{name} was not imported: {reason}").format(name=path.name,
                                                                                   reason=problem_text(reason))
            if scan.rejected:
                show_problem(self.status, text)
            else:
                self.status.setStyleSheet("")
                self.status.setText(text)
                self.status.show()
            if scan.imported:
                self.ctx.notify_changed("received_item", "contact")
                self.reload()

        def failed(exc: BaseException) -> None:
            self._scanning = False
            self.progress.hide()
            if not self._cleared:
                show_problem(self.status, describe_sharing(exc))

        run_in_background(lambda: self.service.scan_folder(folder), done, failed, parent=self)

    # --- page hooks --------------------------------------------------------------------------------

    def activate(self, **args: Any) -> None:
        if self._stale:
            self._stale = False
            self.reload()

    def records_changed(self, kinds: set[str]) -> None:
        if self._cleared or self._notifying or not kinds & {"received_item", "contact"}:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # read again when shown: a long list is not re-read behind the scenes

    def clear(self) -> None:
        self._cleared = True
        self.scan_timer.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self._everything = {}
        self.model.clear()
        self.notes_model.clear()
        self.reader.clear_content()
        self.note_edit.setPlainText("")
        self.note_edit.document().clearUndoRedoStacks()
        self.title_label.clear()
        self.status.clear()
