"""docs/security-design.md §11.8: recovery with the kit works, sets a new passphrase, replaces the kit;
the old kit and the old passphrase stop working; typos never reach key derivation."""

from __future__ import annotations

import random

import pytest

from integration_journal.crypto import kdf, keys
from integration_journal.crypto.recovery import ALPHABET, RecoveryKit
from integration_journal.errors import BadRecoveryKit, WrongPassphrase
from integration_journal.storage import vault as vault_mod
from integration_journal.storage.vault import Vault
from tests.helpers.vaults import PASSPHRASE, assert_load, dump, open_vault, populate, raw


def test_recovery_round_trip(vault_path, fast_kdf):
    vault, kit = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 25)
    vault.close()
    recovered, new_kit = Vault.recover(vault_path, kit.text(), "my new passphrase", policy=fast_kdf)
    try:
        assert_load(recovered, payloads, {})
        assert new_kit.secret != kit.secret
    finally:
        recovered.close()
    # the new passphrase was forced in: the old one no longer opens the vault
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, PASSPHRASE)
    with open_vault(vault_path, "my new passphrase") as v:
        assert_load(v, payloads, {})
    # the old kit is dead; the new one works
    with pytest.raises(BadRecoveryKit, match="does not belong to this journal"):
        Vault.recover(vault_path, kit.text(), "whatever", policy=fast_kdf)
    v, newer_kit = Vault.recover(vault_path, new_kit.text().lower(), "third passphrase", policy=fast_kdf)
    v.close()
    with pytest.raises(BadRecoveryKit):
        Vault.recover(vault_path, new_kit.text(), "x", policy=fast_kdf)
    with open_vault(vault_path, "third passphrase") as v:
        assert_load(v, payloads, {})


def test_recovery_writes_only_the_header(vault_path, fast_kdf):
    vault, kit = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    populate(vault, 30)
    vault.close()
    before = dump(vault_path)
    Vault.recover(vault_path, kit.text(), "new one", policy=fast_kdf)[0].close()
    after = dump(vault_path)
    assert after["records"] == before["records"] and after["manifest"] == before["manifest"]
    (old,), (new,) = before["vault_meta"], after["vault_meta"]
    assert old[:4] == new[:4]  # id, magic, format, vault id
    assert all(a != b for a, b in zip(old[4:7], new[4:7]))  # new salt/params, new wraps for both
    assert old[7:] == new[7:]  # the header's pin on the (unchanged) manifest


def test_kit_of_another_vault_is_rejected(data_dir, fast_kdf):
    path_a, path_b = data_dir / "a" / "journal.ijvault", data_dir / "b" / "journal.ijvault"
    Vault.create(path_a, PASSPHRASE, policy=fast_kdf)[0].close()
    _, kit_b = Vault.create(path_b, PASSPHRASE, policy=fast_kdf)
    _.close()
    with pytest.raises(BadRecoveryKit):
        Vault.recover(path_a, kit_b.text(), "x", policy=fast_kdf)
    open_vault(path_a).close()  # unchanged


def test_new_recovery_kit_replaces_the_old_one(new_vault, vault_path, fast_kdf):
    old_kit = new_vault.kit
    fresh = new_vault.new_recovery_kit()
    new_vault.close()
    with pytest.raises(BadRecoveryKit):
        Vault.recover(vault_path, old_kit.text(), "x", policy=fast_kdf)
    Vault.recover(vault_path, fresh.text(), "y", policy=fast_kdf)[0].close()


def test_corrupted_recovery_wrap(vault_path, fast_kdf):
    vault, kit = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    vault.close()
    with raw(vault_path) as conn:
        wrap_rk = conn.execute("SELECT wrap_rk FROM vault_meta").fetchone()[0]
        for bad in (wrap_rk[:-1], bytes(len(wrap_rk)), b"", "text"):
            conn.execute("UPDATE vault_meta SET wrap_rk=?", (bad,))
            with pytest.raises(BadRecoveryKit):
                Vault.recover(vault_path, kit.text(), "x", policy=fast_kdf)
    open_vault(vault_path).close()  # the passphrase path is independent


def test_typos_are_rejected_before_any_key_work(vault_path, fast_kdf, monkeypatch):
    """100+ random single-character typos and adjacent transpositions: BadRecoveryKit from the
    checksum, with Argon2, HKDF and the vault file all untouched."""
    vault, kit = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    vault.close()
    before = dump(vault_path)

    def forbidden(*args, **kwargs):
        raise AssertionError("key derivation or file access before the kit was checked")

    rng = random.Random(1)
    symbols = kit.symbols()
    typos: list[str] = []
    while len(typos) < 120:
        i = rng.randrange(len(symbols))
        c = rng.choice(ALPHABET)
        if c != symbols[i]:
            typos.append(symbols[:i] + c + symbols[i + 1:])
    transpositions = [symbols[:i] + symbols[i + 1] + symbols[i] + symbols[i + 2:]
                      for i in range(len(symbols) - 1) if symbols[i] != symbols[i + 1]]
    assert len(typos) + len(transpositions) > 150
    with monkeypatch.context() as m:
        for target, name in ((kdf, "derive"), (kdf, "Argon2id"), (vault_mod, "derive"), (keys, "hkdf"),
                             (keys, "recovery_kek"), (keys, "unwrap"), (vault_mod.db, "make_engine")):
            m.setattr(target, name, forbidden)
        for text in typos + transpositions:
            grouped = "-".join(text[j:j + 4] for j in range(0, len(text), 4))
            with pytest.raises(BadRecoveryKit):
                Vault.recover(vault_path, grouped, "new passphrase", policy=fast_kdf)
    assert dump(vault_path) == before
    assert RecoveryKit.parse(kit.text()).secret == kit.secret
