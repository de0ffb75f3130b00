"""Giving the heap that unlocking used back to the operating system.

Unlocking a large journal allocates far more than it keeps: every encrypted row, every decrypted
payload and, before either, the key derivation's memory (hundreds of MiB of Argon2id). The C allocator
keeps freed heap pages for reuse, so without this the resident memory of the whole session stays near
the unlock's peak. `release_free_heap` asks glibc's allocator to return what is free (malloc_trim); on
other C libraries and systems it does nothing. It never frees anything still in use.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
import threading
from collections.abc import Callable

_trim: Callable[[int], int] | None = None
_looked_up = False


def _malloc_trim() -> Callable[[int], int] | None:
    global _trim, _looked_up
    if not _looked_up:
        _looked_up = True
        if sys.platform.startswith("linux"):
            try:
                libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
                function = libc.malloc_trim  # glibc only; musl and others have no such symbol
            except (OSError, AttributeError):
                return None
            function.argtypes = [ctypes.c_size_t]
            function.restype = ctypes.c_int
            _trim = function
    return _trim


def release_free_heap() -> bool:
    """Return the C heap's free pages to the system; True if the allocator could be asked."""
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
