"""Audit finding "deleting the manifest makes a rollback stick", through the real command line.

The report: with the data folder, an attacker copies an older authentic row of a record from backups/
over the current one and runs `DELETE FROM manifest`. `show` used to display the old dose ("take 10 mg"
instead of the doctor's correction "take 5 mg") with no warning, and the first `add` rebuilt the
manifest around the attacker's state, after which `verify` said OK. Now reading warns, every write is
refused (exit 1, one line, nothing changed), `verify` reports the same problem, and only an explicit
`accept-current-state` (recorded in the security log) or a `restore` moves on.

Helpers are local (plain sqlite3, as the attacker would use) so these tests do not depend on the
shared test helpers being moved.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from integration_journal.storage import backups
from tests.helpers.workspaces import PASSPHRASE

TABLES = ("vault_meta", "records", "manifest", "alembic_version")
PROG = "integration-journal"


def sql(path: Path, statement: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return conn.execute(statement, params).fetchall()
    finally:
        conn.close()


def dump(path: Path) -> dict[str, list[tuple]]:
    return {t: sorted(sql(path, f"SELECT * FROM {t}"), key=repr) for t in TABLES}


def row_in(path: Path, record_id: bytes) -> tuple:
    (row,) = sql(path, "SELECT id, key_id, revision, nonce, ciphertext FROM records WHERE id=?", (record_id,))
    return row


def put_back(vault: Path, row: tuple) -> None:
    sql(vault, "INSERT OR REPLACE INTO records (id, key_id, revision, nonce, ciphertext) VALUES (?,?,?,?,?)", row)


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


def audit_events(data_dir: Path, fast_kdf) -> list:
    from integration_journal.storage.workspace import Workspace

    with Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf, backup=False) as ws:
        return ws.journal.list(kind="audit")


@pytest.fixture
def corrected(run, journal_dir: Path) -> tuple[str, Path]:
    """An entry with a dose, then the doctor's correction. Returns its id and the vault path."""
    added = run("add", "--title", "Medication", "--body", "take 10 mg")
    assert added.code == 0, added.err
    rid = added.out.strip()
    edited = run("edit", rid, "--body", "take 5 mg")
    assert edited.code == 0, edited.err
    return rid, journal_dir / "journal.ijvault"


def older_row_from_backups(data_dir: Path, rid: str) -> tuple:
    """The attacker's source: the newest rotating backup that still holds the first version."""
    for backup in backups.rotating_backups(data_dir):
        row = sql(backup, "SELECT id, key_id, revision, nonce, ciphertext FROM records WHERE id=?", (bytes.fromhex(rid),))
        if row and row[0][2] == 1:
            return row[0]
    raise AssertionError("no backup holds the first version")


def assert_writes_refused(run, vault: Path, data_dir: Path, needle: str) -> None:
    before, kept = dump(vault), backups.rotating_backups(data_dir)
    for command in (("add", "--title", "x", "--body", "y"), ("checkin", "--mood", "5", "--anxiety", "3"),
                    ("export", "--format", "json", "--out", str(data_dir.parent / "out.json")),
                    ("backup", "--out", str(data_dir.parent / "b.ijbackup")), ("card",)):
        result = run(*command)
        assert result.code == 1, (command, result.out, result.err)
        errors = [line for line in result.err.splitlines() if f"{PROG}: error:" in line]
        assert len(errors) == 1 and result.err.strip().endswith(errors[0]), result.err  # (export warns first)
        line = errors[0]
        assert line.startswith(f"{PROG}: error: Nothing was changed: ") and needle in line, line
        assert "verify" in line and "restore FILE" in line and "accept-current-state" in line
    assert not (data_dir.parent / "out.json").exists() and not (data_dir.parent / "b.ijbackup").exists()
    assert dump(vault) == before
    assert backups.rotating_backups(data_dir) == kept  # no copy of the doubtful state pushes good ones out


# --- the attack as reported -------------------------------------------------------------------


def test_rolled_back_dose_with_the_manifest_deleted(run, corrected, data_dir: Path, fast_kdf) -> None:
    rid, vault = corrected
    put_back(vault, older_row_from_backups(data_dir, rid))
    sql(vault, "DELETE FROM manifest")

    shown = run("show", rid)
    assert shown.code == 0 and "take 10 mg" in shown.out  # still readable: nothing is lost ...
    assert "integrity record was removed outside the app" in shown.err  # ... but never without a warning
    assert "accept-current-state" in shown.err

    assert_writes_refused(run, vault, data_dir, "integrity record was removed outside the app")

    verified = run("verify")
    assert verified.code == 1
    assert verified.out.startswith("INTEGRITY manifest_removed: The journal's integrity record was removed")
    assert "accept-current-state" in verified.err
    assert run("verify").out == verified.out  # and again: nothing was adopted in between
    assert run("add", "--title", "x", "--body", "y").code == 1


def test_accept_current_state_is_explicit_and_recorded(run, corrected, data_dir: Path, fast_kdf) -> None:
    rid, vault = corrected
    put_back(vault, older_row_from_backups(data_dir, rid))
    sql(vault, "DELETE FROM manifest")

    accepted = run("accept-current-state")
    assert accepted.code == 0, accepted.err
    assert "Accepted the journal as it is now" in accepted.out and "security log" in accepted.out
    assert "Accepting: The journal's integrity record was removed" in accepted.err
    copies = [p for p in backups.rotating_backups(data_dir) if "before-accept" in p.name]
    assert len(copies) == 1 and str(copies[0]) in accepted.out  # the state as it was is kept
    assert run("verify").code == 0
    shown = run("show", rid)
    assert "take 10 mg" in shown.out and shown.err == ""  # what the person chose to keep
    assert run("add", "--title", "x", "--body", "y").code == 0
    assert run("accept-current-state").out.startswith("Nothing to accept")

    events = [e for e in audit_events(data_dir, fast_kdf) if e.event == "integrity_state_accepted"]
    assert len(events) == 1
    details = dict(events[0].details)
    assert details.keys() == {"problems", "records", "damaged"}  # which problems and counts: never content
    assert details["problems"] == "manifest_removed" and details["records"] >= 3 and details["damaged"] == 0


def test_restoring_a_backup_instead(run, corrected, data_dir: Path) -> None:
    rid, vault = corrected
    assert run("list").code == 0  # an unlock after the correction: its backup holds "take 5 mg"
    good = backups.rotating_backups(data_dir)[0]
    put_back(vault, older_row_from_backups(data_dir, rid))
    sql(vault, "DELETE FROM manifest")
    assert run("add", "--title", "x", "--body", "y").code == 1

    restored = run("restore", str(good))
    assert restored.code == 0, restored.err
    shown = run("show", rid)
    assert "take 5 mg" in shown.out and shown.err == ""
    assert run("verify").code == 0
    assert run("add", "--title", "x", "--body", "y").code == 0


@pytest.mark.parametrize("attack", ["delete", "resurrect"])
def test_deleted_or_resurrected_record_with_the_manifest_deleted(run, corrected, data_dir: Path, attack) -> None:
    rid, vault = corrected
    if attack == "delete":
        sql(vault, "DELETE FROM records WHERE id=?", (bytes.fromhex(rid),))
    else:
        purged_row = row_in(vault, bytes.fromhex(rid))
        assert run("delete", "--purge", rid).code == 0
        put_back(vault, purged_row)
    sql(vault, "DELETE FROM manifest")
    listed = run("list")
    assert listed.code == 0 and ("Medication" in listed.out) == (attack == "resurrect")
    assert "integrity record was removed outside the app" in listed.err
    assert_writes_refused(run, vault, data_dir, "integrity record was removed")
    assert run("verify").out.startswith("INTEGRITY manifest_removed")


# --- whole-file rollback: this computer remembers ------------------------------------------------


def test_whole_journal_replaced_by_an_older_copy(run, corrected, data_dir: Path) -> None:
    rid, vault = corrected
    older = data_dir.parent / "kept-copy.ijvault"
    shutil.copyfile(vault, older)  # the attacker's kept copy (the WAL is empty after each command)
    assert run("edit", rid, "--body", "take 2.5 mg").code == 0
    shutil.copyfile(older, vault)

    expected = f"This journal is older than the one last opened here on {dt.date.today().isoformat()}"
    listed = run("list")
    assert listed.code == 0 and expected in listed.err
    assert_writes_refused(run, vault, data_dir, expected)
    verified = run("verify")
    assert verified.code == 1 and verified.out.startswith(f"INTEGRITY older_than_seen_here: {expected}")
    assert run("accept-current-state").code == 0
    assert run("verify").code == 0 and "take 5 mg" in run("show", rid).out


_CRASH_AFTER_COMMIT = """
import os, sys
from integration_journal.storage import db
db.checkpoint = lambda conn: os._exit(0)  # killed after the commit, before the WAL is folded in
from integration_journal.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_deleting_the_wal_after_a_crash(run, journal_dir: Path) -> None:
    vault = journal_dir / "journal.ijvault"
    crashed = subprocess.run([sys.executable, "-c", _CRASH_AFTER_COMMIT, "add", "--title", "Lost", "--body", "x"],
                             env=dict(os.environ), capture_output=True, timeout=120)
    assert crashed.returncode == 0, crashed.stderr
    wal = Path(f"{vault}-wal")
    assert wal.stat().st_size > 0  # the entry is only in the write-ahead log
    wal.unlink()
    Path(f"{vault}-shm").unlink(missing_ok=True)

    listed = run("list")
    assert listed.code == 0 and "Lost" not in listed.out
    assert "This journal is older than the one last opened here on" in listed.err
    assert "changes were lost (for example after a crash)" in listed.err
    assert run("add", "--title", "x", "--body", "y").code == 1
    assert run("verify").out.startswith("INTEGRITY older_than_seen_here")
