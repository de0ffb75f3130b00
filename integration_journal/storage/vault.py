"""The Vault: the one place where keys meet SQL. Implements core.store.RecordStore.

A vault file holds a header row (`vault_meta`), one table of encrypted records and an encrypted
manifest of (record id, revision, tag) that is rewritten in the same transaction as every change, so
that rows deleted, rolled back or slipped in behind the app's back are noticed at unlock.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import struct
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, OperationalError

from integration_journal.core.store import DamagedRecord, StoredRecord
from integration_journal.crypto import keys
from integration_journal.crypto.kdf import PRODUCTION_POLICY, KdfParams, KdfPolicy, calibrate, derive, normalise_passphrase
from integration_journal.crypto.records import DecryptionFailed, ManifestCipher, RecordCipher
from integration_journal.crypto.recovery import RecoveryKit
from integration_journal.errors import (
    BackupError,
    BadRecoveryKit,
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
from integration_journal.storage.models import ManifestRow, RecordRow, VaultMeta
from integration_journal.storage.paths import backups_dir, lock_file, vault_file  # noqa: F401 (re-exported)

MAGIC = "IJVAULT1"
FORMAT_VERSION = 1
VAULT_ID_BYTES = 16
# SP 800-38D allows 2^32 random-nonce encryptions per key; rotate with a 16x margin.
NONCE_BUDGET = 2**28

_ENTRY = struct.Struct(">16sQ16s")  # record id, revision, GCM tag
_MANIFEST_HEAD = struct.Struct(">I")

DamageReason = str
REASON_UNREADABLE = "it could not be decrypted: the stored bytes were damaged or altered"
REASON_MISSING = "it is missing: it was deleted outside the app"
REASON_ROLLED_BACK = "it was replaced by an older version of itself outside the app"
REASON_FOREIGN = "it does not belong to this journal's history (added outside the app)"
REASON_MISMATCH = "it does not match the journal's integrity record"


@dataclass(frozen=True, slots=True)
class VaultHeader:
    """What can be read before unlocking: nothing about the person."""

    vault_id: bytes
    format_version: int
    kdf: KdfParams


def _wrap_aad_pw(vault_id: bytes, params: KdfParams) -> bytes:
    return keys.LABEL_WRAP_PW + vault_id + params.canonical()


def _wrap_aad_rk(vault_id: bytes) -> bytes:
    return keys.LABEL_WRAP_RK + vault_id


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
        self._ciphers: dict[int, RecordCipher] = {}
        # Manifest state, authenticated: record id -> packed entry; plus key id and nonce counters.
        self._entries: dict[bytes, bytes] = {}
        self._epoch = 0
        self._key_id = 1
        self._counters: dict[int, int] = {}
        self.manifest_problem: str | None = None

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY,
        progress: Callable[[float], None] | None = None, take_lock: bool = True,
    ) -> tuple[Vault, RecoveryKit]:
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
            wrap_pw = keys.wrap(kek, dek, _wrap_aad_pw(vault_id, params))
            wrap_rk = keys.wrap(keys.recovery_kek(kit.secret, vault_id), dek, _wrap_aad_rk(vault_id))
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
                _check_revision_readable(conn)
                row = conn.execute(select(VaultMeta).where(VaultMeta.id == 1)).mappings().first()
        finally:
            engine.dispose()
        return _parse_header(row)

    @classmethod
    def unlock(
        cls, path: Path, passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY, take_lock: bool = True,
        read_only: bool = False,
    ) -> Vault:
        """Derive the key, unwrap the data key, read the manifest. Wrong passphrase and a damaged
        or edited wrap raise the same WrongPassphrase, after the same full KDF cost."""
        def unwrap(row, header: VaultHeader) -> bytearray:
            kek = derive(normalise_passphrase(passphrase), header.kdf, _kek_ad(header.vault_id))
            return keys.unwrap(kek, row["wrap_pw"], _wrap_aad_pw(header.vault_id, header.kdf))

        vault = cls._open(path, unwrap, take_lock=take_lock, read_only=read_only)
        if not read_only and policy.is_below(vault.header.kdf):
            try:
                vault._rewrap_passphrase(passphrase, _upgraded(vault.header.kdf, policy).with_new_salt())
            except BaseException:
                vault.close()
                raise
        return vault

    @classmethod
    def recover(
        cls, path: Path, kit_text: str, new_passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY,
        take_lock: bool = True,
    ) -> tuple[Vault, RecoveryKit]:
        """Unlock with the recovery kit; sets the new passphrase and replaces the kit in one write."""
        kit = RecoveryKit.parse(kit_text)  # typos are caught here, before any key work

        def unwrap(row, header: VaultHeader) -> bytearray:
            try:
                return keys.unwrap(keys.recovery_kek(kit.secret, header.vault_id), row["wrap_rk"],
                                   _wrap_aad_rk(header.vault_id))
            except WrongPassphrase:
                raise BadRecoveryKit("This recovery kit does not belong to this journal, or it was replaced "
                                     "by a newer one.") from None

        vault = cls._open(path, unwrap, take_lock=take_lock, read_only=False)
        try:
            new_kit = RecoveryKit.generate()
            params = _upgraded(vault.header.kdf, policy).with_new_salt()
            vault._write_meta(new_passphrase, params, new_kit)
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
                    _check_revision_readable(conn)
                else:
                    db.migrate_if_needed(conn)
                row = conn.execute(select(VaultMeta).where(VaultMeta.id == 1)).mappings().first()
            header = _parse_header(row)
            # The KDF in unwrap releases the GIL: read the (encrypted) record rows meanwhile, on the
            # same connection, which this thread leaves alone until the prefetch is joined.
            conn = engine.connect()
            prefetch = _Prefetch(conn.connection.dbapi_connection)
            try:
                dek = unwrap(row, header)
            finally:
                prefetch.join()
            vault = cls(path=path, engine=engine, header=header, dek=dek, lock=lock, conn=conn)
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
            prefetched, self._prefetched = self._prefetched, None
            if prefetched is not None and prefetched.epoch == self._epoch:  # nothing written since
                rows = prefetched.rows
            else:
                with _sql_errors():
                    # The DBAPI cursor directly: SQLAlchemy's row objects cost ~15 % of loading a large vault.
                    self._conn.rollback()
                    rows = _fetch_rows(self._conn.connection.dbapi_connection)
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
            for record_id in entries.keys() - seen:
                damaged.append(DamagedRecord(record_id, REASON_MISSING))
            return records, damaged

    def verify(self) -> list[DamagedRecord]:
        """Every damaged record (and a damaged manifest) — empty when all is well."""
        _, damaged = self.load()
        if self.manifest_problem:
            damaged = [DamagedRecord(bytes(16), self.manifest_problem), *damaged]
        return damaged

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_Transaction]:
        """Puts and deletes inside commit together with the manifest, or not at all."""
        with self._mutex:
            self._require_open()
            tx = _Transaction(self)
            yield tx
            self._commit(tx)

    def _commit(self, tx: _Transaction) -> None:
        if not tx.puts and not tx.deletes:
            return
        entries = dict(self._entries)
        counters = dict(self._counters)
        key_id = self._key_id
        if counters.get(key_id, 0) + len(tx.puts) >= NONCE_BUDGET:
            self._rotate_key(tx)
            return
        cipher = self._cipher(key_id)
        try:
            with self._conn.begin(), _sql_errors():
                written = self._write_rows(cipher, key_id, tx.puts, tx.deletes, entries)
                counters[key_id] = counters.get(key_id, 0) + written
                self._write_manifest(entries, self._epoch + 1, key_id, counters)
        except BaseException:
            self._conn.rollback() if self._conn.in_transaction() else None
            raise
        self._entries, self._counters, self._epoch = entries, counters, self._epoch + 1
        self.manifest_problem = None

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
        with self._conn.begin(), _sql_errors():
            counters[new_key_id] = self._write_rows(cipher, new_key_id, current, deletes, entries)
            self._write_manifest(entries, self._epoch + 1, new_key_id, counters)
        self._entries, self._counters, self._key_id, self._epoch = entries, counters, new_key_id, self._epoch + 1
        self.manifest_problem = None

    def rotate_record_key(self) -> None:
        with self._mutex:
            self._require_open()
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

    def _read_manifest(self) -> None:
        with _sql_errors():
            row = self._conn.execute(select(ManifestRow).where(ManifestRow.id == 1)).mappings().first()
            self._conn.rollback()
        if row is None:
            self.manifest_problem = "The journal's integrity record is missing; deleted entries cannot be detected."
            self._key_id = self._max_key_id()
            self._adopt_rows_without_manifest()
            # The nonce count for the current key is lost with the manifest: move to a fresh key on
            # the next write rather than risk exceeding the budget.
            self._counters = {self._key_id: NONCE_BUDGET}
            return
        try:
            body = self._manifest_cipher.decrypt(row["epoch"], row["nonce"], row["ciphertext"])
            (head_len,) = _MANIFEST_HEAD.unpack_from(body)
            head = json.loads(body[4:4 + head_len])
            table = body[4 + head_len:]
            if len(table) % _ENTRY.size:
                raise ValueError("manifest table size")
            size = _ENTRY.size
            self._entries = {table[i:i + 16]: table[i:i + size] for i in range(0, len(table), size)}
            self._key_id = int(head["key_id"])
            self._counters = {int(k): int(v) for k, v in head["counters"].items()}
            self._epoch = int(row["epoch"])
        except (DecryptionFailed, ValueError, KeyError, TypeError, struct.error):
            self.manifest_problem = "The journal's integrity record is damaged; deleted entries cannot be detected."
            self._epoch = row["epoch"] if _is_uint(row["epoch"], 63) else 0
            self._key_id = self._max_key_id()
            self._adopt_rows_without_manifest()
            # The nonce count for the current key is lost with the manifest: move to a fresh key on
            # the next write rather than risk exceeding the budget.
            self._counters = {self._key_id: NONCE_BUDGET}

    def _max_key_id(self) -> int:
        with _sql_errors():
            values = self._conn.execute(select(RecordRow.key_id).distinct()).scalars().all()
            self._conn.rollback()
        return max((v for v in values if _is_uint(v, 32) and v > 0), default=1)

    def _adopt_rows_without_manifest(self) -> None:
        """With no usable manifest, trust each row that authenticates (the AEAD still binds it)."""
        with _sql_errors():
            rows = self._conn.execute(select(RecordRow.id, RecordRow.revision, RecordRow.ciphertext)).all()
            self._conn.rollback()
        self._entries = {bytes(r[0]): _ENTRY.pack(bytes(r[0]), r[1], bytes(r[2])[-16:]) for r in rows
                         if isinstance(r[0], bytes) and len(r[0]) == 16 and _is_uint(r[1], 63)
                         and isinstance(r[2], bytes) and len(r[2]) >= 16}

    def _cipher(self, key_id: int) -> RecordCipher:
        cipher = self._ciphers.get(key_id)
        if cipher is None:
            self._require_open()
            cipher = RecordCipher(keys.record_key(self._dek, self.vault_id, key_id), self.vault_id, key_id)
            self._ciphers[key_id] = cipher
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
            keys.wipe(keys.unwrap(kek, bytes(row[0]), _wrap_aad_pw(self.vault_id, params)))

    def change_passphrase(self, new_passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY) -> None:
        """Re-wrap the data key under the new passphrase: exactly one row changes."""
        with self._mutex:
            self._require_open()
            self._rewrap_passphrase(new_passphrase, _upgraded(self.header.kdf, policy).with_new_salt())

    def _rewrap_passphrase(self, passphrase: str, params: KdfParams) -> None:
        kek = derive(normalise_passphrase(passphrase), params, _kek_ad(self.vault_id))
        wrap_pw = keys.wrap(kek, self._dek, _wrap_aad_pw(self.vault_id, params))
        with self._conn.begin(), _sql_errors():
            self._conn.execute(update(VaultMeta).where(VaultMeta.id == 1).values(kdf=params.canonical(), wrap_pw=wrap_pw))
        self.header = VaultHeader(self.vault_id, self.header.format_version, params)

    def _write_meta(self, passphrase: str, params: KdfParams, kit: RecoveryKit) -> None:
        kek = derive(normalise_passphrase(passphrase), params, _kek_ad(self.vault_id))
        wrap_pw = keys.wrap(kek, self._dek, _wrap_aad_pw(self.vault_id, params))
        wrap_rk = keys.wrap(keys.recovery_kek(kit.secret, self.vault_id), self._dek, _wrap_aad_rk(self.vault_id))
        with self._conn.begin(), _sql_errors():
            self._conn.execute(update(VaultMeta).where(VaultMeta.id == 1).values(
                kdf=params.canonical(), wrap_pw=wrap_pw, wrap_rk=wrap_rk))
        self.header = VaultHeader(self.vault_id, self.header.format_version, params)

    def new_recovery_kit(self) -> RecoveryKit:
        """Replace the recovery kit (the old one stops working)."""
        with self._mutex:
            self._require_open()
            kit = RecoveryKit.generate()
            wrap_rk = keys.wrap(keys.recovery_kek(kit.secret, self.vault_id), self._dek, _wrap_aad_rk(self.vault_id))
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


def _fetch_rows(dbapi_conn) -> list[tuple]:
    cursor = dbapi_conn.execute(_SELECT_ROWS)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


class _Prefetch:
    """Reads every record row and the manifest's (epoch, nonce) in one read transaction on a helper
    thread. Any failure just leaves `rows` None: load() then queries as usual. The rows are used only
    if the manifest the vault then reads is the one seen here (every write rewrites it with a fresh
    nonce in the same transaction as its rows), so they match the manifest they are checked against."""

    __slots__ = ("_conn", "_thread", "rows", "manifest", "epoch")

    def __init__(self, dbapi_conn) -> None:
        self._conn = dbapi_conn
        self.rows: list[tuple] | None = None
        self.manifest: tuple[int, bytes] | None = None
        self.epoch: int | None = None
        self._thread = threading.Thread(target=self._run, name="vault-prefetch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        conn = self._conn
        try:
            conn.execute("BEGIN")
            try:
                rows = _fetch_rows(conn)
                manifest = conn.execute("SELECT epoch, nonce FROM manifest WHERE id = 1").fetchone()
            finally:
                conn.execute("ROLLBACK")
            if manifest is not None and _is_uint(manifest[0], 63) and isinstance(manifest[1], bytes):
                self.manifest = (int(manifest[0]), bytes(manifest[1]))
                self.epoch = int(manifest[0])
                self.rows = rows
        except Exception:  # noqa: BLE001 - any problem: load() reads the rows itself
            self.rows = None

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


def _check_revision_readable(conn) -> None:
    revision = db.schema_revision(conn)
    if revision is None:
        raise VaultCorrupt("This file is not an Integration Journal vault, or it is damaged.")
    if revision not in db.KNOWN_REVISIONS:
        raise UnsupportedVersion("This journal was written by a newer version of Integration Journal. "
                                 "Please update the app to open it.")


def _parse_header(row) -> VaultHeader:
    if row is None:
        raise VaultCorrupt("The journal's header is missing; the file is damaged.")
    if row["magic"] != MAGIC:
        raise VaultCorrupt("This file is not an Integration Journal vault.")
    if row["format_version"] != FORMAT_VERSION:
        raise UnsupportedVersion("This journal uses a vault format this version does not know.")
    vault_id = row["vault_id"]
    if not isinstance(vault_id, bytes) or len(vault_id) != VAULT_ID_BYTES or not isinstance(row["kdf"], bytes):
        raise VaultCorrupt("The journal's header is damaged.")
    return VaultHeader(vault_id, row["format_version"], KdfParams.from_canonical(row["kdf"]))


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
