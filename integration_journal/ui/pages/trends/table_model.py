"""The table that shows a chart's data as rows, for reading without the chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from integration_journal.ui.models import SORT_ROLE, RowTableModel
from integration_journal.ui.models import date_text as short_date_text
from integration_journal.ui.pages.trends.texts import _tr, date_text, number_text

_Index = QModelIndex | QPersistentModelIndex


class TrendTableModel(RowTableModel):
    """Rows of cells (a date, a number, text or None), under headers given with them; read-only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Any, ...]] = []

    def set_table(self, headers: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> None:
        self.beginResetModel()
        self._headers = tuple(headers)
        self.COLUMN_COUNT = len(self._headers)
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_table((), ())

    def cell(self, row: int, column: int) -> Any:
        return self._rows[row][column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index) or not 0 <= index.column() < self.COLUMN_COUNT:
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return "—"
            if isinstance(value, dt.date):
                return short_date_text(value)
            if isinstance(value, int | float):
                return number_text(value)
            return str(value)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if value is None:
                return _tr("no value")
            if isinstance(value, dt.date):
                return date_text(value)
            return number_text(value) if isinstance(value, int | float) else str(value)
        if role == SORT_ROLE:
            return value.toordinal() if isinstance(value, dt.date) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
