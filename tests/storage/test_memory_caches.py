"""storage.memory beyond malloc_trim (issue #16): release_free_heap also drops the source-line cache
that PySide's import hook fills (~18 MiB of module sources held for the whole session), and
limit_heap_arenas keeps threads' allocations in the one heap that malloc_trim can shrink."""

from __future__ import annotations

import ctypes.util
import linecache
import subprocess
import sys
import traceback

import pytest

from integration_journal.storage.memory import release_free_heap


def test_source_lines_read_for_a_module_are_dropped(tmp_path, monkeypatch):
    module = tmp_path / "memory_probe_module.py"
    module.write_text("def fail():\n    raise ValueError('probe')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import memory_probe_module  # noqa: PLC0415 - a module made for this test

    try:
        assert linecache.getline(str(module), 2).strip() == "raise ValueError('probe')"
        assert str(module) in linecache.cache  # what inspect.getsource leaves behind, as PySide's hook does
        release_free_heap()
        assert str(module) not in linecache.cache
        # A traceback printed later still shows the line: linecache reads the file again.
        try:
            memory_probe_module.fail()
        except ValueError:
            assert "raise ValueError('probe')" in traceback.format_exc()
    finally:
        sys.modules.pop("memory_probe_module", None)


_THREAD_ALLOCATES = """
import ctypes, sys, threading
from integration_journal.storage import memory
if sys.argv[1] == "limit":
    assert memory.limit_heap_arenas() is True
kept = []
def work():
    kept.extend(bytes([n % 251]) * 4000 for n in range(200))  # past pymalloc: from the C heap
thread = threading.Thread(target=work)
thread.start()
thread.join()
sys.stderr.flush()
ctypes.CDLL(None).malloc_stats()  # glibc prints one "Arena N:" block per heap to stderr
"""


def _arenas(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", _THREAD_ALLOCATES, mode], capture_output=True, text=True,
                          check=True)
    return done.stderr.count("Arena ")


@pytest.mark.skipif(not sys.platform.startswith("linux") or "libc.so" not in (ctypes.util.find_library("c") or ""),
                    reason="mallopt and malloc_stats are glibc's")
def test_after_limit_heap_arenas_a_thread_allocates_from_the_main_heap():
    assert _arenas("default") == 2  # the thread got a heap of its own...
    assert _arenas("limit") == 1  # ...unless the limit came first
