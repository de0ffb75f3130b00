"""Print the CPU time of loading the 10,000-entry bench vault after the key derivation, part by part.

    .venv/bin/python bench/journal_load.py [--runs 15]

CPU time of this process (time.process_time), best of --runs: less disturbed than wall time by
other work on a shared machine, so before/after comparisons of the load path hold up there. Uses
the vault of bench/main_window.py (built on first use) and reads the rows as the unlock's prefetch
does, then times:

  Vault.load        check the rows against the manifest and decrypt them (AES-GCM)
  decode, full      Codec.decode of every payload: every rule of core/records/ checked
  decode, trusted   Codec.decode_stored, which Journal.open uses: types checked (SECURITY.md)
  Journal.open      Vault.load + decode_stored + the journal's maps
    ... with full   the same with decode() for every payload (Journal.open before the trusted path)

Wall-clock figures for the whole unlock-to-window path come from bench/main_window.py.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import main_window as mw  # noqa: E402
from integration_journal.core.codec import DEFAULT_CODEC, Codec  # noqa: E402
from integration_journal.core.journal import Journal  # noqa: E402
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY  # noqa: E402
from integration_journal.storage import vault as vault_module  # noqa: E402
from integration_journal.storage.workspace import Workspace  # noqa: E402


class _FullValidation(Codec):
    """Journal.open as it was before the trusted path: every payload through decode()."""

    def decode_stored(self, record_id: bytes, payload: bytes):
        return self.decode(record_id, payload)


def best_cpu_ms(work, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        start = time.process_time()
        result = work()
        best = min(best, time.process_time() - start)
        gc.enable()
        del result
    return best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    marker = mw.DEFAULT_DIR / "bench.json"
    if not marker.is_file() or json.loads(marker.read_text()).get("entries") != args.entries:
        mw.build_vault(mw.DEFAULT_DIR, args.entries)

    ws = Workspace.open(mw.DEFAULT_DIR, mw.PASSPHRASE, policy=INSECURE_TEST_POLICY, backup=False)
    try:
        vault = ws.journal._store
        rows = vault_module._fetch_rows(vault._conn.connection.dbapi_connection)
        vault._conn.rollback()

        def as_prefetched() -> None:  # what unlock leaves for the first load()
            vault._prefetched = types.SimpleNamespace(rows=rows, epoch=vault._epoch)

        def load():
            as_prefetched()
            return vault.load()

        stored, damaged = load()
        full = DEFAULT_CODEC.decode
        trusted = getattr(DEFAULT_CODEC, "decode_stored", None)  # None: a commit from before it existed
        figures = {
            "Vault.load": best_cpu_ms(load, args.runs),
            "decode, full": best_cpu_ms(lambda: [full(s.record_id, s.payload) for s in stored], args.runs),
        }
        if trusted is not None:
            figures["decode, trusted"] = best_cpu_ms(lambda: [trusted(s.record_id, s.payload) for s in stored],
                                                     args.runs)

        def open_journal(codec: Codec):
            as_prefetched()
            return Journal.open(vault, codec=codec)

        figures["Journal.open"] = best_cpu_ms(lambda: open_journal(DEFAULT_CODEC), args.runs)
        if trusted is not None:
            figures["  ... with full"] = best_cpu_ms(lambda: open_journal(_FullValidation()), args.runs)
    finally:
        ws.close()
    print(f"{len(stored)} records ({len(damaged)} damaged), CPU time, best of {args.runs}:")
    for label, value in figures.items():
        print(f"  {label:<18}{value:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
