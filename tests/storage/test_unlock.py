"""docs/security-design.md §11.5 (wrong passphrases) and §11.6 (KDF downgrade)."""

from __future__ import annotations

import dataclasses
import json
import random
import string
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from integration_journal.crypto import kdf
from integration_journal.crypto.kdf import KdfParams
from integration_journal.errors import UnsupportedVersion, VaultCorrupt, WrongPassphrase
from integration_journal.storage import vault as vault_mod
from integration_journal.storage.vault import Vault
from tests.helpers.vaults import PASSPHRASE, assert_load, dump, flip, open_vault, populate, raw, wal_frames

WRONG = str(WrongPassphrase())


@pytest.fixture
def count_derive(monkeypatch):
    """Count full KDF runs (and the parameters they ran with) on the unlock path."""
    calls: list[KdfParams] = []
    real = vault_mod.derive

    def counting(passphrase, params, associated):
        calls.append(params)
        return real(passphrase, params, associated)

    monkeypatch.setattr(vault_mod, "derive", counting)
    return calls


def _wrong_passphrases(rng: random.Random) -> list[str]:
    near = [PASSPHRASE.upper(), PASSPHRASE + " ", " " + PASSPHRASE, PASSPHRASE[:-1], PASSPHRASE[1:],
            PASSPHRASE.replace(" ", ""), PASSPHRASE.replace("o", "0"), PASSPHRASE + "\n", PASSPHRASE + "\0",
            PASSPHRASE[::-1], PASSPHRASE.capitalize(), "", " ", "\u00a0" + PASSPHRASE,
            PASSPHRASE.replace("o", "\u043e"), PASSPHRASE.replace("e", "\u0435"),  # Cyrillic look-alikes
            unicodedata.normalize("NFKC", "\ufb01") + PASSPHRASE]  # ligature fi, folded: another string
    for i in range(len(PASSPHRASE)):  # every single-character substitution at a few positions
        if i % 3 == 0:
            near.append(PASSPHRASE[:i] + chr(ord(PASSPHRASE[i]) ^ 1) + PASSPHRASE[i + 1:])
    alphabet = string.printable + "äöüßéèñçø€中文😀"
    while len(near) < 60:
        near.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))))
    right = unicodedata.normalize("NFC", PASSPHRASE)
    return [p for p in dict.fromkeys(near) if unicodedata.normalize("NFC", p) != right]


# --- §11.5 --------------------------------------------------------------------------------------


def test_wrong_passphrases_never_unlock(vault_path, fast_kdf, count_derive):
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    populate(vault, 5)
    vault.close()
    before = dump(vault_path)
    stored = Vault.read_header(vault_path).kdf
    count_derive.clear()
    attempts = _wrong_passphrases(random.Random(1))
    assert len(attempts) >= 50
    for attempt in attempts:
        with pytest.raises(WrongPassphrase) as info:
            open_vault(vault_path, attempt)
        assert str(info.value) == WRONG and type(info.value) is WrongPassphrase
        assert info.value.__cause__ is None  # no chained detail from the AEAD
    # no fast-fail path: every attempt ran the full KDF once, with the stored parameters
    assert count_derive == [stored] * len(attempts)
    assert dump(vault_path) == before  # failed attempts write nothing
    assert wal_frames(vault_path) == 0
    with open_vault(vault_path) as v:
        assert len(v.load()[0]) == 5


@pytest.mark.parametrize("created_as,unlocked_as", [("NFC", "NFD"), ("NFD", "NFC"), ("NFC", "NFC"), ("NFD", "NFD")])
def test_nfc_and_nfd_of_the_right_passphrase_unlock(vault_path, fast_kdf, created_as, unlocked_as):
    phrase = "Café crème brûlée — Ångström naïve Ünïcödé"
    vault, _ = Vault.create(vault_path, unicodedata.normalize(created_as, phrase), policy=fast_kdf)
    vault.close()
    assert unicodedata.normalize("NFC", phrase) != unicodedata.normalize("NFD", phrase)
    open_vault(vault_path, unicodedata.normalize(unlocked_as, phrase)).close()
    with pytest.raises(WrongPassphrase):  # NFKC folding is not applied: a different passphrase
        open_vault(vault_path, unicodedata.normalize("NFC", phrase).replace("é", "e"))


def _corruptions(wrap: bytes) -> list[bytes | str | int]:
    out: list[bytes | str | int] = [flip(wrap, i, m) for i in range(0, len(wrap), 3) for m in (0x01, 0x80)]
    out += [wrap[:-1], wrap + b"\0", b"", wrap[12:], bytes(len(wrap)), wrap.hex(), 7, wrap.decode("latin-1")]
    return out


def test_corrupted_wrap_gives_the_wrong_passphrase_error(vault_path, fast_kdf, count_derive):
    """Same type, same message, same KDF cost as a wrong passphrase: no oracle telling an attacker
    whether the file or the guess was wrong."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    vault.close()
    with raw(vault_path) as conn:
        wrap_pw, wrap_rk = conn.execute("SELECT wrap_pw, wrap_rk FROM vault_meta").fetchone()
    variants = _corruptions(wrap_pw) + [wrap_rk]
    count_derive.clear()
    for bad in variants:
        with raw(vault_path) as conn:
            conn.execute("UPDATE vault_meta SET wrap_pw=?", (bad,))
        with pytest.raises(WrongPassphrase) as info:
            open_vault(vault_path)
        assert str(info.value) == WRONG and type(info.value) is WrongPassphrase
    assert len(count_derive) == len(variants)
    with raw(vault_path) as conn:
        conn.execute("UPDATE vault_meta SET wrap_pw=?", (wrap_pw,))
    open_vault(vault_path).close()


# --- §11.6 --------------------------------------------------------------------------------------


def _set_kdf(vault_path, raw_kdf: bytes) -> None:
    with raw(vault_path) as conn:
        conn.execute("UPDATE vault_meta SET kdf=?", (raw_kdf,))


@pytest.mark.parametrize("edit", [
    lambda p: dataclasses.replace(p, memory_kib=p.memory_kib // 2),
    lambda p: dataclasses.replace(p, memory_kib=p.memory_kib * 2),
    lambda p: dataclasses.replace(p, iterations=p.iterations + 1),
    lambda p: dataclasses.replace(p, lanes=2, memory_kib=max(p.memory_kib, 16)),
    lambda p: dataclasses.replace(p, salt=bytes(16)),
    lambda p: dataclasses.replace(p, salt=p.salt[::-1]),
])
def test_kdf_parameter_edits_fail(vault_path, fast_kdf, edit):
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    vault.close()
    original = Vault.read_header(vault_path).kdf
    _set_kdf(vault_path, edit(original).canonical())
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path)
    _set_kdf(vault_path, original.canonical())
    open_vault(vault_path).close()


def test_lowered_iterations_fail(vault_path):
    """The one downgrade the fast test policy leaves room for: t from 2 to 1."""
    policy = dataclasses.replace(kdf.INSECURE_TEST_POLICY, min_iterations=2)
    Vault.create(vault_path, PASSPHRASE, policy=policy)[0].close()
    original = Vault.read_header(vault_path).kdf
    assert original.iterations == 2
    _set_kdf(vault_path, dataclasses.replace(original, iterations=1).canonical())
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, policy=policy)
    assert Vault.read_header(vault_path).kdf.iterations == 1  # the failed unlock rewrote nothing


@pytest.fixture(scope="module")
def downgrade_vault(tmp_path_factory):
    """One vault for the property test (function-scoped fixtures do not mix with @given)."""
    path = tmp_path_factory.mktemp("downgrade") / "journal.ijvault"
    Vault.create(path, PASSPHRASE, policy=kdf.INSECURE_TEST_POLICY)[0].close()
    with raw(path) as conn:
        row = conn.execute("SELECT * FROM vault_meta").fetchone()
    return path, row


@pytest.mark.slow
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(memory=st.integers(8, 512), iterations=st.integers(1, 3), lanes=st.integers(1, 4),
       salt=st.binary(min_size=16, max_size=16), keep_salt=st.booleans())
def test_property_random_param_edits_never_unlock_nor_rewrap(downgrade_vault, memory, iterations, lanes, salt, keep_salt):
    path, row = downgrade_vault
    original = KdfParams.from_canonical(row[4])
    edited = KdfParams(max(memory, 8 * lanes), iterations, lanes, original.salt if keep_salt else salt)
    assume(edited != original)
    _set_kdf(path, edited.canonical())
    try:
        with pytest.raises(WrongPassphrase):
            # a stronger policy would re-wrap on success; it must never get that far
            open_vault(path, policy=dataclasses.replace(kdf.INSECURE_TEST_POLICY, min_memory_kib=256, min_iterations=2))
        with raw(path) as conn:
            assert conn.execute("SELECT * FROM vault_meta").fetchone() == (*row[:4], edited.canonical(), *row[5:])
    finally:
        _set_kdf(path, row[4])


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_property_raw_header_byte_edits(downgrade_vault, data):
    """Arbitrary byte edits of the stored KDF header: a typed error, never an unlock."""
    path, row = downgrade_vault
    raw_kdf = bytearray(row[4])
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(raw_kdf) - 1))
        raw_kdf[i] = data.draw(st.integers(0, 255))
    assume(bytes(raw_kdf) != row[4])
    try:
        parsed = KdfParams.from_canonical(bytes(raw_kdf))
    except (VaultCorrupt, UnsupportedVersion):
        parsed = None
    # an edit can be equivalent (e.g. a salt hex digit in upper case): the same parameters may unlock
    assume(parsed != KdfParams.from_canonical(row[4]))
    # keep the property test fast: skip edits that ask for a costly (but valid) Argon2 run
    assume(parsed is None or (parsed.memory_kib <= 4096 and parsed.iterations <= 4))
    _set_kdf(path, bytes(raw_kdf))
    try:
        with pytest.raises((WrongPassphrase, VaultCorrupt, UnsupportedVersion)):
            open_vault(path)
    finally:
        _set_kdf(path, row[4])


def test_params_below_policy_are_upgraded_never_lowered(vault_path, fast_kdf):
    vault, kit = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 5)
    vault.close()
    weak = Vault.read_header(vault_path).kdf
    stronger = dataclasses.replace(fast_kdf, memory_kib=128, min_memory_kib=128, min_iterations=2)
    assert stronger.is_below(weak)
    with open_vault(vault_path, policy=stronger) as v:
        assert_load(v, payloads, {})
    upgraded = Vault.read_header(vault_path).kdf
    assert (upgraded.memory_kib, upgraded.iterations) == (128, 2)
    assert not stronger.is_below(upgraded)
    open_vault(vault_path, policy=stronger).close()  # and it still opens
    # a weaker policy afterwards never lowers them: not on unlock, passphrase change or recovery
    open_vault(vault_path, policy=fast_kdf).close()
    assert Vault.read_header(vault_path).kdf == upgraded
    with open_vault(vault_path, policy=fast_kdf) as v:
        v.change_passphrase("new passphrase 2", policy=fast_kdf)
    after_change = Vault.read_header(vault_path).kdf
    assert (after_change.memory_kib, after_change.iterations) == (128, 2) and after_change.salt != upgraded.salt
    v, _ = Vault.recover(vault_path, kit.text(), "new passphrase 3", policy=fast_kdf)
    v.close()
    after_recovery = Vault.read_header(vault_path).kdf
    assert (after_recovery.memory_kib, after_recovery.iterations) == (128, 2)
    with open_vault(vault_path, "new passphrase 3", policy=fast_kdf) as v:
        assert_load(v, payloads, {})


def test_read_only_unlock_never_rewrites(vault_path, fast_kdf):
    Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)[0].close()
    before = dump(vault_path)
    stronger = dataclasses.replace(fast_kdf, min_memory_kib=128, min_iterations=2)
    with open_vault(vault_path, policy=stronger, read_only=True) as v:
        assert v.load() == ([], [])
    assert dump(vault_path) == before


def test_kdf_header_canonical_form_is_what_is_stored(vault_path, fast_kdf):
    """The stored header is exactly KdfParams.canonical(): the bytes bound into the wrap's AAD."""
    Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)[0].close()
    with raw(vault_path) as conn:
        stored = conn.execute("SELECT kdf FROM vault_meta").fetchone()[0]
    parsed = json.loads(stored)
    assert parsed.keys() == {"alg", "v", "m", "t", "p", "salt"}
    assert (parsed["alg"], parsed["v"]) == ("argon2id", 0x13)
    assert KdfParams.from_canonical(stored).canonical() == stored
