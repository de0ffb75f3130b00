"""Item models of the Journal page: the entry list (10,000 rows, no widget per row) and earlier versions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from integration_journal.core.search import highlight_spans, sort_key
from integration_journal.ui.models import RowTableModel, date_text

_Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id (bytes)
SPANS_ROLE = Qt.ItemDataRole.UserRole + 2  # [(start, end)] of search matches in the display text
RECORD_ROLE = Qt.ItemDataRole.UserRole + 3  # the record itself
COMMENTS_ROLE = Qt.ItemDataRole.UserRole + 4  # how many comments sit beside the entry (int)


def _tr(text: str) -> str:
    return QCoreApplication.translate("journal", text)


def local_date(value: dt.datetime) -> QDate:
    local = value.astimezone()
    return QDate(local.year, local.month, local.day)


def format_day(value: dt.datetime) -> str:
    return date_text(local_date(value))


def format_moment(value: dt.datetime) -> str:
    """Date and time in the person's locale, e.g. for "saved at" notices."""
    local = value.astimezone()
    day = QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    return _tr("{day}, {time}").format(day=day, time=f"{local.hour:02d}:{local.minute:02d}")


def format_short_moment(value: dt.datetime) -> str:
    local = value.astimezone()
    return _tr("{day} {time}").format(day=date_text(QDate(local.year, local.month, local.day)),
                                      time=f"{local.hour:02d}:{local.minute:02d}")


# The three flags of an entry, as (field name, short list label, full sentence).
FLAGS: tuple[tuple[str, str, str], ...] = (
    ("share", "Share", "Share with my therapist"),
    ("bring_to_appointment", "Bring", "Bring to my next appointment"),
    ("question_for_therapist", "Question", "Question for my therapist"),
)


def flag_labels(entry: Any, *, full: bool = False) -> list[str]:
    return [_tr(long if full else short) for name, short, long in FLAGS if getattr(entry, name, False)]


def excerpt(body: str, limit: int = 80) -> str:
    """The first words of a body on one line, for untitled entries."""
    line = " ".join(body[: limit * 4].split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


_MARKERS = re.compile(r"^\s*(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)*")


def first_line(body: str, limit: int = 200) -> str:
    """The body's first line with words in it, without Markdown's line markers (# > - 1.), as plain text."""
    for line in body[: limit * 8].splitlines():
        words = " ".join(_MARKERS.sub("", line).split())
        if words:
            return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"
    return ""


class EntryListModel(RowTableModel):
    """Entries newest first, as the journal or a search gives them. Display text is worked out only for
    the rows a view asks about, so 10,000 rows cost one list and an id index."""

    COL_DATE, COL_TITLE, COL_TAGS, COL_FLAGS = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._terms: tuple[str, ...] = ()
        self._row_of: dict[bytes, int] | None = None
        self._spans: dict[tuple[bytes, int], list[tuple[int, int]]] = {}
        self._comments: dict[bytes, int] = {}
        self._headers = (self.tr("Date"), self.tr("Title"), self.tr("Tags"), self.tr("Flags"))

    # --- content ----------------------------------------------------------------------------

    def set_rows(self, entries: Sequence[Any], terms: Sequence[str] = ()) -> None:
        """Show `entries` in the given order; `terms` (from a search) are highlighted."""
        self.beginResetModel()
        self._rows = list(entries)
        self._terms = tuple(terms)
        self._row_of = None
        self._spans = {}
        self.endResetModel()

    def clear(self) -> None:
        self._comments = {}
        self.set_rows([])

    def set_comment_counts(self, counts: dict[bytes, int]) -> None:
        """How many comments sit beside each entry (SharingService.comment_counts); rows repaint."""
        if counts != self._comments:
            self._comments = dict(counts)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMN_COUNT - 1))

    def comments_on(self, entry_id: bytes) -> int:
        return self._comments.get(entry_id, 0)

    def row_summary(self, entry: Any) -> str:
        """Everything a row shows, in words, for a screen reader: title, date, tags, flags, comments."""
        parts = [self._display(entry, self.COL_TITLE), format_day(entry.created)]
        if entry.tags:
            parts.append(self.tr("tags: {tags}").format(tags=", ".join(entry.tags)))
        parts.extend(flag_labels(entry, full=True))
        comments = self.comments_on(entry.id)
        if comments:
            parts.append(self.tr("%n comment(s) from your therapist", "", comments))
        return ", ".join(parts)

    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    def entry_at(self, row: int) -> Any:
        return self._rows[row]

    def entries(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, entry_id: bytes) -> int:
        """The row showing `entry_id`, or -1."""
        if self._row_of is None:
            self._row_of = {entry.id: row for row, entry in enumerate(self._rows)}
        return self._row_of.get(entry_id, -1)

    def upsert(self, entry: Any) -> int:
        """Show a changed entry in its row, or a new one where its date puts it; returns the row."""
        row = self.row_of(entry.id)
        if row >= 0 and sort_key(self._rows[row]) == sort_key(entry):
            self._rows[row] = entry
            self._forget_spans(entry.id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))
            return row
        if row >= 0:
            self.remove(entry.id)
        key = sort_key(entry)
        position = len(self._rows)
        for index, other in enumerate(self._rows):
            if sort_key(other) < key:
                position = index
                break
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, entry)
        self._row_of = None
        self._forget_spans(entry.id)
        self.endInsertRows()
        return position

    def remove(self, entry_id: bytes) -> None:
        row = self.row_of(entry_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._row_of = None
        self._forget_spans(entry_id)
        self.endRemoveRows()

    def _forget_spans(self, entry_id: bytes) -> None:
        for column in (self.COL_TITLE, self.COL_TAGS):
            self._spans.pop((entry_id, column), None)

    # --- Qt model API -------------------------------------------------------------------------

    def _display(self, entry: Any, column: int) -> str:
        if column == self.COL_DATE:
            return format_day(entry.created)
        if column == self.COL_TITLE:
            if entry.title:
                return entry.title
            return excerpt(entry.body) or self.tr("Untitled")
        if column == self.COL_TAGS:
            return ", ".join(entry.tags)
        return ", ".join(flag_labels(entry))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == self.COL_TITLE:
                return self.row_summary(entry)
            if column == self.COL_FLAGS:
                return ", ".join(flag_labels(entry, full=True)) or self.tr("No flags")
            return self._display(entry, column)
        if role == ID_ROLE:
            return entry.id
        if role == RECORD_ROLE:
            return entry
        if role == COMMENTS_ROLE:
            return self.comments_on(entry.id)
        if role == SPANS_ROLE:
            if not self._terms or column not in (self.COL_TITLE, self.COL_TAGS):
                return []
            key = (entry.id, column)
            spans = self._spans.get(key)
            if spans is None:
                spans = self._spans[key] = highlight_spans(self._display(entry, column), self._terms)
            return spans
        if role == Qt.ItemDataRole.FontRole and column == self.COL_TITLE and not entry.title:
            font = QFont()
            font.setItalic(True)  # not the person's title: the start of the text, or our "Untitled"
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.COL_DATE, self.COL_TITLE):  # never the person's words: a tip may be rich text
                return format_moment(entry.created)
            if column == self.COL_FLAGS:
                return "\n".join(flag_labels(entry, full=True)) or None
        return None


class RevisionListModel(RowTableModel):
    """Earlier versions of one entry, newest first: (snapshot, the entry as it was then) pairs."""

    COL_SAVED, COL_TITLE, COL_STATE = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Saved"), self.tr("Title"), self.tr("State"))

    def row_at(self, row: int) -> tuple[Any, Any]:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._rows):
            return None
        snapshot, entry = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_SAVED:
                return format_short_moment(entry.updated)
            if column == self.COL_TITLE:
                return entry.title or excerpt(entry.body, 50) or self.tr("Untitled")
            return self.tr("Deleted") if snapshot.deleted else self.tr("Earlier version")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SAVED:
            return format_moment(entry.updated)
        if role == ID_ROLE:
            return snapshot.id
        if role == RECORD_ROLE:
            return entry
        if role == COMMENTS_ROLE:
            return self.comments_on(entry.id)
        return None
