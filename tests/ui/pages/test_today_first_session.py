"""The first Today screen after onboarding points to the first step: logging a session (#12 item 16).

Until a session is logged the guided prompts have nothing to follow, so Today says so and offers the
session form; from the first logged session on, the box is gone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from integration_journal.core.records import Route, Setting, TreatmentSession
from integration_journal.ui.main_window import MainWindow
from integration_journal.ui.pages.sessions import SessionsPage
from integration_journal.ui.pages.today import TodayPage
from tests.helpers.clocks import FrozenClock
from tests.helpers.today_page import make_page
from tests.helpers.workspaces import new_workspace

WHEN = dt.datetime(2024, 3, 4, 12, 0, tzinfo=dt.timezone.utc)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(WHEN)


def test_a_new_journal_points_to_logging_the_first_session(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    assert page.first_session_box.isVisible()
    assert page.first_session_button.text() == "Log your &first session…"
    with qtbot.waitSignal(ctx.events.navigate_requested) as navigated:
        qtbot.mouseClick(page.first_session_button, Qt.MouseButton.LeftButton)
    assert navigated.args == ["sessions", {"new": True}]


def test_the_pointer_goes_once_a_session_is_logged(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    ctx.journal.add(TreatmentSession(when=WHEN, route=Route.NASAL, setting=Setting.CLINIC))
    ctx.events.records_changed.emit({TreatmentSession.KIND})  # as the main window tells every page
    assert not page.first_session_box.isVisible()


def test_the_button_opens_a_new_session_form_in_the_main_window(qtbot, data_dir, dialogs) -> None:
    ws = new_workspace(data_dir, clock=FrozenClock())
    try:
        window = MainWindow(ws, dialogs, idle_clock=lambda: 0.0)
        qtbot.addWidget(window)
        window.show()
        today = window.current_page()
        assert isinstance(today, TodayPage)
        qtbot.mouseClick(today.first_session_button, Qt.MouseButton.LeftButton)
        sessions = window.current_page()
        assert isinstance(sessions, SessionsPage)
        assert sessions.stack.currentWidget() is sessions.form
    finally:
        ws.close()
