"""Today: the guided prompts and questionnaires due now, a quick check-in, recent entries, and the next
planned session."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.measure_reminders import MeasureDue, MeasureReminders
from integration_journal.core.prompt_session import open_drafts, treatment_focus
from integration_journal.core.records import (
    CheckIn,
    Entry,
    Phase,
    TreatmentFocus,
    TreatmentSession,
)
from integration_journal.core.schedule import DueItem, Schedule, latest_past_session
from integration_journal.errors import JournalError
from integration_journal.ui.checkin_widgets import sleep_hours_box
from integration_journal.ui.models import (
    RowTableModel,
    date_text,
    local_qdatetime,
    short_time_format,
)
from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.prompt_wizard.texts import local_date_text
from integration_journal.ui.prompt_wizard.wizard import PromptWizard
from integration_journal.ui.widgets.fonts import scaled_font
from integration_journal.ui.widgets.scale_slider import ScaleSlider

RECENT_COUNT = 5
REFRESH_MS = 5 * 60 * 1000  # windows open and close with time: look again every few minutes
SNOOZE_LATER = dt.timedelta(hours=3)
_Index = QModelIndex | QPersistentModelIndex
_WATCHED_KINDS = {"entry", "session", "checkin", "draft", "profile", "prompt_pack", "questionnaire", "settings"}
MEASURES_PAGE = "checkins"  # the Check-ins & questionnaires page; it takes instrument="phq9"


class RecentEntriesModel(RowTableModel):
    """The newest entries: date and title; no widgets, no editing."""

    COL_DATE, COL_TITLE = range(2)
    COLUMN_COUNT = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Date"), self.tr("Title"))

    def entry_at(self, row: int) -> Any:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        entry, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COL_DATE:
                return date_text(local_qdatetime(entry.created).date())
            if column == self.COL_TITLE:
                return entry.title or self.tr("Untitled")
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DATE:
            return QLocale().toString(local_qdatetime(entry.created), QLocale.FormatType.LongFormat)
        return None


class ReminderCard(QFrame):
    """Something due now, with Start (or Continue), Snooze (3 hours or until tomorrow) and Dismiss."""

    def __init__(self, page: TodayPage, title: str, detail: str, start_text: str, *,
                 start: Any, snooze: Any, snooze_tomorrow: Any, dismiss: Any, dismiss_text: str = "") -> None:
        super().__init__(page)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel(title, self)
        self.title_label.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.title_label.setWordWrap(True)
        self.detail_label = QLabel(detail, self)
        self.detail_label.setWordWrap(True)
        self.start_button = QPushButton(start_text, self)
        self.start_button.setAccessibleName(page.tr("{action}: {title}").format(action=start_text, title=title))
        self.snooze_button = QPushButton(page.tr("Snooze"), self)
        self.snooze_button.setAccessibleName(page.tr("Snooze: {title}").format(title=title))
        menu = QMenu(self.snooze_button)
        self.later_action = QAction(page.tr("For 3 hours"), menu)
        self.tomorrow_action = QAction(page.tr("Until tomorrow morning"), menu)
        menu.addAction(self.later_action)
        menu.addAction(self.tomorrow_action)
        self.snooze_button.setMenu(menu)
        self.dismiss_button = QPushButton(dismiss_text or page.tr("Dismiss"), self)
        self.dismiss_button.setAccessibleName(page.tr("{action}: {title}").format(
            action=self.dismiss_button.text(), title=title))
        self.start_button.clicked.connect(start)
        self.later_action.triggered.connect(lambda: snooze(page.ctx.journal.now() + SNOOZE_LATER))
        self.tomorrow_action.triggered.connect(snooze_tomorrow)
        self.dismiss_button.clicked.connect(dismiss)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.detail_label)
        layout.addLayout(buttons)


class DueCard(ReminderCard):
    """One due window of guided prompts."""

    def __init__(self, page: TodayPage, item: DueItem, resumable: bool) -> None:
        title, detail = page.describe(item)
        super().__init__(
            page, title,
            page.tr("You started this earlier; your answers are saved.") if resumable else detail,
            page.tr("Continue") if resumable else page.tr("Start"),
            start=lambda: page.start(item), snooze=lambda until: page.snooze(item, until),
            snooze_tomorrow=lambda: page.snooze_until_tomorrow(item), dismiss=lambda: page.dismiss(item))
        self.item = item
        self.resumable = resumable


class MeasureCard(ReminderCard):
    """One questionnaire due again (core.measure_reminders)."""

    def __init__(self, page: TodayPage, item: MeasureDue) -> None:
        title, detail = page.describe_measure(item)
        super().__init__(
            page, title, detail, page.tr("Start"),
            start=lambda: page.start_measure(item), snooze=lambda until: page.snooze_measure(item, until),
            snooze_tomorrow=lambda: page.snooze_measure(item, None), dismiss=lambda: page.dismiss_measure(item),
            dismiss_text=page.tr("Skip this time"))
        self.item = item


class TodayPage(Page):
    PAGE_ID = "today"
    TITLE = "Today"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.wizard: PromptWizard | None = None
        self.cards: list[DueCard] = []
        self._checkin: CheckIn | None = None

        self.heading = QLabel(self.tr("Today"))
        self.heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.heading.setAccessibleName(self.tr("Today"))
        self.date_label = QLabel()
        self.date_label.setAccessibleName(self.tr("Date"))

        # Before any session is logged, the prompts have nothing to follow: the first step is to log one.
        self.first_session_box = QGroupBox(self.tr("Your first session"))
        self.first_session_note = QLabel(self.tr(
            "Start by logging your first treatment session, a planned one or one you have had. The guided "
            "prompts for before it, the same day and the days after follow from its date."))
        self.first_session_note.setWordWrap(True)
        self.first_session_note.setAccessibleName(self.tr("About your first session"))
        self.first_session_button = QPushButton(self.tr("Log your &first session…"))
        self.first_session_button.setAccessibleName(self.tr("Log your first session"))
        self.first_session_button.clicked.connect(self.log_first_session)
        first_layout = QVBoxLayout(self.first_session_box)
        first_layout.addWidget(self.first_session_note)
        first_row = QHBoxLayout()
        first_row.addWidget(self.first_session_button)
        first_row.addStretch(1)
        first_layout.addLayout(first_row)
        self.first_session_box.hide()

        # Prompts for now.
        self.due_box = QGroupBox(self.tr("Guided prompts"))
        self.due_layout = QVBoxLayout(self.due_box)
        self.cards_layout = QVBoxLayout()
        self.due_layout.addLayout(self.cards_layout)
        self.nothing_due = QLabel(self.tr("Nothing is waiting for you right now. You can reflect any time you "
                                          "like."))
        self.nothing_due.setWordWrap(True)
        self.nothing_due.setAccessibleName(self.tr("Nothing due"))
        self.due_layout.addWidget(self.nothing_due)
        self.reflect_button = QPushButton(self.tr("Start a &reflection"))
        self.reflect_button.setAccessibleName(self.tr("Start a reflection"))
        self.reflect_button.clicked.connect(self.start_reflection)
        reflect_row = QHBoxLayout()
        reflect_row.addWidget(self.reflect_button)
        reflect_row.addStretch(1)
        self.due_layout.addLayout(reflect_row)

        # Questionnaires due again (docs/clinical.md §3.8); hidden while none is.
        self.measure_cards: list[MeasureCard] = []
        self.measure_box = QGroupBox(self.tr("Questionnaires"))
        self.measure_layout = QVBoxLayout(self.measure_box)
        self.measure_cards_layout = QVBoxLayout()
        self.measure_layout.addLayout(self.measure_cards_layout)
        self.measure_note = QLabel(self.tr("Answering these regularly shows you and your clinician how things "
                                           "change over time. How often is up to you, in Settings."))
        self.measure_note.setWordWrap(True)
        self.measure_note.setAccessibleName(self.tr("About questionnaire reminders"))
        self.measure_layout.addWidget(self.measure_note)
        self.measure_box.hide()

        # Quick check-in (docs/clinical.md §3.7 wording; app-specific items, not validated measures).
        self.checkin_box = QGroupBox(self.tr("Quick check-in"))
        self.mood = ScaleSlider(self.tr("How is your mood today?"), self.tr("0 lowest"), self.tr("10 best"))
        self.anxiety = ScaleSlider(self.tr("How anxious or on edge do you feel today?"), self.tr("0 not at all"),
                                   self.tr("10 extremely"))
        self.pain_check = QCheckBox(self.tr("Include pain"))
        self.pain_check.setAccessibleName(self.tr("Include pain in this check-in"))
        self.pain = ScaleSlider(self.tr("How bad is your pain right now?"), self.tr("0 no pain"),
                                self.tr("10 worst imaginable"))
        self.pain_check.toggled.connect(self.pain.setEnabled)
        self.pain_check.toggled.connect(self._update_save)
        self.sleep = sleep_hours_box()
        self.save_checkin_button = QPushButton(self.tr("&Save check-in"))
        self.save_checkin_button.setAccessibleName(self.tr("Save check-in"))
        self.save_checkin_button.clicked.connect(self.save_checkin)
        self.checkin_status = QLabel()
        self.checkin_status.setAccessibleName(self.tr("Check-in status"))
        self.checkin_status.setWordWrap(True)
        for slider in (self.mood, self.anxiety, self.pain):
            slider.changed.connect(self._update_save)
        self.sleep.valueChanged.connect(self._update_save)
        # Each question above its answer: holds at any font size and window width.
        self.mood_label = QLabel(self.tr("How is your mood today?"))
        self.anxiety_label = QLabel(self.tr("How anxious or on edge do you feel today?"))
        self.pain_label = QLabel(self.tr("How bad is your pain right now?"))
        self.sleep_label = QLabel(self.tr("Hours of sleep last night"))
        questions = QVBoxLayout()
        for label, field, widget in ((self.mood_label, self.mood.slider, self.mood),
                                     (self.anxiety_label, self.anxiety.slider, self.anxiety),
                                     (self.pain_label, self.pain.slider, None),
                                     (self.sleep_label, self.sleep, self.sleep)):
            label.setWordWrap(True)
            label.setBuddy(field)
            questions.addWidget(label)
            if widget is not None:
                questions.addWidget(widget)
            else:
                questions.addWidget(self.pain_check)
                questions.addWidget(self.pain)
            questions.addSpacing(6)
        self.checkin_note = QLabel(self.tr("These are quick personal check-ins, not clinical questionnaires."))
        self.checkin_note.setWordWrap(True)
        self.checkin_note.setAccessibleName(self.tr("About the check-in"))
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_checkin_button)
        save_row.addWidget(self.checkin_status, 1)
        checkin_layout = QVBoxLayout(self.checkin_box)
        checkin_layout.addLayout(questions)
        checkin_layout.addWidget(self.checkin_note)
        checkin_layout.addLayout(save_row)

        # Recent entries.
        self.recent_box = QGroupBox(self.tr("Recent entries"))
        self.recent_model = RecentEntriesModel(self)
        self.recent_view = QTableView()
        self.recent_view.setModel(self.recent_model)
        self.recent_view.setAccessibleName(self.tr("Recent entries"))
        self.recent_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recent_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_view.setShowGrid(False)
        self.recent_view.setWordWrap(False)
        self.recent_view.verticalHeader().hide()
        self.recent_view.setCornerButtonEnabled(False)
        corner = self.recent_view.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:  # Qt's own corner button (hidden, disabled) still reaches screen readers
            corner.setAccessibleName(self.tr("Select all recent entries"))
        self.recent_view.setTabKeyNavigation(False)
        header = self.recent_view.horizontalHeader()
        header.setSectionResizeMode(RecentEntriesModel.COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RecentEntriesModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.recent_view.activated.connect(self._open_entry)
        self.recent_view.clicked.connect(self._open_entry)
        self.no_entries = QLabel(self.tr("No entries yet. What you write, and the prompts you answer, will "
                                         "appear here."))
        self.no_entries.setWordWrap(True)
        self.no_entries.setAccessibleName(self.tr("No entries yet"))
        # Shown for the moment after unlocking a large journal while its entries are being decoded.
        self.entries_loading = QLabel(self.tr("Opening your entries…"))
        self.entries_loading.setAccessibleName(self.tr("Opening your entries"))
        self.entries_loading.hide()
        recent_layout = QVBoxLayout(self.recent_box)
        recent_layout.addWidget(self.recent_view)
        recent_layout.addWidget(self.no_entries)
        recent_layout.addWidget(self.entries_loading)

        # The next planned session.
        self.next_box = QGroupBox(self.tr("Next session"))
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setAccessibleName(self.tr("Next planned session"))
        next_layout = QVBoxLayout(self.next_box)
        next_layout.addWidget(self.next_label)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.heading)
        column.addWidget(self.date_label)
        column.addWidget(self.first_session_box)
        column.addWidget(self.due_box)
        column.addWidget(self.measure_box)
        column.addWidget(self.checkin_box)
        column.addWidget(self.recent_box)
        column.addWidget(self.next_box)
        column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        # It takes focus (Page Up/Down scroll the page): named for screen readers like every control.
        self.scroll.setAccessibleName(self.tr("Today's overview"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_due)
        self.timer.start()
        self.refresh()

    # --- words ---

    def describe(self, item: DueItem) -> tuple[str, str]:
        """A card's title and one line about it."""
        date = local_date_text(item.session_when)
        titles = {
            Phase.PREPARATION: self.tr("Preparing for your session on {date}"),
            Phase.SAME_DAY: self.tr("Same day — your session of {date}"),
            Phase.NEXT_DAY: self.tr("Next day — your session of {date}"),
            Phase.FEW_DAYS: self.tr("A few days on — your session of {date}"),
            Phase.ONE_WEEK: self.tr("A week on — your session of {date}"),
            Phase.ONGOING: self.tr("Weekly reflection — since your session of {date}"),
        }
        details = {
            Phase.PREPARATION: self.tr("A few questions that may help you get ready."),
            Phase.SAME_DAY: self.tr("A few taps, no typing needed. Keep it brief today."),
            Phase.NEXT_DAY: self.tr("A few questions now that you have slept on it."),
            Phase.FEW_DAYS: self.tr("What has stayed with you, and what has faded?"),
            Phase.ONE_WEEK: self.tr("A look back over the week."),
            Phase.ONGOING: self.tr("A short look at the past week."),
        }
        return titles[item.phase].format(date=date), details[item.phase]

    def describe_measure(self, item: MeasureDue) -> tuple[str, str]:
        title = self.tr("{title} questionnaire").format(title=item.short_title)
        if item.last_taken is None:
            detail = self.tr("You have not answered it yet. It takes a few minutes.")
        else:
            detail = self.tr("Last answered on {date}; you asked to be reminded every {days} days.").format(
                date=local_date_text(item.last_taken), days=item.interval_days)
        return title, detail

    # --- refreshing ---

    def _schedule(self) -> Schedule:
        return Schedule(self.ctx.journal)

    def refresh(self) -> None:
        if self.ctx is None or self.ctx.journal is None:
            return
        now = self.ctx.journal.now()
        today = now.astimezone().date()
        self.date_label.setText(QLocale().toString(QDate(today.year, today.month, today.day),
                                                   QLocale.FormatType.LongFormat))
        self.refresh_due()
        # While the unlock is still decoding entries, asking for them would wait for all of them; the
        # main window refreshes this page when they are in.
        loading = self.ctx.journal.loading
        entries = [] if loading else self.ctx.journal.list(kind=Entry, light=True)[:RECENT_COUNT]
        self.recent_model.set_rows(entries)
        self._fit_recent_view()
        self.recent_view.setVisible(bool(entries))
        self.no_entries.setVisible(not entries and not loading)
        self.entries_loading.setVisible(loading)
        self.first_session_box.setVisible(not self.ctx.journal.list(kind=TreatmentSession))
        upcoming = self._schedule().next_planned_session(now)
        self.next_label.setText(self._describe_next(upcoming) if upcoming else
                                self.tr("No upcoming session is logged. When you log one with a date ahead, "
                                        "it will show here."))
        self.load_checkin()

    def log_first_session(self) -> None:
        """The session form, new, on the Sessions page."""
        self.ctx.navigate("sessions", new=True)

    def _fit_recent_view(self) -> None:
        """As tall as its rows: a handful of entries needs no scrolling box of its own."""
        view = self.recent_view
        view.resizeRowsToContents()
        rows = sum(view.rowHeight(row) for row in range(self.recent_model.rowCount()))
        view.setFixedHeight(rows + view.horizontalHeader().sizeHint().height() + 2 * view.frameWidth() + 2)

    def refresh_due(self) -> None:
        if self.ctx is None or self.ctx.journal is None:
            return
        drafts = open_drafts(self.ctx.journal)
        resumable = {d.state.get("due") for d in drafts}
        due = self._schedule().due()
        shown = [(card.item, card.resumable) for card in self.cards]
        if shown != [(item, item.key in resumable) for item in due]:
            self._rebuild_cards(due, resumable)
        self.nothing_due.setVisible(not self.cards)
        free_draft = any(d.state.get("due") is None for d in drafts)
        self.reflect_button.setText(self.tr("Continue your &reflection") if free_draft
                                    else self.tr("Start a &reflection"))
        self.reflect_button.setAccessibleName(self.reflect_button.text().replace("&", ""))
        self.refresh_measures()

    def _measures(self) -> MeasureReminders:
        return MeasureReminders(self.ctx.journal)

    def refresh_measures(self) -> None:
        due = self._measures().due()
        if [card.item for card in self.measure_cards] != due:
            for card in self.measure_cards:
                self.measure_cards_layout.removeWidget(card)
                card.hide()
                card.deleteLater()
            self.measure_cards = []
            for item in due:
                card = MeasureCard(self, item)
                self.measure_cards_layout.addWidget(card)
                card.show()
                self.measure_cards.append(card)
        self.measure_box.setVisible(bool(self.measure_cards))

    def _rebuild_cards(self, due: list[DueItem], resumable: set[Any]) -> None:
        # Only when something changed: a periodic refresh must not take focus away from a card.
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []
        for item in due:
            card = DueCard(self, item, item.key in resumable)
            self.cards_layout.addWidget(card)
            card.show()
            self.cards.append(card)

    def _describe_next(self, session: TreatmentSession) -> str:
        local = local_qdatetime(session.when)
        locale = QLocale()
        when = self.tr("{date} at {time}").format(
            date=locale.toString(local.date(), QLocale.FormatType.LongFormat),
            time=locale.toString(local.time(), short_time_format()))
        place = session.clinic or session.provider
        if place:
            return self.tr("{when}, {place}").format(when=when, place=place)
        return when

    def load_checkin(self) -> None:
        """Show today's check-in if there is one (to update it), else empty sliders."""
        today = self.ctx.today()
        found = [c for c in self.ctx.journal.list(kind=CheckIn) if c.date == today]
        self._checkin = found[0] if found else None
        focus = treatment_focus(self.ctx.journal)
        checkin = self._checkin
        self.mood.set_value(checkin.mood if checkin else None)
        self.anxiety.set_value(checkin.anxiety if checkin else None)
        with_pain = (checkin.pain is not None) if checkin else TreatmentFocus.CHRONIC_PAIN in focus
        self.pain_check.setChecked(with_pain)
        self.pain.setEnabled(with_pain)
        self.pain.set_value(checkin.pain if checkin else None)
        self.sleep.setValue(checkin.sleep_hours if checkin and checkin.sleep_hours is not None
                            else self.sleep.minimum())
        if checkin:
            self.save_checkin_button.setText(self.tr("Update &check-in"))
            self.checkin_status.setText(self.tr("Today's check-in is saved. You can change it."))
        else:
            self.save_checkin_button.setText(self.tr("&Save check-in"))
            self.checkin_status.setText(self.tr("Mood and anxiety are needed; pain and sleep are optional."))
        self.save_checkin_button.setAccessibleName(self.save_checkin_button.text().replace("&", ""))
        self._update_save()

    def _update_save(self, *_args: Any) -> None:
        ready = self.mood.value() is not None and self.anxiety.value() is not None
        if self.pain_check.isChecked() and self.pain.value() is None:
            ready = False
        self.save_checkin_button.setEnabled(ready)

    # --- acting ---

    def save_checkin(self) -> None:
        mood, anxiety = self.mood.value(), self.anxiety.value()
        if mood is None or anxiety is None:
            return
        pain = self.pain.value() if self.pain_check.isChecked() else None
        sleep = self.sleep.value()
        sleep_hours = None if sleep < 0 else sleep
        journal = self.ctx.journal
        today = journal.today()
        try:
            if self._checkin is not None and self._checkin.id in journal:
                saved = journal.update(dataclasses.replace(self._checkin, mood=mood, anxiety=anxiety, pain=pain,
                                                           sleep_hours=sleep_hours))
            else:
                saved = journal.add(CheckIn(date=today, mood=mood, anxiety=anxiety, pain=pain,
                                            sleep_hours=sleep_hours))
        except JournalError:
            self.ctx.dialogs.warn(self, self.tr("Quick check-in"),
                                  self.tr("The check-in could not be saved. Nothing was changed."))
            return
        self._checkin = saved
        self.ctx.notify_changed("checkin")
        self.load_checkin()
        self.checkin_status.setText(self.tr("Saved."))

    def start(self, item: DueItem) -> None:
        self.open_wizard(item.phase, item.session_id)

    def start_reflection(self) -> None:
        journal = self.ctx.journal
        for draft in open_drafts(journal):
            if draft.state.get("due") is None:
                self.open_wizard(None, None)  # resumes the newest unfinished sitting
                return
        latest = latest_past_session(journal.list(kind=TreatmentSession), journal.now())
        self.open_wizard(Phase.ONGOING, latest.id if latest else None)

    def open_wizard(self, phase: Phase | None, session_id: bytes | None) -> PromptWizard:
        if self.wizard is not None:
            self.wizard.raise_()
            return self.wizard
        self.wizard = PromptWizard(self.ctx, phase, session_id, parent=self)
        self.wizard.finished.connect(self._wizard_closed)
        self.wizard.open()
        return self.wizard

    def _wizard_closed(self, _result: int) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        self.refresh()

    def snooze(self, item: DueItem, until: dt.datetime) -> None:
        self._schedule().snooze(item.key, until)
        self.ctx.notify_changed("draft")
        self.refresh_due()

    def snooze_until_tomorrow(self, item: DueItem) -> None:
        self._schedule().snooze_until_tomorrow(item.key)
        self.ctx.notify_changed("draft")
        self.refresh_due()

    def dismiss(self, item: DueItem) -> None:
        self._schedule().dismiss(item.key)
        self.ctx.notify_changed("draft")
        self.refresh_due()

    def start_measure(self, item: MeasureDue) -> None:
        self.ctx.navigate(MEASURES_PAGE, instrument=item.instrument)

    def snooze_measure(self, item: MeasureDue, until: dt.datetime | None) -> None:
        """Until `until`, or (None) until tomorrow morning."""
        if until is None:
            self._measures().snooze_until_tomorrow(item.instrument)
        else:
            self._measures().snooze(item.instrument, until)
        self.ctx.notify_changed("draft")
        self.refresh_due()

    def dismiss_measure(self, item: MeasureDue) -> None:
        self._measures().dismiss(item.instrument)
        self.ctx.notify_changed("draft")
        self.refresh_due()

    def _open_entry(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.navigate("journal", entry_id=self.recent_model.entry_at(index.row()).id)

    # --- page hooks ---

    def activate(self, **args: Any) -> None:
        self.refresh()

    def records_changed(self, kinds: set[str]) -> None:
        if not kinds & _WATCHED_KINDS:
            return
        if "checkin" in kinds or "profile" in kinds:
            self.refresh()
        else:
            # Keep a check-in being adjusted: only the rest of the page follows other changes.
            checkin_widgets = (self.mood.value(), self.anxiety.value(), self.pain.value(), self.sleep.value())
            self.refresh()
            self._restore_checkin(checkin_widgets)

    def _restore_checkin(self, values: tuple[Any, Any, Any, float]) -> None:
        mood, anxiety, pain, sleep = values
        self.mood.set_value(mood)
        self.anxiety.set_value(anxiety)
        self.pain.set_value(pain)
        self.sleep.setValue(sleep)
        self._update_save()

    def save_state(self) -> None:
        if self.wizard is not None:
            self.wizard.save_state()

    def clear(self) -> None:
        self.timer.stop()
        if self.wizard is not None:
            wizard, self.wizard = self.wizard, None
            wizard.finished.disconnect(self._wizard_closed)
            wizard.clear()
            wizard.deleteLater()
        for card in self.cards + self.measure_cards:
            card.deleteLater()
        self.cards = []
        self.measure_cards = []
        self.recent_model.clear()
        for slider in (self.mood, self.anxiety, self.pain):
            slider.set_value(None)
        self.sleep.setValue(self.sleep.minimum())
        self.next_label.clear()
        self._checkin = None
        self.ctx = None  # type: ignore[assignment]
