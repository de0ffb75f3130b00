"""Helpers for the storage tests: fill a vault, read and tamper with its rows behind the app's back
(plain sqlite3, as an attacker with the file would), and check what `Vault.load()` reports."""

from __future__ import annotations

import contextlib
import gc
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
from integration_journal.storage.vault import Vault
from tests.helpers.workspaces import PASSPHRASE  # the `new_vault` fixture's passphrase

TABLES = ("vault_meta", "records", "manifest", "alembic_version")
RowValues = tuple  # (key_id, revision, nonce, ciphertext)


def canary_payload(rng: random.Random, size: int = 64) -> bytes:
    """A payload that starts with a unique, greppable canary."""
    canary = b"CANARY-" + rng.randbytes(16).hex().encode("ascii") + b"-"
    filler_len = max(0, size - len(canary))
    return canary + rng.randbytes(filler_len)


def populate(vault: Vault, count: int, *, size: int | Iterable[int] = 64, seed: int = 0,
             payload_seed: int | None = None, per_tx: int = 500) -> dict[bytes, bytes]:
    """Put `count` records with unique canary payloads; returns {record_id: payload}.

    The ids depend on `seed` only; the payloads on `payload_seed` (default: derived from `seed`)."""
    ids = _ids(seed, count)
    rng = random.Random(seed * 7919 + 1 if payload_seed is None else payload_seed)
    sizes = iter(size) if not isinstance(size, int) else None
    out: dict[bytes, bytes] = {}
    for start in range(0, count, per_tx):
        with vault.transaction() as tx:
            for record_id in ids[start:start + per_tx]:
                payload = canary_payload(rng, next(sizes) if sizes is not None else size)
                tx.put(record_id, payload)
                out[record_id] = payload
    return out


def _ids(seed: int, count: int) -> list[bytes]:
    rng = random.Random(seed)
    return [rng.randbytes(16) for _ in range(count)]


def open_vault(path: Path, passphrase: str = PASSPHRASE, **kwargs) -> Vault:
    kwargs.setdefault("policy", INSECURE_TEST_POLICY)
    return Vault.unlock(path, passphrase, **kwargs)


@contextlib.contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection in autocommit mode: the attacker's (or forensic examiner's) view."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def read_rows(path: Path) -> dict[bytes, RowValues]:
    with raw(path) as conn:
        return {bytes(r[0]): tuple(r[1:]) for r in
                conn.execute("SELECT id, key_id, revision, nonce, ciphertext FROM records")}


def write_rows(conn: sqlite3.Connection, rows: dict[bytes, RowValues]) -> None:
    """Overwrite (key_id, revision, nonce, ciphertext) of existing rows, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("UPDATE records SET key_id=?, revision=?, nonce=?, ciphertext=? WHERE id=?",
                     [(*values, record_id) for record_id, values in rows.items()])
    conn.execute("COMMIT")


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, for before/after comparisons."""
    with raw(path) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}


def flip(data: bytes, index: int, mask: int) -> bytes:
    b = bytearray(data)
    b[index] ^= mask
    return bytes(b)


def assert_load(vault: Vault, intact: dict[bytes, bytes], damaged: dict[bytes, str | set[str]]) -> None:
    """load() returns exactly `intact` (with exact payloads) and reports exactly `damaged` (by reason).

    Also: no damaged record's plaintext is returned anywhere, and a record id is never both returned
    and reported damaged."""
    records, reported = vault.load()
    got = {r.record_id: r.payload for r in records}
    assert len(got) == len(records), "a record id was returned twice"
    assert got.keys() == intact.keys(), (
        f"returned ids differ: missing {len(intact.keys() - got.keys())}, unexpected {len(got.keys() - intact.keys())}")
    bad_payloads = [rid for rid in intact if got[rid] != intact[rid]]
    assert not bad_payloads, f"{len(bad_payloads)} records returned with the wrong payload"
    reasons: dict[bytes, set[str]] = {}
    for d in reported:
        reasons.setdefault(d.record_id, set()).add(d.reason)
    want = {rid: ({r} if isinstance(r, str) else set(r)) for rid, r in damaged.items()}
    assert reasons == want, f"damage reported {_summ(reasons)} != expected {_summ(want)}"
    assert not (got.keys() & reasons.keys())


def _summ(reasons: dict[bytes, set[str]]) -> str:
    counts: dict[str, int] = {}
    for rs in reasons.values():
        for r in rs:
            counts[r[:24]] = counts.get(r[:24], 0) + 1
    return f"{len(reasons)} ids {counts}"


def wal_frames(db_path: Path) -> int:
    """Frames currently in the -wal file (0 when it is absent or truncated)."""
    wal = Path(str(db_path) + "-wal")
    if not wal.exists() or wal.stat().st_size <= 32:
        return 0
    with raw(db_path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    return (wal.stat().st_size - 32) // (page_size + 24)


def on_disk_bytes(db_path: Path) -> bytes:
    """Everything SQLite may have left on disk for this vault: main file, WAL, shm, rollback journal."""
    out = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(db_path) + suffix)
        if p.exists():
            out += p.read_bytes()
    return out


def urandom_id() -> bytes:
    return os.urandom(16)


WORKER = Path(__file__).resolve().parent / "crash_worker.py"


def run_and_kill(args: list[str], *, delay: float, wait_ready: bool = True, timeout: float = 30.0) -> list[str]:
    """Start crash_worker.py with `args`, SIGKILL it `delay` seconds after it printed "ready" (or
    after it started, when not `wait_ready`), and return the complete lines it printed."""
    proc = subprocess.Popen([sys.executable, str(WORKER), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    out = b""
    try:
        if wait_ready:
            deadline = time.monotonic() + timeout
            while b"ready\n" not in out:
                remaining = deadline - time.monotonic()
                ready, _, _ = select.select([proc.stdout], [], [], max(0.0, remaining))
                chunk = os.read(proc.stdout.fileno(), 65536) if ready else b""
                if not chunk:
                    proc.kill()
                    proc.wait()
                    raise AssertionError(f"worker did not get ready: {proc.stderr.read().decode(errors='replace')[-2000:]}")
                out += chunk
        time.sleep(delay)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=timeout)
        out += proc.stdout.read()
        err = proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, f"worker ended by itself: {err.decode(errors='replace')[-2000:]}"
    text = out.decode("ascii")
    complete = text[:text.rfind("\n") + 1] if "\n" in text else ""
    return complete.splitlines()


def snapshot(db_path: Path, dest_dir: Path) -> Path:
    """Copy the vault's files as they are on disk right now — what a process killed at this instant
    leaves behind (its write() calls have reached the page cache; nothing else has)."""
    dest_dir.mkdir(parents=True)
    for suffix in ("", "-wal", "-shm", "-journal"):
        src = Path(str(db_path) + suffix)
        if src.exists():
            shutil.copyfile(src, dest_dir / (db_path.name + suffix))
    return dest_dir / db_path.name


def trace_lines(fn, on_line=None, *, only: str | None = None) -> int:
    """Run fn under sys.settrace, calling on_line(n) at the n-th executed line (n from 1), counting
    only frames whose file path contains `only` when given. Returns the number of lines."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line" and (only is None or only in frame.f_code.co_filename):
            count += 1
            if on_line is not None:
                on_line(count)
        return local

    # Garbage collection would run finalizers (other tests' leftovers) at random lines: keep it out
    # so that two runs of the same code count the same lines.
    gc.collect()
    gc_was_enabled = gc.isenabled()
    gc.disable()
    sys.settrace(lambda frame, event, arg: local)
    try:
        fn()
    finally:
        sys.settrace(None)
        if gc_was_enabled:
            gc.enable()
    return count


def spread(total: int, points: int = 100) -> list[int]:
    """`points` line numbers spread evenly over 1…total."""
    return sorted({1 + (i * (total - 1)) // (points - 1) for i in range(points)})


def crash_snapshots(vault_path: Path, work_dir: Path, action, *, passphrase: str = PASSPHRASE,
                    points: int = 100) -> list[Path]:
    """Run action(vault) on identical copies of the closed vault at `vault_path`: on copies to count
    the lines it executes, then on the vault itself, snapshotting its files at `points` lines spread
    over the whole run, at every line where the files changed size, and once at the end. Returns the
    snapshots in order (each openable like a vault path)."""
    for attempt in ("warm-up", "probe"):  # the first run in a process executes extra one-time lines
        probe = snapshot(vault_path, work_dir / attempt)
        with open_vault(probe, passphrase) as v:
            total = trace_lines(lambda: action(v))
    wanted = set(spread(total, points))
    snaps: list[Path] = []
    sidecars = [Path(str(vault_path) + suffix) for suffix in ("", "-wal")]
    last_seen = [None]

    def take(n: int) -> None:
        # the chosen lines, plus every line at which the files' sizes changed since the last one
        seen = tuple(p.stat().st_size if p.exists() else -1 for p in sidecars)
        if n in wanted or seen != last_seen[0]:
            snaps.append(snapshot(vault_path, work_dir / f"{n:06d}"))
        last_seen[0] = seen

    with open_vault(vault_path, passphrase) as v:
        trace_lines(lambda: action(v), take)
        snaps.append(snapshot(vault_path, work_dir / "end"))  # after the action returned
    return snaps


def spoil_row(path: Path, record_id: bytes) -> None:
    """Flip one bit of a record row's ciphertext behind the app's back (its AEAD check fails)."""
    key_id, revision, nonce, ciphertext = read_rows(path)[record_id]
    with raw(path) as conn:
        write_rows(conn, {record_id: (key_id, revision, nonce, flip(ciphertext, 5, 0x04))})
