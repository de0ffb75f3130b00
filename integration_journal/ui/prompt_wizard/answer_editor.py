"""AnswerEditor: the input for one prompt's type, reading and showing answers in the state machine's raw form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from integration_journal.core.prompt_session import SHORT_TEXT_MAX
from integration_journal.core.prompts import InputType, Prompt
from integration_journal.ui.prompt_wizard.chip_group import ChipGroup
from integration_journal.ui.prompt_wizard.choice_group import ChoiceGroup
from integration_journal.ui.widgets.scale_slider import ScaleSlider


class AnswerEditor(QWidget):
    """The input for one prompt: reads and shows answers in the state machine's raw form."""

    def __init__(self, prompt: Prompt, translate: Callable[[str], str] = lambda text: text, *,
                 large: bool = False, font: QFont | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if font is not None:
            self.setFont(font)  # before any child exists, so every child starts with it
        self.prompt = prompt
        self.chips: ChipGroup | None = None
        self.slider: ScaleSlider | None = None
        self.choice: ChoiceGroup | None = None
        self.line: QLineEdit | None = None
        self.text: QPlainTextEdit | None = None
        self.note: QLineEdit | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        name = translate(prompt.text)
        options = [(o.id, translate(o.label)) for o in prompt.options]
        kind = prompt.input
        if kind in (InputType.CHIPS, InputType.CHIPS_PLUS_TEXT):
            self.chips = ChipGroup(options, parent=self)
            layout.addWidget(self.chips)
        if kind is InputType.CHIPS_PLUS_TEXT:
            self.line = QLineEdit(self)
            self.line.setPlaceholderText(self.tr("Anything else (optional)"))
            self.line.setAccessibleName(self.tr("Anything else"))
            self.line.setMaxLength(SHORT_TEXT_MAX)
            layout.addWidget(self.line)
        if kind is InputType.SLIDER_0_10:
            self.slider = ScaleSlider(name, self.tr("0"), self.tr("10"), parent=self)
            layout.addWidget(self.slider)
        if kind is InputType.CHOICE:
            self.choice = ChoiceGroup(options, parent=self)
            layout.addWidget(self.choice)
        if kind is InputType.SHORT_TEXT:
            self.line = QLineEdit(self)
            self.line.setAccessibleName(name)
            self.line.setMaxLength(SHORT_TEXT_MAX)
            self.line.setPlaceholderText(self.tr("A few words"))
            layout.addWidget(self.line)
        if kind is InputType.LONG_TEXT:
            self.text = QPlainTextEdit(self)
            self.text.setAccessibleName(name)
            self.text.setTabChangesFocus(True)  # Tab leaves the field; the text needs no tabs
            self.text.setPlaceholderText(self.tr("Write as much or as little as you like"))
            self.text.setMinimumHeight(self.text.fontMetrics().lineSpacing() * 6)
            layout.addWidget(self.text)
        if prompt.note:
            self.note = QLineEdit(self)
            self.note.setPlaceholderText(self.tr("Add a note (optional)"))
            self.note.setAccessibleName(self.tr("Note"))
            self.note.setMaxLength(SHORT_TEXT_MAX)
            layout.addWidget(self.note)
        if large and self.chips is not None:
            for button in self.chips.buttons.values():
                button.setMinimumHeight(button.sizeHint().height() + 12)

    def value(self) -> Any:
        kind = self.prompt.input
        if kind is InputType.CHIPS:
            return self.chips.value()
        if kind is InputType.CHIPS_PLUS_TEXT:
            return {"chips": self.chips.value(), "text": self.line.text()}
        if kind is InputType.SLIDER_0_10:
            main: Any = self.slider.value()
        elif kind is InputType.CHOICE:
            main = self.choice.value()
        elif kind is InputType.SHORT_TEXT:
            return self.line.text()
        else:
            return self.text.toPlainText()
        if self.prompt.note:
            key = "value" if kind is InputType.SLIDER_0_10 else "choice"
            return {key: main, "note": self.note.text()}
        return main

    def set_value(self, stored: Any) -> None:
        kind = self.prompt.input
        if kind is InputType.CHIPS:
            self.chips.set_value(stored or [])
        elif kind is InputType.CHIPS_PLUS_TEXT:
            stored = stored or {}
            self.chips.set_value(list(stored.get("chips", ())))
            self.line.setText(stored.get("text", ""))
        elif kind in (InputType.SLIDER_0_10, InputType.CHOICE):
            main = stored
            if self.prompt.note:
                stored = stored or {}
                main = stored.get("value" if kind is InputType.SLIDER_0_10 else "choice")
                self.note.setText(stored.get("note", ""))
            if self.slider is not None:
                self.slider.set_value(main)
            else:
                self.choice.set_value(main)
        elif kind is InputType.SHORT_TEXT:
            self.line.setText(stored or "")
        else:
            self.text.setPlainText(stored or "")

    def focus_widget(self) -> QWidget | None:
        for candidate in (self.chips.first() if self.chips else None, self.slider.slider if self.slider else None,
                          self.choice.first() if self.choice else None, self.line, self.text):
            if candidate is not None:
                return candidate
        return None

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        if self.chips:
            chain += list(self.chips.buttons.values())
        if self.slider:
            chain.append(self.slider.slider)
        if self.choice:
            chain += list(self.choice.buttons.values())
        chain += [w for w in (self.line, self.text, self.note) if w is not None]
        return chain
