"""Record rows are read while the key is derived; load() uses them once, and only if still current."""

from __future__ import annotations

import pytest

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


def test_load_after_unlock_uses_the_prefetch_once(new_vault, vault_path):
    expected = populate(new_vault, 50)
    new_vault.close()
    with Vault.unlock(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY) as vault:
        assert vault._prefetched is not None
        assert _payloads(vault) == expected
        assert vault._prefetched is None
        assert _payloads(vault) == expected


def test_a_write_before_load_discards_the_prefetch(new_vault, vault_path):
    expected = populate(new_vault, 20)
    new_vault.close()
    with Vault.unlock(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY) as vault:
        with vault.transaction() as tx:
            tx.put(bytes(16), b"new")
            tx.delete(next(iter(expected)))
        got = _payloads(vault)
    assert got[bytes(16)] == b"new" and len(got) == len(expected)


def test_a_failing_prefetch_falls_back(new_vault, vault_path, monkeypatch):
    expected = populate(new_vault, 20)
    new_vault.close()

    def boom(_conn):
        raise RuntimeError("prefetch broke")

    monkeypatch.setattr(vault_module, "_fetch_rows", boom)
    with Vault.unlock(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY) as vault:
        assert vault._prefetched is None
        monkeypatch.undo()
        assert _payloads(vault) == expected


def test_wrong_passphrase_still_fails_and_releases_everything(new_vault, vault_path):
    populate(new_vault, 20)
    new_vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_path, "not the passphrase", policy=INSECURE_TEST_POLICY)
    # nothing held: the lock is free and the vault opens normally
    with Vault.unlock(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY) as vault:
        assert len(_payloads(vault)) == 20


def test_read_only_unlock_uses_the_prefetch(new_vault, vault_path):
    expected = populate(new_vault, 10)
    new_vault.close()
    with Vault.unlock(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY, take_lock=False,
                      read_only=True) as vault:
        assert _payloads(vault) == expected
