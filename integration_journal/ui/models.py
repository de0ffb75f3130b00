"""Item models: small, data-only, and tested without a view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QFont

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
NO_FLAGS = Qt.ItemFlag.NoItemFlags


def local_qdatetime(value: dt.datetime) -> QDateTime:
    """An aware datetime as a QDateTime in local time (built field by field: no tz conversion in Qt)."""
    local = value.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def short_date_format() -> str:
    """The locale's short date with a four-digit year (two digits are ambiguous); ISO 8601 when the
    locale is the bare "C" one, whose short format ("26 11 2026") reads like three numbers."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def short_time_format() -> str:
    locale = QLocale()
    return "HH:mm" if locale.language() == QLocale.Language.C else locale.timeFormat(QLocale.FormatType.ShortFormat)


def date_text(value: QDate | dt.date) -> str:
    """A calendar day as the list views show it (see short_date_format)."""
    if isinstance(value, dt.date):
        value = QDate(value.year, value.month, value.day)
    return QLocale().toString(value, short_date_format())


def datetime_text(value: QDateTime | dt.datetime) -> str:
    """A moment in local time: the short date and the short time."""
    if isinstance(value, dt.datetime):
        value = local_qdatetime(value)
    return QLocale().toString(value, f"{short_date_format()} {short_time_format()}")


class RowTableModel(QAbstractTableModel):
    """The plumbing every read-only table of records shares: a list of rows, fixed headers, no
    children. Subclasses set COLUMN_COUNT, fill `_headers` in __init__ and implement `data`."""

    COLUMN_COUNT = 0

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._headers: tuple[str, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_of(self, record_id: bytes) -> int:
        for row, record in enumerate(self._rows):
            if record.id == record_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.COLUMN_COUNT):
            return self._headers[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Constants: views may ask for every row (enum arithmetic per call shows on 10,000 rows).
        return ITEM_FLAGS if index.isValid() else NO_FLAGS

    def _valid(self, index: _Index) -> bool:
        return index.isValid() and not index.parent().isValid() and 0 <= index.row() < len(self._rows)


class EntryTableModel(RowTableModel):
    """Journal entries, newest first as the journal gives them; one row per entry, no widgets."""

    COL_DATE, COL_TITLE, COL_TAGS = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Date"), self.tr("Title"), self.tr("Tags"))

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.set_rows(entries)

    def entry_at(self, row: int) -> Any:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        entry, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_DATE:
                return datetime_text(entry.created)
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
