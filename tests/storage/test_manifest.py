"""docs/security-design.md §11.4: the encrypted manifest notices rows deleted, rolled back or slipped in
behind the app's back — each with its own reason — and never cries wolf in normal use."""

from __future__ import annotations

import random

import pytest

from integration_journal.errors import IntegrityUnresolved
from integration_journal.storage.integrity import IntegrityCode
from integration_journal.storage.vault import (
    REASON_FOREIGN,
    REASON_MISMATCH,
    REASON_MISSING,
    REASON_ROLLED_BACK,
    Vault,
)
from tests.helpers.vaults import PASSPHRASE, assert_load, dump, open_vault, populate, raw, read_rows


def _closed_vault(vault_path, fast_kdf, count=30, seed=0):
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, count, seed=seed)
    vault.close()
    return payloads


def test_deleted_row_is_reported_missing(vault_path, fast_kdf):
    payloads = _closed_vault(vault_path, fast_kdf)
    victim = sorted(payloads)[7]
    with raw(vault_path) as conn:
        conn.execute("DELETE FROM records WHERE id=?", (victim,))
    with open_vault(vault_path) as v:
        assert_load(v, {r: p for r, p in payloads.items() if r != victim}, {victim: REASON_MISSING})
        assert [(d.record_id, d.reason) for d in v.verify()] == [(victim, REASON_MISSING)]


def test_all_rows_deleted(vault_path, fast_kdf):
    payloads = _closed_vault(vault_path, fast_kdf)
    with raw(vault_path) as conn:
        conn.execute("DELETE FROM records")
    with open_vault(vault_path) as v:
        assert_load(v, {}, {r: REASON_MISSING for r in payloads})


def test_row_rolled_back_to_older_revision(vault_path, fast_kdf):
    """Keep a row's bytes, let the app update it (twice), put the old bytes back."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 20, seed=1)
    victim = sorted(payloads)[3]
    old_row = read_rows(vault_path)[victim]
    with vault.transaction() as tx:
        assert tx.put(victim, b"second version") == 2
    with vault.transaction() as tx:
        assert tx.put(victim, b"third version") == 3
    vault.close()
    with raw(vault_path) as conn:
        conn.execute("UPDATE records SET key_id=?, revision=?, nonce=?, ciphertext=? WHERE id=?", (*old_row, victim))
    with open_vault(vault_path) as v:
        assert_load(v, {r: p for r, p in payloads.items() if r != victim}, {victim: REASON_ROLLED_BACK})


def test_replayed_row_of_a_recreated_record(vault_path, fast_kdf):
    """Delete a record, create it again under the same id (revision starts over at 1), then replay
    the first incarnation's row: same id, same revision, different bytes → mismatch."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 10, seed=2)
    victim = sorted(payloads)[0]
    first_row = read_rows(vault_path)[victim]
    with vault.transaction() as tx:
        tx.delete(victim)
    with vault.transaction() as tx:
        assert tx.put(victim, b"second life") == 1
    vault.close()
    with raw(vault_path) as conn:
        conn.execute("UPDATE records SET key_id=?, revision=?, nonce=?, ciphertext=? WHERE id=?", (*first_row, victim))
    with open_vault(vault_path) as v:
        assert_load(v, {r: p for r, p in payloads.items() if r != victim}, {victim: REASON_MISMATCH})


def test_foreign_rows_are_reported(vault_path, data_dir, fast_kdf):
    """Three kinds of row the app never wrote there: a row from another vault, a copy of one of our
    rows under a new id, and a deleted record brought back from an old copy of the file."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 20, seed=3)
    ids = sorted(payloads)
    deleted = ids[0]
    deleted_row = read_rows(vault_path)[deleted]
    with vault.transaction() as tx:
        tx.delete(deleted)
    vault.close()
    del payloads[deleted]
    other_path = data_dir / "other" / "journal.ijvault"
    other, _ = Vault.create(other_path, PASSPHRASE, policy=fast_kdf)
    populate(other, 1, seed=4)
    other.close()
    (other_id, other_row), = read_rows(other_path).items()
    copy_id = b"\x42" * 16
    with raw(vault_path) as conn:
        insert = "INSERT INTO records (id, key_id, revision, nonce, ciphertext) VALUES (?,?,?,?,?)"
        conn.execute(insert, (other_id, *other_row))
        conn.execute(insert, (copy_id, *read_rows(vault_path)[ids[1]]))
        conn.execute(insert, (deleted, *deleted_row))
    with open_vault(vault_path) as v:
        assert_load(v, payloads, {other_id: REASON_FOREIGN, copy_id: REASON_FOREIGN, deleted: REASON_FOREIGN})


def test_reordered_rows_are_not_damage(vault_path, fast_kdf):
    """Rows rewritten in another physical order (and a VACUUM) change nothing."""
    payloads = _closed_vault(vault_path, fast_kdf, count=60, seed=5)
    rows = read_rows(vault_path)
    order = list(rows.items())
    random.Random(6).shuffle(order)
    with raw(vault_path) as conn:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM records")
        conn.executemany("INSERT INTO records (id, key_id, revision, nonce, ciphertext) VALUES (?,?,?,?,?)",
                         [(r, *v) for r, v in reversed(order)])
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    with open_vault(vault_path) as v:
        assert_load(v, payloads, {})
        assert v.verify() == []


def test_manifest_rolled_back_alone(vault_path, fast_kdf):
    """An old manifest (authentic, older epoch) with newer rows: the header's pin names another one, and
    against it updated rows mismatch, added rows are foreign, rows deleted since are missing."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 10, seed=7)
    ids = sorted(payloads)
    with raw(vault_path) as conn:
        old_manifest = conn.execute("SELECT epoch, nonce, ciphertext FROM manifest").fetchone()
    with vault.transaction() as tx:
        tx.put(ids[0], b"updated")
        tx.delete(ids[1])
        tx.put(b"\x01" * 16, b"new")
    vault.close()
    with raw(vault_path) as conn:
        conn.execute("UPDATE manifest SET epoch=?, nonce=?, ciphertext=?", old_manifest)
    with open_vault(vault_path) as v:
        assert [p.code for p in v.integrity_problems] == [IntegrityCode.MANIFEST_MISMATCH]  # authentic, not pinned
        assert_load(v, {r: payloads[r] for r in ids[2:]},
                    {ids[0]: REASON_MISMATCH, ids[1]: REASON_MISSING, b"\x01" * 16: REASON_FOREIGN})


def test_manifest_epoch_edited(vault_path, fast_kdf):
    """The epoch is bound into the manifest's AAD: editing it makes the manifest unusable, which is
    reported (records still load: each row is still authenticated by its own AEAD)."""
    payloads = _closed_vault(vault_path, fast_kdf, count=5, seed=8)
    with raw(vault_path) as conn:
        original = conn.execute("SELECT epoch FROM manifest").fetchone()[0]
    for epoch in (0, original - 1, original + 1, 2**40, -1, "x", 1.5, b"\x02"):
        with raw(vault_path) as conn:
            conn.execute("UPDATE manifest SET epoch=?", (epoch,))
        with open_vault(vault_path) as v:
            assert v.manifest_problem and "damaged" in v.manifest_problem
            assert_load(v, payloads, {})
            assert v.verify()[0].reason == v.manifest_problem
        with raw(vault_path) as conn:
            conn.execute("UPDATE manifest SET epoch=?", (original,))


def test_manifest_deleted_or_damaged_is_reported_and_repaired_only_when_accepted(vault_path, fast_kdf):
    payloads = _closed_vault(vault_path, fast_kdf, count=8, seed=9)
    for damage in ("DELETE FROM manifest", "UPDATE manifest SET ciphertext = substr(ciphertext, 2)",
                   "UPDATE manifest SET nonce = zeroblob(12)"):
        with raw(vault_path) as conn:
            conn.execute(damage)
        with open_vault(vault_path) as v:
            assert v.manifest_problem
            assert_load(v, payloads, {})  # rows are adopted: each still authenticates by itself
            assert [d.reason for d in v.verify()] == [v.manifest_problem]
            with pytest.raises(IntegrityUnresolved):  # an ordinary save never repairs it
                with v.transaction() as tx:
                    tx.put(sorted(payloads)[0], payloads[sorted(payloads)[0]])
            with v.accepting_current_state(), v.transaction() as tx:  # the explicit choice does
                tx.put(sorted(payloads)[0], payloads[sorted(payloads)[0]])
            assert v.manifest_problem is None
        with open_vault(vault_path) as v:
            assert v.manifest_problem is None
            assert v.verify() == []


@pytest.mark.slow
def test_no_false_positives_over_many_cycles(vault_path, fast_kdf):
    """2,000 random saves (puts, updates, deletes, several per transaction) with a lock/unlock
    every 10: load() always equals the model, verify() always empty."""
    rng = random.Random(10)
    model: dict[bytes, tuple[int, bytes]] = {}
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    cycles = 0
    try:
        for step in range(2000):
            with vault.transaction() as tx:
                for _ in range(rng.randint(1, 3)):
                    roll = rng.random()
                    if model and roll < 0.3:
                        rid = rng.choice(sorted(model))
                        payload = rng.randbytes(rng.choice((0, 10, 600, 3000)))
                        assert tx.put(rid, payload) == model[rid][0] + 1
                        model[rid] = (model[rid][0] + 1, payload)
                    elif model and roll < 0.45:
                        rid = rng.choice(sorted(model))
                        tx.delete(rid)
                        del model[rid]
                    else:
                        rid, payload = rng.randbytes(16), rng.randbytes(rng.choice((0, 50, 700)))
                        assert tx.put(rid, payload) == 1
                        model[rid] = (1, payload)
            if step % 10 == 9:
                vault.close()
                vault = open_vault(vault_path)
                cycles += 1
                records, damaged = vault.load()
                assert damaged == [] and vault.manifest_problem is None
                assert {r.record_id: (r.revision, r.payload) for r in records} == model
        assert vault.verify() == []
    finally:
        vault.close()
    assert cycles == 200
    assert len(dump(vault_path)["records"]) == len(model)
