"""Giving the heap that unlocking used back to the operating system, and dropping what Python keeps only
as a cache.

Unlocking a large journal allocates far more than it keeps: every encrypted row, every decrypted
payload and, before either, the key derivation's memory (hundreds of MiB of Argon2id). The C allocator
keeps freed heap pages for reuse, so without this the resident memory of the whole session stays near
the unlock's peak. `release_free_heap` asks glibc's allocator to return what is free (malloc_trim); on
other C libraries and systems it does nothing. It never frees anything still in use.

It first empties the standard library's `linecache`. PySide's import hook reads the source of every
Python module imported after it (`inspect.getsource`, to look for "PySide6"), and linecache keeps each
file's lines for the whole session: ~18 MiB once the app's modules are loaded, for text that is only
ever needed to print a traceback, which reads the file again when the cache is empty.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import linecache
import sys
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
    """Drop the source-line cache and return the C heap's free pages to the system; True if the
    allocator could be asked."""
    linecache.clearcache()
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
