"""Typed errors that every layer raises and the ui/cli turn into messages.

Each error's text is written for the person using the app: plain, specific, and free of user content
(no titles, no entry text: exception text may reach logs or a terminal scrollback).
"""

from __future__ import annotations

from enum import StrEnum


class JournalError(Exception):
    """Base of every error the app expects and can explain to the user."""


class UsageError(JournalError):
    """The request itself is malformed (a bad option value, an unknown id)."""


class ValidationError(JournalError):
    """A field value is out of range or of the wrong type; the message names the field."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class NotFound(JournalError):
    """No record with that id (or id prefix)."""


class AmbiguousId(JournalError):
    """An id prefix matches more than one record."""


# --- vault -----------------------------------------------------------------------------------

class VaultError(JournalError):
    """Something about the vault file itself."""


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class WrongPassphrase(VaultError):
    def __init__(self, message: str = "The passphrase is not correct.") -> None:
        super().__init__(message)


class BadRecoveryKit(VaultError):
    """The recovery kit text fails its checksum or does not unlock this vault."""


class VaultLocked(VaultError):
    def __init__(self, message: str = "The journal is locked.") -> None:
        super().__init__(message)


class VaultInUse(VaultError):
    """Another running process holds this vault."""

    def __init__(self, pid: int | None) -> None:
        who = f" (pid {pid})" if pid else ""
        super().__init__(f"This journal is already open in another window or process{who}.")
        self.pid = pid


class VaultCorrupt(VaultError):
    """The vault header or file is damaged beyond per-record damage."""


class UnsupportedVersion(VaultError):
    pass


class RecordCorrupt(VaultError):
    """One record failed authentication; the rest of the vault stays usable."""

    def __init__(self, record_id: bytes, reason: str) -> None:
        super().__init__(f"Record {record_id.hex()} is damaged: {reason}")
        self.record_id = record_id
        self.reason = reason


class UndecodableRecord(RecordCorrupt):
    """A record's plaintext cannot be read as a journal record (malformed, or of an unknown kind)."""


class UnknownRecordKind(UndecodableRecord):
    """The record is of a kind this version of the app does not know."""


class NewerRecordVersion(UndecodableRecord):
    """The record was written by a newer version of the app; it is kept untouched."""

    def __init__(self, record_id: bytes, reason: str) -> None:
        super().__init__(record_id, reason)
        # Not "damaged": the record is fine, this app is too old for it.
        self.args = (f"Record {record_id.hex()} cannot be opened yet: {reason}. Updating the app "
                     "will open it.",)


class IntegrityUnresolved(VaultError):
    """A write was refused: the journal's integrity check found a problem (a missing, damaged or
    replaced integrity record, or a journal older than the one last opened on this computer) and the
    person has not yet chosen what to do. Nothing was changed. `problems` holds the
    storage.integrity.IntegrityProblem values."""

    def __init__(self, problems: tuple = ()) -> None:
        self.problems = tuple(problems)
        first = self.problems[0].message if self.problems else "The journal's integrity is in question."
        super().__init__(f"Nothing was saved: {first} Check the journal, then restore a backup or accept "
                         "its current state before making changes.")


class StorageFull(VaultError):
    def __init__(self) -> None:
        super().__init__("The disk is full. Nothing was changed; free some space and try again.")


class BackupError(VaultError):
    pass


class ImportRejected(JournalError):
    """An import file cannot be used; nothing was imported.

    `position` is the 0-based index of the offending record in the file's record list (None when the
    file as a whole is unusable); `reason` says what is wrong without quoting content.
    """

    def __init__(self, reason: str, position: int | None = None) -> None:
        # Without a position the message is the reason alone, as for any other typed error.
        where = f"Record {position + 1} of the import file: " if position is not None else ""
        super().__init__(f"{where}{reason}")
        self.reason = reason
        self.position = position


class ImportTooLarge(ImportRejected):
    """An import file would need more memory to read than the app allows itself (too many values, or
    memory ran out while reading it); nothing was imported."""


# --- sharing ---------------------------------------------------------------------------------------

class CardProblem(StrEnum):
    """Why a contact card was refused; the value is the sentence shown to the person."""

    TOO_LARGE = "The contact card is larger than a contact card can be."
    NOT_A_CARD = "This is not an Integration Journal contact card."
    UNSUPPORTED_VERSION = "The contact card was made by a version of the app this one cannot read."
    MALFORMED = "The contact card is damaged: its contents are not in the expected form."
    BAD_CHECKSUM = "The contact card text has a typing or copying mistake (its checksum does not match)."
    BAD_KEY = "The contact card holds a key that is not valid."
    BAD_SIGNATURE = "The contact card's signature does not match its keys; it may have been altered."
    BAD_NAME = ("The name on the contact card holds control or invisible characters, which a name cannot "
                "have; it may have been made to mislead.")


class CardRejected(JournalError):
    """A contact card cannot be used; `reason` says why (nothing was added)."""

    def __init__(self, reason: CardProblem) -> None:
        super().__init__(reason.value)
        self.reason = reason


class BundleProblem(StrEnum):
    """Why a share file was refused; the value is the sentence shown to the person."""

    TOO_LARGE = "The share file is larger than the app accepts."
    NOT_A_BUNDLE = "This is not an Integration Journal share file."
    UNSUPPORTED_VERSION = "The share file was made by a version of the app this one cannot read."
    UNSUPPORTED_SUITE = "The share file uses an encryption method this app does not accept."
    MALFORMED_HEADER = "The share file's header is damaged."
    TRUNCATED = "The share file is incomplete; it may not have finished copying."
    NOT_FOR_YOU = "This share file is addressed to someone else, not to you."
    DAMAGED = "The share file is damaged or has been changed since it was written."
    MALFORMED_CONTENT = "The share file decrypted, but its contents are not in the expected form."
    BAD_SIGNATURE = "The share file's signature does not match its sender; it may have been altered."
    UNKNOWN_SENDER = "The share file comes from someone who is not among your contacts."
    SENDER_KEY_CHANGED = ("The sender's key has changed since you added them. Compare the safety number "
                          "with them again before importing.")
    SENDER_UNVERIFIED = ("You have not yet compared the safety number with the sender. Verify the "
                         "contact first, then import again.")
    UNEXPECTED_ITEMS = "The share file holds things this journal does not accept from that sender."
    REPLAYED = "This share file has already been imported."
    OUT_OF_ORDER = "This share file is older than one already imported from the same sender."


class BundleRejected(JournalError):
    """A share file cannot be used; `reason` says why. Nothing from it was shown or imported."""

    def __init__(self, reason: BundleProblem) -> None:
        super().__init__(reason.value)
        self.reason = reason


class SharingError(JournalError):
    """A sharing request the app will not carry out (e.g. sending to an unverified contact)."""


class LookalikeContact(SharingError):
    """A contact card whose name looks like the name of another contact (crypto.names.skeleton) but
    whose keys are not that contact's: someone may be passing for them. Nothing was added. `name` and
    `existing` (the other contact's name) are for the app to show; the message quotes neither."""

    def __init__(self, name: str, existing: str) -> None:
        super().__init__("This name looks like the name of one of your contacts, but the card is not theirs: "
                         "its keys are different. Someone may be passing for them. Nothing was added.")
        self.name = name
        self.existing = existing
