"""The form to log or edit a treatment session, validated into a TreatmentSession.

It opens short — date and time, route, dose and a line about how it was (docs/design.md §2, the quick
session log) — with "More details…" revealing the rest in place: setting, clinic and provider, the course
details, before and after, the side effects. Both views are one form and save one record the same way;
a session or draft with details filled opens with them shown, so nothing is hidden silently, and the
choice made with the toggle is kept for the next session while the app runs (nowhere on disk).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core import side_effects
from integration_journal.core.records import (
    SERIES_MAX,
    BloodPressure,
    Route,
    Setting,
    SideEffectReport,
    TreatmentSession,
)
from integration_journal.core.session_guidance import guidance_for
from integration_journal.errors import ValidationError
from integration_journal.ui.session_form.guidance_panel import GuidancePanel
from integration_journal.ui.session_form.side_effect_checklist import SideEffectChecklist
from integration_journal.ui.session_models import (
    course_options,
    dose_number,
    route_label,
    setting_label,
)
from integration_journal.ui.widgets.date_field import DateField
from integration_journal.ui.widgets.fields import LinesEdit, OptionalChoice
from integration_journal.ui.widgets.fonts import heading_font
from integration_journal.ui.widgets.form_parts import FormProblem
from integration_journal.ui.widgets.labels import wrapping_label
from integration_journal.ui.widgets.layout import FitScrollArea

_BP_PATTERN = re.compile(r"\s*(\d{1,3})\s*(?:/|\s)\s*(\d{1,3})\s*\Z")


class SessionForm(QWidget):
    """Every field of a TreatmentSession. It validates and builds the record; the page stores it.

    `save_requested(session)` carries a valid record (the edited one keeps its id and created time);
    `cancel_requested` asks the page to leave (it checks `is_dirty()` first).
    """

    save_requested = Signal(object)
    cancel_requested = Signal()
    support_requested = Signal()

    def __init__(self, now: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        """`now` is the journal's clock (an aware datetime): a new session starts at its time."""
        super().__init__(parent)
        self._now = now
        self._editing: TreatmentSession | None = None
        self._clean_state: dict[str, Any] = {}
        self._details_shown = True
        self._prefer_details = False  # the toggle's last choice, for the next session (this run only)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        self.heading = QLabel()
        self.heading.setFont(heading_font(self.font()))
        self.heading.setAccessibleName(self.tr("Form title"))
        outer.addWidget(self.heading)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)

        self._build_session_section()
        self._build_details_toggle()
        self.detail_boxes: list[QWidget] = []
        self._build_course_section()
        self._build_before_after_section()
        self._build_effects_section()
        self._build_notes_section()
        self.body_layout.addStretch(1)

        self.guidance = GuidancePanel()
        self.guidance.support_requested.connect(self.support_requested)
        self.guidance_scroll = FitScrollArea(self.guidance, self, 0.5)
        self.guidance_scroll.hide()
        outer.addWidget(self.guidance_scroll)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("form_error")
        self.error_label.setStyleSheet("#form_error { font-weight: bold; }")
        self.error_label.setAccessibleName(self.tr("Problem with the form"))
        self.error_label.hide()
        outer.addWidget(self.error_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel and go back to the list"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.save_button = QPushButton(self.tr("&Save session"))
        self.save_button.setAccessibleName(self.tr("Save session"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.submit)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(self.cancel_requested)

        self._set_tab_order()
        self.start_new(self._now())

    # --- building --------------------------------------------------------------------------------------

    def _section(self, title: str, *, detail: bool = False) -> QFormLayout:
        box = QGroupBox(title)
        box.setAccessibleName(title)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body_layout.addWidget(box)
        if detail:
            self.detail_boxes.append(box)
        return form

    def _build_session_section(self) -> None:
        form = self.session_rows = self._section(self.tr("The session"))
        self.when_edit = DateField(with_time=True)
        self.when_edit.setAccessibleName(self.tr("Date and time of the session"))
        self.when_edit.day_changed.connect(lambda _day: self._update_guidance())
        form.addRow(self.tr("&Date and time:"), self.when_edit)

        self.route_combo = QComboBox()
        for route in Route:
            self.route_combo.addItem(route_label(route), route.value)
        self.route_combo.setAccessibleName(self.tr("Route: how the medicine was given"))
        self.route_combo.currentIndexChanged.connect(self._route_changed)
        form.addRow(self.tr("&Route:"), self.route_combo)

        self.setting_combo = QComboBox()
        for setting in Setting:
            self.setting_combo.addItem(setting_label(setting), setting.value)
        self.setting_combo.setAccessibleName(self.tr("Setting: where the session took place"))
        form.addRow(self.tr("Se&tting:"), self.setting_combo)

        self.clinic_edit = QLineEdit()
        self.clinic_edit.setAccessibleName(self.tr("Clinic"))
        self.clinic_edit.setPlaceholderText(self.tr("Optional"))
        form.addRow(self.tr("Clinic:"), self.clinic_edit)

        self.provider_edit = QLineEdit()
        self.provider_edit.setAccessibleName(self.tr("Provider"))
        self.provider_edit.setPlaceholderText(self.tr("Optional: who was with you"))
        form.addRow(self.tr("&Provider:"), self.provider_edit)

        dose_row = QWidget()
        dose_layout = QVBoxLayout(dose_row)
        dose_layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.dose_edit = QLineEdit()
        self.dose_edit.setAccessibleName(self.tr("Dose in milligrams"))
        self.dose_edit.setPlaceholderText(self.tr("Optional"))
        self.dose_edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        line.addWidget(self.dose_edit, 1)
        line.addWidget(QLabel(self.tr("mg")))
        dose_layout.addLayout(line)
        self.dose_note = wrapping_label(self.tr(
            "Only if you'd like to note it, as your clinic told you. This app never suggests or "
            "calculates doses."), secondary=True)
        dose_layout.addWidget(self.dose_note)
        dose_label = QLabel(self.tr("D&ose:"))
        dose_label.setBuddy(self.dose_edit)
        form.addRow(dose_label, dose_row)
        # The short view keeps these rows out of sight; they are saved as they stand, so it says what they hold.
        self.detail_rows: list[QWidget] = [self.setting_combo, self.clinic_edit, self.provider_edit]
        self.carried_label = wrapping_label(secondary=True)
        self.carried_label.setAccessibleName(self.tr("Also saved with this session"))
        form.addRow(self.carried_label)
        for edit in self.detail_rows:
            signal = edit.currentIndexChanged if isinstance(edit, QComboBox) else edit.textChanged
            signal.connect(self._update_carried)

    def _build_details_toggle(self) -> None:
        """The disclosure between the short view and the rest: a button, reachable by Tab and by Alt+E."""
        self.details_button = QToolButton()
        self.details_button.setObjectName("details_toggle")
        self.details_button.setAutoRaise(True)  # a disclosure, not a button that stays pressed
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.details_button.clicked.connect(lambda: self._details_toggled(not self._details_shown))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.details_button)
        row.addStretch(1)
        self.body_layout.addLayout(row)

    def _build_course_section(self) -> None:
        form = self._section(self.tr("Course details (all optional)"), detail=True)
        self.series_spin = QSpinBox()
        self.series_spin.setRange(0, SERIES_MAX)
        self.series_spin.setSpecialValueText(self.tr("Not recorded"))
        self.series_spin.setAccessibleName(self.tr("Number of this session in the series"))
        form.addRow(self.tr("Session number in series:"), self.series_spin)

        self.product_combo = OptionalChoice(self.tr("Medicine used"), course_options("product"))
        self.product_combo.currentIndexChanged.connect(lambda _index: self._update_guidance())
        form.addRow(self.tr("&Medicine:"), self.product_combo)

        self.therapist_combo = OptionalChoice(self.tr("Therapist present during the session"),
                                              course_options("therapist_present"))
        form.addRow(self.tr("Therapist present:"), self.therapist_combo)
        self.support_combo = OptionalChoice(self.tr("Support person or chaperone present"),
                                            course_options("support_person"))
        form.addRow(self.tr("Support person present:"), self.support_combo)
        self.antiemetic_combo = OptionalChoice(self.tr("Anti-nausea medicine given"), course_options("antiemetic"))
        form.addRow(self.tr("Anti-nausea medi&cine given:"), self.antiemetic_combo)
        self.duration_combo = OptionalChoice(self.tr("How long the main effects lasted"),
                                             course_options("acute_duration"))
        form.addRow(self.tr("E&ffects lasted:"), self.duration_combo)
        self.transport_combo = OptionalChoice(self.tr("How you got home"), course_options("transport_home"))
        form.addRow(self.tr("How &you got home:"), self.transport_combo)
        self.next_session_edit = DateField(none_text=self.tr("Not planned yet"), earliest=_NO_DATE,
                                           suggest=lambda: self._now().astimezone().date())
        self.next_session_edit.setAccessibleName(self.tr("Date of the next integration session"))
        self.next_session_edit.setToolTip(self.tr("Your next talk with your therapist about this session"))
        form.addRow(self.tr("Ne&xt integration session:"), self.next_session_edit)

    def _build_before_after_section(self) -> None:
        form = self._section(self.tr("Before and after"), detail=True)
        self.intention_edit = LinesEdit(3)
        self.intention_edit.setAccessibleName(self.tr("Intention"))
        self.intention_edit.setPlaceholderText(self.tr("Optional: what you hoped to be open to"))
        form.addRow(self.tr("&Intention:"), self.intention_edit)

        self.bp_before_edit = self._bp_edit(self.tr("Blood pressure before"))
        form.addRow(self.tr("Blood pressure &before:"), self._with_unit(self.bp_before_edit))
        self.bp_after_edit = self._bp_edit(self.tr("Blood pressure after"))
        form.addRow(self.tr("Blood pressure &after:"), self._with_unit(self.bp_after_edit))

        experience = QWidget()
        exp_layout = QHBoxLayout(experience)
        exp_layout.setContentsMargins(0, 0, 0, 0)
        self.experience_spin = QSpinBox()
        self.experience_spin.setRange(-1, 10)
        self.experience_spin.setSpecialValueText(self.tr("Not rated"))
        self.experience_spin.setAccessibleName(self.tr("Overall experience, 0 very hard to 10 very good"))
        exp_layout.addWidget(self.experience_spin)
        exp_layout.addWidget(wrapping_label(self.tr("0 = very hard, 10 = very good"), secondary=True), 1)
        form.addRow(self.tr("O&verall experience:"), experience)

        self.experience_kind_combo = OptionalChoice(self.tr("The session in one word"),
                                                    course_options("experience_kind"))
        form.addRow(self.tr("In one word:"), self.experience_kind_combo)

        self.experience_text_edit = LinesEdit(4)
        self.experience_text_edit.setAccessibleName(self.tr("The experience in your own words"))
        self.experience_text_edit.setPlaceholderText(self.tr("Optional: a few words are plenty"))
        form.addRow(self.tr("In your o&wn words:"), self.experience_text_edit)

    def _bp_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(self.tr("Optional, e.g. 120/80"))
        edit.setToolTip(self.tr("Two numbers: the top (systolic) and the bottom (diastolic) one"))
        edit.textChanged.connect(self._update_guidance)
        return edit

    def _with_unit(self, edit: QLineEdit) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(edit, 1)
        layout.addWidget(QLabel(self.tr("mmHg")))
        return row

    def _build_effects_section(self) -> None:
        box = QGroupBox(self.tr("Side effects"))
        box.setAccessibleName(self.tr("Side effects"))
        layout = QVBoxLayout(box)
        layout.addWidget(wrapping_label(self.tr(
            "Anything you noticed, from mild to severe. Everything you leave at “None” is not logged.")))
        self.checklist = SideEffectChecklist()
        self.checklist.changed.connect(self._update_guidance)
        layout.addWidget(self.checklist)
        self.body_layout.addWidget(box)
        self.detail_boxes.append(box)

    def _build_notes_section(self) -> None:
        form = self._section(self.tr("Notes"))
        self.notes_edit = LinesEdit(4)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        form.addRow(self.tr("&Notes:"), self.notes_edit)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.when_edit, self.route_combo, self.setting_combo, self.clinic_edit, self.provider_edit,
            self.dose_edit, self.details_button, *self._course_widgets(), self.intention_edit, self.bp_before_edit,
            self.bp_after_edit, self.experience_spin, self.experience_kind_combo, self.experience_text_edit,
        ]
        for effect_id in side_effects.CATALOGUE:
            chain += [self.checklist.severity_box(effect_id), self.checklist.duration_box(effect_id)]
        chain += [self.notes_edit, self.guidance.support_button, self.cancel_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _course_widgets(self) -> list[QWidget]:
        return [self.series_spin, self.product_combo, self.therapist_combo, self.support_combo,
                self.antiemetic_combo, self.duration_combo, self.transport_combo, self.next_session_edit]

    def _choices(self) -> dict[str, OptionalChoice]:
        """The optional choices by record field name."""
        return {
            "product": self.product_combo, "therapist_present": self.therapist_combo,
            "support_person": self.support_combo, "antiemetic": self.antiemetic_combo,
            "acute_duration": self.duration_combo, "transport_home": self.transport_combo,
            "experience_kind": self.experience_kind_combo,
        }

    def _course_values(self) -> dict[str, Any]:
        values: dict[str, Any] = {name: combo.value() for name, combo in self._choices().items()}
        values["number_in_series"] = self.series_spin.value() or None
        values["next_integration_session"] = self.next_session_edit.day()
        return values

    def _set_course_values(self, values: Mapping[str, Any]) -> None:
        for name, combo in self._choices().items():
            combo.set_value(values.get(name))
        series = values.get("number_in_series")
        self.series_spin.setValue(series if isinstance(series, int) and not isinstance(series, bool) else 0)
        next_date = values.get("next_integration_session")
        if isinstance(next_date, str):
            try:
                next_date = dt.date.fromisoformat(next_date)
            except ValueError:
                next_date = None
        self.next_session_edit.set_day(next_date if isinstance(next_date, dt.date) and next_date > _NO_DATE
                                       else None)

    # --- state ---------------------------------------------------------------------------------------

    @property
    def editing(self) -> TreatmentSession | None:
        return self._editing

    # --- the short view and the details ----------------------------------------------------------------

    @property
    def details_shown(self) -> bool:
        return self._details_shown

    def show_details(self, shown: bool) -> None:
        """Show the whole form, or only the quick log; what the hidden fields hold is kept and saved.
        (The form's own choice: only the person's use of the toggle is remembered.)"""
        self._apply_details(shown)

    def _details_toggled(self, shown: bool) -> None:
        """The person chose: kept for the next session while the app runs."""
        self._prefer_details = shown
        self._apply_details(shown)

    def _apply_details(self, shown: bool) -> None:
        self._details_shown = shown
        self.setUpdatesEnabled(False)
        try:
            for widget in self.detail_rows:
                self.session_rows.setRowVisible(widget, shown)
            for box in self.detail_boxes:
                box.setVisible(shown)
            self.details_button.setText(self.tr("F&ewer details") if shown else self.tr("Mor&e details…"))
            self.details_button.setAccessibleName(
                self.tr("Fewer details: show only the quick log") if shown
                else self.tr("More details: setting, course, blood pressure, side effects"))
            self.details_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
            self.notes_edit.setPlaceholderText(
                self.tr("Optional: anything else you'd like to remember") if shown
                else self.tr("Optional: how was it, in a line?"))
            self._update_carried()
        finally:
            self.setUpdatesEnabled(True)

    def _update_carried(self) -> None:
        """In the short view, one line naming the hidden setting, clinic and provider that will be saved."""
        parts = [] if self.setting_combo.currentData() == Setting.CLINIC.value else [self.setting_combo.currentText()]
        parts += [text for text in (self.clinic_edit.text().strip(), self.provider_edit.text().strip()) if text]
        text = self.tr("Also saved: {details}").format(details=" · ".join(parts)) if parts else ""
        self.carried_label.setText(text)
        self.session_rows.setRowVisible(self.carried_label, bool(text) and not self._details_shown)

    def details_filled(self) -> bool:
        """Whether anything only the full view shows holds a value (beyond setting, clinic and provider,
        which the short view names)."""
        return bool(
            self.intention_edit.toPlainText().strip() or self.bp_before_edit.text().strip()
            or self.bp_after_edit.text().strip() or self.experience_spin.value() >= 0
            or self.experience_text_edit.toPlainText().strip() or self.checklist.values()
            or any(value is not None for value in self._course_values().values()))

    def start_new(self, now: dt.datetime, defaults: TreatmentSession | None = None) -> None:
        """An empty form for `now`; route, setting, clinic and provider come from `defaults` (the
        last session) when given, since most courses keep them."""
        self._editing = None
        self.heading.setText(self.tr("Log a session"))
        self._fill(when=now.replace(second=0, microsecond=0),
                   route=defaults.route if defaults else Route.IV,
                   setting=defaults.setting if defaults else Setting.CLINIC,
                   clinic=defaults.clinic if defaults else "",
                   provider=defaults.provider if defaults else "")
        self.show_details(self._prefer_details)
        self._mark_clean()

    def start_edit(self, session: TreatmentSession) -> None:
        self._editing = session
        self.heading.setText(self.tr("Edit session"))
        self._fill(when=session.when, route=session.route, setting=session.setting, dose=session.dose_mg,
                   clinic=session.clinic, provider=session.provider, intention=session.intention,
                   bp_before=session.bp_before, bp_after=session.bp_after, experience=session.experience,
                   experience_text=session.experience_text, reports=session.side_effects,
                   notes=session.notes)
        self._set_course_values({name: getattr(session, name) for name in TreatmentSession.COURSE_FIELDS})
        self.show_details(self._prefer_details or self.details_filled())
        self._mark_clean()

    def _fill(self, *, when: dt.datetime, route: Route, setting: Setting, dose: float | None = None,
              clinic: str = "", provider: str = "", intention: str = "", bp_before: BloodPressure | None = None,
              bp_after: BloodPressure | None = None, experience: int | None = None,
              experience_text: str = "", reports: Iterable[SideEffectReport] = (), notes: str = "") -> None:
        self.when_edit.set_wall_time(when.astimezone())
        self.route_combo.setCurrentIndex(self.route_combo.findData(Route(route).value))
        self.checklist.set_route(route)
        self.setting_combo.setCurrentIndex(self.setting_combo.findData(Setting(setting).value))
        self.dose_edit.setText("" if dose is None else dose_number(dose, grouped=False))
        self.clinic_edit.setText(clinic)
        self.provider_edit.setText(provider)
        self.intention_edit.setPlainText(intention)
        self.bp_before_edit.setText(_bp_text(bp_before))
        self.bp_after_edit.setText(_bp_text(bp_after))
        self.experience_spin.setValue(-1 if experience is None else experience)
        self.experience_text_edit.setPlainText(experience_text)
        self.checklist.set_reports(reports)
        self.notes_edit.setPlainText(notes)
        self._set_course_values({})
        self.show_problem(None)
        self.scroll.verticalScrollBar().setValue(0)
        self._update_guidance()

    def state(self) -> dict[str, Any]:
        """Everything typed so far, as JSON-able values (also what is not valid yet), for a draft."""
        return {
            "when": self.when_edit.wall_time().isoformat(),
            "route": self.route_combo.currentData(),
            "setting": self.setting_combo.currentData(),
            "dose": self.dose_edit.text(),
            "clinic": self.clinic_edit.text(),
            "provider": self.provider_edit.text(),
            "intention": self.intention_edit.toPlainText(),
            "bp_before": self.bp_before_edit.text(),
            "bp_after": self.bp_after_edit.text(),
            "experience": self.experience_spin.value(),
            "experience_text": self.experience_text_edit.toPlainText(),
            "effects": self.checklist.values(),
            "notes": self.notes_edit.toPlainText(),
            "course": {name: value.isoformat() if isinstance(value, dt.date) else value
                       for name, value in self._course_values().items()},
        }

    def load_state(self, state: Mapping[str, Any], editing: TreatmentSession | None = None) -> None:
        """Bring back a draft written by `state()`; unknown or damaged values fall back to defaults."""
        if editing is not None:
            self.start_edit(editing)
        else:
            self.start_new(self._now())
        clean = dict(self._clean_state)

        def text(key: str) -> str:
            value = state.get(key)
            return value if isinstance(value, str) else ""

        try:
            self.when_edit.set_wall_time(dt.datetime.fromisoformat(text("when")))
        except ValueError:
            pass  # a damaged draft value: the form's own time stays
        index = self.route_combo.findData(state.get("route"))
        if index >= 0:
            self.route_combo.setCurrentIndex(index)
        index = self.setting_combo.findData(state.get("setting"))
        if index >= 0:
            self.setting_combo.setCurrentIndex(index)
        self.dose_edit.setText(text("dose"))
        self.clinic_edit.setText(text("clinic"))
        self.provider_edit.setText(text("provider"))
        self.intention_edit.setPlainText(text("intention"))
        self.bp_before_edit.setText(text("bp_before"))
        self.bp_after_edit.setText(text("bp_after"))
        experience = state.get("experience")
        self.experience_spin.setValue(experience if isinstance(experience, int) else -1)
        self.experience_text_edit.setPlainText(text("experience_text"))
        effects = state.get("effects")
        self.checklist.load_values(effects if isinstance(effects, Mapping) else {})
        self.notes_edit.setPlainText(text("notes"))
        course = state.get("course")
        if isinstance(course, Mapping):
            self._set_course_values(course)
        self.show_details(self._prefer_details or self.details_filled())
        self._clean_state = clean  # a restored draft is unsaved work

    def _mark_clean(self) -> None:
        self._clean_state = self.state()

    def is_dirty(self) -> bool:
        return self.state() != self._clean_state

    def clear(self) -> None:
        """Drop everything typed (the page is about to lock)."""
        self._editing = None
        for edit in (self.dose_edit, self.clinic_edit, self.provider_edit, self.bp_before_edit,
                     self.bp_after_edit):
            edit.clear()
        for text in (self.intention_edit, self.experience_text_edit, self.notes_edit):
            text.clear()
        self.checklist.load_values({})
        self.experience_spin.setValue(-1)
        self._set_course_values({})
        self.guidance.set_guidance(())
        self.show_problem(None)
        self._clean_state = self.state()

    # --- validation ---------------------------------------------------------------------------------

    def show_problem(self, message: str | None) -> None:
        if message:
            self.error_label.setText(message)
            self.error_label.setAccessibleDescription(message)
            self.error_label.show()
        else:
            self.error_label.clear()
            self.error_label.hide()

    def submit(self) -> None:
        try:
            session = self.build()
        except FormProblem as problem:
            self.show_problem(problem.message)
            if not problem.widget.isVisibleTo(self):
                self.show_details(True)  # the field to fix is among the details: show it, never hide a problem
            problem.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(problem.widget)
            return
        self.show_problem(None)
        self.save_requested.emit(session)

    def build(self) -> TreatmentSession:
        """The record the form describes; raises FormProblem naming the field to fix."""
        when = self.when_edit.wall_time().astimezone()  # the computer's local wall-clock time
        if self._editing is not None and when == self._editing.when.astimezone().replace(second=0, microsecond=0):
            when = self._editing.when  # untouched: keep the stored time to the second (imports carry them)
        values: dict[str, Any] = {
            "when": when,
            "route": Route(self.route_combo.currentData()),
            "setting": Setting(self.setting_combo.currentData()),
            "dose_mg": self._dose(),
            "clinic": self.clinic_edit.text().strip(),
            "provider": self.provider_edit.text().strip(),
            "intention": self.intention_edit.toPlainText().strip(),
            "bp_before": self._bp(self.bp_before_edit, "bp_before"),
            "bp_after": self._bp(self.bp_after_edit, "bp_after"),
            "experience": None if self.experience_spin.value() < 0 else self.experience_spin.value(),
            "experience_text": self.experience_text_edit.toPlainText().strip(),
            "side_effects": self.checklist.reports(),
            "notes": self.notes_edit.toPlainText().strip(),
            **self._course_values(),
        }
        try:
            if self._editing is not None:
                return dataclasses.replace(self._editing, **values)
            return TreatmentSession(**values)
        except ValidationError as error:
            name = error.field.split(".")[0].split("[")[0]
            raise FormProblem(self._widget_for(name), self.tr("{field}: {problem}").format(
                field=self._field_label(name), problem=error.problem)) from None

    def _field_label(self, name: str) -> str:
        return {
            "when": self.tr("Date and time"),
            "route": self.tr("Route"),
            "setting": self.tr("Setting"),
            "dose_mg": self.tr("Dose"),
            "clinic": self.tr("Clinic"),
            "provider": self.tr("Provider"),
            "intention": self.tr("Intention"),
            "bp_before": self.tr("Blood pressure before"),
            "bp_after": self.tr("Blood pressure after"),
            "experience": self.tr("Overall experience"),
            "experience_text": self.tr("The experience in your own words"),
            "side_effects": self.tr("Side effects"),
            "notes": self.tr("Notes"),
            "number_in_series": self.tr("Session number in series"),
            "next_integration_session": self.tr("Next integration session"),
        }.get(name, name)

    def _widget_for(self, name: str) -> QWidget:
        return {
            "when": self.when_edit, "route": self.route_combo, "setting": self.setting_combo,
            "dose_mg": self.dose_edit, "clinic": self.clinic_edit, "provider": self.provider_edit,
            "intention": self.intention_edit, "bp_before": self.bp_before_edit, "bp_after": self.bp_after_edit,
            "experience": self.experience_spin, "experience_text": self.experience_text_edit,
            "notes": self.notes_edit, "number_in_series": self.series_spin,
            "next_integration_session": self.next_session_edit, **self._choices(),
        }.get(name, self.route_combo)

    def _dose(self) -> float | None:
        text = self.dose_edit.text().strip()
        if not text:
            return None
        value, ok = QLocale().toDouble(text)
        if not ok:
            try:
                value = float(text.replace(",", "."))
            except ValueError:
                raise FormProblem(self.dose_edit, self.tr(
                    "Dose: please write a number of milligrams, such as 56, or leave it empty.")) from None
        if not value > 0 or value > 10_000:
            raise FormProblem(self.dose_edit, self.tr(
                "Dose: please write a number of milligrams above 0, or leave it empty."))
        return value

    def _bp(self, edit: QLineEdit, name: str) -> BloodPressure | None:
        text = edit.text().strip()
        if not text:
            return None
        label = self._field_label(name)
        match = _BP_PATTERN.match(text)
        if match is None:
            raise FormProblem(edit, self.tr(
                "{field}: please write two whole numbers, such as 120/80, or leave it empty.").format(field=label))
        try:
            return BloodPressure(int(match.group(1)), int(match.group(2)))
        except ValidationError as error:
            part = (self.tr("the top number (systolic)") if error.field == "systolic"
                    else self.tr("the bottom number (diastolic)"))
            raise FormProblem(edit, self.tr("{field}: {part} {problem}.").format(
                field=label, part=part, problem=error.problem)) from None

    # --- live updates ----------------------------------------------------------------------------------

    def _route_changed(self) -> None:
        route = self.route_combo.currentData()
        if route:
            self.checklist.set_route(route)

    def _readings(self) -> list[BloodPressure | None]:
        readings: list[BloodPressure | None] = []
        for edit in (self.bp_before_edit, self.bp_after_edit):
            match = _BP_PATTERN.match(edit.text())
            if match is None:
                continue
            try:
                readings.append(BloodPressure(int(match.group(1)), int(match.group(2))))
            except ValidationError:
                continue
        return readings

    def _update_guidance(self) -> None:
        when = self.when_edit.committed_wall_time()
        items = guidance_for(self.checklist.reports(), self._readings(), route=self.route_combo.currentData(),
                             product=self.product_combo.value(), when=when.astimezone() if when else None,
                             now=self._now())
        self.guidance.set_guidance(items)
        self.guidance_scroll.setVisible(bool(items))
        self.guidance_scroll.refit()


_NO_DATE = dt.date(2000, 1, 1)  # the next-session field's first day, shown as "Not planned yet"


def _bp_text(reading: BloodPressure | None) -> str:
    return "" if reading is None else f"{reading.systolic}/{reading.diastolic}"
