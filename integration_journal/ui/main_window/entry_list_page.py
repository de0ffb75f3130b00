"""EntryListPage: the plain list of journal entries, shown while the real Journal page does not exist yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTableView, QVBoxLayout, QWidget

from integration_journal.ui.models import SORT_ROLE, EntryTableModel
from integration_journal.ui.pages.base import Page, PageContext

ENTRY_KIND = "entry"


class EntryListPage(Page):
    """The list of journal entries, shown only while the real Journal page does not exist yet, so the
    app stays usable."""

    PAGE_ID = "journal"
    TITLE = "Journal"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.entry_model = EntryTableModel(self)
        self.sorted_entries = QSortFilterProxyModel(self)
        self.sorted_entries.setSourceModel(self.entry_model)
        self.sorted_entries.setSortRole(SORT_ROLE)
        self.entry_view = QTableView()
        self.entry_view.setModel(self.sorted_entries)
        self.entry_view.setAccessibleName(self.tr("Journal entries"))
        self.entry_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entry_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entry_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entry_view.setAlternatingRowColors(True)
        self.entry_view.setShowGrid(False)
        self.entry_view.setWordWrap(False)
        self.entry_view.verticalHeader().hide()
        self.entry_view.setCornerButtonEnabled(False)
        self.entry_view.setSortingEnabled(True)
        self.entry_view.sortByColumn(EntryTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        header = self.entry_view.horizontalHeader()
        header.setSectionResizeMode(EntryTableModel.COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EntryTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EntryTableModel.COL_TAGS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(EntryTableModel.COL_TAGS, header.fontMetrics().averageCharWidth() * 28)

        self.empty_label = QLabel(self.tr("No entries yet. Entries you write will appear here."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(self.tr("No entries yet"))
        self.central = QStackedWidget()
        self.central.addWidget(self.entry_view)
        self.central.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.central)
        self.setFocusProxy(self.entry_view)
        self.reload()

    def reload(self) -> None:
        entries = self.ctx.journal.list(kind=ENTRY_KIND)
        self.entry_model.set_entries(entries)
        self.central.setCurrentWidget(self.entry_view if entries else self.empty_label)

    def activate(self, **args: Any) -> None:
        self.entry_view.setFocus()

    def records_changed(self, kinds: set[str]) -> None:
        if ENTRY_KIND in kinds:
            self.reload()

    def clear(self) -> None:
        self.entry_model.clear()
        self.central.setCurrentWidget(self.empty_label)
