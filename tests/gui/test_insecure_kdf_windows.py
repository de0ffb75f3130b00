"""While the test suite's cheap key derivation is on, every window of the app says so (#14 item 9):
the create dialog's and the unlock window's titles, the unlock banner, the main window's title and
status bar. Without it, nothing changes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from integration_journal.gui.app import AppController, insecure_kdf_text
from tests.helpers.clocks import IdleClock
from tests.helpers.main_window import close_controller, make_workspace, use_fake_pages


def _controller(access, dialogs, insecure: bool) -> AppController:
    return AppController(access, dialogs, insecure_kdf=insecure, window_options={"idle_clock": IdleClock()})


def test_the_create_dialog_says_so_in_its_title(qtbot, access, dialogs) -> None:
    ctl = _controller(access, dialogs, insecure=True)
    try:
        ctl.start()
        assert insecure_kdf_text() in ctl.create_dialog.windowTitle()
    finally:
        close_controller(ctl)


def test_the_unlock_and_main_windows_say_so(qtbot, access, dialogs, data_dir, fast_kdf, monkeypatch) -> None:
    use_fake_pages(monkeypatch)
    ws = make_workspace(data_dir, fast_kdf)
    ws.close()
    ctl = _controller(access, dialogs, insecure=True)
    try:
        ctl.start()
        unlock = ctl.unlock_window
        assert insecure_kdf_text() in unlock.windowTitle()
        assert unlock.banner.isVisible() and insecure_kdf_text() in unlock.banner.text()
        ctl.show_main(_open(data_dir, fast_kdf))
        main = ctl.main_window
        assert insecure_kdf_text() in main.windowTitle()
        notices = [w.text() for w in main.statusBar().findChildren(QLabel) if w.isVisible()]
        assert insecure_kdf_text() in notices
    finally:
        close_controller(ctl)


def test_without_it_the_titles_are_the_usual_ones(qtbot, access, dialogs, data_dir, fast_kdf, monkeypatch) -> None:
    use_fake_pages(monkeypatch)
    make_workspace(data_dir, fast_kdf).close()
    ctl = _controller(access, dialogs, insecure=False)
    try:
        ctl.start()
        assert ctl.unlock_window.windowTitle() == "Integration Journal" and not ctl.unlock_window.banner.isVisible()
        ctl.show_main(_open(data_dir, fast_kdf))
        assert ctl.main_window.windowTitle() == "Integration Journal"
        assert all(insecure_kdf_text() not in w.text() for w in ctl.main_window.statusBar().findChildren(QLabel))
    finally:
        close_controller(ctl)


def _open(data_dir, policy):
    from integration_journal.storage.workspace import Workspace
    from tests.helpers.workspaces import PASSPHRASE

    return Workspace.open(data_dir, PASSPHRASE, policy=policy)
