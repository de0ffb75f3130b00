"""Raw fields after the JSON envelope (Entry.body): both payload layouts decode to the same record,
and malformed split payloads only ever raise typed errors."""

from __future__ import annotations

import dataclasses
import json
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_journal.core import codec
from integration_journal.core import records as r
from integration_journal.core.codec import Codec
from integration_journal.errors import UndecodableRecord, UnknownRecordKind, ValidationError
from tests.helpers.records import rid

ID = rid(9)
BODIES = ["", "plain", "Ünïcödé — 日本語 ✓ \U0001F600", "nul \x00 inside \x00\x00", "\x00", "line\nbreak\t\"q\"\\",
          "x" * 5000]


def old_layout(record: r.Record) -> bytes:
    """The all-JSON payload every vault written before raw fields holds (what encode used to give)."""
    document = codec.DEFAULT_CODEC.to_document(record)
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


@pytest.mark.parametrize("body", BODIES)
def test_entry_body_round_trips_in_the_new_layout(body: str) -> None:
    entry = r.Entry(id=ID, title="T \x00 é", body=body, tags=["a"])
    payload = codec.encode(entry)
    head, nul, raw = payload.partition(b"\0")
    assert nul and raw == body.encode("utf-8")
    assert "body" not in json.loads(head)["d"]
    assert b"\\u0000" in head  # NUL in a JSON field is escaped: the first raw NUL is the split
    back = codec.decode(ID, payload)
    assert back == entry and back.body == body
    assert codec.encode(back) == payload


@pytest.mark.parametrize("body", BODIES)
def test_old_all_json_payloads_decode_identically(body: str) -> None:
    entry = r.Entry(id=ID, title="t", body=body, session_id=rid(3))
    old = old_layout(entry)
    assert b"\0" not in old
    assert codec.decode(ID, old) == codec.decode(ID, codec.encode(entry)) == entry


def test_frozen_old_payload_decodes() -> None:
    payload = (b'{"k":"entry","v":1,"c":"2024-03-01T10:00:00+00:00","u":"2024-03-02T11:00:00+01:00","d":'
               b'{"title":"Old","body":"Written \\u0000 before \xc3\xa9","tags":["x"],"phase":null,'
               b'"session_id":null,"prompt_answers":[],"share":false,"bring_to_appointment":false,'
               b'"question_for_therapist":false}}')
    entry = codec.decode(ID, payload)
    assert (entry.title, entry.body, entry.tags) == ("Old", "Written \x00 before é", ("x",))
    assert codec.decode(ID, codec.encode(entry)) == entry


def test_kinds_without_raw_fields_stay_all_json() -> None:
    note = r.Reframe(old_thought="a\x00", new_perspective="b")
    assert b"\0" not in codec.encode(note)


def test_history_snapshot_of_a_new_layout_entry_round_trips() -> None:
    entry = r.Entry(id=ID, title="t", body="body \x00 text")
    snapshot = r.HistorySnapshot(of_id=ID, revision=1, deleted=False, payload=codec.encode(entry))
    back = codec.decode(snapshot.id, codec.encode(snapshot))
    assert codec.decode(ID, back.payload) == entry


def test_lone_surrogate_in_a_raw_field_is_refused_naming_it() -> None:
    with pytest.raises(ValidationError) as caught:
        codec.encode(r.Entry(body="bad \ud800"))
    assert caught.value.field == "body"


def _entry_head(**changes) -> bytes:
    head = codec.encode(r.Entry(id=ID, title="t", body="b")).partition(b"\0")[0]
    document = json.loads(head)
    document.update(changes)
    return json.dumps(document, separators=(",", ":")).encode()


@pytest.mark.parametrize(("payload", "error", "fragment"), [
    (_entry_head() + b"\0\xff\xfe", UndecodableRecord, "field body is not valid UTF-8"),
    (_entry_head(d={**json.loads(_entry_head())["d"], "body": "x"}) + b"\0b", UndecodableRecord,
     "field body is stored twice"),
    (b"\0body", UndecodableRecord, "not valid JSON"),
    (_entry_head()[:-1] + b"\0body", UndecodableRecord, "not valid JSON"),
    (_entry_head() + b" \0body", UndecodableRecord, "not valid JSON"),
    (old_layout(r.Reframe(id=ID, old_thought="a", new_perspective="b")) + b"\0x", UndecodableRecord,
     "not a record envelope"),
    (_entry_head(k="no-such-kind") + b"\0b", UnknownRecordKind, "not known"),
    (_entry_head(v=2) + b"\0b", UndecodableRecord, "newer version"),
    (_entry_head(d=[]) + b"\0b", UndecodableRecord, "fields are not an object"),
    (_entry_head() + b"\0", UndecodableRecord, None),  # empty body: valid
])
def test_malformed_split_payloads_raise_typed_errors(payload: bytes, error, fragment) -> None:
    if fragment is None:
        assert codec.decode(ID, payload).body == ""
        return
    with pytest.raises(error) as caught:
        codec.decode(ID, payload)
    assert fragment in caught.value.reason


def two_raw_codec() -> Codec:
    spec = next(s for s in codec.DEFAULT_SPECS if s.cls is r.Entry)
    return Codec([dataclasses.replace(spec, raw_fields=("title", "body"))])


@pytest.mark.parametrize("title", ["", "t\x00", "日本"])
@pytest.mark.parametrize("body", BODIES)
def test_several_raw_fields_are_length_prefixed(title: str, body: str) -> None:
    two = two_raw_codec()
    entry = r.Entry(id=ID, title=title, body=body)
    payload = two.encode(entry)
    head, _, raw = payload.partition(b"\0")
    t, b = title.encode(), body.encode()
    assert raw == struct.pack(">I", len(t)) + t + struct.pack(">I", len(b)) + b
    assert two.decode(ID, payload) == entry
    # and the codec with one raw field reads neither this nor the other way round wrongly
    assert two.decode(ID, old_layout(entry)) == entry


@pytest.mark.parametrize("tail", [b"", b"\0\0\0", b"\0\0\0\x05ab", b"\0\0\0\0\0\0\0\0x",
                                  b"\0\0\0\x01a\0\0\0\x09b", b"\0\0\0\x01\xff\0\0\0\0"])
def test_bad_length_prefixed_fields_are_typed_errors(tail: bytes) -> None:
    head = _entry_head(d={k: v for k, v in json.loads(_entry_head())["d"].items() if k != "title"})
    with pytest.raises(UndecodableRecord):
        two_raw_codec().decode(ID, head + b"\0" + tail)


def test_raw_fields_must_be_plain_fields() -> None:
    spec = next(s for s in codec.DEFAULT_SPECS if s.cls is r.Entry)
    with pytest.raises(ValueError):
        dataclasses.replace(spec, raw_fields=("session_id",))
    with pytest.raises(ValueError):
        dataclasses.replace(spec, raw_fields=("nope",))


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=200), st.binary(max_size=200), st.sampled_from([codec.DEFAULT_CODEC, two_raw_codec()]))
def test_random_split_payloads_only_raise_undecodable(head_noise: bytes, tail: bytes, which: Codec) -> None:
    for head in (head_noise, _entry_head(), _entry_head()[:len(head_noise) % 50]):
        try:
            which.decode(ID, head + b"\0" + tail)
        except UndecodableRecord:
            pass


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.text(max_size=40))
def test_any_text_round_trips(body: str, title: str) -> None:
    try:
        entry = r.Entry(id=ID, title=title, body=body)
    except ValidationError:
        return
    try:
        payload = codec.encode(entry)
    except ValidationError:
        return  # lone surrogates
    assert codec.decode(ID, payload) == entry
    assert codec.decode(ID, old_layout(entry)) == entry
