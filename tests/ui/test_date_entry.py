"""Every date a person types into the app is the date saved: each page's date fields, typed section
by section in the en_US, en_GB and de_DE orders, on the 1st, 5th and 28th of a month.

Before the one date field, the Insights "another day" field and the check-in day were capped at
today per keystroke: in a day-first order the day landed in the current month first, and Qt dropped
the keystroke when that day was still to come (28.11.2026 typed on 7 December saved 2 November)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt

from integration_journal.core.records import Cadence, CheckIn, Commitment, Domain, TreatmentSession
from integration_journal.ui.pages.checkins import CheckinsPage
from integration_journal.ui.pages.insights.page import InsightsPage
from integration_journal.ui.pages.sessions import SessionsPage
from integration_journal.ui.pages.sharing import SharingPage
from integration_journal.ui.pages.summaries import SummariesPage
from integration_journal.ui.pages.trends.page import TrendsPage
from tests.helpers.clocks import FrozenClock
from tests.helpers.input import type_date, type_datetime
from tests.helpers.workspaces import new_workspace, page_context, show_page

D = dt.timedelta(days=1)
LEFT = Qt.MouseButton.LeftButton
L, C = QLocale.Language, QLocale.Country
LOCALES = {"en_US": QLocale(L.English, C.UnitedStates), "en_GB": QLocale(L.English, C.UnitedKingdom),
           "de_DE": QLocale(L.German, C.Germany)}
TODAYS = [dt.date(2026, 12, 1), dt.date(2027, 1, 5), dt.date(2026, 12, 28)]


def last_months_28th(today: dt.date) -> dt.date:
    """A day number still to come in this month on the 1st and the 5th: the case Qt got wrong."""
    return (today.replace(day=1) - D).replace(day=28)


@pytest.fixture(params=[(name, today) for name in LOCALES for today in TODAYS],
                ids=[f"{name}-{today}" for name in LOCALES for today in TODAYS])
def today(request) -> dt.date:
    name, day = request.param
    QLocale.setDefault(LOCALES[name])  # before any page is built; the conftest restores the suite's
    return day


@pytest.fixture
def ctx(data_dir, dialogs, today):
    clock = FrozenClock(dt.datetime.combine(today, dt.time(12, 0), tzinfo=dt.timezone.utc))
    ws = new_workspace(data_dir, clock=clock)
    yield page_context(ws, dialogs)
    ws.close()


def test_check_in_day(qtbot, ctx, today) -> None:
    page = show_page(qtbot, CheckinsPage(ctx))
    day = last_months_28th(today)
    type_date(qtbot, page.date_edit, day)
    assert page.date_edit.day() == day and "No check-in for this day" in page.day_status.text()
    for slider in (page.mood.slider, page.anxiety.slider):
        slider.setFocus()
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(page.anxiety.slider, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [c.date for c in ctx.journal.list(kind=CheckIn)] == [day]


def test_commitment_check_off_on_another_day(qtbot, ctx, today) -> None:
    commitment = ctx.journal.add(Commitment(text="Walk", domain=Domain.LIFESTYLE, cadence=Cadence.AS_NEEDED,
                                            created=dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)),
                                 keep_timestamps=True)
    page = show_page(qtbot, InsightsPage(ctx))
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Right)
    tab = page.commitments
    days = [last_months_28th(today), dt.date(today.year - 1, 12, 27)]
    for day in days:
        type_date(qtbot, tab.past_date, day)
        qtbot.mouseClick(tab.past_button, LEFT)
    assert ctx.journal.get(commitment.id).checkoffs == tuple(sorted(days))


def test_session_date_time_and_next_session(qtbot, ctx, today) -> None:
    page = show_page(qtbot, SessionsPage(ctx))
    qtbot.mouseClick(page.new_button, LEFT)
    when = dt.datetime.combine(last_months_28th(today), dt.time(9, 15))
    type_datetime(qtbot, page.form.when_edit, when)
    next_session = (today + 40 * D).replace(day=28)
    type_date(qtbot, page.form.next_session_edit, next_session)
    qtbot.mouseClick(page.form.save_button, LEFT)
    [saved] = ctx.journal.list(kind=TreatmentSession)
    assert saved.when.astimezone().replace(tzinfo=None) == when
    assert saved.next_integration_session == next_session


def test_summary_range(qtbot, ctx, today) -> None:
    page = show_page(qtbot, SummariesPage(ctx))
    start, end = dt.date(today.year - 1, 12, 27), last_months_28th(today)
    type_date(qtbot, page.date_from, start)
    type_date(qtbot, page.date_to, end)
    options = page.options()
    assert (options.date_from, options.date_to) == (start, end)


def test_trends_custom_range(qtbot, ctx, today) -> None:
    page = show_page(qtbot, TrendsPage(ctx))
    page.activate()
    page.range_combo.setCurrentIndex(page.range_combo.findData("custom"))
    start, end = dt.date(today.year - 1, 12, 27), last_months_28th(today)
    type_date(qtbot, page.from_edit, start)
    type_date(qtbot, page.to_edit, end)
    assert (page.date_range().start, page.date_range().end) == (start, end)
    assert (page.trends.range.start, page.trends.range.end) == (start, end)


def test_sharing_range(qtbot, ctx, today) -> None:
    page = show_page(qtbot, SharingPage(ctx))
    page.activate()
    page.tabs.setCurrentIndex(SharingPage.TAB_SHARE)
    start, end = dt.date(today.year - 1, 12, 27), last_months_28th(today)
    type_date(qtbot, page.date_from, start)
    type_date(qtbot, page.date_to, end)
    selection = page.selection()
    assert (selection.date_from, selection.date_to) == (start, end)
