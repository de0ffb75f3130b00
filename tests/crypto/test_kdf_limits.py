"""Audit finding: a hostile KDF header hung unlock. The parser used to accept m = 4 GiB, t = 1000,
p = 255, so an edited header made unlocking and `restore` run for hours before failing. Parameters
beyond what calibration can produce are now a damaged header, refused before any derivation."""

from __future__ import annotations

import json

import pytest

from integration_journal.crypto import kdf
from integration_journal.crypto.kdf import (
    MAX_ITERATIONS,
    MAX_LANES,
    MAX_MEMORY_KIB,
    PRODUCTION_POLICY,
    KdfParams,
    KdfPolicy,
)
from integration_journal.errors import VaultCorrupt

# The old parser's maxima, as an attacker would set them.
OLD_MAXIMA = {"m": 4 * 1024 * 1024, "t": 1000, "p": 255}


def _raw(**change) -> bytes:
    d = json.loads(KdfParams(64, 1, 1, bytes(16)).canonical())
    d.update(change)
    return json.dumps(d).encode()


@pytest.fixture
def no_argon2(monkeypatch):
    """Any attempt to run Argon2id fails the test: refusals must come before the derivation."""
    def refuse(*_args, **_kwargs):
        raise AssertionError("Argon2id was started")

    monkeypatch.setattr(kdf, "Argon2id", refuse)


def test_the_limits_are_the_documented_ones():
    assert (MAX_MEMORY_KIB, MAX_ITERATIONS, MAX_LANES) == (1024 * 1024, 64, 16)


@pytest.mark.parametrize("change", [
    OLD_MAXIMA, {"m": OLD_MAXIMA["m"]}, {"t": OLD_MAXIMA["t"]}, {"p": OLD_MAXIMA["p"], "m": 8 * 255},
    {"m": MAX_MEMORY_KIB + 1}, {"t": MAX_ITERATIONS + 1}, {"p": MAX_LANES + 1, "m": 8 * (MAX_LANES + 1)},
])
def test_parameters_beyond_calibration_are_a_damaged_header(change, no_argon2):
    with pytest.raises(VaultCorrupt, match="header is damaged"):
        KdfParams.from_canonical(_raw(**change))


def test_parameters_at_the_limits_are_accepted():
    params = KdfParams.from_canonical(_raw(m=MAX_MEMORY_KIB, t=MAX_ITERATIONS, p=MAX_LANES))
    assert (params.memory_kib, params.iterations, params.lanes) == (MAX_MEMORY_KIB, MAX_ITERATIONS, MAX_LANES)


@pytest.mark.parametrize("params", [
    KdfParams(OLD_MAXIMA["m"], 1, 1, bytes(16)), KdfParams(64, OLD_MAXIMA["t"], 1, bytes(16)),
    KdfParams(8 * 255, 1, 255, bytes(16)), KdfParams(64, 0, 1, bytes(16)), KdfParams(64, 1, 1, bytes(15)),
])
def test_derive_itself_refuses_before_running(params, no_argon2):
    with pytest.raises(VaultCorrupt):
        kdf.derive(b"passphrase", params, b"ad")


def test_production_policy_and_calibration_stay_inside(monkeypatch):
    """Whatever the machine, calibration can only produce parameters that the parser accepts."""
    assert PRODUCTION_POLICY.memory_kib <= MAX_MEMORY_KIB and PRODUCTION_POLICY.lanes <= MAX_LANES
    policy = KdfPolicy(memory_kib=256 * 1024, min_memory_kib=64 * 1024, min_iterations=3, lanes=4,
                       target_seconds=(0.5, 1.0), calibrate=True)
    for seconds_per_run in (1e-9, 0.001, 0.3, 5.0):  # a machine from absurdly fast to very slow
        monkeypatch.setattr(kdf, "derive", lambda *_a, **_k: None)
        clock = iter(x * seconds_per_run for x in range(1000))
        monkeypatch.setattr(kdf.time, "perf_counter", lambda: next(clock))
        params = kdf.calibrate(policy)
        assert KdfParams.from_canonical(params.canonical()) == params
