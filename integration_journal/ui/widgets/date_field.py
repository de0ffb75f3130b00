"""The one date field of the app: typed freely in the locale's order with a four-digit year, checked
as a whole when it is committed (never per keystroke), with a calendar and the arrow keys.

Qt's own date edit checks every section as it is typed, against its range and against the month it
shows: with "today" as its maximum, a day typed first landed in the current month and was dropped
when still to come (28.11.2026 typed on 7 December saved 2 November); and in a day-first order a
30 or 31 typed while a shorter month shows is cut to 3 (31.01.2027 typed in February saved
3 January). Here the text is read only when the person commits it: Enter, leaving the field, an
arrow key, the calendar, or a page reading the value. A text that is not a date, or a day after the
latest allowed one, is refused with a message under the field, and the last good date stays.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from integration_journal.ui.models import short_date_format, short_time_format
from integration_journal.ui.widgets.form_parts import paragraph, show_problem

EARLIEST = dt.date(1900, 1, 1)

Latest = Callable[[], dt.date] | dt.date | None
_DAY_STEPS = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}
_MONTH_STEPS = {Qt.Key.Key_PageUp: 1, Qt.Key.Key_PageDown: -1}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


class DateTextError(ValueError):
    """Typed text that is not a date (or a date and time) in the expected form; the message says why."""


def date_order(pattern: str) -> str:
    """"dmy", "mdy" or "ymd": the order of day, month and year in a Qt date pattern."""
    firsts = {part: pattern.find(letter) for part, letter in (("d", "d"), ("m", "M"), ("y", "y"))}
    return "".join(sorted(firsts, key=firsts.get))


def format_hint(pattern: str) -> str:
    """The pattern as a person reads it: "DD.MM.YYYY", "MM/DD/YYYY" (the time part as "HH:MM")."""
    hint = re.sub(r"d+", "DD", pattern)
    hint = re.sub(r"M+", "MM", hint)
    hint = re.sub(r"y+", "YYYY", hint)
    hint = re.sub(r"[hH]+", "HH", hint)
    hint = re.sub(r"m+", "MM", hint)
    hint = re.sub(r"s+", "SS", hint)
    return re.sub(r"[aA][pP]|[aA]", "AM/PM", hint)


def parse_date_text(text: str, pattern: str, *, with_time: bool = False,
                    locale: QLocale | None = None) -> dt.date | dt.datetime:
    """The date (or naive date and time) that `text` gives, read in the order of `pattern`.

    Any separators are accepted ("28.11.2026", "28 11 2026", "28/11/2026"); a text starting with a
    four-digit year is read as year, month, day in any locale (ISO 8601). The year must have all four
    digits: "26" could be 1926 or 2026. Times take an optional AM/PM in the locale's words."""
    locale = locale or QLocale()
    numbers = re.findall(r"\d+", text)
    meridiem = None
    if with_time:
        lowered = text.casefold()
        for words, value in ((locale.pmText(), "pm"), ("pm", "pm"), (locale.amText(), "am"), ("am", "am")):
            if words and words.casefold() in lowered:
                meridiem = value
                break
    wanted = 5 if with_time else 3
    if with_time and len(numbers) == 3:
        numbers.append("0")
        numbers.append("0")  # a day without a time: midnight
    if len(numbers) != wanted:
        raise DateTextError(_tr("“{text}” is not a date. Type it as {hint}.").format(
            text=text.strip(), hint=format_hint(pattern)))
    date_numbers = numbers[:3]
    order = "ymd" if len(date_numbers[0]) == 4 else date_order(pattern)
    parts = dict(zip(order, date_numbers, strict=True))
    if len(parts["y"]) != 4:
        raise DateTextError(_tr("Please give the year with all four digits ({hint}).").format(
            hint=format_hint(pattern)))
    try:
        day = dt.date(int(parts["y"]), int(parts["m"]), int(parts["d"]))
    except ValueError:
        raise DateTextError(_tr("“{text}” is not a date. Type it as {hint}.").format(
            text=text.strip(), hint=format_hint(pattern))) from None
    if not with_time:
        return day
    hour, minute = int(numbers[3]), int(numbers[4])
    if meridiem is not None:
        if not 1 <= hour <= 12:
            raise DateTextError(_tr("“{text}” is not a time of day.").format(text=text.strip()))
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise DateTextError(_tr("“{text}” is not a time of day.").format(text=text.strip()))
    return dt.datetime.combine(day, dt.time(hour, minute))


class _Edit(QLineEdit):
    """The text of the date: arrow keys move it a day (Page Up/Down a month), Alt+Down or F4 opens
    the calendar; each of those commits, like Enter."""

    def __init__(self, field: DateField) -> None:
        super().__init__()
        self._field = field

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self._field.open_calendar()
            return
        if key in _DAY_STEPS:
            self._field.step(days=_DAY_STEPS[key])
            return
        if key in _MONTH_STEPS:
            self._field.step(months=_MONTH_STEPS[key])
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A calendar day (or a day and a time, with `with_time`), typed in the locale's order.

    `latest` is the last day that may be chosen: a date, a function giving one (e.g. the journal's
    today, read at each commit, so the rule follows midnight), or None for no limit. `none_text`
    makes the field optional: empty stands for "no date" and shows that text, and the arrow keys
    start from `suggest()` (default: the latest day, or the computer's today).
    `day_changed` is emitted with the new day (or None) only for a committed, allowed change.
    """

    day_changed = Signal(object)

    def __init__(self, *, latest: Latest = None, earliest: dt.date = EARLIEST, with_time: bool = False,
                 none_text: str | None = None, suggest: Callable[[], dt.date] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._latest: Latest = latest
        self._earliest = earliest
        self._with_time = with_time
        self._none_text = none_text
        self._suggest = suggest
        self.optional = none_text is not None
        # Until the page sets a day: empty, or the computer's today (pages set theirs right away).
        self._committed: dt.datetime | None = None if self.optional else dt.datetime.combine(
            dt.date.today(), dt.time(0, 0))
        self.edit = _Edit(self)
        self.edit.editingFinished.connect(self._typed)
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down or F4 from the field
        self.calendar_button.setAccessibleName(_tr("Choose from a calendar"))
        self.calendar_button.setToolTip(_tr("Choose from a calendar (Alt+Down)"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.popup: QFrame | None = None  # the calendar's window, made when first opened
        self.calendar: QCalendarWidget | None = None
        self.message = paragraph("")
        self.message.setVisible(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(self.edit.focusPolicy())  # a label's mnemonic focuses only a focusable buddy
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.apply_locale()

    # --- what pages use -----------------------------------------------------------------------------

    def commit(self) -> bool:
        """Take what is typed as the value, as Enter would. False when it was refused (not a date, or
        a day after the latest): the message says why, and an action that reads the day should not go
        ahead."""
        text = self.edit.text().strip()
        if text == self._shown(self._committed):
            return True
        if not text and self.optional:
            self._accept(None)
            return True
        try:
            value = parse_date_text(text, self._pattern(), with_time=self._with_time)
        except DateTextError as exc:
            self._refuse(str(exc))
            return False
        moment = value if isinstance(value, dt.datetime) else dt.datetime.combine(value, dt.time(0, 0))
        latest = self.latest()
        if latest is not None and moment.date() > latest:
            self._refuse(_tr("{day} can't be chosen: the last day here is {latest}.").format(
                day=self._shown(moment, with_time=False), latest=self._shown_day(latest)))
            return False
        if moment.date() < self._earliest:
            self._refuse(_tr("{day} can't be chosen: the first day here is {earliest}.").format(
                day=self._shown(moment, with_time=False), earliest=self._shown_day(self._earliest)))
            return False
        self._accept(moment)
        return True

    def day(self) -> dt.date | None:
        """The committed day; anything typed but not yet committed is committed (or refused) first."""
        self.commit()
        return None if self._committed is None else self._committed.date()

    def set_day(self, day: dt.date | None) -> None:
        """Show `day` (None: empty, for an optional field). Emits day_changed when it changes, like any
        committed change; a day outside the allowed range is shown as the nearest allowed one."""
        if day is None:
            if not self.optional:
                raise ValueError("this date field needs a date")
            self._accept(None)
            return
        time = self._committed.time() if self._committed is not None else dt.time(0, 0)
        self._accept(dt.datetime.combine(self._bounded(day), time))

    def wall_time(self) -> dt.datetime:
        """With `with_time`: the committed day and time, as naive local wall-clock time."""
        self.commit()
        if self._committed is None:
            raise ValueError("no date chosen")
        return self._committed

    def committed_wall_time(self) -> dt.datetime | None:
        """The last committed day and time (naive local), leaving what is being typed alone: for live
        previews that must not commit half a date."""
        return self._committed

    def set_wall_time(self, moment: dt.datetime) -> None:
        """Show a day and time; an aware `moment` is shown in the computer's zone."""
        if moment.tzinfo is not None:
            moment = moment.astimezone().replace(tzinfo=None)
        self._accept(moment.replace(second=0, microsecond=0))

    def step(self, *, days: int = 0, months: int = 0) -> None:
        """Move the date (as the arrow keys do), from what is typed if it is a date; commits."""
        if not self.commit():
            return
        if self._committed is None:
            self.set_day(self.suggestion())
            return
        moved = _add_months(self._committed.date(), months) + dt.timedelta(days=days)
        self.set_day(moved)

    def suggestion(self) -> dt.date:
        """Where the arrows and the calendar start in an empty optional field."""
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
        hint = format_hint(self._pattern())
        self.edit.setPlaceholderText(self._none_text if self.optional else hint)
        self.edit.setAccessibleDescription(_tr("Type the date as {hint}").format(hint=hint))
        sample = self._shown(dt.datetime(2000, 12, 28, 22, 58))
        metrics = self.edit.fontMetrics()
        width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(self.edit.placeholderText()))
        self.edit.setMinimumWidth(width + 2 * metrics.averageCharWidth() + 12)
        self.edit.setText(self._shown(self._committed))

    def open_calendar(self) -> None:
        """A calendar under the field; a click (or Enter) on a day chooses it, Escape closes it."""
        self.commit()  # what is typed, if it is a date, is where the calendar opens
        if self.popup is None:
            self.popup = QFrame(self, Qt.WindowType.Popup)
            self.popup.setFrameShape(QFrame.Shape.StyledPanel)
            self.calendar = QCalendarWidget(self.popup)
            self.calendar.setAccessibleName(_tr("Calendar"))
            self.calendar.clicked.connect(self._calendar_chose)
            self.calendar.activated.connect(self._calendar_chose)
            QVBoxLayout(self.popup).addWidget(self.calendar)
        self.calendar.setMinimumDate(_qdate(self._earliest))
        latest = self.latest()
        self.calendar.setMaximumDate(_qdate(latest) if latest is not None else QDate(9999, 12, 31))
        current = self._committed.date() if self._committed is not None else self.suggestion()
        self.calendar.setSelectedDate(_qdate(current))
        self.popup.adjustSize()
        self.popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.popup.show()
        self.calendar.setFocus()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming, forwarded to the edit
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt naming, forwarded to the edit
        super().setToolTip(text)
        self.edit.setToolTip(text)

    def hasFocus(self) -> bool:  # noqa: N802 - Qt naming: the field has focus when its edit has
        return self.edit.hasFocus()

    # --- inside ---------------------------------------------------------------------------------------

    def _pattern(self) -> str:
        date = short_date_format()
        return f"{date} {short_time_format()}" if self._with_time else date

    def _shown(self, moment: dt.datetime | None, *, with_time: bool | None = None) -> str:
        if moment is None:
            return ""
        with_time = self._with_time if with_time is None else with_time
        if with_time:
            return QLocale().toString(QDateTime(_qdate(moment.date()), QTime(moment.hour, moment.minute)),
                                      self._pattern())
        return QLocale().toString(_qdate(moment.date()), short_date_format())

    def _shown_day(self, day: dt.date) -> str:
        return QLocale().toString(_qdate(day), short_date_format())

    def _bounded(self, day: dt.date) -> dt.date:
        latest = self.latest()
        if latest is not None:
            day = min(day, latest)
        return max(day, self._earliest)

    def _typed(self) -> None:
        # A slot of its own: PySide mishandles the reference count of a bool a slot returns.
        self.commit()

    def _calendar_chose(self, date: QDate) -> None:
        self.popup.hide()
        self.set_day(date.toPython())
        self.edit.setFocus()

    def _accept(self, moment: dt.datetime | None) -> None:
        show_problem(self.message, "")
        self.edit.setText(self._shown(moment))
        if moment == self._committed:
            return
        self._committed = moment
        self.day_changed.emit(None if moment is None else moment.date())

    def _refuse(self, why: str) -> None:
        kept = self._shown(self._committed) or self._none_text or ""
        show_problem(self.message, _tr("{why} The date is still {kept}.").format(why=why, kept=kept))
        self.edit.setText(self._shown(self._committed))
