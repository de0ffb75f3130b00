"""Typing and clicking as a person does, for the app's own widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime

from integration_journal.ui.models import short_date_format, short_time_format
from integration_journal.ui.widgets.date_field import DateField


def date_text(when: dt.date | dt.datetime, *, with_time: bool = False) -> str:
    """A date (and time) written the way the field shows it in the current locale."""
    day = QDate(when.year, when.month, when.day)
    if with_time and isinstance(when, dt.datetime):
        moment = QDateTime(day, QTime(when.hour, when.minute))
        return QLocale().toString(moment, f"{short_date_format()} {short_time_format()}")
    return QLocale().toString(day, short_date_format())


def type_date(qtbot, field: DateField, when: dt.date | dt.datetime, *, commit: bool = True) -> None:
    """Select what the field holds and type the date part by part in the locale's order, with its
    separators (and the time, for a date-and-time field); then press Enter, as a person does to say
    "this date", unless `commit` is False."""
    edit = field.edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    # A keyboard types a plain space where the locale writes a narrow no-break one ("9:05 AM").
    typed = "".join(" " if ch.isspace() else ch for ch in date_text(when, with_time=isinstance(when, dt.datetime)))
    qtbot.keyClicks(edit, typed)
    if commit:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_datetime(qtbot, field: DateField, when: dt.datetime, *, commit: bool = True) -> None:
    type_date(qtbot, field, when, commit=commit)
