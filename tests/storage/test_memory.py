"""storage.memory.release_free_heap: the heap unlocking freed goes back to the system (issue #16)."""

from __future__ import annotations

import ctypes.util
import sys

import pytest

from integration_journal.storage.memory import release_free_heap


def _rss_kib() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux") or "libc.so" not in (ctypes.util.find_library("c") or ""),
                    reason="malloc_trim is glibc's")
def test_freed_heap_between_live_objects_is_returned():
    # What unlocking leaves: runs of payload-sized blocks freed, with live objects (the records kept)
    # between them, so the heap cannot simply shrink from its top.
    big, small = [], []
    for n in range(25_000):
        big.append(bytes([n % 251]) * 3000)
        if n % 50 == 0:
            small.append(bytes([n % 241]) * 700)
    del big
    before = _rss_kib()
    assert release_free_heap() is True
    after = _rss_kib()
    assert before - after > 30 * 1024, (before, after)  # ~72 MiB freed; most of it must go back
    assert all(len(s) == 700 for s in small)  # live objects untouched


def test_it_can_always_be_called():
    release_free_heap()
    release_free_heap()
