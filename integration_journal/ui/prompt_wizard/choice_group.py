"""ChoiceGroup: exactly one option, as radio buttons; nothing chosen means no answer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget


class ChoiceGroup(QWidget):
    """Exactly one option, as radio buttons; nothing chosen means "no answer"."""

    changed = Signal()

    def __init__(self, options: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for option_id, label in options:
            button = QRadioButton(label, self)
            button.setAccessibleName(label)
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[option_id] = button
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def value(self) -> str | None:
        return next((oid for oid, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, option_id: str | None) -> None:
        self.group.setExclusive(False)  # the only way to uncheck every radio button
        for oid, button in self.buttons.items():
            button.setChecked(oid == option_id)
        self.group.setExclusive(True)

    def first(self) -> QWidget | None:
        return next(iter(self.buttons.values()), None)
