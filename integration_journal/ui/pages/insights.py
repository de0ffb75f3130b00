"""The Insights page: reframes (an old thought, a new perspective) and commitments (a practice to carry
into daily life) with check-offs and a small view of how the last four weeks went."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.adherence import (
    DEFAULT_DAYS,
    Adherence,
    DayMark,
    recent,
    toggle_checkoff,
)
from integration_journal.core.records import (
    Cadence,
    Commitment,
    Domain,
    Draft,
    Entry,
    Record,
    Reframe,
    TreatmentSession,
)
from integration_journal.errors import JournalError, ValidationError
from integration_journal.ui.insights_models import (
    CommitmentTableModel,
    ReframeTableModel,
    SourceChoiceModel,
    cadence_label,
    domain_label,
    source_label,
)
from integration_journal.ui.messages import describe
from integration_journal.ui.models import SORT_ROLE
from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.widgets.date_field import DateField
from integration_journal.ui.widgets.fields import LinesEdit
from integration_journal.ui.widgets.fonts import heading_font
from integration_journal.ui.widgets.form_parts import FormProblem
from integration_journal.ui.widgets.labels import wrapping_label

REFRAME_KIND = "reframe"
COMMITMENT_KIND = "commitment"
SOURCE_KINDS = {"session", "entry"}


def locale_week_start() -> int:
    """The first day of the week in the person's locale, as date.weekday() numbers it (0 = Monday)."""
    return QLocale().firstDayOfWeek().value - 1


# --- the shared list + editor tab --------------------------------------------------------------------

class _RecordTab(QWidget):
    """A list of one kind of record beside its editor. Subclasses build the editor and say how its
    fields become a record; this class handles selecting, new, save, delete and unsaved changes."""

    KIND = ""

    def __init__(self, ctx: PageContext, model, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self._editing: Record | None = None
        self._clean: Any = None
        self._quiet = False  # selection changes made by the code itself

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setAccessibleName(self.tr("Rows"))
        self.table.setCornerButtonEnabled(False)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Columns: choose one to sort by it"))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.start_new)
        self.empty_label = wrapping_label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.new_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label, 1)

        self.editor_box = QGroupBox()
        self.editor_layout = QVBoxLayout(self.editor_box)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editor_layout.addLayout(self.form)
        self.error_label = wrapping_label()
        self.error_label.setStyleSheet("font-weight: bold;")
        self.error_label.setAccessibleName(self.tr("Problem with the form"))
        self.error_label.hide()
        self.saved_label = wrapping_label(secondary=True)
        self.saved_label.setAccessibleName(self.tr("Saved"))
        buttons = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button = QPushButton()
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.save_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor_box)
        right_layout.addWidget(scroll, 1)
        right_layout.addWidget(self.error_label)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter = self.splitter
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.start_new)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._arrange()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Side by side when there is room for both at the current font size, else the list above
        the editor (large fonts, narrow windows). Each starts with half the space."""
        if self.width() <= 0:
            return
        wide = self.width() >= self.fontMetrics().averageCharWidth() * 110
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self._sized and self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        self._sized = True
        total = self.splitter.width() if wide else self.splitter.height()
        self.splitter.setSizes([total // 2, total - total // 2])

    # --- subclass hooks ----------------------------------------------------------------------------

    def _rows(self) -> list[Record]:
        return self.ctx.journal.list(kind=self.KIND)

    def _set_rows(self, rows: list[Record]) -> None:
        raise NotImplementedError

    def _editor_state(self) -> Any:
        raise NotImplementedError

    def _load_editor(self, record: Record | None) -> None:
        raise NotImplementedError

    def _build(self, base: Record | None) -> Record:
        """The record the editor describes (`base` edited, or a new one); raises FormProblem."""
        raise NotImplementedError

    def _texts(self) -> dict[str, str]:
        """Words that differ between the tabs: titles, confirmations, notices."""
        raise NotImplementedError

    def _editor_cleared(self) -> None:
        """Drop the editor's content (the page is about to lock)."""
        raise NotImplementedError

    # --- list ------------------------------------------------------------------------------------

    @property
    def editing(self) -> Record | None:
        return self._editing

    def reload(self) -> None:
        rows = self._rows()
        self._set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        editing = self._editing
        if editing is not None and editing.id in self.ctx.journal:
            fresh = self.ctx.journal.get(editing.id)
            dirty = self.is_dirty()
            self._editing = fresh
            self._select(fresh.id)
            if not dirty:
                self._show_record(fresh)
            else:
                self._after_fresh(fresh)
        elif editing is not None:
            # Gone (deleted elsewhere): keep what was typed as a new record rather than lose it.
            self._editing = None
            self._select(None)
            if not self.is_dirty():
                self._show_record(None)
            self._after_fresh(None)
        elif self.is_dirty():
            self._select(None)
        elif rows:
            first = self.model.record_at(self.proxy.mapToSource(self.proxy.index(0, 0)).row())
            self._select(first.id)
            self._show_record(first)
        else:
            self._show_record(None)

    def _after_fresh(self, record: Record | None) -> None:
        """The stored record changed while the editor holds unsaved words (e.g. a check-off)."""

    def _select(self, record_id: bytes | None) -> None:
        self._quiet = True
        try:
            selection = self.table.selectionModel()
            if record_id is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
                return
            row = self.model.row_of(record_id)
            if row < 0:
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._quiet = False

    def select(self, record_id: bytes) -> bool:
        if self.model.row_of(record_id) < 0 or not self._may_leave():
            return False
        self._select(record_id)
        self._show_record(self.ctx.journal.get(record_id))
        return True

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._quiet or not current.isValid():
            return
        record = self.model.record_at(self.proxy.mapToSource(current).row())
        if self._editing is not None and record.id == self._editing.id:
            return
        if not self._may_leave():
            self._quiet = True
            try:
                self.table.selectionModel().setCurrentIndex(
                    previous, QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._quiet = False
            return
        self._show_record(record)

    def _show_record(self, record: Record | None) -> None:
        self._editing = record
        self._load_editor(record)
        self.editor_box.setTitle(self._texts()["edit" if record is not None else "new"])
        self.delete_button.setEnabled(record is not None)
        self.show_problem(None)
        self.saved_label.clear()
        self._clean = self._editor_state()

    # --- editing ---------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._clean is not None and self._editor_state() != self._clean

    def _may_leave(self) -> bool:
        """True when the editor holds nothing unsaved, or the person agrees to let it go."""
        if not self.is_dirty():
            return True
        texts = self._texts()
        return self.ctx.dialogs.confirm(self, texts["discard_title"], texts["discard"],
                                        accept=self.tr("Discard changes"), reject=self.tr("Keep editing"))

    def start_new(self) -> None:
        if not self._may_leave():
            return
        self._select(None)
        self._show_record(None)
        self.first_field().setFocus()

    def first_field(self) -> QWidget:
        raise NotImplementedError

    def show_problem(self, message: str | None) -> None:
        self.error_label.setText(message or "")
        self.error_label.setAccessibleDescription(message or "")
        self.error_label.setVisible(bool(message))

    def save(self) -> None:
        journal = self.ctx.journal
        base = self._editing
        if base is not None and base.id in journal:
            base = journal.get(base.id)  # what is stored now (check-offs may have changed)
        try:
            record = self._build(base)
        except FormProblem as problem:
            self.show_problem(problem.message)
            problem.widget.setFocus()
            return
        try:
            stored = journal.update(record) if base is not None else journal.add(record)
        except JournalError as error:
            self.show_problem(describe(error))
            return
        self._editing = stored
        self._clean = self._editor_state()
        self.show_problem(None)
        self.ctx.notify_changed(self.KIND)
        self.reload()
        self._select(stored.id)
        self.saved_label.setText(self._texts()["saved"])

    def delete_current(self) -> None:
        record = self._editing
        if record is None:
            return
        texts = self._texts()
        if not self.ctx.dialogs.confirm(self, texts["delete_title"], texts["delete"],
                                        accept=texts["delete_accept"], reject=self.tr("Keep it")):
            return
        try:
            self.ctx.journal.delete(record.id)
        except JournalError as error:
            self.ctx.dialogs.warn(self, self.tr("Could not delete"), describe(error))
            return
        self._editing = None
        self._clean = None
        self.ctx.notify_changed(self.KIND)
        self.reload()

    # --- drafts ---------------------------------------------------------------------------------------

    def _draft_fields(self) -> dict[str, Any]:
        raise NotImplementedError

    def _apply_draft(self, fields: Mapping[str, Any]) -> None:
        raise NotImplementedError

    def _drafts(self) -> list[Draft]:
        return [d for d in self.ctx.journal.list(kind="draft") if isinstance(d, Draft) and d.target_kind == self.KIND]

    def save_draft(self) -> None:
        """Unsaved words in the editor are kept as an encrypted draft (before a lock)."""
        if not self.is_dirty():
            return
        journal = self.ctx.journal
        editing = self._editing
        draft = Draft(target_kind=self.KIND, target_id=editing.id if editing is not None else None,
                      state=self._draft_fields())
        try:
            for old in self._drafts():
                journal.delete(old.id)
            journal.add(draft)
        except JournalError:
            pass  # locking goes on; the shell reports storage trouble

    def restore_draft(self) -> bool:
        """Bring back the words kept at the last lock into the editor, still unsaved."""
        drafts = self._drafts()
        if not drafts:
            return False
        draft = drafts[0]
        journal = self.ctx.journal
        target = journal.get(draft.target_id) if draft.target_id and draft.target_id in journal else None
        self._select(target.id if target is not None else None)
        self._show_record(target)
        self._apply_draft(draft.state)
        try:
            for old in drafts:
                journal.delete(old.id)
        except JournalError:
            pass
        self.saved_label.setText(self.tr("Restored what you were writing when the journal locked."))
        return True

    def clear(self) -> None:
        self._quiet = True
        self.model.clear()
        self._quiet = False
        self._editing = None
        self._editor_cleared()
        self.show_problem(None)
        self.saved_label.clear()
        self._clean = None


# --- reframes --------------------------------------------------------------------------------------

class ReframesTab(_RecordTab):
    KIND = REFRAME_KIND

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, ReframeTableModel(), parent)
        self.model.setParent(self)
        self.table.setAccessibleName(self.tr("Reframes"))
        self.table.sortByColumn(ReframeTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ReframeTableModel.COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReframeTableModel.COL_OLD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReframeTableModel.COL_NEW, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ReframeTableModel.COL_DOMAIN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReframeTableModel.COL_SOURCE, QHeaderView.ResizeMode.Interactive)
        self.new_button.setText(self.tr("&New reframe"))
        self.new_button.setAccessibleName(self.tr("New reframe"))
        self.empty_label.setText(self.tr(
            "No reframes yet. When an old thought starts to look different — in a session, in therapy or "
            "while writing — you can keep the new perspective here."))
        self.empty_label.setAccessibleName(self.tr("No reframes yet"))
        self.save_button.setText(self.tr("&Save reframe"))
        self.save_button.setAccessibleName(self.tr("Save reframe"))
        self.delete_button.setAccessibleName(self.tr("Delete this reframe"))

        self.old_edit = LinesEdit(3)
        self.old_edit.setAccessibleName(self.tr("Old thought"))
        self.old_edit.setPlaceholderText(self.tr("A thought that used to feel true, e.g. “I always ruin things.”"))
        self.form.addRow(self.tr("&Old thought:"), self.old_edit)
        self.new_edit = LinesEdit(3)
        self.new_edit.setAccessibleName(self.tr("New perspective"))
        self.new_edit.setPlaceholderText(self.tr("How it looks to you now, in your own words"))
        self.form.addRow(self.tr("New &perspective:"), self.new_edit)
        self.domain_combo = QComboBox()
        self.domain_combo.addItem(domain_label(None), None)
        for domain in Domain:
            self.domain_combo.addItem(domain_label(domain), domain.value)
        self.domain_combo.setAccessibleName(self.tr("Integration domain"))
        self.form.addRow(self.tr("Do&main:"), self.domain_combo)

        self.sources = SourceChoiceModel(self)
        self.source_combo = QComboBox()
        self.source_combo.setModel(self.sources)
        self.source_combo.setAccessibleName(self.tr("Came from: a session or journal entry"))
        self.source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_combo.setMinimumContentsLength(20)
        self.source_combo.view().setUniformItemSizes(True)  # a journal may hold thousands of entries
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.open_source_button = QPushButton(self.tr("O&pen"))
        self.open_source_button.setAccessibleName(self.tr("Open the session or entry it came from"))
        self.open_source_button.clicked.connect(self.open_source)
        source_row = QWidget()
        source_layout = QHBoxLayout(source_row)
        source_layout.setContentsMargins(0, 0, 0, 0)
        source_layout.addWidget(self.source_combo, 1)
        source_layout.addWidget(self.open_source_button)
        source_label_widget = QLabel(self.tr("Came &from:"))
        source_label_widget.setBuddy(self.source_combo)
        self.form.addRow(source_label_widget, source_row)
        self.editor_layout.addStretch(1)
        self._sources_stale = True

        for first, second in ((self.new_button, self.table), (self.table, self.old_edit),
                              (self.old_edit, self.new_edit), (self.new_edit, self.domain_combo),
                              (self.domain_combo, self.source_combo), (self.source_combo, self.open_source_button),
                              (self.open_source_button, self.delete_button), (self.delete_button, self.save_button)):
            QWidget.setTabOrder(first, second)

    def first_field(self) -> QWidget:
        return self.old_edit

    def _texts(self) -> dict[str, str]:
        return {
            "new": self.tr("New reframe"),
            "edit": self.tr("Edit reframe"),
            "saved": self.tr("Saved."),
            "discard_title": self.tr("Discard changes?"),
            "discard": self.tr("The changes to this reframe have not been saved."),
            "delete_title": self.tr("Delete reframe?"),
            "delete": self.tr("Delete this reframe? You can find it again in the journal's history."),
            "delete_accept": self.tr("Delete reframe"),
        }

    def reload_sources(self) -> None:
        """Refill the "came from" choices (sessions and entries), keeping the current choice."""
        chosen = self.sources.id_at(self.source_combo.currentIndex())
        journal = self.ctx.journal
        self.sources.set_rows(journal.list(kind="session"), journal.list(kind="entry"))
        self._choose_source(chosen)
        self._sources_stale = False

    def mark_sources_stale(self) -> None:
        self._sources_stale = True
        if self.isVisible():
            self.reload_sources()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._sources_stale:
            self.reload_sources()

    def _set_rows(self, rows: list[Record]) -> None:
        journal = self.ctx.journal
        names: dict[bytes, str] = {}
        for reframe in rows:
            source_id = getattr(reframe, "source_id", None)
            if source_id is not None and source_id in journal:
                names[source_id] = source_label(journal.get(source_id))
        self.model.set_rows(rows, names)

    def _choose_source(self, source_id: bytes | None) -> None:
        row = self.sources.row_of(source_id)
        if row < 0 and source_id is not None and source_id in self.ctx.journal:
            self.reload_sources_now()
            row = self.sources.row_of(source_id)
        self.source_combo.setCurrentIndex(max(row, 0))
        self._source_changed()

    def reload_sources_now(self) -> None:
        journal = self.ctx.journal
        self.sources.set_rows(journal.list(kind="session"), journal.list(kind="entry"))
        self._sources_stale = False

    def _source_changed(self) -> None:
        self.open_source_button.setEnabled(self.sources.id_at(self.source_combo.currentIndex()) is not None)

    def _editor_state(self) -> Any:
        return (self.old_edit.toPlainText(), self.new_edit.toPlainText(), self.domain_combo.currentData(),
                self.sources.id_at(self.source_combo.currentIndex()))

    def _draft_fields(self) -> dict[str, Any]:
        source_id = self.sources.id_at(self.source_combo.currentIndex())
        return {"old_thought": self.old_edit.toPlainText(), "new_perspective": self.new_edit.toPlainText(),
                "domain": self.domain_combo.currentData(), "source_id": source_id.hex() if source_id else None}

    def _apply_draft(self, fields: Mapping[str, Any]) -> None:
        def text(key: str) -> str:
            value = fields.get(key)
            return value if isinstance(value, str) else ""

        self.old_edit.setPlainText(text("old_thought"))
        self.new_edit.setPlainText(text("new_perspective"))
        self.domain_combo.setCurrentIndex(max(self.domain_combo.findData(fields.get("domain")), 0))
        try:
            source_id = bytes.fromhex(text("source_id")) or None
        except ValueError:
            source_id = None
        self._choose_source(source_id)

    def _load_editor(self, record: Record | None) -> None:
        reframe = record if isinstance(record, Reframe) else None
        self.old_edit.setPlainText(reframe.old_thought if reframe else "")
        self.new_edit.setPlainText(reframe.new_perspective if reframe else "")
        self.domain_combo.setCurrentIndex(max(self.domain_combo.findData(
            reframe.domain.value if reframe and reframe.domain else None), 0))
        if self._sources_stale:
            self.reload_sources_now()
        self._choose_source(reframe.source_id if reframe else None)

    def _editor_cleared(self) -> None:
        self.old_edit.clear()
        self.new_edit.clear()
        self.domain_combo.setCurrentIndex(0)
        self.sources.clear()
        self.source_combo.setCurrentIndex(0)
        self._sources_stale = True

    def _build(self, base: Record | None) -> Record:
        old = self.old_edit.toPlainText().strip()
        new = self.new_edit.toPlainText().strip()
        if not old and not new:
            raise FormProblem(self.old_edit, self.tr(
                "Write the old thought, the new perspective, or both, before saving."))
        domain = self.domain_combo.currentData()
        values = dict(old_thought=old, new_perspective=new, domain=Domain(domain) if domain else None,
                      source_id=self.sources.id_at(self.source_combo.currentIndex()))
        try:
            return dataclasses.replace(base, **values) if base is not None else Reframe(**values)
        except ValidationError as error:
            raise FormProblem(self.old_edit, str(error)) from None

    def open_source(self) -> None:
        source_id = self.sources.id_at(self.source_combo.currentIndex())
        if source_id is None or source_id not in self.ctx.journal:
            return
        record = self.ctx.journal.get(source_id)
        if isinstance(record, TreatmentSession):
            self.ctx.navigate("sessions", session_id=source_id)
        elif isinstance(record, Entry):
            self.ctx.navigate("journal", entry_id=source_id)


# --- commitments -----------------------------------------------------------------------------------

class AdherenceStrip(QWidget):
    """A row of small squares, one per day of the last four weeks: filled when done, outlined when
    not, faint before the commitment started; today is marked. Drawn from the palette, so it follows
    the theme, and sized from the font, so it grows with the font scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: tuple[DayMark, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("The last four weeks, day by day"))
        self.setToolTip(self.tr("One square per day, today last. Filled: checked off. Faint: before this "
                                "commitment started."))

    def set_marks(self, marks: tuple[DayMark, ...]) -> None:
        self._marks = tuple(marks)
        done = sum(1 for m in self._marks if m.done)
        self.setAccessibleDescription(self.tr("Done on {done} of the last {days} days.").format(
            done=done, days=len(self._marks)))
        self.updateGeometry()
        self.update()

    @property
    def marks(self) -> tuple[DayMark, ...]:
        return self._marks

    def _cell(self, width: float | None = None) -> tuple[float, float]:
        """Square size and gap: from the font, shrunk to fit `width` when that is narrower."""
        size = max(6.0, self.fontMetrics().height() * 0.7)
        if width is not None:
            count = max(len(self._marks), DEFAULT_DAYS)
            weeks = (count + 6) // 7
            units = count + (count - 1) * 0.35 + (weeks - 1) * 0.7  # cells, gaps, week gaps
            size = max(3.0, min(size, (width - 4) / units))
        return size, size * 0.35

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        size, gap = self._cell()
        count = max(len(self._marks), DEFAULT_DAYS)
        weeks = (count + 6) // 7
        width = count * size + (count - 1) * gap + (weeks - 1) * gap * 2
        return QSize(round(width) + 4, round(size) + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.sizeHint()
        return QSize(min(hint.width(), DEFAULT_DAYS * 5), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._marks:
            return
        size, gap = self._cell(self.width())
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        done_colour = palette.color(QPalette.ColorRole.Highlight)
        line = palette.color(QPalette.ColorRole.WindowText)
        faint = QColor(line)
        faint.setAlphaF(0.25)
        open_line = QColor(line)
        open_line.setAlphaF(0.6)
        x = 1.0
        count = len(self._marks)
        for index, mark in enumerate(self._marks):
            # A wider gap between weeks counted back from today, so the row reads as four weeks.
            if index and (count - index) % 7 == 0:
                x += gap * 2
            rect = QRectF(x, 3, size, size)
            if mark.done:
                painter.setPen(QPen(done_colour, 1))
                painter.setBrush(done_colour)
            else:
                painter.setPen(QPen(open_line if mark.counted else faint, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
            if index == count - 1:  # today
                painter.setPen(QPen(line, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3)
            x += size + gap
        painter.end()


class CommitmentsTab(_RecordTab):
    KIND = COMMITMENT_KIND

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, CommitmentTableModel(), parent)
        self.model.setParent(self)
        self._past_day_for: bytes | None = b""
        self.table.setAccessibleName(self.tr("Commitments"))
        # Active ones first; the sort is stable, so each group stays newest first as the journal lists them.
        self.table.sortByColumn(CommitmentTableModel.COL_STATUS, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CommitmentTableModel.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (CommitmentTableModel.COL_DOMAIN, CommitmentTableModel.COL_CADENCE,
                       CommitmentTableModel.COL_RECENT, CommitmentTableModel.COL_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.new_button.setText(self.tr("&New commitment"))
        self.new_button.setAccessibleName(self.tr("New commitment"))
        self.empty_label.setText(self.tr(
            "No commitments yet. A commitment is a small practice you'd like to carry into daily life — "
            "ten minutes outside, a call to a friend each week. Check it off when you do it."))
        self.empty_label.setAccessibleName(self.tr("No commitments yet"))
        self.save_button.setText(self.tr("&Save commitment"))
        self.save_button.setAccessibleName(self.tr("Save commitment"))
        self.delete_button.setAccessibleName(self.tr("Delete this commitment"))

        self.text_edit = QLineEdit()
        self.text_edit.setAccessibleName(self.tr("The practice"))
        self.text_edit.setPlaceholderText(self.tr("e.g. ten minutes outside each morning"))
        self.form.addRow(self.tr("P&ractice:"), self.text_edit)
        self.domain_combo = QComboBox()
        for domain in Domain:
            self.domain_combo.addItem(domain_label(domain), domain.value)
        self.domain_combo.setAccessibleName(self.tr("Integration domain"))
        self.form.addRow(self.tr("Do&main:"), self.domain_combo)
        self.cadence_combo = QComboBox()
        for cadence in Cadence:
            self.cadence_combo.addItem(cadence_label(cadence), cadence.value)
        self.cadence_combo.setAccessibleName(self.tr("Rhythm: how often you'd like to do it"))
        self.form.addRow(self.tr("R&hythm:"), self.cadence_combo)
        self.active_check = QCheckBox(self.tr("A&ctive"))
        self.active_check.setAccessibleName(self.tr("Active (untick to pause it; its check-offs stay)"))
        self.active_check.setToolTip(self.tr("Untick to pause it; its check-offs stay"))
        self.form.addRow("", self.active_check)

        self.checkoff_box = QGroupBox(self.tr("Check-offs"))
        self.checkoff_box.setAccessibleName(self.tr("Check-offs"))
        checkoff_layout = QVBoxLayout(self.checkoff_box)
        self.today_check = QCheckBox(self.tr("Done &today"))
        self.today_check.setAccessibleName(self.tr("Done today"))
        self.today_check.toggled.connect(self._today_toggled)
        checkoff_layout.addWidget(self.today_check)
        past_form = QFormLayout()
        past_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        past_row = QHBoxLayout()
        past_label = QLabel(self.tr("Another d&ay:"))
        self.past_date = DateField(latest=self.ctx.today)  # no check-offs for the future
        self.past_date.setAccessibleName(self.tr("Another day to check off"))
        past_label.setBuddy(self.past_date)
        self.past_date.day_changed.connect(lambda _day: self._update_past_button())
        self.past_button = QPushButton()
        self.past_button.setAccessibleName(self.tr("Mark the chosen day as done, or not done"))
        self.past_button.clicked.connect(self._toggle_past_day)
        past_row.addWidget(self.past_date)
        past_row.addWidget(self.past_button)
        past_row.addStretch(1)
        past_form.addRow(past_label, past_row)
        checkoff_layout.addLayout(past_form)
        self.recent_heading = QLabel(self.tr("Last 4 weeks"))
        self.recent_heading.setFont(heading_font(self.font(), 1.0))
        checkoff_layout.addWidget(self.recent_heading)
        self.strip = AdherenceStrip()
        checkoff_layout.addWidget(self.strip)
        self.recent_label = wrapping_label()
        self.recent_label.setAccessibleName(self.tr("How the last four weeks went"))
        checkoff_layout.addWidget(self.recent_label)
        self.recent_note = wrapping_label(self.tr(
            "Counted by the rhythm you chose. A week or month that is still going only counts what you've "
            "done so far, and there are no streaks to keep."), secondary=True)
        checkoff_layout.addWidget(self.recent_note)
        self.unsaved_note = wrapping_label(self.tr("Save the commitment to start checking it off."), secondary=True)
        checkoff_layout.addWidget(self.unsaved_note)
        self.editor_layout.addWidget(self.checkoff_box)
        self.editor_layout.addStretch(1)

        for first, second in ((self.new_button, self.table), (self.table, self.text_edit),
                              (self.text_edit, self.domain_combo), (self.domain_combo, self.cadence_combo),
                              (self.cadence_combo, self.active_check), (self.active_check, self.today_check),
                              (self.today_check, self.past_date), (self.past_date, self.past_button),
                              (self.past_button, self.delete_button), (self.delete_button, self.save_button)):
            QWidget.setTabOrder(first, second)

    def first_field(self) -> QWidget:
        return self.text_edit

    def _texts(self) -> dict[str, str]:
        return {
            "new": self.tr("New commitment"),
            "edit": self.tr("Edit commitment"),
            "saved": self.tr("Saved."),
            "discard_title": self.tr("Discard changes?"),
            "discard": self.tr("The changes to this commitment have not been saved."),
            "delete_title": self.tr("Delete commitment?"),
            "delete": self.tr("Delete this commitment and its check-offs? If you only want a break from it, "
                              "you can untick “Active” instead."),
            "delete_accept": self.tr("Delete commitment"),
        }

    def _set_rows(self, rows: list[Record]) -> None:
        self.model.set_rows(rows, self.ctx.today(), week_start=locale_week_start())

    def _editor_state(self) -> Any:
        return (self.text_edit.text(), self.domain_combo.currentData(), self.cadence_combo.currentData(),
                self.active_check.isChecked())

    def _draft_fields(self) -> dict[str, Any]:
        return {"text": self.text_edit.text(), "domain": self.domain_combo.currentData(),
                "cadence": self.cadence_combo.currentData(), "active": self.active_check.isChecked()}

    def _apply_draft(self, fields: Mapping[str, Any]) -> None:
        text = fields.get("text")
        self.text_edit.setText(text if isinstance(text, str) else "")
        for combo, key in ((self.domain_combo, "domain"), (self.cadence_combo, "cadence")):
            index = combo.findData(fields.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        if isinstance(fields.get("active"), bool):
            self.active_check.setChecked(fields["active"])

    def _load_editor(self, record: Record | None) -> None:
        commitment = record if isinstance(record, Commitment) else None
        self.text_edit.setText(commitment.text if commitment else "")
        self.domain_combo.setCurrentIndex(max(self.domain_combo.findData(
            commitment.domain.value if commitment else Domain.LIFESTYLE.value), 0))
        self.cadence_combo.setCurrentIndex(max(self.cadence_combo.findData(
            commitment.cadence.value if commitment else Cadence.DAILY.value), 0))
        self.active_check.setChecked(commitment.active if commitment else True)
        shown = commitment.id if commitment else None
        if shown != self._past_day_for:  # another commitment: start again from yesterday
            self._past_day_for = shown
            self.past_date.set_day(self.ctx.today() - dt.timedelta(days=1))
        self._show_checkoffs(commitment)

    def _after_fresh(self, record: Record | None) -> None:
        self._show_checkoffs(record if isinstance(record, Commitment) else None)

    def _show_checkoffs(self, commitment: Commitment | None) -> None:
        today = self.ctx.today()
        saved = commitment is not None
        for widget in (self.today_check, self.past_date, self.past_button):
            widget.setEnabled(saved)
        self.unsaved_note.setVisible(not saved)
        for widget in (self.recent_heading, self.strip, self.recent_label, self.recent_note):
            widget.setVisible(saved)
        self.today_check.blockSignals(True)
        self.today_check.setChecked(saved and today in commitment.checkoffs)
        self.today_check.blockSignals(False)
        if commitment is None:
            self.strip.set_marks(())
            self.recent_label.clear()
        else:
            result, marks = recent(commitment, today, week_start=locale_week_start())
            self.strip.set_marks(marks)
            self.recent_label.setText(self.recent_text(result, commitment))
        self._update_past_button()

    def recent_text(self, result: Adherence, commitment: Commitment) -> str:
        if result.expected is None:
            if result.days_done == 1:
                return self.tr("Done on 1 day.")
            return self.tr("Done on {count} days.").format(count=result.days_done)
        if result.expected == 0:
            return self.tr("Nothing to count yet: this started only recently.")
        text = self.tr("Done {done} of the {expected} times your rhythm asked for.").format(
            done=result.done, expected=result.expected)
        if not commitment.active:
            text += " " + self.tr("Paused for now.")
        return text

    def _stored(self) -> Commitment | None:
        if self._editing is None or self._editing.id not in self.ctx.journal:
            return None
        record = self.ctx.journal.get(self._editing.id)
        return record if isinstance(record, Commitment) else None

    def _update_past_button(self) -> None:
        stored = self._stored()
        day = self.past_date.day()
        done = stored is not None and day in stored.checkoffs
        self.past_button.setText(self.tr("Mark as not done") if done else self.tr("Mark as done"))

    def _today_toggled(self, checked: bool) -> None:
        self.check_off(self.ctx.today(), checked)

    def _toggle_past_day(self) -> None:
        stored = self._stored()
        if stored is None or not self.past_date.commit():
            return
        day = self.past_date.day()
        self.check_off(day, day not in stored.checkoffs)

    def check_off(self, day: dt.date, done: bool) -> None:
        """Record (or take back) that the commitment was done on `day`; unsaved words stay as typed."""
        stored = self._stored()
        if stored is None:
            return
        if day > self.ctx.today():
            self.show_problem(self.tr("Only today or earlier days can be checked off."))
            return
        try:
            updated = self.ctx.journal.update(dataclasses.replace(stored, checkoffs=toggle_checkoff(stored, day, done)))
        except JournalError as error:
            self.show_problem(describe(error))
            self._show_checkoffs(stored)
            return
        self.show_problem(None)
        self._editing = updated
        self.ctx.notify_changed(self.KIND)
        self.reload()

    def _editor_cleared(self) -> None:
        self.text_edit.clear()
        self.active_check.setChecked(True)
        self._show_checkoffs(None)

    def _build(self, base: Record | None) -> Record:
        text = self.text_edit.text().strip()
        if not text:
            raise FormProblem(self.text_edit, self.tr("Practice: please describe the practice in a few words."))
        values = dict(text=text, domain=Domain(self.domain_combo.currentData()),
                      cadence=Cadence(self.cadence_combo.currentData()), active=self.active_check.isChecked())
        try:
            return dataclasses.replace(base, **values) if base is not None else Commitment(**values)
        except ValidationError as error:
            raise FormProblem(self.text_edit, self.tr("Practice: {problem}").format(problem=error.problem)) from None


# --- the page ----------------------------------------------------------------------------------------

class InsightsPage(Page):
    PAGE_ID = "insights"
    TITLE = "Insights"
    SHORTCUT = "Ctrl+5"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Insights"))
        heading.setFont(heading_font(self.font()))
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Insights"))
        self.tabs.tabBar().setAccessibleName(self.tr("Insights"))  # Tab stops on the tab list
        self.reframes = ReframesTab(ctx)
        self.commitments = CommitmentsTab(ctx)
        self.tabs.addTab(self.reframes, self.tr("&Reframes"))
        self.tabs.addTab(self.commitments, self.tr("&Commitments"))
        layout.addWidget(self.tabs, 1)
        self.reframes.reload()
        self.commitments.reload()
        restored_reframe = self.reframes.restore_draft()
        if self.commitments.restore_draft() and not restored_reframe:
            self.tabs.setCurrentWidget(self.commitments)

    def activate(self, **args: Any) -> None:
        tab = args.get("tab")
        if tab == "commitments" or isinstance(args.get("commitment_id"), bytes):
            self.tabs.setCurrentWidget(self.commitments)
        elif tab == "reframes" or isinstance(args.get("reframe_id"), bytes):
            self.tabs.setCurrentWidget(self.reframes)
        if isinstance(args.get("commitment_id"), bytes):
            self.commitments.select(args["commitment_id"])
        if isinstance(args.get("reframe_id"), bytes):
            self.reframes.select(args["reframe_id"])
        # A new day may have begun since the page was last shown.
        self.commitments.reload()

    def records_changed(self, kinds: set[str]) -> None:
        if REFRAME_KIND in kinds or kinds & SOURCE_KINDS:
            self.reframes.reload()
        if kinds & SOURCE_KINDS:
            self.reframes.mark_sources_stale()
        if COMMITMENT_KIND in kinds:
            self.commitments.reload()

    def save_state(self) -> None:
        """Unsaved words in either editor are kept as encrypted drafts and come back after unlock."""
        self.reframes.save_draft()
        self.commitments.save_draft()

    def clear(self) -> None:
        self.reframes.clear()
        self.commitments.clear()
