"""Record encryption: padding buckets, AAD binding of every identity field, malformed input, and
nonce uniqueness (docs/security-design.md §10.2, §10.3, §11.9)."""

from __future__ import annotations

import os
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_journal.crypto import records
from integration_journal.crypto.records import (
    DecryptionFailed,
    ManifestCipher,
    RecordCipher,
    bucket_size,
    pad,
    unpad,
)

KiB = 1024


# --- padding ------------------------------------------------------------------------------------


def test_bucket_boundaries():
    assert bucket_size(0) == bucket_size(1) == bucket_size(512) == 512
    expected = {513: 1 * KiB, 1 * KiB: 1 * KiB, 1 * KiB + 1: 2 * KiB, 4 * KiB: 4 * KiB,
                16 * KiB + 1: 32 * KiB, 64 * KiB - 1: 64 * KiB, 64 * KiB: 64 * KiB,
                64 * KiB + 1: 128 * KiB, 128 * KiB: 128 * KiB, 128 * KiB + 1: 192 * KiB,
                1000 * KiB: 1024 * KiB, 10 * 1024 * KiB + 5: 10 * 1024 * KiB + 64 * KiB}
    for length, size in expected.items():
        assert bucket_size(length) == size, length


def test_bucket_classes_up_to_64_kib():
    """Every size up to 64 KiB lands in one of 8 classes: 512 B, 1, 2, 4, 8, 16, 32, 64 KiB;
    beyond, multiples of 64 KiB."""
    classes = {bucket_size(n) for n in range(0, 64 * KiB + 1)}
    assert sorted(classes) == [512 * 2**i for i in range(8)]
    for n in range(64 * KiB + 1, 1024 * KiB, 997):
        size = bucket_size(n)
        assert size % (64 * KiB) == 0 and size - 64 * KiB < n <= size


@given(st.integers(0, 8 * 1024 * KiB))
def test_bucket_is_the_smallest_allowed_size(n):
    size = bucket_size(n)
    assert size >= n
    allowed = [512 * 2**i for i in range(8)] + [64 * KiB * k for k in range(2, 130)]
    assert size == min(a for a in allowed if a >= n)


@settings(max_examples=300)
@given(st.binary(max_size=70 * KiB))
def test_pad_unpad_round_trip(payload):
    padded = pad(payload)
    assert len(padded) == bucket_size(len(payload) + 4)
    assert unpad(padded) == payload
    assert padded[4 + len(payload):] == bytes(len(padded) - 4 - len(payload))


def test_pad_limits():
    with pytest.raises(ValueError):
        pad(b"\0" * (records.MAX_PLAINTEXT + 1))
    for bad in (b"", b"\0\0\0", b"\0\0\x02\x00" + b"x" * 10):
        with pytest.raises(DecryptionFailed):
            unpad(bad)


# --- record AEAD ------------------------------------------------------------------------------


@pytest.fixture
def cipher():
    return RecordCipher(os.urandom(32), os.urandom(16), 1)


def test_round_trip_and_sizes(cipher):
    rid = os.urandom(16)
    for payload in (b"", b"x", b"y" * 508, b"z" * 509, os.urandom(5000), os.urandom(70 * KiB)):
        nonce, ct = cipher.encrypt(rid, 3, payload)
        assert len(nonce) == 12
        assert len(ct) == bucket_size(len(payload) + 4) + 16
        assert cipher.decrypt(rid, 3, nonce, ct) == payload
        assert len(payload) < 16 or payload not in ct


def test_aad_binds_every_identity_field(monkeypatch):
    """Same key bytes throughout, so only the AAD differs: record id, revision, vault id, key id
    and format version are each bound."""
    key, vault_id, rid = os.urandom(32), os.urandom(16), os.urandom(16)
    cipher = RecordCipher(key, vault_id, 1)
    nonce, ct = cipher.encrypt(rid, 5, b"secret entry")
    wrong = [
        lambda: cipher.decrypt(os.urandom(16), 5, nonce, ct),  # other record id
        lambda: cipher.decrypt(rid, 4, nonce, ct),  # older revision
        lambda: cipher.decrypt(rid, 6, nonce, ct),
        lambda: RecordCipher(key, os.urandom(16), 1).decrypt(rid, 5, nonce, ct),  # other vault
        lambda: RecordCipher(key, vault_id, 2).decrypt(rid, 5, nonce, ct),  # other key id
    ]
    for attempt in wrong:
        with pytest.raises(DecryptionFailed):
            attempt()
    with monkeypatch.context() as m:
        m.setattr(records, "FORMAT_VERSION", 2)  # reinterpreted under another format version
        with pytest.raises(DecryptionFailed):
            cipher.decrypt(rid, 5, nonce, ct)
    assert cipher.decrypt(rid, 5, nonce, ct) == b"secret entry"


def test_aad_layout():
    aad = records.record_aad(b"V" * 16, b"R" * 16, 7, 9)
    assert aad == b"ij/v1/record\0\0\0\0" + b"V" * 16 + b"R" * 16 + (7).to_bytes(4, "big") \
        + (9).to_bytes(8, "big") + (1).to_bytes(2, "big")


def test_every_byte_of_nonce_and_ciphertext_is_authenticated(cipher):
    rid = os.urandom(16)
    nonce, ct = cipher.encrypt(rid, 1, b"payload")
    blob = nonce + ct
    for i in range(len(blob)):
        for mask in (0x01, 0x80):
            b = bytearray(blob)
            b[i] ^= mask
            with pytest.raises(DecryptionFailed):
                cipher.decrypt(rid, 1, bytes(b[:12]), bytes(b[12:]))


@pytest.mark.parametrize("nonce_len,ct_len,rid_len", [(11, 528, 16), (13, 528, 16), (12, 527, 16), (12, 0, 16),
                                                      (12, 528, 15), (12, 528, 17)])
def test_malformed_inputs(cipher, nonce_len, ct_len, rid_len):
    with pytest.raises(DecryptionFailed, match="malformed"):
        cipher.decrypt(os.urandom(rid_len), 1, os.urandom(nonce_len), os.urandom(ct_len))


def test_manifest_cipher_binds_epoch_and_vault():
    key, vault_id = os.urandom(32), os.urandom(16)
    m = ManifestCipher(key, vault_id)
    nonce, ct = m.encrypt(7, b"body")
    assert m.decrypt(7, nonce, ct) == b"body"
    for attempt in (lambda: m.decrypt(6, nonce, ct), lambda: m.decrypt(8, nonce, ct),
                    lambda: ManifestCipher(key, os.urandom(16)).decrypt(7, nonce, ct),
                    lambda: ManifestCipher(os.urandom(32), vault_id).decrypt(7, nonce, ct),
                    lambda: m.decrypt(7, nonce[:-1], ct), lambda: m.decrypt(7, nonce, ct[:-1])):
        with pytest.raises(DecryptionFailed):
            attempt()


# --- §11.9 nonce uniqueness ---------------------------------------------------------------------


@pytest.mark.slow
def test_a_million_encryptions_never_repeat_a_nonce(cipher):
    rid = os.urandom(16)
    encrypt = cipher.encrypt
    start = time.perf_counter()
    nonces = {encrypt(rid, 1, b"")[0] for _ in range(1_000_000)}
    assert len(nonces) == 1_000_000
    assert time.perf_counter() - start < 30  # a budget, not a benchmark
