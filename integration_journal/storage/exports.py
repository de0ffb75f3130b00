"""Plaintext export files (summaries): private from the first byte, written beside the target and renamed."""

from __future__ import annotations

import os
from pathlib import Path

from integration_journal.core.errors import VaultError
from integration_journal.storage.files import os_errors


def write_export(out: Path, data: bytes) -> None:
    """Write `data` to `out` with mode 0600; a crash leaves the old file (or none), never half of one.
    Raises StorageFull or VaultError with the reason."""
    if out.is_dir():
        raise VaultError(f"{out} is a folder; choose a file name.")
    tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
    with os_errors(f"write {out.name}"):
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, out)
        except BaseException:
            try:
                tmp.unlink()
            except OSError:
                pass
            raise
