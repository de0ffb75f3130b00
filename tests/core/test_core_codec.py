"""The payload codec: lossless round trips, strict decoding with typed errors, schema upgrades."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_journal.core import codec
from integration_journal.core import records as r
from integration_journal.core.codec import Codec
from integration_journal.errors import (
    NewerRecordVersion,
    RecordCorrupt,
    UndecodableRecord,
    UnknownRecordKind,
    ValidationError,
)
from tests.helpers.clocks import FROZEN_NOW
from tests.helpers.envelopes import envelope, one_value_replaced, payload_of
from tests.helpers.records import one_of_each, rid

ID = rid(42)


@pytest.mark.parametrize("record", one_of_each(), ids=lambda rec: rec.KIND)
def test_every_kind_round_trips(record: r.Record) -> None:
    payload = codec.encode(record)
    back = codec.decode(record.id, payload)
    assert back == record
    assert type(back) is type(record)
    assert back.created.utcoffset() == record.created.utcoffset()
    # Encoding is deterministic, so re-encoding the decoded record gives the same bytes.
    assert codec.encode(back) == payload


def test_envelope_layout_is_compact_json() -> None:
    entry = r.Entry(id=ID, title="Café", tags=["x"], session_id=rid(7), body="Body text")
    payload = codec.encode(entry)
    head, nul, body = payload.partition(b"\0")
    assert nul and body == b"Body text"  # the body follows the envelope as raw UTF-8
    assert b" " not in head.replace(b"Caf\xc3\xa9", b"")  # compact separators, UTF-8 not \u escapes
    document = json.loads(head)
    assert "body" not in document["d"]
    assert document.keys() == {"k", "v", "c", "u", "d"}
    assert document["k"] == "entry" and document["v"] == 1
    assert document["c"] == entry.created.isoformat()
    assert document["d"]["session_id"] == "AAAAAAAAAAAAAAAAAAAABw=="  # bytes as base64
    assert "id" not in document["d"]  # the id belongs to the store row, not the payload


def entry_doc(**field_changes: Any) -> dict[str, Any]:
    document = envelope(r.Entry(id=ID, title="t", body="b", tags=["a"]))
    document["d"].update(field_changes)
    return document


@pytest.mark.parametrize(("payload", "fragment"), [
    (b"", "not valid JSON"),
    (b"\xff\xfe", "not valid JSON"),
    (b"[1, 2]", "not a record envelope"),
    (b'{"k": "entry"}', "not a record envelope"),
    (b'{"k":"entry","v":1,"c":"x","u":"x","d":{},"extra":1}', "not a record envelope"),
    (payload_of({**entry_doc(), "v": 0}), "schema version"),
    (payload_of({**entry_doc(), "v": True}), "schema version"),
    (payload_of({**entry_doc(), "v": "1"}), "schema version"),
    (payload_of({**entry_doc(), "k": 5}), "kind is missing"),
    (payload_of({**entry_doc(), "d": []}), "fields are not an object"),
    (payload_of({**entry_doc(), "c": "yesterday"}), "field created"),
    (payload_of({**entry_doc(), "u": 12}), "field updated"),
    (payload_of({**entry_doc(), "c": "2024-03-01T10:00:00"}), "field created must carry a time zone"),
    (payload_of(entry_doc(extra_field=1)), "fields this version does not know"),
    (payload_of(entry_doc(title=["x"])), "field title must be text"),
    (payload_of(entry_doc(tags="secret words")), "field tags must be a list"),
    (payload_of(entry_doc(phase="someday")), "field phase must be one of"),
    (payload_of(entry_doc(session_id="@@not base64@@")), "field session_id is not valid base64"),
    (payload_of(entry_doc(session_id="AAAA")), "field session_id must be a 16-byte record id"),
    (payload_of(entry_doc(session_id=5)), "field session_id expected base64 text"),
    (payload_of(entry_doc(prompt_answers=[{"prompt": "p"}])), "field prompt_answers expected an object"),
    (payload_of(entry_doc(prompt_answers="x")), "field prompt_answers expected a list"),
    (payload_of(entry_doc(share="yes")), "field share must be true or false"),
    (b'{"k":"entry","v":1,"c":"2024-01-01T00:00:00+00:00","u":"2024-01-01T00:00:00+00:00","d":'
     b'{"title":NaN}}', "not valid JSON"),
])
def test_malformed_payloads_raise_a_typed_error_naming_the_problem(payload: bytes, fragment: str) -> None:
    with pytest.raises(UndecodableRecord) as caught:
        codec.decode(ID, payload)
    assert fragment in caught.value.reason
    assert caught.value.record_id == ID
    assert isinstance(caught.value, RecordCorrupt)  # callers may treat it like any damaged record
    assert "secret" not in str(caught.value)


def test_missing_field_is_named() -> None:
    document = entry_doc()
    del document["d"]["body"]
    with pytest.raises(UndecodableRecord, match="field body is missing"):
        codec.decode(ID, payload_of(document))


def test_nested_field_errors_name_the_path() -> None:
    document = envelope(r.TreatmentSession(id=ID, when=FROZEN_NOW, route="iv", setting="clinic"))
    document["d"]["bp_before"] = {"systolic": 500, "diastolic": 80}
    with pytest.raises(UndecodableRecord, match="field bp_before.systolic must be between"):
        codec.decode(ID, payload_of(document))
    document["d"]["bp_before"] = {"systolic": 120}
    with pytest.raises(UndecodableRecord, match="field bp_before expected an object"):
        codec.decode(ID, payload_of(document))


def test_unknown_kind_is_its_own_error_and_does_not_echo_the_kind() -> None:
    with pytest.raises(UnknownRecordKind) as caught:
        codec.decode(ID, payload_of({**entry_doc(), "k": "my-diary-of-secrets"}))
    assert "secrets" not in str(caught.value)


def test_newer_schema_is_its_own_error() -> None:
    with pytest.raises(NewerRecordVersion) as caught:
        codec.decode(ID, payload_of({**entry_doc(), "v": 2}))
    assert "newer version" in str(caught.value)


def test_older_schema_is_upgraded_by_the_kinds_hook() -> None:
    # Pretend Reframe's schema 2 renamed "old" -> "old_thought" and added "domain".
    def from_1(fields: dict[str, Any]) -> dict[str, Any]:
        fields["old_thought"] = fields.pop("old")
        fields["domain"] = "mind"
        return fields

    v1 = next(s for s in codec.DEFAULT_SPECS if s.cls is r.Reframe)
    v2 = dataclasses.replace(v1, version=2, upgrades={1: from_1})
    upgraded = Codec([v2])
    old_payload = payload_of({"k": "reframe", "v": 1, "c": "2024-01-01T00:00:00+00:00",
                              "u": "2024-01-01T00:00:00+00:00",
                              "d": {"old": "I fail", "new_perspective": "I learn", "source_id": None}})
    record = upgraded.decode(ID, old_payload)
    assert isinstance(record, r.Reframe)
    assert (record.old_thought, record.domain) == ("I fail", r.Domain.MIND)
    assert json.loads(upgraded.encode(record))["v"] == 2
    # Without a hook for schema 1 the record is reported, not guessed at.
    no_hook = Codec([dataclasses.replace(v1, version=2)])
    with pytest.raises(UndecodableRecord, match="no upgrade from reframe schema 1"):
        no_hook.decode(ID, old_payload)
    # A hook that trips over the old fields is a typed error too.
    broken = Codec([dataclasses.replace(v1, version=2, upgrades={1: lambda f: f.pop("missing")})])
    with pytest.raises(UndecodableRecord, match="could not be upgraded"):
        broken.decode(ID, old_payload)


def test_a_codec_knows_only_its_kinds() -> None:
    only_entries = Codec([s for s in codec.DEFAULT_SPECS if s.cls is r.Entry])
    note = r.Reframe(old_thought="a", new_perspective="b")
    with pytest.raises(ValidationError):
        only_entries.encode(note)
    with pytest.raises(UnknownRecordKind):
        only_entries.decode(note.id, codec.encode(note))


def test_specs_cover_exactly_the_record_fields() -> None:
    for spec in codec.DEFAULT_SPECS:
        declared = {f.name for f in dataclasses.fields(spec.cls)} - {"id", "created", "updated"}
        assert spec.field_names == declared, spec.kind
    assert {s.cls for s in codec.DEFAULT_SPECS} == set(r.RECORD_TYPES)


def test_lone_surrogate_is_refused_at_encode_naming_the_field() -> None:
    entry = r.Entry(body="fine", title="bad \ud800 text")
    with pytest.raises(ValidationError) as caught:
        codec.encode(entry)
    assert caught.value.field == "title"


def test_valid_escaped_surrogate_pairs_decode() -> None:
    document = entry_doc()
    text = json.dumps(document).replace('"title": "t"', '"title": "\\ud83d\\ude00"')
    assert codec.decode(ID, text.encode()).title == "\U0001F600"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_only_ever_raise_undecodable(payload: bytes) -> None:
    try:
        codec.decode(ID, payload)
    except UndecodableRecord:
        pass


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(st.sampled_from(one_of_each()), st.data())
def test_any_field_replaced_by_any_json_value_decodes_or_raises_undecodable(record: r.Record, data) -> None:
    try:
        decoded = codec.decode(record.id, one_value_replaced(record, data))
    except UndecodableRecord:
        return
    # Whatever was accepted is a valid record that encodes again.
    assert codec.decode(record.id, codec.encode(decoded)) == decoded


def _session_v1_payload() -> bytes:
    """A session as schema 1 stored it: none of the course details existed yet."""
    session = r.TreatmentSession(id=ID, when=dt.datetime(2024, 3, 1, 9, tzinfo=dt.UTC), route="iv",
                                 setting="clinic", experience=6)
    document = json.loads(codec.encode(session))
    for name in codec._SESSION_V2_FIELDS:
        del document["d"][name]
    document["v"] = 1
    return json.dumps(document).encode()


def test_a_schema_1_session_opens_with_its_course_details_unrecorded() -> None:
    back = codec.decode(ID, _session_v1_payload())
    assert back.experience == 6
    assert all(getattr(back, name) is None for name in codec._SESSION_V2_FIELDS)
    assert json.loads(codec.encode(back))["v"] == 2


def test_a_schema_1_session_that_already_has_a_schema_2_field_is_rejected() -> None:
    document = json.loads(_session_v1_payload())
    document["d"]["product"] = "racemic"
    with pytest.raises(UndecodableRecord, match="could not be upgraded"):
        codec.decode(ID, json.dumps(document).encode())


@pytest.mark.parametrize(("name", "value"), [
    ("product", "ketamine-ish"), ("antiemetic", True), ("acute_duration", "3h"), ("experience_kind", "great"),
    ("transport_home", "flew"), ("therapist_present", "yes"), ("number_in_series", 0),
    ("number_in_series", 501), ("next_integration_session", "2024-03-01"),
])
def test_session_course_details_are_checked(name: str, value: object) -> None:
    with pytest.raises(ValidationError, match=name):
        r.TreatmentSession(when=dt.datetime(2024, 3, 1, 9, tzinfo=dt.UTC), route="iv", setting="clinic",
                           **{name: value})
