"""The one date field of the app: the person's locale order, a four-digit year, and "not after today"
checked when a date is committed, never per keystroke.

Qt's own date edit checks its range on every keystroke. With "today" as its maximum, a day typed
first lands in the current month and Qt drops the keystroke when that day is still to come, so
typing 28.11.2026 on 7 December saved 2 November. Here Qt's range is wide, so any section can be
typed; the committed date (Enter, leaving the field, the arrows, the calendar, or a page reading the
value) is then checked against the latest allowed day, and a date after it is refused with a message
beside the field while the last good date stays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QSizePolicy, QVBoxLayout, QWidget

from integration_journal.ui.models import (
    date_text,
    short_date_format,
    short_time_format,
)
from integration_journal.ui.widgets.form_parts import paragraph, show_problem

EARLIEST = dt.date(1900, 1, 1)
_QT_LATEST = QDate(9999, 12, 31)

Latest = Callable[[], dt.date] | dt.date | None
_STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _Edit(QDateTimeEdit):
    """Qt's date-time edit, with two mends for an optional field showing its "no date" text: Tab
    moves on (Qt keeps Tab to look for a next date section that is not there, a keyboard trap), and
    typing a digit or pressing an arrow starts from the suggested day rather than from the hidden
    first day (which would offer 2 January 2000)."""

    def __init__(self, field: DateField) -> None:
        super().__init__()
        self._field = field

    def _showing_none(self) -> bool:
        return self._field.optional and self.date() == self.minimumDate()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802,A002 - Qt override
        if self._showing_none():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self._showing_none() and (event.text().isdigit() or event.key() in _STEP_KEYS):
            self._field.set_day(self._field.suggestion())
            first = self.sectionAt(0)
            self.setCurrentSection(first)
            self.setSelectedSection(first)
            if not event.text().isdigit():
                return  # the arrow has brought the suggested day: that is the step
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override (arrow buttons, wheel)
        if self._showing_none():
            self._field.set_day(self._field.suggestion())
            return
        super().stepBy(steps)


class DateField(QWidget):
    """A calendar day (or a day and a time, with `with_time`), typed in the locale's order.

    `latest` is the last day that may be chosen: a date, a function giving one (e.g. today, read
    when a date is committed, so the rule follows midnight), or None for no limit. `none_text`
    makes the field optional: its first day stands for "no date" and shows that text, and typing
    into it starts from `suggest()` (default: the latest day, or today's date on the computer).
    `day_changed` is emitted with the new day (or None) only for a committed, allowed change.
    """

    day_changed = Signal(object)

    def __init__(self, *, latest: Latest = None, earliest: dt.date = EARLIEST, with_time: bool = False,
                 none_text: str | None = None, suggest: Callable[[], dt.date] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._latest: Latest = latest
        self._suggest = suggest
        self._with_time = with_time
        self.optional = none_text is not None
        self.edit = _Edit(self)
        # Signals only for a committed value (Enter, focus out, arrows, calendar): a day typed before
        # its month is not a choice yet.
        self.edit.setKeyboardTracking(False)
        self.edit.setCalendarPopup(True)
        self.edit.setDateRange(QDate(earliest.year, earliest.month, earliest.day), _QT_LATEST)
        if none_text is not None:
            self.edit.setSpecialValueText(none_text)
        self.edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.message = paragraph("")
        self.message.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(self.edit.focusPolicy())  # a label's mnemonic focuses only a focusable buddy
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.apply_locale()
        self._committed = self.edit.dateTime()
        self._refused = False
        self.edit.dateTimeChanged.connect(self._commit)

    # --- what pages use -----------------------------------------------------------------------------

    def commit(self) -> bool:
        """Take what is typed as the value, as Enter would. False when it was refused (a day after
        the latest): the message says so, and an action that reads the day should not go ahead."""
        self._refused = False
        self.edit.interpretText()
        return not self._refused

    def day(self) -> dt.date | None:
        """The committed day; anything typed but not yet committed is committed (or refused) first."""
        self.commit()
        date = self._committed.date()
        if self.optional and date == self.edit.minimumDate():
            return None
        return date.toPython()

    def set_day(self, day: dt.date | None) -> None:
        """Show `day` (None: the "no date" text of an optional field). Emits day_changed when it
        changes, like any committed change; a day after the latest is shown as the latest."""
        if day is None:
            if not self.optional:
                raise ValueError("this date field needs a date")
            target = self.edit.minimumDate()
        else:
            latest = self.latest()
            target = _qdate(min(day, latest) if latest is not None else day)
        self.edit.setDateTime(QDateTime(target, self.edit.time()))

    def wall_time(self) -> dt.datetime:
        """With `with_time`: the committed day and time, as naive local wall-clock time."""
        self.commit()
        return self._committed.toPython().replace(second=0, microsecond=0)

    def set_wall_time(self, moment: dt.datetime) -> None:
        self.edit.setDateTime(QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute)))

    def suggestion(self) -> dt.date:
        """Where typing into an empty optional field starts."""
        if self._suggest is not None:
            return self._suggest()
        return self.latest() or dt.date.today()

    def latest(self) -> dt.date | None:
        return self._latest() if callable(self._latest) else self._latest

    def problem(self) -> str:
        """The message shown under the field, or "" when the last commit was allowed."""
        return self.message.text()

    def apply_locale(self) -> None:
        """Follow the current locale's order (call after the app's locale changes)."""
        pattern = short_date_format()
        self.edit.setDisplayFormat(f"{pattern} {short_time_format()}" if self._with_time else pattern)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming, forwarded to the edit
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def hasFocus(self) -> bool:  # noqa: N802 - Qt naming: the field has focus when its edit has
        return self.edit.hasFocus()

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt naming, forwarded to the edit
        super().setToolTip(text)
        self.edit.setToolTip(text)

    # --- the rule -----------------------------------------------------------------------------------

    def _is_none(self, date: QDate) -> bool:
        return self.optional and date == self.edit.minimumDate()

    def _commit(self, value: QDateTime) -> None:
        if value == self._committed:
            return
        latest = self.latest()
        day = value.date().toPython()
        if latest is not None and not self._is_none(value.date()) and day > latest:
            kept = self._committed
            blocked = self.edit.blockSignals(True)
            self.edit.setDateTime(kept)
            self.edit.blockSignals(blocked)
            self._refused = True
            show_problem(self.message, _tr("{day} can't be chosen: the last day here is {latest}. "
                                           "The date is still {kept}.").format(
                day=date_text(day), latest=date_text(latest), kept=self.edit.text()))
            return
        show_problem(self.message, "")
        self._committed = value
        self.day_changed.emit(None if self._is_none(value.date()) else day)
