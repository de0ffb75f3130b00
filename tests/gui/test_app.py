"""The composition root: startup imports, the status bar, accessible names."""

from __future__ import annotations

import subprocess
import sys
import types

from integration_journal.gui import app
from integration_journal.ui.main_window import MainWindow


def test_the_unlock_screen_loads_without_sql_or_storage() -> None:
    code = ("import sys, integration_journal.gui.app, integration_journal.ui.create_dialog, "
            "integration_journal.ui.main_window\n"
            "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'markdown') "
            "or (m.startswith('integration_journal.storage') "
            "and m not in ('integration_journal.storage', 'integration_journal.storage.paths', "
            "'integration_journal.storage.memory'))]\n"
            "print(heavy)\nsys.exit(1 if heavy else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_main_window_and_every_page_are_imported_on_a_worker_before_unlock() -> None:
    """After the key derivation only the person's data should cost time, not ~400 ms of imports: the
    warm-up imports the window and both roles' pages on a worker thread (modules only, no widgets)."""
    code = ("import sys, threading\n"
            "from PySide6.QtWidgets import QApplication\n"
            "qt = QApplication([])\n"
            "from integration_journal.gui import app\n"
            "from integration_journal.ui.pages import registry\n"
            "worker = threading.Thread(target=app.preload_main_window_modules)\n"
            "worker.start(); worker.join()\n"
            "wanted = [m for m, _ in registry.PATIENT_PAGES + registry.THERAPIST_PAGES]\n"
            "wanted.append('integration_journal.ui.main_window')\n"
            "missing = [m for m in wanted if m not in sys.modules]\n"
            "print(missing)\nsys.exit(1 if missing else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_controller_warms_the_main_window_up_while_the_unlock_window_shows(qtbot, controller,
                                                                              monkeypatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(app, "preload_main_window_modules", lambda: calls.append("preloaded"))
    controller.start()
    qtbot.waitUntil(lambda: calls == ["preloaded"], timeout=5000)


def test_damaged_records_are_counted_in_the_status_bar(qtbot, dialogs) -> None:
    journal = types.SimpleNamespace(list=lambda kind, light=False: [], count=lambda kind=None: 0)
    ws = types.SimpleNamespace(journal=journal, damaged=[object(), object()], close=lambda: None, loading=False,
                                 keep_out_of_collector=lambda: None)
    window = MainWindow(ws, dialogs)
    qtbot.addWidget(window)
    window.show()
    assert window.damaged_label.isVisible()
    assert window.damaged_label.text() == "2 records could not be read — run Verify"


def test_every_control_has_an_accessible_name(qtbot, access, dialogs) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QProgressBar, QTableView, QToolBar, QWidget

    from integration_journal.ui.create_dialog import CreateJournalDialog
    from integration_journal.ui.recover_dialog import RecoverDialog
    from integration_journal.ui.unlock_window import UnlockWindow

    journal = types.SimpleNamespace(list=lambda kind, light=False: [], count=lambda kind=None: 0)
    ws = types.SimpleNamespace(journal=journal, damaged=[], close=lambda: None, loading=False,
                                 keep_out_of_collector=lambda: None)
    windows = [UnlockWindow(access, dialogs), CreateJournalDialog(access, dialogs),
               RecoverDialog(access, dialogs), MainWindow(ws, dialogs)]
    for window in windows:
        qtbot.addWidget(window)
        controls = [w for w in window.findChildren(QWidget)
                    if isinstance(w, (QAbstractButton, QLineEdit, QProgressBar, QTableView))
                    and not isinstance(w.parent(), QToolBar)  # tool buttons are named by their action
                    and not w.objectName().startswith("qt_")]  # Qt's own (corner, overflow buttons)
        unnamed = [type(c).__name__ for c in controls if not c.accessibleName()]
        assert not unnamed, f"{type(window).__name__}: {unnamed}"
