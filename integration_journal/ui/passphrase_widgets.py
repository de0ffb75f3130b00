"""Passphrase fields: a line edit that notices Caps Lock, and the new-passphrase form with its meter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.passphrase import Strength, estimate


def core_text(text: str) -> str:
    """Text written by core (advice, error messages) passes through the catalogue under its own context."""
    return QCoreApplication.translate("core", text)


def step_error_text(error: Any) -> str:
    """A core.onboarding.StepError in the person's language: the template is translated, then filled in."""
    return core_text(error.template).format(**error.params)


class PassphraseEdit(QLineEdit):
    """A password-echo field. Qt cannot read the Caps Lock state portably, so it is inferred from
    letters: an upper-case letter typed without Shift (or lower-case with Shift) means Caps Lock is on."""

    caps_lock_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                                 | Qt.InputMethodHint.ImhNoPredictiveText)
        self.caps_lock = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if len(text) == 1 and text.lower() != text.upper():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            caps = text.isupper() != shift
            if caps != self.caps_lock:
                self.caps_lock = caps
                self.caps_lock_changed.emit(caps)
        super().keyPressEvent(event)


class CapsLockHint(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Caps Lock seems to be on."))
        self.setAccessibleName(self.tr("Caps Lock notice"))
        self.hide()

    def follow(self, edit: PassphraseEdit) -> None:
        edit.caps_lock_changed.connect(self.setVisible)


_STRENGTH_COLOURS = ("#b3261e", "#b3261e", "#a15c00", "#2e7d32", "#1b5e20")


class NewPassphraseFields(QObject):
    """Passphrase, repeat, strength meter and advice, added as rows to the caller's form so that all
    labels line up. Whether a passphrase is good enough is decided by `core.passphrase.estimate`, never
    by these widgets, so the CLI applies the same rule."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.passphrase_edit = PassphraseEdit()
        self.repeat_edit = PassphraseEdit()
        self.repeat_edit.setAccessibleName(self.tr("Repeat passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 5)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(10)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel()
        metrics = self.strength_label.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.tr("Very weak")), metrics.horizontalAdvance(self.tr("Strong")))
        self.strength_label.setMinimumWidth(widest + 12)
        self.advice_label = QLabel()
        self.advice_label.setWordWrap(True)
        self.advice_label.setAccessibleName(self.tr("Passphrase advice"))
        self.match_label = QLabel()
        self.match_label.setAccessibleName(self.tr("Whether the passphrases match"))
        self.caps_hint = CapsLockHint()
        self.caps_hint.follow(self.passphrase_edit)
        self.caps_hint.follow(self.repeat_edit)
        self.show_check = QCheckBox(self.tr("Show passphrase"))
        self.show_check.setAccessibleName(self.tr("Show passphrase"))
        self.show_check.toggled.connect(self._set_visible_text)
        self.passphrase_edit.textChanged.connect(self._update)
        self.repeat_edit.textChanged.connect(self._update)
        self.strength: Strength = estimate("")
        self._update()

    def add_rows(self, form: QFormLayout, label: str | None = None) -> None:
        meter_row = QHBoxLayout()
        meter_row.setContentsMargins(0, 0, 0, 0)
        meter_row.addWidget(self.meter, 1)
        meter_row.addWidget(self.strength_label)
        details = QVBoxLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.setSpacing(4)
        for widget in (self.advice_label, self.match_label, self.caps_hint, self.show_check):
            details.addWidget(widget)
        self.passphrase_edit.setAccessibleName(strip_mnemonic(label) if label else self.tr("Passphrase"))
        form.addRow(label or self.tr("&Passphrase:"), self.passphrase_edit)
        form.addRow(self.tr("&Repeat it:"), self.repeat_edit)
        form.addRow("", meter_row)
        form.addRow("", details)

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def repeat(self) -> str:
        return self.repeat_edit.text()

    def focus_field(self, field: str) -> None:
        """Put the cursor where a problem is: "repeat" for the second field, anything else the first."""
        edit = self.repeat_edit if field == "repeat" else self.passphrase_edit
        edit.setFocus()
        edit.selectAll()

    def is_ready(self) -> bool:
        text = self.passphrase_edit.text()
        return bool(text) and self.strength.acceptable and self.repeat_edit.text() == text

    def clear(self) -> None:
        self.passphrase_edit.clear()
        self.repeat_edit.clear()

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.passphrase_edit, self.repeat_edit, self.show_check):
            widget.setEnabled(enabled)

    def _set_visible_text(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _update(self) -> None:
        text = self.passphrase_edit.text()
        self.strength = estimate(text)
        words = (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong"))
        if text:
            self.meter.setValue(self.strength.score + 1)
            self.strength_label.setText(words[self.strength.score])
            # At the top score the meter says it all; core's advice would only repeat "Strong."
            self.advice_label.setText(core_text(self.strength.advice) if self.strength.score < 4 else "")
            palette = self.meter.palette()
            palette.setColor(QPalette.ColorRole.Highlight, QColor(_STRENGTH_COLOURS[self.strength.score]))
            self.meter.setPalette(palette)
        else:
            self.meter.setValue(0)
            self.strength_label.setText("")
            self.advice_label.setText(self.tr("A few unrelated words that mean something only to you "
                                              "are easy to remember and hard to guess."))
        self.advice_label.setVisible(bool(self.advice_label.text()))
        self.meter.setAccessibleDescription(self.strength_label.text())
        repeat = self.repeat_edit.text()
        if not repeat:
            self.match_label.setText("")
        elif repeat == text:
            self.match_label.setText(self.tr("The passphrases match."))
        else:
            self.match_label.setText(self.tr("The two passphrases do not match yet."))
        self.match_label.setVisible(bool(self.match_label.text()))
        self.changed.emit()


def strip_mnemonic(label: str) -> str:
    """"&New passphrase:" -> "New passphrase" (accessible names carry no shortcut marker or colon)."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()
