"""What the entry editor holds, how it becomes an Entry, and how it is kept as an encrypted Draft.

The editor autosaves to a `Draft` record (target_kind "entry") every few seconds and before a lock;
saving the entry removes the draft. A draft of an entry that was never saved carries the id the
entry will get, so reopening it continues the same entry. Drafts may come from another version of
the app, so reading one never fails: unknown or malformed fields fall back to empty values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from integration_journal.core.records import (
    LINE_MAX,
    TAG_MAX,
    Draft,
    Entry,
    Phase,
    normalise_tags,
)
from integration_journal.core.store import RECORD_ID_BYTES
from integration_journal.errors import ValidationError

DRAFT_TARGET = "entry"
DRAFT_VERSION = 1


def parse_tags(text: str) -> tuple[str, ...]:
    """Tags as typed in one field, separated by commas: " Self care, sleep," -> ("self-care", "sleep").

    Raises ValidationError (field "tags") for a tag longer than the journal allows.
    """
    parts = [part for part in text.split(",") if part.strip()]
    for part in parts:
        if len("-".join(part.lower().split())) > TAG_MAX:
            raise ValidationError("tags", f"a tag can be at most {TAG_MAX} characters long")
    return normalise_tags("tags", parts)


def format_tags(tags: Iterable[str]) -> str:
    return ", ".join(tags)


@dataclass(frozen=True, slots=True)
class EntryFields:
    """The editable fields of an entry exactly as the editor shows them (tags as typed)."""

    title: str = ""
    body: str = ""
    tags_text: str = ""
    phase: Phase | None = None
    session_id: bytes | None = None
    share: bool = False
    bring_to_appointment: bool = False
    question_for_therapist: bool = False

    @classmethod
    def of(cls, entry: Entry) -> EntryFields:
        return cls(entry.title, entry.body, format_tags(entry.tags), entry.phase, entry.session_id,
                   entry.share, entry.bring_to_appointment, entry.question_for_therapist)

    @property
    def is_blank(self) -> bool:
        """Nothing worth keeping: no words, no tags, no flags, no links."""
        return (not self.title.strip() and not self.body.strip() and not self.tags_text.strip()
                and self.phase is None and self.session_id is None
                and not (self.share or self.bring_to_appointment or self.question_for_therapist))

    def same_content(self, other: EntryFields) -> bool:
        """Equal once tags are read the way they will be saved ("a,b" and "b, a" are the same)."""
        if dataclasses.replace(self, tags_text="") != dataclasses.replace(other, tags_text=""):
            return False
        return _tags_or_text(self.tags_text) == _tags_or_text(other.tags_text)

    def to_entry(self, base: Entry | None = None, *, entry_id: bytes | None = None) -> Entry:
        """The entry these fields describe: `base` edited, or a new entry (with `entry_id` if given).

        Raises ValidationError when a field cannot be saved (a title or tag that is too long).
        """
        if len(self.title) > LINE_MAX:
            raise ValidationError("title", f"can be at most {LINE_MAX} characters long")
        values: dict[str, Any] = dict(
            title=self.title, body=self.body, tags=parse_tags(self.tags_text), phase=self.phase,
            session_id=self.session_id, share=self.share, bring_to_appointment=self.bring_to_appointment,
            question_for_therapist=self.question_for_therapist,
        )
        if base is not None:
            return dataclasses.replace(base, **values)
        if entry_id is not None:
            values["id"] = entry_id
        return Entry(**values)

    def to_state(self, *, entry_id: bytes, is_new: bool) -> dict[str, Any]:
        """The JSON state of a Draft record."""
        return {
            "v": DRAFT_VERSION,
            "entry_id": entry_id.hex(),
            "new": is_new,
            "title": self.title,
            "body": self.body,
            "tags": self.tags_text,
            "phase": self.phase.value if self.phase else None,
            "session_id": self.session_id.hex() if self.session_id else None,
            "share": self.share,
            "bring_to_appointment": self.bring_to_appointment,
            "question_for_therapist": self.question_for_therapist,
        }

    @classmethod
    def from_state(cls, state: Mapping[str, Any]) -> EntryFields:
        """Fields from a Draft's state; anything missing or malformed becomes its empty value."""
        def text(key: str) -> str:
            value = state.get(key)
            return value if isinstance(value, str) else ""

        def flag(key: str) -> bool:
            return state.get(key) is True

        phase_value = state.get("phase")
        phase = None
        if isinstance(phase_value, str):
            try:
                phase = Phase(phase_value)
            except ValueError:
                phase = None
        return cls(text("title"), text("body"), text("tags"), phase, _id_from_hex(state.get("session_id")),
                   flag("share"), flag("bring_to_appointment"), flag("question_for_therapist"))


def _tags_or_text(text: str) -> tuple[str, ...] | str:
    try:
        return parse_tags(text)
    except ValidationError:
        return text


def _id_from_hex(value: object) -> bytes | None:
    if not isinstance(value, str) or len(value) != RECORD_ID_BYTES * 2:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """A Draft record read as an entry draft: which entry it belongs to and what it holds."""

    draft: Draft
    entry_id: bytes
    is_new: bool
    fields: EntryFields

    @property
    def saved_at(self) -> dt.datetime:
        return self.draft.updated


def read_entry_draft(draft: Draft) -> EntryDraft | None:
    """The entry draft in `draft`, or None if it is a draft of something else (or unusable)."""
    if draft.target_kind != DRAFT_TARGET:
        return None
    state = draft.state
    entry_id = draft.target_id or _id_from_hex(state.get("entry_id"))
    if entry_id is None:
        return None
    is_new = draft.target_id is None
    return EntryDraft(draft, entry_id, is_new, EntryFields.from_state(state))


def entry_drafts(records: Iterable[Any]) -> list[EntryDraft]:
    """Entry drafts among `records` (e.g. journal.list(kind="draft")), newest first, one per entry."""
    found: dict[bytes, EntryDraft] = {}
    for record in records:
        if not isinstance(record, Draft):
            continue
        item = read_entry_draft(record)
        if item is None:
            continue
        kept = found.get(item.entry_id)
        if kept is None or item.saved_at > kept.saved_at:
            found[item.entry_id] = item
    return sorted(found.values(), key=lambda d: (d.saved_at, d.draft.id), reverse=True)


def make_draft(fields: EntryFields, *, entry_id: bytes, is_new: bool, draft_id: bytes | None = None) -> Draft:
    """A Draft record for the editor's fields; pass `draft_id` to replace an existing draft."""
    extra = {"id": draft_id} if draft_id is not None else {}
    return Draft(target_kind=DRAFT_TARGET, target_id=None if is_new else entry_id,
                 state=fields.to_state(entry_id=entry_id, is_new=is_new), **extra)
