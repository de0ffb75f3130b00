"""The Commitments tab: practices to carry into daily life, with check-offs."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.adherence import Adherence, recent, toggle_checkoff
from integration_journal.core.records import Cadence, Commitment, Domain, Record
from integration_journal.errors import JournalError, ValidationError
from integration_journal.ui.insights_models import CommitmentTableModel, cadence_label, domain_label
from integration_journal.ui.messages import describe
from integration_journal.ui.pages.base import PageContext
from integration_journal.ui.pages.insights.adherence_strip import AdherenceStrip
from integration_journal.ui.pages.insights.kinds import COMMITMENT_KIND
from integration_journal.ui.pages.insights.record_tab import _RecordTab
from integration_journal.ui.widgets.date_field import DateField
from integration_journal.ui.widgets.fonts import heading_font
from integration_journal.ui.widgets.form_parts import FormProblem
from integration_journal.ui.widgets.labels import wrapping_label
from integration_journal.ui.widgets.layout import fit_columns


def locale_week_start() -> int:
    """The first day of the week in the person's locale, as date.weekday() numbers it (0 = Monday)."""
    return QLocale().firstDayOfWeek().value - 1


class CommitmentsTab(_RecordTab):
    KIND = COMMITMENT_KIND

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, CommitmentTableModel(), parent)
        self.model.setParent(self)
        self._past_day_for: bytes | None = b""
        self.table.setAccessibleName(self.tr("Commitments"))
        # Active ones first; the sort is stable, so each group stays newest first as the journal lists them.
        self.table.sortByColumn(CommitmentTableModel.COL_STATUS, Qt.SortOrder.DescendingOrder)
        fit_columns(self.table, CommitmentTableModel.COL_TEXT)  # narrows rather than scrolling sideways
        self.new_button.setText(self.tr("&New commitment"))
        self.new_button.setAccessibleName(self.tr("New commitment"))
        self.empty_label.setText(self.tr(
            "No commitments yet. A commitment is a small practice you'd like to carry into daily life — "
            "ten minutes outside, a call to a friend each week. Check it off when you do it."))
        self.empty_label.setAccessibleName(self.tr("No commitments yet"))
        self.save_button.setText(self.tr("&Save commitment"))
        self.save_button.setAccessibleName(self.tr("Save commitment"))
        self.delete_button.setAccessibleName(self.tr("Delete this commitment"))

        self.text_edit = QLineEdit()
        self.text_edit.setAccessibleName(self.tr("The practice"))
        self.text_edit.setPlaceholderText(self.tr("e.g. ten minutes outside each morning"))
        self.form.addRow(self.tr("&Practice:"), self.text_edit)
        self.domain_combo = QComboBox()
        for domain in Domain:
            self.domain_combo.addItem(domain_label(domain), domain.value)
        self.domain_combo.setAccessibleName(self.tr("Integration domain"))
        self.form.addRow(self.tr("Do&main:"), self.domain_combo)
        self.cadence_combo = QComboBox()
        for cadence in Cadence:
            self.cadence_combo.addItem(cadence_label(cadence), cadence.value)
        self.cadence_combo.setAccessibleName(self.tr("Rhythm: how often you'd like to do it"))
        self.form.addRow(self.tr("Rh&ythm:"), self.cadence_combo)
        self.active_check = QCheckBox(self.tr("Acti&ve"))
        self.active_check.setAccessibleName(self.tr("Active (untick to pause it; its check-offs stay)"))
        self.active_check.setToolTip(self.tr("Untick to pause it; its check-offs stay"))
        self.form.addRow("", self.active_check)

        self.checkoff_box = QGroupBox(self.tr("Check-offs"))
        self.checkoff_box.setAccessibleName(self.tr("Check-offs"))
        checkoff_layout = QVBoxLayout(self.checkoff_box)
        self.today_check = QCheckBox(self.tr("Done &today"))
        self.today_check.setAccessibleName(self.tr("Done today"))
        self.today_check.toggled.connect(self._today_toggled)
        checkoff_layout.addWidget(self.today_check)
        past_form = QFormLayout()
        past_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        past_row = QHBoxLayout()
        past_label = QLabel(self.tr("Another d&ay:"))
        self.past_date = DateField(latest=self.ctx.today)  # no check-offs for the future
        self.past_date.setAccessibleName(self.tr("Another day to check off"))
        past_label.setBuddy(self.past_date)
        self.past_date.day_changed.connect(lambda _day: self._update_past_button())
        self.past_button = QPushButton()
        self.past_button.setAccessibleName(self.tr("Mark the chosen day as done, or not done"))
        self.past_button.clicked.connect(self._toggle_past_day)
        past_row.addWidget(self.past_date)
        past_row.addWidget(self.past_button)
        past_row.addStretch(1)
        past_form.addRow(past_label, past_row)
        checkoff_layout.addLayout(past_form)
        self.recent_heading = QLabel(self.tr("Last 4 weeks"))
        self.recent_heading.setFont(heading_font(self.font(), 1.0))
        checkoff_layout.addWidget(self.recent_heading)
        self.strip = AdherenceStrip()
        checkoff_layout.addWidget(self.strip)
        self.recent_label = wrapping_label()
        self.recent_label.setAccessibleName(self.tr("How the last four weeks went"))
        checkoff_layout.addWidget(self.recent_label)
        self.recent_note = wrapping_label(self.tr(
            "Counted by the rhythm you chose. A week or month that is still going only counts what you've "
            "done so far, and there are no streaks to keep."), secondary=True)
        checkoff_layout.addWidget(self.recent_note)
        self.unsaved_note = wrapping_label(self.tr("Save the commitment to start checking it off."), secondary=True)
        checkoff_layout.addWidget(self.unsaved_note)
        self.editor_layout.addWidget(self.checkoff_box)
        self.editor_layout.addStretch(1)

        for first, second in ((self.new_button, self.table), (self.table, self.text_edit),
                              (self.text_edit, self.domain_combo), (self.domain_combo, self.cadence_combo),
                              (self.cadence_combo, self.active_check), (self.active_check, self.today_check),
                              (self.today_check, self.past_date), (self.past_date, self.past_button),
                              (self.past_button, self.delete_button), (self.delete_button, self.save_button)):
            QWidget.setTabOrder(first, second)

    def first_field(self) -> QWidget:
        return self.text_edit

    def _texts(self) -> dict[str, str]:
        return {
            "new": self.tr("New commitment"),
            "edit": self.tr("Edit commitment"),
            "saved": self.tr("Saved."),
            "discard_title": self.tr("Discard changes?"),
            "discard": self.tr("The changes to this commitment have not been saved."),
            "delete_title": self.tr("Delete commitment?"),
            "delete": self.tr("Delete this commitment and its check-offs? If you only want a break from it, "
                              "you can untick “Active” instead."),
            "delete_accept": self.tr("Delete commitment"),
        }

    def _set_rows(self, rows: list[Record]) -> None:
        self.model.set_rows(rows, self.ctx.today(), week_start=locale_week_start())

    def _editor_state(self) -> Any:
        return (self.text_edit.text(), self.domain_combo.currentData(), self.cadence_combo.currentData(),
                self.active_check.isChecked())

    def _draft_fields(self) -> dict[str, Any]:
        return {"text": self.text_edit.text(), "domain": self.domain_combo.currentData(),
                "cadence": self.cadence_combo.currentData(), "active": self.active_check.isChecked()}

    def _apply_draft(self, fields: Mapping[str, Any]) -> None:
        text = fields.get("text")
        self.text_edit.setText(text if isinstance(text, str) else "")
        for combo, key in ((self.domain_combo, "domain"), (self.cadence_combo, "cadence")):
            index = combo.findData(fields.get(key))
            if index >= 0:
                combo.setCurrentIndex(index)
        if isinstance(fields.get("active"), bool):
            self.active_check.setChecked(fields["active"])

    def _load_editor(self, record: Record | None) -> None:
        commitment = record if isinstance(record, Commitment) else None
        self.text_edit.setText(commitment.text if commitment else "")
        self.domain_combo.setCurrentIndex(max(self.domain_combo.findData(
            commitment.domain.value if commitment else Domain.LIFESTYLE.value), 0))
        self.cadence_combo.setCurrentIndex(max(self.cadence_combo.findData(
            commitment.cadence.value if commitment else Cadence.DAILY.value), 0))
        self.active_check.setChecked(commitment.active if commitment else True)
        shown = commitment.id if commitment else None
        if shown != self._past_day_for:  # another commitment: start again from yesterday
            self._past_day_for = shown
            self.past_date.set_day(self.ctx.today() - dt.timedelta(days=1))
        self._show_checkoffs(commitment)

    def _after_fresh(self, record: Record | None) -> None:
        self._show_checkoffs(record if isinstance(record, Commitment) else None)

    def _show_checkoffs(self, commitment: Commitment | None) -> None:
        today = self.ctx.today()
        saved = commitment is not None
        for widget in (self.today_check, self.past_date, self.past_button):
            widget.setEnabled(saved)
        self.unsaved_note.setVisible(not saved)
        for widget in (self.recent_heading, self.strip, self.recent_label, self.recent_note):
            widget.setVisible(saved)
        self.today_check.blockSignals(True)
        self.today_check.setChecked(saved and today in commitment.checkoffs)
        self.today_check.blockSignals(False)
        if commitment is None:
            self.strip.set_marks(())
            self.recent_label.clear()
        else:
            result, marks = recent(commitment, today, week_start=locale_week_start())
            self.strip.set_marks(marks)
            self.recent_label.setText(self.recent_text(result, commitment))
        self._update_past_button()

    def recent_text(self, result: Adherence, commitment: Commitment) -> str:
        if result.expected is None:
            if result.days_done == 1:
                return self.tr("Done on 1 day.")
            return self.tr("Done on {count} days.").format(count=result.days_done)
        if result.expected == 0:
            return self.tr("Nothing to count yet: this started only recently.")
        text = self.tr("Done {done} of the {expected} times your rhythm asked for.").format(
            done=result.done, expected=result.expected)
        if not commitment.active:
            text += " " + self.tr("Paused for now.")
        return text

    def _stored(self) -> Commitment | None:
        if self._editing is None or self._editing.id not in self.ctx.journal:
            return None
        record = self.ctx.journal.get(self._editing.id)
        return record if isinstance(record, Commitment) else None

    def _update_past_button(self) -> None:
        stored = self._stored()
        day = self.past_date.day()
        done = stored is not None and day in stored.checkoffs
        self.past_button.setText(self.tr("Mark as not done") if done else self.tr("Mark as done"))

    def _today_toggled(self, checked: bool) -> None:
        self.check_off(self.ctx.today(), checked)

    def _toggle_past_day(self) -> None:
        stored = self._stored()
        if stored is None or not self.past_date.commit():
            return
        day = self.past_date.day()
        self.check_off(day, day not in stored.checkoffs)

    def check_off(self, day: dt.date, done: bool) -> None:
        """Record (or take back) that the commitment was done on `day`; unsaved words stay as typed."""
        stored = self._stored()
        if stored is None:
            return
        if day > self.ctx.today():
            self.show_problem(self.tr("Only today or earlier days can be checked off."))
            return
        try:
            updated = self.ctx.journal.update(dataclasses.replace(stored, checkoffs=toggle_checkoff(stored, day, done)))
        except JournalError as error:
            self.show_problem(describe(error))
            self._show_checkoffs(stored)
            return
        self.show_problem(None)
        self._editing = updated
        self.ctx.notify_changed(self.KIND)
        self.reload()

    def _editor_cleared(self) -> None:
        self.text_edit.clear()
        self.active_check.setChecked(True)
        self._show_checkoffs(None)

    def _build(self, base: Record | None) -> Record:
        text = self.text_edit.text().strip()
        if not text:
            raise FormProblem(self.text_edit, self.tr("Practice: please describe the practice in a few words."))
        values = dict(text=text, domain=Domain(self.domain_combo.currentData()),
                      cadence=Cadence(self.cadence_combo.currentData()), active=self.active_check.isChecked())
        try:
            return dataclasses.replace(base, **values) if base is not None else Commitment(**values)
        except ValidationError as error:
            raise FormProblem(self.text_edit, self.tr("Practice: {problem}").format(problem=error.problem)) from None
