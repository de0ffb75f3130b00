"""The Inbox (therapist): import share files, see what patients shared (new or reviewed), read each item
rendered safely, keep private notes, write comments for the patient, mark "discuss next time".

Shared Markdown is rendered by core.markdown_render (python-markdown + nh3) into a MarkdownView that
never loads a resource: no images, style sheets or files, from the network or from disk. A drop folder
(e.g. a clinic's synced folder), kept in the vault's settings, is watched from unlock on: scanned when it
changes and every minute; share files addressed to someone else are left where they are, and a folder
that has gone away or cannot be read is said in the page, never in a pop-up.

The list holds tens of thousands of items on a busy therapist's vault: it is filled from the stored
records without decoding what was shared (ReceivedLabels decodes a title once per item revision, when
it is shown or sorted by), and only the item being read is decoded in full.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QFileSystemWatcher,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core import records as r
from integration_journal.core.markdown_render import render_markdown
from integration_journal.core.settings import SettingsService
from integration_journal.core.sharing import (
    FolderUnavailable,
    Received,
    SharingService,
    revision_of,
)
from integration_journal.errors import JournalError
from integration_journal.ui.markdown_view import MarkdownView
from integration_journal.ui.models import (
    SORT_ROLE,
    RowTableModel,
    date_text,
    datetime_text,
)
from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.sharing.reader_header import ReaderHeader
from integration_journal.ui.sharing.receiving import receive_file, result_text
from integration_journal.ui.sharing.reply import ReplyBar, unsent_text
from integration_journal.ui.sharing.status_widgets import busy_bar, status_label
from integration_journal.ui.sharing.tables import select_source_row, source_row, table_view
from integration_journal.ui.sharing.texts import describe_sharing, kind_label, problem_text, received_label, received_markdown, tr
from integration_journal.ui.widgets.fields import find_data
from integration_journal.ui.widgets.fonts import heading_font
from integration_journal.ui.widgets.form_parts import show_problem
from integration_journal.ui.widgets.labels import wrapping_label
from integration_journal.ui.widgets.layout import flow_row
from integration_journal.ui.workers import run_in_background

_Index = QModelIndex | QPersistentModelIndex
PRUNE_SLACK = 1000  # labels of changed or removed items kept before the cache is tidied
SIZING_ROWS = 50  # rows beyond those on show that a column's width is measured from
READ_AHEAD = 64  # titles worked out together when a view asks for one not known yet
WARM_CHUNK = 200  # labels per idle moment, read in one batch (about 15 ms): the list stays responsive
SCAN_INTERVAL_MS = 60 * 1000  # besides every change the folder watcher reports (it misses some synced writes)
ANNOUNCE_MS = 60 * 1000
DRAFT_KIND = "inbox_note"
FILTER_ALL, FILTER_NEW, FILTER_REVIEWED, FILTER_DISCUSS = "all", "new", "reviewed", "discuss"


def folder_readable(folder: Path) -> bool:
    try:
        return folder.is_dir() and os.access(folder, os.R_OK | os.X_OK)
    except OSError:
        return False


class ReceivedLabels:
    """What each received item is called in the list ("Check-in, 3 May", an entry's title), worked out
    by decoding its payload once and kept by (record id, revision): a reload, or a re-read after one
    more share file, decodes only what is new or changed. The shared content itself is decoded again
    only for the item being read."""

    def __init__(self, service: SharingService, journal: Any = None) -> None:
        self._service = service
        self._journal = journal  # for reading many items whole at once (warm); None: one by one
        self._labels: dict[tuple[bytes, int], str] = {}

    def __call__(self, item: r.ReceivedItem) -> str:
        key = (item.id, revision_of(item))
        label = self._labels.get(key)
        if label is None:
            label = self._label(item)
            self._labels[key] = label
        return label

    def warm(self, items: Iterable[r.ReceivedItem]) -> None:
        """Work out the labels not known yet of these items, reading the ones held light whole in one
        batch (Journal.get_many: one store read for them all, where a label each would read one)."""
        cold = [item for item in items if not self.known(item)]
        light = [item.id for item in cold if not item.payload]
        wholes: dict[bytes, r.ReceivedItem] = {}
        if light and self._journal is not None:
            try:
                wholes = {whole.id: whole for whole in self._journal.get_many(light)}
            except JournalError:  # one deleted meanwhile: the rest one by one, as before
                wholes = {}
        for item in cold:
            whole = wholes.get(item.id)
            # Only the same revision stands for `item`: an edit meanwhile is read by open_received.
            self._labels[(item.id, revision_of(item))] = self._label(
                whole if whole is not None and revision_of(whole) == revision_of(item) else item)

    def _label(self, item: r.ReceivedItem) -> str:
        received = self._service.open_received(item)
        return received_label(received) if received is not None else unreadable_label(item.item_kind)

    def carry(self, before: r.ReceivedItem, after: r.ReceivedItem) -> None:
        """`after` is `before` with other flags (same content): its label is known already."""
        label = self._labels.get((before.id, revision_of(before)))
        if label is not None:
            self._labels[(after.id, revision_of(after))] = label

    def known(self, item: r.ReceivedItem) -> bool:
        return (item.id, revision_of(item)) in self._labels

    def keep_only(self, items: list[r.ReceivedItem]) -> None:
        """Forget labels of items (or revisions) that are gone, once there are many of them (checking
        costs a pass over every item, so it is not done on every reload)."""
        if len(self._labels) <= len(items) + PRUNE_SLACK:
            return
        wanted = {(item.id, revision_of(item)) for item in items}
        self._labels = {key: label for key, label in self._labels.items() if key in wanted}

    def clear(self) -> None:
        self._labels = {}


def unreadable_label(kind: str) -> str:
    return tr("{kind} this version cannot show").format(kind=kind_label(kind))


class ReceivedModel(RowTableModel):
    """Received items: when, from whom, kind, what, state (new / reviewed, discuss next time).

    Rows are the stored ReceivedItem records; a row's words are worked out when a view asks for them,
    so filling the model with tens of thousands of items decodes none of their content. Only sorting
    by "What" needs every item's title (from `labels`, which keeps them between reloads, and which
    the page fills in idle moments)."""

    COL_RECEIVED, COL_FROM, COL_KIND, COL_WHAT, COL_STATE = range(5)
    COLUMN_COUNT = 5

    def __init__(self, labels: Callable[[r.ReceivedItem], str], parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("Received"), tr("From"), tr("Kind"), tr("What"), tr("State"))
        self._labels = labels
        self._names: dict[bytes, str] = {}
        self._position: dict[bytes, int] = {}
        # A row's words once asked for: views ask again and again (painting, sizing, accessibility).
        self._cells: list[tuple[str, ...] | None] = []
        self._sort: tuple[int, Qt.SortOrder] = (self.COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        self._days: dict[Any, str] = {}
        self._kinds: dict[str, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Iterable[r.ReceivedItem], names: dict[bytes, str] | None = None, *,
                 newest_first: bool = False) -> None:
        """`newest_first`: the rows come in the journal's list order (newest received first, then
        newest written, then id), which is this model's order when sorted by when received, newest
        first: then they are kept as they come rather than sorted again."""
        # The model sorts itself with Python's sort on cheap keys: a sorting proxy would ask for cells
        # tens of thousands of times per reload (a therapist's inbox can hold tens of thousands of items).
        if names is not None:
            self._names = dict(names)
        self._days = {}
        in_order = newest_first and self._sort == (self.COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        ordered = list(rows) if in_order else self._sorted(list(rows))
        self.beginResetModel()
        self._rows = ordered
        self._cells = [None] * len(ordered)
        self._index_rows()
        self.endResetModel()

    def _index_rows(self) -> None:
        self._position = {item.id: row for row, item in enumerate(self._rows)}

    def _key(self, column: int) -> Callable[[r.ReceivedItem], Any]:
        if column == self.COL_RECEIVED:
            return lambda item: item.received_at
        if column == self.COL_FROM:
            names = self._names
            return lambda item: names.get(item.sender_id, "").casefold()
        if column == self.COL_KIND:
            return lambda item: item.item_kind
        if column == self.COL_WHAT:
            labels = self._labels
            return lambda item: labels(item).casefold()
        return lambda item: 2 * item.reviewed + item.discuss_next_time

    def _sorted(self, items: list[r.ReceivedItem]) -> list[r.ReceivedItem]:
        column, order = self._sort
        return sorted(items, key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMN_COUNT:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        before = self._position
        # Sorting by title before the idle work has read every title decodes the rest now (about a
        # second for tens of thousands of items): say so with the busy cursor.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._rows = self._sorted(self._rows)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._cells = [None] * len(self._rows)  # rebuilt for the rows shown, cheaper than carried along
        self._index_rows()
        moved = {before[item.id]: row for row, item in enumerate(self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def item_at(self, row: int) -> r.ReceivedItem:
        return self._rows[row]

    def sender_name(self, item: r.ReceivedItem) -> str:
        return self._names.get(item.sender_id, "")

    def replace(self, item: r.ReceivedItem) -> None:
        row = self.row_of(item.id)
        if row < 0:
            return
        self._rows[row] = item
        self._cells[row] = None
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def row_of(self, record_id: bytes) -> int:
        return self._position.get(record_id, -1)

    def _words(self, item: r.ReceivedItem) -> tuple[str, ...]:
        day = item.received_at.astimezone().date()
        if day not in self._days:  # the same few days and kinds come back thousands of times
            self._days[day] = date_text(day)
        if item.item_kind not in self._kinds:
            self._kinds[item.item_kind] = kind_label(item.item_kind)
        if item.discuss_next_time:
            state = tr("Discuss")
        else:
            state = tr("Reviewed") if item.reviewed else tr("New")
        return self._days[day], self.sender_name(item), self._kinds[item.item_kind], "", state

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if not index.isValid() or row >= len(self._rows):  # a flat table: no index has a parent
            return None
        item, column = self._rows[row], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_WHAT:  # worked out only when a cell is wanted
                labels = self._labels
                if not labels.known(item):
                    # A view asks row after row (painting, sizing a column): the rows that follow are
                    # read with this one, in one batch, rather than one store read per cell.
                    labels.warm(self._rows[row:row + READ_AHEAD])
                return labels(item)
            cells = self._cells[row]
            if cells is None:
                cells = self._cells[row] = self._words(item)
            return cells[column]
        if role == SORT_ROLE:
            key = self._key(column)(item)
            return key.timestamp() if column == self.COL_RECEIVED else key
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_RECEIVED, self.COL_STATE):
            if column == self.COL_RECEIVED:
                return tr("Received {when}").format(when=datetime_text(item.received_at))
            if item.reviewed:
                return tr("Reviewed")
            return tr("New, opened, not reviewed yet") if item.seen else tr("New, not opened yet")
        if role == Qt.ItemDataRole.FontRole and not item.seen:
            return self._bold  # items not opened yet stand out, as unread mail does
        return None


SIZED_COLUMNS = (ReceivedModel.COL_RECEIVED, ReceivedModel.COL_FROM, ReceivedModel.COL_KIND, ReceivedModel.COL_STATE)


class NotesModel(RowTableModel):
    """Notes on one received item: private notes and comments for the patient, oldest first."""

    COL_KIND, COL_TEXT, COL_WHEN = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("Kind"), tr("Note"), tr("Written"))
        self._unsent: frozenset[bytes] = frozenset()

    def set_notes(self, notes: list[r.Annotation], unsent: frozenset[bytes] = frozenset()) -> None:
        """`unsent`: the comments for the patient not sent since last written (said beside each)."""
        self._unsent = unsent
        self.set_rows(notes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        note, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_KIND:
                if not note.for_patient:
                    return tr("Private note")
                if note.id in self._unsent:
                    return tr("Comment for the patient, not sent yet")
                return tr("Comment for the patient, sent")
            if column == self.COL_TEXT:
                return note.text
            return datetime_text(note.updated)
        if role == SORT_ROLE:
            return (str(note.for_patient), note.text.casefold(), note.updated.timestamp())[column]
        return None


class InboxPage(Page):
    PAGE_ID = "inbox"
    TITLE = "Inbox"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = SharingService(ctx.journal)
        self._cleared = False
        self._scanning = False
        self._notifying = False
        self._stale = True
        self._everything: dict[bytes, r.ReceivedItem] = {}
        self._origins: dict[tuple[bytes, bytes], bytes] = {}  # (sender, their record id) -> our item id
        self._opened: Received | None = None  # the item being read, decoded
        self.labels = ReceivedLabels(self.service, ctx.journal)
        self.watched: Path | None = None
        self.folder_problem = ""  # why the watched folder cannot be scanned just now, or ""
        self.last_scan = None

        heading = QLabel(self.tr("Inbox"))
        heading.setFont(heading_font(self.font()))
        intro = wrapping_label(self.tr(
            "What your patients chose to share with you. Import a share file, read each item, keep private "
            "notes, write comments for the patient and send them back with a reply."), secondary=True)
        self.import_button = QPushButton(self.tr("&Import share file…"))
        self.import_button.setAccessibleName(self.tr("Import share file"))
        self.import_button.clicked.connect(self.import_bundle)
        self.watch_button = QPushButton(self.tr("&Watch folder…"))
        self.watch_button.setAccessibleName(self.tr("Watch a folder for share files"))
        self.watch_button.setToolTip(self.tr("Import share files addressed to you from a folder, such as a "
                                             "clinic's synced folder, whenever they arrive"))
        self.watch_button.clicked.connect(self.choose_watch_folder)
        self.stop_watch_button = QPushButton(self.tr("S&top watching"))
        self.stop_watch_button.setAccessibleName(self.tr("Stop watching the folder"))
        self.stop_watch_button.clicked.connect(self.stop_watching)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleName(self.tr("Watched folder"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        # One patient's items, each patient named with the comments for them not sent yet.
        self.sender_combo = QComboBox()
        self.sender_combo.setAccessibleName(self.tr("From"))
        self.sender_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sender_combo.addItem(self.tr("Everyone"), None)
        self.sender_combo.currentIndexChanged.connect(lambda _i: self._refilter())
        from_label = QLabel(self.tr("Fr&om:"))
        from_label.setBuddy(self.sender_combo)
        # rows of controls wrap rather than widen the window (1000 px, large text sizes)
        top = flow_row([self.import_button, self.watch_button, self.stop_watch_button, self.progress,
                        (from_label, self.sender_combo), (show_label, self.filter_combo)])

        self.model = ReceivedModel(self.labels, self)
        self.view = table_view(self.model, self.tr("Received items"), stretch=ReceivedModel.COL_WHAT, proxy=False)
        self.view.sortByColumn(ReceivedModel.COL_RECEIVED, Qt.SortOrder.DescendingOrder)
        # Sized from the rows at hand after each fill, not again on every change and selection: sizing
        # to contents asks a couple of hundred rows for their words each time.
        for column in SIZED_COLUMNS:
            self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # Widths from the rows on show and a few more, not from a thousand: a title ("What") that is not
        # known yet means reading that item, and a table that fits its columns asks again on each resize.
        self.view.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.warm_timer = QTimer(self)
        self.warm_timer.setInterval(0)
        self.warm_timer.timeout.connect(self._warm_labels)
        self._cold: list[r.ReceivedItem] = []
        self._sized, self._sized_for = False, None
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_current())
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Item count"))

        # review pane
        self.header = ReaderHeader()
        self.title_label = self.header.title_label
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
        self.notes_view.sortByColumn(NotesModel.COL_WHEN, Qt.SortOrder.AscendingOrder)  # as they were written
        # Every note in full: long ones wrap onto more lines rather than end in "…".
        self.notes_view.setWordWrap(True)
        self.notes_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.notes_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.notes_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
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
        self.reply_bar = ReplyBar(self, ctx, self.service)
        self.reply_bar.writer.finished.connect(lambda _log: self._refresh_unsent())

        actions = flow_row([self.discuss_check, self.reviewed_button], spacing=12)
        note_buttons = flow_row([self.private_button, self.comment_button])
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        right_layout.addWidget(self.reader, 4)
        right_layout.addWidget(actions)
        right_layout.addWidget(self.notes_view, 1)
        right_layout.addWidget(self.note_edit)
        right_layout.addWidget(self.note_problem)
        right_layout.addWidget(note_buttons)
        right_layout.addWidget(self.reply_bar)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        # The reader gets the larger share: reading is what the page is for.
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([440, 660])

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(top)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.view)

        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self.scan_now())
        self.scan_timer = QTimer(self)
        self.scan_timer.setInterval(SCAN_INTERVAL_MS)
        self.scan_timer.timeout.connect(self.scan_now)
        self._show_current()
        self._show_folder()
        # Pages are built at unlock (the Inbox is a therapist's first page): watching starts there.
        self.watch(self._stored_drop_folder())

    # --- the list ----------------------------------------------------------------------------------

    def reload(self, select: bytes | None = None) -> None:
        """Read every received item again (after an import, or a change made elsewhere)."""
        current = self.current_item()
        wanted = select if select is not None else (current.id if current else None)
        items = self.service.received_items()
        self._everything = {item.id: item for item in items}
        self._origins = {(item.sender_id, item.item_id): item.id for item in items}
        self.labels.keep_only(items)
        names = self.service.contact_names()
        counts = self._fill_senders(names)
        self._show_list(wanted, names)
        self._show_unsent(counts)  # names and counts read again
        self._cold = items
        self.warm_timer.start()

    def _warm_labels(self) -> None:
        """In idle moments, work out the titles not known yet, so that sorting by "What" is quick: up
        to WARM_CHUNK per turn, read from the journal in one batch."""
        cold, labels = self._cold, self.labels
        batch: list[r.ReceivedItem] = []
        while cold and len(batch) < WARM_CHUNK:
            item = cold.pop()
            if not labels.known(item):
                batch.append(item)
        labels.warm(batch)
        if not cold:
            self.warm_timer.stop()

    @property
    def labels_ready(self) -> bool:
        return not self._cold

    def _fill_senders(self, names: dict[bytes, str] | None = None) -> dict[bytes, int]:
        """The "From" choices: everyone, then each patient with items here, alphabetically, with the
        comments for them not sent yet ("Sam — 2 comment(s) not sent yet")."""
        names = self.service.contact_names() if names is None else names
        counts = self.service.pending_counts()
        senders = {item.sender_id for item in self._everything.values()} | set(counts)
        chosen = self.sender_combo.currentData()
        self.sender_combo.blockSignals(True)
        try:
            while self.sender_combo.count() > 1:
                self.sender_combo.removeItem(1)
            for sender in sorted(senders, key=lambda s: (names.get(s, "").casefold(), s)):
                name, count = names.get(sender, ""), counts.get(sender, 0)
                text = self.tr("{name} — {unsent}").format(name=name, unsent=unsent_text(count)) if count else name
                self.sender_combo.addItem(text, sender)
            index = find_data(self.sender_combo, chosen) if chosen is not None else 0
            self.sender_combo.setCurrentIndex(max(index, 0))
        finally:
            self.sender_combo.blockSignals(False)
        return counts

    def _show_unsent(self, counts: dict[bytes, int]) -> None:
        item = self.current_item()
        sender = self._sender(item) if item is not None else None
        self.reply_bar.show_for(sender, pending=counts.get(sender.id, 0) if sender is not None else 0)

    def _refresh_unsent(self) -> None:
        """A comment was added, or a reply written (here or on the Patients page): counts change."""
        if self._cleared:
            return
        item = self.current_item()
        if item is not None:
            self._show_notes(item)
        before = self.sender_combo.currentData()
        counts = self._fill_senders()
        if self.sender_combo.currentData() != before:  # that patient is gone: show everyone
            self._refilter()
        self._show_unsent(counts)

    def _show_list(self, wanted: bytes | None, names: dict[bytes, str] | None = None) -> None:
        key = self.filter_combo.currentData()
        sender = self.sender_combo.currentData()
        rows = [item for item in self._everything.values() if (sender is None or item.sender_id == sender) and (
                key == FILTER_ALL or (key == FILTER_NEW and not item.reviewed)
                or (key == FILTER_REVIEWED and item.reviewed) or (key == FILTER_DISCUSS and item.discuss_next_time))]
        self.model.set_rows(rows, names, newest_first=True)  # _everything keeps the journal's order
        if rows and (not self._sized or names is not None and names != self._sized_for):
            # Widths follow the words (dates, names, kinds, states), which change little: sized when
            # the list is first filled and when a new person appears, not on every re-read.
            self._sized, self._sized_for = True, names
            for column in SIZED_COLUMNS:
                self.view.resizeColumnToContents(column)
        self._count()
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            select_source_row(self.view, row)
        self._show_current()

    def _count(self) -> None:
        new = sum(1 for item in self._everything.values() if not item.reviewed)
        self.count_label.setText(self.tr("{shown} shown; {new} new of {total}").format(
            shown=self.model.rowCount(), new=new, total=len(self._everything)))

    def _changed(self, item: r.ReceivedItem) -> None:
        """One item was marked here: its row changes in place (it stays in view until the next reload)."""
        before = self._everything.get(item.id)
        if before is not None:
            self.labels.carry(before, item)
        self._everything[item.id] = item
        self.model.replace(item)
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
        current = self.current_item()
        self._show_list(current.id if current else None)

    def current_item(self) -> r.ReceivedItem | None:
        """The stored record of the selected row (nothing decoded)."""
        row = source_row(self.view)
        return self.model.item_at(row) if 0 <= row < self.model.rowCount() else None

    def current(self) -> Received | None:
        """The selected item with its content decoded (None also when this version cannot read it)."""
        item = self.current_item()
        if item is None:
            return None
        opened = self._opened
        if opened is None or opened.item.id != item.id or revision_of(opened.item) != revision_of(item):
            opened = self.service.open_received(item, self.model.sender_name(item))
            self._opened = opened
        elif opened.item is not item:  # marked here: same content, new flags
            opened = self._opened = Received(item, opened.contact_name, opened.record, opened.title, opened.text)
        return opened

    def _show_current(self) -> None:
        item = self.current_item()
        has = item is not None
        for widget in (self.reviewed_button, self.discuss_check, self.private_button, self.comment_button,
                       self.note_edit):
            widget.setEnabled(has)
        if item is None:
            self._opened = None
            self.header.show_message(self.tr("Nothing to show yet.") if not self.model.rowCount() else "")
            self.reader.clear_content()
            self.notes_model.clear()
            self.reply_bar.show_for(None)
            return
        item = self._mark_seen(item)
        received = self.current()
        what = received_label(received) if received is not None else unreadable_label(item.item_kind)
        self.header.show_item(what, item, self.model.sender_name(item), received, self._session_of(received))
        self.reply_bar.show_for(self._sender(item), recount=False)
        if received is not None:
            self.reader.set_html(render_markdown(received_markdown(received)))
        else:
            self.reader.set_html(render_markdown(self.tr(
                "This item was made by a newer version of Integration Journal, or was damaged on the way. "
                "Updating the app may let you read it.")))
        self.reviewed_button.setText(self.tr("Mark as &new") if item.reviewed else self.tr("Mark &reviewed"))
        self.reviewed_button.setAccessibleName(self.tr("Mark as new") if item.reviewed else self.tr("Mark reviewed"))
        self.discuss_check.blockSignals(True)
        self.discuss_check.setChecked(item.discuss_next_time)
        self.discuss_check.blockSignals(False)
        self._show_notes(item)
        for draft in self._drafts():
            if draft.target_id == item.id and not self.note_edit.toPlainText():
                self.note_edit.setPlainText(str(draft.state.get("text", "")))

    def _show_notes(self, item: r.ReceivedItem) -> None:
        notes = self.service.comments_for(item.id)
        unsent: frozenset[bytes] = frozenset()
        sender = self._sender(item) if any(note.for_patient for note in notes) else None
        if sender is not None:  # only then: it goes through every comment for that patient
            unsent = frozenset(c.id for c in self.service.pending_comments(sender))
        self.notes_model.set_notes(notes, unsent)

    def _mark_seen(self, item: r.ReceivedItem) -> r.ReceivedItem:
        """Shown in the reader while the page is on screen: the item has been opened. Kept in the vault,
        so it is no longer bold after a lock. Only the Inbox shows it: the other pages are not told (the
        Patients dashboard would rebuild itself for every item stepped through)."""
        if item.seen or not self.isVisible() or self._cleared:
            return item
        try:
            seen = self.service.mark(item.id, seen=True)
        except JournalError:
            return item  # a vault that refuses writes just now: it stays bold, nothing else changes
        self.labels.carry(item, seen)
        self._everything[item.id] = seen
        opened = self._opened
        if opened is not None and opened.item.id == item.id and revision_of(opened.item) == revision_of(item):
            self._opened = Received(seen, opened.contact_name, opened.record, opened.title, opened.text)
        self.model.replace(seen)
        return seen

    def _sender(self, item: r.ReceivedItem) -> r.Contact | None:
        if item.sender_id not in self.ctx.journal:
            return None
        return self.ctx.journal.get_as(item.sender_id, r.Contact)

    def _session_of(self, received: Received | None) -> r.TreatmentSession | None:
        """The session an entry is linked to, when the patient shared that session too."""
        entry = received.record if received is not None else None
        if not isinstance(entry, r.Entry) or entry.session_id is None:
            return None
        item_id = self._origins.get((received.item.sender_id, entry.session_id))
        item = self._everything.get(item_id) if item_id is not None else None
        opened = self.service.open_received(item) if item is not None else None
        return opened.record if opened is not None and isinstance(opened.record, r.TreatmentSession) else None

    def _drafts(self) -> list[r.Draft]:
        return [d for d in self.ctx.journal.list(r.Draft) if d.target_kind == DRAFT_KIND]

    def save_state(self) -> None:
        """Before a lock: a note being written is kept as an encrypted draft beside its item."""
        item, text = self.current_item(), self.note_edit.toPlainText()
        if self._cleared or item is None or not text.strip():
            return
        for draft in self._drafts():
            self.ctx.journal.delete(draft.id)
        self.ctx.journal.add(r.Draft(target_kind=DRAFT_KIND, target_id=item.id, state={"text": text}))

    # --- actions -----------------------------------------------------------------------------------

    def toggle_reviewed(self) -> None:
        item = self.current_item()
        if item is None:
            return
        self._changed(self.service.mark(item.id, reviewed=not item.reviewed))

    def set_discuss(self, checked: bool) -> None:
        item = self.current_item()
        if item is None:
            return
        self._changed(self.service.mark(item.id, discuss_next_time=checked))

    def add_note(self, *, for_patient: bool) -> None:
        item = self.current_item()
        text = self.note_edit.toPlainText().strip()
        if item is None:
            return
        if not text:
            show_problem(self.note_problem, self.tr("Write the note first."))
            return
        try:
            self.service.annotate(item.id, text, for_patient=for_patient)
        except JournalError as exc:
            show_problem(self.note_problem, describe_sharing(exc))
            return
        show_problem(self.note_problem, "")
        for draft in self._drafts():
            self.ctx.journal.delete(draft.id)
        self.note_edit.setPlainText("")
        self.note_edit.document().clearUndoRedoStacks()
        self._notify("annotation")
        self._refresh_unsent()  # the notes, the count beside the patient and the reply bar

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

    def _settings(self) -> SettingsService:
        return SettingsService(self.ctx.journal)

    def _stored_drop_folder(self) -> Path | None:
        folder = self._settings().drop_folder()
        return Path(folder) if folder else None

    def choose_watch_folder(self) -> None:
        start = self.watched if self.watched is not None and self.watched.is_dir() else Path.home()
        folder = self.ctx.dialogs.choose_folder(self, self.tr("Watch a folder for share files"), start)
        if folder is None:
            return
        folder = Path(folder)
        if not folder_readable(folder):
            show_problem(self.status, self.tr("That folder cannot be opened. Please choose another one."))
            return
        self._remember_folder(folder.resolve())

    def stop_watching(self) -> None:
        self._remember_folder(None)
        self.status.clear()
        self.status.hide()

    def _remember_folder(self, folder: Path | None) -> None:
        """Keep the choice in the vault's settings (it says the app is used: never in QSettings), then watch."""
        try:
            kinds = self._settings().set_drop_folder(str(folder) if folder is not None else None)
        except JournalError as exc:
            show_problem(self.status, describe_sharing(exc))
            return
        if kinds:
            self._notify(*kinds)
        self.watch(folder)

    def watch(self, folder: Path | None) -> None:
        """Watch `folder` (None: stop) and scan it now; nothing is written to the settings here."""
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.watched = folder
        self.folder_problem = ""
        if folder is None or self._cleared:
            self.scan_timer.stop()
            self._show_folder()
            return
        self.scan_timer.start()
        self.scan_now()

    def _show_folder(self) -> None:
        folder = self.watched
        self.stop_watch_button.setEnabled(folder is not None)
        if folder is None:
            self.folder_label.setText(self.tr("No folder is watched. Share files can also be imported one by one."))
            self.watch_button.setToolTip(self.tr("Import share files addressed to you from a folder, such as a "
                                                 "clinic's synced folder, whenever they arrive"))
            return
        self.watch_button.setToolTip(self.tr("Watching {folder}").format(folder=str(folder)))
        text = self.tr("Watching {folder} for share files.").format(folder=str(folder))
        if self.folder_problem:
            text += " " + self.folder_problem
        self.folder_label.setText(text)

    def _folder_missing(self) -> None:
        self.folder_problem = self.tr(
            "It cannot be found or opened just now (a drive that is not connected, or a folder that was "
            "moved). It is looked at again every minute; you can also choose another folder.")
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self._show_folder()

    def scan_now(self) -> None:
        folder = self.watched
        if folder is None or self._scanning or self._cleared:
            return
        if not folder_readable(folder):
            self._folder_missing()
            return
        if self.folder_problem:  # it is back
            self.folder_problem = ""
            self._show_folder()
        if str(folder) not in self.watcher.directories():
            self.watcher.addPath(str(folder))  # again after it went away: the watcher forgets it then
        self._scanning = True
        self.progress.setRange(0, 0)
        self.progress.show()

        def done(scan) -> None:
            self._scanning = False
            self.progress.hide()
            if self._cleared:
                return
            self.last_scan = scan
            self._show_folder()
            if scan.imported:
                self._announce(" ".join(result_text(result) for _path, result in scan.imported))
            if not (scan.imported or scan.rejected or scan.ignored or scan.unreadable):
                return  # nothing new: the line keeps what it said
            parts = [self.tr("{n} imported").format(n=len(scan.imported))]
            if scan.ignored:
                parts.append(self.tr("{n} for someone else, left in place").format(n=len(scan.ignored)))
            text = self.tr("Watched folder: {parts}.").format(parts=", ".join(parts))
            for path, reason in scan.rejected:
                text += " " + self.tr("{name} was not imported: {reason}").format(name=path.name,
                                                                                   reason=problem_text(reason))
            for path in scan.unreadable:
                text += " " + self.tr("{name} could not be read; it is tried again at the next look.").format(
                    name=path.name)
            if scan.rejected or scan.unreadable:
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
            if self._cleared:
                return
            if isinstance(exc, FolderUnavailable):
                self._folder_missing()
            else:
                show_problem(self.status, describe_sharing(exc))

        run_in_background(lambda: self.service.scan_folder(folder), done, failed, parent=self)

    def _announce(self, text: str) -> None:
        """New share files are said in the window's status bar too, seen from any page."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("New in the Inbox: {what}").format(what=text), ANNOUNCE_MS)

    # --- page hooks --------------------------------------------------------------------------------

    def activate(self, **args: Any) -> None:
        if self._stale:
            self._stale = False
            self.reload()
        else:
            self._show_current()  # the item in the reader is opened now that the page is shown

    def records_changed(self, kinds: set[str]) -> None:
        if self._cleared or self._notifying:
            return
        if kinds & {"annotation", "share_log"}:  # a comment or a reply elsewhere (Patients dashboard)
            self._refresh_unsent()
        if "settings" in kinds:  # the drop folder may have been changed in Settings
            folder = self._stored_drop_folder()
            if folder != self.watched:
                self.watch(folder)
        if not kinds & {"received_item", "contact"}:
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
        self._opened = None
        self.warm_timer.stop()
        self._cold = []
        self.labels.clear()
        self.watched = None
        self.folder_label.clear()
        self.model.clear()
        self.notes_model.clear()
        self.reader.clear_content()
        self.note_edit.setPlainText("")
        self.note_edit.document().clearUndoRedoStacks()
        self.header.clear()
        self.reply_bar.clear()
        self.sender_combo.blockSignals(True)
        while self.sender_combo.count() > 1:  # patients' names
            self.sender_combo.removeItem(1)
        self.status.clear()
