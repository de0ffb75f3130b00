"""The shared shape of dialogs that end with a new recovery kit: creating a journal, and recovering one.

Both run slow key work off the UI thread, then hold an unlocked workspace while the kit is on screen, and
hand it on only after the person has checked their copy of the kit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.messages import describe
from integration_journal.ui.session import (
    PendingUnlock,
    close_quietly,
    unlock_in_background,
)


class KitIssuingDialog(QDialog):
    """Emits `workspace_ready(workspace)` once the kit was checked; the receiver then owns the workspace.
    Rejected means this dialog holds nothing open any more.

    Subclasses lay out their own pages and implement `set_busy`, `show_error` and `kit_issued`, and call
    `hand_over()` when the person is done."""

    workspace_ready = Signal(object)

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._pending: PendingUnlock | None = None
        self._ws: Any = None

    # --- for subclasses -------------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        raise NotImplementedError

    def show_error(self, text: str) -> None:
        raise NotImplementedError

    def kit_issued(self, ws: Any, kit: Any) -> None:
        """The workspace is open and `kit` (a crypto.recovery.RecoveryKit) is to be shown once."""
        raise NotImplementedError

    def kit_unchecked(self) -> bool:
        """Whether leaving now would lose a kit the person has not confirmed a copy of."""
        return self._ws is not None

    def work_failed(self, exc: BaseException) -> None:
        """The key work raised; the default says so in the subclass's words."""
        self.show_error(describe(exc))

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
        try:
            self.kit_issued(self._ws, kit)
        except BaseException:
            self.release()
            raise

    def _failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        self.work_failed(exc)

    def hand_over(self) -> None:
        """Done: the receiver of `workspace_ready` owns the workspace from here."""
        ws, self._ws = self._ws, None
        self.accept()
        self.workspace_ready.emit(ws)

    # --- leaving --------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.busy:
            return  # the key work takes seconds and cannot be interrupted half-way
        if self.kit_unchecked() and not self._dialogs.confirm(
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
