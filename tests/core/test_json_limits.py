"""Imports are bounded in memory, not only in bytes (#14 item 5): the values a JSON file would make
Python build are counted before it is parsed, and a file over the cap is refused with one reason and
nothing read; running out of memory all the same is the same kind of refusal."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_journal.core import importers, json_limits
from integration_journal.core.export_json import parse_export
from integration_journal.core.json_limits import MAX_JSON_VALUES, check_value_count, value_count
from integration_journal.errors import ImportRejected, ImportTooLarge

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(codec="utf-8"), max_size=12).map(lambda t: t + '",[{\\'),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=5), inner, max_size=5),
    max_leaves=40)


def built(value: object) -> tuple[int, int]:
    """(values json.loads builds for `value`, empty lists and objects among them)."""
    if isinstance(value, list):
        inner = [built(v) for v in value]
        return 1 + sum(n for n, _ in inner), (not value) + sum(e for _, e in inner)
    if isinstance(value, dict):
        inner = [built(v) for v in value.values()]
        return 1 + sum(n for n, _ in inner), (not value) + sum(e for _, e in inner)
    return 1, 0


@given(JSON_VALUES, st.booleans())
def test_the_count_is_the_values_json_builds_plus_one_per_empty_container(value, indent: bool) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=1 if indent else None)
    values, empty = built(value)
    assert value_count(text) == value_count(text.encode("utf-8")) == values + empty


def test_brackets_and_commas_inside_strings_do_not_count() -> None:
    text = json.dumps({"title": "[{,}] \\\" ,,, [[[", "tags": ["a,b", "[c]"]})
    assert value_count(text) == 5  # the object, its title, the list and the two strings in it


def test_a_string_never_closed_is_read_once_not_once_per_quote() -> None:
    # Each escaped quote could start a new search for a closing quote: one pass, however many there are.
    hostile = b"[" + b"," * 30 + b'"' + b'\\"' * 400_000 + b"\\"
    assert value_count(hostile) == 32
    check_value_count([hostile], limit=100)


def test_many_empty_arrays_just_over_the_cap_are_refused_and_at_the_cap_pass() -> None:
    at_cap = b"[" + b"[]," * 499 + b"[]]"  # a list of 500 empty lists: 1 + 501 brackets + 499 commas
    assert value_count(at_cap) == 1001
    check_value_count([at_cap], limit=1001)
    over = b"[" + b"[]," * 500 + b"[]]"
    with pytest.raises(ImportTooLarge) as refused:
        check_value_count([over], limit=1001)
    assert "more than 1,001 values" in str(refused.value) and "not read" in str(refused.value)
    assert isinstance(refused.value, ImportRejected)  # every import refusal is an ImportRejected
    # Several files (the journals of one Day One zip) share one budget.
    half = b"[" + b"[]," * 299 + b"[]]"
    with pytest.raises(ImportTooLarge):
        check_value_count([half, half], limit=1000)


def test_the_cap_is_far_above_a_real_journal() -> None:
    from integration_journal.core.export_json import record_to_json
    from integration_journal.core.sample_data import generate

    records = [record_to_json(r) for r in generate(entries=2_000, days=365, seed=3)]
    text = json.dumps({"format": "x", "version": 1, "exported": "", "records": records}, indent=1)
    per_record = value_count(text) / len(records)
    assert per_record < 40
    assert MAX_JSON_VALUES / per_record > 250_000  # records, where a heavy journal has tens of thousands


def test_the_app_export_parser_counts_before_parsing(monkeypatch) -> None:
    monkeypatch.setattr(json_limits, "MAX_JSON_VALUES", 50)
    document = {"format": "integration-journal-export", "version": 1, "exported": "2026-01-01T00:00:00+00:00",
                "records": [[] for _ in range(60)]}
    with pytest.raises(ImportTooLarge):
        parse_export(json.dumps(document))
    with pytest.raises(ImportTooLarge):
        parse_export(json.dumps(document).encode())


@pytest.mark.parametrize("fmt", ["json", "jrnl", "dayone"])
def test_every_format_refuses_a_file_over_the_cap_before_parsing(fmt: str, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(json_limits, "MAX_JSON_VALUES", 1000)
    parsed = []
    real_loads = json.loads
    monkeypatch.setattr(json, "loads", lambda *a, **k: parsed.append(1) or real_loads(*a, **k))
    data = b'{"entries": [' + b"[]," * 1000 + b"[]]}"
    if fmt == "dayone":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:  # two journals: together over the cap
            archive.writestr("Journal.json", b'{"entries": [' + b"[]," * 600 + b"[]]}")
            archive.writestr("Other.json", b'{"entries": [' + b"[]," * 600 + b"[]]}")
        data = buffer.getvalue()
    source = tmp_path / "big.zip"
    source.write_bytes(data)
    if fmt == "json":  # the app's own format reports a file it cannot use as the plan's one problem
        plan = importers.plan_import(fmt, source)
        assert not plan.records and [p.reason for p in plan.problems] == [
            "The file holds more than 1,000 values (lists, objects, texts and numbers), far more than any "
            "journal export; it was not read."]
    else:
        with pytest.raises(ImportTooLarge):
            importers.plan_import(fmt, source)
    assert parsed == []


def test_running_out_of_memory_while_reading_is_one_refusal(monkeypatch, tmp_path: Path) -> None:
    def exhausted(data: bytes, what: str):
        raise MemoryError

    monkeypatch.setattr(importers, "load_json", exhausted)
    source = tmp_path / "jrnl.json"
    source.write_text('{"entries": []}', encoding="utf-8")
    with pytest.raises(ImportTooLarge) as refused:
        importers.plan_import("jrnl", source)
    assert str(refused.value) == importers.OUT_OF_MEMORY
    assert refused.value.__context__ is None  # the half-built values went with the MemoryError


def test_a_file_listing_more_records_than_the_cap_is_refused(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(json_limits, "MAX_IMPORT_RECORDS", 20)
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps({"entries": [{"date": "2026-01-01", "time": "09:00", "title": "t", "body": "b"}]
                                             * 21}), encoding="utf-8")
    with pytest.raises(ImportTooLarge, match="more than 20 records"):
        importers.plan_import("jrnl", source)
    document = {"format": "integration-journal-export", "version": 1, "exported": "2026-01-01T00:00:00+00:00",
                "records": [{}] * 21}
    with pytest.raises(ImportTooLarge, match="more than 20 records"):
        parse_export(json.dumps(document))


def test_a_file_of_mostly_unreadable_entries_stops_at_the_problem_cap(monkeypatch, tmp_path: Path) -> None:
    """Each report costs memory too: 4.9 million numbers as jrnl entries once meant 4.9 million reports."""
    monkeypatch.setattr(json_limits, "MAX_PROBLEMS", 50)
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps({"entries": [1.5] * 51}), encoding="utf-8")
    with pytest.raises(ImportTooLarge, match="More than 50 of the file's entries cannot be read"):
        importers.plan_import("jrnl", source)
    source.write_text(json.dumps({"entries": [1.5] * 50}), encoding="utf-8")
    assert len(importers.plan_import("jrnl", source).problems) == 50  # up to the cap, every one is listed
