"""Plaintext export files: 0600 from the first byte, replaced whole, typed errors, nothing half-written."""

from __future__ import annotations

import errno
import os

import pytest

from integration_journal.errors import StorageFull, VaultError
from integration_journal.storage import exports


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "exports"  # tmp_path also holds the isolated home folder
    path.mkdir()
    return path


def test_written_private_and_replaced_whole(folder):
    out = folder / "summary.md"
    out.write_text("old")
    exports.write_export(out, b"new contents")
    assert out.read_bytes() == b"new contents"
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in folder.iterdir()) == ["summary.md"]


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(VaultError, match="is a folder"):
        exports.write_export(tmp_path, b"x")


def test_a_full_disk_leaves_the_old_file_and_no_partial(folder, monkeypatch):
    out = folder / "summary.pdf"
    out.write_bytes(b"old")
    real_fsync = os.fsync

    def full(fd):
        real_fsync(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(StorageFull):
        exports.write_export(out, b"new")
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in folder.iterdir()) == ["summary.pdf"]


def test_a_missing_folder_is_a_plain_error(tmp_path):
    with pytest.raises(VaultError, match="Could not write"):
        exports.write_export(tmp_path / "nowhere" / "s.md", b"x")
