"""The frozen v1 vault (tests/fixtures/vault_v1, written once by tests/fixtures/make_vault_v1.py)
must keep opening, with exactly its payloads, in every later version. Tests work on a copy."""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from pathlib import Path

import pytest

from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
from integration_journal.errors import WrongPassphrase
from integration_journal.storage.vault import FORMAT_UNPINNED, Vault
from tests.helpers.vaults import assert_load, open_vault, read_rows

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "vault_v1"
PASSPHRASE = "fixture passphrase v1"
SHA256 = "0c33d4ae6b9831f98e57bcef78b2a9b2da55ebe64b3daa847ade4c9f1865bc97"
VAULT_ID = "eebeef53599daff565463cb944f7ec13"


def rid(n: int) -> bytes:
    return bytes.fromhex(f"1f1f1f1f00000000000000000000{n:04x}")


EXPECTED = {  # record id -> (revision, payload), frozen
    rid(1): (1, b"first entry: plain ASCII"),
    rid(2): (1, "Ünïcödé — 日本語 ✓".encode("utf-8")),
    rid(3): (1, b""),
    rid(4): (1, bytes(range(256)) * 3),
    rid(5): (1, b"0123456789abcdef" * 4375),
    rid(6): (3, b"edited twice: final text"),
}


@pytest.fixture
def fixture_copy(data_dir) -> Path:
    data_dir.mkdir(mode=0o700)
    dest = data_dir / "journal.ijvault"
    shutil.copyfile(FIXTURE / "journal.ijvault", dest)
    return dest


def test_fixture_is_the_frozen_file():
    """Catches an accidental regeneration (or a test that opened the original in place)."""
    assert hashlib.sha256((FIXTURE / "journal.ijvault").read_bytes()).hexdigest() == SHA256
    assert sorted(p.name for p in FIXTURE.iterdir()) == ["journal.ijvault", "recovery-kit.txt"]


def test_opens_with_exact_payloads(fixture_copy):
    header = Vault.read_header(fixture_copy)
    assert header.vault_id.hex() == VAULT_ID and header.format_version == FORMAT_UNPINNED == 1  # the frozen file predates the pin
    assert (header.kdf.memory_kib, header.kdf.iterations, header.kdf.lanes) == (64, 1, 1)
    with open_vault(fixture_copy, PASSPHRASE, policy=INSECURE_TEST_POLICY) as v:
        records, damaged = v.load()
        assert damaged == [] and v.manifest_problem is None and v.verify() == []
        assert {r.record_id: (r.revision, r.payload) for r in records} == EXPECTED
    assert {row[0] for row in read_rows(fixture_copy).values()} == {2}  # written after a key rotation


def test_wrong_passphrase_on_fixture(fixture_copy):
    with pytest.raises(WrongPassphrase):
        open_vault(fixture_copy, "fixture passphrase v2", policy=INSECURE_TEST_POLICY)


def test_fixture_stays_writable_and_upgradable(fixture_copy):
    """Open with a stronger policy (re-wrap upgrade), write, reopen: old and new records together."""
    stronger = dataclasses.replace(INSECURE_TEST_POLICY, min_memory_kib=128, min_iterations=2)
    with open_vault(fixture_copy, PASSPHRASE, policy=stronger) as v:
        with v.transaction() as tx:
            assert tx.put(rid(6), b"edited in a later version") == 4
            tx.put(rid(8), b"new record")
    with open_vault(fixture_copy, PASSPHRASE, policy=stronger) as v:
        expected = {r: p for r, (_, p) in EXPECTED.items()} | {rid(6): b"edited in a later version",
                                                               rid(8): b"new record"}
        assert_load(v, expected, {})


def test_fixture_recovery_kit(fixture_copy):
    kit_text = (FIXTURE / "recovery-kit.txt").read_text(encoding="ascii")
    v, new_kit = Vault.recover(fixture_copy, kit_text, "recovered passphrase", policy=INSECURE_TEST_POLICY)
    try:
        assert {r.record_id: (r.revision, r.payload) for r in v.load()[0]} == EXPECTED
    finally:
        v.close()
    with open_vault(fixture_copy, "recovered passphrase", policy=INSECURE_TEST_POLICY) as v:
        assert v.verify() == []
