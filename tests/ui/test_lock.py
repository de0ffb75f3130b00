"""Locking: Ctrl+L, the idle timeout with its countdown (a fake clock, no sleeping), hook order, and a
lock that arrives while an unlock is still deriving its key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from integration_journal.core.settings import SettingsService
from tests.helpers.clocks import IdleClock
from tests.helpers.main_window import FakePage, make_workspace, use_fake_pages
from tests.helpers.workspaces import PASSPHRASE


@pytest.fixture
def clock() -> IdleClock:
    return IdleClock()


@pytest.fixture
def vault_on_disk(data_dir, fast_kdf):
    make_workspace(data_dir, fast_kdf, entries=1).close()


@pytest.fixture
def shell_controller(qtbot, monkeypatch, access, dialogs, clock):
    from integration_journal.gui.app import AppController

    use_fake_pages(monkeypatch)
    ctl = AppController(access, dialogs, window_options={"idle_clock": clock, "idle_tick_ms": 5})
    yield ctl
    ctl.shutdown()
    for window in (ctl.unlock_window, ctl.main_window):
        if window is not None:
            window.hide()
            window.deleteLater()


def _unlock(qtbot, controller, passphrase: str = PASSPHRASE):
    if controller.unlock_window is None:
        controller.start()
    window = controller.unlock_window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClicks(window.passphrase_edit, passphrase)
    qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.main_window is not None)
    main = controller.main_window
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    return main


def test_ctrl_l_saves_every_page_then_clears_then_closes_the_vault(qtbot, shell_controller, vault_on_disk) -> None:
    main = _unlock(qtbot, shell_controller)
    main.show_page(1)
    ws = main.workspace
    order: list[str] = []
    real_close = ws.close

    def close() -> None:
        order.append("workspace closed")
        real_close()

    ws.close = close
    main.locked.connect(lambda: order.append("locked"))
    page = main.stack.currentWidget()
    qtbot.keyClicks(page.edit, "half a thought")
    qtbot.keyClick(page.edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: shell_controller.unlock_window.isVisible())
    steps = [f"{kind} {pid}" for kind, pid in FakePage.log if kind in ("save_state", "clear")]
    assert steps + order == ["save_state one", "save_state two", "clear one", "clear two",
                             "workspace closed", "locked"]
    assert FakePage.vault_open_during_save == [True, True]
    assert not ws.vault.is_open
    assert page.edit.text() == ""
    assert shell_controller.main_window is None
    assert shell_controller.unlock_window.passphrase_edit.text() == ""

    _unlock(qtbot, shell_controller)  # the instance lock was released: unlocking again works


def test_idle_timeout_shows_a_countdown_that_input_resets_then_locks(
        qtbot, shell_controller, vault_on_disk, clock) -> None:
    main = _unlock(qtbot, shell_controller)
    ws = main.workspace
    banner = main.countdown_banner
    assert main.idle.running and main.idle.timeout_seconds == 5 * 60  # the default

    clock.advance(5 * 60 - 40)
    qtbot.wait(30)
    assert not banner.isVisible()  # nothing shown before the last 30 s

    clock.advance(17)  # 23 s left
    qtbot.waitUntil(banner.isVisible)
    assert banner.label.text() == "Locking in 23 s — move the mouse or press a key to stay"
    clock.advance(10)
    qtbot.waitUntil(lambda: "13 s" in banner.label.text())

    page = main.stack.currentWidget()
    qtbot.keyClick(page.edit, Qt.Key.Key_A)  # any key keeps the journal open
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert main.idle.seconds_left() == pytest.approx(5 * 60)
    assert ws.vault.is_open

    clock.advance(5 * 60 - 5)
    qtbot.waitUntil(banner.isVisible)
    qtbot.mouseMove(page, QPoint(5, 5))
    qtbot.mouseMove(page, QPoint(40, 30))  # so does moving the mouse
    qtbot.waitUntil(lambda: not banner.isVisible())
    assert ws.vault.is_open

    clock.advance(5 * 60 + 1)
    qtbot.waitUntil(lambda: shell_controller.main_window is None)
    assert not ws.vault.is_open
    assert shell_controller.unlock_window.isVisible()
    assert ("save_state", "one") in FakePage.log


def test_the_lock_timeout_setting_applies_at_once_and_at_the_next_unlock(
        qtbot, shell_controller, vault_on_disk, clock) -> None:
    main = _unlock(qtbot, shell_controller)
    SettingsService(main.ctx.journal).set_lock_timeout_minutes(1)
    main.ctx.notify_changed("settings")
    assert main.idle.timeout_seconds == 60
    clock.advance(45)
    qtbot.waitUntil(main.countdown_banner.isVisible)
    assert "15 s" in main.countdown_banner.label.text()
    clock.advance(16)
    qtbot.waitUntil(lambda: shell_controller.main_window is None)

    main = _unlock(qtbot, shell_controller)
    assert main.idle.timeout_seconds == 60  # read from the vault


def test_a_lock_during_the_unlock_wins(qtbot, monkeypatch, dialogs, gated_access, vault_on_disk) -> None:
    from integration_journal.gui.app import AppController

    use_fake_pages(monkeypatch)
    controller = AppController(gated_access, dialogs)
    try:
        controller.start()
        window = controller.unlock_window
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClicks(window.passphrase_edit, PASSPHRASE)
        qtbot.keyClick(window.passphrase_edit, Qt.Key.Key_Return)
        assert gated_access.started.wait(5)
        assert window.busy
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Ctrl+L while the KDF runs
        gated_access.gate.set()
        qtbot.waitUntil(lambda: bool(gated_access.opened) and not gated_access.opened[0].vault.is_open)
        qtbot.waitUntil(lambda: not window.busy)
        assert controller.main_window is None
        assert window.isVisible() and window.passphrase_edit.text() == ""
        assert FakePage.log == []  # no page ever saw the journal
    finally:
        gated_access.gate.set()
        controller.shutdown()
        if controller.unlock_window is not None:
            controller.unlock_window.hide()
            controller.unlock_window.deleteLater()


def test_locking_closes_an_open_settings_dialog_without_saving(qtbot, shell_controller, vault_on_disk) -> None:
    main = _unlock(qtbot, shell_controller)
    ws = main.workspace
    qtbot.keyClick(main.sidebar, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.settings_dialog is not None and main.settings_dialog.isVisible())
    dialog = main.settings_dialog
    dialog.timeout_spin.setValue(42)
    shell_controller.lock()
    qtbot.waitUntil(lambda: shell_controller.main_window is None)
    assert not dialog.isVisible()
    assert not ws.vault.is_open
    main = _unlock(qtbot, shell_controller)
    assert SettingsService(main.ctx.journal).lock_timeout_minutes() == 5  # nothing was written


def test_quit_saves_clears_and_closes(qtbot, shell_controller, vault_on_disk) -> None:
    main = _unlock(qtbot, shell_controller)
    ws = main.workspace
    with qtbot.waitSignal(shell_controller.finished):
        qtbot.keyClick(main.sidebar, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert [k for k, _ in FakePage.log if k in ("save_state", "clear")] == ["save_state", "clear"]
    assert not ws.vault.is_open


def test_a_desktop_session_lock_or_suspend_locks_the_journal(qtbot, shell_controller, vault_on_disk) -> None:
    main = _unlock(qtbot, shell_controller)
    ws = main.workspace
    shell_controller.watch_session()  # no D-Bus here: it connects nothing and stays quiet
    watcher = shell_controller.session_watcher
    watcher.about_to_sleep(False)  # waking up is not a reason to lock
    watcher.screensaver_changed(False)
    assert ws.vault.is_open
    watcher.about_to_sleep(True)  # what logind's PrepareForSleep(true) calls
    qtbot.waitUntil(lambda: shell_controller.main_window is None)
    assert not ws.vault.is_open
    main = _unlock(qtbot, shell_controller)
    watcher.session_locked()
    qtbot.waitUntil(lambda: shell_controller.main_window is None)
