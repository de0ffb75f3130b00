"""The Journal page: the list of entries, search, and the Markdown editor with live preview and drafts.

Saving an entry happens on Ctrl+S and whenever the person leaves it (another entry, a new one, a
delete); while they type, the editor keeps an encrypted Draft every few seconds and before a lock,
so nothing typed is lost to a lock or a crash. Saving removes the draft.
"""

from __future__ import annotations

import weakref
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.codec import DEFAULT_CODEC
from integration_journal.core.drafts import (
    EntryDraft,
    EntryFields,
    entry_drafts,
    make_draft,
)
from integration_journal.core.records import (
    LINE_MAX,
    Entry,
    Phase,
    Route,
    TreatmentSession,
)
from integration_journal.core.search import parse_query
from integration_journal.core.sharing import SharingService
from integration_journal.core.store import new_record_id
from integration_journal.errors import JournalError, NotFound, UsageError
from integration_journal.storage.memory import release_free_heap
from integration_journal.ui.comments_panel import CommentsPanel
from integration_journal.ui.journal_models import (
    EntryListModel,
    format_day,
    format_moment,
)
from integration_journal.ui.markdown_view import (
    BackgroundLane,
    MarkdownView,
    render_later,
)
from integration_journal.ui.messages import describe
from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.pages.journal.earlier_versions_dialog import EarlierVersionsDialog
from integration_journal.ui.pages.journal.entry_row import EntryRowDelegate, row_height
from integration_journal.ui.pages.journal.notice_banner import NoticeBanner
from integration_journal.ui.pages.journal.tag_completer import TagCompleter
from integration_journal.ui.widgets.fields import find_data
from integration_journal.ui.widgets.layout import flow_row


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalPage", text)


# Labels for the phase selector, in the order of the treatment course.
PHASE_LABELS: tuple[tuple[Phase, str], ...] = (
    (Phase.PREPARATION, "Preparation"),
    (Phase.SAME_DAY, "Same day"),
    (Phase.NEXT_DAY, "Next day"),
    (Phase.FEW_DAYS, "A few days after"),
    (Phase.ONE_WEEK, "About a week after"),
    (Phase.ONGOING, "Ongoing"),
)
SEARCH_LANE = BackgroundLane("journal-search")

LIST_SHARE = 42  # per cent of the page's width the entry list opens with
LIST_MIN_CHARS = 22  # the entry list is never narrower than this many average characters

ROUTE_LABELS: dict[Route, str] = {
    Route.IV: "IV infusion",
    Route.IM: "IM injection",
    Route.NASAL: "Nasal esketamine",
    Route.LOZENGE: "Lozenge",
    Route.ORAL: "Oral",
    Route.OTHER: "Other",
}


class JournalPage(Page):
    PAGE_ID = "journal"
    TITLE = "Journal"

    SEARCH_DELAY_MS = 150
    COMPACT_SLICE = 400  # records of the search index made compact per event-loop turn (~15 ms)
    PREVIEW_DELAY_MS = 150
    AUTOSAVE_MS = 3000

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._entry: Entry | None = None  # the saved entry being edited; None while a new one is written
        self._entry_id: bytes = new_record_id()  # its id (a new entry gets this id when first saved)
        self._saved_fields = EntryFields()
        self._draft_id: bytes | None = None
        self._draft_fields: EntryFields | None = None
        self._dirty = False
        self._loading = False  # filling the editor: its change signals are not edits
        self._syncing = False  # moving the list's selection ourselves: not the person's choice
        self._own_notice = False
        self._loaded = False
        self._cleared = False
        self._search_warm = False
        self._index_compact = False
        self._search_seq = 0
        self._search_pending = False
        self._writes = 0  # entry writes so far: a search result from before one is run again
        self._split_sized = False
        self._total_entries = 0
        self._preview_generation = 0
        self._preview_pending = False
        self.history_dialog: EarlierVersionsDialog | None = None
        self._build()
        self._connect()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr('Search (Ctrl+F): words, "a phrase", tag:sleep, from:2025-01-31'))
        self.search_edit.setAccessibleName(self.tr("Search entries"))
        self.search_edit.setAccessibleDescription(self.tr(
            'Words must all appear. Put a phrase in quotes. tag:name, from:YYYY-MM-DD and to:YYYY-MM-DD narrow '
            'the results.'))
        self.search_edit.setClearButtonEnabled(True)
        self.search_message = QLabel()
        self.search_message.setWordWrap(True)
        self.search_message.setAccessibleName(self.tr("Search message"))
        self.search_message.setTextFormat(Qt.TextFormat.PlainText)
        self.search_message.hide()

        self.model = EntryListModel(self)
        # A table, not a tree: QTreeView lays out every row after each reset (O(n) on 10,000 rows);
        # QTableView with fixed row heights only looks at the rows on screen.
        self.list_view = QTableView()
        self.list_view.setModel(self.model)
        self.list_view.setAccessibleName(self.tr("Journal entries"))
        self.list_view.setShowGrid(False)
        self.list_view.setWordWrap(False)
        self.list_view.setCornerButtonEnabled(False)
        self.list_view.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), no trap
        self.list_view.verticalHeader().hide()
        self.list_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list_view.verticalHeader().setAccessibleName(self.tr("Entry rows"))
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One column drawn as a two-line row (entry_row.py): title and date; first line, tags, flags and
        # comments. The other columns stay in the model (search marks, sorting, screen readers' summary).
        self.list_view.setItemDelegate(EntryRowDelegate(self.list_view))
        header = self.list_view.horizontalHeader()
        header.setAccessibleName(self.tr("Entry list columns"))
        header.hide()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(EntryListModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (EntryListModel.COL_DATE, EntryListModel.COL_TAGS, EntryListModel.COL_FLAGS):
            self.list_view.setColumnHidden(column, True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of entries"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.search_message)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.count_label)

        self.new_button = QPushButton(self.tr("&New entry"))
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.save_button.setToolTip(self.tr("Save now (Ctrl+S). Entries are also saved when you move to "
                                            "another one, and kept as a draft while you type."))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete entry"))
        self.delete_button.setToolTip(self.tr("Delete this entry (Delete in the list). You can undo it."))
        self.history_button = QPushButton(self.tr("Earlier &versions…"))
        self.history_button.setAccessibleName(self.tr("Earlier versions"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        # The buttons and the save status wrap rather than widen the window at large text sizes; the status
        # keeps one width whatever it says (_size_list_rows), so a new wording never moves the buttons.
        buttons = flow_row([self.new_button, self.save_button, self.delete_button, self.history_button,
                            self.status_label])

        self.banner = NoticeBanner()

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title (optional)"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setMaxLength(LINE_MAX)
        title_font = QFont(self.title_edit.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title_edit.setFont(title_font)

        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("e.g. sleep, family"))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setAccessibleDescription(self.tr("Separate tags with commas."))
        self.tag_model = QStringListModel(self)
        self.tag_completer = TagCompleter(self.tag_model, self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tags_edit.setCompleter(self.tag_completer)

        self.phase_combo = QComboBox()
        self.phase_combo.setAccessibleName(self.tr("Phase"))
        self.phase_combo.addItem(self.tr("No phase"), None)
        for phase, label in PHASE_LABELS:
            self.phase_combo.addItem(_tr(label), phase.value)
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("Linked session"))
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_combo.setMinimumContentsLength(14)

        self.share_check = QCheckBox(self.tr("Share with my &therapist"))
        self.share_check.setAccessibleName(self.tr("Share with my therapist"))
        self.bring_check = QCheckBox(self.tr("&Bring to my next appointment"))
        self.bring_check.setAccessibleName(self.tr("Bring to my next appointment"))
        self.question_check = QCheckBox(self.tr("&Question for my therapist"))
        self.question_check.setAccessibleName(self.tr("Question for my therapist"))

        def label(text: str, buddy: QWidget) -> QLabel:
            widget = QLabel(text)
            widget.setBuddy(buddy)
            return widget

        fields = QGridLayout()
        fields.setColumnStretch(1, 1)
        fields.addWidget(label(self.tr("T&itle:"), self.title_edit), 0, 0)
        fields.addWidget(self.title_edit, 0, 1)
        fields.addWidget(label(self.tr("T&ags:"), self.tags_edit), 1, 0)
        fields.addWidget(self.tags_edit, 1, 1)
        fields.addWidget(label(self.tr("&Phase:"), self.phase_combo), 2, 0)
        fields.addWidget(self.phase_combo, 2, 1)
        fields.addWidget(label(self.tr("Sessi&on:"), self.session_combo), 3, 0)
        fields.addWidget(self.session_combo, 3, 1)
        fields.addWidget(flow_row([self.share_check, self.bring_check, self.question_check], spacing=12),
                         4, 0, 1, 2)

        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Entry text"))
        self.body_edit.setAccessibleDescription(self.tr("Markdown: *emphasis*, **strong**, # heading, - list."))
        self.body_edit.setPlaceholderText(self.tr(
            "Write here, as much or as little as you like.\n\nYou might start with what you noticed today.\n\n"
            "Markdown works: *emphasis*, **strong**, # a heading, - a list."))
        self.body_edit.setTabChangesFocus(True)
        self.preview = MarkdownView()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setPlaceholderText(self.tr("The preview appears here as you write."))
        self.editor_split = QSplitter(Qt.Orientation.Horizontal)
        self.editor_split.setChildrenCollapsible(False)
        self.editor_split.addWidget(self.body_edit)
        self.editor_split.addWidget(self.preview)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(buttons)
        right_layout.addWidget(self.banner)
        right_layout.addLayout(fields)
        right_layout.addWidget(self.editor_split, 1)
        self.comments_panel = CommentsPanel(self.ctx.journal)  # a therapist's comments on this entry, if any
        right_layout.addWidget(self.comments_panel)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        chain = [self.search_edit, self.list_view, self.new_button, self.save_button, self.delete_button,
                 self.history_button, self.banner.action_button, self.banner.close_button, self.title_edit,
                 self.tags_edit, self.phase_combo, self.session_combo, self.share_check, self.bring_check,
                 self.question_check, self.body_edit, self.preview]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

        self._size_list_rows()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.compact_timer = QTimer(self)  # the search index to its compact form, a slice per turn
        self.compact_timer.setSingleShot(True)

    def _size_list_rows(self) -> None:
        """Rows two lines high, and a list wide enough for a readable title, at the current text size."""
        metrics = self.list_view.fontMetrics()
        self.list_view.verticalHeader().setDefaultSectionSize(row_height(metrics))
        self.list_view.setMinimumWidth(metrics.averageCharWidth() * LIST_MIN_CHARS)
        # The save status keeps the width of its longest wording, so "Not saved yet" appearing does not
        # make the buttons beside it wrap onto another line and the editor jump down.
        status = self.status_label.fontMetrics()
        self.status_label.setFixedWidth(max(status.horizontalAdvance(text) for text in (
            self.tr("New entry"), self.tr("Saved"), self.tr("Not saved yet"), self.tr("Draft not kept"),
            self.tr("Draft kept at {time}").format(time="00:00"))) + 4)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange, QEvent.Type.StyleChange):
            self._size_list_rows()

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._search_edited)
        self.search_timer.timeout.connect(self.run_search)
        self.compact_timer.timeout.connect(self._compact_search_index)
        self.search_edit.installEventFilter(self)
        self.list_view.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.new_button.clicked.connect(self.new_entry)
        self.save_button.clicked.connect(self.save_entry)
        self.delete_button.clicked.connect(self.delete_entry)
        self.history_button.clicked.connect(self.show_history)
        for edit in (self.title_edit, self.tags_edit):
            edit.textChanged.connect(self._edited)
        self.body_edit.textChanged.connect(self._body_edited)
        self.phase_combo.currentIndexChanged.connect(self._edited)
        self.session_combo.currentIndexChanged.connect(self._edited)
        for check in (self.share_check, self.bring_check, self.question_check):
            check.toggled.connect(self._edited)
        self.preview_timer.timeout.connect(self._render_preview)
        self.autosave_timer.timeout.connect(self.autosave)

        def shortcut(keys: QKeySequence | str, slot: Any, parent: QWidget | None = None,
                     context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
            item = QShortcut(QKeySequence(keys), parent or self)
            item.setContext(context)
            item.activated.connect(slot)
            return item

        self.new_shortcut = shortcut("Ctrl+N", self.new_entry)
        self.save_shortcut = shortcut(QKeySequence.StandardKey.Save, self.save_entry)
        self.find_shortcut = shortcut(QKeySequence.StandardKey.Find, self.focus_search)
        self.delete_shortcut = shortcut(QKeySequence.StandardKey.Delete, self.delete_entry, self.list_view,
                                        Qt.ShortcutContext.WidgetShortcut)
        self.escape_shortcut = shortcut("Escape", self._escape_search, self.search_edit,
                                        Qt.ShortcutContext.WidgetShortcut)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._split_sized:  # a first share of the width; the person's own dragging is kept after
            self._split_sized = True
            width = max(self.splitter.width(), 1)
            self.splitter.setSizes([width * LIST_SHARE // 100, width - width * LIST_SHARE // 100])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search_edit and event.type() == QEvent.Type.FocusIn:
            self._warm_search()
        return super().eventFilter(watched, event)

    # --- the page contract ------------------------------------------------------------------

    def activate(self, **args: Any) -> None:
        if self._cleared:
            return
        first = not self._loaded
        if first:
            self._loaded = True
            self._reload_sessions()
            self._reload_tags()
            self._reload_list()
        entry_id = args.get("entry_id")
        if isinstance(entry_id, bytes):
            self.open_entry_id(entry_id)
            return
        if first:
            drafts = self._entry_drafts()
            if drafts:
                self._open_draft(drafts[0])
                self.body_edit.setFocus()
                return
            self._start_new()

    def records_changed(self, kinds: set[str]) -> None:
        if self._own_notice or self._cleared or not self._loaded:
            return
        if "session" in kinds:
            self._reload_sessions()
        if "annotation" in kinds:
            self.comments_panel.show_for(self._entry.id if self._entry is not None else None)
            self.model.set_comment_counts(self._comment_counts())
        if "entry" in kinds:
            self._writes += 1
            self._reload_tags()
            self._refresh_list()

    def save_state(self) -> None:
        if self._cleared:
            return
        self.autosave_timer.stop()
        self.autosave()

    def clear(self) -> None:
        self._cleared = True
        self._preview_generation += 1  # a render still running is dropped when it arrives
        for timer in (self.search_timer, self.preview_timer, self.autosave_timer, self.compact_timer):
            timer.stop()
        if self.history_dialog is not None:
            self.history_dialog.drop_content()
            self.history_dialog.close()
            self.history_dialog = None
        self._loading = self._syncing = True
        self.model.clear()
        self.tag_model.setStringList([])
        self.tag_completer.popup().hide()
        for edit in (self.search_edit, self.title_edit, self.tags_edit):
            edit.setText("")  # setText, unlike clear(), also empties the undo history
        self.body_edit.setPlainText("")
        self.body_edit.document().clearUndoRedoStacks()
        self.preview.clear_content()
        self.comments_panel.clear()
        self.session_combo.clear()
        self.phase_combo.setCurrentIndex(0)
        for check in (self.share_check, self.bring_check, self.question_check):
            check.setChecked(False)
        self.banner.dismiss()
        self.search_message.clear()
        self.status_label.clear()
        self.count_label.clear()
        self._entry = None
        self._saved_fields = EntryFields()
        self._draft_fields = None
        self._draft_id = None
        self._dirty = False

    # --- list and search -----------------------------------------------------------------------

    def _all_entries(self) -> list[Entry]:
        # As held: light in the app (bodies cut to what the list's excerpt needs); _open reads one whole.
        entries = self.ctx.journal.list(kind=Entry, light=True)
        self._total_entries = len(entries)
        return entries

    def _reload_list(self) -> None:
        self._set_rows(self._all_entries(), ())
        self._update_count(searching=False)

    def _refresh_list(self) -> None:
        """After a change: the full list again, or the current search again."""
        if self.search_edit.text().strip():
            self._total_entries = self.ctx.journal.count(Entry)
            self.run_search()
        else:
            self._reload_list()

    def _comment_counts(self) -> dict[bytes, int]:
        return SharingService(self.ctx.journal).comment_counts()

    def _set_rows(self, entries: list[Entry], terms: tuple[str, ...]) -> None:
        self._syncing = True
        try:
            self.model.set_comment_counts(self._comment_counts())
            self.model.set_rows(entries, terms)
            self._select_row(self.model.row_of(self._entry_id))
        finally:
            self._syncing = False
        self.preview.set_terms(terms)

    def _select_row(self, row: int) -> None:
        selection = self.list_view.selectionModel()
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(self.model.index(-1, -1), selection.SelectionFlag.Clear)
            return
        index = self.model.index(row, EntryListModel.COL_TITLE)
        selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
        self.list_view.scrollTo(index)

    def _update_count(self, *, searching: bool) -> None:
        total = self._total_entries
        if searching:
            shown = self.model.rowCount()
            text = (self.tr("No entries match") if shown == 0
                    else self.tr("1 entry matches") if shown == 1
                    else self.tr("{count} entries match").format(count=QLocale().toString(shown)))
        else:
            text = (self.tr("No entries yet") if total == 0 else self.tr("1 entry") if total == 1
                    else self.tr("{count} entries").format(count=QLocale().toString(total)))
        self.count_label.setText(text)

    def _search_edited(self, _text: str) -> None:
        self.search_timer.start(self.SEARCH_DELAY_MS)

    def _warm_search(self) -> None:
        # The first search builds the journal's index (~60 ms on 10,000 entries); do it when the
        # search box gets focus rather than on the first keystroke. Then the index is made compact for
        # the rest of the session (a quarter of the memory), a slice per event-loop turn.
        if not self._search_warm and not self._cleared:
            self._search_warm = True
            self.ctx.journal.search("")
            self.compact_timer.start(0)

    def _compact_search_index(self) -> None:
        if self._cleared:
            return
        if self.ctx.journal.compact_search_index(self.COMPACT_SLICE):
            self.compact_timer.start(0)
        elif not self._index_compact:
            self._index_compact = True
            release_free_heap()  # the folded text the compact form replaced (~20 MiB on 10,000 entries)

    def run_search(self) -> None:
        """Show the entries matching the search box (all entries when it is empty)."""
        self.search_timer.stop()
        if self._cleared:
            return
        query = self.search_edit.text()
        if not query.strip():
            self._search_seq += 1
            self._search_pending = False
            self._show_search_message("")
            self._set_rows(self._all_entries(), ())
            self._update_count(searching=False)
            return
        try:
            parse_query(query)  # a malformed query is answered at once, on this thread
        except UsageError as error:
            self._show_search_message(str(error))  # the typed error carries the person's words
            return
        # The index is built here, on the UI thread, never on the worker: building reads every record
        # while this thread may be changing them. Searching a built index only reads a snapshot of it.
        self._warm_search()
        self._search_seq += 1
        seq, writes, journal = self._search_seq, self._writes, self.ctx.journal
        page = weakref.ref(self)

        def work() -> tuple[list[Entry], tuple[str, ...]]:
            hits = journal.search(query)
            return [hit.record for hit in hits if type(hit.record) is Entry], (hits[0].terms if hits else ())

        def deliver(result: Any, error: BaseException | None) -> None:
            alive = page()
            if alive is not None and shiboken6.isValid(alive):
                alive._show_results(seq, writes, result, error)

        self._search_pending = True
        SEARCH_LANE.submit(work, deliver)

    def _show_results(self, seq: int, writes: int, result: Any, error: BaseException | None) -> None:
        if seq != self._search_seq or self._cleared:
            return  # a newer search is on its way, or the page was cleared
        if writes != self._writes:
            self.run_search()  # an entry changed while searching: the hits may show an old version
            return
        self._search_pending = False
        if not self.compact_timer.isActive():
            self.compact_timer.start(0)  # an index the journal built again (see _warm_search)
        if error is not None:
            self._show_search_message(describe(error))
            return
        entries, terms = result
        self._show_search_message("")
        self._set_rows(entries, terms)
        self._update_count(searching=True)

    @property
    def search_pending(self) -> bool:
        return self._search_pending

    def _show_search_message(self, text: str) -> None:
        self.search_message.setText(text)
        self.search_message.setVisible(bool(text))

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _escape_search(self) -> None:
        if self.search_edit.text():
            self.search_edit.setText("")
            self.run_search()
        else:
            self.list_view.setFocus()

    # --- choosing an entry ------------------------------------------------------------------------

    def _current_row_changed(self, current, _previous) -> None:
        if self._syncing or not current.isValid():
            return
        entry = self.model.entry_at(current.row())
        if entry.id == self._entry_id:
            return
        if not self._leave_current():
            self._syncing = True
            try:
                self._select_row(self.model.row_of(self._entry_id))
            finally:
                self._syncing = False
            return
        self._open(entry)

    def open_entry_id(self, entry_id: bytes) -> None:
        """Open a saved entry by id (from another page); a search that hides it is cleared first."""
        try:
            entry = self.ctx.journal.get_as(entry_id, Entry)
        except NotFound:
            self.banner.show_notice(self.tr("That entry is no longer in the journal."))
            return
        if entry_id == self._entry_id and self._entry is not None:
            self.body_edit.setFocus()
            return
        if not self._leave_current():
            return
        if self.model.row_of(entry_id) < 0 and self.search_edit.text():
            self.search_edit.setText("")
            self.run_search()
        self._open(entry)
        self.body_edit.setFocus()

    def _leave_current(self) -> bool:
        """Save what is being edited before another entry opens; False (and a notice) if that failed."""
        self.autosave_timer.stop()
        fields = self.current_fields()
        if self._entry is None and fields.is_blank:
            self._drop_draft()
            return True
        if fields.same_content(self._saved_fields) and self._entry is not None:
            self._drop_draft()
            return True
        return self._save(fields)

    def _open(self, entry: Entry) -> None:
        if self.ctx.journal.is_light(entry):  # from the list or a search: the whole entry to edit
            entry = self.ctx.journal.get_as(entry.id, Entry)
        self.banner.dismiss()
        self._entry = entry
        self._entry_id = entry.id
        self._saved_fields = EntryFields.of(entry)
        self._draft_id = None
        self._draft_fields = None
        self._fill(self._saved_fields)
        self._sync_selection()
        self.comments_panel.show_for(entry.id)
        draft = self._draft_for(entry.id)
        if draft is not None:
            if draft.fields.same_content(self._saved_fields):
                self._delete_draft_record(draft.draft.id)  # left over from a save that was cut short
            else:
                self._restore_draft(draft)
        self._update_buttons()
        self._render_preview()

    def _start_new(self, *, focus: bool = True) -> None:
        self.banner.dismiss()
        self._entry = None
        self._entry_id = new_record_id()
        self._saved_fields = EntryFields()
        self._draft_id = None
        self._draft_fields = None
        self._fill(self._saved_fields)
        self._sync_selection()
        self.comments_panel.show_for(None)
        self._update_buttons()
        self._render_preview()
        if focus:
            self.title_edit.setFocus()

    def new_entry(self) -> None:
        """Ctrl+N: keep what is being written, then start a blank entry."""
        if self._cleared or not self._leave_current():
            return
        self._start_new()

    def _open_draft(self, draft: EntryDraft) -> None:
        """Continue a draft found at start: of a saved entry (opened with it) or of a new one."""
        if not draft.is_new:
            try:
                entry = self.ctx.journal.get_as(draft.entry_id, Entry)
            except NotFound:
                entry = None
            if entry is not None:
                self._open(entry)
                return
        self.banner.dismiss()
        self._entry = None
        self._entry_id = draft.entry_id
        self._saved_fields = EntryFields()
        self._fill(self._saved_fields)
        self._sync_selection()
        self.comments_panel.show_for(None)
        self._restore_draft(draft)
        self._update_buttons()
        self._render_preview()

    def _sync_selection(self) -> None:
        self._syncing = True
        try:
            self._select_row(self.model.row_of(self._entry_id))
        finally:
            self._syncing = False

    # --- the editor ------------------------------------------------------------------------------

    def current_fields(self) -> EntryFields:
        return EntryFields(
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            tags_text=self.tags_edit.text(),
            phase=Phase(self.phase_combo.currentData()) if self.phase_combo.currentData() else None,
            session_id=self.session_combo.currentData() or None,
            share=self.share_check.isChecked(),
            bring_to_appointment=self.bring_check.isChecked(),
            question_for_therapist=self.question_check.isChecked(),
        )

    def _fill(self, fields: EntryFields) -> None:
        """Show `fields`; setText/setPlainText also start fresh undo histories for the new content."""
        self._loading = True
        try:
            self.title_edit.setText(fields.title)
            self.body_edit.setPlainText(fields.body)
            self.tags_edit.setText(fields.tags_text)
            self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(
                fields.phase.value if fields.phase else None)))
            self._select_session(fields.session_id)
            self.share_check.setChecked(fields.share)
            self.bring_check.setChecked(fields.bring_to_appointment)
            self.question_check.setChecked(fields.question_for_therapist)
        finally:
            self._loading = False
        self._dirty = False
        self._set_status(self.tr("Saved") if self._entry is not None else self.tr("New entry"))

    def _select_session(self, session_id: bytes | None) -> None:
        if session_id is None:
            self.session_combo.setCurrentIndex(0)
            return
        index = find_data(self.session_combo, session_id)
        if index < 0:  # linked to a session that was removed since: keep the link, say so
            self.session_combo.addItem(self.tr("A session no longer in the journal"), session_id)
            index = self.session_combo.count() - 1
        self.session_combo.setCurrentIndex(index)

    def _edited(self, *_args: Any) -> None:
        if self._loading or self._cleared:
            return
        if not self._dirty:
            self._dirty = True
            self._set_status(self.tr("Not saved yet"))
        if not self.autosave_timer.isActive():
            self.autosave_timer.start(self.AUTOSAVE_MS)

    def _body_edited(self) -> None:
        if self._loading or self._cleared:
            return
        self.preview_timer.start(self.PREVIEW_DELAY_MS)
        self._edited()

    def _set_status(self, text: str) -> None:
        if self.status_label.text() != text:
            self.status_label.setText(text)

    def _update_buttons(self) -> None:
        saved = self._entry is not None
        self.delete_button.setEnabled(True)
        self.history_button.setEnabled(saved and bool(self._history_rows_available()))

    def _history_rows_available(self) -> bool:
        try:
            return bool(self.ctx.journal.history(self._entry_id, light=True))  # whether any: none read whole
        except NotFound:
            return False

    # --- preview ----------------------------------------------------------------------------------

    def _render_preview(self) -> None:
        """Render off the UI thread (a 10 KB entry takes ~20 ms); only the newest result is shown."""
        self.preview_timer.stop()
        if self._cleared:
            return
        self._preview_generation += 1
        generation = self._preview_generation
        text = self.body_edit.toPlainText()
        if not text.strip():
            self.preview.set_html("")
            return
        self._preview_pending = True
        page = weakref.ref(self)

        def deliver(html: str | None) -> None:
            alive = page()
            if alive is not None and shiboken6.isValid(alive):
                alive._show_preview(generation, html)

        render_later(text, deliver)

    def _show_preview(self, generation: int, html: str | None) -> None:
        if generation != self._preview_generation or self._cleared:
            return  # an older text, or the page was cleared meanwhile
        self._preview_pending = False
        if html is None:
            self.preview.set_html("")
            self.preview.setPlaceholderText(self.tr("The preview could not be shown for this text."))
        else:
            self.preview.set_html(html)

    @property
    def preview_pending(self) -> bool:
        return self._preview_pending

    # --- saving and drafts -----------------------------------------------------------------------

    def save_entry(self) -> bool:
        """Ctrl+S: save the entry now (a blank new entry is not saved). True if nothing is left unsaved."""
        if self._cleared:
            return False
        self.autosave_timer.stop()
        fields = self.current_fields()
        if self._entry is None and fields.is_blank:
            self._drop_draft()
            return True
        ok = self._save(fields)
        if ok and self.banner.kind == "draft":
            self.banner.dismiss()  # "your changes are back" no longer applies
        return ok

    def _save(self, fields: EntryFields) -> bool:
        journal = self.ctx.journal
        try:
            entry = fields.to_entry(self._entry, entry_id=self._entry_id)
            if self._entry is None:
                saved = journal.add(entry)
            else:
                saved = journal.update(entry)
        except JournalError as error:
            self.autosave()  # keep the words, encrypted, whatever went wrong
            self.banner.show_notice(self.tr("This entry could not be saved: {reason}").format(
                reason=describe(error)))
            return False
        was_new = self._entry is None
        self._entry = saved
        self._saved_fields = EntryFields.of(saved)
        self._drop_draft()
        self._dirty = False
        if self.current_fields() != self._saved_fields:  # tags were tidied ("Sleep" -> "sleep")
            self._loading = True
            try:
                self.tags_edit.setText(self._saved_fields.tags_text)
            finally:
                self._loading = False
        self._set_status(self.tr("Saved"))
        if was_new:
            self._total_entries += 1
        self._after_entry_write(saved)
        return True

    def _after_entry_write(self, saved: Entry | None) -> None:
        self._writes += 1
        if self.search_edit.text().strip():
            self.run_search()
        elif saved is not None:
            self._syncing = True
            try:
                self.model.upsert(saved)
            finally:
                self._syncing = False
            self._update_count(searching=False)
        self._sync_selection()
        if saved is not None:
            self._add_tags(saved.tags)
        self._update_buttons()
        self._notify("entry")

    def autosave(self) -> None:
        """Keep what is being typed as an encrypted Draft (quick: one small record written)."""
        if self._cleared:
            return
        fields = self.current_fields()
        if (self._entry is None and fields.is_blank) or (
                self._entry is not None and fields.same_content(self._saved_fields)):
            self._drop_draft()
            return
        if fields == self._draft_fields:
            return
        draft = make_draft(fields, entry_id=self._entry_id, is_new=self._entry is None, draft_id=self._draft_id)
        journal = self.ctx.journal
        try:
            if self._draft_id is not None and self._draft_id in journal:
                stored = journal.update(draft)
            else:
                stored = journal.add(draft)
        except JournalError as error:
            self._set_status(self.tr("Draft not kept"))
            self.banner.show_notice(self.tr("The draft could not be kept: {reason}").format(reason=describe(error)))
            return
        self._draft_id = stored.id
        self._draft_fields = fields
        local = stored.updated.astimezone()
        self._set_status(self.tr("Draft kept at {time}").format(time=f"{local.hour:02d}:{local.minute:02d}"))

    def _restore_draft(self, draft: EntryDraft) -> None:
        self._fill(draft.fields)
        self._draft_id = draft.draft.id
        self._draft_fields = draft.fields
        self._dirty = True
        self._set_status(self.tr("Not saved yet"))
        when = format_moment(draft.saved_at)
        if draft.is_new:
            text = self.tr("You had started this entry on {when}; it is back as you left it and not saved yet.")
        else:
            text = self.tr("Changes you had not saved yet ({when}) are back. Save keeps them; Discard returns "
                           "to the saved entry.")
        self.banner.show_notice(text.format(when=when), self.tr("&Discard changes"), self._discard_draft,
                                kind="draft")

    def _discard_draft(self) -> None:
        self._drop_draft()
        if self._entry is not None:
            self._open(self._entry)
        else:
            self._start_new()
        self.banner.show_notice(self.tr("The unsaved changes were discarded."))

    def _draft_for(self, entry_id: bytes) -> EntryDraft | None:
        for draft in self._entry_drafts():
            if draft.entry_id == entry_id:
                return draft
        return None

    def _entry_drafts(self) -> list[EntryDraft]:
        return entry_drafts(self.ctx.journal.list(kind="draft"))

    def _drop_draft(self) -> None:
        """Remove the draft of the entry being edited (after a save, or when there is nothing to keep)."""
        if self._draft_id is not None:
            self._delete_draft_record(self._draft_id)
        self._draft_id = None
        self._draft_fields = None

    def _delete_draft_record(self, draft_id: bytes) -> None:
        try:
            if draft_id in self.ctx.journal:
                self.ctx.journal.delete(draft_id)
        except JournalError:
            pass  # a draft left behind is found and dropped next time the entry opens

    # --- delete, undo, earlier versions ----------------------------------------------------------

    def delete_entry(self) -> None:
        """Delete the open entry; a notice offers Undo (the entry stays in Earlier versions too)."""
        if self._cleared:
            return
        self.autosave_timer.stop()
        fields = self.current_fields()
        if self._entry is None:
            if fields.is_blank:
                return
            if not self._save(fields):  # saved first, so that Undo can bring it back
                return
        elif not fields.same_content(self._saved_fields) and not self._save(fields):
            return
        assert self._entry is not None
        entry_id = self._entry.id
        journal = self.ctx.journal
        row = self.model.row_of(entry_id)
        try:
            journal.delete(entry_id)
            snapshot = journal.history(entry_id, light=True)[0]
        except JournalError as error:
            self.banner.show_notice(self.tr("The entry could not be deleted: {reason}").format(reason=describe(error)))
            return
        self._drop_draft()
        self._writes += 1
        self._total_entries -= 1
        self._syncing = True
        try:
            self.model.remove(entry_id)
        finally:
            self._syncing = False
        self._update_count(searching=bool(self.search_edit.text().strip()))
        self._notify("entry")
        if self.model.rowCount():
            self._open(self.model.entry_at(min(max(row, 0), self.model.rowCount() - 1)))
        else:
            self._start_new(focus=False)
        self.banner.show_notice(self.tr("The entry was deleted."), self.tr("&Undo"),
                                lambda: self._undo_delete(snapshot.id), kind="deleted")
        self.list_view.setFocus()

    def _undo_delete(self, snapshot_id: bytes) -> None:
        if self._cleared or not self._leave_current():
            return
        try:
            restored = self.ctx.journal.restore(snapshot_id)
        except JournalError as error:
            self.banner.show_notice(self.tr("The entry could not be brought back: {reason}").format(
                reason=describe(error)))
            return
        self._total_entries += 1
        self._open(restored)
        self._after_entry_write(restored)
        self.banner.show_notice(self.tr("The entry is back."))

    def _history_rows(self) -> list[tuple[Any, Entry]]:
        rows = []
        for snapshot in self.ctx.journal.history(self._entry_id):
            try:
                earlier = DEFAULT_CODEC.decode(snapshot.of_id, snapshot.payload)
            except JournalError:
                continue  # a version this app cannot read is skipped, not shown broken
            if isinstance(earlier, Entry):
                rows.append((snapshot, earlier))
        return rows

    def show_history(self) -> None:
        """Open "Earlier versions…" (window-modal, not blocking) for the open entry."""
        if self._cleared or self._entry is None:
            return
        try:
            rows = self._history_rows()
        except NotFound:
            rows = []
        dialog = EarlierVersionsDialog(rows, _render, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._restore_version(dialog.chosen_snapshot_id()))
        dialog.finished.connect(lambda _result: self._history_closed(dialog))
        self.history_dialog = dialog
        dialog.open()

    def _history_closed(self, dialog: EarlierVersionsDialog) -> None:
        dialog.drop_content()
        if self.history_dialog is dialog:
            self.history_dialog = None
        dialog.deleteLater()

    def _restore_version(self, snapshot_id: bytes | None) -> None:
        if snapshot_id is None or self._cleared:
            return
        fields = self.current_fields()
        if self._entry is not None and not fields.same_content(self._saved_fields) and not self._save(fields):
            return
        try:
            restored = self.ctx.journal.restore(snapshot_id)
        except JournalError as error:
            self.banner.show_notice(self.tr("That version could not be restored: {reason}").format(
                reason=describe(error)))
            return
        if self._entry is None or restored.id != self._entry.id:
            self._total_entries += 1
        self._open(restored)
        self._after_entry_write(restored)
        self.banner.show_notice(self.tr("The earlier version is back. The version it replaced is kept in "
                                        "Earlier versions."))

    # --- sessions and tags -------------------------------------------------------------------------

    def _reload_sessions(self) -> None:
        current = self.session_combo.currentData()
        self._loading = True
        try:
            self.session_combo.clear()
            self.session_combo.addItem(self.tr("Not linked to a session"), None)
            for session in self.ctx.journal.list(kind=TreatmentSession):
                route = _tr(ROUTE_LABELS.get(session.route, "Other"))
                self.session_combo.addItem(f"{format_day(session.when)} · {route}", session.id)
            self._select_session(current)
        finally:
            self._loading = False

    def _reload_tags(self) -> None:
        tags: set[str] = set()
        for entry in self.ctx.journal.list(kind=Entry, light=True):
            tags.update(entry.tags)
        ordered = sorted(tags)
        if ordered != self.tag_model.stringList():
            self.tag_model.setStringList(ordered)

    def _add_tags(self, tags: tuple[str, ...]) -> None:
        """Offer a saved entry's new tags too (a full rescan of 10,000 entries waits for records_changed)."""
        known = self.tag_model.stringList()
        missing = set(tags) - set(known)
        if missing:
            self.tag_model.setStringList(sorted(set(known) | missing))

    def _notify(self, *kinds: str) -> None:
        self._own_notice = True
        try:
            self.ctx.notify_changed(*kinds)
        finally:
            self._own_notice = False


def _render(text: str) -> str:
    from integration_journal.core.markdown_render import render_markdown

    return render_markdown(text)
