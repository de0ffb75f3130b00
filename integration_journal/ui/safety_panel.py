"""The calm support panel (docs/clinical.md §3.9, §5.2-5.3): after a PHQ-9 with item 9 ≥ 1, and as "Get help now".

A separate, non-modal window over the main window: it never blocks the app, never dials and never
notifies anyone. In display order: the words of thanks (or the "Get help now" intro), the local
emergency number, firmer copy for item 9 = 2 or 3, the crisis lines of the person's country (large,
selectable, with a Copy button each: a desktop cannot always dial), their safety plan or the offer to
make one, the clinic, and the plain statement that nothing is monitored in real time.

The content comes from core.safety; this module only lays it out and translates the fixed words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core import safety
from integration_journal.core.crisis_lines import Contact, CrisisLine
from integration_journal.core.records import Profile, SafetyPlan
from integration_journal.ui.clipboard import secure_clipboard
from integration_journal.ui.screen_fit import keep_on_screen, open_within_screen
from integration_journal.ui.theme import current_scheme, notice_colours
from integration_journal.ui.widgets.fonts import scaled_font
from integration_journal.ui.widgets.form_parts import button_row

SAFETY_PLAN_PAGE = "safety_plan"
_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


def _tr(text: str) -> str:
    return QCoreApplication.translate("safety", text)


def _data(text: str) -> str:
    """Crisis-line data (names, hours, notes) is English in the data files; translations by its words."""
    return QCoreApplication.translate("crisis_lines", text)


def support_records(journal: Any) -> tuple[Profile | None, SafetyPlan | None]:
    """The profile (country, clinic) and the newest safety plan, either possibly missing."""
    profiles = journal.list(kind=Profile)
    plans = journal.list(kind=SafetyPlan)
    return (profiles[0] if profiles else None), (plans[0] if plans else None)


def contact_label(contact: Contact) -> str:
    if contact.method == "call":
        text = _tr("Call {number}").format(number=contact.value)
        return _tr("{call}, then {step}").format(call=text, step=_data(contact.then)) if contact.then else text
    if contact.method == "text":
        if contact.keyword:
            return _tr("Text {word} to {number}").format(word=contact.keyword, number=contact.value)
        return _tr("Text {number}").format(number=contact.value)
    if contact.method == "chat":
        return _tr("Chat online: {place}").format(place=contact.value)
    return _tr("Email {address}").format(address=contact.value)


def _label(text: str, name: str, *, font: QFont | None = None, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(name)
    if font is not None:
        label.setFont(font)
    if selectable:
        label.setTextInteractionFlags(_SELECTABLE)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, so the number can be copied
    return label


class SafetyPanel(QWidget):
    """The panel for one SafetyContent. `plan_requested` fires when the person asks for their plan."""

    plan_requested = Signal()

    def __init__(self, content: safety.SafetyContent, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.content = content
        self.help_now = content.item9_value is None
        self.setObjectName("safety_panel")
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setWindowTitle(_tr("Get help now") if self.help_now else _tr("Support"))
        self.setAccessibleName(self.windowTitle())
        self.copy_buttons: list[QPushButton] = []
        self.number_labels: list[QLabel] = []
        self._build()
        self.restyle()

    # --- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        content = self.content
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(10)
        base = self.font()

        self.intro_label = _label(_tr(content.intro), _tr("Introduction"), font=scaled_font(base, 1.25))
        column.addWidget(self.intro_label)

        # The emergency number first (§5.2 UX rules), in a calm, clearly framed box.
        self.emergency_frame = QFrame()
        self.emergency_frame.setObjectName("emergency")
        frame_layout = QVBoxLayout(self.emergency_frame)
        template = safety.HELP_NOW_EMERGENCY if self.help_now else safety.EMERGENCY
        number_text = (_tr(" or ").join(content.emergency_numbers) if content.emergency_numbers
                       else _tr(safety.LOCAL_EMERGENCY_NUMBER))
        self.emergency_label = _label(_tr(template).format(number=number_text), _tr("Emergency number"),
                                      font=scaled_font(base, 1.3, bold=True), selectable=True)
        frame_layout.addWidget(self.emergency_label)
        if content.emergency_numbers:
            frame_layout.addLayout(self._number_row(content.emergency_numbers[0],
                                                    _tr("Emergency number {number}")))
        if content.emergency_note:
            frame_layout.addWidget(_label(_data(content.emergency_note), _tr("About the emergency number")))
        column.addWidget(self.emergency_frame)

        self.firmer_label = None
        if content.firmer:
            self.firmer_label = _label(_tr(content.firmer), _tr("Please reach out today"),
                                       font=scaled_font(base, 1.2, bold=True))
            column.addWidget(self.firmer_label)

        # Crisis lines for the person's country (or the fallback's advice).
        if content.crisis_lines or content.crisis_advice:
            if content.crisis_lines:
                place = (QCoreApplication.translate("countries", content.country_name) if content.country_name
                         else _data(content.crisis.name))
                title = _tr("Crisis lines ({place})").format(place=place)
            else:
                title = _tr("Crisis lines")
            column.addWidget(self._heading(title))
            for line in content.crisis_lines:
                column.addWidget(self._line_box(line))
            if content.crisis_advice:
                column.addWidget(_label(_data(content.crisis_advice), _tr("What to do")))

        # The safety plan, or the offer to make one.
        column.addWidget(self._heading(_tr(safety.SAFETY_PLAN_TITLE)))
        self.plan_labels: list[QLabel] = []
        for section in content.plan_sections:
            column.addWidget(_label(_tr(section.title), _tr(section.title), font=scaled_font(base, 1.0, bold=True)))
            text = "\n".join(f"• {item}" for item in section.items)
            label = _label(text, _tr("{section}: what I wrote").format(section=_tr(section.title)), selectable=True)
            self.plan_labels.append(label)
            column.addWidget(label)
        if not content.has_plan:
            column.addWidget(_label(_tr("You have not written a safety plan yet. It can help to make one "
                                        "together with your therapist."), _tr("No safety plan yet")))
        self.plan_button = QPushButton(_tr(safety.OPEN_PLAN) if content.has_plan else _tr(safety.MAKE_PLAN))
        self.plan_button.setAccessibleName(self.plan_button.text())
        self.plan_button.clicked.connect(self.plan_requested)
        column.addLayout(button_row([self.plan_button], []))

        # The clinic.
        column.addWidget(self._heading(_tr("Your clinic")))
        column.addWidget(_label(_tr(content.clinic_suggestion), _tr("Contacting your clinic")))
        self.clinic_label = None
        self.after_hours_label = None
        if content.clinic is not None:
            clinic = content.clinic
            if clinic.phone or clinic.name:
                if clinic.phone:
                    text = (_tr("Your clinic ({name}): {phone}").format(name=clinic.name, phone=clinic.phone)
                            if clinic.name else _tr("Your clinic: {phone}").format(phone=clinic.phone))
                else:
                    text = _tr("Your clinic: {name}").format(name=clinic.name)
                self.clinic_label = _label(text, _tr("Your clinic's contact"), font=scaled_font(base, 1.15),
                                           selectable=True)
                column.addWidget(self.clinic_label)
                if clinic.phone:
                    column.addLayout(self._copy_row(clinic.phone, _tr("Copy your clinic's number")))
            if clinic.after_hours:
                self.after_hours_label = _label(
                    _tr("Your clinic's after-hours line: {phone}").format(phone=clinic.after_hours),
                    _tr("Your clinic's after-hours line"), font=scaled_font(base, 1.15), selectable=True)
                column.addWidget(self.after_hours_label)
                column.addLayout(self._copy_row(clinic.after_hours, _tr("Copy your clinic's after-hours number")))

        self.not_monitored_label = _label(_tr(content.not_monitored), _tr("Nothing is monitored"),
                                          font=scaled_font(base, 1.0, bold=True))
        column.addSpacing(6)
        column.addWidget(self.not_monitored_label)
        column.addStretch(1)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(body)
        self.scroll.setAccessibleName(self.windowTitle())

        self.status_label = QLabel()
        self.status_label.setAccessibleName(_tr("Status"))
        self.close_button = QPushButton(_tr("&Close"))
        self.close_button.setAccessibleName(_tr("Close this panel"))
        self.close_button.clicked.connect(self.close)
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(footer)

    def _heading(self, text: str) -> QLabel:
        label = _label(text, text, font=scaled_font(self.font(), 1.2, bold=True))
        label.setAccessibleName(text)
        return label

    def _copy_row(self, value: str, name: str) -> QHBoxLayout:
        button = QPushButton(_tr("Copy"))
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _checked=False, v=value: self.copy(v))
        self.copy_buttons.append(button)
        return button_row([button], [])

    def _number_row(self, number: str, name_template: str) -> QHBoxLayout:
        label = _label(number, name_template.format(number=number), font=scaled_font(self.font(), 2.0, bold=True),
                       selectable=True)
        self.number_labels.append(label)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addSpacing(12)
        row.addLayout(self._copy_row(number, _tr("Copy {number}").format(number=number)))
        row.addStretch(1)
        return row

    def _line_box(self, line: CrisisLine) -> QWidget:
        box = QFrame()
        box.setObjectName("crisis_line")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        name = _data(line.name) + (f" ({_data(line.region)})" if line.region else "")
        box.setAccessibleName(name)
        layout.addWidget(_label(name, name, font=scaled_font(self.font(), 1.1, bold=True)))
        for contact in line.contacts:
            text = contact_label(contact)
            label = _label(text, text, font=scaled_font(self.font(), 1.35, bold=True), selectable=True)
            self.number_labels.append(label)
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addLayout(self._copy_row(contact.value, _tr("Copy {value}").format(value=contact.value)))
            layout.addLayout(row)
        details = [_data(text) for text in (line.hours, line.notes) if text]
        if details:
            layout.addWidget(_label("\n".join(details), _tr("About {name}").format(name=name)))
        return box

    # --- behaviour --------------------------------------------------------------------------------

    def copy(self, value: str) -> None:
        secure_clipboard().copy(value)  # which line someone is calling is private too
        self.status_label.setText(_tr("Copied {value}.").format(value=value))

    def texts(self) -> list[str]:
        """Every text the panel shows, in order (for tests and for screen-reader checks)."""
        return [label.text() for label in self.findChildren(QLabel) if label.text()]

    def restyle(self) -> None:
        colours = notice_colours(current_scheme())
        self.emergency_frame.setStyleSheet(
            f"QFrame#emergency {{ background: {colours['background']}; border: 1px solid {colours['border']}; "
            f"border-radius: 6px; }} QFrame#emergency QLabel {{ color: {colours['text']}; background: transparent; }}")

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            QTimer.singleShot(0, self, self.restyle)

    def present(self) -> None:
        """Show over the main window, large, and take the focus (without blocking anything)."""
        parent = self.parentWidget()
        if parent is not None and not self.isVisible():
            area = parent.window().geometry()
            width = max(560, int(area.width() * 0.8))
            # Tall enough for everything it says (the emergency number, the lines, the plan, the clinic)
            # without scrolling when the screen allows, even if that is taller than the main window.
            size = open_within_screen(self, QSize(width, max(480, int(area.height() * 0.9),
                                                             self._height_for(width))))
            keep_on_screen(self, QPoint(area.x() + (area.width() - size.width()) // 2,
                                        area.y() + (area.height() - size.height()) // 2))
        self.show()
        self.raise_()
        self.activateWindow()
        self.close_button.setFocus()

    def _height_for(self, width: int) -> int:
        """The height the panel needs to show its content whole at `width`."""
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        body = self.scroll.widget()
        content = body.heightForWidth(inner) if body.hasHeightForWidth() else body.sizeHint().height()
        footer = self.close_button.sizeHint().height()
        return content + footer + margins.top() + margins.bottom() + self.layout().spacing() + 2

    def wipe(self) -> None:
        """Before a lock: the plan's lines leave the screen and the window closes."""
        for label in self.plan_labels:
            label.clear()
        self.hide()
        self.deleteLater()


def build_panel(journal: Any, item9_value: int | None = None, parent: QWidget | None = None) -> SafetyPanel:
    """The panel for a PHQ-9 item-9 answer (1-3), or for "Get help now" with item9_value None."""
    profile, plan = support_records(journal)
    content = (safety.get_help_now_content(profile, plan) if item9_value is None
               else safety.safety_flow_content(item9_value, profile, plan))
    return SafetyPanel(content, parent)


def show_safety_flow(ctx: Any, item9_value: int, parent: QWidget | None = None,
                     instrument: str = "phq9") -> SafetyPanel:
    """After a submitted PHQ-9 with item 9 ≥ 1 (or a session logging thoughts of self-harm, `instrument`
    safety.SESSION_INSTRUMENT): record the flag (an audit event), then show the panel.
    The plan button leads to the Safety plan page."""
    safety.record_safety_flow_shown(ctx.journal, item9_value, instrument=instrument)
    panel = build_panel(ctx.journal, item9_value, parent)
    panel.plan_requested.connect(lambda: _open_plan(ctx, panel))
    panel.present()
    return panel


def show_help_now(ctx: Any, parent: QWidget | None = None) -> SafetyPanel:
    panel = build_panel(ctx.journal, None, parent)
    panel.plan_requested.connect(lambda: _open_plan(ctx, panel))
    panel.present()
    return panel


def _open_plan(ctx: Any, panel: SafetyPanel) -> None:
    ctx.navigate(SAFETY_PLAN_PAGE)
    window = panel.parentWidget()
    if window is not None:
        window.window().raise_()
        window.window().activateWindow()
