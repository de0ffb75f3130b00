"""The contract between the domain (core) and the encrypted vault (storage).

The vault stores opaque plaintext payloads (bytes) under random 16-byte ids and knows nothing about
record kinds; the domain layer encodes and decodes them. Keeping the contract here lets `core` stay free
of SQL while `storage.vault.Vault` implements it, and lets tests use `MemoryStore`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple, Protocol

RECORD_ID_BYTES = 16


def new_record_id() -> bytes:
    """A random 128-bit id: ids reveal nothing about order or count."""
    return os.urandom(RECORD_ID_BYTES)


class StoredRecord(NamedTuple):
    # A named tuple: loading builds one per record, and a frozen dataclass's __init__ costs 4x more.
    record_id: bytes
    revision: int
    payload: bytes


@dataclass(frozen=True, slots=True)
class DamagedRecord:
    """A record that could not be used, and why (in the user's words)."""

    record_id: bytes
    reason: str


class StoreTransaction(Protocol):
    def put(self, record_id: bytes, payload: bytes) -> int:
        """Insert or replace a record; returns its new revision."""

    def delete(self, record_id: bytes) -> None:
        """Remove a record for good (secure-deleted)."""


class RecordStore(Protocol):
    def load(self) -> tuple[list[StoredRecord], list[DamagedRecord]]:
        """Decrypt every record; damaged ones are reported, never raised. The payloads returned are
        the bytes the app put, unaltered (Journal.open relies on it: see Codec.decode_stored)."""

    def read_many(self, record_ids: Iterable[bytes]) -> tuple[list[StoredRecord], list[DamagedRecord]]:
        """Decrypt only these records, checked as load() checks them; ids the store does not know are
        left out. What a journal reads when it holds a record light and a page asks for all of it."""

    def transaction(self) -> contextlib.AbstractContextManager[StoreTransaction]:
        """All puts and deletes inside commit together or not at all."""


class VerifyingStore(RecordStore, Protocol):
    """A RecordStore whose load() may hand over records without checking each one (the vault, when it
    reads them from its encrypted index): those are checked afterwards, in steps. Optional: the Journal
    looks `verify_pending` up with getattr, and a store without it (MemoryStore) checked everything."""

    def verify_pending(self, limit: int) -> tuple[list[DamagedRecord], bool]:
        """Check up to `limit` of the records load() did not check, as read_many checks them (payloads
        not kept): the damaged ones, and whether more remain to be checked."""


class MemoryStore:
    """A RecordStore in memory, for tests of the domain layer and for throw-away use."""

    def __init__(self) -> None:
        self._rows: dict[bytes, tuple[int, bytes]] = {}
        self.damaged: list[DamagedRecord] = []

    def load(self) -> tuple[list[StoredRecord], list[DamagedRecord]]:
        return [StoredRecord(i, r, p) for i, (r, p) in self._rows.items()], list(self.damaged)

    def read_many(self, record_ids: Iterable[bytes]) -> tuple[list[StoredRecord], list[DamagedRecord]]:
        wanted = dict.fromkeys(record_ids)
        found = []
        for record_id in wanted:
            row = self._rows.get(record_id)
            if row is not None:
                found.append(StoredRecord(record_id, *row))
        return found, [d for d in self.damaged if d.record_id in wanted]

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_MemoryTransaction]:
        tx = _MemoryTransaction(dict(self._rows))
        yield tx
        self._rows = tx.rows


class _MemoryTransaction:
    def __init__(self, rows: dict[bytes, tuple[int, bytes]]) -> None:
        self.rows = rows

    def put(self, record_id: bytes, payload: bytes) -> int:
        if len(record_id) != RECORD_ID_BYTES:
            raise ValueError("record ids are 16 bytes")
        revision = self.rows.get(record_id, (0, b""))[0] + 1
        self.rows[record_id] = (revision, bytes(payload))
        return revision

    def delete(self, record_id: bytes) -> None:
        self.rows.pop(record_id, None)
