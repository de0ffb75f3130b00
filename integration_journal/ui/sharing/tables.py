"""The sharing pages' read-only, sortable tables: making one, its current source row, a filter field for it."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView, QWidget

from integration_journal.ui.models import SORT_ROLE
from integration_journal.ui.widgets.layout import fit_columns


def table_view(model, name: str, *, stretch: int = 0, proxy: bool = True) -> QTableView:
    """A read-only, sortable, row-selecting table over `model`: through a sorting and filtering proxy, or
    (proxy=False, for long lists) straight on a model that sorts itself."""
    view = QTableView()
    if proxy:
        sorter = QSortFilterProxyModel(view)
        sorter.setSourceModel(model)
        sorter.setSortRole(SORT_ROLE)
        sorter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view.setModel(sorter)
    else:
        view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    fit_columns(view, stretch)  # never scrolls sideways: columns narrow and end in "…" instead
    view.setAccessibleName(name)
    return view


def keep_rows_visible(view: QWidget, lines: int = 8) -> None:
    """A list keeps room for a few rows: a short window (large font sizes) scrolls the tab around it
    rather than squeezing it to its header."""
    view.setMinimumHeight(view.fontMetrics().lineSpacing() * lines)


def source_row(view: QTableView) -> int:
    """The model row of the view's current row (-1 without one)."""
    index = view.currentIndex()
    if not index.isValid():
        return -1
    proxy = view.model()
    return proxy.mapToSource(index).row() if isinstance(proxy, QSortFilterProxyModel) else index.row()


def select_source_row(view: QTableView, row: int) -> None:
    model = view.model()
    if isinstance(model, QSortFilterProxyModel):
        index = model.mapFromSource(model.sourceModel().index(row, 0))
    else:
        index = model.index(row, 0)
    view.setCurrentIndex(index)
    view.selectRow(index.row())


def filter_edit(view: QTableView, name: str, placeholder: str) -> QLineEdit:
    """A search field that filters `view`'s proxy on its first column."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    proxy = view.model()
    edit.textChanged.connect(proxy.setFilterFixedString)
    return edit
