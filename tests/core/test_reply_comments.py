"""The therapist's reply loop in the sharing service, over two real vaults and real share files: which
comments are not sent yet (per patient, and for every patient at once), what the patient's vault knows
about the comments a reply brought (the entry, the therapist, counts per entry for the Journal list),
and the Inbox's "seen" mark; with the schema upgrades that added `author_id` and `seen`."""

from __future__ import annotations

import dataclasses
import json

import pytest

from integration_journal.core import codec
from integration_journal.core import records as r
from integration_journal.core.sharing import ShareSelection, SharingService
from tests.helpers.sharing_sides import connect, make_side, share_file

REPLY = ShareSelection(pending_comments=True)


@pytest.fixture
def loop(tmp_path, fast_kdf):
    """A patient who shared two entries with a therapist (verified both ways), imported there."""
    patient = make_side(tmp_path, "patient", "patient", "Sam", fast_kdf)
    therapist = make_side(tmp_path, "therapist", "therapist", "Dr Lee", fast_kdf)
    at_patient, at_therapist = connect(patient, therapist)
    first = patient.journal.add(r.Entry(title="After the session", body="b", share=True))
    second = patient.journal.add(r.Entry(title="By the river", body="c", share=True))
    ts = SharingService(therapist.journal)
    ts.receive_file(share_file(patient, at_patient, ShareSelection(flagged=True), tmp_path / "s1.ijshare"))
    received = {rec.record.id: rec.item for rec in ts.received()}
    yield patient, therapist, at_patient, at_therapist, first, second, received
    patient.ws.close()
    therapist.ws.close()


def test_unsent_comments_per_patient_and_for_everyone(loop, tmp_path) -> None:
    patient, therapist, _at_patient, sam, first, second, received = loop
    ts = SharingService(therapist.journal)
    assert ts.pending_comments(sam) == [] and ts.pending_counts() == {}
    one = ts.annotate(received[first.id].id, "Thank you for this.", for_patient=True)
    two = ts.annotate(received[second.id].id, "Let's talk about the river.", for_patient=True)
    ts.annotate(received[first.id].id, "Private: ask about sleep.")  # never counted, never sent
    assert [c.id for c in ts.pending_comments(sam)] == [one.id, two.id]
    assert ts.pending_counts() == {sam.id: 2}

    ts.write_share(ts.preview(sam, REPLY), (tmp_path / "r1.ijshare").write_bytes)
    assert ts.pending_comments(sam) == [] and ts.pending_counts() == {}
    # An edited comment is unsent again; the other stays sent.
    therapist.journal.update(dataclasses.replace(two, text="Let's talk about the river next time."))
    assert [c.id for c in ts.pending_comments(sam)] == [two.id]
    assert ts.pending_counts() == {sam.id: 1}


def test_the_patient_knows_each_comment_its_entry_and_its_therapist(loop, tmp_path) -> None:
    patient, therapist, _at_patient, sam, first, second, received = loop
    ts, ps = SharingService(therapist.journal), SharingService(patient.journal)
    ts.annotate(received[first.id].id, "Thank you for this.", for_patient=True)
    ts.annotate(received[first.id].id, "And for the drawing.", for_patient=True)
    ts.annotate(received[second.id].id, "Private note.")
    assert ps.replies() == [] and ps.comment_counts() == {}
    ts.write_share(ts.preview(sam, REPLY), (tmp_path / "r1.ijshare").write_bytes)
    result = ps.receive_file(tmp_path / "r1.ijshare")
    assert result.comments == 2

    assert ps.comment_counts() == {first.id: 2}
    replies = ps.replies()
    assert sorted(reply.comment.text for reply in replies) == ["And for the drawing.", "Thank you for this."]
    assert all(reply.record == first and reply.author_name == "Dr Lee" for reply in replies)
    assert replies[0].comment.updated >= replies[1].comment.updated  # newest first
    # The therapist's own vault lists no "replies": its comments are on items it received.
    assert ts.replies() == []
    # The entry deleted since: the comment is still listed, without an entry to open.
    patient.journal.delete(first.id)
    assert {reply.record for reply in ps.replies()} == {None}


def test_opening_marks_seen_reviewing_implies_it_and_an_update_clears_it(loop, tmp_path) -> None:
    patient, therapist, at_patient, _sam, first, second, received = loop
    ts = SharingService(therapist.journal)
    item = received[first.id]
    assert not item.seen
    assert ts.mark(item.id, seen=True).seen
    other = ts.mark(received[second.id].id, reviewed=True)
    assert other.seen and other.reviewed
    # The patient edits the entry and shares it again: new content is unseen and unreviewed again.
    patient.journal.update(dataclasses.replace(first, body="changed"))
    ts.receive_file(share_file(patient, at_patient, ShareSelection(entry_ids=(first.id,)), tmp_path / "s2.ijshare"))
    again = therapist.journal.get_as(item.id, r.ReceivedItem)
    assert not again.seen and not again.reviewed


def _older(payload: bytes, version: int, drop: str) -> bytes:
    """The same payload as an older schema wrote it: version `version`, without field `drop`."""
    head, sep, raw = payload.partition(b"\0")
    document = json.loads(head)
    document["v"] = version
    del document["d"][drop]
    return json.dumps(document, separators=(",", ":")).encode() + sep + raw


def test_records_written_before_the_new_fields_still_open() -> None:
    note = r.Annotation(target_id=bytes(range(16)), text="hello", for_patient=True, author_id=bytes(16))
    old_note = codec.decode(note.id, _older(codec.encode(note), 1, "author_id"))
    assert isinstance(old_note, r.Annotation) and old_note.author_id is None and old_note.text == "hello"
    for reviewed in (False, True):
        item = r.ReceivedItem(sender_id=bytes(16), bundle_id=bytes(range(16)), sequence=1, item_kind="entry",
                              item_id=bytes(range(1, 17)), payload=b"x\0y", received_at=note.created,
                              reviewed=reviewed)
        old_item = codec.decode(item.id, _older(codec.encode(item), 2, "seen"))
        assert isinstance(old_item, r.ReceivedItem)
        # Reviewed before "seen" existed: it was read; otherwise it was not known to be.
        assert old_item.seen is reviewed and old_item.payload == b"x\0y"
