"""The sharing tables' item models: contacts, checkable items, a share's preview lines and sent shares."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from integration_journal.core import records as r
from integration_journal.core.sharing import PreviewLine
from integration_journal.ui.models import SORT_ROLE, RowTableModel, date_text, datetime_text
from integration_journal.ui.sharing.texts import kind_label, preview_line_label, tr

_Index = QModelIndex | QPersistentModelIndex
CHECKABLE_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
                   | Qt.ItemFlag.ItemIsUserCheckable)


def contact_state(contact: r.Contact) -> str:
    if contact.verified:
        return tr("Verified")
    if len(contact.key_fingerprints) > 1:
        return tr("Keys changed: compare again")
    return tr("Not verified")


class ContactsModel(RowTableModel):
    """Contacts: name, role, verified state."""

    COL_NAME, COL_ROLE, COL_STATE = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("Name"), tr("Role"), tr("Safety number"))

    def contact_at(self, row: int) -> r.Contact:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        contact, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE):
            if column == self.COL_NAME:
                return contact.name if role != SORT_ROLE else contact.name.casefold()
            if column == self.COL_ROLE:
                return tr("Therapist") if contact.role is r.Role.THERAPIST else tr("Patient")
            return contact_state(contact)
        return None


class CheckableModel(RowTableModel):
    """Rows of (record id, label, day) with a check box in the first column (entries to pick, packs…)."""

    COL_LABEL, COL_DATE = range(2)
    COLUMN_COUNT = 2

    def __init__(self, headers: tuple[str, str], parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._checked: set[bytes] = set()

    def set_items(self, items: Sequence[tuple[bytes, str, dt.date | None]]) -> None:
        keep = {item[0] for item in items}
        self._checked &= keep
        self.set_rows(items)

    def checked_ids(self) -> tuple[bytes, ...]:
        return tuple(item[0] for item in self._rows if item[0] in self._checked)

    def set_checked(self, record_id: bytes, checked: bool) -> None:
        row = next((i for i, item in enumerate(self._rows) if item[0] == record_id), -1)
        if row >= 0:
            self.setData(self.index(row, 0), Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                         Qt.ItemDataRole.CheckStateRole)

    def row_of(self, record_id: bytes) -> int:
        return next((i for i, item in enumerate(self._rows) if item[0] == record_id), -1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return CHECKABLE_FLAGS if index.column() == self.COL_LABEL else super().flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        record_id, label, day = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label if column == self.COL_LABEL else (date_text(day) if day else "")
        if role == SORT_ROLE:
            return label.casefold() if column == self.COL_LABEL else (day.toordinal() if day else 0)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_LABEL:
            return Qt.CheckState.Checked if record_id in self._checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not self._valid(index) or role != Qt.ItemDataRole.CheckStateRole or index.column() != self.COL_LABEL:
            return False
        record_id = self._rows[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(record_id)
        else:
            self._checked.discard(record_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class PreviewModel(RowTableModel):
    """The lines of a share preview: what, kind, date, and whether it replaces an earlier copy."""

    COL_WHAT, COL_KIND, COL_DATE, COL_NOTE = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("What"), tr("Kind"), tr("Date"), tr("Note"))

    def line_at(self, row: int) -> PreviewLine:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        line, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE):
            if column == self.COL_WHAT:
                return preview_line_label(line)
            if column == self.COL_KIND:
                return kind_label(line.kind)
            if column == self.COL_DATE:
                if role == SORT_ROLE:
                    return line.when.timestamp() if line.when else 0.0
                return datetime_text(line.when) if line.when else ""
            if line.kind == "withdraw":
                return tr("Their copy is removed")
            return tr("Replaces the copy sent before") if line.update else tr("New")
        return None


class HistoryModel(RowTableModel):
    """Sent share files, newest first: when, to whom, how many items, their number in sequence."""

    COL_SENT, COL_TO, COL_ITEMS, COL_NUMBER = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("Sent"), tr("To"), tr("Items"), tr("Number"))

    def log_at(self, row: int) -> r.ShareLog:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        log, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (datetime_text(log.sent_at), log.recipient_name, str(len(log.item_ids)), str(log.sequence))[column]
        if role == SORT_ROLE:
            return (log.sent_at.timestamp(), log.recipient_name.casefold(), len(log.item_ids), log.sequence)[column]
        return None
