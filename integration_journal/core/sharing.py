"""Sharing between a patient and a therapist: contacts, safety numbers, writing and receiving share files.

A plain-Python service over the Journal (no Qt, no SQL) that the CLI and the GUI both use. Long work
(writing or opening a large bundle) takes a `progress(done, total)` callback. Everything it refuses
is a typed error: CardRejected, BundleRejected (one BundleProblem each) or SharingError.

Item kinds inside a bundle (`BundleItem.kind`):
  patient → therapist: entry, session, checkin, questionnaire (the sender's encoded record),
                       summary (CBOR {title, text}), withdraw (empty; the item id names what to remove)
  therapist → patient: comment (CBOR {target, text}), prompt_pack (the pack file bytes)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from integration_journal.core import records as r
from integration_journal.core.codec import DEFAULT_CODEC, Codec
from integration_journal.core.journal import Journal
from integration_journal.core.prompts import PackSource, PromptPack, PromptPackError, parse_pack
from integration_journal.crypto import bundle as wire
from integration_journal.crypto import cbor
from integration_journal.crypto.cards import ContactCard, IdentityKeys, parse_any_card, parse_card
from integration_journal.crypto.names import normalise_name, skeleton
from integration_journal.crypto.safety_number import safety_number
from integration_journal.errors import (
    BundleProblem,
    BundleRejected,
    CardRejected,
    LookalikeContact,
    NotFound,
    SharingError,
    UndecodableRecord,
)

Progress = Callable[[int, int], None]

# What each side accepts; anything else in a bundle is refused as a whole.
RECORD_ITEM_KINDS: Mapping[str, type[r.Record]] = {
    "entry": r.Entry, "session": r.TreatmentSession, "checkin": r.CheckIn,
    "questionnaire": r.QuestionnaireResponse,
}
FROM_PATIENT = frozenset((*RECORD_ITEM_KINDS, "summary", "withdraw"))
FROM_THERAPIST = frozenset(("comment", "prompt_pack"))
BUNDLE_SUFFIX = ".ijshare"
CARD_SUFFIX = ".ijcard"


@dataclass(frozen=True, slots=True)
class ShareSelection:
    """What to send. Dates are inclusive local calendar days and limit flagged entries and check-ins."""

    entry_ids: tuple[bytes, ...] = ()
    flagged: bool = False  # every entry marked "share"
    session_ids: tuple[bytes, ...] = ()
    questionnaire_ids: tuple[bytes, ...] = ()
    checkins: bool = False  # the check-ins within the dates
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    summary: tuple[str, str] | None = None  # (title, Markdown text)
    withdraw_ids: tuple[bytes, ...] = ()  # entries shared before that the receiver should remove
    comment_ids: tuple[bytes, ...] = ()  # therapist: Annotation records (for_patient) to send
    pending_comments: bool = False  # therapist: every comment for this patient not sent since its last edit
    prompt_pack_ids: tuple[bytes, ...] = ()  # therapist: PromptPackRecord records to send


@dataclass(frozen=True, slots=True)
class PreviewLine:
    """One thing a share will send, described for the person about to send it."""

    kind: str
    item_id: bytes
    label: str  # plain English (the CLI's); a GUI formats `record` itself, translated
    when: dt.datetime | None
    update: bool  # sent to this contact before: the receiver's copy will be replaced
    record: r.Record | None = None  # the record sent, withdrawn or commented on, when there is one


@dataclass(frozen=True, slots=True)
class SharePreview:
    """Exactly what `write_share` will put in the file; build with SharingService.preview."""

    contact: r.Contact
    card_fingerprint: bytes
    lines: tuple[PreviewLine, ...]
    items: tuple[wire.BundleItem, ...] = field(repr=False)

    @property
    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for line in self.lines:
            counts[line.kind] = counts.get(line.kind, 0) + 1
        return counts

    @property
    def payload_bytes(self) -> int:
        return sum(len(item.data) for item in self.items)


@dataclass(frozen=True, slots=True)
class ContactAdded:
    contact: r.Contact
    safety_number: str
    key_changed: bool  # the contact was known with other keys: verified again from scratch
    new: bool


@dataclass(frozen=True, slots=True)
class ReceiveResult:
    contact: r.Contact
    bundle_id: bytes
    added: int
    updated: int
    withdrawn: int
    comments: int
    prompt_packs: int


@dataclass(frozen=True, slots=True)
class Received:
    """A received item with its decoded content (a record for record kinds, else None)."""

    item: r.ReceivedItem
    contact_name: str
    record: r.Record | None
    title: str = ""  # for summaries
    text: str = ""  # for summaries


@dataclass(frozen=True, slots=True)
class ReplyComment:
    """Patient side: a comment a reply brought, with the record it is about (None if deleted since)."""

    comment: r.Annotation
    record: r.Record | None
    author_name: str  # the therapist's contact name ("" when not known: imported before names were kept)


@dataclass(frozen=True, slots=True)
class ScanResult:
    imported: tuple[tuple[Path, ReceiveResult], ...]
    rejected: tuple[tuple[Path, BundleProblem], ...]
    ignored: tuple[Path, ...]  # not addressed to this vault: left untouched
    already: tuple[Path, ...]  # imported before
    unreadable: tuple[Path, ...] = ()  # could not be read (permissions, a file still being synced)


class FolderUnavailable(SharingError):
    """A folder to scan is missing or cannot be listed (a drive not connected, permissions)."""


def revision_of(record: r.Record) -> int:
    """Microseconds since the epoch of the last edit: later edits have larger revisions."""
    return int(record.updated.timestamp() * 1_000_000)


def comment_record_id(sender_id: bytes, item_id: bytes) -> bytes:
    """The patient-side Annotation id of a therapist comment: stable across re-sends, never one of ours."""
    return hashlib.sha256(b"ij/v1/comment" + sender_id + item_id).digest()[:16]


class SharingService:
    """Sharing for one unlocked journal."""

    def __init__(self, journal: Journal, *, codec: Codec = DEFAULT_CODEC) -> None:
        self._journal = journal
        self._codec = codec
        self._keys: tuple[bytes, IdentityKeys] | None = None  # (Identity record id, its keys)

    # --- identity ------------------------------------------------------------------------------

    def _identity_record(self) -> r.Identity:
        found = self._journal.list(r.Identity)
        if found:
            return min(found, key=lambda rec: (rec.created, rec.id))
        keys = IdentityKeys.generate()
        record = self._journal.add(r.Identity(stable_id=keys.stable_id, signing_seed=keys.signing_seed,
                                              mlkem_seed=keys.mlkem_seed, x25519_seed=keys.x25519_seed))
        self._journal.audit("identity_created", identity=record.id)
        return record

    def keys(self) -> IdentityKeys:
        """This vault's sharing keys, created on first use (so vaults made before sharing get them too)."""
        record = self._identity_record()
        if self._keys is None or self._keys[0] != record.id:
            self._keys = (record.id, IdentityKeys(record.stable_id, record.signing_seed, record.mlkem_seed,
                                                  record.x25519_seed))
        return self._keys[1]

    def profile(self) -> r.Profile:
        profiles = self._journal.list(r.Profile)
        if not profiles:
            raise SharingError("This journal has no profile yet; finish setting it up first.")
        return profiles[0]

    def my_card(self) -> ContactCard:
        profile = self.profile()
        record = self._identity_record()
        return self.keys().card(profile.display_name, profile.role.value, int(record.created.timestamp()))

    # --- contacts -----------------------------------------------------------------------------

    def contacts(self) -> list[r.Contact]:
        return sorted(self._journal.list(r.Contact), key=lambda c: (c.name.casefold(), c.id))

    def card_of(self, contact: r.Contact) -> ContactCard:
        if contact.card is None:
            raise SharingError("This contact has no contact card; add their card again.")
        return parse_card(contact.card)

    def find_contact(self, name_or_id: str | bytes) -> r.Contact:
        """A contact by record id, or by name (case-insensitive)."""
        if isinstance(name_or_id, bytes):
            return self._journal.get_as(name_or_id, r.Contact)
        wanted = normalise_name(name_or_id).casefold()
        matches = [c for c in self.contacts() if normalise_name(c.name).casefold() == wanted]
        if not matches:
            raise NotFound("No contact has that name.")
        return matches[0]

    def _contact_by_stable_id(self) -> dict[bytes, tuple[r.Contact, ContactCard]]:
        found: dict[bytes, tuple[r.Contact, ContactCard]] = {}
        for contact in self._journal.list(r.Contact):
            if contact.card is None:
                continue
            try:
                card = parse_card(contact.card)
            except CardRejected:  # a stored card this version cannot read: that contact cannot send
                continue
            found[card.stable_id] = (contact, card)
        return found

    def add_contact(self, card_data: bytes | str, name: str | None = None, *,
                    confirm_lookalike: bool = False) -> ContactAdded:
        """Add (or refresh) a contact from card bytes or pasted text; new keys reset verification.

        `name` (default: the card's) follows the name rules (crypto/names.py; ValidationError). A name
        that looks like another contact's name (the same skeleton, other keys) raises LookalikeContact
        unless `confirm_lookalike`: the person says it is someone else after being warned."""
        card = parse_any_card(card_data)
        mine = self.keys()
        if card.stable_id == mine.stable_id or card.identity_key == mine.identity_public:
            raise SharingError("That is your own contact card.")
        name = r.check_person_name("name", card.name if name is None or not name.strip() else name)
        by_stable_id = self._contact_by_stable_id()
        existing = by_stable_id.get(card.stable_id)
        if existing is None:
            # The same name with another identity: the person started again with new keys (a new
            # device or journal). Treated as a key change of that contact, never silently trusted.
            for contact, old_card in by_stable_id.values():
                if normalise_name(contact.name).casefold() == name.casefold():
                    existing = (dataclasses.replace(contact, last_sequence=None), old_card)
        self._check_name_free(name, existing[0].id if existing else None)
        if not confirm_lookalike:
            self._check_not_lookalike(name, existing[0].id if existing else None)
        if existing is None:
            contact = self._journal.add(r.Contact(name=name, role=r.Role(card.role), card=card.raw,
                                                  verified=False, key_fingerprints=(card.fingerprint,)))
            self._journal.audit("contact_added", contact=contact.id)
            return ContactAdded(contact, safety_number(self.my_card(), card), False, True)
        contact, old_card = existing
        changed = old_card.fingerprint != card.fingerprint
        prints = contact.key_fingerprints
        if changed:
            prints = (card.fingerprint, *[p for p in prints if p != card.fingerprint])[:16]
        contact = self._journal.update(dataclasses.replace(
            contact, name=name, role=r.Role(card.role), card=card.raw, key_fingerprints=prints,
            verified=contact.verified and not changed))
        self._journal.audit("contact_updated", contact=contact.id, key_changed=changed)
        return ContactAdded(contact, safety_number(self.my_card(), card), changed, False)

    def safety_number(self, contact: r.Contact) -> str:
        return safety_number(self.my_card(), self.card_of(contact))

    def verify(self, contact: r.Contact, verified: bool = True) -> r.Contact:
        """Record that the safety number was compared in person (or withdraw that)."""
        current = self._journal.get_as(contact.id, r.Contact)
        updated = self._journal.update(dataclasses.replace(current, verified=verified))
        self._journal.audit("contact_verified" if verified else "contact_unverified", contact=current.id)
        return updated

    def _check_name_free(self, name: str, keep: bytes | None) -> None:
        wanted = normalise_name(name).casefold()
        for other in self._journal.list(r.Contact):
            if other.id != keep and normalise_name(other.name).casefold() == wanted:
                raise SharingError("Another contact already has that name; choose a different one.")

    def _check_not_lookalike(self, name: str, keep: bytes | None) -> None:
        """LookalikeContact if another contact's name looks like `name` (crypto.names.skeleton)."""
        shape = skeleton(name)
        for other in self._journal.list(r.Contact):
            if other.id != keep and skeleton(other.name) == shape:
                raise LookalikeContact(name, other.name)

    def rename(self, contact: r.Contact, name: str) -> r.Contact:
        """A new name for a contact; a name that looks like another contact's is refused outright."""
        name = r.check_person_name("name", name)
        self._check_name_free(name, contact.id)
        try:
            self._check_not_lookalike(name, contact.id)
        except LookalikeContact:
            raise SharingError("Another contact's name looks the same as that one; choose a different "
                               "one.") from None
        return self._journal.update(dataclasses.replace(self._journal.get_as(contact.id, r.Contact), name=name))

    # --- sending ------------------------------------------------------------------------------

    def history(self, contact: r.Contact | None = None) -> list[r.ShareLog]:
        """Sent bundles, newest first."""
        logs = self._journal.list(r.ShareLog)
        return [log for log in logs if contact is None or log.recipient_id == contact.id]

    def _sent_ids(self, contact: r.Contact) -> dict[bytes, dt.datetime]:
        sent: dict[bytes, dt.datetime] = {}
        for log in self.history(contact):
            for item_id in log.item_ids:
                sent[item_id] = max(sent.get(item_id, log.sent_at), log.sent_at)
        return sent

    def pending_comments(self, contact: r.Contact) -> list[r.Annotation]:
        """Therapist side: comments for this patient not sent since they were last written or edited
        (what a reply with `pending_comments` sends), oldest first."""
        sent = self._sent_ids(contact)
        pending = [c for c in self.comments_for_patient(contact) if c.id not in sent or sent[c.id] < c.updated]
        return sorted(pending, key=lambda c: (c.created, c.id))

    def pending_counts(self) -> dict[bytes, int]:
        """Therapist side: contact record id -> how many comments for them are not sent yet (only
        contacts with some), in one pass over the journal, for lists of every patient."""
        sender_of = {item.id: item.sender_id for item in self._journal.list(r.ReceivedItem, light=True)}
        sent: dict[bytes, dict[bytes, dt.datetime]] = {}
        for log in self._journal.list(r.ShareLog):
            mine = sent.setdefault(log.recipient_id, {})
            for item_id in log.item_ids:
                mine[item_id] = max(mine.get(item_id, log.sent_at), log.sent_at)
        counts: dict[bytes, int] = {}
        for comment in self._journal.list(r.Annotation):
            contact_id = sender_of.get(comment.target_id) if comment.for_patient else None
            if contact_id is None:
                continue
            when = sent.get(contact_id, {}).get(comment.id)
            if when is None or when < comment.updated:
                counts[contact_id] = counts.get(contact_id, 0) + 1
        return counts

    def preview(self, contact: r.Contact, selection: ShareSelection) -> SharePreview:
        """Everything the share will hold, checked; nothing is written or recorded yet."""
        contact = self._journal.get_as(contact.id, r.Contact)
        card = self.card_of(contact)
        role = self.profile().role
        sent = self._sent_ids(contact)
        chosen: dict[bytes, r.Record] = {}

        def pick(ids: Iterable[bytes], kind: type[r.Record]) -> None:
            for record_id in ids:
                chosen[record_id] = self._journal.get_as(record_id, kind)

        pick(selection.entry_ids, r.Entry)
        pick(selection.session_ids, r.TreatmentSession)
        pick(selection.questionnaire_ids, r.QuestionnaireResponse)
        if selection.flagged:
            for entry in self._journal.list(r.Entry, date_from=selection.date_from, date_to=selection.date_to):
                if entry.share:
                    chosen[entry.id] = entry
        if selection.checkins:
            for checkin in self._journal.list(r.CheckIn, date_from=selection.date_from,
                                              date_to=selection.date_to):
                chosen[checkin.id] = checkin
        items: list[wire.BundleItem] = []
        lines: list[PreviewLine] = []
        for record in sorted(chosen.values(), key=lambda rec: (rec.moment, rec.id)):
            items.append(wire.BundleItem(record.KIND, record.id, revision_of(record), self._codec.encode(record)))
            lines.append(PreviewLine(record.KIND, record.id, _label(record), record.moment, record.id in sent,
                                     record))
        if selection.summary is not None:
            title, text = selection.summary
            summary_id = os.urandom(16)
            items.append(wire.BundleItem("summary", summary_id, 0, cbor.encode({"title": title, "text": text})))
            lines.append(PreviewLine("summary", summary_id, title, None, False))
        for record_id in selection.withdraw_ids:
            if record_id not in sent:
                raise SharingError("An item to withdraw was never shared with this contact.")
            items.append(wire.BundleItem("withdraw", record_id, 0, b""))
            lines.append(PreviewLine("withdraw", record_id, _withdraw_label(self._journal, record_id), None,
                                     True))
        comments = {c.id: c for c in (self._journal.get_as(i, r.Annotation) for i in selection.comment_ids)}
        if selection.pending_comments:
            comments.update((comment.id, comment) for comment in self.pending_comments(contact))
        for comment in comments.values():
            target = self._journal.get_as(comment.target_id, r.ReceivedItem)
            if target.sender_id != contact.id or not comment.for_patient:
                raise SharingError("A comment to send is not a comment for this patient.")
            items.append(wire.BundleItem("comment", comment.id, revision_of(comment),
                                         cbor.encode({"target": target.item_id, "text": comment.text})))
            lines.append(PreviewLine("comment", comment.id, comment.text.splitlines()[0] if comment.text else "",
                                     comment.updated, comment.id in sent, comment))
        for pack_id in selection.prompt_pack_ids:
            pack = self._journal.get_as(pack_id, r.PromptPackRecord)
            _validated_pack(pack.content)
            items.append(wire.BundleItem("prompt_pack", pack.id, revision_of(pack), pack.content))
            lines.append(PreviewLine("prompt_pack", pack.id, pack.title, pack.updated, pack.id in sent, pack))
        allowed = FROM_PATIENT if role is r.Role.PATIENT else FROM_THERAPIST
        if any(item.kind not in allowed for item in items):
            raise SharingError("Patients share their own records; therapists send comments and prompt packs.")
        if not items:
            raise SharingError("Nothing is selected to share.")
        return SharePreview(contact, card.fingerprint, tuple(lines), tuple(items))

    def write_share(self, preview: SharePreview, sink: Callable[[bytes], None],
                    progress: Progress | None = None) -> r.ShareLog:
        """Write the previewed share through `sink` (e.g. a file writer), then record it in the history.

        Refused while the contact is unverified or its keys differ from those the preview was made for.
        """
        contact = self._journal.get_as(preview.contact.id, r.Contact)
        card = self.card_of(contact)
        if card.fingerprint != preview.card_fingerprint:
            raise SharingError("This contact's keys changed after the preview; compare the safety number "
                               "again, then share.")
        if not contact.verified:
            raise SharingError("Compare the safety number with this contact and mark them verified "
                               "before sharing.")
        identity = self._identity_record()
        sequence = identity.next_sequence
        # The sequence number is used up before anything is written: it never repeats, even if
        # writing fails (the receiver accepts gaps, never repeats).
        self._journal.update(dataclasses.replace(identity, next_sequence=sequence + 1))
        now = self._journal.now()
        bundle_id = os.urandom(16)
        data = wire.write_bundle(preview.items, sender=self.keys(), recipient=card, sequence=sequence,
                                 created=int(now.timestamp()), bundle_id=bundle_id, progress=progress)
        sink(data)
        log = self._journal.add(r.ShareLog(recipient_id=contact.id, recipient_name=contact.name,
                                           bundle_id=bundle_id, sequence=sequence,
                                           item_ids=tuple(item.item_id for item in preview.items), sent_at=now))
        self._journal.audit("share_written", contact=contact.id, bundle=bundle_id, items=len(preview.items))
        return log

    # --- receiving ----------------------------------------------------------------------------

    def _sender_lookup(self) -> tuple[wire.SenderLookup, dict[bytes, tuple[r.Contact, ContactCard]]]:
        by_stable_id = self._contact_by_stable_id()

        def lookup(stable_id: bytes) -> wire.KnownSender | None:
            found = by_stable_id.get(stable_id)
            if found is None:
                return None
            contact, card = found
            return wire.KnownSender(card.identity_key, contact.verified, contact.last_sequence,
                                    frozenset(contact.seen_bundles))
        return lookup, by_stable_id

    def receive(self, data: bytes, progress: Progress | None = None) -> ReceiveResult:
        """Check a share file completely, then import it; on any failure nothing is imported."""
        lookup, by_stable_id = self._sender_lookup()
        try:
            contents = wire.open_bundle(data, self.keys(), lookup, progress)
            contact = by_stable_id[contents.sender_id][0]
            plan = self._plan(contact, contents)
        except BundleRejected as rejected:
            self._journal.audit("share_rejected", reason=rejected.reason.name)
            raise
        return self._apply(contact, contents, plan)

    def receive_file(self, path: Path, progress: Progress | None = None) -> ReceiveResult:
        return self.receive(read_bundle_file(path), progress)

    def _plan(self, contact: r.Contact, contents: wire.BundleContents) -> list[tuple[wire.BundleItem, object]]:
        """Decode and validate every item before anything is stored."""
        role = self.profile().role
        allowed = FROM_PATIENT if (role is r.Role.THERAPIST and contact.role is r.Role.PATIENT) else (
            FROM_THERAPIST if (role is r.Role.PATIENT and contact.role is r.Role.THERAPIST) else frozenset())
        plan: list[tuple[wire.BundleItem, object]] = []
        seen: set[bytes] = set()
        for item in contents.items:
            if item.kind not in allowed:
                raise BundleRejected(BundleProblem.UNEXPECTED_ITEMS)
            if item.item_id in seen:
                raise BundleRejected(BundleProblem.MALFORMED_CONTENT)
            seen.add(item.item_id)
            try:
                plan.append((item, self._decode_item(item)))
            except (UndecodableRecord, cbor.CborError, PromptPackError, ValueError):
                raise BundleRejected(BundleProblem.MALFORMED_CONTENT) from None
        return plan

    def _decode_item(self, item: wire.BundleItem) -> object:
        kind = RECORD_ITEM_KINDS.get(item.kind)
        if kind is not None:
            record = self._codec.decode(item.item_id, item.data)
            if type(record) is not kind or record.id != item.item_id:
                raise ValueError("record of another kind")
            return record
        if item.kind == "summary":
            return _summary(item.data)
        if item.kind == "withdraw":
            if item.data:
                raise ValueError("withdrawal with data")
            return None
        if item.kind == "comment":
            document = cbor.decode(item.data)
            if (not isinstance(document, dict) or document.keys() != {"target", "text"}
                    or not isinstance(document["target"], bytes) or len(document["target"]) != 16
                    or not isinstance(document["text"], str) or len(document["text"]) > r.TEXT_MAX):
                raise ValueError("comment")
            return document
        if item.kind == "prompt_pack":
            return _validated_pack(item.data)
        raise ValueError("unknown kind")

    def _apply(self, contact: r.Contact, contents: wire.BundleContents,
               plan: list[tuple[wire.BundleItem, object]]) -> ReceiveResult:
        journal, now = self._journal, self._journal.now()
        existing = {item.item_id: item for item in journal.list(r.ReceivedItem, light=True)
                    if item.sender_id == contact.id}
        new: list[r.Record] = []
        updated = withdrawn = comments = packs = 0
        for item, decoded in plan:
            if item.kind in RECORD_ITEM_KINDS or item.kind == "summary":
                old = existing.get(item.item_id)
                if old is None:
                    new.append(r.ReceivedItem(sender_id=contact.id, bundle_id=contents.bundle_id,
                                              sequence=contents.sequence, item_kind=item.kind,
                                              item_id=item.item_id, payload=item.data, received_at=now))
                elif journal.get_as(old.id, r.ReceivedItem).payload != item.data:
                    journal.update(dataclasses.replace(old, bundle_id=contents.bundle_id,
                                                       sequence=contents.sequence, item_kind=item.kind,
                                                       payload=item.data, received_at=now, reviewed=False,
                                                       seen=False))
                    updated += 1
            elif item.kind == "withdraw":
                old = existing.get(item.item_id)
                if old is not None:
                    journal.purge(old.id)  # the sender asked for it to be gone, history included
                    withdrawn += 1
            elif item.kind == "comment":
                assert isinstance(decoded, dict)
                comments += 1
                record_id = comment_record_id(contents.sender_id, item.item_id)
                if record_id in journal:
                    old_note = journal.get_as(record_id, r.Annotation)
                    journal.update(dataclasses.replace(old_note, target_id=decoded["target"],
                                                       text=decoded["text"], author_id=contact.id))
                else:
                    new.append(r.Annotation(id=record_id, target_id=decoded["target"], text=decoded["text"],
                                            for_patient=True, author_id=contact.id, created=now, updated=now))
            elif item.kind == "prompt_pack":
                packs += 1
                new += self._upsert_pack(decoded, item.data, contact)
        if new:
            journal.add_many(new)
        # Last: until the contact records this bundle as seen, importing it again is allowed and
        # lands on the same records (every step above is keyed by the sender's item ids).
        current = journal.get_as(contact.id, r.Contact)
        seen = (*current.seen_bundles, contents.bundle_id)[-100_000:]
        contact = journal.update(dataclasses.replace(current, last_sequence=contents.sequence, seen_bundles=seen))
        journal.audit("share_received", contact=contact.id, bundle=contents.bundle_id, items=len(plan))
        added = sum(1 for rec in new if isinstance(rec, r.ReceivedItem))
        return ReceiveResult(contact, contents.bundle_id, added, updated, withdrawn, comments, packs)

    def _upsert_pack(self, pack: object, content: bytes, contact: r.Contact) -> list[r.Record]:
        assert isinstance(pack, PromptPack)
        card = self.card_of(contact)
        for record in self._journal.list(r.PromptPackRecord):
            if record.pack_id == pack.id and record.signer_fingerprint == card.fingerprint:
                self._journal.update(dataclasses.replace(record, title=pack.title, version=pack.version,
                                                         content=content))
                return []
        return [r.PromptPackRecord(pack_id=pack.id, title=pack.title, version=pack.version,
                                   content=content, signer_fingerprint=card.fingerprint, enabled=True,
                                   created=self._journal.now(), updated=self._journal.now())]

    def scan_folder(self, folder: Path, progress: Progress | None = None) -> ScanResult:
        """Import every share file in `folder` addressed to this vault; leave all files where they are."""
        mine = self.keys().recipient_fingerprint
        seen = {bundle_id for contact in self._journal.list(r.Contact) for bundle_id in contact.seen_bundles}
        imported: list[tuple[Path, ReceiveResult]] = []
        rejected: list[tuple[Path, BundleProblem]] = []
        ignored: list[Path] = []
        already: list[Path] = []
        unreadable: list[Path] = []
        try:
            paths = sorted(folder.iterdir())
        except OSError as error:
            raise FolderUnavailable(f"The folder could not be read ({error.strerror or 'input/output error'}).") \
                from None
        for path in paths:
            if not path.name.endswith(BUNDLE_SUFFIX) or not path.is_file():
                continue
            try:
                data = read_bundle_file(path)
                header = wire.read_header(data)
            except BundleRejected as error:
                rejected.append((path, error.reason))
                continue
            except SharingError:  # one file that cannot be read does not stop the others
                unreadable.append(path)
                continue
            if header.recipient_fpr != mine:
                ignored.append(path)
                continue
            if header.bundle_id in seen:
                already.append(path)
                continue
            try:
                result = self.receive(data, progress)
            except BundleRejected as error:
                rejected.append((path, error.reason))
                continue
            seen.add(header.bundle_id)
            imported.append((path, result))
        return ScanResult(tuple(imported), tuple(rejected), tuple(ignored), tuple(already), tuple(unreadable))

    # --- reading what was received ---------------------------------------------------------------

    def received(self, contact: r.Contact | None = None, kinds: Iterable[str] | None = None, *,
                 items: list[r.ReceivedItem] | None = None) -> list[Received]:
        """Received items (newest first) with their content decoded; undecodable ones are skipped.
        `items`: open these (as whole_items gave them) instead of choosing by contact and kinds."""
        names = self.contact_names()
        out: list[Received] = []
        for item in self.whole_items(contact, kinds) if items is None else items:
            opened = self.open_received(item, names.get(item.sender_id, ""))
            if opened is not None:
                out.append(opened)
        return out

    def whole_items(self, contact: r.Contact | None = None, kinds: Iterable[str] | None = None) -> list[r.ReceivedItem]:
        """The received items from `contact` (everyone's if None) of these item kinds, newest first, with
        their payloads: items held light are read whole in batches (one store read per batch rather than
        per item; a patient's dashboard reads about a thousand). One that can no longer be read stays
        light (open_received then reports it unreadable)."""
        wanted = set(kinds) if kinds is not None else None
        chosen = [item for item in self._journal.list(r.ReceivedItem, light=True)
                  if (contact is None or item.sender_id == contact.id)
                  and (wanted is None or item.item_kind in wanted)]
        light = [item.id for item in chosen if not item.payload]
        if not light:
            return chosen
        whole = {item.id: item for item in self._journal.get_many(light)}
        return [whole.get(item.id, item) for item in chosen]

    def received_items(self) -> list[r.ReceivedItem]:
        """Received items (newest first) as held, their content not decoded: cheap for long lists. In a
        journal that holds them light (Journal.open's `light`) their payloads are empty here;
        open_received reads the one it is given whole."""
        return self._journal.list(r.ReceivedItem, light=True)

    def contact_names(self) -> dict[bytes, str]:
        """Contact record id -> name."""
        return {c.id: c.name for c in self._journal.list(r.Contact)}

    def open_received(self, item: r.ReceivedItem, contact_name: str = "") -> Received | None:
        """One received item with its content decoded, or None if this version cannot read it."""
        try:
            if not item.payload:  # held light (see received_items): read this one whole
                item = self._journal.get_as(item.id, r.ReceivedItem)
            if item.item_kind == "summary":
                title, text = _summary(item.payload)
                return Received(item, contact_name, None, title, text)
            return Received(item, contact_name, self._codec.decode(item.item_id, item.payload))
        except (UndecodableRecord, cbor.CborError, ValueError, NotFound):
            return None

    def comments_for(self, record_id: bytes) -> list[r.Annotation]:
        """Comments (from a therapist, or for a patient) beside a record, oldest first."""
        found = [a for a in self._journal.list(r.Annotation) if a.target_id == record_id]
        return sorted(found, key=lambda a: (a.created, a.id))

    def comments_for_patient(self, contact: r.Contact) -> list[r.Annotation]:
        """Therapist side: comments meant for this patient, on items they shared."""
        # From the comments (a few) to their items, not from every patient's items (tens of thousands).
        journal = self._journal
        found = []
        for comment in journal.list(r.Annotation):
            if not comment.for_patient:
                continue
            try:
                target = journal.get_light(comment.target_id)
            except NotFound:
                continue
            if isinstance(target, r.ReceivedItem) and target.sender_id == contact.id:
                found.append(comment)
        return found

    def replies(self) -> list[ReplyComment]:
        """Patient side: every comment a therapist's reply brought, with the record it is about (None
        when that record was deleted since) and who sent it; newest first."""
        names = self.contact_names()
        journal = self._journal
        found = []
        for comment in journal.list(r.Annotation):
            if not comment.for_patient:
                continue
            target = journal.get(comment.target_id) if comment.target_id in journal else None
            if isinstance(target, r.ReceivedItem):
                continue  # a therapist's own comment on what a patient shared
            author = names.get(comment.author_id, "") if comment.author_id is not None else ""
            found.append(ReplyComment(comment, target, author))
        return sorted(found, key=lambda c: (c.comment.updated, c.comment.id), reverse=True)

    def comment_counts(self) -> dict[bytes, int]:
        """Patient side: record id -> how many comments from a therapist it has (only records with
        some); what the Journal list marks entries with."""
        counts: dict[bytes, int] = {}
        for comment in self._journal.list(r.Annotation):
            if comment.for_patient:
                counts[comment.target_id] = counts.get(comment.target_id, 0) + 1
        return counts

    def annotate(self, received_id: bytes, text: str, *, for_patient: bool = False) -> r.Annotation:
        """Therapist side: a private note, or a comment to send back, on a received item."""
        self._journal.get_as(received_id, r.ReceivedItem)
        return self._journal.add(r.Annotation(target_id=received_id, text=text, for_patient=for_patient))

    def mark(self, received_id: bytes, *, reviewed: bool | None = None, discuss_next_time: bool | None = None,
             seen: bool | None = None) -> r.ReceivedItem:
        item = self._journal.get_as(received_id, r.ReceivedItem)
        changes: dict[str, bool] = {}
        if seen is not None:
            changes["seen"] = seen
        if reviewed:
            changes["seen"] = True  # reviewing is reading, whichever way the item was reached
        if reviewed is not None:
            changes["reviewed"] = reviewed
        if discuss_next_time is not None:
            changes["discuss_next_time"] = discuss_next_time
        return self._journal.update(dataclasses.replace(item, **changes))

    def discuss_next_time(self, contact: r.Contact | None = None) -> list[r.ReceivedItem]:
        return [i for i in self._journal.list(r.ReceivedItem, light=True)
                if i.discuss_next_time and (contact is None or i.sender_id == contact.id)]


def read_bundle_file(path: Path) -> bytes:
    """A share file's bytes; its size is checked before it is read."""
    try:
        if path.stat().st_size > wire.BUNDLE_MAX:
            raise BundleRejected(BundleProblem.TOO_LARGE)
        with path.open("rb") as handle:
            data = handle.read(wire.BUNDLE_MAX + 1)
    except OSError as error:
        raise SharingError(f"The share file could not be read ({error.strerror or 'input/output error'}).") \
            from None
    if len(data) > wire.BUNDLE_MAX:
        raise BundleRejected(BundleProblem.TOO_LARGE)
    return data


def _summary(data: bytes) -> tuple[str, str]:
    document = cbor.decode(data)
    if (not isinstance(document, dict) or document.keys() != {"title", "text"}
            or not isinstance(document["title"], str) or not isinstance(document["text"], str)
            or len(document["title"]) > r.LINE_MAX or len(document["text"]) > r.TEXT_MAX):
        raise ValueError("summary")
    return document["title"], document["text"]


def _validated_pack(content: bytes) -> PromptPack:
    return parse_pack(content, "shared prompt pack", source=PackSource.IMPORTED)


def _label(record: r.Record) -> str:
    if isinstance(record, r.Entry):
        return record.title or "(untitled entry)"
    if isinstance(record, r.TreatmentSession):
        return f"Session, {record.when.date().isoformat()}"
    if isinstance(record, r.CheckIn):
        return f"Check-in, {record.date.isoformat()}"
    if isinstance(record, r.QuestionnaireResponse):
        return f"{record.instrument.upper()}, {record.taken_at.date().isoformat()}"
    return record.KIND


def _withdraw_label(journal: Journal, record_id: bytes) -> str:
    if record_id in journal:
        return "Withdraw: " + _label(journal.get(record_id))
    return "Withdraw an item shared earlier"
