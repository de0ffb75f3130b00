"""Form fields with a "not recorded" state or a height in lines: the optional choice and the lines box;
and finding a drop-down item by its value."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSizePolicy, QWidget


def find_data(combo: QComboBox, value: Any) -> int:
    """The index of the first item whose data equals `value`, or -1. QComboBox.findData compares a
    Python object such as a record id (bytes) by identity in PySide, so an id read again from the vault
    (after a restart, or written by the command line) was "not found" although the record was there."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


class OptionalChoice(QComboBox):
    """A choice whose first item, "Not recorded", stands for None (docs/clinical.md §4.3 values are optional)."""

    def __init__(self, accessible_name: str, options: Iterable[tuple[Any, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Not recorded"), None)
        for value, label in options:
            self.addItem(label, value)
        self.setAccessibleName(accessible_name)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = find_data(self, value.value if isinstance(value, Enum) else value) if value is not None else 0
        self.setCurrentIndex(max(index, 0))


class LinesEdit(QPlainTextEdit):
    """A plain-text box sized to a number of lines of its current font (so it grows with the font
    scale); Tab moves on rather than typing a tab."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        margins = self.contentsMargins()
        height = (self.fontMetrics().lineSpacing() * self._lines + 2 * self.document().documentMargin()
                  + margins.top() + margins.bottom())
        return QSize(hint.width(), round(height))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()
