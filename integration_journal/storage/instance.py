"""One running instance per vault: an OS file lock that dies with the process that holds it."""

from __future__ import annotations

import os
from pathlib import Path

from integration_journal.errors import VaultInUse


class InstanceLock:
    """Held while a vault is open. A lock left by a crashed process is released by the OS, so the
    next start simply takes it over; the pid written inside only serves the error message."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            pid = _read_pid(fd)
            os.close(fd)
            raise VaultInUse(pid) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        try:
            _unlock(fd)
        except OSError:
            pass  # closing the file releases the lock in any case
        os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        raw = os.read(fd, 32)
        return int(raw.decode("ascii").strip()) if raw.strip() else None
    except (OSError, ValueError):
        return None


# The OS lock: flock on Linux and macOS; on Windows a byte-range lock on the file's first byte, which
# Windows also drops when the process dies. `system` is os.name (tests fake the other one).

def _lock(fd: int, system: str | None = None) -> None:
    if (system or os.name) == "nt":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)  # msvcrt locks from the current position
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fd: int, system: str | None = None) -> None:
    if (system or os.name) == "nt":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)
