"""Composition root: the application object, the data folder, the vault access, and the windows.

Only PySide6 and the unlock screen are imported up front, so the first window appears quickly; the
storage layer (SQLAlchemy, Alembic, the vault) is imported on a worker thread while the person types.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication

from integration_journal.paths import vault_file
from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.session import VaultAccess, close_quietly
from integration_journal.ui.unlock_window import UnlockWindow
from integration_journal.ui.workers import run_in_background

if TYPE_CHECKING:
    from integration_journal.crypto.kdf import KdfPolicy
    from integration_journal.core.records import Role
    from integration_journal.crypto.recovery import RecoveryKit
    from integration_journal.storage.workspace import Workspace
    from integration_journal.ui.create_dialog import CreateJournalDialog
    from integration_journal.ui.main_window import MainWindow

ORGANIZATION = "integration-journal"
APPLICATION = "integration-journal"
DISPLAY_NAME = "Integration Journal"


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


@dataclass
class StorageAccess:
    """The windows' only door to storage (ui.session.VaultAccess). Every method but `exists` runs on
    a worker thread and imports storage itself."""

    data_dir: Path
    policy: KdfPolicy

    def exists(self) -> bool:
        return vault_file(self.data_dir).is_file()

    def prepare(self) -> None:
        import integration_journal.storage.workspace  # noqa: F401 - warm the import while the person types

    def create(self, passphrase: str, *, role: Role, display_name: str,
               progress: Callable[[float], None] | None = None) -> tuple[Workspace, RecoveryKit]:
        from integration_journal.storage.workspace import Workspace

        return Workspace.create(self.data_dir, passphrase, role=role, display_name=display_name,
                                policy=self.policy, progress=progress)

    def open(self, passphrase: str) -> Workspace:
        from integration_journal.storage.workspace import Workspace

        return Workspace.open(self.data_dir, passphrase, policy=self.policy)

    def recover(self, kit_text: str, new_passphrase: str) -> tuple[Workspace, RecoveryKit]:
        from integration_journal.storage.workspace import Workspace

        ws, kit = Workspace.recover(self.data_dir, kit_text, new_passphrase, policy=self.policy)
        try:
            ws.journal.audit("recovered_with_kit")
        except BaseException:
            ws.close()
            raise
        return ws, kit


class AppController(QObject):
    """Which window is on screen, and who holds the unlocked workspace. Emits `finished` when the
    person closes the app (not on lock)."""

    finished = Signal()

    def __init__(self, access: VaultAccess, dialogs: Dialogs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.dialogs = dialogs
        self.unlock_window: UnlockWindow | None = None
        self.create_dialog: CreateJournalDialog | None = None
        self.main_window: MainWindow | None = None

    def start(self) -> None:
        if self.access.exists():
            self.show_unlock()
        else:
            self.show_create()
        # A failed warm-up is not reported: the unlock itself imports again and says what went wrong.
        run_in_background(self.access.prepare, lambda _result: None, lambda _exc: None, parent=self)

    def show_create(self) -> None:
        from integration_journal.ui.create_dialog import CreateJournalDialog

        self.create_dialog = CreateJournalDialog(self.access, self.dialogs)
        self.create_dialog.workspace_ready.connect(self.show_main)
        self.create_dialog.rejected.connect(self.finished)
        self.create_dialog.show()

    def show_unlock(self) -> None:
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(self.access, self.dialogs)
            self.unlock_window.unlocked.connect(self.show_main)
            self.unlock_window.closed.connect(self.finished)
        self.unlock_window.reset()
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()

    def show_main(self, ws: Workspace) -> None:
        from integration_journal.ui.main_window import MainWindow

        try:
            self.main_window = MainWindow(ws, self.dialogs)
        except BaseException:
            close_quietly(ws)
            raise
        self.main_window.locked.connect(self._locked)
        self.main_window.closed.connect(self.finished)
        self.main_window.show()
        if self.unlock_window is not None:
            self.unlock_window.hide()

    def _locked(self) -> None:
        window, self.main_window = self.main_window, None
        self.show_unlock()
        if window is not None:
            window.hide()
            window.deleteLater()

    def shutdown(self) -> None:
        """Close every workspace still held, including ones an unlock in flight is about to deliver."""
        if self.unlock_window is not None:
            self.unlock_window.cancel_pending()
        if self.create_dialog is not None:
            self.create_dialog.release()
        if self.main_window is not None:
            self.main_window.close()
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.sendPostedEvents()  # results of cancelled attempts reach their closers


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setQuitOnLastWindowClosed(False)  # the controller decides: a lock hides windows, it does not quit
    return app


def run_gui(data_dir: Path | None = None, demo: bool = False, *, dialogs: Dialogs | None = None) -> int:
    app = _application()
    dialogs = dialogs or Dialogs()
    if demo:
        dialogs.inform(None, _tr("Demo mode"),
                       _tr("Demo mode arrives with the patient app. Until then, Integration Journal opens "
                           "your own journal."))
        return 0
    from integration_journal.paths import default_data_dir, kdf_policy_from_env

    access = StorageAccess(data_dir or default_data_dir(), kdf_policy_from_env())
    controller = AppController(access, dialogs)
    controller.finished.connect(app.quit)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
