"""The one date field: typed section by section in the locale's order, on any day of the month,
it keeps what was typed; a day after the latest is refused at commit with a message, never by
eating a keystroke; optional and date-and-time fields; and the app's single locale."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateTimeEdit

from integration_journal.ui.app_locale import ui_locale
from integration_journal.ui.widgets.date_field import DateField
from tests.helpers.input import type_date, type_datetime

S = QDateTimeEdit.Section
D = dt.timedelta(days=1)
L = QLocale.Language
C = QLocale.Country

LOCALES = {
    "en_US": (QLocale(L.English, C.UnitedStates), [S.MonthSection, S.DaySection, S.YearSection]),
    "en_GB": (QLocale(L.English, C.UnitedKingdom), [S.DaySection, S.MonthSection, S.YearSection]),
    "de_DE": (QLocale(L.German, C.Germany), [S.DaySection, S.MonthSection, S.YearSection]),
}
# The 1st, 5th and 28th of a month, one of them across a new year.
TODAYS = [dt.date(2026, 12, 1), dt.date(2027, 1, 5), dt.date(2026, 12, 28)]


def past_days(today: dt.date) -> list[dt.date]:
    """Days a person types: yesterday, the 28th of last month (a day number still to come in this
    month on the 1st and 5th: Qt used to drop its second digit), a day late last year, and today."""
    last_month = today.replace(day=1) - D
    return [today - D, last_month.replace(day=28), dt.date(today.year - 1, 12, 27), today]


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
    assert [field.edit.sectionAt(i) for i in range(field.edit.sectionCount())] == locale
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


def test_an_optional_field_starts_typing_from_the_suggested_day(qtbot, locale) -> None:
    field = make_field(qtbot, none_text="Not planned yet", earliest=dt.date(2000, 1, 1),
                       suggest=lambda: dt.date(2026, 12, 7))
    field.set_day(None)
    assert field.day() is None and field.edit.text() == "Not planned yet"
    type_date(qtbot, field, dt.date(2027, 1, 28))
    assert field.day() == dt.date(2027, 1, 28)
    field.set_day(None)
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)  # an arrow brings the suggested day, not 2 January 2000
    assert field.day() == dt.date(2026, 12, 7)
    with pytest.raises(ValueError):
        make_field(qtbot).set_day(None)


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
    assert field.edit.text() == "04.03.2026"


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
