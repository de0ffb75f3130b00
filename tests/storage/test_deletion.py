"""docs/security-design.md §11.11: after deleting (or overwriting) records and locking, none of their old
bytes — nonce, ciphertext, tag — remain anywhere in the vault's files, and no plaintext canary
ever reaches the disk."""

from __future__ import annotations

import random

import pytest

from integration_journal.storage import db
from integration_journal.storage.vault import Vault
from tests.helpers.vaults import PASSPHRASE, on_disk_bytes, open_vault, populate, raw, read_rows


def _fingerprints(row) -> list[bytes]:
    """Pieces of a stored row that could only come from that row: nonce, ciphertext head, middle
    and tag."""
    _, _, nonce, ct = row
    mid = len(ct) // 2
    return [nonce, ct[:24], ct[mid:mid + 24], ct[-16:]]


@pytest.mark.parametrize("reader_open", [False, True], ids=["alone", "with-another-connection"])
def test_deleted_and_overwritten_records_leave_no_bytes(vault_path, fast_kdf, reader_open):
    rng = random.Random(1)
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    sizes = [rng.choice((20, 900, 5000, 100_000)) for _ in range(80)]  # 100 KB records use overflow pages
    payloads = populate(vault, 80, size=sizes, seed=2, per_tx=7)
    ids = sorted(payloads)
    deleted, overwritten, kept = ids[:20], ids[20:40], ids[40:]
    old_rows = read_rows(vault_path)
    for chunk in range(0, 20, 5):
        with vault.transaction() as tx:
            for rid in deleted[chunk:chunk + 5]:
                tx.delete(rid)
            for rid in overwritten[chunk:chunk + 5]:
                tx.put(rid, b"replacement " + rid.hex().encode())
    new_rows = read_rows(vault_path)
    with raw(vault_path) as other:
        if reader_open:
            other.execute("SELECT count(*) FROM records").fetchall()
        vault.close()  # lock: checkpoint + truncate the WAL
        disk = on_disk_bytes(vault_path)
    leftovers = [rid for rid in deleted + overwritten if any(f in disk for f in _fingerprints(old_rows[rid]))]
    assert leftovers == [], f"{len(leftovers)} old records still have bytes on disk"
    # the scan can see what is there: every live row is found
    assert all(all(f in disk for f in _fingerprints(new_rows[rid])) for rid in kept + overwritten)
    # and no plaintext, deleted or not, was ever written
    assert not [rid for rid, payload in payloads.items() if payload[:40] in disk]
    with open_vault(vault_path) as v:
        assert {r.record_id for r in v.load()[0]} == set(overwritten + kept)


def test_secure_delete_and_private_pragmas(new_vault, vault_path):
    conn = new_vault._conn.connection.dbapi_connection
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    new_vault.close()
    engine = db.make_engine(vault_path, read_only=True)
    try:
        with engine.connect() as c:
            assert c.connection.dbapi_connection.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        engine.dispose()


def test_engine_hides_parameters(new_vault):
    assert new_vault._engine.hide_parameters is True
    assert not new_vault._engine.echo
