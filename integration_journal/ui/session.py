"""What the windows may ask of the vault, and how an unlock runs so that a lock arriving meanwhile wins.

The windows never import storage: the composition root hands them a `VaultAccess`, whose methods do the
slow work (imports, KDF, decryption) and are only ever called on a worker thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject

from integration_journal.ui.workers import run_in_background

if TYPE_CHECKING:
    from integration_journal.core.records import Role
    from integration_journal.crypto.recovery import RecoveryKit
    from integration_journal.storage.backups import BackupFile
    from integration_journal.storage.workspace import Workspace


class VaultAccess(Protocol):
    data_dir: Path

    def exists(self) -> bool:
        """Whether a journal already lives in the data folder (cheap; safe on the UI thread)."""

    def prepare(self) -> None:
        """Import the storage layer ahead of time (worker thread)."""

    def create(self, passphrase: str, *, role: Role, display_name: str,
               progress: Callable[[float], None] | None = None) -> tuple[Workspace, RecoveryKit]:
        """Create the vault and its profile (worker thread)."""

    def open(self, passphrase: str) -> Workspace:
        """Unlock (worker thread)."""

    def recover(self, kit_text: str, new_passphrase: str) -> tuple[Workspace, RecoveryKit]:
        """Unlock with the recovery kit and set a new passphrase; returns the new kit (worker thread)."""

    def backups(self) -> list[BackupFile]:
        """The journal's rotating backups, newest first (cheap: names and sizes only; safe on the UI thread)."""

    def restore(self, backup: Path, passphrase: str) -> Workspace:
        """Replace the journal with a verified backup (the current one is kept as a backup first) and open
        it with `passphrase` (worker thread)."""


def close_quietly(result: Any) -> None:
    """Close the workspace in a worker's result (a Workspace, or a tuple starting with one)."""
    ws = result[0] if isinstance(result, tuple) else result
    if ws is not None:
        with contextlib.suppress(Exception):
            ws.close()


class PendingUnlock:
    """One attempt to produce an unlocked workspace. Once cancelled, whatever it produces is closed at
    once instead of being shown: a lock or a closed window always wins over an unlock in flight."""

    def __init__(self) -> None:
        self.cancelled = False
        self.finished = False

    def cancel(self) -> None:
        self.cancelled = True


def unlock_in_background(
    fn: Callable[[], Any], on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None],
    *, parent: QObject,
) -> PendingUnlock:
    """Run `fn` (which returns a workspace, or a tuple starting with one) off the UI thread.

    `parent` must outlive the attempt (windows hide rather than delete themselves while one runs);
    the callbacks are skipped, and the workspace closed, if the attempt was cancelled meanwhile.
    """
    pending = PendingUnlock()

    def work() -> Any:
        result = fn()
        if pending.cancelled:  # drop the keys here already; the UI thread may be busy
            close_quietly(result)
            return None
        return result

    def succeeded(result: Any) -> None:
        pending.finished = True
        if pending.cancelled:
            close_quietly(result)
            return
        on_success(result)

    def failed(exc: BaseException) -> None:
        pending.finished = True
        if not pending.cancelled:
            on_failure(exc)

    run_in_background(work, succeeded, failed, parent=parent)
    return pending
