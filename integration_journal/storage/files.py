"""Private files: 0700 folders, 0600 files, atomic replacement."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from integration_journal.core.private_files import fsync_dir  # noqa: F401 - shared with the vault and backups
from integration_journal.errors import StorageFull, VaultError


def private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


def create_private_file(path: Path) -> None:
    """Create an empty file readable only by its owner, before any byte is written to it."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def os_errors(action: str):
    """Turn OS errors into the app's typed errors; a full disk gets its own message."""
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull() from exc
        raise VaultError(f"Could not {action}: {exc.strerror or exc}.") from exc


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
