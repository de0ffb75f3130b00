"""Fuzz the share-bundle and contact-card parsers and print the count and every failure (docs/security-design.md §11.22–24).

    .venv/bin/python bench/fuzz_sharing.py [--bundles 200000] [--cards 250000] [--seed 1]
                                           [--sweep] [--fingerprints 10000]

Inputs are mutations (bit flips, byte overwrites, cuts, splices, appended bytes) of the committed
vectors and of fresh valid bundles and cards, plus random bytes. A failure is any exception other
than BundleRejected / CardRejected, any mutated input that opens, or an input slower than 1 s.
--sweep flips every byte of a three-chunk bundle (§11.22); --fingerprints flips single key bits and
checks the safety number changes every time (§11.24). Exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import resource
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from integration_journal.crypto import bundle as wire  # noqa: E402
from integration_journal.crypto.cards import parse_any_card, parse_card  # noqa: E402
from integration_journal.crypto.safety_number import safety_number  # noqa: E402
from integration_journal.errors import BundleRejected, CardRejected  # noqa: E402
from tests.fixtures.share_vectors import keys as k  # noqa: E402

VECTORS = ROOT / "tests" / "fixtures" / "share_vectors"


def trusting(stable_id: bytes) -> wire.KnownSender | None:
    return wire.KnownSender(k.PATIENT.identity_public, True, None) if stable_id == k.PATIENT.stable_id else None


def mutate(rng: random.Random, seed: bytes, pool: list[bytes]) -> bytes:
    data = bytearray(seed)
    for _ in range(rng.choice((1, 1, 1, 2, 3, 8))):
        action = rng.randrange(6)
        if action == 0 and data:
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        elif action == 1 and data:
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif action == 2 and data:
            del data[rng.randrange(len(data)):]
        elif action == 3:
            data += rng.randbytes(rng.randrange(1, 64))
        elif action == 4 and data:
            at = rng.randrange(len(data))
            other = rng.choice(pool)
            data[at:] = other[rng.randrange(max(1, len(other))):]
        elif action == 5 and len(data) > 16:
            at = rng.randrange(len(data) - 8)
            data[at:at + 8] = rng.choice((b"\xff" * 8, b"\x00" * 8, b"\x7f\xff\xff\xff\xff\xff\xff\xff"))
    return bytes(data)


class Tally:
    def __init__(self, name: str) -> None:
        self.name, self.count, self.failures, self.slowest = name, 0, [], 0.0

    def run(self, call, data: bytes, expect_rejected: bool, rejected: type[Exception]) -> None:
        self.count += 1
        start = time.perf_counter()
        try:
            call(data)
            if expect_rejected:
                self.failures.append(f"{self.name}: a mutated input was accepted ({len(data)} bytes)")
        except rejected:
            pass
        except Exception:  # noqa: BLE001 - reporting every unexpected exception is the point
            self.failures.append(f"{self.name}: {traceback.format_exc(limit=3)}")
        elapsed = time.perf_counter() - start
        self.slowest = max(self.slowest, elapsed)
        if elapsed > 1.0:
            self.failures.append(f"{self.name}: an input took {elapsed:.2f} s")

    def report(self) -> None:
        print(f"{self.name}: {self.count} inputs, {len(self.failures)} failures, slowest {self.slowest * 1000:.1f} ms")
        for failure in self.failures[:20]:
            print("  " + failure.strip().replace("\n", "\n  "))


def fuzz_bundles(rng: random.Random, count: int) -> Tally:
    seeds = [p.read_bytes() for p in sorted(VECTORS.glob("*.ijshare"))]
    fresh = wire.write_bundle([wire.BundleItem("entry", bytes(16), 1, rng.randbytes(2000))], sender=k.PATIENT,
                              recipient=k.THERAPIST_CARD, sequence=1, created=k.CREATED)
    seeds.append(fresh)
    tally = Tally("bundle parser")
    open_ = lambda data: wire.open_bundle(data, k.THERAPIST, trusting)  # noqa: E731
    for index in range(count):
        if index % 50 == 0:
            data = rng.randbytes(rng.randrange(0, 3000))
            tally.run(open_, data, False, BundleRejected)
            continue
        seed = fresh if index % 3 == 0 else rng.choice(seeds)
        data = mutate(rng, seed, seeds)
        tally.run(open_, data, seed is fresh and data != fresh, BundleRejected)
        if (index + 1) % 50_000 == 0:
            print(f"  … {index + 1} bundles", flush=True)
    return tally


def fuzz_cards(rng: random.Random, count: int) -> Tally:
    seeds = [k.PATIENT_CARD.raw, k.THERAPIST_CARD.raw, k.THERAPIST_CARD.to_text().encode()]
    tally = Tally("card parser")
    for index in range(count):
        seed = rng.choice(seeds)
        data = mutate(rng, seed, seeds) if index % 20 else rng.randbytes(rng.randrange(0, 2000))
        if seed is seeds[2] and index % 2:
            tally.run(lambda d: parse_any_card(d.decode("utf-8", "replace")), data, False, CardRejected)
        else:
            tally.run(parse_any_card, data, False, CardRejected)
    return tally


def sweep() -> Tally:
    bundle = wire.write_bundle([wire.BundleItem("entry", bytes(16), 1, bytes(2 * wire.CHUNK + 3000))],
                               sender=k.PATIENT, recipient=k.THERAPIST_CARD, sequence=1, created=k.CREATED)
    tally = Tally(f"byte-flip sweep ({len(bundle)} bytes, 3 chunks)")
    for position in range(len(bundle)):
        flipped = bytearray(bundle)
        flipped[position] ^= 0xFF
        tally.run(lambda d: wire.open_bundle(d, k.THERAPIST, trusting), bytes(flipped), True, BundleRejected)
    return tally


def fingerprints(rng: random.Random, count: int) -> Tally:
    tally = Tally("safety-number bit flips")
    base = safety_number(k.PATIENT_CARD, k.THERAPIST_CARD)
    for _ in range(count):
        field = rng.choice(("identity_key", "mlkem_pk", "x25519_pk"))
        value = bytearray(getattr(k.THERAPIST_CARD, field))
        value[rng.randrange(len(value))] ^= 1 << rng.randrange(8)
        changed = dataclasses.replace(k.THERAPIST_CARD, **{field: bytes(value)})
        tally.count += 1
        if safety_number(k.PATIENT_CARD, changed) == base:
            tally.failures.append(f"a flip in {field} left the safety number unchanged")
    return tally


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundles", type=int, default=200_000)
    parser.add_argument("--cards", type=int, default=250_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--fingerprints", type=int, default=0)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    assert parse_card(k.THERAPIST_CARD.raw) == k.THERAPIST_CARD
    start = time.perf_counter()
    tallies = [fuzz_bundles(rng, args.bundles), fuzz_cards(rng, args.cards)]
    if args.sweep:
        tallies.append(sweep())
    if args.fingerprints:
        tallies.append(fingerprints(rng, args.fingerprints))
    for tally in tallies:
        tally.report()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"total {sum(t.count for t in tallies)} inputs in {time.perf_counter() - start:.0f} s; "
          f"peak RSS {peak:.0f} MiB")
    return 1 if any(t.failures for t in tallies) else 0


if __name__ == "__main__":
    raise SystemExit(main())
