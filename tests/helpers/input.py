"""Typing and clicking as a person does, for the app's own widgets."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QPoint, Qt, QTime, QTimer
from PySide6.QtWidgets import QAbstractButton, QCheckBox

from integration_journal.ui.models import short_date_format, short_time_format
from integration_journal.ui.widgets.date_field import DateField

LEFT = Qt.MouseButton.LeftButton


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


def click(qtbot, button: QAbstractButton) -> None:
    """Click a button a person can see and use (a check box on its box, not its label)."""
    assert button.isVisible() and button.isEnabled(), button.text()
    if isinstance(button, QCheckBox):
        qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, LEFT)


def choose_from_menu(qtbot, button: QAbstractButton, presses_down: int) -> None:
    """Open a button's menu with a click and pick an entry with the arrow keys and Enter."""
    menu = button.menu()
    picked: list[bool] = []
    tries: list[int] = []

    def pick() -> None:
        if not menu.isVisible():
            tries.append(1)
            if len(tries) < 250:  # the menu opens from the event loop (and blocks in it)
                QTimer.singleShot(20, pick)
            return
        for _ in range(presses_down):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)
        menu.close()  # never leave a test blocked in the menu's loop
        picked.append(True)

    QTimer.singleShot(0, pick)
    click(qtbot, button)
    qtbot.waitUntil(lambda: bool(picked))
