"""Records kept in list order as they come and go, so that listing never sorts the whole journal.

`Journal.list` hands out records newest first by `search.sort_key` (when it happened, when it was
written, the id). Sorting 100,000 entries for that took ~150 ms in one turn of the app's event loop
(docs/PERFORMANCE.md); an `OrderedRecords` keeps one kind in order instead: adding, replacing or
removing a record costs a binary search and a short list insert, a decoded batch goes in record by
record, and the newest-first list is rebuilt by one copy only after something changed.

The order key is `sort_key` written as bytes: both instants as microseconds since year 1 (big-endian,
fixed width), then the id. For aware datetimes compared as instants — what every stored record holds
(the codec gives fixed offsets, `dt.timezone`) — bytes order is exactly `sort_key` order, and bytes
compare in one `memcmp` where a tuple of datetimes compares field by field with UTC offsets.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from itertools import chain

from integration_journal.core.records import Record

# Microseconds from this instant are never negative for any aware datetime (offsets are under a day).
_ORIGIN = dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc)
_ONE_DAY_US = 86_400_000_000
_US = dt.timedelta(microseconds=1)
# Buckets are split when they reach twice this: an insert moves at most that many pointers.
BUCKET = 512


def order_key(record: Record) -> bytes:
    """`search.sort_key(record)` as bytes that sort the same way (see the module's note)."""
    moment = (record.moment - _ORIGIN) // _US + _ONE_DAY_US
    created = (record.created - _ORIGIN) // _US + _ONE_DAY_US
    return moment.to_bytes(8, "big") + created.to_bytes(8, "big") + record.id


class OrderedRecords:
    """Records ascending by `order_key`, in buckets of at most 2 × BUCKET (keys kept beside them).

    A record's key includes its id, so one record has one place: `put` of a record whose key is
    already there replaces it (an edit that kept its dates), and a record whose dates changed is
    `discard`ed under its old key first."""

    __slots__ = ("_keys", "_records", "_maxes", "_size", "_newest_first")

    def __init__(self, records: Iterable[Record] = ()) -> None:
        self._keys: list[list[bytes]] = []
        self._records: list[list[Record]] = []
        self._maxes: list[bytes] = []
        self._size = 0
        self._newest_first: list[Record] | None = None
        self._rebuild(((order_key(record), record) for record in records), ())  # pairs consumed one by one

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[Record]:
        """Oldest first."""
        return chain.from_iterable(self._records)

    def keyed(self) -> Iterator[tuple[bytes, Record]]:
        """(key, record), oldest first."""
        return zip(chain.from_iterable(self._keys), chain.from_iterable(self._records))

    def newest_first(self) -> list[Record]:
        """Every record, newest first: kept until the next change, so the caller must not change it."""
        if self._newest_first is None:
            self._newest_first = list(chain.from_iterable(map(reversed, reversed(self._records))))
        return self._newest_first

    def put(self, record: Record) -> None:
        self._put(order_key(record), record)

    def put_many(self, records: Iterable[Record]) -> None:
        """Add (or replace) several: one by one when few, else by one merge of sorted runs."""
        pairs = [(order_key(record), record) for record in records]
        if len(pairs) * 8 < self._size:
            for key, record in pairs:
                self._put(key, record)
        elif pairs:
            self._rebuild(pairs, self.keyed())

    def discard(self, record: Record) -> bool:
        """Remove the record held under `record`'s key (its id and dates); False if none is."""
        key = order_key(record)
        maxes = self._maxes
        i = bisect_left(maxes, key)
        if i == len(maxes):
            return False
        keys = self._keys[i]
        j = bisect_left(keys, key)
        if j == len(keys) or keys[j] != key:
            return False
        del keys[j]
        del self._records[i][j]
        if keys:
            maxes[i] = keys[-1]
        else:
            del self._keys[i], self._records[i], maxes[i]
        self._size -= 1
        self._newest_first = None
        return True

    def _put(self, key: bytes, record: Record) -> None:
        self._newest_first = None
        maxes = self._maxes
        if not maxes:
            self._keys.append([key])
            self._records.append([record])
            maxes.append(key)
            self._size = 1
            return
        i = bisect_left(maxes, key)
        if i == len(maxes):
            i -= 1
        keys, records = self._keys[i], self._records[i]
        j = bisect_left(keys, key)
        if j < len(keys) and keys[j] == key:
            records[j] = record
            return
        keys.insert(j, key)
        records.insert(j, record)
        maxes[i] = keys[-1]
        self._size += 1
        if len(keys) >= 2 * BUCKET:
            self._keys[i:i + 1] = [keys[:BUCKET], keys[BUCKET:]]
            self._records[i:i + 1] = [records[:BUCKET], records[BUCKET:]]
            maxes[i:i + 1] = [keys[BUCKET - 1], keys[-1]]

    def _rebuild(self, new: Iterable[tuple[bytes, Record]], held: Iterable[tuple[bytes, Record]]) -> None:
        # Held pairs first: for a key in both, the new record is the one the dict keeps.
        merged = dict(held)
        merged.update(new)
        keys, records = list(merged), list(merged.values())
        # Sorting indices by key, not (key, record) pairs: a pair per record is an object the cyclic GC
        # then tracks and scans; on 100,000 records that cost more than the sort.
        order = sorted(range(len(keys)), key=keys.__getitem__)
        keys = [keys[i] for i in order]
        records = [records[i] for i in order]
        self._keys = [keys[start:start + BUCKET] for start in range(0, len(keys), BUCKET)]
        self._records = [records[start:start + BUCKET] for start in range(0, len(records), BUCKET)]
        self._maxes = [bucket[-1] for bucket in self._keys]
        self._size = len(keys)
        self._newest_first = None
