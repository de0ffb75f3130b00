"""The list-beside-its-editor tab that the reframes and commitments tabs are built on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.records import Draft, Record
from integration_journal.errors import JournalError
from integration_journal.ui.messages import describe
from integration_journal.ui.models import SORT_ROLE
from integration_journal.ui.pages.base import PageContext
from integration_journal.ui.widgets.form_parts import FormProblem
from integration_journal.ui.widgets.labels import wrapping_label


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
