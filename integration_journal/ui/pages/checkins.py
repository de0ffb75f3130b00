"""Check-ins & questionnaires: the daily app check-in for any day, and the validated questionnaires
(PHQ-9, GAD-7, PEG, PHQ-2, GAD-2) with each one's history and baseline.

The daily check-in is an app check-in, not a validated measure (docs/clinical.md §3.7); one per day, so
choosing a day that has one loads it for editing. A submitted PHQ-9 with item 9 above 0 opens the
safety panel (ui/safety_panel.py) and records that it was shown; the app stays usable throughout.
Before a lock, an edited check-in is saved when it has mood and anxiety, and otherwise kept as an
encrypted Draft that the page offers to continue after unlock; an open questionnaire keeps its answers
the same way (ui/questionnaire_dialog.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core import measures
from integration_journal.core.form_drafts import (
    CHECKIN_TARGET,
    CheckinValues,
    checkin_drafts,
)
from integration_journal.core.records import CheckIn, Draft, QuestionnaireResponse
from integration_journal.core.settings import SettingsService
from integration_journal.errors import JournalError
from integration_journal.ui.checkin_models import (
    CheckinTableModel,
    ResponseTableModel,
    qdate,
    response_rows,
)
from integration_journal.ui.checkin_widgets import sleep_hours_box
from integration_journal.ui.messages import describe
from integration_journal.ui.models import SORT_ROLE
from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.questionnaire_dialog import (
    QuestionnaireDialog,
    format_total,
    wording,
)
from integration_journal.ui.safety_panel import (
    SafetyPanel,
    build_panel,
    show_safety_flow,
)
from integration_journal.ui.widgets.date_field import DateField
from integration_journal.ui.widgets.fonts import scaled_font
from integration_journal.ui.widgets.layout import AdaptiveSplitter, FlowLayout, fit_columns
from integration_journal.ui.widgets.scale_slider import ScaleSlider

CHECKIN_KIND = CheckIn.KIND
QUESTIONNAIRE_KIND = QuestionnaireResponse.KIND
DRAFT_KIND = Draft.KIND
# The order of the buttons (docs/clinical.md §3.8: the full measures first, the short screeners after).
BUTTON_ORDER: tuple[str, ...] = ("phq9", "gad7", "peg", "phq2", "gad2")


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.setCornerButtonEnabled(False)
    table.setTabKeyNavigation(False)
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    fit_columns(table)  # never scrolls sideways: columns narrow and end in "…" instead
    return table


def _clear_button(text: str, name: str, slider: ScaleSlider) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    button.clicked.connect(lambda: slider.set_value(None))
    button.clicked.connect(slider.changed)
    return button


class CheckinsPage(Page):
    PAGE_ID = "checkins"
    TITLE = "Check-ins & questionnaires"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._checkin: CheckIn | None = None  # the stored check-in of the day in the editor
        self._loaded: tuple[Any, ...] | None = None  # what the editor showed after loading or saving
        self._day = self._today()
        self._draft_id: bytes | None = None  # the check-in draft the editor continues or was kept as
        self.questionnaire: QuestionnaireDialog | None = None
        self.safety_panel: SafetyPanel | None = None

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Check-ins and questionnaires"))
        self.tabs.tabBar().setAccessibleName(self.tr("Check-ins and questionnaires"))  # Tab stops on the tab list
        self.tabs.addTab(self._build_checkin_tab(), self.tr("&Daily check-in"))
        self.tabs.addTab(self._build_measures_tab(), self.tr("&Questionnaires"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.reload()
        self.load_day(self._day)
        self._refresh_draft_banner()

    # --- building -----------------------------------------------------------------------------------

    def _build_checkin_tab(self) -> QWidget:
        self.checkin_heading = QLabel(self.tr("Daily check-in"))
        self.checkin_heading.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.checkin_heading.setAccessibleName(self.tr("Daily check-in"))
        self.app_note = QLabel(self.tr("An app check-in: quick personal ratings for your own trends. It is not a "
                                       "validated clinical measure."))
        self.app_note.setWordWrap(True)
        self.app_note.setAccessibleName(self.tr("About the daily check-in"))

        self.date_edit = DateField(latest=self._today, earliest=dt.date(2000, 1, 1))  # no check-ins ahead
        self.date_edit.setAccessibleName(self.tr("Day of the check-in"))
        self.date_edit.set_day(self._day)
        self.date_edit.day_changed.connect(self._date_changed)
        self.today_button = QPushButton(self.tr("&Today"))
        self.today_button.setAccessibleName(self.tr("Go to today's check-in"))
        self.today_button.clicked.connect(lambda: self.date_edit.set_day(self._today()))
        self.day_status = QLabel()
        self.day_status.setWordWrap(True)
        self.day_status.setAccessibleName(self.tr("Check-in status"))
        self.draft_banner = QGroupBox(self.tr("Unfinished check-in"))
        self.draft_label = QLabel()
        self.draft_label.setWordWrap(True)
        self.draft_label.setAccessibleName(self.tr("Unfinished check-in"))
        self.draft_continue = QPushButton(self.tr("Continu&e it"))  # Alt+O is the note
        self.draft_continue.setAccessibleName(self.tr("Continue the unfinished check-in"))
        self.draft_continue.clicked.connect(self.continue_draft)
        self.draft_discard = QPushButton(self.tr("D&iscard it"))
        self.draft_discard.setAccessibleName(self.tr("Discard the unfinished check-in"))
        self.draft_discard.clicked.connect(self.discard_draft)
        banner_layout = QHBoxLayout(self.draft_banner)
        banner_layout.addWidget(self.draft_label, 1)
        banner_layout.addWidget(self.draft_continue)
        banner_layout.addWidget(self.draft_discard)
        self.draft_banner.hide()

        self.mood = ScaleSlider(self.tr("How is your mood today?"), self.tr("0 lowest"), self.tr("10 best"))
        self.anxiety = ScaleSlider(self.tr("How anxious or on edge do you feel today?"), self.tr("0 not at all"),
                                   self.tr("10 extremely"))
        self.pain = ScaleSlider(self.tr("How bad is your pain right now?"), self.tr("0 no pain"),
                                self.tr("10 worst imaginable"))
        self.sleep_quality = ScaleSlider(self.tr("How well did you sleep last night?"), self.tr("0 very badly"),
                                         self.tr("10 very well"))
        self.pain_clear = _clear_button(self.tr("Leave out"), self.tr("Leave pain out"), self.pain)
        self.quality_clear = _clear_button(self.tr("Leave out"), self.tr("Leave sleep quality out"),
                                           self.sleep_quality)
        self.sleep = sleep_hours_box()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("Anything you would like to remember about this day (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.save_button = QPushButton(self.tr("&Save check-in"))
        self.save_button.setAccessibleName(self.tr("Save check-in"))
        self.save_button.setToolTip(self.tr("Save check-in (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_checkin)

        form = QVBoxLayout()
        day_row = QHBoxLayout()
        day_label = QLabel(self.tr("D&ay:"))
        day_label.setBuddy(self.date_edit)
        day_row.addWidget(day_label)
        day_row.addWidget(self.date_edit)
        day_row.addWidget(self.today_button)
        day_row.addStretch(1)
        form.addLayout(day_row)
        form.addWidget(self.day_status)
        questions = (
            (self.tr("&Mood: how is your mood today?"), self.mood, None),
            (self.tr("A&nxiety: how anxious or on edge do you feel today?"), self.anxiety, None),
            (self.tr("&Pain: how bad is your pain right now? (optional)"), self.pain, self.pain_clear),
            (self.tr("Sleep hou&rs last night (optional)"), self.sleep, None),
            (self.tr("Sleep q&uality: how well did you sleep last night? (optional)"), self.sleep_quality,
             self.quality_clear),
        )
        for text, widget, clear in questions:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setBuddy(widget.slider if isinstance(widget, ScaleSlider) else widget)
            form.addWidget(label)
            if clear is None:
                form.addWidget(widget)
            else:
                row = QHBoxLayout()
                row.addWidget(widget, 1)
                row.addWidget(clear, 0, Qt.AlignmentFlag.AlignTop)
                form.addLayout(row)
            form.addSpacing(4)
        note_label = QLabel(self.tr("N&ote:"))
        note_label.setBuddy(self.note_edit)
        form.addWidget(note_label)
        form.addWidget(self.note_edit)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        form.addLayout(save_row)
        for slider in (self.mood, self.anxiety, self.pain, self.sleep_quality):
            slider.changed.connect(self._update_save)
        self.sleep.valueChanged.connect(self._update_save)
        self.note_edit.textChanged.connect(self._update_save)

        editor = QWidget()
        editor_layout = QVBoxLayout(editor)
        editor_layout.addWidget(self.checkin_heading)
        editor_layout.addWidget(self.app_note)
        editor_layout.addWidget(self.draft_banner)
        editor_layout.addLayout(form)
        editor_layout.addStretch(1)
        self.editor_area = QScrollArea()
        self.editor_area.setWidgetResizable(True)
        self.editor_area.setWidget(editor)
        self.editor_area.setAccessibleName(self.tr("Check-in editor"))

        self.checkin_model = CheckinTableModel(self)
        self.checkin_proxy = QSortFilterProxyModel(self)
        self.checkin_proxy.setSourceModel(self.checkin_model)
        self.checkin_proxy.setSortRole(SORT_ROLE)
        self.checkin_table = _table(self.tr("Recent check-ins"))
        self.checkin_table.setModel(self.checkin_proxy)
        self.checkin_table.sortByColumn(CheckinTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.checkin_table.activated.connect(self._checkin_chosen)
        self.checkin_table.clicked.connect(self._checkin_chosen)
        recent = QWidget()
        recent_layout = QVBoxLayout(recent)
        recent_label = QLabel(self.tr("Recent check-ins (choose one to edit it)"))
        recent_label.setWordWrap(True)
        recent_label.setBuddy(self.checkin_table)
        recent_layout.addWidget(recent_label)
        recent_layout.addWidget(self.checkin_table, 1)

        # The form needs about 46 characters and the list about 34: below that they stack (200 % text
        # in a 1000-pixel window) rather than squeeze the list's columns to a letter each.
        splitter = AdaptiveSplitter(80)
        self.checkin_splitter = splitter
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.editor_area)
        splitter.addWidget(recent)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        tab = QWidget()
        QVBoxLayout(tab).addWidget(splitter)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), tab)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_checkin)
        return tab

    def _build_measures_tab(self) -> QWidget:
        intro = QLabel(self.tr("Validated questionnaires your clinician may ask about. Your answers stay in "
                               "your journal unless you choose to share them."))
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("About the questionnaires"))
        self.take_buttons: dict[str, QPushButton] = {}
        buttons = QGroupBox(self.tr("Answer a questionnaire"))
        flow = FlowLayout(buttons, spacing=8)
        flow.setContentsMargins(8, 8, 8, 8)
        for instrument in BUTTON_ORDER:
            measure = measures.get_measure(instrument)
            button = QPushButton(self.tr("{name}…").format(name=measure.short_title))
            button.setAccessibleName(self.tr("Answer the {name}").format(name=measure.short_title))
            button.setAccessibleDescription(wording(measure.title))
            button.setToolTip(wording(measure.title))
            button.clicked.connect(lambda _c=False, i=instrument: self.open_questionnaire(i))
            self.take_buttons[instrument] = button
            flow.addWidget(button)

        self.instrument_combo = QComboBox()
        self.instrument_combo.setAccessibleName(self.tr("Questionnaire history to show"))
        for instrument in BUTTON_ORDER:
            self.instrument_combo.addItem(measures.get_measure(instrument).short_title, instrument)
        self.instrument_combo.currentIndexChanged.connect(lambda _i: self.reload_history())
        self.response_model = ResponseTableModel(self)
        self.response_proxy = QSortFilterProxyModel(self)
        self.response_proxy.setSourceModel(self.response_model)
        self.response_proxy.setSortRole(SORT_ROLE)
        self.response_table = _table(self.tr("Questionnaire history"))
        self.response_table.setModel(self.response_proxy)
        self.response_table.sortByColumn(ResponseTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.response_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_baseline_button())
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.progress_label.setAccessibleName(self.tr("Change since baseline"))
        self.progress_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.baseline_button = QPushButton(self.tr("&Mark as baseline"))
        self.baseline_button.setAccessibleName(self.tr("Mark the selected response as baseline"))
        self.baseline_button.setToolTip(self.tr("Changes are measured from the baseline: the first complete "
                                                "response, unless you mark another one."))
        self.baseline_button.clicked.connect(self.toggle_baseline)

        history = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(history)
        top = QHBoxLayout()
        show_label = QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.instrument_combo)
        top.addWidget(show_label)
        top.addWidget(self.instrument_combo)
        top.addStretch(1)
        history_layout.addLayout(top)
        history_layout.addWidget(self.response_table, 1)
        history_layout.addWidget(self.progress_label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.baseline_button)
        history_layout.addLayout(bottom)

        self.response_table.setMinimumHeight(self.response_table.fontMetrics().lineSpacing() * 9)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(intro)
        layout.addWidget(buttons)
        layout.addWidget(history, 1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(content)
        area.setAccessibleName(self.tr("Questionnaires"))
        return area

    # --- page hooks ---------------------------------------------------------------------------------

    def activate(self, **args: Any) -> None:
        """focus="checkin" (optionally day=date) shows the check-in; instrument="phq9" opens that
        questionnaire; history="phq9" shows its history."""
        instrument = args.get("instrument")
        history = args.get("history")
        if instrument in measures.INSTRUMENT_IDS:
            self.show_history(instrument)
            self.open_questionnaire(instrument)
        elif history in measures.INSTRUMENT_IDS:
            self.show_history(history)
            self.response_table.setFocus()
        elif args.get("focus") == "checkin" or isinstance(args.get("day"), dt.date):
            self.tabs.setCurrentIndex(0)
            day = args.get("day")
            if isinstance(day, dt.date):
                self.date_edit.set_day(day)
            elif not self.is_dirty():
                self.date_edit.set_day(self._today())
            self.mood.slider.setFocus()
        else:  # from the sidebar: the tab that was open, as it was
            self.tabs.currentWidget().setFocus()

    def records_changed(self, kinds: set[str]) -> None:
        if CHECKIN_KIND in kinds:
            self.reload_checkins()
            if not self.is_dirty():
                self.load_day(self._day)
        if QUESTIONNAIRE_KIND in kinds:
            self.reload_history()

    def save_state(self) -> None:
        """Before a lock: an edited check-in is saved when it has mood and anxiety, and otherwise kept
        as an encrypted draft; an open questionnaire keeps its answers as a draft too."""
        if self.questionnaire is not None:
            self.questionnaire.save_state()
        if not self.is_dirty():
            return
        if self._ready() and self.save_checkin():
            return
        mood, anxiety, pain, sleep_hours, quality, note = self._values()
        state = CheckinValues(mood, anxiety, pain, sleep_hours, quality, note).to_state(self._day)
        journal = self.ctx.journal
        target_id = self._checkin.id if self._checkin is not None else None
        try:
            old = journal.get(self._draft_id) if self._draft_id is not None and self._draft_id in journal else None
            if isinstance(old, Draft):
                journal.update(dataclasses.replace(old, state=state, target_id=target_id))
            else:
                self._draft_id = journal.add(Draft(target_kind=CHECKIN_TARGET, target_id=target_id,
                                                   state=state)).id
        except (JournalError, OSError):
            pass  # locking must go on; the shell reports storage trouble on its own

    def clear(self) -> None:
        if self.questionnaire is not None:
            self.questionnaire.discard()
            self.questionnaire.deleteLater()
            self.questionnaire = None
        if self.safety_panel is not None:
            self.safety_panel.wipe()
            self.safety_panel = None
        self.checkin_model.clear()
        self.response_model.clear()
        self.progress_label.clear()
        self.draft_banner.hide()
        self.draft_label.clear()
        self._draft_id = None
        self.note_edit.clear()
        for slider in (self.mood, self.anxiety, self.pain, self.sleep_quality):
            slider.set_value(None)
        self._checkin = None

    # --- the daily check-in --------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return self.ctx.today()

    def reload(self) -> None:
        self.reload_checkins()
        self.reload_history()

    def reload_checkins(self) -> None:
        self.checkin_model.set_checkins(self.ctx.journal.list(kind=CheckIn))

    def _stored_for(self, day: dt.date) -> CheckIn | None:
        found = [c for c in self.ctx.journal.list(kind=CheckIn) if c.date == day]
        return found[0] if found else None

    def load_day(self, day: dt.date) -> None:
        """Show the check-in of `day` for editing, or an empty form for a new one."""
        self._day = day
        self._draft_id = None  # a draft continued for another day stays kept and offered
        checkin = self._checkin = self._stored_for(day)
        self.mood.set_value(checkin.mood if checkin else None)
        self.anxiety.set_value(checkin.anxiety if checkin else None)
        self.pain.set_value(checkin.pain if checkin else None)
        self.sleep_quality.set_value(checkin.sleep_quality if checkin else None)
        self.sleep.setValue(checkin.sleep_hours if checkin and checkin.sleep_hours is not None
                            else self.sleep.minimum())
        self.note_edit.setPlainText(checkin.note if checkin else "")
        if self.date_edit.day() != day:
            blocked = self.date_edit.blockSignals(True)
            self.date_edit.set_day(day)
            self.date_edit.blockSignals(blocked)
        self._loaded = self._values()
        self._show_status()
        row = self.checkin_model.row_of_date(day)
        if row >= 0:
            index = self.checkin_proxy.mapFromSource(self.checkin_model.index(row, 0))
            self.checkin_table.selectRow(index.row())
        else:
            self.checkin_table.clearSelection()
        self._update_save()

    def _show_status(self, text: str | None = None) -> None:
        if text is None:
            text = (self.tr("A check-in for this day is saved. Changes update it.") if self._checkin
                    else self.tr("No check-in for this day yet. Mood and anxiety are needed; the rest is "
                                 "optional."))
        self.day_status.setText(text)
        self.day_status.setAccessibleDescription(text)
        self.save_button.setText(self.tr("Update &check-in") if self._checkin else self.tr("&Save check-in"))
        self.save_button.setAccessibleName(self.save_button.text().replace("&", ""))

    def _values(self) -> tuple[Any, ...]:
        sleep = self.sleep.value()
        return (self.mood.value(), self.anxiety.value(), self.pain.value(),
                None if sleep < 0 else round(sleep, 1), self.sleep_quality.value(), self.note_edit.toPlainText())

    def is_dirty(self) -> bool:
        return self._loaded is not None and self._values() != self._loaded

    def _ready(self) -> bool:
        return self.mood.value() is not None and self.anxiety.value() is not None

    def _update_save(self, *_args: Any) -> None:
        self.save_button.setEnabled(self._ready() and (self.is_dirty() or self._checkin is None))

    def _date_changed(self, day: dt.date) -> None:
        if day == self._day:
            return
        if self.is_dirty() and self._ready():
            keep = self.ctx.dialogs.confirm(
                self, self.tr("Daily check-in"),
                self.tr("The check-in you were editing has unsaved changes. Save them before going to "
                        "another day?"), accept=self.tr("Save them"), reject=self.tr("Discard them"))
            if keep:
                self.save_checkin()
        elif self.is_dirty():
            # Not complete, so it cannot be saved: going on would drop it without a word.
            leave = self.ctx.dialogs.confirm(
                self, self.tr("Daily check-in"),
                self.tr("The check-in you started is not complete yet: mood and anxiety are needed to save "
                        "it. Go to another day and discard it?"),
                accept=self.tr("Discard it"), reject=self.tr("Stay on this day"))
            if not leave:
                blocked = self.date_edit.blockSignals(True)
                self.date_edit.set_day(self._day)
                self.date_edit.blockSignals(blocked)
                return
        self.load_day(day)

    def _checkin_chosen(self, index) -> None:
        source = self.checkin_proxy.mapToSource(index)
        if source.isValid():
            self.date_edit.set_day(self.checkin_model.checkin_at(source.row()).date)

    def save_checkin(self) -> bool:
        if not self._ready():
            self._show_status(self.tr("Mood and anxiety are needed to save a check-in."))
            return False
        mood, anxiety, pain, sleep_hours, quality, note = self._values()
        journal = self.ctx.journal
        stored = self._stored_for(self._day)  # also catches one saved meanwhile elsewhere (Today)
        try:
            if stored is not None:
                saved = journal.update(dataclasses.replace(stored, mood=mood, anxiety=anxiety, pain=pain,
                                                           sleep_hours=sleep_hours, sleep_quality=quality,
                                                           note=note))
            else:
                saved = journal.add(CheckIn(date=self._day, mood=mood, anxiety=anxiety, pain=pain,
                                            sleep_hours=sleep_hours, sleep_quality=quality, note=note))
        except (JournalError, OSError) as exc:
            self.ctx.dialogs.warn(self, self.tr("Daily check-in"),
                                  self.tr("The check-in could not be saved: {reason}").format(reason=describe(exc)))
            return False
        self._checkin = saved
        self._loaded = self._values()
        self._drop_drafts(self._day)
        self.ctx.notify_changed(CHECKIN_KIND)
        self._show_status(self.tr("Saved."))
        self._update_save()
        return True

    # --- kept drafts of the check-in ---------------------------------------------------------------------

    def _offered_draft(self):
        drafts = [d for d in checkin_drafts(self.ctx.journal.list(kind=DRAFT_KIND))
                  if d.draft.id != self._draft_id and d.day <= self._today()]
        return drafts[0] if drafts else None

    def _refresh_draft_banner(self) -> None:
        """Offer the newest kept check-in draft, unless the editor already continues it."""
        offered = self._offered_draft()
        if offered is not None:
            day = qdate(offered.day).toString(QLocale().dateFormat(QLocale.FormatType.LongFormat))
            text = self.tr("A check-in for {day} was not finished when the journal locked. Its values were "
                           "kept, encrypted.").format(day=day)
            self.draft_label.setText(text)
            self.draft_banner.setAccessibleDescription(text)
        self.draft_banner.setVisible(offered is not None)

    def continue_draft(self) -> None:
        offered = self._offered_draft()
        self.draft_banner.hide()
        if offered is None:
            return
        self.tabs.setCurrentIndex(0)
        self.load_day(offered.day)
        values = offered.values
        self._draft_id = offered.draft.id
        self.mood.set_value(values.mood)
        self.anxiety.set_value(values.anxiety)
        self.pain.set_value(values.pain)
        self.sleep_quality.set_value(values.sleep_quality)
        self.sleep.setValue(values.sleep_hours if values.sleep_hours is not None else self.sleep.minimum())
        self.note_edit.setPlainText(values.note)
        self._show_status(self.tr("Your unfinished check-in is back. Mood and anxiety are needed to save it."))
        self._update_save()
        self.mood.slider.setFocus()

    def discard_draft(self) -> None:
        offered = self._offered_draft()
        if offered is not None:
            self._delete_drafts([offered.draft.id])
        self._refresh_draft_banner()
        self.date_edit.setFocus()

    def _drop_drafts(self, day: dt.date) -> None:
        """The check-in of `day` was saved: drafts of that day (and the one continued) are done."""
        ids = [d.draft.id for d in checkin_drafts(self.ctx.journal.list(kind=DRAFT_KIND)) if d.day == day]
        if self._draft_id is not None and self._draft_id in self.ctx.journal and self._draft_id not in ids:
            ids.append(self._draft_id)
        self._draft_id = None
        if ids:
            self._delete_drafts(ids)
            self._refresh_draft_banner()

    def _delete_drafts(self, draft_ids: list[bytes]) -> None:
        try:
            for draft_id in draft_ids:
                self.ctx.journal.delete(draft_id)
        except (JournalError, OSError) as exc:
            self.ctx.dialogs.warn(self, self.tr("Daily check-in"),
                                  self.tr("The unfinished check-in could not be removed: {reason}").format(
                                      reason=describe(exc)))
            return
        self.ctx.notify_changed(DRAFT_KIND)

    # --- questionnaires ---------------------------------------------------------------------------------

    def current_instrument(self) -> str:
        return str(self.instrument_combo.currentData())

    def show_history(self, instrument: str) -> None:
        self.tabs.setCurrentIndex(1)
        index = self.instrument_combo.findData(measures.canonical_id(instrument))
        if index >= 0:
            self.instrument_combo.setCurrentIndex(index)

    def reload_history(self) -> None:
        instrument = self.current_instrument()
        rows, progress = response_rows(instrument, self.ctx.journal.list(kind=QuestionnaireResponse))
        self.response_model.set_responses(instrument, rows)
        self.progress_label.setText(self._progress_text(instrument, progress) if rows else
                                    self.tr("No {name} answered yet.").format(
                                        name=measures.get_measure(instrument).short_title))
        self._update_baseline_button()

    def _progress_text(self, instrument: str, progress: measures.Progress) -> str:
        measure = measures.get_measure(instrument)
        if progress.baseline is None:
            return self.tr("No complete response yet, so no baseline.")
        parts = [self.tr("Baseline: {total}.").format(total=format_total(measure, progress.baseline.total))]
        if progress.latest is not None and progress.change_points is not None:
            percent = ("" if progress.change_percent is None
                       else self.tr(" ({percent} %)").format(percent=f"{progress.change_percent:+g}"))
            parts.append(self.tr("Latest: {total}, a change of {points}{percent}.").format(
                total=format_total(measure, progress.latest.total), points=f"{progress.change_points:+g}",
                percent=percent))
            for outcome in (progress.response, progress.remission, progress.meaningful_change):
                if outcome is not None and outcome.applies:  # not for a baseline below the rule's range
                    parts.append(self.tr("{rule}: {state}.").format(
                        rule=wording(outcome.label), state=self.tr("yes") if outcome.met else self.tr("not yet")))
        return " ".join(parts)

    def selected_response(self) -> QuestionnaireResponse | None:
        index = self.response_table.selectionModel().currentIndex()
        source = self.response_proxy.mapToSource(index)
        return self.response_model.row_at(source.row()).response if source.isValid() else None

    def _update_baseline_button(self) -> None:
        response = self.selected_response()
        self.baseline_button.setEnabled(response is not None)
        marked = response is not None and response.baseline
        self.baseline_button.setText(self.tr("Un&mark baseline") if marked else self.tr("&Mark as baseline"))
        self.baseline_button.setAccessibleName(self.baseline_button.text().replace("&", ""))

    def toggle_baseline(self) -> None:
        """Mark the selected response as the baseline (any other mark of the instrument is removed), or
        remove its mark so the first complete response counts again."""
        response = self.selected_response()
        if response is None:
            return
        journal = self.ctx.journal
        marking = not response.baseline
        try:
            if marking:
                aliases = {self.current_instrument(), *measures.get_measure(self.current_instrument()).aliases}
                for other in journal.list(kind=QuestionnaireResponse):
                    if other.instrument in aliases and other.baseline and other.id != response.id:
                        journal.update(dataclasses.replace(other, baseline=False))
            journal.update(dataclasses.replace(response, baseline=marking))
        except (JournalError, OSError) as exc:
            self.ctx.dialogs.warn(self, self.tr("Baseline"), describe(exc))
            return
        self.ctx.notify_changed(QUESTIONNAIRE_KIND)
        row = self.response_model.row_of(response.id)
        if row >= 0:
            self.response_table.selectRow(self.response_proxy.mapFromSource(self.response_model.index(row, 0)).row())
        self._update_baseline_button()

    def open_questionnaire(self, instrument: str) -> QuestionnaireDialog:
        if self.questionnaire is not None and self.questionnaire.isVisible():
            if self.questionnaire.measure.id == measures.canonical_id(instrument) \
                    or self.questionnaire.response is None:
                self.questionnaire.raise_()
                self.questionnaire.activateWindow()
                return self.questionnaire
        if self.questionnaire is not None:
            self.questionnaire.deleteLater()
        try:
            one_per_page = SettingsService(self.ctx.journal).questionnaire_one_per_page()
        except Exception:  # noqa: BLE001 - the default layout still works
            one_per_page = False
        dialog = QuestionnaireDialog(self.ctx, instrument, one_per_page=one_per_page, parent=self.window())
        dialog.submitted.connect(self._submitted)
        dialog.follow_up_requested.connect(self.open_questionnaire)
        dialog.support_requested.connect(self.show_support_again)
        dialog.help_now_requested.connect(lambda: self.ctx.navigate("help_now"))
        self.questionnaire = dialog
        dialog.show()
        dialog.offer_draft()
        return dialog

    def _submitted(self, response: QuestionnaireResponse, result: measures.Score) -> None:
        self.show_history(response.instrument)
        if result.safety_flag and result.safety_value:
            if self.safety_panel is not None:
                self.safety_panel.wipe()
            self.safety_panel = show_safety_flow(self.ctx, result.safety_value, parent=self.window())

    def show_support_again(self) -> None:
        panel = self.safety_panel
        if panel is None or not panel.isVisible():
            value = self.questionnaire.score.safety_value if self.questionnaire and self.questionnaire.score else None
            if panel is not None:
                panel.wipe()
            panel = self.safety_panel = build_panel(self.ctx.journal, value or None, parent=self.window())
            panel.plan_requested.connect(lambda: self.ctx.navigate("safety_plan"))
        panel.present()
