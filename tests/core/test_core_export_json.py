"""Full JSON export and import: lossless round trip, strict validation, all-or-nothing."""

from __future__ import annotations

import base64
import copy
import dataclasses
import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integration_journal.core import export_json
from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.errors import ImportRejected, StorageFull
from tests.helpers.records import FlakyStore, minute_clock, one_of_each, rid

UTC = dt.timezone.utc
EXPORTED = dt.datetime(2024, 4, 1, 10, tzinfo=UTC)


def full_journal() -> Journal:
    journal = Journal.open(FlakyStore(), minute_clock(), tz=UTC)
    journal.add_many(one_of_each())
    entry = journal.get(rid(3))
    journal.update(dataclasses.replace(entry, title="Edited title"))
    journal.delete(rid(6))
    journal.audit("export", format="json")
    return journal


def empty_journal() -> tuple[Journal, FlakyStore]:
    store = FlakyStore()
    return Journal.open(store, minute_clock(), tz=UTC), store


def test_round_trip_is_lossless() -> None:
    source = full_journal()
    text = export_json.export_json(source, exported=EXPORTED)
    target, store = empty_journal()
    imported = export_json.import_json(target, text)
    kept = [record for record in source if record.KIND != "identity"]
    assert len(imported) == len(kept) == len(store.rows()) == len(source) - 1
    for record in kept:
        assert target.get(record.id) == record
    assert export_json.export_json(target, exported=EXPORTED) == text
    # History and trash survive: the deleted reframe can still be restored after the move.
    [trashed] = target.trash()
    assert target.restore(trashed.id).id == rid(6)
    assert [s.id for s in target.history(rid(3))] == [s.id for s in source.history(rid(3))]


def test_document_layout() -> None:
    document = export_json.export_document(full_journal(), exported=EXPORTED)
    assert list(document) == ["format", "version", "exported", "records"]
    assert document["format"] == "integration-journal-export" and document["version"] == 1
    assert document["exported"] == "2024-04-01T10:00:00+00:00"
    entry = next(x for x in document["records"] if x["kind"] == "entry")
    assert entry["id"] == rid(3).hex()
    assert list(entry)[:5] == ["id", "kind", "schema", "created", "updated"]
    assert entry["title"] == "Edited title" and entry["tags"] == ["insight", "self-care"]
    assert entry["session_id"] == "AAAAAAAAAAAAAAAAAAAAAg=="
    kinds = [x["kind"] for x in document["records"]]
    order = [t.KIND for t in r.RECORD_TYPES]
    assert kinds == sorted(kinds, key=order.index)  # grouped by kind in a fixed order


def export_doc() -> dict[str, Any]:
    return export_json.export_document(full_journal(), exported=EXPORTED)


def position_of(document: dict[str, Any], kind: str) -> int:
    return next(i for i, x in enumerate(document["records"]) if x["kind"] == kind)


def bad(mutate) -> tuple[str, int | None]:
    """Apply `mutate` to a fresh export; return (reason, position) of the rejection."""
    document = export_doc()
    position = mutate(document)
    target, store = empty_journal()
    with pytest.raises(ImportRejected) as caught:
        export_json.import_json(target, json.dumps(document))
    assert store.rows() == set() and len(target) == 0  # nothing at all was imported
    assert caught.value.position == position
    return caught.value.reason, caught.value.position


def test_rejects_a_bad_record_by_position_and_imports_nothing() -> None:
    def last_entry_gets_a_bad_phase(document: dict[str, Any]) -> int:
        i = position_of(document, "entry")
        document["records"][i]["phase"] = "secretly-wrong"
        return i
    reason, position = bad(last_entry_gets_a_bad_phase)
    assert "phase" in reason and "secretly" not in reason
    assert position is not None and position > 0  # records before it were valid, yet none went in


@pytest.mark.parametrize(("kind", "change", "fragment"), [
    ("entry", lambda x: x.pop("title"), "field title is missing"),
    ("entry", lambda x: x.pop("kind"), "It has no kind"),
    ("entry", lambda x: x.update(id="xyz"), "id is not 32 hexadecimal digits"),
    ("entry", lambda x: x.update(kind="mystery"), "kind is not known"),
    ("entry", lambda x: x.update(schema=2), "newer version"),
    ("entry", lambda x: x.update(created="soon"), "created"),
    ("entry", lambda x: x.update(extra=1), "fields this version does not know"),
    ("session", lambda x: x.update(bp_before={"systolic": 900, "diastolic": 80}), "bp_before.systolic"),
    ("contact", lambda x: x.update(card="!!"), "card is not valid base64"),
    ("checkin", lambda x: x.update(date="2024-02-30"), "date is not a valid date"),
    ("history", lambda x: x.update(payload="e30="), "not a record envelope"),  # inner payload "{}"
])
def test_record_defects_are_named(kind: str, change, fragment: str) -> None:
    def mutate(document: dict[str, Any]) -> int:
        i = position_of(document, kind)
        change(document["records"][i])
        return i
    reason, _ = bad(mutate)
    assert fragment.lower() in reason.lower()


def test_missing_field_is_named() -> None:
    def mutate(document: dict[str, Any]) -> int:
        i = position_of(document, "entry")
        del document["records"][i]["body"]
        return i
    reason, _ = bad(mutate)
    assert "field body is missing" in reason.lower()


def test_duplicate_ids_in_the_file() -> None:
    def mutate(document: dict[str, Any]) -> int:
        document["records"].append(copy.deepcopy(document["records"][0]))
        return len(document["records"]) - 1
    reason, _ = bad(mutate)
    assert "earlier in the file" in reason


@pytest.mark.parametrize(("mutate", "fragment"), [
    (lambda d: d.update(format="something-else"), "not an Integration Journal export"),
    (lambda d: d.update(version=2), "newer version"),
    (lambda d: d.update(version="1"), "version is missing"),
    (lambda d: d.pop("exported"), "top-level"),
    (lambda d: d.update(extra=True), "top-level"),
    (lambda d: d.update(exported="2024-04-01T10:00:00"), "time zone"),
    (lambda d: d.update(records={}), "not a list"),
    (lambda d: d["records"].append("text"), "not an object"),
])
def test_file_level_defects(mutate, fragment: str) -> None:
    document = export_doc()
    mutate(document)
    target, store = empty_journal()
    with pytest.raises(ImportRejected, match=fragment):
        export_json.import_json(target, json.dumps(document))
    assert store.rows() == set()


@pytest.mark.parametrize(("data", "fragment"), [
    (b"\xff\xfe\x00", "not UTF-8"),
    ("{", "not valid JSON"),
    ('{"format": "integration-journal-export", "format": "x"}', "repeated key"),
    ('{"format": "integration-journal-export", "version": NaN}', "NaN"),
    ("[" * 100_000, "not valid JSON|nested too deeply"),
    ("[]", "not an Integration Journal export"),
])
def test_unreadable_files(data: str | bytes, fragment: str) -> None:
    target, store = empty_journal()
    with pytest.raises(ImportRejected, match=fragment):
        export_json.import_json(target, data)
    assert store.rows() == set()


def test_accepts_bytes_with_a_byte_order_mark() -> None:
    text = export_json.export_json(full_journal(), exported=EXPORTED)
    target, _ = empty_journal()
    export_json.import_json(target, b"\xef\xbb\xbf" + text.encode())
    assert len(target) == len(full_journal()) - 1  # all but the private sharing keys


def test_ids_already_in_the_journal_are_refused() -> None:
    text = export_json.export_json(full_journal(), exported=EXPORTED)
    target, store = empty_journal()
    target.add(r.Entry(id=rid(3), title="already here"))
    before = store.rows()
    with pytest.raises(ImportRejected, match="already in this journal") as caught:
        export_json.import_json(target, text)
    assert caught.value.position is not None
    assert store.rows() == before and len(target) == 1


def test_a_store_failure_during_import_imports_nothing() -> None:
    text = export_json.export_json(full_journal(), exported=EXPORTED)
    target, store = empty_journal()
    store.fail_on_put = 5
    with pytest.raises(StorageFull):
        export_json.import_json(target, text)
    assert store.rows() == set() and len(target) == 0


def test_rejection_message_has_position_and_no_content() -> None:
    error = ImportRejected("Field title must be text.", 4)
    assert str(error) == "Record 5 of the import file: Field title must be text."
    assert str(ImportRejected("Whole file bad.")) == "Whole file bad."


EXPORT_TEXT = export_json.export_json(full_journal(), exported=EXPORTED)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 2**40) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=6),
    lambda children: (st.lists(children, max_size=3)
                      | st.dictionaries(st.text(max_size=5), children, max_size=2)),
    max_leaves=6,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_single_value_change_imports_fully_or_not_at_all(data) -> None:
    document = json.loads(EXPORT_TEXT)
    i = data.draw(st.integers(0, len(document["records"]) - 1))
    key = data.draw(st.sampled_from(sorted(document["records"][i])))
    document["records"][i][key] = data.draw(JSON_VALUES)
    target, store = empty_journal()
    try:
        imported = export_json.import_json(target, json.dumps(document))
    except ImportRejected as error:
        assert error.position == i
        assert store.rows() == set() and len(target) == 0
    else:
        assert len(imported) == len(document["records"]) == len(store.rows())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200))
def test_arbitrary_input_raises_only_import_rejected(data: bytes | str) -> None:
    target, store = empty_journal()
    try:
        imported = export_json.import_json(target, data)
    except ImportRejected:
        assert store.rows() == set()
    else:  # only a well-formed export gets here
        assert len(store.rows()) == len(imported)


def test_escaped_lone_surrogates_are_rejected_by_position() -> None:
    document = export_doc()
    i = position_of(document, "entry")
    document["records"][i]["title"] = "PLACEHOLDER"
    text = json.dumps(document).replace("PLACEHOLDER", "\\ud800")
    target, store = empty_journal()
    with pytest.raises(ImportRejected, match="title contains characters that are not valid") as caught:
        export_json.import_json(target, text)
    assert caught.value.position == i and store.rows() == set()


def test_the_private_sharing_keys_never_leave_in_an_export() -> None:
    source = full_journal()
    [identity] = source.list("identity")
    text = export_json.export_json(source, exported=EXPORTED)
    assert '"identity"' not in text and identity.id.hex() not in text
    for secret in (identity.signing_seed, identity.mlkem_seed, identity.x25519_seed):
        assert secret.hex() not in text
        assert base64.b64encode(secret).decode() not in text
