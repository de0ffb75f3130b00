"""Reminders (Settings → reminders): a quiet status-bar line when guided prompts become due."""

from __future__ import annotations

import datetime as dt

import pytest

from integration_journal.core import records as r
from integration_journal.core.settings import SettingsService
from integration_journal.ui.main_window import MainWindow
from tests.helpers.clocks import IdleClock
from tests.helpers.main_window import make_workspace, use_fake_pages


@pytest.fixture
def workspace(data_dir, fast_kdf):
    ws = make_workspace(data_dir, fast_kdf, entries=0)
    # A session three hours ago: its same-day prompts are due now.
    ws.journal.add(r.TreatmentSession(when=ws.journal.now() - dt.timedelta(hours=3), route="iv", setting="clinic"))
    yield ws
    ws.close()


def _window(qtbot, ws, dialogs) -> MainWindow:
    window = MainWindow(ws, dialogs, idle_clock=IdleClock(), reminder_ms=3_600_000)
    qtbot.addWidget(window)
    window.show()
    return window


def test_no_reminder_unless_switched_on(qtbot, monkeypatch, workspace, dialogs) -> None:
    use_fake_pages(monkeypatch)
    window = _window(qtbot, workspace, dialogs)
    assert window.check_reminders() is False
    assert "gentle questions" not in window.statusBar().currentMessage()


def test_a_due_prompt_is_pointed_out_once(qtbot, monkeypatch, workspace, dialogs) -> None:
    use_fake_pages(monkeypatch)
    SettingsService(workspace.journal).set_reminders(True)
    window = _window(qtbot, workspace, dialogs)
    qtbot.waitUntil(lambda: "Today page" in window.statusBar().currentMessage())
    assert window.check_reminders() is False  # already said: no repeat
    # A second session's prompts opening later are pointed out again.
    workspace.journal.add(r.TreatmentSession(when=workspace.journal.now() - dt.timedelta(hours=2, minutes=30),
                                             route="nasal", setting="clinic"))
    assert window.check_reminders() is True
    window.lock()
    assert not window.reminder_timer.isActive()
