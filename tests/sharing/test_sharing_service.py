"""The sharing service over two real vaults: identity, contacts, preview, write, receive, replies."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from integration_journal.core import records as r
from integration_journal.core.sharing import ShareSelection, SharingService, comment_record_id
from integration_journal.crypto import bundle as wire
from integration_journal.errors import BundleProblem, BundleRejected, SharingError
from integration_journal.storage.workspace import Workspace
from tests.helpers.prompt_pack import PACK
from tests.helpers.shares import share_bytes
from tests.helpers.workspaces import PASSPHRASE


def _content_records(journal) -> int:
    return sum(1 for rec in journal if not isinstance(rec, r.AuditEvent))


def test_identity_is_created_once_on_first_use_and_kept_out_of_history(pair) -> None:
    patient, _, ps, _, _, _, _ = pair
    identities = patient.journal.list(r.Identity)
    assert len(identities) == 1
    assert ps.keys() == ps.keys()
    assert ps.my_card().name == "Sam" and ps.my_card().role == "patient"
    assert patient.journal.history(identities[0].id) == []


def test_sending_needs_a_verified_contact_and_unchanged_keys(pair, tmp_path: Path) -> None:
    patient, therapist, ps, ts, at_patient, _, make = pair
    patient.journal.add(r.Entry(title="t", body="b", share=True))
    preview = ps.preview(at_patient, ShareSelection(flagged=True))
    with pytest.raises(SharingError, match="safety number"):
        ps.write_share(preview, lambda data: None)
    ps.verify(at_patient)
    # The therapist's keys change after the preview was made: refused.
    newcomer = SharingService(make("t2", "therapist", "Dr Lee").journal)
    changed = ps.add_contact(newcomer.my_card().raw, "Dr Lee")
    assert changed.key_changed and not changed.contact.verified and not changed.new
    assert changed.contact.key_fingerprints[1] == ts.my_card().fingerprint
    with pytest.raises(SharingError, match="changed after the preview"):
        ps.write_share(preview, lambda data: None)
    with pytest.raises(SharingError, match="own contact card"):
        ps.add_contact(ps.my_card().raw)
    assert ps.history() == []


def test_preview_says_exactly_what_is_sent(pair) -> None:
    patient, _, ps, _, at_patient, _, _ = pair
    j = patient.journal
    tz = dt.timezone.utc
    old = j.add(r.Entry(title="old flagged", share=True, created=dt.datetime(2024, 1, 1, tzinfo=tz),
                        updated=dt.datetime(2024, 1, 1, tzinfo=tz)), keep_timestamps=True)
    new = j.add(r.Entry(title="new flagged", share=True, created=dt.datetime(2024, 3, 1, tzinfo=tz),
                        updated=dt.datetime(2024, 3, 1, tzinfo=tz)), keep_timestamps=True)
    j.add(r.Entry(title="not flagged"))
    session = j.add(r.TreatmentSession(when=dt.datetime(2024, 3, 2, tzinfo=tz), route="iv", setting="clinic"))
    survey = j.add(r.QuestionnaireResponse(instrument="phq9", answers=[1] * 9,
                                           taken_at=dt.datetime(2024, 3, 3, tzinfo=tz)))
    j.add(r.CheckIn(date=dt.date(2024, 2, 20), mood=5, anxiety=4))
    inside = j.add(r.CheckIn(date=dt.date(2024, 3, 5), mood=6, anxiety=3))
    preview = ps.preview(at_patient, ShareSelection(
        flagged=True, checkins=True, date_from=dt.date(2024, 3, 1), date_to=dt.date(2024, 3, 31),
        session_ids=(session.id,), questionnaire_ids=(survey.id,), summary=("March", "# March\nCalmer.")))
    assert [(line.kind, line.item_id) for line in preview.lines[:4]] == [
        ("entry", new.id), ("session", session.id), ("questionnaire", survey.id), ("checkin", inside.id)]
    assert preview.lines[4].kind == "summary" and preview.lines[4].label == "March"
    assert preview.counts == {"entry": 1, "session": 1, "questionnaire": 1, "checkin": 1, "summary": 1}
    assert old.id not in {line.item_id for line in preview.lines}
    assert not any(line.update for line in preview.lines)
    with pytest.raises(SharingError, match="Nothing is selected"):
        ps.preview(at_patient, ShareSelection())
    with pytest.raises(SharingError, match="never shared"):
        ps.preview(at_patient, ShareSelection(withdraw_ids=(new.id,)))


def test_round_trip_with_update_withdrawal_replay_and_reply(pair) -> None:
    patient, therapist, ps, ts, at_patient, at_therapist, _ = pair
    ps.verify(at_patient)
    ts.verify(at_therapist)
    entry = patient.journal.add(r.Entry(title="First", body="Felt lighter", share=True))
    other = patient.journal.add(r.Entry(title="Second", body="two", share=True))
    first = share_bytes(ps, at_patient, ShareSelection(flagged=True))
    log = ps.history()[0]
    assert log.recipient_name == "Dr Lee" and set(log.item_ids) == {entry.id, other.id} and log.sequence == 1

    result = ts.receive(first)
    assert (result.added, result.updated) == (2, 0)
    received = {got.record.title: got for got in ts.received()}
    assert received["First"].record.body == "Felt lighter" and received["First"].contact_name == "Sam"
    ts.mark(received["First"].item.id, reviewed=True, discuss_next_time=True)
    assert [i.id for i in ts.discuss_next_time(at_therapist)] == [received["First"].item.id]

    with pytest.raises(BundleRejected) as caught:
        ts.receive(first)
    assert caught.value.reason is BundleProblem.REPLAYED

    patient.journal.update(dataclasses.replace(entry, body="Felt lighter, then tired"))
    preview = ps.preview(at_patient, ShareSelection(entry_ids=(entry.id,), withdraw_ids=(other.id,)))
    assert [line.update for line in preview.lines] == [True, True]
    second = []
    ps.write_share(preview, second.append)
    result = ts.receive(second[0])
    assert (result.added, result.updated, result.withdrawn) == (0, 1, 1)
    [only] = ts.received()
    assert only.record.body == "Felt lighter, then tired" and only.item.reviewed is False
    assert only.item.id == received["First"].item.id  # the same record, updated in place

    with pytest.raises(BundleRejected) as caught:
        ts.receive(first)
    assert caught.value.reason is BundleProblem.REPLAYED

    ts.annotate(only.item.id, "Private: ask about sleep")
    comment = ts.annotate(only.item.id, "Thank you, this helps.", for_patient=True)
    pack = therapist.journal.add(r.PromptPackRecord(pack_id="dr-lee-sleep", title="Sleep and rest", version=1,
                                                    content=json.dumps(PACK).encode()))
    reply = ts.preview(at_therapist, ShareSelection(pending_comments=True, prompt_pack_ids=(pack.id,)))
    assert [line.kind for line in reply.lines] == ["comment", "prompt_pack"]
    data = []
    ts.write_share(reply, data.append)
    result = ps.receive(data[0])
    assert (result.comments, result.prompt_packs) == (1, 1)
    [note] = ps.comments_for(entry.id)
    assert note.text == "Thank you, this helps." and note.for_patient
    assert note.id == comment_record_id(ts.keys().stable_id, comment.id)
    [stored] = patient.journal.list(r.PromptPackRecord)
    assert stored.pack_id == "dr-lee-sleep" and stored.signer_fingerprint == ts.my_card().fingerprint
    from integration_journal.core.prompts import PromptLibrary

    library = PromptLibrary.for_journal(patient.journal)
    [imported] = [p for p in library.packs if p.id == "dr-lee-sleep"]
    assert imported.author == "Dr Lee" and library.prompt("sleep-01") is not None
    # Nothing new to send: the comment went out and was not edited since.
    assert ts.preview(at_therapist, ShareSelection(pending_comments=True, prompt_pack_ids=(pack.id,))).counts == {
        "prompt_pack": 1}


def test_a_rejected_bundle_imports_nothing(pair) -> None:
    patient, therapist, ps, ts, at_patient, at_therapist, make = pair
    ps.verify(at_patient)
    patient.journal.add(r.Entry(title="x", share=True))
    data = share_bytes(ps, at_patient, ShareSelection(flagged=True))
    before = _content_records(therapist.journal)
    with pytest.raises(BundleRejected) as caught:
        ts.receive(data)  # the therapist has not verified Sam yet
    assert caught.value.reason is BundleProblem.SENDER_UNVERIFIED
    assert _content_records(therapist.journal) == before
    assert therapist.journal.list(r.AuditEvent)[0].details["reason"] == "SENDER_UNVERIFIED"

    # A patient sending to another patient: the items are not accepted from that sender.
    friend = make("f", "patient", "Alex")
    fs = SharingService(friend.journal)
    fs.verify(fs.add_contact(ps.my_card().raw).contact)
    ps.verify(ps.add_contact(fs.my_card().raw).contact)
    to_friend = share_bytes(ps, ps.find_contact("alex"), ShareSelection(flagged=True))
    with pytest.raises(BundleRejected) as caught:
        fs.receive(to_friend)
    assert caught.value.reason is BundleProblem.UNEXPECTED_ITEMS
    assert friend.journal.list(r.ReceivedItem) == []


def test_an_invalid_prompt_pack_in_a_reply_is_refused_as_a_whole(pair) -> None:
    patient, therapist, ps, ts, at_patient, at_therapist, _ = pair
    ps.verify(at_patient)
    broken = wire.write_bundle([wire.BundleItem("prompt_pack", bytes(16), 1, b'{"schema_version": 1}')],
                               sender=ts.keys(), recipient=ps.my_card(), sequence=9, created=0)
    with pytest.raises(BundleRejected) as caught:
        ps.receive(broken)
    assert caught.value.reason is BundleProblem.MALFORMED_CONTENT
    assert patient.journal.list(r.PromptPackRecord) == []


def test_received_items_survive_reopening_and_store_the_payload_raw(pair, tmp_path: Path, fast_kdf) -> None:
    patient, therapist, ps, ts, at_patient, at_therapist, _ = pair
    ps.verify(at_patient)
    ts.verify(at_therapist)
    body = "Zeilen\x00mit NUL und Ümlauten " * 50
    patient.journal.add(r.Entry(title="raw", body=body, share=True))
    ts.receive(share_bytes(ps, at_patient, ShareSelection(flagged=True)))
    [item] = therapist.journal.list(r.ReceivedItem)
    from integration_journal.core import codec

    payload = codec.encode(item)
    assert payload.endswith(item.payload) and b'"payload"' not in payload.split(b"\0", 1)[0]
    therapist.close()
    reopened = Workspace.open(tmp_path / "t", PASSPHRASE, policy=fast_kdf, backup=False)
    try:
        [again] = SharingService(reopened.journal).received()
        assert again.record.body == body and again.contact_name == "Sam"
    finally:
        reopened.close()
