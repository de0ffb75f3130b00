"""Audit finding: a hostile KDF header hung unlock and `restore` for hours. Through the real CLI: a
journal or a backup whose header asks for the old parser's maxima (4 GiB, t = 1000, p = 255) is
refused at once as a damaged header (exit 1, one line), without running Argon2id, and nothing changes."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

import pytest

from integration_journal.crypto import kdf

HOSTILE = {"m": 4 * 1024 * 1024, "t": 1000, "p": 255}


def dump(path: Path) -> dict[str, list]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in ("vault_meta", "records", "manifest", "alembic_version")}
    finally:
        conn.close()


def _make_hostile(vault: Path, **change) -> None:
    conn = sqlite3.connect(vault, isolation_level=None)
    try:
        params = json.loads(conn.execute("SELECT kdf FROM vault_meta").fetchone()[0])
        params.update(change or HOSTILE)
        conn.execute("UPDATE vault_meta SET kdf=?", (json.dumps(params, sort_keys=True).encode(),))
    finally:
        conn.close()


class Argon2Gate:
    """Lets Argon2id run only while `allowed` (the test's own set-up), and fails the test otherwise."""

    def __init__(self, real) -> None:
        self.real = real
        self.allowed = False

    def __call__(self, *args, **kwargs):
        if not self.allowed:
            raise AssertionError("Argon2id was started on a hostile header")
        return self.real(*args, **kwargs)


@pytest.fixture
def no_argon2(monkeypatch) -> Argon2Gate:
    gate = Argon2Gate(kdf.Argon2id)
    monkeypatch.setattr(kdf, "Argon2id", gate)
    return gate


@pytest.mark.parametrize("change", [HOSTILE, {"m": HOSTILE["m"]}, {"t": HOSTILE["t"]}, {"p": 255, "m": 8 * 255}])
@pytest.mark.parametrize("command", [("verify",), ("list",), ("add", "--title", "t", "--body", "b")])
def test_unlock_refuses_a_hostile_header_at_once(run, journal_dir: Path, no_argon2, change, command) -> None:
    no_argon2.allowed = False
    vault = journal_dir / "journal.ijvault"
    _make_hostile(vault, **change)
    before = dump(vault)
    start = time.monotonic()
    result = run(*command)
    assert time.monotonic() - start < 5
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "header is damaged" in lines[0], result.err
    assert dump(vault) == before


def test_restore_refuses_a_hostile_backup_and_keeps_the_journal(run, journal_dir: Path, tmp_path: Path,
                                                                no_argon2) -> None:
    backup = tmp_path / "hostile.ijbackup"
    no_argon2.allowed = True  # the backup itself is made with a real (fast) derivation
    assert run("backup", "--out", str(backup)).code == 0
    assert run("add", "--title", "after the backup", "--body", "kept").code == 0
    _make_hostile(backup)
    vault = journal_dir / "journal.ijvault"
    before = dump(vault)
    no_argon2.allowed = False
    start = time.monotonic()
    result = run("restore", str(backup))
    assert time.monotonic() - start < 5
    assert result.code == 1
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and "header is damaged" in lines[0], result.err
    assert dump(vault) == before
    assert not (journal_dir / "backups").exists() or not any("before-restore" in p.name
                                                              for p in (journal_dir / "backups").iterdir())
    no_argon2.allowed = True
    listed = run("list")
    assert listed.code == 0 and "after the backup" in listed.out
