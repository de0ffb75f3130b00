"""The composition root: startup imports, the status bar, accessible names."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

from integration_journal import app
from integration_journal.ui.main_window import MainWindow


def test_the_unlock_screen_loads_without_sql_or_storage() -> None:
    code = ("import sys, integration_journal.app, integration_journal.ui.create_dialog, "
            "integration_journal.ui.main_window\n"
            "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'markdown') "
            "or m.startswith('integration_journal.storage')]\n"
            "print(heavy)\nsys.exit(1 if heavy else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_damaged_records_are_counted_in_the_status_bar(qtbot, dialogs) -> None:
    journal = types.SimpleNamespace(list=lambda kind: [])
    ws = types.SimpleNamespace(journal=journal, damaged=[object(), object()], close=lambda: None)
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

    journal = types.SimpleNamespace(list=lambda kind: [])
    ws = types.SimpleNamespace(journal=journal, damaged=[], close=lambda: None)
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
