"""Key wrapping and the sub-keys derived from the data key."""

from __future__ import annotations

import os

import pytest

from integration_journal.crypto import keys
from integration_journal.errors import WrongPassphrase


def test_wrap_round_trip():
    kek, dek = os.urandom(32), keys.new_data_key()
    wrapped = keys.wrap(kek, dek, b"aad")
    assert isinstance(dek, bytearray) and len(dek) == 32
    assert keys.unwrap(kek, wrapped, b"aad") == dek
    assert keys.unwrap(bytearray(kek), wrapped, b"aad") == dek
    assert keys.wrap(kek, dek, b"aad") != wrapped  # fresh nonce every time


def test_every_unwrap_failure_is_the_same_error():
    kek, dek = os.urandom(32), os.urandom(32)
    wrapped = keys.wrap(kek, dek, b"aad")
    bad_inputs = [
        (os.urandom(32), wrapped, b"aad"),  # wrong key
        (kek, wrapped, b"aad2"),  # wrong AAD (edited params / other vault)
        (kek, wrapped[:-1], b"aad"), (kek, wrapped + b"\0", b"aad"), (kek, b"", b"aad"),
        (kek, "x" * 60, b"aad"), (kek, None, b"aad"), (kek, bytearray(60), b"aad"),
    ] + [(kek, bytes(b ^ (1 if i == j else 0) for j, b in enumerate(wrapped)), b"aad") for i in range(len(wrapped))]
    messages = set()
    for kek_, wrapped_, aad in bad_inputs:
        with pytest.raises(WrongPassphrase) as info:
            keys.unwrap(kek_, wrapped_, aad)
        assert type(info.value) is WrongPassphrase and info.value.__cause__ is None
        messages.add(str(info.value))
    assert messages == {str(WrongPassphrase())}


def test_subkeys_are_separated():
    dek, vault_id = os.urandom(32), os.urandom(16)
    derived = [
        bytes(keys.record_key(dek, vault_id, 1)), bytes(keys.record_key(dek, vault_id, 2)),
        bytes(keys.record_key(dek, os.urandom(16), 1)), bytes(keys.manifest_key(dek, vault_id)),
        bytes(keys.recovery_kek(dek, vault_id)), bytes(keys.record_key(os.urandom(32), vault_id, 1)),
        dek,
    ]
    assert len(set(derived)) == len(derived)
    assert all(len(k) == 32 for k in derived)
    assert bytes(keys.record_key(dek, vault_id, 1)) == derived[0]  # deterministic


def test_labels_are_distinct_and_versioned():
    labels = [keys.LABEL_KEK_PW, keys.LABEL_WRAP_PW, keys.LABEL_WRAP_RK, keys.LABEL_KEK_RK,
              keys.LABEL_RECORDS, keys.LABEL_MANIFEST, keys.LABEL_AUDIT]
    assert len(set(labels)) == len(labels)
    assert all(label.startswith(b"ij/v1/") for label in labels)


def test_wipe():
    buf = bytearray(os.urandom(32))
    keys.wipe(buf)
    assert buf == bytearray(32)
    keys.wipe(None)
