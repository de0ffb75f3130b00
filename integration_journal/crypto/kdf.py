"""Argon2id key derivation: parameters, the policy floor, and calibration at vault creation."""

from __future__ import annotations

import json
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from integration_journal.errors import UnsupportedVersion, VaultCorrupt

SALT_BYTES = 16
KEY_BYTES = 32
ARGON2_VERSION = 0x13
# The largest parameters this app ever writes, with a margin: calibration picks at most the policy's
# memory (256 MiB), at most 64 passes and at most 4 lanes; an upgrade only raises to the policy's floor.
# Anything beyond is an edited or damaged header, refused before any derivation: an edited header must
# not make unlocking (or restoring a backup) allocate gigabytes or run for hours before it fails.
MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ITERATIONS = 64
MAX_LANES = 16


@dataclass(frozen=True, slots=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes
    algorithm: str = "argon2id"
    version: int = ARGON2_VERSION

    def canonical(self) -> bytes:
        """A stable byte form: stored in the vault header and bound into the key wrap's AAD."""
        return json.dumps(
            {"alg": self.algorithm, "v": self.version, "m": self.memory_kib, "t": self.iterations,
             "p": self.lanes, "salt": self.salt.hex()},
            sort_keys=True, separators=(",", ":"),
        ).encode("ascii")

    @classmethod
    def from_canonical(cls, raw: bytes) -> KdfParams:
        try:
            d = json.loads(raw.decode("ascii"))
            params = cls(memory_kib=int(d["m"]), iterations=int(d["t"]), lanes=int(d["p"]),
                         salt=bytes.fromhex(d["salt"]), algorithm=str(d["alg"]), version=int(d["v"]))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise VaultCorrupt("The vault header's key-derivation parameters are unreadable.") from exc
        if params.algorithm != "argon2id" or params.version != ARGON2_VERSION:
            raise UnsupportedVersion("The vault uses a key-derivation method this version does not know.")
        params.check_limits()
        return params

    def check_limits(self) -> None:
        """Raise VaultCorrupt unless these are parameters this app could have written (cheap: no KDF)."""
        if not (isinstance(self.salt, bytes) and len(self.salt) == SALT_BYTES
                and type(self.lanes) is int and type(self.memory_kib) is int and type(self.iterations) is int
                and 1 <= self.lanes <= MAX_LANES and 8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB
                and 1 <= self.iterations <= MAX_ITERATIONS):
            raise VaultCorrupt("The journal's header is damaged: its key-derivation settings are outside what "
                               "this app ever sets, so it was not opened.")

    def with_new_salt(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.lanes, os.urandom(SALT_BYTES))


@dataclass(frozen=True, slots=True)
class KdfPolicy:
    """What new wraps use and the floor below which an existing wrap is upgraded on unlock."""

    memory_kib: int
    min_memory_kib: int
    min_iterations: int
    lanes: int
    target_seconds: tuple[float, float]
    calibrate: bool

    def is_below(self, params: KdfParams) -> bool:
        return params.memory_kib < self.min_memory_kib or params.iterations < self.min_iterations

    def fixed_params(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.min_iterations, self.lanes, os.urandom(SALT_BYTES))


# docs/design.md §4: 256 MiB default, never below 64 MiB, t >= 3, p <= 4, unlock in 0.5–1 s.
PRODUCTION_POLICY = KdfPolicy(
    memory_kib=256 * 1024, min_memory_kib=64 * 1024, min_iterations=3,
    lanes=max(1, min(4, os.cpu_count() or 1)), target_seconds=(0.5, 1.0), calibrate=True,
)

# Deliberately weak: only for the test suite and benchmarks, which must choose it explicitly
# (see integration_journal.gui.app.kdf_policy_from_env). Never a default anywhere.
INSECURE_TEST_POLICY = KdfPolicy(
    memory_kib=64, min_memory_kib=8, min_iterations=1, lanes=1, target_seconds=(0.0, 1.0), calibrate=False,
)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC so that the same passphrase typed on different keyboards/OSes derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(passphrase: bytes, params: KdfParams, associated: bytes) -> bytes:
    params.check_limits()  # never start a derivation that could take hours (see MAX_MEMORY_KIB)
    kdf = Argon2id(
        salt=params.salt, length=KEY_BYTES, iterations=params.iterations, lanes=params.lanes,
        memory_cost=params.memory_kib, ad=associated,
    )
    return kdf.derive(passphrase)


def calibrate(policy: KdfPolicy, progress: Callable[[float], None] | None = None) -> KdfParams:
    """Pick parameters so one derivation takes policy.target_seconds on this machine.

    Raise iterations rather than lower memory; lower memory (never below the floor) only when the
    default memory at the minimum iterations is already too slow. A machine too slow even at the
    floor keeps the floor and accepts a slower unlock.
    """
    if not policy.calibrate:
        return policy.fixed_params()
    low, high = policy.target_seconds
    memory, iterations = policy.memory_kib, policy.min_iterations
    probe_salt = os.urandom(SALT_BYTES)

    def timed(m: int, t: int) -> float:
        start = time.perf_counter()
        derive(b"calibration", KdfParams(m, t, policy.lanes, probe_salt), b"ij/v1/calibrate")
        return time.perf_counter() - start

    steps = 0
    elapsed = timed(memory, iterations)
    while elapsed > high and memory > policy.min_memory_kib:
        memory = max(policy.min_memory_kib, memory // 2)
        elapsed = timed(memory, iterations)
        steps += 1
        if progress:
            progress(min(0.9, 0.2 * steps))
    if elapsed < low:
        per_iteration = elapsed / iterations
        target = (low + high) / 2
        iterations = max(policy.min_iterations, min(MAX_ITERATIONS, round(target / max(per_iteration, 1e-6))))
    if progress:
        progress(1.0)
    return KdfParams(memory, iterations, policy.lanes, os.urandom(SALT_BYTES))
