"""Giving the heap that unlocking used back to the operating system, dropping what Python keeps only as
a cache, and keeping an open journal out of the cyclic garbage collector's walks (at the end).

Unlocking a large journal allocates far more than it keeps: every encrypted row, every decrypted
payload and, before either, the key derivation's memory (hundreds of MiB of Argon2id). The C allocator
keeps freed heap pages for reuse, so without this the resident memory of the whole session stays near
the unlock's peak. `release_free_heap` asks glibc's allocator to return what is free (malloc_trim); on
other C libraries and systems it does nothing. It never frees anything still in use.

It first empties the standard library's `linecache`. PySide's import hook reads the source of every
Python module imported after it (`inspect.getsource`, to look for "PySide6"), and linecache keeps each
file's lines for the whole session: ~18 MiB once the app's modules are loaded, for text that is only
ever needed to print a traceback, which reads the file again when the cache is empty.

`limit_heap_arenas`, called once before the desktop app starts any thread, makes every thread allocate
from the main heap. By default glibc gives threads heaps of their own (arenas); what the journal's
background reader allocated and freed stayed resident in its arena's top, which malloc_trim releases
only for the main heap: ~15 MiB for the whole session on 10,000 entries.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import linecache
import sys
import threading
from collections.abc import Callable

_M_ARENA_MAX = -8  # glibc's mallopt parameter: how many heaps (arenas) threads may use

_trim: Callable[[int], int] | None = None
_mallopt: Callable[[int, int], int] | None = None
_looked_up = False


def _glibc() -> None:
    global _trim, _mallopt, _looked_up
    if not _looked_up:
        _looked_up = True
        if sys.platform.startswith("linux"):
            try:
                libc = ctypes.CDLL(None)  # the process's own symbols, the C library's among them
                trim, mallopt = libc.malloc_trim, libc.mallopt  # glibc only; musl and others lack them
            except (OSError, AttributeError):
                return
            trim.argtypes = [ctypes.c_size_t]
            trim.restype = ctypes.c_int
            mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
            mallopt.restype = ctypes.c_int
            _trim, _mallopt = trim, mallopt


def _malloc_trim() -> Callable[[int], int] | None:
    _glibc()
    return _trim


def limit_heap_arenas() -> bool:
    """Make threads started from now on allocate from the main heap; True if the allocator agreed.
    Call before any thread starts (the desktop app does, before it makes its QApplication)."""
    _glibc()
    return _mallopt is not None and _mallopt(_M_ARENA_MAX, 1) == 1


def release_free_heap() -> bool:
    """Drop the source-line cache and return the C heap's free pages to the system; True if the
    allocator could be asked."""
    linecache.clearcache()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


# --- the collector and a loaded journal ---------------------------------------------------------------
#
# A decoded journal is tens of thousands of long-lived objects (100,000 entries: over a million). Python's
# cyclic collector walks every tracked object in its oldest generation each time that generation is
# collected, which allocation alone triggers from time to time: on 10,000 entries a walk takes ~40 ms, on
# 100,000 ~90-400 ms, and it lands in whatever runs at that moment (a search, a keystroke's refresh, one
# turn of the window's event loop). While a journal is open, what is alive is moved to the collector's
# permanent generation (gc.freeze) as it is loaded, which the collector never walks; the objects are
# still freed by reference counting as records are replaced or the journal goes, and are handed back to
# the collector (gc.unfreeze) when the last open journal is closed, so a reference cycle among them is
# collected then rather than kept for the life of the process. Records hold no cycles.

_holders = 0
_holders_lock = threading.Lock()


def keep_out_of_collector(*, new_holder: bool) -> None:
    """Freeze what is alive now out of the collector's walks (see above); `new_holder` when an open
    journal asks for the first time (each such holder calls let_go_of_collector() once, at its close)."""
    global _holders
    with _holders_lock:
        _holders += new_holder
        gc.freeze()


def let_go_of_collector() -> None:
    """A holder (see keep_out_of_collector) closed; when the last one has, everything is unfrozen."""
    global _holders
    with _holders_lock:
        if _holders == 0:
            return
        _holders -= 1
        if _holders == 0:
            gc.unfreeze()
