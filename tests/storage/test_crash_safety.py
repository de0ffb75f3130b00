"""docs/design.md §4: "a crash at any point leaves the last committed state".

Two ways to crash: a real SIGKILL of a subprocess that is saving in a loop (50 times), and, in
process, snapshots of the files on disk taken at 100 points spread over every line a save executes
(each snapshot is exactly what a kill at that moment would leave)."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import pytest

from integration_journal.storage.vault import Vault
from tests.helpers.crash_worker import apply_ops, next_ops, replay
from tests.helpers.vaults import (
    PASSPHRASE,
    assert_load,
    crash_snapshots,
    open_vault,
    populate,
    read_rows,
    run_and_kill,
    snapshot,
    spread,
    trace_lines,
)


def _state(vault) -> dict[bytes, tuple[int, bytes]]:
    records, damaged = vault.load()
    assert damaged == [], [d.reason for d in damaged]
    assert vault.manifest_problem is None
    return {r.record_id: (r.revision, r.payload) for r in records}


def _kill_lane(path, lane: int, kills: int) -> list[int]:
    """`kills` times: start the worker on the vault at `path`, SIGKILL it, check the vault."""
    rng = random.Random(100 + lane)
    model: dict[bytes, tuple[int, bytes]] = {}
    committed_per_run = []
    for run in range(kills):
        seed = rng.randrange(2**32)
        early = rng.random() < 0.1  # sometimes kill during start-up/unlock
        lines = run_and_kill(["records", str(path), PASSPHRASE, str(seed)],
                             delay=rng.uniform(0, 0.3 if not early else 0.6), wait_ready=not early)
        numbers = [int(x) for x in lines if x != "ready"]
        assert numbers == list(range(1, len(numbers) + 1))
        done = len(numbers)
        states = replay(model, seed, done + 1)
        with open_vault(path) as v:
            got = _state(v)
            assert v.verify() == []
        assert got == states[done] or got == states[done + 1], (
            f"lane {lane} run {run}: after {done} reported transactions the vault holds neither the "
            f"state after {done} nor after {done + 1}")
        # every id reported as saved is there, unless a later (reported or in-flight) save deleted it
        for n in range(1, done + 1):
            for rid in states[n].keys() - states[n - 1].keys():
                assert rid in got or any(rid not in s for s in states[n:])
        model = got
        committed_per_run.append(done)
    return committed_per_run


@pytest.mark.slow  # ~15 s: 50 subprocess start-ups
def test_sigkill_while_saving(data_dir, fast_kdf):
    """50 SIGKILLs at random moments (0–0.3 s after the worker is ready; 10 % during start-up),
    in two lanes run side by side."""
    paths = [data_dir / f"lane{lane}" / "journal.ijvault" for lane in range(2)]
    for path in paths:  # created here: Vault.create is not meant to run in two threads at once
        Vault.create(path, PASSPHRASE, policy=fast_kdf)[0].close()
    with ThreadPoolExecutor(2) as pool:
        futures = [pool.submit(_kill_lane, path, lane, 25) for lane, path in enumerate(paths)]
        results = [f.result() for f in futures]
    per_run = [n for lane in results for n in lane]
    assert len(per_run) == 50
    assert sum(per_run) > 100  # the kills really landed in the middle of saving


@pytest.mark.slow
def test_crash_points_during_a_save(vault_path, data_dir, fast_kdf):
    """A transaction with puts (one of 70 KB), an update and a delete: each of 100 snapshots taken
    while it runs opens with exactly the state before or the state after, undamaged."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    populate(vault, 40, size=300, seed=1)
    before = _state(vault)
    vault.close()
    ops = next_ops(before, random.Random(2)) + [("put", b"\x05" * 16, b"x" * 70_000)]
    after = apply_ops(before, ops)
    assert after != before

    def save(v):
        with v.transaction() as tx:
            for kind, rid, payload in ops:
                tx.put(rid, payload) if kind == "put" else tx.delete(rid)

    snaps = crash_snapshots(vault_path, data_dir / "snaps", save)
    assert len(snaps) >= 95
    seen = []
    for snap in snaps:
        with open_vault(snap) as v:
            state = _state(v)
        assert state in (before, after)
        seen.append(state == after)
    assert seen == sorted(seen) and not seen[0] and seen[-1]  # one switch-over: the commit


@pytest.mark.slow
def test_crash_points_during_key_rotation(vault_path, data_dir, fast_kdf):
    """Re-encrypting everything under a new key id is one transaction too."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 30, seed=3)
    vault.close()
    snaps = crash_snapshots(vault_path, data_dir / "snaps", lambda v: v.rotate_record_key())
    assert len(snaps) >= 95
    key_ids = []
    for snap in snaps:
        with open_vault(snap) as v:
            assert_load(v, payloads, {})
            assert v.manifest_problem is None
        key_ids.append(read_rows(snap)[sorted(payloads)[0]][0])
    assert key_ids == sorted(key_ids) and key_ids[0] == 1 and key_ids[-1] == 2


@pytest.mark.slow
def test_crash_points_during_create(vault_path, data_dir, fast_kdf):
    """Killed while creating: afterwards there is either no journal (create can simply run again)
    or a complete, empty, undamaged one — never a file that can be neither opened nor re-created."""
    for probe in ("warm-up", "probe"):  # the first create in a process runs extra one-time code
        total = trace_lines(lambda: Vault.create(data_dir / probe / "journal.ijvault", PASSPHRASE,
                                                 policy=fast_kdf)[0].close())
    points = set(spread(total))
    snaps = []
    trace_lines(lambda: Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)[0].close(),
                lambda n: snaps.append(snapshot(vault_path, data_dir / "snaps" / f"{n:06d}")) if n in points else None)
    snaps.append(snapshot(vault_path, data_dir / "snaps" / "end"))
    assert len(snaps) >= 95
    outcomes = []
    for snap in snaps:
        if not snap.exists():
            outcomes.append("absent")
            Vault.create(snap, PASSPHRASE, policy=fast_kdf)[0].close()  # starting over works
            continue
        with open_vault(snap) as v:
            assert v.load() == ([], [])
            assert v.manifest_problem is None
        outcomes.append("complete")
    assert outcomes == sorted(outcomes) and outcomes[0] == "absent" and outcomes[-1] == "complete"


def test_leftovers_of_a_crashed_create_do_not_block_the_next(vault_path, fast_kdf):
    vault_path.parent.mkdir(mode=0o700)
    staging = vault_path.with_name(f".{vault_path.name}.creating")
    for suffix in ("", "-wal", "-shm"):
        (vault_path.parent / (staging.name + suffix)).write_bytes(b"half-written")
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    vault.close()
    assert sorted(p.name for p in vault_path.parent.iterdir()) == ["journal.ijvault", "journal.lock"]
