"""Files only their owner can read, written so that a crash leaves the old file or none, never half of one.

Plaintext exports (summaries, charts, the safety plan, share files, the export folder) and the vault's
own files use these. They raise the OSError as it came; each caller turns it into its own typed error
(core.export_markdown.write_private_file, storage.exports.write_export, storage.files.os_errors).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def write_new(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Create `path` (it must not exist) with mode 0600 from the first byte and write `data` to it."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        if sync:
            fh.flush()
            os.fsync(fh.fileno())


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def partial_name(target: Path) -> Path:
    """A hidden name beside `target` for building it before the rename."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")


def replace_privately(target: Path, data: bytes) -> None:
    """Write `data` beside `target`, then rename it into place; on any failure nothing is left behind."""
    partial = partial_name(target)
    try:
        write_new(partial, data)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
