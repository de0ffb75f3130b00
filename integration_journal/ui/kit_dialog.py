"""The shared shape of dialogs that end with a new recovery kit: creating a journal, and recovering one.

Both run slow key work off the UI thread, then hold an unlocked workspace while the kit is on screen, and
hand it on only after the person has checked their copy of the kit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.messages import describe
from integration_journal.ui.recovery_kit import RecoveryKitPanel
from integration_journal.ui.session import PendingUnlock, close_quietly, unlock_in_background


class KitIssuingDialog(QDialog):
    """Emits `workspace_ready(workspace)` once the kit was checked; the receiver then owns the workspace.
    Rejected means this dialog holds nothing open any more."""

    workspace_ready = Signal(object)
    FORM_PAGE, KIT_PAGE = 0, 1

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._pending: PendingUnlock | None = None
        self._ws: Any = None
        self.kit_panel: RecoveryKitPanel | None = None
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.pages)

    # --- for subclasses -------------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        raise NotImplementedError

    def kit_intro(self) -> str | None:
        return None

    # --- the work -------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._pending is not None and not self._pending.finished

    def run(self, fn: Callable[[], tuple[Any, Any]]) -> None:
        """`fn` runs on a worker and returns (workspace, recovery kit)."""
        self._pending = unlock_in_background(fn, self._succeeded, self._failed, parent=self)
        self.set_busy(True)

    def _succeeded(self, result: tuple[Any, Any]) -> None:
        self._ws, kit = result
        self.set_busy(False)
        self.kit_panel = RecoveryKitPanel(kit.groups(), self._dialogs, intro=self.kit_intro())
        self.kit_panel.confirmed.connect(self._kit_confirmed)
        self.pages.addWidget(self.kit_panel)
        self.pages.setCurrentWidget(self.kit_panel)
        self.kit_panel.written_button.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.show_error(describe(exc))

    def _kit_confirmed(self) -> None:
        ws, self._ws = self._ws, None
        self.accept()
        self.workspace_ready.emit(ws)

    # --- leaving --------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.busy:
            return  # the key work takes seconds and cannot be interrupted half-way
        if self._ws is not None:
            if not self._dialogs.confirm(
                self, self.tr("Leave without checking the kit?"),
                self.tr("You will not see this recovery kit again. Your journal opens with your "
                        "passphrase, but without the kit a forgotten passphrase cannot be reset."),
                accept=self.tr("Leave anyway"), reject=self.tr("Back to the kit"),
            ):
                return
        self.release()
        super().reject()

    def release(self) -> None:
        """Close whatever this dialog still holds; an attempt still running is closed when it ends."""
        if self._pending is not None:
            self._pending.cancel()
        ws, self._ws = self._ws, None
        close_quietly(ws)
