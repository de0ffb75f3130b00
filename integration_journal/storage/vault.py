"""The Vault: the one place where keys meet SQL. Implements core.store.RecordStore.

A vault file holds a header row (`vault_meta`), one table of encrypted records and an encrypted
manifest of (record id, revision, tag) that is rewritten in the same transaction as every change, so
that rows deleted, rolled back or slipped in behind the app's back are noticed at unlock.

In format 2 the header also pins the manifest (an HMAC over its epoch and bytes, crypto.records.ManifestPin),
and the passphrase and recovery wraps bind the format, so removing or replacing the manifest row is itself
detected, and editing the header back to format 1 to strip the pin makes it stop opening. A journal whose
integrity is in question (storage.integrity) is readable but refuses every write until the person chooses
what to do (accept_current_state, or restoring a backup). docs/security-design.md §10.3.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, OperationalError

from integration_journal.core.store import DamagedRecord, StoredRecord
from integration_journal.crypto import keys
from integration_journal.crypto.kdf import PRODUCTION_POLICY, KdfParams, KdfPolicy, calibrate, derive, normalise_passphrase
from integration_journal.crypto.records import (
    INDEX_SHARDS,
    DecryptionFailed,
    IndexCipher,
    ManifestCipher,
    ManifestPin,
    RecordCipher,
    SeenNoteCipher,
)
from integration_journal.crypto.recovery import RecoveryKit
from integration_journal.errors import (
    BackupError,
    BadRecoveryKit,
    IntegrityUnresolved,
    StorageFull,
    UnsupportedVersion,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from integration_journal.storage import db
from integration_journal.storage.files import create_private_file, fsync_dir, fsync_file, os_errors, private_dir, remove_quietly
from integration_journal.storage.instance import InstanceLock
from integration_journal.storage.integrity import IntegrityCode, IntegrityProblem
from integration_journal.storage.models import ManifestRow, RecordIndexRow, RecordRow, VaultMeta
from integration_journal.storage.paths import backups_dir, lock_file, vault_file  # noqa: F401 (re-exported)
from integration_journal.storage.rollback_guard import RollbackGuard

MAGIC = "IJVAULT1"
FORMAT_UNPINNED = 1  # the first format: the manifest stands alone (still opened, and upgraded at unlock)
FORMAT_PINNED = 2  # the header pins the manifest; the wraps bind the format
FORMAT_VERSION = FORMAT_PINNED  # what new vaults are written in
KNOWN_FORMATS = (FORMAT_UNPINNED, FORMAT_PINNED)
VAULT_ID_BYTES = 16
# SP 800-38D allows 2^32 random-nonce encryptions per key; rotate with a 16x margin.
NONCE_BUDGET = 2**28

_Cipher = TypeVar("_Cipher", RecordCipher, IndexCipher)
_ENTRY = struct.Struct(">16sQ16s")  # record id, revision, GCM tag
_MANIFEST_HEAD = struct.Struct(">I")
# The record index: a shard's plaintext is a version byte, then per record its id, revision, GCM tag (as
# the manifest holds them), whether its light payload was cut (1) or is the whole payload (0), the light
# payload's length and the light payload. A record's shard is the first byte of its id.
_INDEX_VERSION = 1
_INDEX_ENTRY = struct.Struct(">16sQ16sBI")
# What the vault asks of the codec to keep the index (Codec.light_payload): payload -> (light, cut).
LightFunction = Callable[[bytes], tuple[bytes, bool]]
# One shard's records: id -> (revision, tag, cut, light payload).
ShardEntries = dict[bytes, tuple[int, bytes, bool, bytes]]

DamageReason = str
REASON_UNREADABLE = "it could not be decrypted: the stored bytes were damaged or altered"
REASON_MISSING = "it is missing: it was deleted outside the app"
REASON_ROLLED_BACK = "it was replaced by an older version of itself outside the app"
REASON_FOREIGN = "it does not belong to this journal's history (added outside the app)"
REASON_MISMATCH = "it does not match the journal's integrity record"

# Integrity problems in the manifest itself (as opposed to a journal older than one seen here).
_MANIFEST_CODES = frozenset({IntegrityCode.MANIFEST_MISSING, IntegrityCode.MANIFEST_REMOVED,
                             IntegrityCode.MANIFEST_DAMAGED, IntegrityCode.MANIFEST_MISMATCH})
# A pinned epoch this large was not written by the app (it would overflow the manifest's epoch soon).
_PLAUSIBLE_EPOCH = 1 << 62


@dataclass(frozen=True, slots=True)
class VaultHeader:
    """What can be read before unlocking: nothing about the person."""

    vault_id: bytes
    format_version: int
    kdf: KdfParams
    # Format 2: the pin on the manifest (epoch + HMAC, crypto.records.PIN); None when absent.
    pin: bytes | None = dataclasses.field(default=None, repr=False)


def _wrap_aad_pw(vault_id: bytes, params: KdfParams, format_version: int) -> bytes:
    label = keys.LABEL_WRAP_PW_PINNED if format_version >= FORMAT_PINNED else keys.LABEL_WRAP_PW
    return label + vault_id + params.canonical()


def _wrap_aad_rk(vault_id: bytes, format_version: int) -> bytes:
    label = keys.LABEL_WRAP_RK_PINNED if format_version >= FORMAT_PINNED else keys.LABEL_WRAP_RK
    return label + vault_id


def _rk_aads(header: VaultHeader) -> list[bytes]:
    """The recovery wrap's AADs to try. A journal upgraded from format 1 keeps its format-1 recovery
    wrap until a new kit is made (making one needs the kit); a format-1 header never accepts a
    format-2 wrap, so editing the header back to format 1 does not open with the kit either."""
    if header.format_version >= FORMAT_PINNED:
        return [_wrap_aad_rk(header.vault_id, FORMAT_PINNED), _wrap_aad_rk(header.vault_id, FORMAT_UNPINNED)]
    return [_wrap_aad_rk(header.vault_id, FORMAT_UNPINNED)]


def _kek_ad(vault_id: bytes) -> bytes:
    return keys.LABEL_KEK_PW + vault_id


def _sql_errors():
    return _SqlErrors()


class _SqlErrors(contextlib.AbstractContextManager):
    def __exit__(self, exc_type, exc, tb):
        if exc is None:
            return False
        if isinstance(exc, (OperationalError, DBAPIError)):
            message = str(getattr(exc, "orig", exc)).lower()
            if "full" in message:
                raise StorageFull() from exc
            if "locked" in message or "busy" in message:
                raise VaultCorrupt("The journal file is busy in another program.") from exc
            raise VaultCorrupt("The journal file could not be read or written; it may be damaged.") from exc
        if isinstance(exc, sqlite3.DatabaseError):
            raise VaultCorrupt("The journal file could not be read or written; it may be damaged.") from exc
        return False


class Vault:
    """An unlocked vault. Create with `Vault.create`, open with `Vault.unlock`/`Vault.recover`."""

    def __init__(self, *, path: Path, engine, header: VaultHeader, dek: bytearray, lock: InstanceLock | None,
                 conn=None) -> None:
        self.path = path
        self._engine = engine
        self._conn = conn if conn is not None else engine.connect()
        # Record rows read while the key was derived (see _open), used once by the first load().
        self._prefetched: _Prefetch | None = None
        self.header = header
        self.vault_id = header.vault_id
        self._dek: bytearray | None = dek
        self._lock = lock
        self._mutex = threading.RLock()
        self._manifest_cipher = ManifestCipher(keys.manifest_key(dek, header.vault_id), header.vault_id)
        self._manifest_pin = ManifestPin(keys.header_pin_key(dek, header.vault_id), header.vault_id)
        self._seen_cipher = SeenNoteCipher(keys.seen_here_key(dek, header.vault_id), header.vault_id)
        self._ciphers: dict[int, RecordCipher] = {}
        # Manifest state, authenticated: record id -> packed entry; plus key id and nonce counters.
        self._entries: dict[bytes, bytes] = {}
        self._epoch = 0
        self._key_id = 1
        self._counters: dict[int, int] = {}
        # What unlocking found about the whole journal (storage.integrity); writes are refused while
        # any is present, unless inside accepting_current_state().
        self._problems: tuple[IntegrityProblem, ...] = ()
        self._accepting: tuple | None = None  # the state to restore if an acceptance does not commit
        self._guard: RollbackGuard | None = None
        self._today: Callable[[], dt.date] = dt.date.today
        # The record index (load_light): kept current by every commit once the codec's light function
        # is given (index_with); absent from an old backup opened read-only (never migrated).
        self._light_fn: LightFunction | None = None
        self._index_ciphers: dict[int, IndexCipher] = {}
        self._has_index = True
        self._read_only = False
        # Ids of the records load_light took from the index: their rows were not AEAD-checked at unlock
        # (the manifest check of ids, revisions and tags was); a background pass reads and checks them.
        self._unverified: list[bytes] = []

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY,
        progress: Callable[[float], None] | None = None, take_lock: bool = True,
        guard: RollbackGuard | None = None, today: Callable[[], dt.date] | None = None,
    ) -> tuple[Vault, RecoveryKit]:
        """A new, empty vault in format 2. `guard`: this computer's anti-rollback memory, raised after
        every write (None: not remembered, e.g. the demo); `today`: the day that memory records."""
        path = Path(path)
        if path.exists():
            raise VaultExists(f"A journal already exists at {path}.")
        private_dir(path.parent)
        lock = InstanceLock(lock_file(path.parent)).acquire() if take_lock else None
        try:
            params = calibrate(policy, progress)
            vault_id = os.urandom(VAULT_ID_BYTES)
            dek = keys.new_data_key()
            kek = derive(normalise_passphrase(passphrase), params, _kek_ad(vault_id))
            kit = RecoveryKit.generate()
            wrap_pw = keys.wrap(kek, dek, _wrap_aad_pw(vault_id, params, FORMAT_VERSION))
            wrap_rk = keys.wrap(keys.recovery_kek(kit.secret, vault_id), dek, _wrap_aad_rk(vault_id, FORMAT_VERSION))
            header = VaultHeader(vault_id, FORMAT_VERSION, params)
            # Build the whole vault under a staging name, then rename it into place: a crash while
            # creating leaves no journal (and creating again works) or a complete one — never a
            # half-written file that can be neither opened nor created again.
            staging = path.with_name(f".{path.name}.creating")
            _remove_with_sidecars(staging)  # left over by a crash during an earlier attempt
            with os_errors("create the journal file"):
                create_private_file(staging)
            engine = db.make_engine(staging)
            try:
                with engine.begin() as conn, _sql_errors():
                    db.create_schema(conn)
                    conn.execute(VaultMeta.__table__.insert().values(
                        id=1, magic=MAGIC, format_version=FORMAT_VERSION, vault_id=vault_id,
                        kdf=params.canonical(), wrap_pw=wrap_pw, wrap_rk=wrap_rk))
                builder = cls(path=staging, engine=engine, header=header, dek=bytearray(dek), lock=None)
                with builder._mutex, builder._conn.begin(), _sql_errors():
                    builder._write_manifest(builder._entries, 1, builder._key_id, builder._counters)
                builder.close()  # checkpointed: the main file is complete, no WAL beside it
                with os_errors("create the journal file"):
                    fsync_file(staging)
                    if path.exists():
                        raise VaultExists(f"A journal already exists at {path}.")
                    os.replace(staging, path)
                    fsync_dir(path.parent)
            except BaseException:
                engine.dispose()
                _remove_with_sidecars(staging)
                raise
            vault = cls(path=path, engine=db.make_engine(path), header=header, dek=dek, lock=lock)
            vault._epoch = 1
            vault._watch(guard, today)
            vault._remember_epoch()
            return vault, kit
        except BaseException:
            if lock:
                lock.release()
            raise

    @staticmethod
    def read_header(path: Path) -> VaultHeader:
        path = Path(path)
        if not path.is_file():
            raise VaultNotFound(f"No journal at {path}.")
        engine = db.make_engine(path, read_only=True)
        try:
            with _sql_errors(), engine.connect() as conn:  # connecting can fail: not a database
                row = _read_meta(conn, _check_revision_readable(conn))
        finally:
            engine.dispose()
        return _parse_header(row)

    @classmethod
    def unlock(
        cls, path: Path, passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY, take_lock: bool = True,
        read_only: bool = False, guard: RollbackGuard | None = None, today: Callable[[], dt.date] | None = None,
    ) -> Vault:
        """Derive the key, unwrap the data key, read the manifest. Wrong passphrase and a damaged
        or edited wrap raise the same WrongPassphrase, after the same full KDF cost.

        A format-1 vault whose manifest is intact is upgraded to format 2 (pinned) here, since this
        is when the passphrase is at hand. `guard`: this computer's anti-rollback memory (see
        storage.rollback_guard); a journal older than the one last opened here gets an
        OLDER_THAN_SEEN problem. The result's `integrity_problems` say whether writes are refused."""
        keks: list[bytes] = []

        def unwrap(row, header: VaultHeader) -> bytearray:
            kek = derive(normalise_passphrase(passphrase), header.kdf, _kek_ad(header.vault_id))
            dek = keys.unwrap(kek, row["wrap_pw"], _wrap_aad_pw(header.vault_id, header.kdf, header.format_version))
            keks.append(kek)
            return dek

        vault = cls._open(path, unwrap, take_lock=take_lock, read_only=read_only)
        try:
            if not read_only:
                vault._pin_if_unpinned(keks[0])
                if policy.is_below(vault.header.kdf):
                    vault._rewrap_passphrase(passphrase, _upgraded(vault.header.kdf, policy).with_new_salt())
            vault._watch(guard, today)
            vault._check_seen_here(record=not read_only)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def recover(
        cls, path: Path, kit_text: str, new_passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY,
        take_lock: bool = True, guard: RollbackGuard | None = None, today: Callable[[], dt.date] | None = None,
    ) -> tuple[Vault, RecoveryKit]:
        """Unlock with the recovery kit; sets the new passphrase and replaces the kit in one write
        (which also upgrades a format-1 vault whose manifest is intact). Integrity problems are found
        as in `unlock` and leave writes refused, but never stop the recovery itself."""
        kit = RecoveryKit.parse(kit_text)  # typos are caught here, before any key work

        def unwrap(row, header: VaultHeader) -> bytearray:
            kek = keys.recovery_kek(kit.secret, header.vault_id)
            for aad in _rk_aads(header):
                with contextlib.suppress(WrongPassphrase):
                    return keys.unwrap(kek, row["wrap_rk"], aad)
            raise BadRecoveryKit("This recovery kit does not belong to this journal, or it was replaced "
                                 "by a newer one.")

        vault = cls._open(path, unwrap, take_lock=take_lock, read_only=False)
        try:
            new_kit = RecoveryKit.generate()
            params = _upgraded(vault.header.kdf, policy).with_new_salt()
            vault._write_meta(new_passphrase, params, new_kit)
            vault._watch(guard, today)
            vault._check_seen_here(record=True)
        except BaseException:
            vault.close()
            raise
        return vault, new_kit

    @classmethod
    def _open(cls, path: Path, unwrap, *, take_lock: bool, read_only: bool) -> Vault:
        path = Path(path)
        if not path.is_file():
            raise VaultNotFound(f"No journal at {path}.")
        lock = InstanceLock(lock_file(path.parent)).acquire() if take_lock else None
        engine = None
        try:
            engine = db.make_engine(path, read_only=read_only)
            with _sql_errors(), engine.begin() as conn:  # connecting can fail: not a database
                if read_only:
                    revision = _check_revision_readable(conn)
                else:
                    db.migrate_if_needed(conn)
                    revision = db.HEAD_REVISION
                row = _read_meta(conn, revision)
            header = _parse_header(row)
            # The KDF in unwrap releases the GIL: read the (encrypted) record index meanwhile, on the
            # same connection, which this thread leaves alone until the prefetch is joined.
            conn = engine.connect()
            prefetch = _Prefetch(conn.connection.dbapi_connection)
            try:
                dek = unwrap(row, header)
            finally:
                prefetch.join()
            vault = cls(path=path, engine=engine, header=header, dek=dek, lock=lock, conn=conn)
            vault._read_only = read_only
            vault._has_index = revision not in ("0001", "0002")
            vault._read_manifest()
            if prefetch.rows is not None and prefetch.manifest == vault.manifest_fingerprint():
                vault._prefetched = prefetch
            return vault
        except BaseException:
            if engine is not None:
                engine.dispose()
            if lock:
                lock.release()
            raise

    # --- RecordStore ----------------------------------------------------------------------------

    def load(self) -> tuple[list[StoredRecord], list[DamagedRecord]]:
        """Decrypt every record. Damaged or unexpected rows are reported, never raised, and the
        manifest is checked for rows that are missing or older than they should be."""
        with self._mutex:
            self._require_open()
            self._prefetched = None  # the index rows read at unlock: load_light's, not needed here
            with _sql_errors():
                # The DBAPI cursor directly: SQLAlchemy's row objects cost ~15 % of loading a large vault.
                self._conn.rollback()
                rows = _fetch_rows(self._conn.connection.dbapi_connection)
            # Each row is dropped once decrypted: the ciphertexts and the payloads are never all held
            # at once (on a large vault that is the peak memory of unlocking, and the heap it leaves).
            records, damaged, seen = self._check_rows(_consumed(rows))
            for record_id in self._entries.keys() - seen:
                damaged.append(DamagedRecord(record_id, REASON_MISSING))
            return records, damaged

    def read_many(self, record_ids: Iterable[bytes]) -> tuple[list[StoredRecord], list[DamagedRecord]]:
        """Decrypt the records with these ids, checked exactly as load() checks every row (the AEAD,
        then the revision and tag the manifest holds): what a journal that keeps only part of each
        record in memory reads when a page asks for the rest. An id the manifest names but the table
        lacks is damaged (missing); an id neither knows is left out of both lists."""
        wanted = list(dict.fromkeys(record_ids))
        with self._mutex:
            self._require_open()
            rows: list[tuple] = []
            with _sql_errors():
                self._conn.rollback()
                dbapi = self._conn.connection.dbapi_connection
                for start in range(0, len(wanted), _READ_BATCH):
                    batch = wanted[start:start + _READ_BATCH]
                    cursor = dbapi.execute(_SELECT_SOME.format(",".join("?" * len(batch))), batch)
                    try:
                        rows += cursor.fetchall()
                    finally:
                        cursor.close()
            records, damaged, seen = self._check_rows(rows)
            for record_id in wanted:
                if record_id not in seen and record_id in self._entries:
                    damaged.append(DamagedRecord(record_id, REASON_MISSING))
            return records, damaged

    def verify_pending(self, limit: int) -> tuple[list[DamagedRecord], bool]:
        """Check up to `limit` (at least one) of the rows unlocking did not check one by one, exactly as
        read_many() checks a row (the AEAD, then the revision and tag the manifest holds), keeping no
        payload. Returns the damaged ones and whether more rows are still waiting."""
        with self._mutex:
            self._require_open()
            batch = self._unverified[:max(1, limit)]
            damaged = self.read_many(batch)[1] if batch else []  # the payloads are dropped here
            del self._unverified[:len(batch)]
            return damaged, bool(self._unverified)

    # --- the record index -----------------------------------------------------------------------

    def index_with(self, light: LightFunction | None) -> None:
        """Keep the record index current from now on, with `light` (Codec.light_payload) deciding what
        each record keeps in it. Without it, commits leave the shards alone: their entries then no
        longer match the manifest and load_light reads those records from their rows."""
        with self._mutex:
            self._light_fn = light

    def load_light(self, light: LightFunction | None = None,
                   ) -> tuple[list[StoredRecord], list[DamagedRecord], set[bytes]]:
        """The records as a light journal holds them, from the record index where it is current: (records,
        damaged, cut), `cut` the ids whose payload here is a light one (Codec.light_payload cut it).

        An index entry is used only if its revision and tag are the manifest's for that id; every other
        record (no shard yet, a stale, rolled-back, foreign or damaged shard) is read and checked from its
        row as read_many does, whole. The manifest's ids are checked against the table's at once (missing
        and foreign rows are reported as load() reports them); the rows of records taken from the index
        are not decrypted here: their ids go to `_unverified` for a later check. Then, when writable, the
        shards that were not current are rebuilt in one commit. With integrity problems this is load().
        `light`: the light function, if none was given with index_with (kept for later commits)."""
        with self._mutex:
            self._require_open()
            if light is not None and self._light_fn is None:
                self._light_fn = light
            prefetched, self._prefetched = self._prefetched, None
            self._unverified = []
            if self._problems or not self._has_index:
                records, damaged = self.load()
                return records, damaged, set()
            if prefetched is not None and prefetched.epoch == self._epoch and prefetched.ids is not None:
                shard_rows, stored_ids = prefetched.rows or [], prefetched.ids  # nothing written since
            else:
                shard_rows, stored_ids = self._read_shard_rows(None), self._stored_ids()
            manifest = self._entries
            records: list[StoredRecord] = []
            damaged: list[DamagedRecord] = []
            cut: set[bytes] = set()
            unverified: list[bytes] = []
            rows_by_shard: dict[int, tuple | None] = {}  # None: a row that does not decrypt or parse
            # One shard at a time, in one pass, building nothing but the records: no parsed entries sit
            # in memory between the payloads (a fragmented heap for the session otherwise).
            for row in shard_rows:
                plain = self._open_shard(row)
                try:
                    if plain is None:
                        raise ValueError("unusable shard")
                    found, found_cut = _current_in_shard(row[0], plain, manifest, stored_ids)
                except ValueError:
                    rows_by_shard[row[0]] = None
                    continue
                rows_by_shard[row[0]] = row
                records += found
                cut.update(found_cut)
                unverified += [record.record_id for record in found]
            taken = set(unverified)
            fallback: list[bytes] = []
            for record_id in manifest:
                if record_id not in stored_ids:
                    damaged.append(DamagedRecord(record_id, REASON_MISSING))
                elif record_id not in taken:
                    fallback.append(record_id)
            del taken
            for record_id in stored_ids - manifest.keys():
                damaged.append(DamagedRecord(record_id, REASON_FOREIGN))
            if len(fallback) * 2 > len(manifest):  # mostly not indexed yet: one pass over every row
                records, damaged = self.load()
                read, cut, unverified = records, set(), []
            elif fallback:
                read, unreadable = self.read_many(fallback)
                records += read
                damaged += unreadable
            else:
                read = []
            self._unverified = unverified
            if fallback and self._light_fn is not None and not self._read_only:
                numbers = {record_id[0] for record_id in fallback}
                current: dict[int, ShardEntries | None] = {}
                for number in numbers & rows_by_shard.keys():
                    row = rows_by_shard[number]
                    current[number] = None if row is None else self._decrypt_shard(row)
                self._rebuild_shards(numbers, read, current)
            return records, damaged, cut

    def _rebuild_shards(self, numbers: set[int], read: list[StoredRecord],
                        shards: dict[int, ShardEntries | None]) -> None:
        """Write these shards anew, in one commit with the manifest (which counts their nonces), from
        the current entries of `shards` (None: a row that is unusable; absent: no row) and the records
        just `read` whole. Only a speed-up for the
        next unlock: a failure to write leaves everything as it was and is not an error."""
        fresh: dict[int, ShardEntries] = {number: {} for number in numbers}
        unpack = _ENTRY.unpack
        for number in numbers:
            for record_id, item in (shards.get(number) or {}).items():
                entry = self._entries.get(record_id)
                if entry is not None and unpack(entry)[1:] == (item[0], item[1]):
                    fresh[number][record_id] = item
        for record_id, revision, payload in read:
            entries = fresh.get(record_id[0])
            entry = self._entries.get(record_id)
            if entries is not None and entry is not None:
                light, was_cut = self._light(payload)
                entries[record_id] = (revision, unpack(entry)[2], was_cut, light)
        # A shard whose only fallback was a damaged record would come out as it is: not written again
        # at every unlock (the damaged record is read, and reported, each time all the same).
        fresh = {number: entries for number, entries in fresh.items() if entries != shards.get(number, {})}
        if not fresh:
            return
        counters = dict(self._counters)
        key_id = self._key_id
        if self._problems or counters.get(key_id, 0) + len(fresh) >= NONCE_BUDGET:
            return  # the next commit moves to a fresh key, which rebuilds every shard
        try:
            with self._conn.begin(), _sql_errors():
                counters[key_id] = counters.get(key_id, 0) + self._write_shards(key_id, fresh)
                self._write_manifest(self._entries, self._epoch + 1, key_id, counters)
        except (StorageFull, VaultCorrupt):
            self._conn.rollback() if self._conn.in_transaction() else None
            return
        self._counters, self._epoch = counters, self._epoch + 1
        self._committed()

    def _light(self, payload: bytes) -> tuple[bytes, bool]:
        light_fn = self._light_fn
        assert light_fn is not None
        try:
            light, was_cut = light_fn(payload)
        except Exception:  # noqa: BLE001 - the index is a cache: keep the payload whole
            return payload, False
        if type(light) is not bytes or len(light) > len(payload):
            return payload, False
        return light, bool(was_cut)

    def _stored_ids(self) -> set[bytes]:
        """Every record row's id (from the primary key's index: no row is read)."""
        with _sql_errors():
            self._conn.rollback()
            return _fetch_ids(self._conn.connection.dbapi_connection)

    def _read_shard_rows(self, numbers: Iterable[int] | None) -> list[tuple]:
        """Rows (shard, key id, revision, nonce, ciphertext) of these shards (None: all)."""
        if not self._has_index:
            return []
        with _sql_errors():
            self._conn.rollback()
            dbapi = self._conn.connection.dbapi_connection
            if numbers is None:
                return _fetch_index_rows(dbapi)
            wanted = sorted(numbers)
            cursor = dbapi.execute(_SELECT_INDEX + " WHERE id IN ({})".format(",".join("?" * len(wanted))), wanted)
            try:
                return cursor.fetchall()
            finally:
                cursor.close()

    def _index_cipher(self, key_id: int) -> IndexCipher:
        return self._keyed(self._index_ciphers, IndexCipher, key_id)

    def _open_shard(self, row: tuple) -> bytes | None:
        """A shard's plaintext, or None when its row is malformed or does not authenticate."""
        number, key_id, revision, nonce, ciphertext = row
        if not (type(number) is int and 0 <= number < INDEX_SHARDS
                and _row_well_formed(key_id, revision, nonce, ciphertext)):
            return None
        try:
            return self._index_cipher(key_id).decrypt(number, revision, nonce, ciphertext)
        except DecryptionFailed:
            return None

    def _decrypt_shard(self, row: tuple) -> ShardEntries | None:
        """A shard's entries, or None when its row does not authenticate or parse (then its records
        are read from their rows)."""
        plain = self._open_shard(row)
        try:
            return None if plain is None else _parse_shard(row[0], plain)
        except (ValueError, struct.error):
            return None

    def _write_shards(self, key_id: int, shards: dict[int, ShardEntries]) -> int:
        """Inside a transaction: encrypt each shard under `key_id` and insert or replace its row (an
        empty shard's row is deleted). Returns how many were encrypted (each spends one nonce)."""
        if not shards:
            return 0
        cipher = self._index_cipher(key_id)
        numbers = sorted(shards)
        old = dict(self._conn.execute(select(RecordIndexRow.id, RecordIndexRow.revision)
                                      .where(RecordIndexRow.id.in_(numbers))).all())
        values = []
        empty = []
        for number in numbers:
            entries = shards[number]
            if not entries:
                empty.append(number)
                continue
            previous = old.get(number)
            revision = previous + 1 if _is_uint(previous, 62) else 1
            nonce, ciphertext = cipher.encrypt(number, revision, _pack_shard(entries))
            values.append({"id": number, "key_id": key_id, "revision": revision, "nonce": nonce,
                           "ciphertext": ciphertext})
        if empty:
            self._conn.execute(delete(RecordIndexRow).where(RecordIndexRow.id.in_(empty)))
        if values:
            stmt = sqlite_insert(RecordIndexRow)
            stmt = stmt.on_conflict_do_update(index_elements=[RecordIndexRow.id], set_={
                "key_id": stmt.excluded.key_id, "revision": stmt.excluded.revision,
                "nonce": stmt.excluded.nonce, "ciphertext": stmt.excluded.ciphertext})
            self._conn.execute(stmt, values)
        return len(values)

    def _shards_for(self, tx: _Transaction) -> dict[int, ShardEntries] | None:
        """Before a commit: the current entries of every shard tx touches (read and decrypted; one
        that does not decrypt or parse, or has no row, is rebuilt from its records' rows). None when
        the vault keeps no index."""
        if self._light_fn is None or not self._has_index:
            return None
        numbers = {record_id[0] for record_id in tx.puts.keys() | tx.deletes}
        shards: dict[int, ShardEntries] = {}
        for row in self._read_shard_rows(numbers):
            entries = self._decrypt_shard(row)
            if entries is not None:
                shards[row[0]] = entries
        missing = numbers - shards.keys()
        for number in missing:
            shards[number] = {}
        if not missing:
            return shards
        changing = tx.puts.keys() | tx.deletes
        rebuild = [record_id for record_id in self._entries if record_id[0] in missing and record_id not in changing]
        if rebuild:
            read, _damaged = self.read_many(rebuild)
            for record_id, revision, payload in read:
                light, was_cut = self._light(payload)
                shards[record_id[0]][record_id] = (revision, _ENTRY.unpack(self._entries[record_id])[2], was_cut, light)
        return shards

    def _update_shards(self, shards: dict[int, ShardEntries], puts: dict[bytes, tuple[int, bytes]],
                       entries: dict[bytes, bytes]) -> None:
        """Apply written puts to the shards and drop every entry the new manifest (`entries`) does not
        hold as it is (deleted records, stale ones)."""
        unpack = _ENTRY.unpack
        for record_id, (revision, payload) in puts.items():
            light, was_cut = self._light(payload)
            shards[record_id[0]][record_id] = (revision, unpack(entries[record_id])[2], was_cut, light)
        for items in shards.values():
            for record_id in [i for i, item in items.items()
                              if i not in entries or unpack(entries[i])[1:] != (item[0], item[1])]:
                del items[record_id]

    def _check_rows(self, rows: Iterable[tuple]) -> tuple[list[StoredRecord], list[DamagedRecord], set[bytes]]:
        """Decrypt rows (id, key id, revision, nonce, ciphertext) and check each against the manifest."""
        records: list[StoredRecord] = []
        damaged: list[DamagedRecord] = []
        seen: set[bytes] = set()
        entries = self._entries
        ciphers = self._ciphers
        unpack = _ENTRY.unpack
        for record_id, key_id, revision, nonce, ciphertext in rows:
            if type(record_id) is not bytes:
                record_id = _id_bytes(record_id)
            seen.add(record_id)
            expected = entries.get(record_id)
            if expected is None:
                damaged.append(DamagedRecord(record_id, REASON_FOREIGN))
                continue
            _, want_revision, want_tag = unpack(expected)
            # The types SQLite gives the app's own rows are checked inline; anything else the long way.
            if not (type(key_id) is int and type(revision) is int and type(nonce) is bytes
                    and type(ciphertext) is bytes and 0 <= key_id < _U32_END and 0 <= revision < _U63_END
                    ) and not _row_well_formed(key_id, revision, nonce, ciphertext):
                damaged.append(DamagedRecord(record_id, REASON_UNREADABLE))
                continue
            cipher = ciphers.get(key_id) or self._cipher(key_id)
            try:
                payload = cipher.decrypt(record_id, revision, nonce, ciphertext)
            except DecryptionFailed:
                damaged.append(DamagedRecord(record_id, REASON_UNREADABLE))
                continue
            if revision < want_revision:
                damaged.append(DamagedRecord(record_id, REASON_ROLLED_BACK))
            elif revision != want_revision or ciphertext[-16:] != want_tag:
                damaged.append(DamagedRecord(record_id, REASON_MISMATCH))
            else:
                records.append(StoredRecord(record_id, revision, payload))
        return records, damaged, seen

    def verify(self) -> list[DamagedRecord]:
        """Every integrity problem of the whole journal (under the all-zero id, as unlocking found
        them; the same list refuses writes) and every damaged record — empty when all is well."""
        _, damaged = self.load()
        return [DamagedRecord(bytes(16), p.message) for p in self._problems] + damaged

    # --- the journal's integrity as a whole -----------------------------------------------------

    @property
    def integrity_problems(self) -> tuple[IntegrityProblem, ...]:
        """What unlocking found wrong with the journal as a whole; while any is present every write
        is refused (IntegrityUnresolved) until accept_current_state() or a restore."""
        return self._problems

    @property
    def manifest_problem(self) -> str | None:
        """The message of a problem with the manifest itself (missing, removed, damaged, replaced)."""
        return next((p.message for p in self._problems if p.code in _MANIFEST_CODES), None)

    @contextlib.contextmanager
    def accepting_current_state(self) -> Iterator[tuple[IntegrityProblem, ...]]:
        """Inside, writes are allowed once more: the first commit makes the journal as it is now the
        reference state — when the manifest itself was in question, a fresh one over every row as it
        stands (rows that do not decrypt are kept in it, so they stay reported as damaged; records the
        old manifest listed but that are gone are dropped; a journal that is only older than seen here
        keeps its own authentic manifest, so a record damaged in it stays damaged) — a fresh record key
        (the nonce count in a missing, replaced or older manifest is behind), and this computer's
        anti-rollback memory set to the new epoch. The caller commits its audit event inside
        (Workspace.accept_current_state): that commit is the acceptance, so the event and the new
        state land together or not at all. Yields the problems being accepted; without a commit
        inside, nothing changes."""
        with self._mutex:
            self._require_open()
            problems = self._problems
            if not problems:
                yield ()
                return
            self._accepting = (self._entries, self._counters, self._key_id)
            try:
                if any(p.code in _MANIFEST_CODES for p in problems):
                    self._entries = self._adopted_entries()
                self._key_id = max(self._key_id, self._max_key_id())
                self._counters = {self._key_id: NONCE_BUDGET}  # the next commit moves to a fresh key
                yield problems
            finally:
                if self._accepting is not None and self._problems:  # nothing was committed
                    self._entries, self._counters, self._key_id = self._accepting
                self._accepting = None

    def _require_writable(self) -> None:
        if self._problems and self._accepting is None:
            raise IntegrityUnresolved(self._problems)

    def _committed(self) -> None:
        """After every commit: an acceptance is done; this computer remembers the new epoch."""
        if self._accepting is not None and self._problems:
            self._problems = ()
            self._remember_epoch(reset=True)
        else:
            self._remember_epoch()

    def _watch(self, guard: RollbackGuard | None, today: Callable[[], dt.date] | None) -> None:
        self._guard = guard
        if today is not None:
            self._today = today

    def _remember_epoch(self, *, reset: bool = False) -> None:
        if self._guard is None:
            return
        sealed = self._seen_cipher.seal(self._epoch, self._today().isoformat())
        if reset:
            self._guard.reset(self.vault_id, self._epoch, sealed)
        else:
            self._guard.record(self.vault_id, self._epoch, sealed)

    def remember_as_chosen(self, guard: RollbackGuard, today: Callable[[], dt.date] | None = None) -> None:
        """Set this computer's memory of this journal to this vault's epoch, even if lower: the
        person chose this state (restoring a backup of it)."""
        self._watch(guard, today)
        try:
            self._remember_epoch(reset=True)
        finally:
            self._guard = None

    def _check_seen_here(self, *, record: bool) -> None:
        """Compare the manifest's (authenticated) epoch with the highest this computer has opened."""
        if self._guard is None:
            return
        manifest_read = not any(p.code in (IntegrityCode.MANIFEST_MISSING, IntegrityCode.MANIFEST_REMOVED,
                                           IntegrityCode.MANIFEST_DAMAGED) for p in self._problems)
        seen = self._guard.seen(self.vault_id)
        if manifest_read and seen is not None and seen.epoch > self._epoch:
            day = self._seen_cipher.open(seen.epoch, seen.sealed_day) if seen.sealed_day else None
            try:
                seen_on = dt.date.fromisoformat(day) if day else None
            except ValueError:
                seen_on = None
            self._problems = (*self._problems, IntegrityProblem(IntegrityCode.OLDER_THAN_SEEN, seen.epoch, seen_on))
        elif record and not self._problems:
            self._remember_epoch()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_Transaction]:
        """Puts and deletes inside commit together with the manifest, or not at all. Refused
        (IntegrityUnresolved, nothing written) while the journal's integrity is in question."""
        with self._mutex:
            self._require_open()
            self._require_writable()
            tx = _Transaction(self)
            yield tx
            self._commit(tx)

    def _commit(self, tx: _Transaction) -> None:
        if not tx.puts and not tx.deletes:
            return
        self._require_writable()
        entries = dict(self._entries)
        counters = dict(self._counters)
        key_id = self._key_id
        shards = self._shards_for(tx)  # read before the write transaction (reads end any open one)
        if counters.get(key_id, 0) + len(tx.puts) + len(shards or ()) >= NONCE_BUDGET:
            self._rotate_key(tx)
            return
        cipher = self._cipher(key_id)
        try:
            with self._conn.begin(), _sql_errors():
                written = self._write_rows(cipher, key_id, tx.puts, tx.deletes, entries)
                if shards is not None:  # the index in the same transaction as the records it describes
                    self._update_shards(shards, tx.puts, entries)
                    written += self._write_shards(key_id, shards)
                counters[key_id] = counters.get(key_id, 0) + written
                self._write_manifest(entries, self._epoch + 1, key_id, counters)
        except BaseException:
            self._conn.rollback() if self._conn.in_transaction() else None
            raise
        self._entries, self._counters, self._epoch = entries, counters, self._epoch + 1
        self._committed()

    def _write_rows(self, cipher, key_id: int, puts: dict[bytes, tuple[int, bytes]], deletes: Iterable[bytes],
                    entries: dict[bytes, bytes]) -> int:
        """Inside a transaction: delete `deletes`, encrypt each of `puts` (id -> revision, payload) under
        `key_id` and insert or replace its row; `entries` (the manifest's) follows. Returns how many
        records were encrypted (each spends one nonce of the key's budget)."""
        for record_id in deletes:
            self._conn.execute(delete(RecordRow).where(RecordRow.id == record_id))
            entries.pop(record_id, None)
        values = []
        for record_id, (revision, payload) in puts.items():
            nonce, ciphertext = cipher.encrypt(record_id, revision, payload)
            values.append({"id": record_id, "key_id": key_id, "revision": revision, "nonce": nonce,
                           "ciphertext": ciphertext})
            entries[record_id] = _ENTRY.pack(record_id, revision, ciphertext[-16:])
        if values:
            stmt = sqlite_insert(RecordRow)
            stmt = stmt.on_conflict_do_update(index_elements=[RecordRow.id], set_={
                "key_id": stmt.excluded.key_id, "revision": stmt.excluded.revision,
                "nonce": stmt.excluded.nonce, "ciphertext": stmt.excluded.ciphertext})
            self._conn.execute(stmt, values)
        return len(values)

    def _rotate_key(self, tx: _Transaction | None = None) -> None:
        """Re-encrypt every readable record under a fresh key id (fresh nonce budget), with tx's
        changes. Damaged rows are left exactly as they are, and their manifest entries kept, so a
        rotation never hides or erases evidence of damage."""
        records, _damaged = self.load()
        current = {r.record_id: (r.revision, r.payload) for r in records}
        deletes = set(tx.deletes) if tx is not None else set()
        if tx is not None:
            for record_id in deletes:
                current.pop(record_id, None)
            current.update(tx.puts)
        new_key_id = self._key_id + 1
        cipher = self._cipher(new_key_id)
        entries = dict(self._entries)
        counters: dict[int, int] = {}  # older keys never encrypt again
        try:
            with self._conn.begin(), _sql_errors():
                counters[new_key_id] = self._write_rows(cipher, new_key_id, current, deletes, entries)
                if self._has_index:  # every shard anew under the new key (or none, with no light function)
                    self._conn.execute(delete(RecordIndexRow))
                    if self._light_fn is not None:
                        shards: dict[int, ShardEntries] = {record_id[0]: {} for record_id in current}
                        self._update_shards(shards, current, entries)
                        counters[new_key_id] += self._write_shards(new_key_id, shards)
                self._write_manifest(entries, self._epoch + 1, new_key_id, counters)
        except BaseException:
            self._conn.rollback() if self._conn.in_transaction() else None
            raise
        self._entries, self._counters, self._key_id, self._epoch = entries, counters, new_key_id, self._epoch + 1
        self._committed()

    def rotate_record_key(self) -> None:
        with self._mutex:
            self._require_open()
            self._require_writable()
            self._rotate_key()

    def revision_of(self, record_id: bytes) -> int:
        entry = self._entries.get(record_id)
        return _ENTRY.unpack(entry)[1] if entry else 0

    @property
    def record_count(self) -> int:
        return len(self._entries)

    # --- manifest -------------------------------------------------------------------------------

    def _write_manifest(self, entries: dict[bytes, bytes], epoch: int, key_id: int, counters: dict[int, int]) -> None:
        head = json.dumps({"key_id": key_id, "counters": {str(k): v for k, v in counters.items()}},
                          separators=(",", ":")).encode("ascii")
        body = _MANIFEST_HEAD.pack(len(head)) + head + b"".join(entries.values())
        nonce, ciphertext = self._manifest_cipher.encrypt(epoch, body)
        stmt = sqlite_insert(ManifestRow).values(id=1, epoch=epoch, nonce=nonce, ciphertext=ciphertext)
        stmt = stmt.on_conflict_do_update(index_elements=[ManifestRow.id], set_={
            "epoch": stmt.excluded.epoch, "nonce": stmt.excluded.nonce, "ciphertext": stmt.excluded.ciphertext})
        self._conn.execute(stmt)
        if self.header.format_version >= FORMAT_PINNED:  # same transaction: the header pins this manifest
            pin = self._manifest_pin.pin(epoch, nonce, ciphertext)
            self._conn.execute(update(VaultMeta).where(VaultMeta.id == 1).values(manifest_pin=pin))
            self.header = dataclasses.replace(self.header, pin=pin)

    def _read_manifest(self) -> None:
        """Read and authenticate the manifest, and check it against the header's pin (format 2).

        Whatever is wrong becomes an integrity problem that refuses writes; records stay readable:
        with no usable manifest, each row that authenticates by itself is shown (the AEAD still binds
        it to its id and revision), but nothing confirms it is the latest, so nothing is adopted for
        good until the person accepts it."""
        with _sql_errors():
            row = self._conn.execute(select(ManifestRow).where(ManifestRow.id == 1)).mappings().first()
            self._conn.rollback()
        pinned = self.header.format_version >= FORMAT_PINNED
        pinned_epoch = ManifestPin.pinned_epoch(self.header.pin) if pinned else None
        if pinned_epoch is not None and pinned_epoch >= _PLAUSIBLE_EPOCH:
            pinned_epoch = None
        if row is None:
            self._epoch = pinned_epoch or 0  # go on counting from the epoch the header names
            self._without_manifest(IntegrityCode.MANIFEST_REMOVED if pinned else IntegrityCode.MANIFEST_MISSING)
            return
        try:
            body = self._manifest_cipher.decrypt(row["epoch"], row["nonce"], row["ciphertext"])
            (head_len,) = _MANIFEST_HEAD.unpack_from(body)
            head = json.loads(body[4:4 + head_len])
            table = body[4 + head_len:]
            if len(table) % _ENTRY.size:
                raise ValueError("manifest table size")
            size = _ENTRY.size
            entries = {table[i:i + 16]: table[i:i + size] for i in range(0, len(table), size)}
            key_id = int(head["key_id"])
            counters = {int(k): int(v) for k, v in head["counters"].items()}
            epoch = int(row["epoch"])
        except (DecryptionFailed, ValueError, KeyError, TypeError, AttributeError, struct.error):
            self._epoch = max(row["epoch"] if _is_uint(row["epoch"], 62) else 0, pinned_epoch or 0)
            self._without_manifest(IntegrityCode.MANIFEST_DAMAGED)
            return
        self._entries, self._key_id, self._counters, self._epoch = entries, key_id, counters, epoch
        if pinned and not self._manifest_pin.matches(self.header.pin, epoch, row["nonce"], row["ciphertext"]):
            # Authentic, but not the manifest the header pins: an older one put back (or the pin edited).
            # Rows are still checked against it (that shows what changed since); the counters in it may
            # be behind, and the next epoch must pass the pinned one.
            self._epoch = max(epoch, pinned_epoch or 0)
            self._problems = (*self._problems, IntegrityProblem(IntegrityCode.MANIFEST_MISMATCH))

    def _without_manifest(self, code: IntegrityCode) -> None:
        self._problems = (*self._problems, IntegrityProblem(code))
        self._key_id = self._max_key_id()
        self._entries = self._adopted_entries()
        # The nonce count for the current key is lost with the manifest: move to a fresh key on
        # the next write rather than risk exceeding the budget.
        self._counters = {self._key_id: NONCE_BUDGET}

    def _pin_if_unpinned(self, kek: bytes) -> None:
        """Upgrade a format-1 vault whose manifest is intact to format 2, in one transaction: the
        passphrase wrap re-made under the format-2 label (same key and parameters), the format, and
        the pin on the current manifest. A vault whose manifest is missing or damaged is left as it
        is (its problem refuses writes; the next unlock after the person chose upgrades it)."""
        if self.header.format_version >= FORMAT_PINNED or self._problems:
            return
        params = self.header.kdf
        wrap_pw = keys.wrap(kek, self._dek, _wrap_aad_pw(self.vault_id, params, FORMAT_PINNED))
        with self._conn.begin(), _sql_errors():
            row = self._conn.execute(select(ManifestRow.epoch, ManifestRow.nonce, ManifestRow.ciphertext)
                                     .where(ManifestRow.id == 1)).first()
            if row is None or row[0] != self._epoch:  # changed since it was read: leave it for next time
                return
            pin = self._manifest_pin.pin(self._epoch, bytes(row[1]), bytes(row[2]))
            self._conn.execute(update(VaultMeta).where(VaultMeta.id == 1).values(
                format_version=FORMAT_PINNED, wrap_pw=wrap_pw, manifest_pin=pin))
        self.header = dataclasses.replace(self.header, format_version=FORMAT_PINNED, pin=pin)

    def _max_key_id(self) -> int:
        with _sql_errors():
            values = self._conn.execute(select(RecordRow.key_id).distinct()).scalars().all()
            self._conn.rollback()
        return max((v for v in values if _is_uint(v, 32) and v > 0), default=1)

    def _adopted_entries(self) -> dict[bytes, bytes]:
        """Manifest entries for every well-formed row as it stands (its own revision and tag). Rows
        that do not decrypt stay in, so they are still reported as damaged."""
        with _sql_errors():
            rows = self._conn.execute(select(RecordRow.id, RecordRow.revision, RecordRow.ciphertext)).all()
            self._conn.rollback()
        return {bytes(r[0]): _ENTRY.pack(bytes(r[0]), r[1], bytes(r[2])[-16:]) for r in rows
                if isinstance(r[0], bytes) and len(r[0]) == 16 and _is_uint(r[1], 63)
                and isinstance(r[2], bytes) and len(r[2]) >= 16}

    def _cipher(self, key_id: int) -> RecordCipher:
        return self._keyed(self._ciphers, RecordCipher, key_id)

    def _keyed(self, cache: dict[int, _Cipher], cls: type[_Cipher], key_id: int) -> _Cipher:
        """The cipher of class `cls` under record key `key_id`, made once per vault and key id."""
        cipher = cache.get(key_id)
        if cipher is None:
            self._require_open()
            cipher = cache[key_id] = cls(keys.record_key(self._dek, self.vault_id, key_id), self.vault_id, key_id)
        return cipher

    # --- keys -----------------------------------------------------------------------------------

    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphrase unless `passphrase` unwraps this vault's data key (full KDF cost)."""
        with self._mutex:
            self._require_open()
            with _sql_errors():
                row = self._conn.execute(select(VaultMeta.wrap_pw).where(VaultMeta.id == 1)).first()
                self._conn.rollback()
            params = self.header.kdf
            kek = derive(normalise_passphrase(passphrase), params, _kek_ad(self.vault_id))
            keys.wipe(keys.unwrap(kek, bytes(row[0]), _wrap_aad_pw(self.vault_id, params, self.header.format_version)))

    def change_passphrase(self, new_passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY) -> None:
        """Re-wrap the data key under the new passphrase: exactly one row changes."""
        with self._mutex:
            self._require_open()
            self._rewrap_passphrase(new_passphrase, _upgraded(self.header.kdf, policy).with_new_salt())

    def _rewrap_passphrase(self, passphrase: str, params: KdfParams) -> None:
        fmt = self.header.format_version
        kek = derive(normalise_passphrase(passphrase), params, _kek_ad(self.vault_id))
        wrap_pw = keys.wrap(kek, self._dek, _wrap_aad_pw(self.vault_id, params, fmt))
        with self._conn.begin(), _sql_errors():
            self._conn.execute(update(VaultMeta).where(VaultMeta.id == 1).values(kdf=params.canonical(), wrap_pw=wrap_pw))
        self.header = dataclasses.replace(self.header, kdf=params)

    def _write_meta(self, passphrase: str, params: KdfParams, kit: RecoveryKit) -> None:
        """Both wraps anew (recovery). A format-1 vault whose manifest is intact is upgraded to
        format 2 in the same write; a pinned one keeps its pin, and both wraps now bind the format."""
        upgrade = self.header.format_version < FORMAT_PINNED and not self._problems
        fmt = FORMAT_PINNED if upgrade else self.header.format_version
        kek = derive(normalise_passphrase(passphrase), params, _kek_ad(self.vault_id))
        wrap_pw = keys.wrap(kek, self._dek, _wrap_aad_pw(self.vault_id, params, fmt))
        wrap_rk = keys.wrap(keys.recovery_kek(kit.secret, self.vault_id), self._dek, _wrap_aad_rk(self.vault_id, fmt))
        values: dict[str, object] = {"kdf": params.canonical(), "wrap_pw": wrap_pw, "wrap_rk": wrap_rk}
        pin = self.header.pin
        with self._conn.begin(), _sql_errors():
            if upgrade:
                row = self._conn.execute(select(ManifestRow.epoch, ManifestRow.nonce, ManifestRow.ciphertext)
                                         .where(ManifestRow.id == 1)).first()
                if row is not None and row[0] == self._epoch:
                    pin = self._manifest_pin.pin(self._epoch, bytes(row[1]), bytes(row[2]))
                    values |= {"format_version": FORMAT_PINNED, "manifest_pin": pin}
                else:  # changed since it was read: stay in format 1 for now
                    fmt = self.header.format_version
                    values |= {"wrap_pw": keys.wrap(kek, self._dek, _wrap_aad_pw(self.vault_id, params, fmt)),
                               "wrap_rk": keys.wrap(keys.recovery_kek(kit.secret, self.vault_id), self._dek,
                                                    _wrap_aad_rk(self.vault_id, fmt))}
            self._conn.execute(update(VaultMeta).where(VaultMeta.id == 1).values(**values))
        self.header = dataclasses.replace(self.header, format_version=fmt, kdf=params, pin=pin)

    def new_recovery_kit(self) -> RecoveryKit:
        """Replace the recovery kit (the old one stops working)."""
        with self._mutex:
            self._require_open()
            kit = RecoveryKit.generate()
            wrap_rk = keys.wrap(keys.recovery_kek(kit.secret, self.vault_id), self._dek,
                                _wrap_aad_rk(self.vault_id, self.header.format_version))
            with self._conn.begin(), _sql_errors():
                self._conn.execute(update(VaultMeta).where(VaultMeta.id == 1).values(wrap_rk=wrap_rk))
            return kit

    # --- backups --------------------------------------------------------------------------------

    def backup_to(self, dest: Path) -> Path:
        """A consistent encrypted copy (SQLite's online backup), written privately and atomically."""
        dest = Path(dest)
        with self._mutex:
            self._require_open()
            tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
            remove_quietly(tmp)
            try:
                with os_errors("write the backup"):
                    create_private_file(tmp)
                    target = sqlite3.connect(tmp)
                    try:
                        with _sql_errors():
                            source = self._conn.connection.dbapi_connection
                            source.backup(target)
                        target.execute("PRAGMA journal_mode=DELETE")
                        target.commit()
                    except sqlite3.OperationalError as exc:
                        if "full" in str(exc).lower():
                            raise StorageFull() from exc
                        raise BackupError("The backup could not be written.") from exc
                    finally:
                        target.close()
                    fsync_file(tmp)
                    os.replace(tmp, dest)
                    fsync_dir(dest.parent)
            except BaseException:
                remove_quietly(tmp)
                raise
            return dest

    def manifest_fingerprint(self) -> tuple[int, bytes]:
        # Under the mutex: the rotating backup calls this from a worker while the UI may be saving.
        with self._mutex:
            self._require_open()
            with _sql_errors():
                row = self._conn.execute(
                    select(ManifestRow.epoch, ManifestRow.nonce).where(ManifestRow.id == 1)).first()
                self._conn.rollback()
        return (int(row[0]), bytes(row[1])) if row else (0, b"")

    # --- closing --------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._dek is not None

    def _require_open(self) -> None:
        if self._dek is None:
            raise VaultLocked()

    def close(self) -> None:
        """Checkpoint and truncate the WAL, drop keys and release the instance lock."""
        with self._mutex:
            if self._dek is None:
                return
            try:
                with contextlib.suppress(Exception):
                    if self._conn.in_transaction():
                        self._conn.rollback()
                    db.checkpoint(self._conn)
                    self._conn.commit()
                self._conn.close()
                self._engine.dispose()
            finally:
                keys.wipe(self._dek)
                self._dek = None
                self._prefetched = None
                self._ciphers.clear()
                self._index_ciphers.clear()
                self._unverified = []
                self._entries = {}
                if self._lock:
                    self._lock.release()

    lock = close

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Vault({self.path.name}, {'open' if self.is_open else 'locked'})"


_SELECT_ROWS = "SELECT id, key_id, revision, nonce, ciphertext FROM records"
_SELECT_SOME = _SELECT_ROWS + " WHERE id IN ({})"
_READ_BATCH = 500  # ids per query: well under SQLite's limit on bound parameters


def _consumed(rows: list[tuple]) -> Iterator[tuple]:
    """The rows in order, each removed from the list as it is handed out (the list ends empty)."""
    rows.reverse()
    pop = rows.pop
    while rows:
        yield pop()


def _fetch_rows(dbapi_conn) -> list[tuple]:
    cursor = dbapi_conn.execute(_SELECT_ROWS)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


_SELECT_INDEX = "SELECT id, key_id, revision, nonce, ciphertext FROM record_index"


def _fetch_index_rows(dbapi_conn) -> list[tuple]:
    cursor = dbapi_conn.execute(_SELECT_INDEX)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


def _fetch_ids(dbapi_conn) -> set[bytes]:
    cursor = dbapi_conn.execute("SELECT id FROM records")
    try:
        ids = cursor.fetchall()
    finally:
        cursor.close()
    return {value if type(value) is bytes else _id_bytes(value) for (value,) in ids}


def _pack_shard(entries: ShardEntries) -> bytes:
    pack = _INDEX_ENTRY.pack
    parts = [bytes((_INDEX_VERSION,))]
    for record_id in sorted(entries):
        revision, tag, was_cut, light = entries[record_id]
        parts.append(pack(record_id, revision, tag, 1 if was_cut else 0, len(light)))
        parts.append(light)
    return b"".join(parts)


def _current_in_shard(number: int, plain: bytes, manifest: dict[bytes, bytes], stored_ids: set[bytes],
                      ) -> tuple[list[StoredRecord], list[bytes]]:
    """The records of shard `number` whose index entry is current — its id, revision and tag exactly the
    manifest's entry (the first 40 bytes of an index entry are laid out as a manifest entry) and a row in
    the table — with their light payloads, and the ids among them whose payload was cut. ValueError
    for a plaintext that is not what _pack_shard writes (the same checks as _parse_shard, in one pass:
    this is what unlocking spends its time on)."""
    if not plain or plain[0] != _INDEX_VERSION:
        raise ValueError("unknown index version")
    found: list[StoredRecord] = []
    cut: list[bytes] = []
    seen: set[bytes] = set()
    unpack = _INDEX_ENTRY.unpack_from
    size = _INDEX_ENTRY.size
    key = _ENTRY.size
    position, end = 1, len(plain)
    while position < end:
        if end - position < size:
            raise ValueError("truncated entry")
        record_id, revision, _tag, flag, length = unpack(plain, position)
        start = position + size
        if flag > 1 or length > end - start or record_id[0] != number or record_id in seen or revision >= _U63_END:
            raise ValueError("malformed entry")
        seen.add(record_id)
        if manifest.get(record_id) == plain[position:position + key] and record_id in stored_ids:
            found.append(StoredRecord(record_id, revision, plain[start:start + length]))
            if flag:
                cut.append(record_id)
        position = start + length
    return found, cut


def _parse_shard(number: int, plain: bytes) -> ShardEntries:
    """A shard's entries; ValueError for anything but what _pack_shard writes for shard `number`."""
    if not plain or plain[0] != _INDEX_VERSION:
        raise ValueError("unknown index version")
    entries: ShardEntries = {}
    unpack = _INDEX_ENTRY.unpack_from
    size = _INDEX_ENTRY.size
    position, end = 1, len(plain)
    while position < end:
        if end - position < size:
            raise ValueError("truncated entry")
        record_id, revision, tag, flag, length = unpack(plain, position)
        position += size
        if flag > 1 or length > end - position or record_id[0] != number or record_id in entries \
                or revision >= _U63_END:
            raise ValueError("malformed entry")
        entries[record_id] = (revision, tag, flag == 1, plain[position:position + length])
        position += length
    return entries


class _Prefetch:
    """Reads every row of the record index (small: light payloads), every record's id (from the primary
    key's index) and the manifest's (epoch, nonce) in one read transaction on a helper thread. Any
    failure just leaves `rows` and `ids` None: load_light() then queries as usual. They are used only if
    the manifest the vault then reads is the one seen here (every write rewrites it with a fresh nonce in
    the same transaction as its rows), so they match the manifest they are checked against."""

    __slots__ = ("_conn", "_thread", "rows", "ids", "manifest", "epoch")

    def __init__(self, dbapi_conn) -> None:
        self._conn = dbapi_conn
        self.rows: list[tuple] | None = None
        self.ids: set[bytes] | None = None
        self.manifest: tuple[int, bytes] | None = None
        self.epoch: int | None = None
        self._thread = threading.Thread(target=self._run, name="vault-prefetch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn = self._conn
        try:
            conn.execute("BEGIN")
            try:
                rows = _fetch_index_rows(conn)
                ids = _fetch_ids(conn)
                manifest = conn.execute("SELECT epoch, nonce FROM manifest WHERE id = 1").fetchone()
            finally:
                conn.execute("ROLLBACK")
            if manifest is not None and _is_uint(manifest[0], 63) and isinstance(manifest[1], bytes):
                self.manifest = (int(manifest[0]), bytes(manifest[1]))
                self.epoch = int(manifest[0])
                self.rows, self.ids = rows, ids
        except Exception:  # noqa: BLE001 - any problem (an old vault without the index): read later
            self.rows = self.ids = None

    def join(self) -> None:
        self._thread.join()
        with contextlib.suppress(Exception):
            if self._conn.in_transaction:  # a failed ROLLBACK must not leave a read open
                self._conn.rollback()


class _Transaction:
    __slots__ = ("_vault", "puts", "deletes")

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self.puts: dict[bytes, tuple[int, bytes]] = {}
        self.deletes: set[bytes] = set()

    def put(self, record_id: bytes, payload: bytes) -> int:
        if not isinstance(record_id, bytes) or len(record_id) != 16:
            raise ValueError("record ids are 16 bytes")
        pending = self.puts.get(record_id)
        revision = (pending[0] if pending else self._vault.revision_of(record_id)) + 1
        self.deletes.discard(record_id)
        self.puts[record_id] = (revision, bytes(payload))
        return revision

    def delete(self, record_id: bytes) -> None:
        self.puts.pop(record_id, None)
        self.deletes.add(record_id)


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        remove_quietly(Path(str(path) + suffix))


def _upgraded(params: KdfParams, policy: KdfPolicy) -> KdfParams:
    """Never downgrade: take the stronger of what the vault has and what the policy demands."""
    return KdfParams(max(params.memory_kib, policy.min_memory_kib), max(params.iterations, policy.min_iterations),
                     params.lanes, params.salt)


def _check_revision_readable(conn) -> str:
    revision = db.schema_revision(conn)
    if revision is None:
        raise VaultCorrupt("This file is not an Integration Journal vault, or it is damaged.")
    if revision not in db.KNOWN_REVISIONS:
        raise UnsupportedVersion("This journal was written by a newer version of Integration Journal. "
                                 "Please update the app to open it.")
    return revision


_META_COLUMNS = (VaultMeta.magic, VaultMeta.format_version, VaultMeta.vault_id, VaultMeta.kdf, VaultMeta.wrap_pw,
                 VaultMeta.wrap_rk)


def _read_meta(conn, revision: str):
    """The header row; `manifest_pin` exists from schema 0002 on (an old backup opened read-only is
    never migrated, so it has no such column)."""
    columns = _META_COLUMNS if revision == "0001" else (*_META_COLUMNS, VaultMeta.manifest_pin)
    return conn.execute(select(*columns).where(VaultMeta.id == 1)).mappings().first()


def _parse_header(row) -> VaultHeader:
    if row is None:
        raise VaultCorrupt("The journal's header is missing; the file is damaged.")
    if row["magic"] != MAGIC:
        raise VaultCorrupt("This file is not an Integration Journal vault.")
    if type(row["format_version"]) is not int or row["format_version"] not in KNOWN_FORMATS:
        raise UnsupportedVersion("This journal uses a vault format this version does not know.")
    vault_id = row["vault_id"]
    if not isinstance(vault_id, bytes) or len(vault_id) != VAULT_ID_BYTES or not isinstance(row["kdf"], bytes):
        raise VaultCorrupt("The journal's header is damaged.")
    pin = row.get("manifest_pin")
    return VaultHeader(vault_id, row["format_version"], KdfParams.from_canonical(row["kdf"]),
                       pin if isinstance(pin, bytes) else None)


_U32_END = 1 << 32
_U63_END = 1 << 63


def _is_uint(value: object, bits: int) -> bool:
    return type(value) is int and 0 <= value < 1 << bits


def _row_well_formed(key_id: object, revision: object, nonce: object, ciphertext: object) -> bool:
    """Values that fit the AAD's fixed-width fields and are blobs where blobs belong. Anything else
    was written behind the app's back; it must mark that one record damaged, not break load()."""
    return (_is_uint(key_id, 32) and _is_uint(revision, 63)
            and isinstance(nonce, bytes) and isinstance(ciphertext, bytes))


def _id_bytes(value: object) -> bytes:
    """A stored record id as bytes, whatever SQLite type an outside edit left in the column."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    return repr(value).encode("ascii", "backslashreplace")
