"""Typing and clicking as a person does, for the app's own widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit

from integration_journal.ui.widgets.date_field import DateField

S = QDateTimeEdit.Section


def type_sections(qtbot, field: DateField, when: dt.date | dt.datetime, *, commit: bool = True) -> None:
    """Click into each part of the date (and time) in the order the locale shows them, and type it;
    then press Enter, as a person does to say "this date", unless `commit` is False."""
    edit = field.edit
    values = {S.DaySection: f"{when.day:02d}", S.MonthSection: f"{when.month:02d}", S.YearSection: f"{when.year:04d}"}
    if isinstance(when, dt.datetime):
        twelve_hour = "AP" in edit.displayFormat().upper()
        values[S.HourSection] = f"{(when.hour % 12) or 12:02d}" if twelve_hour else f"{when.hour:02d}"
        values[S.MinuteSection] = f"{when.minute:02d}"
        locale = edit.locale()
        values[S.AmPmSection] = locale.amText() if when.hour < 12 else locale.pmText()
    edit.setFocus()
    for i in range(edit.sectionCount()):
        section = edit.sectionAt(i)
        edit.setCurrentSection(section)
        edit.setSelectedSection(section)
        qtbot.keyClicks(edit, values[section])
    if commit:
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def type_date(qtbot, field: DateField, day: dt.date, *, commit: bool = True) -> None:
    type_sections(qtbot, field, day, commit=commit)


def type_datetime(qtbot, field: DateField, when: dt.datetime, *, commit: bool = True) -> None:
    type_sections(qtbot, field, when, commit=commit)
