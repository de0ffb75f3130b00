"""The record index's rows are read while the key is derived; load_light() uses them once, and only if
still current; load() reads the record rows itself."""

from __future__ import annotations

import pytest

from integration_journal.core.codec import DEFAULT_CODEC
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
from integration_journal.errors import WrongPassphrase
from integration_journal.storage import vault as vault_module
from integration_journal.storage.vault import Vault
from tests.helpers.vaults import populate
from tests.helpers.workspaces import PASSPHRASE


def _payloads(vault: Vault) -> dict[bytes, bytes]:
    records, damaged = vault.load()
    assert damaged == []
    return {r.record_id: r.payload for r in records}


def _light(vault: Vault) -> dict[bytes, bytes]:
    records, damaged, _cut = vault.load_light()
    assert damaged == []
    return {r.record_id: r.payload for r in records}


def _indexed(vault: Vault, count: int) -> dict[bytes, bytes]:
    vault.index_with(DEFAULT_CODEC.light_payload)  # canary payloads are not records: kept whole
    return populate(vault, count)


def _no_index_query(vault: Vault, monkeypatch) -> None:
    def refuse(numbers):
        raise AssertionError(f"the index was read again ({numbers})")

    monkeypatch.setattr(vault, "_read_shard_rows", refuse)


def test_load_light_after_unlock_uses_the_prefetch_once(new_vault, vault_path, monkeypatch):
    expected = _indexed(new_vault, 50)
    new_vault.close()
    with Vault.unlock(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY) as vault:
        assert vault._prefetched is not None and len(vault._prefetched.rows) == len({i[0] for i in expected})
        _no_index_query(vault, monkeypatch)
        assert _light(vault) == expected
        assert vault._prefetched is None
        monkeypatch.undo()
        assert _light(vault) == expected and _payloads(vault) == expected


def test_load_reads_the_rows_itself(new_vault, vault_path):
    expected = _indexed(new_vault, 20)
    new_vault.close()
    with Vault.unlock(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY) as vault:
        assert _payloads(vault) == expected and vault._prefetched is None


def test_a_write_before_load_light_discards_the_prefetch(new_vault, vault_path):
    expected = _indexed(new_vault, 20)
    new_vault.close()
    with Vault.unlock(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY) as vault:
        vault.index_with(DEFAULT_CODEC.light_payload)
        with vault.transaction() as tx:
            tx.put(bytes(16), b"new")
            tx.delete(next(iter(expected)))
        got = _light(vault)
    assert got[bytes(16)] == b"new" and len(got) == len(expected)


def test_a_failing_prefetch_falls_back(new_vault, vault_path, monkeypatch):
    expected = _indexed(new_vault, 20)
    new_vault.close()

    def boom(_conn):
        raise RuntimeError("prefetch broke")

    monkeypatch.setattr(vault_module, "_fetch_index_rows", boom)
    with Vault.unlock(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY) as vault:
        assert vault._prefetched is None
        monkeypatch.undo()
        assert _light(vault) == expected


def test_wrong_passphrase_still_fails_and_releases_everything(new_vault, vault_path):
    populate(new_vault, 20)
    new_vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, "not the passphrase", policy=INSECURE_TEST_POLICY)
    # nothing held: the lock is free and the vault opens normally
    with Vault.unlock(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY) as vault:
        assert len(_payloads(vault)) == 20


def test_read_only_unlock_uses_the_prefetch(new_vault, vault_path, monkeypatch):
    expected = _indexed(new_vault, 10)
    new_vault.close()
    with Vault.unlock(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY, take_lock=False,
                      read_only=True) as vault:
        assert vault._prefetched is not None
        _no_index_query(vault, monkeypatch)
        assert _light(vault) == expected
