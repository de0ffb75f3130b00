"""An unlocked journal in a data folder: the vault, the domain journal over it, and its backups.

This is what the CLI and the GUI open; it joins storage and core without either knowing the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from integration_journal.core.codec import DEFAULT_CODEC
from integration_journal.core.journal import Clock, Journal
from integration_journal.core.records import Profile, Role, check_person_name
from integration_journal.core.store import DamagedRecord
from integration_journal.crypto.kdf import PRODUCTION_POLICY, KdfPolicy
from integration_journal.crypto.recovery import RecoveryKit
from integration_journal.storage.backups import keep_copy_before, keep_rotating_backup
from integration_journal.storage.files import remove_quietly
from integration_journal.storage.integrity import IntegrityProblem
from integration_journal.storage.memory import keep_out_of_collector, let_go_of_collector, release_free_heap
from integration_journal.storage.rollback_guard import RollbackGuard
from integration_journal.storage.vault import Vault, vault_file

# The security-log event of an explicit acceptance (details: which problems, how many records; no content).
ACCEPTED_EVENT = "integrity_state_accepted"


@dataclass
class Workspace:
    data_dir: Path
    vault: Vault
    journal: Journal
    # Security-log events that could not be written while the journal's integrity was in question
    # (e.g. "recovered_with_kit"): written right after the acceptance.
    deferred_audit: list[tuple[str, dict]] = field(default_factory=list)
    clock: Clock | None = None  # what the journal was opened with (an acceptance opens it again)
    tz: dt.tzinfo | None = None
    light: bool = False
    # Whether this workspace keeps its journal out of the collector's walks (storage.memory), until close.
    _held: bool = field(default=False, init=False, repr=False)

    def __post_init__(self) -> None:
        self.keep_out_of_collector()

    @classmethod
    def create(
        cls, data_dir: Path, passphrase: str, *, role: str, display_name: str,
        policy: KdfPolicy = PRODUCTION_POLICY, progress: Callable[[float], None] | None = None,
        clock: Clock | None = None, tz: dt.tzinfo | None = None, remember_here: bool = True,
    ) -> tuple[Workspace, RecoveryKit]:
        """A new vault with its profile. If anything fails before the kit can be shown, the half-made
        vault is removed again, so trying once more does not meet "a journal already exists".

        `remember_here`: keep this computer's anti-rollback memory of the journal (storage.rollback_guard);
        False only for throw-away journals (the demo)."""
        # Validate before any KDF work; the name follows the name rules (it becomes the contact card's).
        profile = Profile(role=Role(role), display_name=check_person_name("display_name", display_name))
        vault, kit = Vault.create(vault_file(data_dir), passphrase, policy=policy, progress=progress,
                                  guard=_guard(remember_here), today=_today(clock, tz))
        vault.index_with(DEFAULT_CODEC.light_payload)
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
        return cls(data_dir, vault, journal, clock=clock, tz=tz), kit

    @classmethod
    def open(
        cls, data_dir: Path, passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY, backup: bool = True,
        defer_entries: bool = False, clock: Clock | None = None, tz: dt.tzinfo | None = None,
        remember_here: bool = True, light: bool = False,
    ) -> Workspace:
        """`defer_entries`: see Journal.open; the app's unlock then finishes with load_more().
        `light`: see Journal.open (records with bodies or payloads held light, read whole on demand).
        `clock` and `tz`: the journal's "now" and the zone of its calendar days (see Journal.open).

        Check `integrity_problems` after opening: while any is present the journal is readable but
        every write is refused (IntegrityUnresolved) until accept_current_state() or a restore."""
        vault = Vault.unlock(vault_file(data_dir), passphrase, policy=policy, guard=_guard(remember_here),
                             today=_today(clock, tz))
        return cls._attach(data_dir, vault, backup=backup, defer_entries=defer_entries, clock=clock, tz=tz,
                           light=light)

    @classmethod
    def recover(
        cls, data_dir: Path, kit_text: str, new_passphrase: str, *, policy: KdfPolicy = PRODUCTION_POLICY,
        clock: Clock | None = None, tz: dt.tzinfo | None = None, remember_here: bool = True,
    ) -> tuple[Workspace, RecoveryKit]:
        """Recovery writes its security-log event itself (`recovered_with_kit`), or defers it to the
        acceptance when the journal's integrity is in question: the recovery never fails for that."""
        vault, kit = Vault.recover(vault_file(data_dir), kit_text, new_passphrase, policy=policy,
                                   guard=_guard(remember_here), today=_today(clock, tz))
        ws = cls._attach(data_dir, vault, backup=True, clock=clock, tz=tz)
        try:
            ws.audit_when_possible("recovered_with_kit")
        except BaseException:
            ws.close()
            raise
        return ws, kit

    @classmethod
    def _attach(cls, data_dir: Path, vault: Vault, *, backup: bool, defer_entries: bool = False,
                clock: Clock | None = None, tz: dt.tzinfo | None = None, light: bool = False) -> Workspace:
        # Every writer, GUI and CLI alike, keeps the vault's record index current (storage.vault).
        vault.index_with(DEFAULT_CODEC.light_payload)
        try:
            if backup:
                keep_rotating_backup(vault, data_dir)
            journal = Journal.open(vault, clock, tz=tz, defer_entries=defer_entries, light=light)
        except BaseException:
            vault.close()
            raise
        release_free_heap()  # what unlocking used and freed (rows, payloads, the KDF's memory)
        return cls(data_dir, vault, journal, clock=clock, tz=tz, light=light)

    @property
    def integrity_problems(self) -> tuple[IntegrityProblem, ...]:
        """What unlocking found wrong with the journal as a whole (storage.integrity); while any is
        present, every write is refused until accept_current_state() or a restore."""
        return self.vault.integrity_problems

    def accept_current_state(self) -> Path | None:
        """The person's explicit choice to keep the journal as it is now. First an encrypted copy of
        it as it stands goes to backups/ ("...-before-accept"); then one transaction writes the
        security-log event (which problems, how many records; never content) with a fresh integrity
        record over the current rows; then any events deferred meanwhile. Writes work again after.
        Returns the copy, or None (and nothing written) when there was nothing to accept."""
        if not self.integrity_problems:
            return None
        copy = keep_copy_before(self.vault, self.data_dir, "accept")
        with self.vault.accepting_current_state() as problems:
            records, damaged = len(self.journal), len(self.journal.damaged)
            self.journal.audit(ACCEPTED_EVENT, problems=",".join(p.code.value for p in problems),
                               records=records, damaged=damaged)
        # Records the old integrity record did not list (or listed at another revision) were held back;
        # the accepted state has them all: read it again.
        self.journal = Journal.open(self.vault, self.clock, tz=self.tz, light=self.light)
        self.keep_out_of_collector()
        for event, details in self.deferred_audit:
            self.journal.audit(event, **details)
        self.deferred_audit.clear()
        return copy

    def audit_when_possible(self, event: str, **details) -> None:
        """Write a security-log event now, or with the acceptance while writes are refused."""
        if self.integrity_problems:
            self.deferred_audit.append((event, details))
        else:
            self.journal.audit(event, **details)

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
        more = self.journal.load_more(count)
        if not more:
            release_free_heap()  # the deferred payloads are freed now
        self.keep_out_of_collector()  # what this step decoded: never walked by the collector again
        return more

    def keep_out_of_collector(self) -> None:
        """Keep what is alive now — the journal's records, and whatever a caller built over them (the
        app's window) — out of the cyclic collector's walks until close (storage.memory explains why).
        Cheap: call it after each step that creates long-lived objects."""
        if self.vault.is_open:
            keep_out_of_collector(new_holder=not self._held)
            self._held = True

    def close(self) -> None:
        try:
            self.vault.close()
        finally:
            if self._held:
                self._held = False
                let_go_of_collector()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _guard(remember_here: bool) -> RollbackGuard | None:
    return RollbackGuard.for_this_computer() if remember_here else None


def _today(clock: Clock | None, tz: dt.tzinfo | None) -> Callable[[], dt.date] | None:
    """The day the anti-rollback memory records, from the journal's clock (None: the system's)."""
    if clock is None:
        return None
    return lambda: clock().astimezone(tz).date()
