"""Item models of the Insights page: reframes, commitments with their recent adherence, and the
records a reframe can come from; plus the words for domains and cadences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from integration_journal.core.adherence import Adherence, DayMark, recent
from integration_journal.core.records import (
    Cadence,
    Commitment,
    Domain,
    Entry,
    Record,
    Reframe,
    TreatmentSession,
)
from integration_journal.ui.models import (
    SORT_ROLE,
    RowTableModel,
    date_text,
    local_qdatetime,
)
from integration_journal.ui.session_models import route_label

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ADHERENCE_ROLE = Qt.ItemDataRole.UserRole + 3  # (Adherence, tuple[DayMark, ...]) of a commitment


def _tr(text: str) -> str:
    return QCoreApplication.translate("insights", text)


def domain_label(domain: Domain | str | None) -> str:
    if domain is None:
        return _tr("No particular domain")
    return {
        Domain.MIND: _tr("Mind"),
        Domain.BODY: _tr("Body"),
        Domain.SPIRIT: _tr("Spirit"),
        Domain.RELATIONSHIPS: _tr("Relationships"),
        Domain.LIFESTYLE: _tr("Lifestyle"),
        Domain.NATURE: _tr("Nature"),
    }[Domain(domain)]


def cadence_label(cadence: Cadence | str) -> str:
    return {
        Cadence.DAILY: _tr("Every day"),
        Cadence.SEVERAL_PER_WEEK: _tr("A few times a week"),
        Cadence.WEEKLY: _tr("Once a week"),
        Cadence.FORTNIGHTLY: _tr("Every two weeks"),
        Cadence.MONTHLY: _tr("Once a month"),
        Cadence.AS_NEEDED: _tr("When it helps (no rhythm)"),
    }[Cadence(cadence)]


def short_date(value: dt.datetime) -> str:
    return date_text(local_qdatetime(value).date())


def source_label(record: Record | None) -> str:
    """How a reframe's origin is named in lists: "Session, 14/03/2025 (IV infusion)", "Entry, …"."""
    if record is None:
        return ""
    if isinstance(record, TreatmentSession):
        return _tr("Session, {date} ({route})").format(date=short_date(record.when), route=route_label(record.route))
    if isinstance(record, Entry):
        title = " ".join(record.title.split()) or _tr("untitled")
        if len(title) > 60:
            title = title[:59] + "…"
        return _tr("Entry, {date}: {title}").format(date=short_date(record.created), title=title)
    return ""


def adherence_text(result: Adherence) -> str:
    """The short count for a list: "9 of 12", "5 days", or a dash when nothing was asked yet."""
    if result.expected is None:
        if result.days_done == 1:
            return _tr("1 day")
        return _tr("{count} days").format(count=result.days_done)
    if result.expected == 0:
        return "–"
    return _tr("{done} of {expected}").format(done=result.done, expected=result.expected)


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _TableModel(RowTableModel):
    """Rows of records that may carry extra per-row data, cleared with them."""

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._clear_extra()
        self.endResetModel()

    def _clear_extra(self) -> None:
        pass

    def record_at(self, row: int) -> Any:
        return self._rows[row]



class ReframeTableModel(_TableModel):
    """Reframes, newest first as given: the old thought, the new perspective, domain and origin."""

    COL_DATE, COL_OLD, COL_NEW, COL_DOMAIN, COL_SOURCE = range(5)
    COLUMN_COUNT = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sources: dict[bytes, str] = {}
        self._headers = (self.tr("Date"), self.tr("Old thought"), self.tr("New perspective"), self.tr("Domain"),
                         self.tr("Came from"))

    def set_rows(self, reframes: Sequence[Reframe], sources: Mapping[bytes, str] | None = None) -> None:
        """`sources` names each linked record by id; a link whose record is gone shows as removed."""
        self.beginResetModel()
        self._rows = list(reframes)
        self._sources = dict(sources or {})
        self.endResetModel()

    def _clear_extra(self) -> None:
        self._sources = {}

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        reframe: Reframe = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(reframe, column)
        if role == SORT_ROLE:
            if column == self.COL_DATE:
                return reframe.created.timestamp()
            return self._text(reframe, column).casefold()
        if role == ID_ROLE:
            return reframe.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_OLD, self.COL_NEW):
            text = reframe.old_thought if column == self.COL_OLD else reframe.new_perspective
            return text or None
        if role == Qt.ItemDataRole.FontRole and self._is_placeholder(reframe, column):
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _is_placeholder(self, reframe: Reframe, column: int) -> bool:
        return ((column == self.COL_OLD and not reframe.old_thought.strip())
                or (column == self.COL_NEW and not reframe.new_perspective.strip())
                or (column == self.COL_SOURCE and reframe.source_id is not None
                    and reframe.source_id not in self._sources))

    def _text(self, reframe: Reframe, column: int) -> str:
        if column == self.COL_DATE:
            return short_date(reframe.created)
        if column == self.COL_OLD:
            return _one_line(reframe.old_thought) or self.tr("(not written)")
        if column == self.COL_NEW:
            return _one_line(reframe.new_perspective) or self.tr("(not written)")
        if column == self.COL_DOMAIN:
            return domain_label(reframe.domain) if reframe.domain else ""
        if column == self.COL_SOURCE:
            if reframe.source_id is None:
                return ""
            return self._sources.get(reframe.source_id) or self.tr("(removed)")
        return ""


class CommitmentTableModel(_TableModel):
    """Commitments with how they went over the last four weeks (core.adherence.recent)."""

    COL_TEXT, COL_DOMAIN, COL_CADENCE, COL_RECENT, COL_STATUS = range(5)
    COLUMN_COUNT = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._recent: list[tuple[Adherence, tuple[DayMark, ...]]] = []
        self._headers = (self.tr("Practice"), self.tr("Domain"), self.tr("Rhythm"), self.tr("Last 4 weeks"),
                         self.tr("Status"))

    def set_rows(self, commitments: Sequence[Commitment], today: dt.date, *, week_start: int = 0,
                 tz: dt.tzinfo | None = None) -> None:
        self.beginResetModel()
        self._rows = list(commitments)
        self._recent = [recent(c, today, tz=tz, week_start=week_start) for c in self._rows]
        self.endResetModel()

    def _clear_extra(self) -> None:
        self._recent = []

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        commitment: Commitment = self._rows[index.row()]
        column = index.column()
        result, _marks = self._recent[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(commitment, column, result)
        if role == SORT_ROLE:
            if column == self.COL_RECENT:
                return result.ratio if result.ratio is not None else -1.0
            if column == self.COL_STATUS:
                return int(commitment.active)
            return self._text(commitment, column, result).casefold()
        if role == ID_ROLE:
            return commitment.id
        if role == ADHERENCE_ROLE:
            return self._recent[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_TEXT:
            return commitment.text
        if role == Qt.ItemDataRole.FontRole and not commitment.active:
            font = QFont()
            font.setItalic(True)  # paused
            return font
        return None

    def _text(self, commitment: Commitment, column: int, result: Adherence) -> str:
        if column == self.COL_TEXT:
            return _one_line(commitment.text)
        if column == self.COL_DOMAIN:
            return domain_label(commitment.domain)
        if column == self.COL_CADENCE:
            return cadence_label(commitment.cadence)
        if column == self.COL_RECENT:
            return adherence_text(result)
        if column == self.COL_STATUS:
            return self.tr("Active") if commitment.active else self.tr("Paused")
        return ""


class SourceChoiceModel(QAbstractListModel):
    """What a reframe can come from: nothing, a session or an entry (sessions first, newest first)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Row 0 is "nothing"; then the records. Labels are made when a row is first shown: a journal
        # may hold ten thousand entries, and a combo box shows one row (its popup a screenful).
        self._records: list[Record] = []
        self._labels: dict[int, str] = {0: self.tr("Nothing in particular")}
        self._row_of: dict[bytes, int] = {}

    def set_rows(self, sessions: Sequence[TreatmentSession], entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self._records = [*sessions, *entries]
        self._labels = {0: self.tr("Nothing in particular")}
        self._row_of = {}
        for row, record in enumerate(self._records, 1):
            self._row_of.setdefault(record.id, row)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], [])

    def row_of(self, record_id: bytes | None) -> int:
        if record_id is None:
            return 0
        return self._row_of.get(record_id, -1)

    def id_at(self, row: int) -> bytes | None:
        return self._records[row - 1].id if 1 <= row <= len(self._records) else None

    def label_at(self, row: int) -> str:
        label = self._labels.get(row)
        if label is None:
            label = self._labels[row] = source_label(self._records[row - 1])
        return label

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._records) + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() <= len(self._records):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.label_at(index.row())
        if role == ID_ROLE:
            return self.id_at(index.row())
        return None
