"""Table models of the Check-ins page: daily check-ins, and one instrument's questionnaire history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt

from integration_journal.core import measures
from integration_journal.core.records import CheckIn, QuestionnaireResponse
from integration_journal.ui.models import (
    SORT_ROLE,
    RowTableModel,
    date_text,
    datetime_text,
)
from integration_journal.ui.questionnaire_dialog import format_total, wording

_Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CheckinTableModel(RowTableModel):
    """Daily check-ins, one row a day: the 0-10 ratings, sleep, and whether a note was written."""

    COL_DATE, COL_MOOD, COL_ANXIETY, COL_PAIN, COL_SLEEP, COL_QUALITY = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Day"), self.tr("Mood"), self.tr("Anxiety"), self.tr("Pain"),
                         self.tr("Sleep (hours)"), self.tr("Sleep quality"))

    def set_checkins(self, checkins: Sequence[CheckIn]) -> None:
        self.set_rows(sorted(checkins, key=lambda c: c.date, reverse=True))

    def checkin_at(self, row: int) -> CheckIn:
        return self._rows[row]

    def row_of_date(self, day: dt.date) -> int:
        return next((row for row, checkin in enumerate(self._rows) if checkin.date == day), -1)

    def _value(self, checkin: CheckIn, column: int) -> Any:
        return (None, checkin.mood, checkin.anxiety, checkin.pain, checkin.sleep_hours,
                checkin.sleep_quality)[column]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        checkin, column = self._rows[index.row()], index.column()
        if role in _TEXT_ROLES:
            if column == self.COL_DATE:
                return date_text(checkin.date)  # a four-digit year; ISO in the bare C locale
            value = self._value(checkin, column)
            if value is None:
                return "—" if role == Qt.ItemDataRole.DisplayRole else self.tr("not given")
            if column == self.COL_SLEEP:
                return QLocale().toString(float(value), "f", 1)
            return str(value)
        if role == SORT_ROLE:
            if column == self.COL_DATE:
                return checkin.date.toordinal()
            value = self._value(checkin, column)
            return -1.0 if value is None else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_DATE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DATE:
            text = QLocale().toString(qdate(checkin.date), QLocale.FormatType.LongFormat)
            return text + (self.tr(" (with a note)") if checkin.note else "")
        return None


@dataclass(frozen=True, slots=True)
class ResponseRow:
    response: QuestionnaireResponse
    score: measures.Score | None  # None: the stored answers do not fit the instrument
    baseline: bool  # the baseline progress() uses (marked, or the first complete response)


def response_rows(instrument: str, responses: Sequence[QuestionnaireResponse]) -> tuple[list[ResponseRow],
                                                                                         measures.Progress]:
    """One instrument's responses, newest first, scored, with the baseline of the progress rules."""
    measure = measures.get_measure(instrument)
    aliases = {measure.id, *measure.aliases}
    mine = [r for r in responses if r.instrument in aliases]
    progress = measures.progress(measure.id, mine)
    baseline_id = progress.baseline.record_id if progress.baseline else None
    rows = []
    for response in sorted(mine, key=lambda r: (r.taken_at, r.created), reverse=True):
        try:
            result = measures.score(measure.id, response.answers)
        except measures.MeasureError:
            result = None
        rows.append(ResponseRow(response, result, response.id == baseline_id))
    return rows, progress


class ResponseTableModel(RowTableModel):
    """One instrument's stored responses: date, total, band, the item-9 flag and the baseline."""

    COL_DATE, COL_TOTAL, COL_BAND, COL_SAFETY, COL_BASELINE = range(5)
    COLUMN_COUNT = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._measure: measures.Measure | None = None
        self._headers = (self.tr("Date"), self.tr("Total"), self.tr("Band"), self.tr("Item 9"),
                         self.tr("Baseline"))

    def set_responses(self, instrument: str, rows: Sequence[ResponseRow]) -> None:
        self._measure = measures.get_measure(instrument)
        self.set_rows(rows)

    def row_at(self, row: int) -> ResponseRow:
        return self._rows[row]

    def row_of(self, record_id: bytes) -> int:
        return next((row for row, item in enumerate(self._rows) if item.response.id == record_id), -1)

    def _text(self, item: ResponseRow, column: int) -> str:
        if column == self.COL_DATE:
            return datetime_text(item.response.taken_at)
        result = item.score
        if column == self.COL_TOTAL:
            if result is None:
                return self.tr("cannot be scored")
            return format_total(self._measure, result.total)
        if column == self.COL_BAND:
            return wording(result.band) if result is not None and result.band else "—"
        if column == self.COL_SAFETY:
            if result is None or self._measure.safety_item is None:
                return ""
            if result.safety_value is None:
                return self.tr("not answered")
            return (self.tr("⚑ {value} — support shown").format(value=result.safety_value) if result.safety_flag
                    else str(result.safety_value))
        if column == self.COL_BASELINE:
            if not item.baseline:
                return ""
            return self.tr("Baseline (marked)") if item.response.baseline else self.tr("Baseline (first)")
        return ""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        item, column = self._rows[index.row()], index.column()
        if role in _TEXT_ROLES:
            return self._text(item, column)
        if role == SORT_ROLE:
            if column == self.COL_DATE:
                return item.response.taken_at.timestamp()
            if column == self.COL_TOTAL:
                total = item.score.total if item.score is not None else None
                return -1.0 if total is None else float(total)
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_SAFETY and item.score is not None \
                and item.score.safety_flag:
            return self.tr("Question 9 was answered above 0; the support panel was offered.")
        return None

