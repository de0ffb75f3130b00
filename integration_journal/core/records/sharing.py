"""Sharing's records: contacts, what was sent and received, this vault's sharing keys, and therapists' annotations."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.enums import Role
from integration_journal.core.records.validation import (
    NAME_MAX,
    _set,
    check_blob,
    check_bool,
    check_datetime,
    check_enum,
    check_id,
    check_identifier,
    check_int,
    check_items,
    check_text,
)
from integration_journal.errors import ValidationError


@_record
class Contact(Record):
    """A therapist or patient this vault exchanges share bundles with."""

    KIND: ClassVar[str] = "contact"
    SCHEMA_VERSION: ClassVar[int] = 2  # 2 added last_sequence and seen_bundles

    name: str
    role: Role
    card: bytes | None = None  # the contact card as received (.ijcard bytes)
    verified: bool = False  # safety number compared in person
    key_fingerprints: tuple[bytes, ...] = ()  # the current card's key fingerprint first, then earlier ones
    last_sequence: int | None = None  # highest sequence number imported from this contact
    seen_bundles: tuple[bytes, ...] = ()  # ids of bundles imported from this contact (replay check)

    def _validate(self) -> None:
        check_text("name", self.name, NAME_MAX, required=True)
        _set(self, "role", check_enum("role", Role, self.role))
        if self.card is not None:
            _set(self, "card", check_blob("card", self.card, 64 * 1024))
        check_bool("verified", self.verified)
        prints = check_items("key_fingerprints", self.key_fingerprints, 16)
        prints = tuple(check_blob(f"key_fingerprints[{i}]", p, 64) for i, p in enumerate(prints))
        for index, value in enumerate(prints):
            if not value:
                raise ValidationError(f"key_fingerprints[{index}]", "must not be empty")
        _set(self, "key_fingerprints", prints)
        if self.last_sequence is not None:
            check_int("last_sequence", self.last_sequence, 0, None)
        _set(self, "seen_bundles", _check_id_list("seen_bundles", self.seen_bundles))


def _check_id_list(name: str, value: object) -> tuple[bytes, ...]:
    items = check_items(name, value, 100_000)
    for index, item in enumerate(items):
        check_id(f"{name}[{index}]", item)
    return items


@_record
class ShareLog(Record):
    """What went to whom and when (one sent bundle)."""

    KIND: ClassVar[str] = "share_log"

    recipient_id: bytes  # the Contact record
    recipient_name: str  # kept: the contact may be removed later
    bundle_id: bytes
    sequence: int
    item_ids: tuple[bytes, ...]
    sent_at: dt.datetime

    def _validate(self) -> None:
        check_id("recipient_id", self.recipient_id)
        check_text("recipient_name", self.recipient_name, NAME_MAX)
        check_id("bundle_id", self.bundle_id)
        check_int("sequence", self.sequence, 0, None)
        _set(self, "item_ids", _check_id_list("item_ids", self.item_ids))
        check_datetime("sent_at", self.sent_at)

    @property
    def moment(self) -> dt.datetime:
        return self.sent_at


@_record
class ReceivedItem(Record):
    """One item from an imported share bundle, kept as the sender encoded it."""

    KIND: ClassVar[str] = "received_item"
    # 2: the payload is stored as raw bytes after the JSON envelope (codec raw fields), not as base64.
    # 3: added `seen` (opened in the Inbox), distinct from the therapist's deliberate "reviewed".
    SCHEMA_VERSION: ClassVar[int] = 3

    sender_id: bytes  # the Contact record
    bundle_id: bytes
    sequence: int
    item_kind: str
    item_id: bytes  # the id in the sender's vault
    payload: bytes
    received_at: dt.datetime
    reviewed: bool = False
    discuss_next_time: bool = False
    seen: bool = False  # opened (shown in the reader) since it arrived or last changed

    def _validate(self) -> None:
        check_id("sender_id", self.sender_id)
        check_id("bundle_id", self.bundle_id)
        check_int("sequence", self.sequence, 0, None)
        check_identifier("item_kind", self.item_kind)
        check_id("item_id", self.item_id)
        _set(self, "payload", check_blob("payload", self.payload))
        check_datetime("received_at", self.received_at)
        check_bool("reviewed", self.reviewed)
        check_bool("discuss_next_time", self.discuss_next_time)
        check_bool("seen", self.seen)

    @property
    def moment(self) -> dt.datetime:
        return self.received_at


@_record
class Identity(Record):
    """This vault's own sharing keys (created on first use); the public half is its contact card."""

    KIND: ClassVar[str] = "identity"
    KEEPS_HISTORY: ClassVar[bool] = False  # no copies of private keys in history

    stable_id: bytes
    signing_seed: bytes  # Ed25519 private key
    mlkem_seed: bytes  # ML-KEM-768 private key seed
    x25519_seed: bytes  # X25519 private key
    next_sequence: int = 1  # the sequence number of the next bundle this vault writes

    def _validate(self) -> None:
        for name, size in (("stable_id", 16), ("signing_seed", 32), ("mlkem_seed", 64), ("x25519_seed", 32)):
            value = check_blob(name, getattr(self, name), size)
            if len(value) != size:
                raise ValidationError(name, f"must be {size} bytes")
            _set(self, name, value)
        check_int("next_sequence", self.next_sequence, 1, None)


@_record
class Annotation(Record):
    """A therapist's note on a record: private, or a comment to send back to the patient.

    On the therapist's side `target_id` is a ReceivedItem; on the patient's side (a comment a reply
    brought) it is the patient's own record, and `author_id` the Contact who sent it."""

    KIND: ClassVar[str] = "annotation"
    SCHEMA_VERSION: ClassVar[int] = 2  # 2 added author_id

    target_id: bytes
    text: str
    for_patient: bool = False
    author_id: bytes | None = None  # patient side: the therapist (Contact record) the comment came from

    def _validate(self) -> None:
        check_id("target_id", self.target_id)
        check_text("text", self.text)
        check_bool("for_patient", self.for_patient)
        if self.author_id is not None:
            check_id("author_id", self.author_id)
