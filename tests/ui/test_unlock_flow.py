"""Unlocking: wrong passphrase, entries listed, Lock, a close during the KDF, a vault in use, recovery."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from integration_journal.ui.unlock_window import UnlockWindow


def _start_unlock(qtbot, controller) -> UnlockWindow:
    controller.start()
    window = controller.unlock_window
    assert window is not None and controller.create_dialog is None
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _unlock(qtbot, window: UnlockWindow, passphrase: str) -> None:
    window.passphrase_edit.clear()
    qtbot.keyClicks(window.passphrase_edit, passphrase)
    qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Return)  # Enter unlocks


def test_wrong_passphrase_says_so_and_keeps_the_field_focused_and_selected(
        qtbot, controller, journal_with_entries) -> None:
    window = _start_unlock(qtbot, controller)
    _unlock(qtbot, window, "not my passphrase at all")
    assert window.busy and window.progress.isVisible()
    qtbot.waitUntil(lambda: not window.busy)
    assert "does not open this journal" in window.message_label.text()
    assert QApplication.focusWidget() is window.passphrase_edit
    assert window.passphrase_edit.selectionLength() == len("not my passphrase at all")
    assert window.isVisible() and controller.main_window is None


def test_right_passphrase_opens_the_journal_and_ctrl_l_locks(
        qtbot, controller, journal_with_entries, passphrase) -> None:
    window = _start_unlock(qtbot, controller)
    _unlock(qtbot, window, passphrase)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    main = controller.main_window
    qtbot.waitExposed(main)
    assert not window.isVisible()
    titles = [entry.title for entry in main.workspace.journal.list(kind="entry")]
    assert titles == journal_with_entries  # newest first
    assert main.windowTitle() == "Integration Journal"
    ws = main.workspace

    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: controller.unlock_window.isVisible())
    assert controller.main_window is None
    assert not ws.vault.is_open and main.is_locked
    assert window.passphrase_edit.text() == ""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.passphrase_edit)  # ready to type

    _unlock(qtbot, window, passphrase)  # the instance lock was released: unlocking again works
    qtbot.waitUntil(lambda: controller.main_window is not None)
    assert len(controller.main_window.workspace.journal.list(kind="entry")) == 2


def test_closing_the_main_window_closes_the_journal_and_ends_the_app(
        qtbot, controller, journal_with_entries, passphrase) -> None:
    window = _start_unlock(qtbot, controller)
    _unlock(qtbot, window, passphrase)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    ws = controller.main_window.workspace
    with qtbot.waitSignal(controller.finished):
        controller.main_window.close()
    assert not ws.vault.is_open
    assert controller.main_window.is_locked


def test_a_close_during_the_unlock_wins(qtbot, dialogs, gated_access, journal_with_entries, passphrase) -> None:
    from integration_journal.gui.app import AppController

    controller = AppController(gated_access, dialogs)
    try:
        window = _start_unlock(qtbot, controller)
        _unlock(qtbot, window, passphrase)
        assert gated_access.started.wait(5)
        with qtbot.waitSignal(controller.finished):
            window.close()
        gated_access.gate.set()  # the KDF finishes after the window is gone
        qtbot.waitUntil(lambda: bool(gated_access.opened) and not gated_access.opened[0].vault.is_open)
        qtbot.wait(50)
        assert controller.main_window is None
    finally:
        gated_access.gate.set()
        controller.shutdown()


def test_a_journal_open_elsewhere_is_reported(qtbot, controller, journal_with_entries, data_dir, fast_kdf,
                                              passphrase) -> None:
    from integration_journal.storage.workspace import Workspace

    with Workspace.open(data_dir, passphrase, policy=fast_kdf):
        window = _start_unlock(qtbot, controller)
        _unlock(qtbot, window, passphrase)
        qtbot.waitUntil(lambda: not window.busy)
        assert "already open in another window" in window.message_label.text()
        assert controller.main_window is None


def test_caps_lock_hint_follows_letter_case(qtbot, controller, journal_with_entries) -> None:
    window = _start_unlock(qtbot, controller)
    qtbot.keyClicks(window.passphrase_edit, "A")  # upper case without Shift
    assert window.caps_hint.isVisible()
    qtbot.keyClicks(window.passphrase_edit, "b")
    assert not window.caps_hint.isVisible()


def test_repeated_wrong_passphrases_point_to_the_kit_and_the_window_fits_the_message(
        qtbot, controller, journal_with_entries) -> None:
    window = _start_unlock(qtbot, controller)
    _unlock(qtbot, window, "wrong guess number one")
    qtbot.waitUntil(lambda: not window.busy)
    first = window.message_label.text()
    assert "does not open this journal" in first and "recovery kit" not in first
    assert window.message_label.isVisible() and window.message_label.styleSheet()  # shown as a problem
    _unlock(qtbot, window, "WRONG GUESS")  # capitals typed without Shift: Caps Lock is on
    assert not window.message_label.isVisible()  # the old message goes while the new attempt runs
    qtbot.waitUntil(lambda: not window.busy)
    second = window.message_label.text()
    assert "does not open this journal" in second and "“Use recovery kit…” lets you set a new one" in second
    assert window.caps_hint.isVisible()  # right under the field, where the eye is
    label = window.message_label
    assert label.height() >= label.heightForWidth(label.width())  # the longer message is not cut off
    window.reset()  # after a lock, or when shown again
    assert window.failures == 0 and not window.message_label.isVisible()


def test_a_banner_of_several_lines_is_shown_whole(qtbot, controller, journal_with_entries) -> None:
    window = _start_unlock(qtbot, controller)
    window.set_banner("This is a demo journal filled with made-up entries.<br>Its passphrase is: <b>amber "
                      "otter lantern</b><br>Everything in it is deleted when you quit.")
    qtbot.wait(20)
    banner = window.banner
    assert banner.isVisible() and banner.height() >= banner.heightForWidth(banner.width())
    window.set_banner("")
    assert not banner.isVisible()


def test_the_passphrase_can_be_shown_and_is_hidden_again_on_reset(qtbot, controller, journal_with_entries) -> None:
    from PySide6.QtWidgets import QLineEdit

    window = _start_unlock(qtbot, controller)
    assert QApplication.focusWidget() is window.passphrase_edit
    qtbot.keyClicks(window.passphrase_edit, "secret")
    qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.show_check
    qtbot.keyClick(window.show_check, Qt.Key.Key_Space)
    assert window.passphrase_edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClick(window.show_check, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.unlock_button
    qtbot.keyClick(window.unlock_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.recover_button
    window.reset()
    assert window.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password and not window.show_check.isChecked()


def test_the_unlock_window_says_when_it_was_first_drawn(qtbot, access, dialogs, journal_with_entries) -> None:
    window = UnlockWindow(access, dialogs)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=2000):
        window.show()
    seen = []
    window.first_painted.connect(lambda: seen.append(1))
    window.update()
    qtbot.wait(50)
    assert seen == []  # once only


def test_the_unlock_window_imports_neither_storage_nor_the_recovery_dialog() -> None:
    import subprocess
    import sys

    code = ("import sys, integration_journal.ui.unlock_window\n"
            "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'markdown') "
            "or m.startswith('integration_journal.storage') or m in ('integration_journal.ui.recover_dialog', "
            "'integration_journal.ui.recovery_kit', 'PySide6.QtPrintSupport')]\n"
            "print(heavy)\nsys.exit(1 if heavy else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_recovery_kit_sets_a_new_passphrase_and_shows_the_new_kit_once(
        qtbot, controller, data_dir, fast_kdf, passphrase) -> None:
    from integration_journal.storage.workspace import Workspace

    ws, kit = Workspace.create(data_dir, passphrase, role="patient", display_name="Sam", policy=fast_kdf)
    ws.close()
    new_passphrase = "harbour willow kettle seventeen"
    window = _start_unlock(qtbot, controller)
    qtbot.mouseClick(window.recover_button, Qt.MouseButton.LeftButton)
    dialog = window.recover_dialog
    qtbot.waitExposed(dialog)

    qtbot.keyClicks(dialog.kit_edit, "0" * 56)  # well-formed length, wrong checksum
    qtbot.keyClicks(dialog.passphrase_form.passphrase_edit, new_passphrase)
    qtbot.keyClicks(dialog.passphrase_form.repeat_edit, new_passphrase)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "typo" in dialog.status_label.text()
    assert dialog.kit_panel is None

    dialog.kit_edit.clear()
    qtbot.keyClicks(dialog.kit_edit, kit.text().lower())
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.kit_panel is not None)
    panel = dialog.kit_panel
    new_groups = [label.text() for label in panel.group_labels]
    assert new_groups != kit.groups()
    qtbot.mouseClick(panel.written_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.check_edit, new_groups[panel.check_number - 1])
    qtbot.keyClick(panel.check_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    assert not dialog.isVisible()
    journal = controller.main_window.workspace.journal
    assert "recovered_with_kit" in [event.event for event in journal.list(kind="audit")]

    controller.main_window.lock()
    _unlock(qtbot, window, new_passphrase)
    qtbot.waitUntil(lambda: controller.main_window is not None)


def test_settings_hold_only_window_geometry(qtbot, qapp, controller, journal_with_entries, passphrase) -> None:
    from PySide6.QtCore import QSettings

    names = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("integration-journal-test")  # QSettings() writes nothing without these
    qapp.setApplicationName("integration-journal-test")
    try:
        window = _start_unlock(qtbot, controller)
        _unlock(qtbot, window, passphrase)
        qtbot.waitUntil(lambda: controller.main_window is not None)
        controller.main_window.lock()
        window.close()
        settings = QSettings()
        settings.sync()
        keys = set(settings.allKeys())
        assert "unlock_window/geometry" in keys
        [main] = keys - {"unlock_window/geometry"}  # the main window's, kept per vault under a digest
        assert re.fullmatch(r"main_window/[0-9a-f]{16}/geometry", main)
        stored = Path(settings.fileName()).read_bytes()
        assert not any(title.encode() in stored for title in journal_with_entries)
        settings.clear()
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])


def test_the_rotating_backup_is_written_after_the_window_shows(
        qtbot, controller, journal_with_entries, passphrase, data_dir) -> None:
    from integration_journal.storage.backups import rotating_backups

    assert rotating_backups(data_dir) == []
    window = _start_unlock(qtbot, controller)
    _unlock(qtbot, window, passphrase)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    # Written by a worker once the main window is up, not during the unlock itself.
    qtbot.waitUntil(lambda: len(rotating_backups(data_dir)) == 1, timeout=10_000)
    controller.main_window.lock()
    qtbot.waitUntil(lambda: controller.unlock_window.isVisible())
    _unlock(qtbot, window, passphrase)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    qtbot.wait(200)
    assert len(rotating_backups(data_dir)) == 1  # nothing changed since: no second copy
