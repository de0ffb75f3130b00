"""What unlocking found about a journal's integrity as a whole, beyond single damaged records.

The vault computes these at unlock (storage.vault.Vault.integrity_problems); `verify`, unlocking and
every write read the same list, so they always agree. While any is present, the vault refuses every
write — an ordinary write would otherwise rebuild the integrity record around whatever state the file
is in now — until the person chooses: restore a backup, or accept the current state explicitly
(Workspace.accept_current_state, recorded in the security log). docs/security-design.md §10.3.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class IntegrityCode(StrEnum):
    """What is wrong; the value is what the security log records (never content)."""

    MANIFEST_MISSING = "manifest_missing"  # a format-1 journal without its integrity record
    MANIFEST_REMOVED = "manifest_removed"  # the header pins an integrity record that is not there
    MANIFEST_DAMAGED = "manifest_damaged"  # present, but it does not decrypt or parse
    MANIFEST_MISMATCH = "manifest_mismatch"  # authentic, but not the one the header pins
    OLDER_THAN_SEEN = "older_than_seen_here"  # the whole journal is older than one opened here before


_MESSAGES = {
    IntegrityCode.MANIFEST_MISSING: (
        "The journal's integrity record is missing, so records deleted or replaced with older copies "
        "outside the app cannot be detected."),
    IntegrityCode.MANIFEST_REMOVED: (
        "The journal's integrity record was removed outside the app (its header still expects one), so "
        "records may have been deleted or replaced with older copies."),
    IntegrityCode.MANIFEST_DAMAGED: (
        "The journal's integrity record is damaged, so records deleted or replaced with older copies "
        "outside the app cannot be detected."),
    IntegrityCode.MANIFEST_MISMATCH: (
        "The journal's integrity record does not match its header: it was replaced with an older one, or "
        "the header was altered, outside the app."),
}


@dataclass(frozen=True, slots=True)
class IntegrityProblem:
    code: IntegrityCode
    # OLDER_THAN_SEEN: the newest version this computer has opened, and the day (when it could be read).
    seen_epoch: int | None = None
    seen_on: dt.date | None = None

    @property
    def message(self) -> str:
        if self.code is IntegrityCode.OLDER_THAN_SEEN:
            when = f" on {self.seen_on.isoformat()}" if self.seen_on else ""
            return (f"This journal is older than the one last opened here{when}: it may have been replaced "
                    "with an older copy, or changes were lost (for example after a crash).")
        return _MESSAGES[self.code]

    @property
    def blocks_load(self) -> bool:
        """Whether records cannot be checked one by one against a trusted integrity record."""
        return self.code is not IntegrityCode.OLDER_THAN_SEEN
