"""Settings → questionnaire reminders: shows the effective intervals, stores only what differs from the
focus's defaults, the PEG follows the pain focus unless set by hand, and Today follows after Apply."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from integration_journal.core.measure_reminders import MeasureReminders
from integration_journal.core.records import TreatmentFocus
from integration_journal.core.settings import KEY_MEASURE_REMINDERS, SettingsService
from integration_journal.ui.pages.base import JournalEvents, PageContext
from integration_journal.ui.settings_dialog import SettingsDialog
from tests.helpers.main_window import make_workspace


@pytest.fixture
def ws(data_dir, fast_kdf):
    workspace = make_workspace(data_dir, fast_kdf)
    yield workspace
    workspace.close()


def open_dialog(qtbot, ws, dialogs) -> SettingsDialog:
    ctx = PageContext(journal=ws.journal, workspace=ws, dialogs=dialogs, events=JournalEvents())
    dialog = SettingsDialog(ctx, dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_value(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    spin.interpretText()


def test_defaults_are_shown_and_nothing_extra_is_stored(qtbot, ws, dialogs) -> None:
    dialog = open_dialog(qtbot, ws, dialogs)
    assert {k: s.value() for k, s in dialog.measure_spins.items()} == {"phq9": 7, "gad7": 7, "peg": 0}
    assert dialog.measure_spins["peg"].text() == "Off"
    assert all(s.accessibleName() for s in dialog.measure_spins.values())
    assert dialog.apply()
    values = ws.journal.list(kind="settings")[0].values
    assert KEY_MEASURE_REMINDERS not in values


def test_changing_an_interval_is_stored_and_today_follows(qtbot, ws, dialogs) -> None:
    dialog = open_dialog(qtbot, ws, dialogs)
    type_value(qtbot, dialog.measure_spins["gad7"], 0)
    type_value(qtbot, dialog.measure_spins["phq9"], 14)
    with qtbot.waitSignal(dialog.applied) as applied:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert "settings" in applied.args[0]
    assert SettingsService(ws.journal).load().measure_reminders == {"phq9": 14, "gad7": 0}
    assert [d.instrument for d in MeasureReminders(ws.journal).due()] == ["phq9"]


def test_the_peg_follows_the_pain_focus_unless_set_by_hand(qtbot, ws, dialogs) -> None:
    dialog = open_dialog(qtbot, ws, dialogs)
    pain = dialog.focus_checks[TreatmentFocus.CHRONIC_PAIN]
    qtbot.mouseClick(pain, Qt.MouseButton.LeftButton, pos=QPoint(8, pain.height() // 2))
    assert pain.isChecked() and dialog.measure_spins["peg"].value() == 7
    assert dialog.apply()
    assert SettingsService(ws.journal).load().measure_reminders == {}  # the default for pain
    assert "peg" in [d.instrument for d in MeasureReminders(ws.journal).due()]
    type_value(qtbot, dialog.measure_spins["peg"], 14)
    pain.setChecked(False)
    assert dialog.measure_spins["peg"].value() == 14  # chosen by hand: kept
    assert dialog.apply()
    assert SettingsService(ws.journal).load().measure_reminders == {"peg": 14}
