"""Notice whether anything opens or reads a file: Linux inotify through ctypes (no extra package).
Access times cannot tell (relatime and noatime mounts); the kernel's own event can."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
import sys
from pathlib import Path

IN_ACCESS = 0x00000001
IN_OPEN = 0x00000020
IN_NONBLOCK = 0o4000
_EVENT = struct.Struct("iIII")

AVAILABLE = sys.platform.startswith("linux")


class FileReads:
    """Watches one file for opens and reads from the moment it is made until `close()`."""

    def __init__(self, path: Path) -> None:
        if not AVAILABLE:
            raise RuntimeError("inotify is Linux only")
        self._libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        self._fd = self._libc.inotify_init1(IN_NONBLOCK)
        if self._fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        if self._libc.inotify_add_watch(self._fd, os.fsencode(path), IN_OPEN | IN_ACCESS) < 0:
            os.close(self._fd)
            raise OSError(ctypes.get_errno(), f"inotify_add_watch {path}")
        self.events: list[int] = []

    def poll(self) -> list[int]:
        """Every open or read since the watch began (the event masks)."""
        while True:
            try:
                data = os.read(self._fd, 4096)
            except BlockingIOError:
                return self.events
            offset = 0
            while offset < len(data):
                _wd, mask, _cookie, length = _EVENT.unpack_from(data, offset)
                self.events.append(mask)
                offset += _EVENT.size + length

    def close(self) -> None:
        os.close(self._fd)

    def __enter__(self) -> FileReads:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
