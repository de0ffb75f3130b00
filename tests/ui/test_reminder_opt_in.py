"""Asking for the reminder helper: once in the first-run wizard (the treatment-focus step) and in
Settings, driven through the real widgets; on means a times file and a login entry, off means neither."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from integration_journal.core import records as r
from integration_journal.core.onboarding import Step
from integration_journal.storage import reminder_helper
from integration_journal.storage.paths import reminder_times_file
from integration_journal.ui import reminder_tray
from integration_journal.ui.main_window import MainWindow
from tests.helpers.clocks import IdleClock
from tests.helpers.main_window import make_workspace, use_fake_pages
from tests.helpers.workspaces import PASSPHRASE


@pytest.fixture
def with_tray(monkeypatch):
    """A desktop with a tray area (offscreen has none); the app's tray is then fed a fake notifier."""
    monkeypatch.setattr(reminder_tray, "tray_available", lambda: True)


def helper_is_on(data_dir) -> bool:
    return reminder_times_file(data_dir).is_file() and reminder_helper.default_autostart(data_dir).is_enabled()


def helper_is_off(data_dir) -> bool:
    return not reminder_times_file(data_dir).exists() and not reminder_helper.default_autostart(data_dir).is_enabled()


def tick(qtbot, box) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


# --- Settings ---------------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, monkeypatch, data_dir, fast_kdf, access, dialogs):
    use_fake_pages(monkeypatch)
    ws = make_workspace(data_dir, fast_kdf, entries=0)
    main = MainWindow(ws, dialogs, access=access, idle_clock=IdleClock())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    if main.workspace is not None:
        main.close()


def open_settings(qtbot, main):
    main.open_settings()
    qtbot.waitUntil(lambda: main.settings_dialog is not None and main.settings_dialog.isVisible())
    return main.settings_dialog


def test_settings_turns_the_helper_on_and_off(qtbot, with_tray, window, data_dir) -> None:
    dialog = open_settings(qtbot, window)
    box = dialog.helper_check
    assert box.isEnabled() and not box.isChecked()
    assert "holds no key" in dialog.helper_hint.text()
    tick(qtbot, box)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    assert helper_is_on(data_dir)

    dialog = open_settings(qtbot, window)
    assert dialog.helper_check.isChecked()  # it remembers: the file is the switch
    tick(qtbot, dialog.helper_check)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    assert helper_is_off(data_dir)


def test_settings_says_why_the_helper_could_not_start(qtbot, with_tray, window, data_dir, tmp_path,
                                                      monkeypatch) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))
    dialog = open_settings(qtbot, window)
    tick(qtbot, dialog.helper_check)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # kept open, with the reason
    assert dialog.message_label.isVisible() and "start at login" in dialog.message_label.text()
    assert not reminder_times_file(data_dir).exists()


def test_without_a_tray_the_box_is_off_and_says_why(qtbot, window) -> None:
    dialog = open_settings(qtbot, window)
    assert not dialog.helper_check.isEnabled()
    assert "no tray" in dialog.helper_hint.text()


def test_the_helper_keeps_its_times_current_and_stops_at_lock(qtbot, with_tray, window, data_dir) -> None:
    reminder_helper.turn_on(data_dir, window.ctx.journal)
    journal = window.ctx.journal
    journal.add(r.TreatmentSession(when=journal.now() - dt.timedelta(hours=1), route="iv", setting="clinic"))
    window.ctx.notify_changed("session")
    soon = int((journal.now() + dt.timedelta(hours=1)).timestamp()) // 60 * 60
    qtbot.waitUntil(lambda: soon in json.loads(reminder_times_file(data_dir).read_bytes())["times"], timeout=5000)
    window.lock()
    assert reminder_times_file(data_dir).is_file()  # the helper keeps its times while locked
    assert window.refresh_reminder_times() is False  # locked: no journal to read, nothing written


# --- the first-run wizard -----------------------------------------------------------------------------

def enter(qtbot, dialog) -> None:
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)


def to_focus_step(qtbot, controller):
    controller.start()
    dialog = controller.create_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    enter(qtbot, dialog)  # welcome
    enter(qtbot, dialog)  # role: patient
    qtbot.keyClicks(dialog.name_edit, "Alex")
    enter(qtbot, dialog)
    form = dialog.passphrase_form
    qtbot.keyClicks(form.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(form.repeat_edit, PASSPHRASE)
    enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.ob.step is Step.KIT, timeout=15000)
    groups = [label.text() for label in dialog.kit_sheet.group_labels]
    dialog.next_button.setFocus()
    enter(qtbot, dialog)
    qtbot.keyClicks(dialog.check_form.check_edit, groups[dialog.ob.kit_check_number - 1])
    enter(qtbot, dialog)
    assert dialog.ob.step is Step.COUNTRY
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.ob.step is Step.FOCUS
    return dialog


def finish(qtbot, controller, dialog) -> None:
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # focus → clinic
    assert dialog.ob.step is Step.CLINIC
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # Finish
    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible())


def test_the_wizard_asks_once_and_turns_the_helper_on(qtbot, with_tray, controller, data_dir) -> None:
    controller.tray_options = {"notify": lambda text: None}  # no real tray icon offscreen
    dialog = to_focus_step(qtbot, controller)
    page = dialog.pages[Step.FOCUS]
    assert page.helper_box.isVisible() and not page.helper_box.isChecked()
    assert "A reflection is ready in Integration Journal" in page.helper_hint.text()
    tick(qtbot, page.helper_box)
    finish(qtbot, controller, dialog)
    assert helper_is_on(data_dir)
    assert controller.tray is not None  # the running app shows the helper at once


def test_the_wizard_leaves_the_helper_off_unless_asked(qtbot, with_tray, controller, data_dir) -> None:
    dialog = to_focus_step(qtbot, controller)
    finish(qtbot, controller, dialog)
    assert helper_is_off(data_dir)
    assert controller.tray is None


def test_without_a_tray_the_wizard_does_not_ask(qtbot, controller, data_dir) -> None:
    dialog = to_focus_step(qtbot, controller)
    page = dialog.pages[Step.FOCUS]
    assert not page.helper_box.isVisible() and not page.helper_hint.isVisible()
    page.helper_box.setChecked(True)  # even if it were ticked somehow, a hidden box asks nothing
    finish(qtbot, controller, dialog)
    assert helper_is_off(data_dir)
