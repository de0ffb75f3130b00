"""Is the key derivation's memory given back before the window shows? (issue #16: the Argon2id buffer may
be in the peak, never in the steady state.)

    .venv/bin/python bench/kdf_memory.py

Derives one key at the production memory cost (256 MiB, two passes, the production lanes: about a
second) in a fresh process and prints the resident memory before, the peak (VmHWM) and the resident
memory right after, then after `storage.memory.release_free_heap` (what the app calls after unlocking).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from integration_journal.crypto.kdf import PRODUCTION_POLICY, KdfParams, derive  # noqa: E402
from integration_journal.storage.memory import release_free_heap  # noqa: E402


def _status(field: str) -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise SystemExit(f"/proc/self/status has no {field} (this script reads Linux's figures)")


def main() -> int:
    before = _status("VmRSS")
    params = KdfParams(PRODUCTION_POLICY.memory_kib, 2, PRODUCTION_POLICY.lanes, os.urandom(16))
    derive(b"a passphrase for measuring", params, b"bench")
    after = _status("VmRSS")
    release_free_heap()
    released = _status("VmRSS")
    print(f"KDF memory cost {params.memory_kib // 1024} MiB, {params.lanes} lanes")
    print(f"  resident before        {before:7.1f} MiB")
    print(f"  peak (VmHWM)           {_status('VmHWM'):7.1f} MiB")
    print(f"  resident right after   {after:7.1f} MiB")
    print(f"  after release_free_heap {released:6.1f} MiB")
    print("  the buffer is " + ("given back" if after - before < 16 else "STILL RESIDENT"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
