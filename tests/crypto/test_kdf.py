"""Argon2id parameters, the policy floor, calibration and passphrase normalisation."""

from __future__ import annotations

import dataclasses
import json
import os
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_journal.crypto import kdf
from integration_journal.crypto.kdf import (
    INSECURE_TEST_POLICY,
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
    PRODUCTION_POLICY,
    KdfParams,
    KdfPolicy,
)
from integration_journal.errors import UnsupportedVersion, VaultCorrupt


def _params(**kw) -> KdfParams:
    base = dict(memory_kib=64, iterations=1, lanes=1, salt=bytes(16))
    base.update(kw)
    return KdfParams(**base)


def test_production_policy_matches_the_design():
    """docs/design.md §4: 256 MiB default, floor 64 MiB, t ≥ 3, p ≤ 4, calibrated to 0.5–1 s."""
    p = PRODUCTION_POLICY
    assert p.memory_kib == 256 * 1024 and p.min_memory_kib == 64 * 1024
    assert p.min_iterations >= 3 and 1 <= p.lanes <= 4
    assert p.target_seconds == (0.5, 1.0) and p.calibrate
    assert p.is_below(_params(memory_kib=32 * 1024, iterations=10))
    assert p.is_below(_params(memory_kib=256 * 1024, iterations=2))
    assert not p.is_below(_params(memory_kib=64 * 1024, iterations=3))


@given(m=st.integers(8, MAX_MEMORY_KIB), t=st.integers(1, MAX_ITERATIONS), p=st.integers(1, MAX_LANES),
       salt=st.binary(min_size=16, max_size=16))
def test_canonical_round_trip(m, t, p, salt):
    params = KdfParams(max(m, 8 * p), t, p, salt)
    raw = params.canonical()
    assert KdfParams.from_canonical(raw) == params
    assert raw == KdfParams.from_canonical(raw).canonical()
    raw.decode("ascii")


def test_canonical_is_stable_bytes():
    raw = _params(salt=bytes(range(16))).canonical()
    assert raw == (b'{"alg":"argon2id","m":64,"p":1,"salt":"000102030405060708090a0b0c0d0e0f",'
                   b'"t":1,"v":19}')


@pytest.mark.parametrize("change", [
    {"m": 7}, {"m": 16 * 1024 * 1024 + 1}, {"t": 0}, {"t": 1001}, {"p": 0}, {"p": 256},
    {"m": 8, "p": 2}, {"salt": "00" * 15}, {"salt": "00" * 17}, {"salt": "zz" * 16},
    {"m": None}, {"t": [1]}, {"p": "x"},
])
def test_out_of_range_params_are_corrupt(change):
    d = json.loads(_params().canonical())
    d.update(change)
    with pytest.raises(VaultCorrupt):
        KdfParams.from_canonical(json.dumps(d).encode())


@pytest.mark.parametrize("change", [{"alg": "argon2i"}, {"alg": "scrypt"}, {"v": 0x10}])
def test_unknown_algorithm_or_version(change):
    d = json.loads(_params().canonical())
    d.update(change)
    with pytest.raises(UnsupportedVersion):
        KdfParams.from_canonical(json.dumps(d).encode())


@pytest.mark.parametrize("raw", [b"", b"{", b"[]", b"null", b"\xff\xfe", b'{"m":1}', "é".encode()])
def test_garbage_header_is_corrupt(raw):
    with pytest.raises(VaultCorrupt):
        KdfParams.from_canonical(raw)


def test_with_new_salt():
    p = _params(memory_kib=1024, iterations=4, lanes=2)
    q = p.with_new_salt()
    assert (q.memory_kib, q.iterations, q.lanes) == (1024, 4, 2) and q.salt != p.salt and len(q.salt) == 16


def test_fixed_params_when_not_calibrating():
    a, b = kdf.calibrate(INSECURE_TEST_POLICY), kdf.calibrate(INSECURE_TEST_POLICY)
    assert (a.memory_kib, a.iterations, a.lanes) == (64, 1, 1)
    assert a.salt != b.salt


def _fake_clock(monkeypatch, seconds_per_call):
    """Make each derive() "take" seconds_per_call(m, t) on a fake perf_counter."""
    now = [0.0]
    calls = []

    def fake_derive(passphrase, params, associated):
        calls.append((params.memory_kib, params.iterations))
        now[0] += seconds_per_call(params.memory_kib, params.iterations)
        return bytes(32)

    monkeypatch.setattr(kdf, "derive", fake_derive)
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: now[0])
    return calls


def test_calibrate_raises_iterations_on_a_fast_machine(monkeypatch):
    calls = _fake_clock(monkeypatch, lambda m, t: 0.05 * t * m / (256 * 1024))
    params = kdf.calibrate(PRODUCTION_POLICY)
    assert params.memory_kib == 256 * 1024  # memory is kept
    assert params.iterations >= 3
    assert 0.5 <= 0.05 * params.iterations <= 1.0  # lands in the target window
    assert calls == [(256 * 1024, 3)]


def test_calibrate_lowers_memory_to_the_floor_only(monkeypatch):
    _fake_clock(monkeypatch, lambda m, t: 10.0 * t * m / (256 * 1024))  # very slow machine
    params = kdf.calibrate(PRODUCTION_POLICY)
    assert params.memory_kib == PRODUCTION_POLICY.min_memory_kib  # never below the floor
    assert params.iterations == PRODUCTION_POLICY.min_iterations  # and never fewer than 3


def test_calibrate_reports_progress(monkeypatch):
    _fake_clock(monkeypatch, lambda m, t: 0.4 * t * m / (256 * 1024))
    seen = []
    kdf.calibrate(PRODUCTION_POLICY, progress=seen.append)
    assert seen and seen[-1] == 1.0 and all(0 <= x <= 1 for x in seen)


def test_normalise_passphrase_nfc():
    nfd = unicodedata.normalize("NFD", "Ångström café")
    assert kdf.normalise_passphrase(nfd) == unicodedata.normalize("NFC", nfd).encode("utf-8")
    assert kdf.normalise_passphrase("plain") == b"plain"
    # NFC only: compatibility forms (ligatures, full-width) stay distinct passphrases
    assert kdf.normalise_passphrase("\ufb01") != kdf.normalise_passphrase("fi")


def test_derive_depends_on_every_input():
    base = _params(salt=os.urandom(16))
    key = kdf.derive(b"pw", base, b"ad")
    assert len(key) == 32
    variants = [
        kdf.derive(b"pw2", base, b"ad"), kdf.derive(b"pw", base, b"ad2"),
        kdf.derive(b"pw", dataclasses.replace(base, salt=os.urandom(16)), b"ad"),
        kdf.derive(b"pw", dataclasses.replace(base, memory_kib=128), b"ad"),
        kdf.derive(b"pw", dataclasses.replace(base, iterations=2), b"ad"),
        kdf.derive(b"pw", dataclasses.replace(base, lanes=2, memory_kib=64), b"ad"),
    ]
    assert key not in variants and len(set(variants)) == len(variants)
    assert kdf.derive(b"pw", base, b"ad") == key


def test_policy_is_below():
    policy = KdfPolicy(memory_kib=1024, min_memory_kib=512, min_iterations=2, lanes=1,
                       target_seconds=(0, 1), calibrate=False)
    assert policy.is_below(_params(memory_kib=256, iterations=5))
    assert policy.is_below(_params(memory_kib=4096, iterations=1))
    assert not policy.is_below(_params(memory_kib=512, iterations=2))


def test_an_edited_header_cannot_demand_absurd_memory():
    from integration_journal.errors import VaultCorrupt

    raw = _params(memory_kib=MAX_MEMORY_KIB + 1).canonical()
    with pytest.raises(VaultCorrupt):
        KdfParams.from_canonical(raw)
