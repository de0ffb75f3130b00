"""The one date field: typed part by part in the locale's order, on any day of the month, it keeps
what was typed; text that is not a date, or a day after the latest, is refused at commit with a
message, never by eating a keystroke; arrows, the calendar, optional and date-and-time fields; and
the app's single locale."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QTableView

from integration_journal.ui.app_locale import ui_locale
from integration_journal.ui.widgets.date_field import DateField, DateTextError, parse_date_text
from tests.helpers.input import date_text, type_date, type_datetime

D = dt.timedelta(days=1)
L = QLocale.Language
C = QLocale.Country

LOCALES = {
    "en_US": (QLocale(L.English, C.UnitedStates), "MM/DD/YYYY"),
    "en_GB": (QLocale(L.English, C.UnitedKingdom), "DD/MM/YYYY"),
    "de_DE": (QLocale(L.German, C.Germany), "DD.MM.YYYY"),
}
# The 1st, 5th and 28th of a month, one of them across a new year.
TODAYS = [dt.date(2026, 12, 1), dt.date(2027, 1, 5), dt.date(2026, 12, 28)]


def past_days(today: dt.date) -> list[dt.date]:
    """Days a person types: yesterday, the 28th of last month (a day number still to come in this
    month on the 1st and 5th: Qt's own date edit dropped its second digit), the 31st of a month
    (Qt cut it to 3 while a shorter month showed), a day late last year, and today."""
    last_month = today.replace(day=1) - D
    return [today - D, last_month.replace(day=28), dt.date(today.year - 1, 10, 31),
            dt.date(today.year - 1, 12, 27), today]


@pytest.fixture(params=list(LOCALES), ids=list(LOCALES))
def locale(request):
    qlocale, order = LOCALES[request.param]
    QLocale.setDefault(qlocale)  # the suite's conftest puts its own back after the test
    return order


def make_field(qtbot, **options) -> DateField:
    field = DateField(**options)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)
    return field


@pytest.mark.parametrize("today", TODAYS, ids=str)
def test_each_typed_day_is_the_day_kept(qtbot, locale, today) -> None:
    field = make_field(qtbot, latest=lambda: today)
    field.set_day(today - D)
    assert field.edit.placeholderText() == locale  # the order, as a hint
    assert str(today.year) in field.edit.text()  # always a four-digit year
    for day in past_days(today):
        seen = []
        field.day_changed.connect(seen.append)
        before = field.day()
        type_date(qtbot, field, day)
        assert field.day() == day, field.edit.text()
        assert field.problem() == ""
        assert seen == ([] if day == before else [day])  # once, for the committed day
        field.day_changed.disconnect(seen.append)


def test_nothing_is_chosen_until_the_date_is_committed(qtbot, locale) -> None:
    today = dt.date(2026, 12, 7)
    field = make_field(qtbot, latest=lambda: today)
    field.set_day(today - D)
    seen = []
    field.day_changed.connect(seen.append)
    type_date(qtbot, field, dt.date(2026, 11, 28), commit=False)
    assert seen == []  # "28" first would have meant 28 December: not a choice yet
    assert field.day() == dt.date(2026, 11, 28)  # a page reading the value commits what is typed
    assert seen == [dt.date(2026, 11, 28)]


def test_a_day_after_the_latest_is_refused_with_a_message(qtbot, locale) -> None:
    today = dt.date(2026, 12, 7)
    field = make_field(qtbot, latest=lambda: today)
    field.set_day(today - D)
    seen = []
    field.day_changed.connect(seen.append)
    type_date(qtbot, field, dt.date(2026, 12, 28), commit=False)
    assert not field.commit()
    assert field.day() == today - D and seen == []
    assert field.message.isVisibleTo(field) and "can't be chosen" in field.problem()
    assert field.edit.text() in field.problem()  # it names the day that stays
    assert field.edit.text() == date_text(today - D)
    type_date(qtbot, field, dt.date(2026, 11, 28))
    assert field.day() == dt.date(2026, 11, 28) and field.problem() == ""
    assert not field.message.isVisibleTo(field)


def test_the_latest_follows_a_clock(qtbot) -> None:
    now = [dt.date(2026, 12, 7)]
    field = make_field(qtbot, latest=lambda: now[0])
    field.set_day(now[0])
    type_date(qtbot, field, dt.date(2026, 12, 8))
    assert field.day() == dt.date(2026, 12, 7)  # tomorrow is refused today…
    now[0] += D
    type_date(qtbot, field, dt.date(2026, 12, 8))
    assert field.day() == dt.date(2026, 12, 8)  # …and taken after midnight


def test_without_a_latest_any_day_is_taken(qtbot, locale) -> None:
    field = make_field(qtbot)
    type_date(qtbot, field, dt.date(2031, 5, 6))
    assert field.day() == dt.date(2031, 5, 6)


def test_an_optional_field_can_be_empty_and_arrows_start_from_the_suggested_day(qtbot, locale) -> None:
    field = make_field(qtbot, none_text="Not planned yet", earliest=dt.date(2000, 1, 1),
                       suggest=lambda: dt.date(2026, 12, 7))
    field.set_day(None)
    assert field.day() is None and field.edit.text() == "" and field.edit.placeholderText() == "Not planned yet"
    type_date(qtbot, field, dt.date(2027, 1, 28))
    assert field.day() == dt.date(2027, 1, 28)
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)  # emptied: no date
    assert field.day() is None
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)  # an arrow brings the suggested day
    assert field.day() == dt.date(2026, 12, 7)
    with pytest.raises(ValueError):
        make_field(qtbot).set_day(None)


def test_text_that_is_not_a_date_is_refused_and_the_date_stays(qtbot, locale) -> None:
    field = make_field(qtbot)
    field.set_day(dt.date(2026, 12, 6))
    shown = field.edit.text()
    for text, words in (("31.02.2027", "is not a date"), ("12/5/26", "all four digits"), ("soon", "is not a date")):
        field.edit.setFocus()
        qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field.edit, text)
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)
        assert words in field.problem() and shown in field.problem()
        assert field.day() == dt.date(2026, 12, 6) and field.edit.text() == shown


def test_a_year_first_date_is_read_as_iso_in_every_locale(qtbot, locale) -> None:
    field = make_field(qtbot)
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.edit, "2026-11-28")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.day() == dt.date(2026, 11, 28)


def test_arrows_move_a_day_and_page_keys_a_month(qtbot, locale) -> None:
    field = make_field(qtbot, latest=lambda: dt.date(2026, 12, 7))
    field.set_day(dt.date(2026, 1, 31))
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.day() == dt.date(2026, 1, 30)
    qtbot.keyClick(field.edit, Qt.Key.Key_PageUp)
    assert field.day() == dt.date(2026, 2, 28)  # the month's last day, not 2 March
    field.set_day(dt.date(2026, 12, 7))
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.day() == dt.date(2026, 12, 7)  # not past the latest


def test_the_calendar_chooses_a_day_within_the_range(qtbot) -> None:
    field = make_field(qtbot, latest=lambda: dt.date(2026, 12, 7))
    field.set_day(dt.date(2026, 12, 1))
    seen = []
    field.day_changed.connect(seen.append)
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = field.calendar
    assert calendar.isVisible() and calendar.maximumDate() == QDate(2026, 12, 7)
    assert calendar.selectedDate() == QDate(2026, 12, 1)
    days = calendar.findChild(QTableView)
    for _ in range(11):
        qtbot.keyClick(days, Qt.Key.Key_Left)  # eleven days back, by keyboard
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert seen == [dt.date(2026, 11, 20)]
    assert not field.popup.isVisible()


def test_the_typed_text_is_read_in_the_pattern_order() -> None:
    assert parse_date_text("28.11.2026", "dd.MM.yyyy") == dt.date(2026, 11, 28)
    assert parse_date_text("11/28/2026", "M/d/yyyy") == dt.date(2026, 11, 28)
    assert parse_date_text("2026/11/28", "yyyy/MM/dd") == dt.date(2026, 11, 28)
    en_us = QLocale(L.English, C.UnitedStates)
    assert parse_date_text("11/28/2026 9:05 PM", "M/d/yyyy h:mm AP", with_time=True,
                           locale=en_us) == dt.datetime(2026, 11, 28, 21, 5)
    assert parse_date_text("11/28/2026 12:05 AM", "M/d/yyyy h:mm AP", with_time=True,
                           locale=en_us) == dt.datetime(2026, 11, 28, 0, 5)
    assert parse_date_text("28.11.2026 21:05", "dd.MM.yyyy HH:mm", with_time=True) == dt.datetime(2026, 11, 28, 21, 5)
    for bad in ("28.11.26", "28.11", "31.04.2026", "28.11.2026 25:00"):
        with pytest.raises(DateTextError):
            parse_date_text(bad, "dd.MM.yyyy HH:mm" if ":" in bad else "dd.MM.yyyy", with_time=":" in bad)


@pytest.mark.parametrize("when", [dt.datetime(2026, 11, 28, 9, 5), dt.datetime(2027, 1, 5, 21, 45)], ids=str)
def test_a_date_and_time_is_typed_in_the_locale_order(qtbot, locale, when) -> None:
    field = make_field(qtbot, with_time=True)
    field.set_wall_time(dt.datetime(2026, 12, 1, 12, 0))
    type_datetime(qtbot, field, when)
    assert field.wall_time() == when


def test_the_field_follows_a_new_locale(qtbot) -> None:
    field = make_field(qtbot)
    field.set_day(dt.date(2026, 3, 4))
    QLocale.setDefault(QLocale(L.German, C.Germany))
    field.apply_locale()
    assert field.edit.text() == "04.03.2026" and field.edit.placeholderText() == "DD.MM.YYYY"


def test_names_and_tooltips_reach_the_edit(qtbot) -> None:
    field = make_field(qtbot)
    field.setAccessibleName("Day of the check-in")
    field.setToolTip("Pick a day")
    assert field.edit.accessibleName() == "Day of the check-in" and field.edit.toolTip() == "Pick a day"


# --- one locale for the app: the language of its texts, the conventions of the person's country ---

def test_a_german_system_gets_english_words_with_german_conventions() -> None:
    locale = ui_locale(QLocale(L.German, C.Germany))
    assert locale.language() == L.English
    assert locale.toString(dt.date(2026, 3, 4), "d MMMM yyyy") == "4 March 2026"  # not "4 März"
    assert locale.toString(12.5, "f", 1) == "12,5"  # the country's decimal comma
    assert locale.dateFormat(QLocale.FormatType.ShortFormat).startswith("dd")  # day first


@pytest.mark.parametrize(("system", "name"), [(QLocale(L.English, C.UnitedKingdom), "en_GB"),
                                              (QLocale(L.English, C.UnitedStates), "en_US"),
                                              (QLocale.c(), "en_US"),
                                              (QLocale(L.French, C.France), "en_FR")])
def test_the_app_locale_for_each_system(system, name) -> None:
    assert ui_locale(system).name() == name
