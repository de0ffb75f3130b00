"""docs/security-design.md §11.7: changing the passphrase rewrites one row (O(1) in the number of records)
and a crash at any moment leaves a vault that opens with exactly one of {old, new}."""

from __future__ import annotations

import random
import time

import pytest

from integration_journal.errors import WrongPassphrase
from integration_journal.storage.vault import Vault
from tests.helpers.vaults import (
    PASSPHRASE,
    assert_load,
    crash_snapshots,
    dump,
    open_vault,
    populate,
    run_and_kill,
    trace_lines,
    wal_frames,
)

NEW = "a brand new passphrase"


@pytest.mark.parametrize("count", [10, 10_000])
def test_change_rewrites_exactly_one_row(vault_path, fast_kdf, count):
    vault, kit = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, count, size=40, seed=count)
    vault.close()
    before = dump(vault_path)
    vault = open_vault(vault_path)
    try:
        assert wal_frames(vault_path) == 0  # unlocking wrote nothing
        start = time.perf_counter()
        vault.change_passphrase(NEW, policy=fast_kdf)
        elapsed = time.perf_counter() - start
        frames = wal_frames(vault_path)
    finally:
        vault.close()
    after = dump(vault_path)
    for table in ("records", "manifest", "alembic_version"):
        assert after[table] == before[table], table
    (old_meta,), (new_meta,) = before["vault_meta"], after["vault_meta"]
    columns = ("id", "magic", "format_version", "vault_id", "kdf", "wrap_pw", "wrap_rk")
    changed = {c for c, a, b in zip(columns, old_meta, new_meta) if a != b}
    assert changed == {"kdf", "wrap_pw"}  # fresh salt + new wrap; the recovery wrap is untouched
    assert 1 <= frames <= 4, f"{frames} pages written"
    assert elapsed < 0.5  # nothing proportional to the record count (the KDF here is the fast one)
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, PASSPHRASE)
    with open_vault(vault_path, NEW) as v:
        assert_load(v, payloads, {})
    # the recovery kit keeps working after a passphrase change (README: `passwd`)
    v, _ = Vault.recover(vault_path, kit.text(), "after recovery", policy=fast_kdf)
    v.close()


class _Interrupt(BaseException):
    """An exception nobody expects (like KeyboardInterrupt): not caught by `except Exception`."""


def _opens_with(vault_path, passphrase) -> bool:
    try:
        open_vault(vault_path, passphrase).close()
    except WrongPassphrase:
        return False
    return True


@pytest.mark.slow
def test_crash_at_100_points_during_change(vault_path, data_dir, fast_kdf):
    """Snapshot the files on disk at 100 points spread over every line change_passphrase executes
    (ours, SQLAlchemy's, …) — each snapshot is what a kill at that moment leaves. Every snapshot
    opens with exactly one of {old, new}, with every record intact; both outcomes occur."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 20, seed=1)
    vault.close()
    snapshots = crash_snapshots(vault_path, data_dir / "snaps", lambda v: v.change_passphrase(NEW, policy=fast_kdf))
    assert len(snapshots) >= 95
    outcomes = []
    for snap in snapshots:
        old_ok, new_ok = _opens_with(snap, PASSPHRASE), _opens_with(snap, NEW)
        assert old_ok != new_ok, f"{snap.parent.name}: old={old_ok} new={new_ok}"
        outcomes.append("old" if old_ok else "new")
        with open_vault(snap, PASSPHRASE if old_ok else NEW) as v:
            assert_load(v, payloads, {})
            assert v.verify() == []
    # before the commit every snapshot has the old passphrase, after it the new one
    assert outcomes == sorted(outcomes, key=["old", "new"].index) and {"old", "new"} <= set(outcomes)


@pytest.mark.slow
def test_exception_at_every_step_of_change(vault_path, fast_kdf):
    """An unexpected exception at each line of our own code during the change: the vault keeps
    exactly one of {old, new}, the open vault stays usable, and a retry works."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 10, seed=4)
    vault.close()
    with open_vault(vault_path) as v:
        total = trace_lines(lambda: v.change_passphrase("probe", policy=fast_kdf), only="integration_journal")
    with open_vault(vault_path, "probe") as v:
        v.change_passphrase(PASSPHRASE, policy=fast_kdf)
    assert total >= 10
    current = PASSPHRASE
    for n in range(1, total + 1):
        new = f"new-{n}"

        def interrupt(count, n=n):
            if count == n:
                raise _Interrupt()

        vault = open_vault(vault_path, current)
        try:
            with pytest.raises(_Interrupt):
                trace_lines(lambda: vault.change_passphrase(new, policy=fast_kdf), interrupt, only="integration_journal")
            assert_load(vault, payloads, {})  # still usable
        finally:
            vault.close()
        old_ok, new_ok = _opens_with(vault_path, current), _opens_with(vault_path, new)
        assert old_ok != new_ok, f"interrupted at line {n}/{total}"
        current = current if old_ok else new
    with open_vault(vault_path, current) as v:
        v.change_passphrase("final", policy=fast_kdf)
    with open_vault(vault_path, "final") as v:
        assert_load(v, payloads, {})


@pytest.mark.slow
def test_sigkill_during_passphrase_changes(vault_path, fast_kdf):
    """A subprocess changes the passphrase in a loop and is SIGKILLed at a random moment, 12 times:
    the vault opens with exactly the last passphrase it reported or the next one — never neither."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 30, seed=2)
    vault.close()
    rng = random.Random(3)
    current, number = PASSPHRASE, 1
    for _ in range(12):
        lines = run_and_kill(["passwd", str(vault_path), current, str(number)], delay=rng.uniform(0, 0.3))
        assert lines[0] == "ready"
        done = [int(x) for x in lines[1:]]
        assert done == list(range(number, number + len(done)))
        last = f"pass-{done[-1]}" if done else current
        following = f"pass-{number + len(done)}"
        last_ok, following_ok = _opens_with(vault_path, last), _opens_with(vault_path, following)
        assert last_ok != following_ok, (last, following, last_ok, following_ok)
        current = last if last_ok else following
        number += len(done) + 1
        with open_vault(vault_path, current) as v:
            assert_load(v, payloads, {})
