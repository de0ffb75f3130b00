"""Audit finding "deleting the manifest makes a rollback stick", at the storage layer.

An attacker with the data folder copies an older authentic row of a record over the current one (or
deletes a record, or brings back a purged one) and runs `DELETE FROM manifest`. Before: the vault
adopted every row that authenticated, and the first ordinary write rebuilt the manifest around the
attacker's state. Now: the header pins the manifest, so its removal is itself detected; no ordinary
write adopts anything; `verify`, unlocking and writing report the same problems; only an explicit
acceptance (or a restore) moves on. Whole-file rollbacks are caught by this computer's memory of the
newest epoch it opened (storage.rollback_guard).

Helpers are local on purpose (plain sqlite3, as an attacker would use), independent of the shared
test helpers that are being moved.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
from integration_journal.errors import BadRecoveryKit, IntegrityUnresolved, WrongPassphrase
from integration_journal.storage import backups
from integration_journal.storage.integrity import IntegrityCode
from integration_journal.storage.rollback_guard import RollbackGuard
from integration_journal.storage.vault import FORMAT_PINNED, FORMAT_UNPINNED, Vault
from tests.helpers.workspaces import PASSPHRASE

TABLES = ("vault_meta", "records", "manifest", "alembic_version")
RID = bytes(range(16))
OTHER = bytes(range(16, 32))
DAY = dt.date(2026, 3, 4)


def sql(path: Path, statement: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return conn.execute(statement, params).fetchall()
    finally:
        conn.close()


def dump(path: Path) -> dict[str, list[tuple]]:
    return {t: sorted(sql(path, f"SELECT * FROM {t}"), key=repr) for t in TABLES}


def row_of(path: Path, record_id: bytes) -> tuple:
    (row,) = sql(path, "SELECT key_id, revision, nonce, ciphertext FROM records WHERE id=?", (record_id,))
    return row


def put_row(path: Path, record_id: bytes, row: tuple) -> None:
    sql(path, "INSERT OR REPLACE INTO records (id, key_id, revision, nonce, ciphertext) VALUES (?,?,?,?,?)",
        (record_id, *row))


def unlock(path: Path, passphrase: str = PASSPHRASE, **kwargs) -> Vault:
    kwargs.setdefault("today", lambda: DAY)
    return Vault.unlock(path, passphrase, policy=INSECURE_TEST_POLICY, **kwargs)


def codes(vault: Vault) -> list[IntegrityCode]:
    return [p.code for p in vault.integrity_problems]


def payloads(vault: Vault) -> dict[bytes, bytes]:
    return {r.record_id: r.payload for r in vault.load()[0]}


@pytest.fixture
def guard(tmp_path: Path) -> RollbackGuard:
    return RollbackGuard(tmp_path / "settings" / "opened-journals.json")


@pytest.fixture
def corrected(vault_path: Path, guard: RollbackGuard):
    """A vault where a dose was written, then corrected; returns (path, the row of the old dose, kit)."""
    vault, kit = Vault.create(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY, guard=guard, today=lambda: DAY)
    with vault.transaction() as tx:
        tx.put(RID, b"take 10 mg")
        tx.put(OTHER, b"another record")
    old_row = row_of(vault_path, RID)
    with vault.transaction() as tx:
        tx.put(RID, b"take 5 mg")  # the doctor's correction
    vault.close()
    return vault_path, old_row, kit


def assert_agree(vault: Vault, expected: list[IntegrityCode]) -> None:
    """verify(), unlocking and a write report the same problems, and the write changes nothing."""
    assert codes(vault) == expected
    reported = [d.reason for d in vault.verify() if d.record_id == bytes(16)]
    assert reported == [p.message for p in vault.integrity_problems]
    before = dump(vault.path)
    with pytest.raises(IntegrityUnresolved) as refused:
        with vault.transaction() as tx:
            tx.put(b"\x09" * 16, b"an ordinary write")
    assert [p.code for p in refused.value.problems] == expected
    with pytest.raises(IntegrityUnresolved):
        vault.rotate_record_key()
    assert dump(vault.path) == before


# --- the attack as reported -------------------------------------------------------------------


def test_row_rolled_back_and_manifest_deleted_is_detected_and_never_adopted(corrected, guard):
    path, old_row, _ = corrected
    put_row(path, RID, old_row)
    sql(path, "DELETE FROM manifest")
    tampered = dump(path)
    for _ in range(3):  # every unlock says so again: nothing was adopted in between
        with unlock(path, guard=guard) as v:
            assert v.manifest_problem and "removed outside the app" in v.manifest_problem
            assert payloads(v)[RID] == b"take 10 mg"  # readable, so nothing is lost, but flagged
            assert_agree(v, [IntegrityCode.MANIFEST_REMOVED])
    assert dump(path) == tampered


@pytest.mark.parametrize("attack", ["delete", "resurrect"])
def test_deleted_or_resurrected_record_with_manifest_deleted(vault_path, guard, attack):
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY, guard=guard)
    with vault.transaction() as tx:
        tx.put(RID, b"kept")
        tx.put(OTHER, b"purged later")
    purged_row = row_of(vault_path, OTHER)
    with vault.transaction() as tx:
        tx.delete(OTHER)
    vault.close()
    if attack == "delete":
        sql(vault_path, "DELETE FROM records WHERE id=?", (RID,))
    else:
        put_row(vault_path, OTHER, purged_row)
    sql(vault_path, "DELETE FROM manifest")
    with unlock(vault_path, guard=guard) as v:
        assert_agree(v, [IntegrityCode.MANIFEST_REMOVED])


def test_accepting_is_explicit_and_then_everything_agrees_again(corrected, guard):
    path, old_row, _ = corrected
    put_row(path, RID, old_row)
    sql(path, "DELETE FROM manifest")
    with unlock(path, guard=guard) as v:
        with v.accepting_current_state() as accepted:
            assert [p.code for p in accepted] == [IntegrityCode.MANIFEST_REMOVED]
            with v.transaction() as tx:
                tx.put(b"\x07" * 16, b"the person's audit event")
        assert v.integrity_problems == () and v.verify() == []
        with v.transaction() as tx:  # ordinary writes work again
            tx.put(b"\x08" * 16, b"later")
    with unlock(path, guard=guard) as v:
        assert v.integrity_problems == () and v.verify() == []
        assert payloads(v)[RID] == b"take 10 mg"  # what the person accepted


def test_an_acceptance_that_does_not_commit_changes_nothing(corrected, guard):
    path, old_row, _ = corrected
    sql(path, "DELETE FROM manifest")
    before = dump(path)
    with unlock(path, guard=guard) as v:
        with v.accepting_current_state():
            pass
        with pytest.raises(RuntimeError), v.accepting_current_state(), v.transaction() as tx:
            tx.put(b"\x07" * 16, b"x")
            raise RuntimeError("the caller failed before committing")
        assert codes(v) == [IntegrityCode.MANIFEST_REMOVED]
    assert dump(path) == before


# --- the header pins the manifest ----------------------------------------------------------------


def test_new_vaults_are_pinned(corrected):
    path, _, _ = corrected
    ((fmt, pin),) = sql(path, "SELECT format_version, manifest_pin FROM vault_meta")
    ((epoch,),) = sql(path, "SELECT epoch FROM manifest")
    assert fmt == FORMAT_PINNED and len(pin) == 40 and int.from_bytes(pin[:8], "big") == epoch


@pytest.mark.parametrize("edit", [
    "UPDATE vault_meta SET manifest_pin = NULL",
    "UPDATE vault_meta SET manifest_pin = zeroblob(40)",
    "UPDATE vault_meta SET manifest_pin = substr(manifest_pin, 1, 39)",
    "UPDATE vault_meta SET manifest_pin = 'text'",
    "UPDATE vault_meta SET manifest_pin = substr(manifest_pin, 1, 8) || zeroblob(32)",
])
def test_pin_removed_or_edited_is_reported(corrected, guard, edit):
    path, _, _ = corrected
    sql(path, edit)
    with unlock(path, guard=guard) as v:
        assert_agree(v, [IntegrityCode.MANIFEST_MISMATCH])
        assert payloads(v) == {RID: b"take 5 mg", OTHER: b"another record"}  # rows still check out


def test_older_manifest_and_rows_put_back_under_the_current_header(corrected, guard, tmp_path):
    """A consistent older state of the tables (from a backup), keeping today's header: the pin names
    a newer manifest."""
    path, _, _ = corrected
    older = tmp_path / "older.ijvault"
    shutil.copyfile(path, older)
    with unlock(path, guard=guard) as v, v.transaction() as tx:
        tx.put(RID, b"take 2.5 mg")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS old", (str(older),))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM records")
        conn.execute("INSERT INTO records SELECT * FROM old.records")
        conn.execute("DELETE FROM manifest")
        conn.execute("INSERT INTO manifest SELECT * FROM old.manifest")
        conn.execute("COMMIT")
    finally:
        conn.close()
    with unlock(path, guard=guard) as v:
        assert_agree(v, [IntegrityCode.MANIFEST_MISMATCH])


def test_damaged_manifest(corrected, guard):
    path, _, _ = corrected
    sql(path, "UPDATE manifest SET ciphertext = substr(ciphertext, 2)")
    with unlock(path, guard=guard) as v:
        assert_agree(v, [IntegrityCode.MANIFEST_DAMAGED])


def test_header_edited_back_to_format_1_to_strip_the_pin_no_longer_opens(corrected, guard):
    """The format is bound into both wraps: a downgraded header fails like any other header edit
    (the same error as a wrong passphrase), with the passphrase and with the kit; nothing changes."""
    path, old_row, kit = corrected
    put_row(path, RID, old_row)
    sql(path, "DELETE FROM manifest")
    sql(path, "UPDATE vault_meta SET format_version = ?, manifest_pin = NULL", (FORMAT_UNPINNED,))
    before = dump(path)
    with pytest.raises(WrongPassphrase):
        unlock(path, guard=guard)
    with pytest.raises(BadRecoveryKit):
        Vault.recover(path, kit.text(), "a new passphrase here", policy=INSECURE_TEST_POLICY, guard=guard)
    assert dump(path) == before


def test_recovery_on_a_vault_in_question_works_and_keeps_writes_refused(corrected, guard):
    path, old_row, kit = corrected
    put_row(path, RID, old_row)
    sql(path, "DELETE FROM manifest")
    vault, new_kit = Vault.recover(path, kit.text(), "a new passphrase here", policy=INSECURE_TEST_POLICY,
                                   guard=guard)
    with vault:
        assert_agree(vault, [IntegrityCode.MANIFEST_REMOVED])
    with unlock(path, "a new passphrase here", guard=guard) as v:
        assert codes(v) == [IntegrityCode.MANIFEST_REMOVED]
    Vault.recover(path, new_kit.text(), "and another one", policy=INSECURE_TEST_POLICY)[0].close()


# --- whole-file rollback: this computer's memory -------------------------------------------------


def test_whole_file_copied_back_is_older_than_seen_here(corrected, guard, tmp_path):
    path, _, _ = corrected
    older = tmp_path / "older.ijvault"
    with unlock(path, guard=guard) as v:
        v.backup_to(older)
        with v.transaction() as tx:
            tx.put(RID, b"take 2.5 mg")
    shutil.copyfile(older, path)
    with unlock(path, guard=guard, today=lambda: DAY + dt.timedelta(days=9)) as v:
        assert_agree(v, [IntegrityCode.OLDER_THAN_SEEN])
        (problem,) = v.integrity_problems
        assert problem.seen_on == DAY  # the day it was last written here, not today
        assert f"older than the one last opened here on {DAY.isoformat()}" in problem.message
        with v.accepting_current_state(), v.transaction() as tx:
            tx.put(b"\x07" * 16, b"accepted")
    with unlock(path, guard=guard) as v:
        assert v.integrity_problems == ()


def test_a_fresh_computer_cannot_tell_a_whole_file_rollback(corrected, guard, tmp_path):
    """Documented limit (SECURITY.md): without this computer's memory an older copy opens cleanly."""
    path, _, _ = corrected
    older = tmp_path / "older.ijvault"
    with unlock(path, guard=guard) as v:
        v.backup_to(older)
        with v.transaction() as tx:
            tx.put(RID, b"take 2.5 mg")
    shutil.copyfile(older, path)
    with unlock(path, guard=RollbackGuard(tmp_path / "elsewhere.json")) as v:
        assert v.integrity_problems == ()


def test_deleting_the_wal_after_a_crash_is_older_than_seen(vault_path, guard, tmp_path):
    """Commits that only reached the write-ahead log are lost with it; the memory noticed them."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY, guard=guard, today=lambda: DAY)
    vault.close()  # checkpointed: the main file holds this state
    vault = unlock(vault_path, guard=guard)
    with vault.transaction() as tx:
        tx.put(RID, b"only in the WAL")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    shutil.copyfile(vault_path, crashed / vault_path.name)  # what is left once the WAL is deleted
    vault.close()
    with unlock(crashed / vault_path.name, guard=guard) as v:
        assert codes(v) == [IntegrityCode.OLDER_THAN_SEEN]
        assert v.integrity_problems[0].seen_on == DAY


def test_the_memory_holds_ids_and_counters_only(corrected, guard):
    path, _, _ = corrected
    with unlock(path, guard=guard) as v:
        vault_id, epoch = v.vault_id, v.manifest_fingerprint()[0]
    data = json.loads(guard.path.read_text())
    assert data["format"] == 1 and list(data["journals"]) == [vault_id.hex()]
    remembered_epoch, sealed = data["journals"][vault_id.hex()]
    assert remembered_epoch == epoch
    assert DAY.isoformat() not in guard.path.read_text() and "2026" not in sealed  # the day is sealed
    assert oct(guard.path.stat().st_mode & 0o777) == "0o600"


def test_no_false_alarm_over_ordinary_use_and_restores(data_dir, fast_kdf, tmp_path, frozen_clock):
    """Workspaces with the real memory: 30 unlock/write/lock cycles, then a restore of an older backup
    (the person's choice), then more cycles — never a problem."""
    from integration_journal.core.records import Entry
    from integration_journal.storage.workspace import Workspace

    ws, _ = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf,
                             clock=frozen_clock)
    ws.close()
    for index in range(30):
        with Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf, clock=frozen_clock) as ws:
            assert ws.integrity_problems == ()
            ws.journal.add(Entry(title=f"day {index}", body="."))
    oldest = backups.rotating_backups(data_dir)[-1]
    backups.restore_backup(data_dir, oldest, PASSPHRASE, policy=fast_kdf)
    for _ in range(3):
        with Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf, clock=frozen_clock) as ws:
            assert ws.integrity_problems == ()
            ws.journal.add(Entry(title="after the restore", body="."))


# --- format-1 vaults: opened and upgraded safely --------------------------------------------------

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault_v1" / "journal.ijvault"
FIXTURE_PASSPHRASE = "fixture passphrase v1"


@pytest.fixture
def old_vault(data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700)
    dest = data_dir / "journal.ijvault"
    shutil.copyfile(FIXTURE, dest)
    return dest


def test_an_old_vault_is_upgraded_at_its_first_unlock(old_vault, guard):
    with unlock(old_vault, FIXTURE_PASSPHRASE, guard=guard) as v:
        assert v.integrity_problems == () and v.verify() == []
        assert v.header.format_version == FORMAT_PINNED
    ((fmt, pin),) = sql(old_vault, "SELECT format_version, manifest_pin FROM vault_meta")
    assert fmt == FORMAT_PINNED and pin is not None
    sql(old_vault, "DELETE FROM manifest")  # from now on, removing it is tampering
    with unlock(old_vault, FIXTURE_PASSPHRASE, guard=guard) as v:
        assert codes(v) == [IntegrityCode.MANIFEST_REMOVED]


def test_an_old_backup_still_opens_read_only_without_migrating(old_vault):
    before = dump(old_vault)
    assert backups.verify_backup(old_vault, FIXTURE_PASSPHRASE, policy=INSECURE_TEST_POLICY) == 6
    assert dump(old_vault) == before


def test_an_old_vault_without_its_manifest_is_not_adopted_nor_upgraded(old_vault, guard):
    sql(old_vault, "DELETE FROM manifest")
    with unlock(old_vault, FIXTURE_PASSPHRASE, guard=guard) as v:
        assert_agree(v, [IntegrityCode.MANIFEST_MISSING])
        assert v.header.format_version == FORMAT_UNPINNED
        with v.accepting_current_state(), v.transaction() as tx:
            tx.put(b"\x07" * 16, b"accepted")
    with unlock(old_vault, FIXTURE_PASSPHRASE, guard=guard) as v:  # the next unlock upgrades it
        assert v.integrity_problems == () and v.header.format_version == FORMAT_PINNED


def test_an_upgraded_old_vault_edited_back_to_format_1(old_vault, guard):
    """Its recovery wrap predates the upgrade (making a new one needs the kit), so the kit still
    opens a header edited back to format 1 — as an unpinned vault whose missing manifest refuses
    writes: the downgrade gains nothing."""
    kit = (FIXTURE.parent / "recovery-kit.txt").read_text(encoding="ascii")
    unlock(old_vault, FIXTURE_PASSPHRASE, guard=guard).close()
    sql(old_vault, "DELETE FROM manifest")
    sql(old_vault, "UPDATE vault_meta SET format_version = 1, manifest_pin = NULL")
    with pytest.raises(WrongPassphrase):
        unlock(old_vault, FIXTURE_PASSPHRASE, guard=guard)
    vault, _ = Vault.recover(old_vault, kit, "a new passphrase here", policy=INSECURE_TEST_POLICY, guard=guard)
    with vault:
        assert_agree(vault, [IntegrityCode.MANIFEST_MISSING])


def test_accepting_an_older_journal_does_not_heal_a_record_damaged_in_it(corrected, guard, tmp_path):
    """Only a manifest in question is rebuilt from the rows; an older journal keeps its own authentic
    manifest, so a row rolled back inside it stays reported, after the acceptance too."""
    path, old_row, _ = corrected
    older = tmp_path / "older.ijvault"
    with unlock(path, guard=guard) as v:
        v.backup_to(older)
        with v.transaction() as tx:
            tx.put(OTHER, b"changed after the copy")
    shutil.copyfile(older, path)
    put_row(path, RID, old_row)
    with unlock(path, guard=guard) as v:
        assert codes(v) == [IntegrityCode.OLDER_THAN_SEEN]
        with v.accepting_current_state(), v.transaction() as tx:
            tx.put(b"\x07" * 16, b"accepted")
        assert v.integrity_problems == ()
        assert [d.record_id for d in v.verify()] == [RID]
    with unlock(path, guard=guard) as v:
        assert v.integrity_problems == () and [d.record_id for d in v.verify()] == [RID]
