"""Encrypted backups: rotating copies kept at unlock, explicit backups, and verified restore."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from integration_journal.core.english import count_of
from integration_journal.crypto.kdf import PRODUCTION_POLICY, KdfPolicy
from integration_journal.errors import BackupError, VaultCorrupt, VaultNotFound
from integration_journal.storage.files import fsync_dir, fsync_file, os_errors, private_dir, remove_quietly
from integration_journal.storage.instance import InstanceLock
from integration_journal.storage.rollback_guard import RollbackGuard
from integration_journal.storage.vault import Vault, backups_dir, lock_file

KEEP_ROTATING = 20
_PREFIX = "journal-"
_SUFFIX = ".ijbackup"


@dataclass(frozen=True)
class BackupFile:
    """One backup file as a person chooses among them: when it was made (from its name, in UTC), why
    ("" for a rotating copy, else the step it was kept before: "restore", "accept") and
    its size. Nothing here needs the passphrase or reads inside the file."""
    path: Path
    made: dt.datetime | None
    kept_before: str
    size: int


def describe_backup(path: Path) -> BackupFile:
    stem = path.name[len(_PREFIX):-len(_SUFFIX)] if path.name.startswith(_PREFIX) and path.name.endswith(
        _SUFFIX) else ""
    stamp, _, why = stem.partition("-")
    try:
        made = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
    except ValueError:
        made = None
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    return BackupFile(path, made, why.removeprefix("before-"), size)


def describe_backups(data_dir: Path) -> list[BackupFile]:
    """The rotating backups of the journal in `data_dir`, newest first."""
    return [describe_backup(p) for p in rotating_backups(data_dir)]


def rotating_backups(data_dir: Path) -> list[Path]:
    """Newest first."""
    return backups_in(backups_dir(data_dir))


def backups_in(folder: Path) -> list[Path]:
    """The app's backup files in `folder`, newest first."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.name.startswith(_PREFIX) and p.name.endswith(_SUFFIX)),
                  key=lambda p: p.name, reverse=True)


def keep_rotating_backup(vault: Vault, data_dir: Path, keep: int = KEEP_ROTATING) -> Path | None:
    """Copy the vault into backups/ unless the newest copy already holds this exact state;
    then prune to the newest `keep`. Returns the new backup, or None when nothing changed."""
    return rotate_into(vault, private_dir(backups_dir(data_dir)), keep)


def rotate_into(vault: Vault, folder: Path, keep: int) -> Path | None:
    """The same rotation in any folder (e.g. one the person chose on a USB stick). The folder's own
    permissions are left alone; each backup file is created 0600.

    Nothing is written while the journal's integrity is in question (storage.integrity): a copy of the
    doubtful state at every unlock would, twenty unlocks later, push the good backups out of the
    rotation — the very copies a person may want to go back to."""
    if vault.integrity_problems:
        return None
    existing = backups_in(folder)
    if existing and same_state(vault, existing[0]):
        return None
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = vault.backup_to(folder / f"{_PREFIX}{stamp}{_SUFFIX}")
    for old in backups_in(folder)[keep:]:
        remove_quietly(old)
    return dest


def keep_copy_before(vault: Vault, data_dir: Path, what: str) -> Path:
    """An encrypted copy of the vault as it is, in backups/, named for the change about to be made
    (e.g. "accept"): written whatever the integrity state, never pruned before the rotation reaches it."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return vault.backup_to(private_dir(backups_dir(data_dir)) / f"{_PREFIX}{stamp}-before-{what}{_SUFFIX}")


def same_state(vault: Vault, backup: Path) -> bool:
    """Whether `backup` holds exactly the vault's current state (same manifest epoch and nonce)."""
    return _fingerprint_of(backup) == vault.manifest_fingerprint()


def _fingerprint_of(path: Path) -> tuple[int, bytes] | None:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT epoch, nonce FROM manifest WHERE id = 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return (int(row[0]), bytes(row[1])) if row else None


def verify_backup(backup: Path, passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY) -> int:
    """Unlock a backup read-only and decrypt every record; returns the record count.

    Raises WrongPassphrase (the backup keeps the passphrase it had when it was made), or
    VaultCorrupt naming how many records are damaged."""
    with _verified(backup, passphrase, policy) as vault:
        return vault.record_count


@contextlib.contextmanager
def _verified(backup: Path, passphrase: str, policy: KdfPolicy) -> Iterator[Vault]:
    backup = Path(backup)
    if not backup.is_file():
        raise VaultNotFound(f"No backup at {backup}.")
    vault = Vault.unlock(backup, passphrase, policy=policy, take_lock=False, read_only=True)
    try:
        damaged = vault.verify()
        if damaged:
            raise VaultCorrupt(f"The backup is damaged: {count_of(len(damaged), 'record')} failed verification. "
                               "Nothing was restored.")
        yield vault
    finally:
        vault.close()


def restore_backup(data_dir: Path, backup: Path, passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY,
                   remember_here: bool = True) -> int:
    """Replace the journal in data_dir with a verified backup. The current journal (if any) is kept
    as a rotating backup first, so a restore can itself be undone. A backup whose integrity is in any
    doubt (a damaged record, a missing or replaced integrity record) is refused.

    Restoring is the person's choice of an older state, so this computer's anti-rollback memory
    (storage.rollback_guard) is set to the backup's epoch: the next unlock does not warn about it."""
    with _verified(backup, passphrase, policy) as vault:
        count = vault.record_count
        _replace_with(data_dir, Path(backup))
        if remember_here:
            vault.remember_as_chosen(RollbackGuard.for_this_computer())
    return count


def _replace_with(data_dir: Path, backup: Path) -> None:
    private_dir(data_dir)
    target = data_dir / "journal.ijvault"
    with InstanceLock(lock_file(data_dir)):
        if target.exists():
            _preserve_current(target, data_dir)
        tmp = target.with_name(f".{target.name}.restore.partial")
        remove_quietly(tmp)
        try:
            with os_errors("restore the backup"):
                shutil.copyfile(backup, tmp)
                os.chmod(tmp, 0o600)
                fsync_file(tmp)
                # A leftover WAL from the replaced file must never be applied to the restored one.
                for suffix in ("-wal", "-shm", "-journal"):
                    remove_quietly(Path(str(target) + suffix))
                os.replace(tmp, target)
                fsync_dir(data_dir)
        except BaseException:
            remove_quietly(tmp)
            raise


def _preserve_current(target: Path, data_dir: Path) -> None:
    """Copy the current vault (including anything still in its WAL) into backups/ without a key."""
    import sqlite3

    folder = private_dir(backups_dir(data_dir))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = folder / f"{_PREFIX}{stamp}-before-restore{_SUFFIX}"
    try:
        with os_errors("keep a copy of the current journal"):
            fd = os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            source = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
            dst = sqlite3.connect(dest)
            try:
                source.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                dst.commit()
            finally:
                dst.close()
                source.close()
            fsync_file(dest)
    except sqlite3.Error as exc:
        remove_quietly(dest)
        raise BackupError("The current journal could not be copied aside, so nothing was restored.") from exc
