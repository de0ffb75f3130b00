"""Demo mode: a throw-away journal in the user cache folder, its passphrase on the unlock window,
and nothing left behind after quitting."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from integration_journal.gui import app as app_module
from integration_journal.gui.demo import create_demo, demo_root, remove_stale_demos
from integration_journal.ui.input_behaviour import input_style


@pytest.fixture
def restore_look(qapp):
    palette, font, style = QPalette(qapp.palette()), qapp.font(), qapp.style().name()
    yield
    qapp.setStyle(input_style(style))  # the app's style is its input behaviour over the named one
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_the_demo_journal_lives_privately_in_the_cache_folder_and_opens(tmp_path, fast_kdf) -> None:
    from integration_journal.storage.workspace import Workspace

    fractions: list[float] = []
    demo = create_demo(entries=40, days=30, policy=fast_kdf, progress=fractions.append)
    try:
        root = demo_root()
        assert root == tmp_path / "home/.cache/integration-journal/demo"  # the (isolated) user cache dir
        assert demo.data_dir.parent == root
        assert oct(os.stat(demo.data_dir).st_mode & 0o777) == "0o700"
        assert fractions[0] == 0.0 and fractions[-1] == 1.0 and fractions == sorted(fractions)
        assert demo.passphrase not in repr(demo)
        with Workspace.open(demo.data_dir, demo.passphrase, policy=fast_kdf) as ws:
            assert len(ws.journal.list(kind="entry")) == 40
            profiles = ws.journal.list(kind="profile")
            assert len(profiles) == 1 and profiles[0].display_name == "Sam (demo)"
            assert profiles[0].country_code == "US"  # the sample profile's details were taken over
    finally:
        demo.remove()
    assert not demo.data_dir.exists()


def test_leftovers_of_a_crashed_demo_are_removed_but_not_a_running_one(fast_kdf) -> None:
    from integration_journal.storage.workspace import Workspace

    crashed = create_demo(entries=1, days=2, policy=fast_kdf)  # never removed: as if the app had crashed
    running = create_demo(entries=1, days=2, policy=fast_kdf)
    assert not crashed.exists  # the next demo start cleaned it up
    with Workspace.open(running.data_dir, running.passphrase, policy=fast_kdf):
        assert remove_stale_demos() == []  # its instance lock is held: it is in use
        assert running.exists
    assert remove_stale_demos() == [running.data_dir]


def test_demo_mode_shows_the_passphrase_unlocks_and_removes_its_folder_on_quit(
        qtbot, qapp, dialogs, restore_look) -> None:
    from integration_journal.ui.main_window import MainWindow
    from integration_journal.ui.unlock_window import UnlockWindow

    seen: dict[str, object] = {}

    def top(kind):
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)

    def drive() -> None:
        main = top(MainWindow)
        if main is not None and main.workspace is not None:
            seen["notice"] = main.notice_label.text()
            seen["entries"] = len(main.workspace.journal.list(kind="entry"))
            seen["folder"] = Path(main.workspace.data_dir)
            main.close()
            return
        unlock = top(UnlockWindow)
        if unlock is not None and "banner" not in seen:
            seen["banner"] = banner = unlock.banner.text()
            passphrase = banner.split("<b>")[1].split("</b>")[0]
            QTest.keyClicks(unlock.passphrase_edit, passphrase)
            QTest.keyClick(unlock.passphrase_edit, Qt.Key.Key_Return)
        poll.start()

    poll = QTimer()
    poll.setSingleShot(True)
    poll.setInterval(20)
    poll.timeout.connect(drive)
    poll.start()
    QTimer.singleShot(30_000, qapp.quit)  # a failing step must not hang the suite
    assert app_module.run_gui(demo=True, dialogs=dialogs, demo_entries=25) == 0
    poll.stop()

    assert "demo journal" in str(seen["banner"]) and "deleted when you quit" in str(seen["banner"])
    assert seen["entries"] == 25
    assert "Demo journal" in str(seen["notice"])
    folder = seen["folder"]
    assert isinstance(folder, Path) and folder.parent == demo_root()
    assert not folder.exists()  # removed on quit
