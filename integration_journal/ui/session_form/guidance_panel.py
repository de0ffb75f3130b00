"""The red-flag guidance for the side effects and blood pressure a session logs, most urgent first, and its
route's aftercare note. core.session_guidance.plain_lines words the same items for the command line."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from integration_journal.core.session_guidance import Guidance
from integration_journal.core.side_effects import Action
from integration_journal.ui.session_models import catalogue_text, effect_label
from integration_journal.ui.widgets.fonts import heading_font
from integration_journal.ui.widgets.labels import wrapping_label


class GuidancePanel(QFrame):
    """The red-flag guidance for what was logged, most urgent first, in calm words from the catalogue.
    Hidden when there is nothing to say."""

    support_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidance_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#guidance_panel { border: 1px solid palette(mid); border-radius: 4px; "
                           "background: palette(alternate-base); }")
        self.setAccessibleName(self.tr("Guidance for what you logged"))
        layout = QVBoxLayout(self)
        self.heading = QLabel(self.tr("Something to keep in mind"))
        self.heading.setFont(heading_font(self.font(), 1.1))
        layout.addWidget(self.heading)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Guidance"))
        layout.addWidget(self.text)
        self.support_button = QPushButton(self.tr("Open support options"))
        self.support_button.setAccessibleName(self.tr("Open support options"))
        self.support_button.clicked.connect(self.support_requested)
        row = QHBoxLayout()
        row.addWidget(self.support_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.footer = wrapping_label(self.tr(
            "This journal is a companion to your care, not a monitor: nobody sees what you log here "
            "as it happens."), secondary=True)
        layout.addWidget(self.footer)
        layout.addStretch(1)  # any spare height goes below, not between the paragraphs
        self._items: tuple[Guidance, ...] = ()
        self._support_available = True
        self.hide()

    @property
    def items(self) -> tuple[Guidance, ...]:
        return self._items

    def set_guidance(self, items: Iterable[Guidance]) -> None:
        self._items = tuple(items)
        if not self._items:
            self.text.clear()
            self.hide()
            return
        self.text.setText("".join(self._parts(item, rich=True) for item in self._items))
        self.setAccessibleDescription(self.plain_text())
        self.support_button.setVisible(self._support_available
                                       and any(i.action is Action.CRISIS_PANEL for i in self._items))
        self.show()

    def set_support_available(self, available: bool) -> None:
        """Whether the app has somewhere to send "Open support options" (the safety page)."""
        self._support_available = available
        self.set_guidance(self._items)

    def plain_text(self) -> str:
        return "\n".join(self._parts(item, rich=False) for item in self._items)

    def _parts(self, item: Guidance, *, rich: bool) -> str:
        esc = html.escape if rich else (lambda text: text)
        if item.subject:  # an aftercare note ("Driving"), in the catalogue's words
            subject = esc(catalogue_text(item.subject))
        else:
            subject = esc(self.tr("Blood pressure") if item.reading else effect_label(item.effect_id or ""))
        text = esc(catalogue_text(item.text))
        if rich:
            subject = f"<b>{subject}</b>"
            if item.action is Action.EMERGENCY:
                text = f"<b>{text}</b>"
        # The blood-pressure guidance names its own condition; "always" needs no condition at all.
        if item.action is Action.BLOOD_PRESSURE or item.when == "always":
            sentence = self.tr("{subject}: {text}").format(subject=subject, text=text)
        else:
            sentence = self.tr("{subject} — {when}: {text}").format(
                subject=subject, when=esc(catalogue_text(item.when)), text=text)
        return f"<p>{sentence}</p>" if rich else sentence
