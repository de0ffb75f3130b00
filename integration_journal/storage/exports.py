"""Plaintext export files (summaries): private from the first byte, written beside the target and renamed."""

from __future__ import annotations

from pathlib import Path

from integration_journal.core.private_files import replace_privately
from integration_journal.errors import VaultError
from integration_journal.storage.files import os_errors


def write_export(out: Path, data: bytes) -> None:
    """Write `data` to `out` with mode 0600; a crash leaves the old file (or none), never half of one.
    Raises StorageFull or VaultError with the reason."""
    if out.is_dir():
        raise VaultError(f"{out} is a folder; choose a file name.")
    with os_errors(f"write {out.name}"):
        replace_privately(out, data)
