"""Item models: small, data-only, and tested without a view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QDate, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTime,
)
from PySide6.QtGui import QFont

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def local_qdatetime(value: dt.datetime) -> QDateTime:
    """An aware datetime as a QDateTime in local time (built field by field: no tz conversion in Qt)."""
    local = value.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


class EntryTableModel(QAbstractTableModel):
    """Journal entries, newest first as the journal gives them; one row per entry, no widgets."""

    COL_DATE, COL_TITLE, COL_TAGS = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[Any] = []
        self._headers = (self.tr("Date"), self.tr("Title"), self.tr("Tags"))

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def clear(self) -> None:
        self.set_entries([])

    def entry_at(self, row: int) -> Any:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.COLUMN_COUNT):
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry, column = self._entries[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_DATE:
                return QLocale().toString(local_qdatetime(entry.created), QLocale.FormatType.ShortFormat)
            if column == self.COL_TITLE:
                return entry.title or self.tr("Untitled")
            if column == self.COL_TAGS:
                return ", ".join(entry.tags)
        elif role == SORT_ROLE:
            if column == self.COL_DATE:
                return entry.created.timestamp()
            if column == self.COL_TITLE:
                return entry.title.casefold()
            if column == self.COL_TAGS:
                return ", ".join(entry.tags).casefold()
        elif role == Qt.ItemDataRole.FontRole and column == self.COL_TITLE and not entry.title:
            font = QFont()
            font.setItalic(True)  # "Untitled" is our word, not the person's
            return font
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DATE:
            return QLocale().toString(local_qdatetime(entry.created), QLocale.FormatType.LongFormat)
        return None
