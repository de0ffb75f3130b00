"""An unlocked journal in a data folder: the vault, the domain journal over it, and its backups.

This is what the CLI and the GUI open; it joins storage and core without either knowing the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from integration_journal.core.journal import Clock, Journal
from integration_journal.core.records import Profile, Role
from integration_journal.core.store import DamagedRecord
from integration_journal.crypto.kdf import PRODUCTION_POLICY, KdfPolicy
from integration_journal.crypto.recovery import RecoveryKit
from integration_journal.storage.backups import keep_rotating_backup
from integration_journal.storage.files import remove_quietly
from integration_journal.storage.vault import Vault, vault_file


@dataclass
class Workspace:
    data_dir: Path
    vault: Vault
    journal: Journal

    @classmethod
    def create(
        cls, data_dir: Path, passphrase: str, *, role: str, display_name: str,
        policy: KdfPolicy = PRODUCTION_POLICY, progress: Callable[[float], None] | None = None,
        clock: Clock | None = None, tz: dt.tzinfo | None = None,
    ) -> tuple[Workspace, RecoveryKit]:
        """A new vault with its profile. If anything fails before the kit can be shown, the half-made
        vault is removed again, so trying once more does not meet "a journal already exists"."""
        profile = Profile(role=Role(role), display_name=display_name)  # validate before any KDF work
        vault, kit = Vault.create(vault_file(data_dir), passphrase, policy=policy, progress=progress)
        try:
            journal = Journal.open(vault, clock, tz=tz)
            journal.add(profile)
            journal.audit("journal_created")
        except BaseException:
            path = vault.path
            vault.close()
            for suffix in ("", "-wal", "-shm", "-journal"):
                remove_quietly(Path(str(path) + suffix))
            raise
        return cls(data_dir, vault, journal), kit

    @classmethod
    def open(
        cls, data_dir: Path, passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY, backup: bool = True,
        defer_entries: bool = False, clock: Clock | None = None, tz: dt.tzinfo | None = None,
    ) -> Workspace:
        """`defer_entries`: see Journal.open; the app's unlock then finishes with load_more().
        `clock` and `tz`: the journal's "now" and the zone of its calendar days (see Journal.open)."""
        vault = Vault.unlock(vault_file(data_dir), passphrase, policy=policy)
        return cls._attach(data_dir, vault, backup=backup, defer_entries=defer_entries, clock=clock, tz=tz)

    @classmethod
    def recover(
        cls, data_dir: Path, kit_text: str, new_passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY,
        clock: Clock | None = None, tz: dt.tzinfo | None = None,
    ) -> tuple[Workspace, RecoveryKit]:
        vault, kit = Vault.recover(vault_file(data_dir), kit_text, new_passphrase, policy=policy)
        return cls._attach(data_dir, vault, backup=True, clock=clock, tz=tz), kit

    @classmethod
    def _attach(cls, data_dir: Path, vault: Vault, *, backup: bool, defer_entries: bool = False,
                clock: Clock | None = None, tz: dt.tzinfo | None = None) -> Workspace:
        try:
            if backup:
                keep_rotating_backup(vault, data_dir)
            journal = Journal.open(vault, clock, tz=tz, defer_entries=defer_entries)
        except BaseException:
            vault.close()
            raise
        return cls(data_dir, vault, journal)

    @property
    def damaged(self) -> list[DamagedRecord]:
        """What could not be read; while entries are still deferred (`loading`), what was found so far."""
        return list(self.journal.damaged_so_far)

    @property
    def loading(self) -> bool:
        """True while the journal still has entries to decode (see Journal.open's defer_entries)."""
        return self.journal.loading

    def load_more(self, count: int = 1000) -> bool:
        """Decode up to `count` deferred entries; True while more remain."""
        return self.journal.load_more(count)

    def close(self) -> None:
        self.vault.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
