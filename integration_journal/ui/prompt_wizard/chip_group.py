"""ChipGroup: tap words, checkable buttons that wrap; the answer is the chosen option ids."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from integration_journal.ui.prompt_wizard.style import CHIP_STYLE
from integration_journal.ui.widgets.layout import FlowLayout


class ChipGroup(QWidget):
    """Tap words: checkable buttons that wrap; value() is the list of chosen option ids."""

    changed = Signal()

    def __init__(self, options: list[tuple[str, str]], accessible_prefix: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self, spacing=8)
        self.buttons: dict[str, QPushButton] = {}
        self._labels: dict[str, str] = {}
        for option_id, label in options:
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setStyleSheet(CHIP_STYLE)
            button.setAccessibleName(f"{accessible_prefix}{label}" if accessible_prefix else label)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.toggled.connect(lambda checked, b=button, oid=option_id: self._toggled(b, oid, checked))
            layout.addWidget(button)
            self.buttons[option_id] = button
            self._labels[option_id] = label

    def _toggled(self, button: QPushButton, option_id: str, checked: bool) -> None:
        # A tick as well as colour, for people who cannot tell the colours apart.
        button.setText(f"✓ {self._labels[option_id]}" if checked else self._labels[option_id])
        self.changed.emit()

    def value(self) -> list[str]:
        return [oid for oid, button in self.buttons.items() if button.isChecked()]

    def set_value(self, chosen: list[str] | None) -> None:
        for oid, button in self.buttons.items():
            button.setChecked(oid in (chosen or ()))

    def first(self) -> QWidget | None:
        return next(iter(self.buttons.values()), None)
