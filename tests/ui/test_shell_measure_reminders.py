"""Reminders (Settings → reminders) also point out questionnaires that are due (core.measure_reminders):
one quiet status-bar line, once per round."""

from __future__ import annotations

import datetime as dt

import pytest

from integration_journal.core import records as r
from integration_journal.core.settings import SettingsService
from integration_journal.ui.main_window import MainWindow
from tests.helpers.main_window import make_workspace, open_main_window, use_fake_pages


@pytest.fixture
def workspace(data_dir, fast_kdf):
    ws = make_workspace(data_dir, fast_kdf, entries=0)
    yield ws
    ws.close()


def _window(qtbot, ws, dialogs) -> MainWindow:
    return open_main_window(qtbot, ws, dialogs, reminder_ms=3_600_000)  # its first look runs right away


def _answered(ws, instrument: str, days_ago: int) -> None:
    answers = {"phq9": (1,) * 9, "gad7": (1,) * 7}[instrument]
    ws.journal.add(r.QuestionnaireResponse(instrument=instrument, answers=answers,
                                           taken_at=ws.journal.now() - dt.timedelta(days=days_ago)))


def test_due_questionnaires_are_pointed_out_once_per_round(qtbot, monkeypatch, workspace, dialogs) -> None:
    use_fake_pages(monkeypatch)
    SettingsService(workspace.journal).set_reminders(True)
    window = _window(qtbot, workspace, dialogs)
    qtbot.waitUntil(lambda: "Today page" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()  # never answered: both weekly ones are due now
    assert "PHQ-9 and GAD-7 are ready to answer on the Today page" in message
    assert "gentle questions" not in message  # no session, so no guided prompts
    assert window.check_reminders() is False  # already said
    _answered(workspace, "gad7", 0)  # answered today: no longer due, nothing new to say
    assert window.check_reminders() is False
    _answered(workspace, "phq9", 8)  # a PHQ-9 from last week: due again from a different day
    assert window.check_reminders() is True
    assert "The PHQ-9 is ready to answer" in window.statusBar().currentMessage()
    window.lock()


def test_prompts_and_questionnaires_share_one_line(qtbot, monkeypatch, workspace, dialogs) -> None:
    use_fake_pages(monkeypatch)
    workspace.journal.add(r.TreatmentSession(when=workspace.journal.now() - dt.timedelta(hours=3), route="iv",
                                             setting="clinic"))
    _answered(workspace, "gad7", 1)
    SettingsService(workspace.journal).set_reminders(True)
    window = _window(qtbot, workspace, dialogs)
    qtbot.waitUntil(lambda: "Today page" in window.statusBar().currentMessage())
    message = window.statusBar().currentMessage()
    assert "gentle questions are ready for you on the Today page." in message
    assert "The PHQ-9 is ready to answer on the Today page" in message and "GAD-7" not in message
    window.lock()


def test_quiet_when_reminders_are_off_or_the_intervals_are_off(qtbot, monkeypatch, workspace, dialogs) -> None:
    use_fake_pages(monkeypatch)
    window = _window(qtbot, workspace, dialogs)
    assert window.check_reminders() is False  # reminders are off by default
    settings = SettingsService(workspace.journal)
    settings.update(measure_reminders={"phq9": 0, "gad7": 0})
    settings.set_reminders(True)
    assert window.check_reminders() is False and window.statusBar().currentMessage() == ""
    window.lock()
