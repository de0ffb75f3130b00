"""The Vault API's ordinary behaviour: create/unlock/read_header errors, transactions, revisions,
closing."""

from __future__ import annotations

import inspect

import pytest

from integration_journal.crypto.kdf import PRODUCTION_POLICY
from integration_journal.crypto.recovery import RecoveryKit
from integration_journal.errors import VaultExists, VaultLocked, VaultNotFound
from integration_journal.storage import vault as vault_mod
from integration_journal.storage.vault import FORMAT_VERSION, Vault
from tests.helpers.vaults import PASSPHRASE, assert_load, dump, open_vault, populate


def test_production_policy_is_every_default():
    """The weak test KDF is never a default: every entry point defaults to PRODUCTION_POLICY."""
    for fn in (Vault.create, Vault.unlock, Vault.recover, Vault.change_passphrase):
        assert inspect.signature(fn).parameters["policy"].default is PRODUCTION_POLICY, fn.__name__


def test_fixture_passphrase_opens_new_vault(new_vault, vault_path):
    new_vault.close()
    open_vault(vault_path, PASSPHRASE).close()


def test_create_refuses_an_existing_file(new_vault, vault_path, fast_kdf):
    with pytest.raises(VaultExists):
        Vault.create(vault_path, "other", policy=fast_kdf)


def test_missing_vault(vault_path, fast_kdf):
    with pytest.raises(VaultNotFound):
        open_vault(vault_path)
    with pytest.raises(VaultNotFound):
        Vault.read_header(vault_path)
    with pytest.raises(VaultNotFound):
        Vault.recover(vault_path, RecoveryKit.generate().text(), "x", policy=fast_kdf)


def test_read_header_needs_no_passphrase(new_vault, vault_path):
    header = Vault.read_header(vault_path)  # works while the vault is open, too
    assert header.vault_id == new_vault.vault_id and len(header.vault_id) == 16
    assert header.format_version == FORMAT_VERSION
    assert header.kdf == new_vault.header.kdf


def test_put_revisions_delete(new_vault, vault_path):
    a, b = b"\x01" * 16, b"\x02" * 16
    with new_vault.transaction() as tx:
        assert tx.put(a, b"one") == 1
        assert tx.put(a, b"one, edited in the same transaction") == 2
        assert tx.put(b, b"two") == 1
    assert new_vault.revision_of(a) == 2 and new_vault.record_count == 2
    with new_vault.transaction() as tx:
        assert tx.put(a, b"three") == 3
        tx.delete(b)
    assert new_vault.revision_of(b) == 0
    with new_vault.transaction() as tx:
        tx.put(b, b"back")
        tx.delete(b)  # delete wins over a put in the same transaction
        tx.delete(b"\x09" * 16)  # deleting an unknown id is harmless
    records, damaged = new_vault.load()
    assert damaged == [] and [(r.record_id, r.revision, r.payload) for r in records] == [(a, 3, b"three")]
    with pytest.raises(ValueError):
        with new_vault.transaction() as tx:
            tx.put(b"short", b"x")
    with pytest.raises(ValueError):
        with new_vault.transaction() as tx:
            tx.put("0123456789abcdef", b"x")


def test_failed_transaction_writes_nothing(new_vault, vault_path):
    payloads = populate(new_vault, 5)
    before = dump(vault_path)
    with pytest.raises(RuntimeError):
        with new_vault.transaction() as tx:
            tx.put(b"\x03" * 16, b"never")
            tx.delete(sorted(payloads)[0])
            raise RuntimeError("changed my mind")
    assert dump(vault_path) == before
    assert_load(new_vault, payloads, {})


def test_empty_transaction_writes_nothing(new_vault, vault_path):
    before = dump(vault_path)
    with new_vault.transaction():
        pass
    assert dump(vault_path) == before


def test_large_and_empty_payloads(new_vault, vault_path):
    big, empty = bytes(range(256)) * 4096, b""  # 1 MiB
    with new_vault.transaction() as tx:
        tx.put(b"\x0b" * 16, big)
        tx.put(b"\x0e" * 16, empty)
    new_vault.close()
    with open_vault(vault_path) as v:
        assert_load(v, {b"\x0b" * 16: big, b"\x0e" * 16: empty}, {})


def test_closed_vault_refuses_work(new_vault):
    assert new_vault.is_open
    new_vault.close()
    new_vault.close()  # idempotent
    assert not new_vault.is_open and "locked" in repr(new_vault)
    for action in (new_vault.load, new_vault.verify, new_vault.rotate_record_key, new_vault.new_recovery_kit,
                   lambda: new_vault.change_passphrase("x"), lambda: new_vault.transaction().__enter__()):
        with pytest.raises(VaultLocked):
            action()
    assert new_vault._dek is None and new_vault._ciphers == {}


def test_keys_are_wiped_on_close(new_vault):
    dek = new_vault._dek
    assert any(dek)
    new_vault.close()
    assert dek == bytearray(len(dek))


def test_repr_reveals_nothing(new_vault):
    text = repr(new_vault) + repr(new_vault.kit) + repr(new_vault.header)
    assert new_vault.kit.text() not in text and new_vault._dek.hex() not in text


def test_unlock_with_damage_reasons_are_plain_constants():
    reasons = [getattr(vault_mod, n) for n in dir(vault_mod) if n.startswith("REASON_")]
    assert len(reasons) == 5 and len(set(reasons)) == 5
    assert all(isinstance(r, str) and r.startswith("it ") for r in reasons)


@pytest.mark.slow
def test_production_policy_end_to_end(vault_path):
    """One real-cost run (docs/security-design.md §10.6): the default policy stores parameters at or above
    the floor and they round-trip through unlock."""
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    vault.close()
    params = Vault.read_header(vault_path).kdf
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3 and 1 <= params.lanes <= 4
    assert not PRODUCTION_POLICY.is_below(params)
    Vault.unlock(vault_path, PASSPHRASE).close()
    assert Vault.read_header(vault_path).kdf == params  # nothing to upgrade
