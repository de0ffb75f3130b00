"""The Journal service: every record of an unlocked vault in memory, changed only through transactions."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import datetime as dt
import gc
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from integration_journal.core.codec import DEFAULT_CODEC, Codec
from integration_journal.core.record_order import OrderedRecords
from integration_journal.core.records import (
    KIND_TO_TYPE,
    SEARCHABLE_TYPES,
    AuditEvent,
    Entry,
    HistorySnapshot,
    Record,
    normalise_tag,
)
from integration_journal.core.search import SearchHit, SearchIndex
from integration_journal.core.store import DamagedRecord, RecordStore, StoredRecord
from integration_journal.errors import (
    AmbiguousId,
    NotFound,
    UndecodableRecord,
    UsageError,
)

Clock = Callable[[], dt.datetime]
R = TypeVar("R", bound=Record)

MAX_HISTORY = 10  # earlier revisions kept per record
MIN_ID_PREFIX = 4
_HEX = re.compile(r"[0-9a-f]+\Z")

# Kinds that list(kind=None) leaves out: bookkeeping, reached through history() and list(kind=...).
_UNLISTED: tuple[type[Record], ...] = (HistorySnapshot, AuditEvent)
# Kinds that are never edited in place: history is a copy of the past; the security log only grows.
_APPEND_ONLY: tuple[type[Record], ...] = (HistorySnapshot, AuditEvent)

KindFilter = str | type[Record] | tuple[type[Record], ...] | None

# Journal.open(defer_entries=True) leaves the payloads that start like this undecoded until they are
# needed or load_more() gets to them: how Codec.encode starts every entry (the kind is the envelope's
# first key). A payload that starts otherwise is simply decoded at once.
_ENTRY_PAYLOAD = b'{"k":"entry",'

# Whole records kept after a read of a light one (see open's `light`), least recently used out.
FULL_CACHE_SIZE = 256
_READ_BATCH = 500  # light records read whole per store.read_many call


def _drained(items: list[StoredRecord]) -> Iterator[StoredRecord]:
    """The items in order, each removed from the list as it is handed out (the list ends empty)."""
    items.reverse()
    pop = items.pop
    while items:
        yield pop()


def _system_clock() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Journal:
    """Records of one vault, decoded once at unlock; all changes go through `store.transaction()`.

    In-memory state changes only after the store committed, so an exception anywhere in a change
    (validation, encoding, the store, the commit) leaves both exactly as they were.

    A journal may be used from more than one thread (search and imports run on workers): the
    in-memory maps change and are walked only under one re-entrant lock, so a list() on the UI
    thread never meets a dict that a worker's commit is filling.
    """

    def __init__(self, store: RecordStore, *, clock: Clock | None = None, tz: dt.tzinfo | None = None,
                 codec: Codec = DEFAULT_CODEC) -> None:
        """An empty journal over `store`; use `Journal.open` to load what the store holds."""
        self._store = store
        self._clock: Clock = clock or _system_clock
        self._tz = tz
        self._codec = codec
        self._records: dict[bytes, Record] = {}
        self._revisions: dict[bytes, int] = {}
        self._history: dict[bytes, list[HistorySnapshot]] = {}
        self._damaged: dict[bytes, DamagedRecord] = {}
        self._index: SearchIndex | None = None
        self._index_lock = threading.Lock()
        # While search() builds the index outside the lock: changes committed meanwhile, to apply after
        # ((record, whole) put, or (record id, None) removed).
        self._index_changes: list[tuple[Any, Record | None]] | None = None
        # Every record by class, kept in list order as records come and go (record_order), so that
        # list() and count() never sort the journal; None until first needed (then one sort per class).
        self._by_class: dict[type[Record], OrderedRecords] | None = None
        # list() of filters that span several classes (kind=None, tuples), newest first: dropped when a
        # record of a class they include changes, rebuilt by merging the classes' ordered lists.
        self._listed: dict[tuple[type[Record], ...] | None, list[Record]] = {}
        self._mutex = threading.RLock()
        # Entries not decoded yet (see open's defer_entries); every reader that could meet one
        # decodes them all first, so nothing ever sees part of the journal.
        self._pending: list[StoredRecord] = []
        # open(light=True): ids of records held light (heavy fields cut), and whole ones read since.
        self._light_mode = False
        self._light: set[bytes] = set()
        self._cut_in_store: set[bytes] = set()  # ids whose payload the store handed back cut (load_light)
        self._whole_cache: OrderedDict[bytes, Record] = OrderedDict()
        # Light records replaced since (by an edit): a page may still hold one and save a change of it.
        self._earlier_light: dict[bytes, list[Record]] = {}
        self._verifying = True  # see verify_more

    @classmethod
    def open(cls, store: RecordStore, clock: Clock | None = None, *, tz: dt.tzinfo | None = None,
             codec: Codec = DEFAULT_CODEC, defer_entries: bool = False, light: bool = False) -> Journal:
        """Load and decode every record; undecodable ones go to `damaged`, the rest stays usable.

        `clock` returns aware datetimes (default: the system clock, UTC); `tz` is the zone whose
        calendar days date filters use (default: the computer's local zone).

        `defer_entries` (the app's unlock) decodes every kind but entries now, so the main window can
        show before a large journal's entries are decoded: `loading` is then true until `load_more()`
        has decoded them in steps. Until then any call that could meet an entry (a list that includes
        entries, get or `in` of an id not decoded yet, len, search, history, any change...) decodes the
        rest first, so callers always see the whole journal; only `damaged_so_far` and lists of other
        kinds answer without waiting.

        `light` keeps records of kinds with raw fields (entry bodies, received payloads) light in memory
        and reads them whole from the store when asked (docs/architecture.md, "Decode on demand"):
        get, get_many, iteration and list() return whole records; list(light=True) the held ones.
        """
        journal = cls(store, clock=clock, tz=tz, codec=codec)
        journal._light_mode = light
        # Loading allocates tens of thousands of long-lived objects; letting the cyclic GC scan them
        # again and again as they arrive costs more than the decoding itself on a large journal.
        with _gc_paused():
            # A store that keeps an index of light payloads (the vault) hands those back where it can.
            load_light = getattr(store, "load_light", None) if light else None
            if load_light is not None:
                stored, damaged, journal._cut_in_store = load_light(codec.light_payload)
            else:
                stored, damaged = store.load()
            for item in damaged:
                journal._damaged[item.record_id] = item
            if defer_entries:
                journal._pending = [item for item in stored if item.payload.startswith(_ENTRY_PAYLOAD)]
                if journal._pending:
                    stored = [item for item in stored if not item.payload.startswith(_ENTRY_PAYLOAD)]
            # Each payload dropped once decoded: the records' objects then reuse the payloads' memory
            # instead of settling between them (tens of thousands of small light payloads otherwise
            # leave the heap fragmented for the whole session).
            stored = list(stored)  # ours to empty; the store's own list is left as it was
            journal._decode(_drained(stored))
            if journal._cut_in_store:  # from now on only the deferred entries need it
                journal._cut_in_store = {i.record_id for i in journal._pending} & journal._cut_in_store
        return journal

    def _decode(self, stored: Iterable[StoredRecord]) -> None:
        # The store hands back what this app wrote, authenticated: the trusted path (types checked,
        # value rules not re-run) unless a payload is older or odd (see Codec.decode_stored).
        decode = self._codec.decode_stored
        decode_light = self._codec.decode_light if self._light_mode else None
        records, revisions, history, light_ids = self._records, self._revisions, self._history, self._light
        cut_in_store = self._cut_in_store
        touched: set[bytes] = set()
        decoded: list[bytes] = []  # `stored` may be drained as it goes (open's _drained): the ids for _placed
        for record_id, revision, payload in stored:
            try:
                if decode_light is None:
                    record = decode(record_id, payload)
                else:
                    record, light = decode_light(record_id, payload)
                    if light or record_id in cut_in_store:
                        light_ids.add(record_id)
            except UndecodableRecord as error:
                self._damaged[record_id] = DamagedRecord(record_id, error.reason)
                continue
            records[record_id] = record
            revisions[record_id] = revision
            decoded.append(record_id)
            if type(record) is HistorySnapshot:
                history.setdefault(record.of_id, []).append(record)
                touched.add(record.of_id)
        for of_id in touched:
            history[of_id].sort(key=_snapshot_order)
        self._placed(decoded)
        # Not at open, and search() decodes what is deferred first; for safety, rebuilt on the next search.
        self._index = None

    # --- loading in steps (open's defer_entries) -------------------------------------------------------

    @property
    def loading(self) -> bool:
        """True while entries that open() deferred are still waiting to be decoded."""
        return bool(self._pending)

    def load_more(self, count: int = 1000) -> bool:
        """Decode up to `count` (at least one) of the deferred entries; True while more remain."""
        count = max(1, count)
        with self._mutex:
            if not self._pending:
                return False
            with _gc_paused():
                self._decode(self._pending[:count])
            # Only now: a reader that finds no deferred entries (without the lock) must find them decoded.
            del self._pending[:count]
            return bool(self._pending)

    def _complete(self) -> None:
        """Decode every deferred entry now (a reader is about to need the whole journal)."""
        if self._pending:
            with self._mutex:
                self.load_more(len(self._pending))

    # --- checking in steps what the store handed over unchecked (a vault read from its index) ---------

    @property
    def verifying(self) -> bool:
        """True until verify_more() has found no record left to check (always False over a store that
        checks every record as it loads, like MemoryStore)."""
        return self._verifying

    def verify_more(self, count: int = 500) -> bool:
        """Have the store check up to `count` of the records it handed over unchecked; True while more
        remain. A record found damaged leaves the journal as if unlocking had found it: it is in
        `damaged`, and gone from lists, counts, search and the cache of whole records."""
        verify = getattr(self._store, "verify_pending", None)
        if verify is None or not self._verifying:
            self._verifying = False
            return False
        damaged, more = verify(max(1, count))  # not under self._mutex: see "Reading light records whole"
        with self._mutex:
            for problem in damaged:
                record_id = problem.record_id
                if record_id in self._records:
                    self._forget(record_id)
                elif any(item.record_id == record_id for item in self._pending):
                    self._pending[:] = [item for item in self._pending if item.record_id != record_id]
                elif record_id not in self._damaged:
                    continue  # deleted meanwhile: nothing of it is left to mark
                self._damaged[record_id] = problem
            self._verifying = more
        return more

    def _needs_pending(self, types_: tuple[type[Record], ...] | None) -> bool:
        return bool(self._pending) and (types_ is None or any(issubclass(Entry, t) for t in types_))

    # --- reading ------------------------------------------------------------------------------------

    @property
    def damaged(self) -> tuple[DamagedRecord, ...]:
        """Records the store could not decrypt or this app could not decode, with the reason."""
        self._complete()
        return self.damaged_so_far

    @property
    def damaged_so_far(self) -> tuple[DamagedRecord, ...]:
        """`damaged` without waiting for deferred entries: while `loading`, those found so far."""
        with self._mutex:
            return tuple(self._damaged.values())

    def now(self) -> dt.datetime:
        moment = self._clock()
        if not isinstance(moment, dt.datetime) or moment.utcoffset() is None:
            raise UsageError("The journal's clock must return a date and time with a time zone.")
        return moment

    def today(self) -> dt.date:
        """The calendar day it is now in the journal's zone (the one its date filters use)."""
        return self.now().astimezone(self._tz).date()

    def __len__(self) -> int:
        self._complete()
        return len(self._records)

    def __contains__(self, record_id: object) -> bool:
        if not isinstance(record_id, bytes):
            return False
        if record_id in self._records:
            return True
        with self._mutex:  # not there yet, or being decoded right now
            self._complete()
            return record_id in self._records

    def __iter__(self) -> Iterator[Record]:
        """Every record, history snapshots and audit events included, in no particular order."""
        with self._mutex:
            self._complete()
            return iter(self._wholes(list(self._records.values())))

    def get(self, record_id: bytes) -> Record:
        """The whole record (read from the store if it is held light)."""
        try:
            record = self._records[record_id]
        except (KeyError, TypeError):
            with self._mutex:  # not there yet, or being decoded right now
                self._complete()
                try:
                    record = self._records[record_id]
                except (KeyError, TypeError):
                    raise NotFound(f"No record with id {_hex(record_id)}.") from None
        if record_id in self._light:
            return self._whole(record_id)
        return record

    def get_many(self, record_ids: Iterable[bytes]) -> list[Record]:
        """Whole records for these ids, in their order, read from the store in batches as needed."""
        return self._wholes([self.get_light(record_id) for record_id in record_ids])

    def get_light(self, record_id: bytes) -> Record:
        """The record as held in memory: light if it is (see open's `light`), else whole."""
        try:
            return self._records[record_id]
        except (KeyError, TypeError):
            pass
        with self._mutex:
            self._complete()
            try:
                return self._records[record_id]
            except (KeyError, TypeError):
                raise NotFound(f"No record with id {_hex(record_id)}.") from None

    def is_light(self, record: Record) -> bool:
        """True if `record` is a light one this journal handed out (some of its raw fields are cut),
        held now or replaced by an edit since: get() gives the whole record."""
        if record.id in self._light and self._records.get(record.id) is record:
            return True
        return any(earlier is record for earlier in self._earlier_light.get(record.id, ()))

    def get_as(self, record_id: bytes, kind: type[R]) -> R:
        """Like get, for callers that expect one kind; another kind counts as not found."""
        record = self.get(record_id)
        if not isinstance(record, kind):
            raise NotFound(f"No {kind.KIND} record with id {_hex(record_id)}.")
        return record

    def resolve_id(self, text: str) -> bytes:
        """A full 32-hex-digit id, or a unique prefix of at least 4 hex digits, to the record's id."""
        wanted = text.strip().lower() if isinstance(text, str) else ""
        if not _HEX.match(wanted) or len(wanted) > 32:
            raise UsageError("An id is written in hexadecimal digits (0-9, a-f), at most 32 of them.")
        if len(wanted) == 32:
            record_id = bytes.fromhex(wanted)
            if record_id not in self:
                raise NotFound(f"No record with id {wanted}.")
            return record_id
        if len(wanted) < MIN_ID_PREFIX:
            raise UsageError(f"Give at least {MIN_ID_PREFIX} characters of the id.")
        with self._mutex:
            self._complete()
            matches = [rid for rid in self._records if rid.hex().startswith(wanted)]
        if not matches:
            raise NotFound(f"No record id starts with {wanted}.")
        if len(matches) > 1:
            raise AmbiguousId(f"{len(matches)} records have ids starting with {wanted}; "
                              "give more characters.")
        return matches[0]

    def list(self, kind: KindFilter = None, date_from: dt.date | None = None,
             date_to: dt.date | None = None, tag: str | None = None, *, light: bool = False) -> list[Record]:
        """Records newest first. kind: a kind name, a record class or a tuple of classes; None means
        every kind except history snapshots and audit events. Dates are inclusive local calendar days.

        Whole records, read from the store where they are held light, unless `light`: then the records
        as held (see open's `light`), for lists, counts and filters that need no body or payload."""
        types_ = _kind_types(kind)
        with self._mutex:
            if self._needs_pending(types_):
                self._complete()
            found = list(self._newest_first(types_))  # the caller's own list: the kept one must not change
        if tag is not None:
            wanted = normalise_tag(tag)
            found = [r for r in found if wanted in getattr(r, "tags", ())]
        if date_from is not None or date_to is not None:
            low = date_from or dt.date.min
            high = date_to or dt.date.max
            found = [r for r in found if low <= r.local_date(self._tz) <= high]
        if not light and self._light:
            found = self._wholes(found)
        return found  # filtering kept the order

    def count(self, kind: KindFilter = None) -> int:
        """How many records list(kind) would return, without listing or sorting them."""
        types_ = _kind_types(kind)
        with self._mutex:
            if self._needs_pending(types_):
                self._complete()
            return sum(len(group) for cls, group in self._classes().items() if _lists(cls, types_))

    def _classes(self) -> dict[type[Record], OrderedRecords]:
        """Every record by class, in list order: kept up to date by each change from its first use."""
        by_class = self._by_class
        if by_class is None:
            grouped: dict[type[Record], list[Record]] = {}
            for record in self._records.values():
                group = grouped.get(type(record))
                if group is None:
                    grouped[type(record)] = [record]
                else:
                    group.append(record)
            with _gc_paused():
                by_class = self._by_class = {cls: OrderedRecords(group) for cls, group in grouped.items()}
        return by_class

    def _newest_first(self, types_: tuple[type[Record], ...] | None) -> list[Record]:
        groups = [group for cls, group in self._classes().items() if group and _lists(cls, types_)]
        if len(groups) == 1:
            return groups[0].newest_first()
        if not groups:
            return []
        listed = self._listed.get(types_)
        if listed is None:  # one merge of runs already in order (record_order keys sort like sort_key)
            keys = [key for group in groups for key, _ in group.keyed()]
            records = [record for group in groups for record in group]
            order = sorted(range(len(keys)), key=keys.__getitem__, reverse=True)
            listed = self._listed[types_] = [records[i] for i in order]
        return listed

    def history(self, record_id: bytes, *, light: bool = False) -> list[HistorySnapshot]:
        """Earlier revisions of a record (also of a deleted one), newest first: whole (each with the
        earlier revision's payload, read from the store where held light) unless `light`, which gives
        the held snapshots (for counting them, or their dates)."""
        with self._mutex:
            snapshots = self._history.get(record_id)
            if not snapshots and record_id not in self:
                raise NotFound(f"No record or history with id {_hex(record_id)}.")
            found = list(reversed(snapshots or ()))
        return found if light else self._wholes(found)

    def trash(self) -> list[HistorySnapshot]:
        """The last snapshot of each deleted record that can still be restored, newest first (whole)."""
        with self._mutex:
            self._complete()
            found = [snaps[-1] for of_id, snaps in self._history.items()
                     if snaps and snaps[-1].deleted and of_id not in self._records]
        found.sort(key=_snapshot_order, reverse=True)
        return self._wholes(found)

    def search(self, query: str) -> list[SearchHit]:
        """Full-text search (syntax in search.parse_query), newest first; the index is built on first use."""
        with self._index_lock:  # one build at a time; never taken inside the journal's lock
            with self._mutex:
                self._complete()
                index = self._index
                if index is None:
                    held = list(self._records.values())
                    self._index_changes = []
            if index is None:
                # Built outside the journal's lock: reading light records whole goes to the store (see
                # _whole). Changes committed meanwhile are recorded by _remember/_forget and applied.
                index = SearchIndex((), self._tz)
                self._index_records(index, held)
                with self._mutex:
                    for record, whole in self._index_changes or ():
                        if whole is None:
                            index.remove(record)
                        else:
                            index.put_pairs([(record, whole)])
                    self._index_changes = None
                    self._index = index
            return index.search(query)

    # --- changing ------------------------------------------------------------------------------------

    def add(self, record: R, *, keep_timestamps: bool = False) -> R:
        """Store a new record and return it as stored.

        Its created and updated times are set from the journal's clock, unless keep_timestamps (for
        imports and back-dated records) keeps those the record carries.
        """
        if not keep_timestamps:
            now = self.now()
            record = dataclasses.replace(record, created=now, updated=now)
        self._check_new(record.id)
        self._commit([record], [])
        return record

    def add_many(self, records: Iterable[Record], *, keep_timestamps: bool = True) -> list[Record]:
        """Store several new records in one transaction: all of them or, on any error, none."""
        batch = list(records)
        if not keep_timestamps:
            now = self.now()
            batch = [dataclasses.replace(r, created=now, updated=now) for r in batch]
        seen: set[bytes] = set()
        for record in batch:
            self._check_new(record.id)
            if record.id in seen:
                raise UsageError(f"Record id {record.id.hex()} appears twice in one batch.")
            seen.add(record.id)
        self._commit(batch, [])
        return batch

    def update(self, record: R) -> R:
        """Replace a record's content; bumps `updated` and keeps the previous revision in history."""
        old = self.get(record.id)
        if type(old) is not type(record):
            raise UsageError(f"Record {record.id.hex()} is a {old.KIND}; it cannot become a {record.KIND}.")
        record = self._with_stored_fields(record, old)
        if isinstance(old, _APPEND_ONLY):
            raise UsageError(f"{type(old).__name__} records cannot be changed.")
        if dataclasses.replace(record, created=old.created, updated=old.updated) == old:
            return old  # nothing changed: no write, no history entry
        now = self.now()
        new = dataclasses.replace(record, created=old.created, updated=now)
        puts: list[Record] = [new]
        deletes: list[bytes] = []
        if old.KEEPS_HISTORY:
            puts.append(self._snapshot(old, now, deleted=False))
            deletes += self._pruned(old.id)
        self._commit(puts, deletes)
        return new

    def delete(self, record_id: bytes) -> None:
        """Remove a record; its content stays restorable from history (see trash and restore)."""
        old = self.get(record_id)
        if isinstance(old, AuditEvent):
            raise UsageError("Entries of the security log cannot be deleted one by one.")
        puts: list[Record] = []
        deletes = [record_id]
        if old.KEEPS_HISTORY:
            puts.append(self._snapshot(old, self.now(), deleted=True))
            deletes += self._pruned(record_id)
        self._commit(puts, deletes)

    def purge(self, record_id: bytes) -> None:
        """Remove a record and all its history for good (also a damaged record or one snapshot)."""
        self._complete()
        doomed: list[bytes] = []
        if record_id in self._records or record_id in self._damaged:
            doomed.append(record_id)
        doomed += [s.id for s in self._history.get(record_id, ())]
        if not doomed:
            raise NotFound(f"No record or history with id {_hex(record_id)}.")
        self._commit([], doomed)

    def restore(self, snapshot_id: bytes) -> Record:
        """Bring back the content of a history snapshot (undeleting the record if it was deleted)."""
        snapshot = self.get(snapshot_id)
        if not isinstance(snapshot, HistorySnapshot):
            raise UsageError(f"Record {snapshot_id.hex()} is not a history snapshot.")
        earlier = self._codec.decode(snapshot.of_id, snapshot.payload)
        if snapshot.of_id in self:
            return self.update(earlier)
        self._check_new(earlier.id)
        restored = dataclasses.replace(earlier, updated=self.now())
        self._commit([restored], [])
        return restored

    def audit(self, event: str, **details: Any) -> AuditEvent:
        """Append a security-log event; details are ids, counts and flags, never content.

        Bytes values (record or bundle ids) are written as hex.
        """
        now = self.now()
        plain = {k: v.hex() if isinstance(v, bytes) else v for k, v in details.items()}
        record = AuditEvent(event=event, details=plain, created=now, updated=now)
        self._commit([record], [])
        return record

    # --- internals ---------------------------------------------------------------------------------------

    # Reading light records whole. The store is never called with the journal's lock held: the vault
    # takes its own lock, and an acceptance (Workspace.accept_current_state) holds the vault's while it
    # asks the journal, so holding both the other way round here could deadlock a search on a worker.

    def _whole(self, record_id: bytes) -> Record:
        with self._mutex:
            cached = self._whole_cache.get(record_id)
            if cached is not None:
                self._whole_cache.move_to_end(record_id)
                return cached
        found = self._read_whole([record_id])
        if record_id not in found:
            with self._mutex:
                problem = self._damaged.get(record_id)
            reason = problem.reason if problem is not None else "it is no longer in the journal"
            raise NotFound(f"Record {record_id.hex()} could not be read: {reason}.")
        return found[record_id]

    def _wholes(self, records: list[Record]) -> list[Record]:
        """`records` with every light one replaced by its whole record (read in batches); one that
        cannot be read any more is left out (and is in `damaged` from then on if it was damaged)."""
        light = self._light
        if not light:
            return records
        with self._mutex:
            cache = self._whole_cache
            known = {r.id: cache[r.id] for r in records if r.id in light and r.id in cache}
        missing = [r.id for r in records if r.id in light and r.id not in known]
        for start in range(0, len(missing), _READ_BATCH):
            known.update(self._read_whole(missing[start:start + _READ_BATCH], keep=len(missing) == 1))
        unread = set(missing) - known.keys()
        out = []
        for record in records:
            whole = known.get(record.id)
            if whole is None and record.id in unread:
                held = self._records.get(record.id)
                if held is None or record.id in light:
                    continue  # damaged, or deleted meanwhile
                whole = held  # made whole by an edit meanwhile
            out.append(whole if whole is not None else record)
        return out

    def _read_whole(self, record_ids: list[bytes], *, keep: bool = True,
                    retry: bool = True) -> dict[bytes, Record]:
        """Read and decode these light records whole; `keep` puts them in the bounded cache. A record
        the store finds damaged (or this app cannot decode) is forgotten and moves to `damaged`; one
        changed or deleted meanwhile by another thread is read again once, or left out."""
        stored, damaged = self._store.read_many(record_ids)  # not under self._mutex: see above
        found: dict[bytes, Record] = {}
        problems = {d.record_id: d for d in damaged}
        changed: list[bytes] = []
        with self._mutex, _gc_paused():
            for record_id, revision, payload in stored:
                if revision != self._revisions.get(record_id):
                    changed.append(record_id)  # a commit on another thread is being remembered
                    continue
                try:
                    found[record_id] = self._codec.decode_stored(record_id, payload)
                except UndecodableRecord as error:
                    problems[record_id] = DamagedRecord(record_id, error.reason)
            for record_id, problem in problems.items():
                if record_id in self._records:
                    self._forget(record_id)
                    self._damaged[record_id] = problem
            if keep:
                cache = self._whole_cache
                for record_id, record in found.items():
                    cache[record_id] = record
                    cache.move_to_end(record_id)
                while len(cache) > FULL_CACHE_SIZE:
                    cache.popitem(last=False)
        if changed and retry:
            found.update(self._read_whole(changed, keep=keep, retry=False))
        return found

    def _with_stored_fields(self, record: R, old: R) -> R:
        """`record` with each raw field that still holds a light stand-in itself (the record came from
        a light list, perhaps before an earlier edit, and was changed with dataclasses.replace) given
        back its stored value; the stand-ins are compared by identity, never by value."""
        held = self._records.get(record.id)
        issued = [held] if held is not None and record.id in self._light else []
        issued += self._earlier_light.get(record.id, ())
        if not issued:
            return record
        spec = self._codec.spec_for(record.KIND)
        restored = None
        for name in spec.raw_fields if spec is not None else ():
            value = getattr(record, name)
            if any(value is getattr(light, name) for light in issued) and value != getattr(old, name):
                restored = restored or copy.copy(record)
                object.__setattr__(restored, name, getattr(old, name))
        return restored or record

    def _index_records(self, index: SearchIndex, records: list[Record]) -> None:
        """Put records in the search index: text from the whole record, hits give the held one."""
        if not self._light:
            index.put_many(records)
            return
        searchable = [r for r in records if isinstance(r, SEARCHABLE_TYPES)]  # no other kind is read whole
        for start in range(0, len(searchable), _READ_BATCH):
            batch = searchable[start:start + _READ_BATCH]
            wholes = {whole.id: whole for whole in self._wholes(batch)}  # one found damaged is left out
            index.put_pairs((record, wholes[record.id]) for record in batch if record.id in wholes)

    def _check_new(self, record_id: bytes) -> None:
        self._complete()  # a deferred entry, or one found damaged, may have this id
        if record_id in self._records or record_id in self._damaged:
            raise UsageError(f"A record with id {record_id.hex()} already exists.")

    def _snapshot(self, record: Record, now: dt.datetime, *, deleted: bool) -> HistorySnapshot:
        return HistorySnapshot(of_id=record.id, revision=self._revisions.get(record.id, 0),
                               deleted=deleted, payload=self._codec.encode(record),
                               created=now, updated=now)

    def _pruned(self, record_id: bytes) -> list[bytes]:
        """Snapshot ids to drop so that, with one more added, MAX_HISTORY remain."""
        snapshots = self._history.get(record_id, [])
        excess = len(snapshots) + 1 - MAX_HISTORY
        return [s.id for s in snapshots[:excess]] if excess > 0 else []

    def _commit(self, puts: list[Record], deletes: list[bytes]) -> None:
        # Encode first: a record that cannot be written fails before the store is touched.
        payloads = [(record, self._codec.encode(record)) for record in puts]
        revisions: dict[bytes, int] = {}
        with self._store.transaction() as tx:
            for record, payload in payloads:
                revisions[record.id] = tx.put(record.id, payload)
            for record_id in deletes:
                tx.delete(record_id)
        # Committed: only now does memory follow (plain dict updates, which cannot fail halfway).
        with self._mutex:
            for record_id in deletes:
                self._forget(record_id)
            for record in puts:
                self._remember(record, revisions[record.id])

    def _changed(self) -> None:
        """Forget the kept list order (rebuilt, sorted, when next needed): for changes not told record
        by record. A change of known records goes through _placed, _remember or _forget instead."""
        self._listed.clear()
        self._by_class = None

    def _placed(self, record_ids: list[bytes]) -> None:
        """What _decode just decoded (these ids) goes into the kept list order, a sorted batch per class."""
        by_class = self._by_class
        if by_class is None:
            return  # not used yet: the first list sorts what is there then
        records = self._records
        grouped: dict[type[Record], list[Record]] = {}
        for record_id in record_ids:
            record = records.get(record_id)
            if record is not None:
                grouped.setdefault(type(record), []).append(record)
        for cls, group in grouped.items():
            ordered = by_class.get(cls)
            if ordered is None:
                ordered = by_class[cls] = OrderedRecords()
            ordered.put_many(group)
            self._drop_listed(cls)
        if sum(len(ordered) for ordered in by_class.values()) != len(records):
            self._changed()  # a record decoded again with other dates: sort afresh rather than guess

    def _reorder(self, old: Record | None, new: Record | None) -> None:
        """One record changed place in the kept list order: `old` out (if held), `new` in (if any)."""
        by_class = self._by_class
        if by_class is None:
            return
        if old is not None:
            held = by_class.get(type(old))
            if held is not None:
                held.discard(old)
            self._drop_listed(type(old))
        if new is not None:
            ordered = by_class.get(type(new))
            if ordered is None:
                ordered = by_class[type(new)] = OrderedRecords()
            ordered.put(new)
            self._drop_listed(type(new))

    def _drop_listed(self, cls: type[Record]) -> None:
        for types_ in [t for t in self._listed if _lists(cls, t)]:
            del self._listed[types_]

    def _remember(self, record: Record, revision: int) -> None:
        old = self._records.get(record.id)
        whole = record
        if record.id in self._light:
            self._earlier_light.setdefault(record.id, []).append(self._records[record.id])
        self._whole_cache.pop(record.id, None)
        if self._light_mode and self._codec.is_heavy(record):
            record = self._codec.lightened(record)
            self._light.add(record.id)
            self._whole_cache[record.id] = whole
            while len(self._whole_cache) > FULL_CACHE_SIZE:
                self._whole_cache.popitem(last=False)
        else:
            self._light.discard(record.id)
        self._records[record.id] = record
        self._reorder(old, record)
        self._revisions[record.id] = revision
        if isinstance(record, HistorySnapshot):
            snapshots = self._history.setdefault(record.of_id, [])
            snapshots.append(record)
            snapshots.sort(key=_snapshot_order)
        if self._index is not None:
            self._index.put_pairs([(record, whole)])
        elif self._index_changes is not None:  # an index is being built: it applies this after
            self._index_changes.append((record, whole))

    def _forget(self, record_id: bytes) -> None:
        record = self._records.pop(record_id, None)
        self._reorder(record, None)
        if record_id in self._light and record is not None:
            self._earlier_light.setdefault(record_id, []).append(record)
        self._light.discard(record_id)
        self._whole_cache.pop(record_id, None)
        self._revisions.pop(record_id, None)
        self._damaged.pop(record_id, None)
        if isinstance(record, HistorySnapshot):
            snapshots = self._history.get(record.of_id, [])
            snapshots[:] = [s for s in snapshots if s.id != record_id]
            if not snapshots:
                self._history.pop(record.of_id, None)
        if self._index is not None:
            self._index.remove(record_id)
        elif self._index_changes is not None:
            self._index_changes.append((record_id, None))

    def compact_search_index(self, limit: int | None = None) -> bool:
        """Put up to `limit` (default all) records of the built search index in its compact form
        (core.search.SearchIndex.compact), from then on new ones too; True while more remain. The app
        calls it in slices once the index is built, for the session's memory (docs/PERFORMANCE.md)."""
        index = self._index
        return index is not None and index.compact(limit)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _snapshot_order(snapshot: HistorySnapshot) -> tuple[dt.datetime, int, bytes]:
    return (snapshot.created, snapshot.revision, snapshot.id)


def _lists(cls: type[Record], types_: tuple[type[Record], ...] | None) -> bool:
    """True if list() with this kind filter includes records of class `cls`."""
    return not issubclass(cls, _UNLISTED) if types_ is None else issubclass(cls, types_)


def _kind_types(kind: KindFilter) -> tuple[type[Record], ...] | None:
    if kind is None:
        return None
    if isinstance(kind, str):
        found = KIND_TO_TYPE.get(kind)
        if found is None:
            raise UsageError("Unknown record kind; known kinds: " + ", ".join(sorted(KIND_TO_TYPE)) + ".")
        return (found,)
    if isinstance(kind, type) and issubclass(kind, Record):
        return (kind,)
    if isinstance(kind, tuple) and all(isinstance(k, type) and issubclass(k, Record) for k in kind):
        return kind
    raise UsageError("kind must be a record kind name, a record class or a tuple of record classes.")


def _hex(record_id: object) -> str:
    return record_id.hex() if isinstance(record_id, bytes) else "(not an id)"
