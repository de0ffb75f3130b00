"""The 0-10 slider with words at both ends that starts "not set" (check-ins and prompts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget


class ScaleSlider(QWidget):
    """A 0-10 slider with its value shown as a number and words at both ends. It starts "not set" and
    counts as answered once moved by mouse or keyboard (arrows, Page Up/Down, Home/End)."""

    changed = Signal()

    def __init__(self, accessible_name: str, low_text: str, high_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(1)
        self.slider.setTickInterval(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setValue(5)
        self.slider.setAccessibleName(accessible_name)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.value_label = QLabel()
        self.value_label.setAccessibleName(self.tr("Chosen value"))
        self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance("10 / 10 ") + 4)
        self.low_label = QLabel(low_text)
        self.high_label = QLabel(high_text)
        self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (self.low_label, self.high_label):
            label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.value_label)
        ends = QHBoxLayout()
        ends.addWidget(self.low_label)
        ends.addStretch(1)
        ends.addWidget(self.high_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(ends)
        self._set = False
        self.slider.actionTriggered.connect(self._touched)
        self.slider.sliderPressed.connect(self._touched)
        self.slider.valueChanged.connect(self._moved)
        self._show()

    def _touched(self, *_args: Any) -> None:
        if not self._set:
            self._set = True
            self._show()
            self.changed.emit()

    def _moved(self, _value: int) -> None:
        self._set = True
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        palette = self.palette()
        if self._set:
            self.value_label.setText(self.tr("{value} / 10").format(value=self.slider.value()))
            self.slider.setAccessibleDescription(self.value_label.text())
        else:
            self.value_label.setText(self.tr("Not set"))
            self.slider.setAccessibleDescription(self.tr("Not set yet"))
            # No filled groove until the person chooses: the starting position is not an answer.
            palette.setColor(QPalette.ColorRole.Highlight, palette.color(QPalette.ColorRole.Button))
        self.slider.setPalette(palette)

    def value(self) -> int | None:
        return self.slider.value() if self._set else None

    def set_value(self, value: int | None) -> None:
        self.slider.blockSignals(True)
        self.slider.setValue(5 if value is None else value)
        self.slider.blockSignals(False)
        self._set = value is not None
        self._show()
