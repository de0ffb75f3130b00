"""docs/security-design.md §11.9 (vault side): the per-key encryption counter is persisted and
authenticated, and reaching NONCE_BUDGET rotates to a fresh key id with everything still readable."""

from __future__ import annotations

from integration_journal.storage import vault as vault_mod
from integration_journal.storage.vault import NONCE_BUDGET, Vault
from tests.helpers.vaults import PASSPHRASE, assert_load, open_vault, populate, read_rows


def _key_ids(vault_path) -> set[int]:
    return {row[0] for row in read_rows(vault_path).values()}


def test_budget_constant():
    assert NONCE_BUDGET == 2**28  # 16× below SP 800-38D's 2^32 random-nonce limit


def test_counter_at_budget_minus_one_rotates_on_next_write(new_vault, vault_path):
    payloads = populate(new_vault, 50, seed=1)
    old_nonces = {row[2] for row in read_rows(vault_path).values()}
    assert _key_ids(vault_path) == {1}
    new_vault._counters[new_vault._key_id] = NONCE_BUDGET - 1  # as if 2^28 − 1 encryptions had happened
    with new_vault.transaction() as tx:
        rid = b"\x07" * 16
        tx.put(rid, b"the write that crosses the budget")
    payloads[rid] = b"the write that crosses the budget"
    assert _key_ids(vault_path) == {2}  # every record re-encrypted under the new key id
    rows = read_rows(vault_path)
    assert not ({row[2] for row in rows.values()} & old_nonces)
    assert len({(row[0], row[2]) for row in rows.values()}) == len(rows)
    assert_load(new_vault, payloads, {})
    new_vault.close()
    with open_vault(vault_path) as v:
        assert_load(v, payloads, {})
        assert v.verify() == []
        assert v._key_id == 2 and v._counters == {2: len(payloads)}  # persisted in the manifest


def test_counter_survives_restarts(vault_path, fast_kdf, monkeypatch):
    """With a budget of 10: 9 encryptions over two sessions stay on key 1, the 10th rotates — so
    the count was carried across the restart, not reset by it."""
    monkeypatch.setattr(vault_mod, "NONCE_BUDGET", 10)
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 5, seed=2)
    vault.close()
    vault = open_vault(vault_path)
    payloads.update(populate(vault, 4, seed=3))
    assert _key_ids(vault_path) == {1}
    vault.close()
    vault = open_vault(vault_path)
    payloads.update(populate(vault, 1, seed=4))
    assert _key_ids(vault_path) == {2}
    vault.close()
    with open_vault(vault_path) as v:
        assert_load(v, payloads, {})


def test_rotation_applies_the_pending_transaction(new_vault, vault_path):
    payloads = populate(new_vault, 20, seed=5)
    ids = sorted(payloads)
    new_vault._counters[new_vault._key_id] = NONCE_BUDGET - 2
    with new_vault.transaction() as tx:
        tx.delete(ids[0])
        assert tx.put(ids[1], b"updated") == 2
        tx.put(b"\x01" * 16, b"new")
    del payloads[ids[0]]
    payloads[ids[1]] = b"updated"
    payloads[b"\x01" * 16] = b"new"
    assert _key_ids(vault_path) == {2}
    records, damaged = new_vault.load()
    assert damaged == [] and {r.record_id: r.payload for r in records} == payloads
    assert {r.record_id: r.revision for r in records}[ids[1]] == 2
    new_vault.close()
    with open_vault(vault_path) as v:
        assert_load(v, payloads, {})


def test_explicit_rotation(new_vault, vault_path):
    payloads = populate(new_vault, 30, seed=6)
    before = read_rows(vault_path)
    new_vault.rotate_record_key()
    new_vault.rotate_record_key()
    after = read_rows(vault_path)
    assert _key_ids(vault_path) == {3}
    assert all(after[r][1] == before[r][1] for r in payloads)  # revisions unchanged
    assert all(after[r][2:] != before[r][2:] for r in payloads)  # fresh nonce and ciphertext
    new_vault.close()
    with open_vault(vault_path) as v:
        assert_load(v, payloads, {})
        with v.transaction() as tx:  # and writing continues under the newest key
            tx.put(b"\x02" * 16, b"after rotation")
    assert _key_ids(vault_path) == {3}


def test_rotation_leaves_damaged_rows_and_their_evidence_alone(new_vault, vault_path):
    from tests.helpers.vaults import flip, raw, write_rows

    payloads = populate(new_vault, 20, seed=4)
    victim, missing = sorted(payloads)[:2]
    new_vault.close()
    rows = read_rows(vault_path)
    key_id, revision, nonce, ciphertext = rows[victim]
    with raw(vault_path) as conn:
        write_rows(conn, {victim: (key_id, revision, nonce, flip(ciphertext, 5, 0x01))})
        conn.execute("DELETE FROM records WHERE id = ?", (missing,))
    damaged_row = read_rows(vault_path)[victim]
    with open_vault(vault_path) as vault:
        vault.rotate_record_key()
        assert read_rows(vault_path)[victim] == damaged_row  # untouched, not erased
        intact = {k: v for k, v in payloads.items() if k not in (victim, missing)}
        assert_load(vault, intact, {victim: vault_mod.REASON_UNREADABLE, missing: vault_mod.REASON_MISSING})
    with open_vault(vault_path) as vault:
        assert {d.record_id for d in vault.verify()} == {victim, missing}
