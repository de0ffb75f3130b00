"""Codec.decode_stored, the trusted path of Journal.open: the same records as decode() for what the app
wrote, full validation for anything older or imported, and never a record with a value of the wrong type."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_journal.core import codec, export_json
from integration_journal.core import records as r
from integration_journal.core.codec import Codec
from integration_journal.core.journal import Journal
from integration_journal.core.store import MemoryStore
from integration_journal.errors import ImportRejected, UndecodableRecord
from tests.helpers.envelopes import envelope, one_value_replaced, payload_of
from tests.helpers.records import minute_clock, one_of_each, rid

ID = rid(42)
UTC = dt.timezone.utc
# Kinds holding free-form JSON (frozen mappings): their values are re-validated on every load.
FULLY_VALIDATED_KINDS = {"draft", "audit", "settings"}


class FullPathUsed(AssertionError):
    pass


def trusted_only() -> Codec:
    """A codec whose full path fails loudly: whatever it decodes came through the trusted path."""
    only = Codec()

    def refuse(record_id: bytes, payload: bytes) -> r.Record:
        raise FullPathUsed("decode_stored fell back to the full path")

    only.decode = refuse  # type: ignore[method-assign]
    return only


class Counting(Codec):
    """Counts how often decode_stored hands a payload to the full path."""

    def __init__(self) -> None:
        super().__init__()
        self.full = 0

    def decode(self, record_id: bytes, payload: bytes) -> r.Record:
        self.full += 1
        return super().decode(record_id, payload)


def conforms(value: Any, hint: Any) -> bool:
    """Whether `value` has the declared type `hint` (written apart from the codec, to check it)."""
    args = typing.get_args(hint)
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        return any(conforms(value, arm) for arm in args)
    if hint is type(None):
        return value is None
    if origin is tuple:
        return type(value) is tuple and all(conforms(item, args[0]) for item in value)
    if origin is not None and issubclass(origin, Mapping):
        return isinstance(value, Mapping)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return type(value) is hint
    if hint is dt.datetime:
        return type(value) is dt.datetime and value.utcoffset() is not None
    if hint in (bool, int, float, str, bytes, dt.date):
        return type(value) is hint
    return isinstance(value, hint)


def assert_well_typed(record: r.Record) -> None:
    hints = typing.get_type_hints(type(record))
    for f in dataclasses.fields(record):
        assert conforms(getattr(record, f.name), hints[f.name]), f"{record.KIND}.{f.name}"


# --- (3) what the app wrote comes back equal, through the trusted path ---------------------------------

@pytest.mark.parametrize("record", one_of_each(), ids=lambda rec: rec.KIND)
def test_every_kind_round_trips_through_decode_stored(record: r.Record) -> None:
    payload = codec.encode(record)
    back = codec.DEFAULT_CODEC.decode_stored(record.id, payload)
    assert back == record
    assert type(back) is type(record)
    for f in dataclasses.fields(record):
        assert type(getattr(back, f.name)) is type(getattr(record, f.name)), f.name
    assert back.created.utcoffset() == record.created.utcoffset()
    assert codec.encode(back) == payload
    assert_well_typed(back)
    if record.KIND in FULLY_VALIDATED_KINDS:
        with pytest.raises(FullPathUsed):
            trusted_only().decode_stored(record.id, payload)
    else:
        assert trusted_only().decode_stored(record.id, payload) == record


def test_only_the_free_form_json_kinds_lack_a_trusted_path() -> None:
    assert {s.kind for s in codec.DEFAULT_SPECS if s.trusted is None} == FULLY_VALIDATED_KINDS


def test_never_edited_records_share_one_timestamp_object() -> None:
    entry = r.Entry(id=ID, title="t", body="b", created=dt.datetime(2024, 3, 1, 9, tzinfo=UTC))
    back = codec.DEFAULT_CODEC.decode_stored(ID, codec.encode(entry))
    assert back.updated is back.created


def test_the_all_json_layout_of_entries_is_read_by_the_trusted_path_too() -> None:
    entry = r.Entry(id=ID, title="t", body="old layout \x00 body", tags=["a"], session_id=rid(3))
    old = json.dumps(codec.DEFAULT_CODEC.to_document(entry), separators=(",", ":")).encode()
    assert b"\0" not in old
    assert trusted_only().decode_stored(ID, old) == entry


def test_journal_open_loads_through_the_trusted_path() -> None:
    store = MemoryStore()
    Journal.open(store, minute_clock(), tz=UTC).add_many(
        [x for x in one_of_each() if x.KIND not in FULLY_VALIDATED_KINDS])
    reopened = Journal.open(store, minute_clock(), tz=UTC, codec=trusted_only())
    assert not reopened.damaged
    assert {x.id for x in reopened} == {x.id for x in Journal.open(store, tz=UTC)}


# --- (1) older schemas and odd payloads take the full path -----------------------------------------------

def session_v1(**changes: Any) -> bytes:
    """A session as schema 1 stored it: none of the course details existed yet."""
    session = r.TreatmentSession(id=ID, when=dt.datetime(2024, 3, 1, 9, tzinfo=UTC), route="iv",
                                 setting="clinic", experience=6, created=dt.datetime(2024, 3, 1, 12, tzinfo=UTC))
    document = json.loads(codec.encode(session))
    for name in codec._SESSION_V2_FIELDS:
        del document["d"][name]
    document["v"] = 1
    document["d"].update(changes)
    return json.dumps(document).encode()


def test_an_old_schema_payload_is_upgraded_by_the_full_path() -> None:
    counting = Counting()
    back = counting.decode_stored(ID, session_v1())
    assert counting.full == 1
    assert back == codec.decode(ID, session_v1())
    assert back.experience == 6
    assert all(getattr(back, name) is None for name in codec._SESSION_V2_FIELDS)
    assert json.loads(codec.encode(back))["v"] == 2


@pytest.mark.parametrize(("change", "fragment"), [
    # Value rules, which the trusted path does not re-run at the current version, apply to old ones.
    ({"experience": 11}, "field experience must be between 0 and 10"),
    ({"bp_before": {"systolic": 500, "diastolic": 80}}, "field bp_before.systolic must be between"),
    ({"clinic": "x" * 201}, "field clinic is longer than 200 characters"),
    ({"route": "bus"}, "field route must be one of"),
    ({"product": "racemic"}, "could not be upgraded"),
])
def test_an_old_schema_payload_is_fully_validated(change: dict[str, Any], fragment: str) -> None:
    with pytest.raises(UndecodableRecord) as caught:
        codec.DEFAULT_CODEC.decode_stored(ID, session_v1(**change))
    assert fragment in caught.value.reason


def test_a_newer_schema_or_unknown_kind_keeps_its_own_error() -> None:
    document = envelope(r.Entry(id=ID, title="t"))
    with pytest.raises(UndecodableRecord, match="newer version"):
        codec.DEFAULT_CODEC.decode_stored(ID, payload_of({**document, "v": 2}))
    with pytest.raises(UndecodableRecord, match="not known"):
        codec.DEFAULT_CODEC.decode_stored(ID, payload_of({**document, "k": "diary"}))
    with pytest.raises(UndecodableRecord, match="schema version"):
        codec.DEFAULT_CODEC.decode_stored(ID, payload_of({**document, "v": True}))


# --- (2) imports are validated in full -------------------------------------------------------------------

def test_full_decode_still_applies_the_value_rules_the_trusted_path_skips() -> None:
    """decode() serves shared items and history restores: a rule-breaking value is refused there."""
    document = envelope(r.CheckIn(id=ID, date=dt.date(2024, 3, 1), mood=5, anxiety=2))
    document["d"]["mood"] = 11
    with pytest.raises(UndecodableRecord, match="field mood must be between 0 and 10"):
        codec.decode(ID, payload_of(document))
    # The trusted path takes it as written: this app wrote it and the vault vouches for that.
    assert codec.DEFAULT_CODEC.decode_stored(ID, payload_of(document)).mood == 11


@pytest.mark.parametrize(("kind", "field", "value", "fragment"), [
    ("checkin", "mood", 11, "Field mood must be between 0 and 10."),
    ("checkin", "mood", "5", "Field mood must be a whole number."),
    ("entry", "tags", "one two", "Field tags must be a list."),
    ("entry", "title", "x" * 501, "Field title is longer than 500 characters."),
    ("questionnaire", "answers", [1, 2, 99], "Field answers[2] must be between 0 and 10."),
])
def test_an_import_with_a_bad_value_is_rejected_naming_the_field(kind: str, field: str, value: Any,
                                                                 fragment: str) -> None:
    source = Journal.open(MemoryStore(), minute_clock(), tz=UTC)
    source.add_many([x for x in one_of_each() if x.KIND in ("checkin", "entry", "questionnaire")])
    document = json.loads(export_json.export_json(source, exported=dt.datetime(2024, 4, 1, tzinfo=UTC)))
    [item] = [x for x in document["records"] if x["kind"] == kind]
    item[field] = value
    target = Journal.open(MemoryStore(), minute_clock(), tz=UTC)
    with pytest.raises(ImportRejected) as caught:
        export_json.import_json(target, json.dumps(document))
    assert fragment in str(caught.value)
    assert len(target) == 0


# --- (4) a value of the wrong type is caught, whoever wrote it ----------------------------------------------

def sample(kind: str) -> r.Record:
    return next(x for x in one_of_each() if x.KIND == kind)


@pytest.mark.parametrize(("kind", "field", "value", "fragment"), [
    ("entry", "title", 5, "field title must be text"),
    ("entry", "body", ["x"], "field body must be text"),
    ("entry", "tags", "one two", "field tags must be a list"),
    ("entry", "tags", ["ok", 3], "field tags[1] must be text"),
    ("entry", "phase", "someday", "field phase must be one of"),
    ("entry", "session_id", 7, "field session_id expected base64 text"),
    ("entry", "prompt_answers", [{"prompt": "Not An Id", "answer": 1}], "field prompt_answers"),
    ("entry", "share", "yes", "field share must be true or false"),
    ("checkin", "mood", "5", "field mood must be a whole number"),
    ("checkin", "mood", True, "field mood must be a whole number"),
    ("checkin", "sleep_hours", "7", "field sleep_hours must be a number"),
    ("checkin", "date", "2024-02-01T10:00:00", "field date expected a date"),
    ("questionnaire", "answers", [1, "2"], "field answers[1] must be a whole number"),
    ("questionnaire", "taken_at", "2024-02-01T10:00:00", "field taken_at must carry a time zone"),
    ("session", "route", None, "field route must be one of"),
    ("session", "bp_before", [120, 80], "field bp_before expected an object"),
    ("session", "therapist_present", 1, "field therapist_present must be true or false"),
    ("commitment", "checkoffs", ["2024-02-01", 3], "field checkoffs expected a date"),
    ("profile", "treatment_focus", ["depression", "sadness"], "field treatment_focus must be one of"),
    ("safety_plan", "early_signs", "a sign", "field early_signs must be a list"),
    ("contact", "key_fingerprints", [5], "field key_fingerprints expected base64 text"),
    ("history", "payload", None, "field payload"),
])
def test_a_wrong_type_gets_the_full_paths_error(kind: str, field: str, value: Any, fragment: str) -> None:
    record = sample(kind)
    document = envelope(record)
    document["d"][field] = value
    with pytest.raises(UndecodableRecord) as caught:
        codec.DEFAULT_CODEC.decode_stored(record.id, payload_of(document))
    assert fragment in caught.value.reason
    assert caught.value.record_id == record.id


@pytest.mark.parametrize(("key", "value", "fragment"), [
    ("c", "2024-03-01T10:00:00", "field created must carry a time zone"),
    ("u", 12, "field updated"),
    ("c", "yesterday", "field created"),
])
def test_bad_timestamps_get_the_full_paths_error(key: str, value: Any, fragment: str) -> None:
    document = {**envelope(sample("entry")), key: value}
    with pytest.raises(UndecodableRecord) as caught:
        codec.DEFAULT_CODEC.decode_stored(ID, payload_of(document))
    assert fragment in caught.value.reason


def test_a_missing_or_extra_field_gets_the_full_paths_error() -> None:
    document = envelope(sample("checkin"))
    del document["d"]["note"]
    with pytest.raises(UndecodableRecord, match="field note is missing"):
        codec.DEFAULT_CODEC.decode_stored(ID, payload_of(document))
    document["d"]["note"] = ""
    document["d"]["notes"] = ""
    with pytest.raises(UndecodableRecord, match="fields this version does not know"):
        codec.DEFAULT_CODEC.decode_stored(ID, payload_of(document))
    # The raw body and a JSON body at once is the same error in both paths.
    payload = codec.encode(sample("entry"))
    head, _, body = payload.partition(b"\0")
    twice = json.loads(head)
    twice["d"]["body"] = "again"
    with pytest.raises(UndecodableRecord, match="field body is stored twice"):
        codec.DEFAULT_CODEC.decode_stored(ID, json.dumps(twice).encode() + b"\0" + body)


def test_a_record_id_of_the_wrong_size_is_refused() -> None:
    payload = codec.encode(sample("entry"))
    with pytest.raises(UndecodableRecord, match="field id must be a 16-byte record id"):
        codec.DEFAULT_CODEC.decode_stored(b"short", payload)


@pytest.mark.slow
@settings(max_examples=500, deadline=None)
@given(st.sampled_from(one_of_each()), st.data())
def test_any_field_replaced_by_any_json_value_never_gives_a_wrongly_typed_record(record: r.Record,
                                                                                 data) -> None:
    payload = one_value_replaced(record, data)
    try:
        full = codec.decode(record.id, payload)
    except UndecodableRecord as error:
        full, full_error = None, error
    try:
        trusted = codec.DEFAULT_CODEC.decode_stored(record.id, payload)
    except UndecodableRecord as error:
        # Refused: for the same reason as the full path gives.
        assert full is None and error.reason == full_error.reason
        return
    if full is not None:
        # Equal once the value rules the trusted path skips have run (e.g. tags [""] normalise to ()).
        assert dataclasses.replace(trusted) == full
        for f in dataclasses.fields(full):
            assert type(getattr(trusted, f.name)) is type(getattr(full, f.name)), f.name
    # Accepted by the trusted path alone: only a value rule was skipped, never a type.
    assert_well_typed(trusted)


def test_a_damaged_record_in_the_store_is_reported_and_the_rest_loads() -> None:
    store = MemoryStore()
    journal = Journal.open(store, minute_clock(), tz=UTC)
    journal.add_many([sample("entry"), sample("checkin")])
    document = envelope(sample("checkin"))
    document["d"]["anxiety"] = "high"
    with store.transaction() as tx:
        tx.put(rid(4), payload_of(document))
    reopened = Journal.open(store, minute_clock(), tz=UTC)
    assert [x.id for x in reopened] == [rid(3)]
    [damaged] = reopened.damaged
    assert damaged.record_id == rid(4)
    assert "field anxiety must be a whole number" in damaged.reason
    assert "high" not in damaged.reason
