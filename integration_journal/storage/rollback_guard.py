"""This computer's memory of the newest version of each journal it has opened: anti-rollback across
whole-file copies.

The vault's own integrity record cannot tell that the *whole* file was replaced by an older copy of
itself (a backup, a synced or restored folder, or a crash whose write-ahead log was then deleted): such a
file is authentic from end to end. So the app remembers, outside the vault, per journal id, the highest
manifest epoch (a change counter) it has opened or written here, and unlocking reports a journal whose
epoch is lower (storage.integrity.IntegrityCode.OLDER_THAN_SEEN).

What the file holds, per journal: the random journal id and the counter in clear, and the day it was
last opened here sealed with a key derived from the journal's own key (crypto.records.SeenNoteCipher),
so the day is readable only after unlocking. Nothing else: no names, no paths, no content. It lives in
the app's settings folder (beside the desktop app's other settings), never in the journal's folder.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

FILE_NAME = "opened-journals.json"
KEEP = 128  # journals remembered; the least recently written is forgotten first (throw-away test vaults)
_FORMAT = 1
_lock = threading.Lock()  # one process may hold several vaults (tests, the demo); the file is shared


@dataclass(frozen=True, slots=True)
class Seen:
    epoch: int
    sealed_day: bytes | None


class RollbackGuard:
    """Reads and raises the remembered epochs in one small JSON file. Failing to read it means
    "nothing remembered"; failing to write it is never an error (it can only miss a warning, never
    cause a false one, because it is written only after the vault committed)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @classmethod
    def for_this_computer(cls) -> RollbackGuard:
        from integration_journal.storage.paths import app_settings_dir

        return cls(app_settings_dir() / FILE_NAME)

    def seen(self, vault_id: bytes) -> Seen | None:
        entry = self._read().get(vault_id.hex())
        return _parse_entry(entry)

    def record(self, vault_id: bytes, epoch: int, sealed_day: bytes) -> None:
        """Remember `epoch` unless a higher one is remembered already."""
        self._update(vault_id, epoch, sealed_day, only_raise=True)

    def reset(self, vault_id: bytes, epoch: int, sealed_day: bytes) -> None:
        """Remember exactly `epoch`, even if lower: the person chose this state (accepted or restored)."""
        self._update(vault_id, epoch, sealed_day, only_raise=False)

    def forget(self, vault_id: bytes) -> None:
        with _lock:
            journals = self._read()
            if journals.pop(vault_id.hex(), None) is not None:
                self._write(journals)

    # --- the file -------------------------------------------------------------------------------

    def _update(self, vault_id: bytes, epoch: int, sealed_day: bytes, *, only_raise: bool) -> None:
        key = vault_id.hex()
        with _lock:
            journals = self._read()
            known = _parse_entry(journals.get(key))
            if only_raise and known is not None and known.epoch >= epoch:
                return
            journals.pop(key, None)
            journals[key] = [epoch, sealed_day.hex()]  # last = most recently written
            while len(journals) > KEEP:
                journals.pop(next(iter(journals)))
            self._write(journals)

    def _read(self) -> dict[str, list]:
        try:
            data = json.loads(self.path.read_text(encoding="ascii"))
        except (OSError, ValueError):
            return {}
        journals = data.get("journals") if isinstance(data, dict) and data.get("format") == _FORMAT else None
        return dict(journals) if isinstance(journals, dict) else {}

    def _write(self, journals: dict[str, list]) -> None:
        from integration_journal.storage.files import private_dir

        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}.partial")
        try:
            private_dir(self.path.parent)
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()  # left by a crash of an earlier process with the same id
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            with os.fdopen(fd, "w", encoding="ascii") as handle:
                json.dump({"format": _FORMAT, "journals": journals}, handle, separators=(",", ":"))
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()


def _parse_entry(entry: object) -> Seen | None:
    if not (isinstance(entry, list) and len(entry) == 2 and type(entry[0]) is int and entry[0] >= 0
            and isinstance(entry[1], str)):
        return None
    try:
        sealed = bytes.fromhex(entry[1]) if entry[1] else None
    except ValueError:
        sealed = None
    return Seen(entry[0], sealed)
