"""Crisis lines as data (docs/clinical.md §5.2): every shipped file valid, emergency first, fallback, strict loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integration_journal.core import crisis_lines as cl
from integration_journal.core.countries import COMMON

EXPECTED = {  # docs/clinical.md §5.2: emergency numbers, first line and how to reach it
    "US": (("911",), "988 Suicide & Crisis Lifeline", "Call 988"),
    "CA": (("911",), "9-8-8: Suicide Crisis Helpline", "Call 988"),
    "GB": (("999", "112"), "Samaritans", "Call 116 123"),
    "IE": (("112", "999"), "Samaritans", "Call 116 123"),
    "AU": (("000",), "Lifeline", "Call 13 11 14"),
    "NZ": (("111",), "1737 Need to talk?", "Call 1737"),
}


def _good() -> dict:
    return json.loads((cl.crisis_lines_folder() / "GB.json").read_text(encoding="utf-8"))


def _write(tmp_path: Path, document: object, name: str = "GB.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_every_shipped_file_is_valid_and_covers_the_common_countries() -> None:
    shipped = cl.builtin_crisis_lines()
    assert set(shipped) == {"US", "CA", "GB", "IE", "AU", "NZ", "EU", "fallback", "FR", "DE", "NL", "ES", "IT",
                            "AT", "CH", "SE", "NO", "DK", "FI", "BE", "PT", "PL"}
    for code in COMMON:
        entry = cl.lines_for(code)
        assert entry.id == code and entry.lines and entry.emergency_number
        assert entry.checked.startswith("docs/clinical.md §5.2")
        assert all(line.sources for line in entry.lines)


@pytest.mark.parametrize(("code", "expected"), EXPECTED.items())
def test_emergency_number_first_then_the_lines_in_clinical_order(code: str, expected) -> None:
    numbers, first_name, first_contact = expected
    entry = cl.lines_for(code.lower())
    assert entry.emergency_numbers == numbers and entry.emergency_number == numbers[0]
    assert entry.lines[0].name == first_name and entry.lines[0].contacts[0].label == first_contact


def test_specific_lines_and_caveats() -> None:
    us = cl.lines_for("US")
    assert [c.label for c in us.lines[1].contacts] == ["Text HOME to 741741"]
    assert "Press 3" not in json.dumps([str(line) for line in us.lines])  # discontinued 17 Jul 2025
    gb = cl.lines_for("GB")
    assert [(line.name, line.region) for line in gb.lines] == [
        ("Samaritans", None), ("NHS 111, mental health option", "England"), ("Shout", None)]
    assert gb.lines[1].contacts[0].label == "Call 111, then choose the mental health option (option 2 in England)"
    assert gb.lines[0].contacts[1].verify  # the email address is marked [verify] in docs/clinical.md §5.2
    assert gb.lines[0].notes == "Email replies can take time; to talk now, call 116 123."
    ie = cl.lines_for("IE")
    assert ie.lines[1].contacts[0].label == "Text TALK to 50808" and ie.lines[1].contacts[0].verify
    assert [c.label for c in cl.lines_for("AU").lines[0].contacts][-1] == "Chat online: lifeline.org.au"
    lifeline_nz = cl.lines_for("NZ").lines[1]
    assert lifeline_nz.hours == "24/7, free" and lifeline_nz.verify  # from Lifeline's own press releases


def test_eu_countries_get_112_and_others_the_fallback() -> None:
    for code in ("BG", "cz", "RO"):
        entry = cl.lines_for(code)
        assert entry.id == "EU" and entry.emergency_numbers == ("112",) and entry.lines == ()
        assert "116 123" in entry.advice and "not live in every country" in entry.advice
    assert "IE" not in cl.builtin_crisis_lines()["EU"].countries
    assert "FR" not in cl.builtin_crisis_lines()["EU"].countries  # France has its own file now
    for code in ("AQ", None, "", "ZZ", "united kingdom"):
        entry = cl.lines_for(code)
        assert entry.is_fallback and entry.emergency_number is None and entry.lines == ()
        assert "clinic" in entry.advice
    japan = cl.lines_for("jp")  # no lines of its own, but its emergency numbers from the table
    assert japan.is_fallback and japan.emergency_numbers == ("119", "110") and "clinic" in japan.advice


@pytest.mark.parametrize(("mutate", "problem"), [
    (lambda d: d.pop("checked"), "is missing the field 'checked'"),
    (lambda d: d.update(extra=1), "has an unknown field 'extra'"),
    (lambda d: d.update(schema_version=2), "schema_version: must be 1"),
    (lambda d: d.update(id="US"), "id: must match the file name ('GB')"),
    (lambda d: d["countries"].append("XX"), "countries[1]: must be a two-letter country code"),
    (lambda d: d["countries"].append("GB"), "countries: lists 'GB' twice"),
    (lambda d: d.update(countries=[]), "countries: must name at least one country"),
    (lambda d: d["emergency"].update(numbers=[]), "emergency.numbers: must have at least 1 entry"),
    (lambda d: d["emergency"].update(numbers=["99a"]), "emergency.numbers[0]: must be a short emergency number"),
    (lambda d: d["lines"][0].update(contacts=[]), "lines[0].contacts: must have at least 1 entry"),
    (lambda d: d["lines"][0]["contacts"][0].update(method="fax"), "lines[0].contacts[0].method: must be one of"),
    (lambda d: d["lines"][0]["contacts"][0].update(value="116-123"), "lines[0].contacts[0].value: must be a number"),
    (lambda d: d["lines"][0]["contacts"][0].update(keyword="HI"), "lines[0].contacts[0].keyword: only a text"),
    (lambda d: d["lines"][0]["contacts"][1].update(value="not an email"), "lines[0].contacts[1].value: must be an"),
    (lambda d: d["lines"][0].update(name=" "), "lines[0].name: must not be empty"),
    (lambda d: d["lines"][0].update(hours=3), "lines[0].hours: must be text"),
    (lambda d: d["lines"][0].update(sources=["81"]), "lines[0].sources[0]: must be a source id"),
    (lambda d: d["lines"].append(d["lines"][0]), "lines: lists 'Samaritans' twice"),
    (lambda d: d.update(lines=[]), "advice: is needed when there are no lines"),
    (lambda d: d.update(lines={}), "lines: must be a list"),
])
def test_malformed_files_raise_a_typed_error_naming_file_and_problem(tmp_path: Path, mutate, problem: str) -> None:
    document = _good()
    mutate(document)
    path = _write(tmp_path, document)
    with pytest.raises(cl.CrisisLinesError) as caught:
        cl.load_crisis_lines_file(path)
    assert caught.value.path == str(path) and problem in caught.value.problem
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(("data", "problem"), [
    (b"\xff\xfe", "is not UTF-8 text"),
    (b"{", "is not valid JSON (line 1"),
    (b'{"id": "GB", "id": "GB"}', "has the field 'id' twice"),
    (b"[]", "must be an object"),
    (b" " * (cl.FILE_BYTES_MAX + 1), "is larger than 64 KiB"),
])
def test_unreadable_files_raise_typed_errors(data: bytes, problem: str) -> None:
    with pytest.raises(cl.CrisisLinesError, match="GB.json") as caught:
        cl.parse_crisis_lines(data, "GB.json", expected_id="GB")
    assert problem in caught.value.problem


def test_the_folder_needs_a_fallback_and_one_file_per_country(tmp_path: Path) -> None:
    _write(tmp_path, _good())
    with pytest.raises(cl.CrisisLinesError, match=r"fallback\.json: is missing"):
        cl.load_folder(tmp_path)
    fallback = json.loads((cl.crisis_lines_folder() / "fallback.json").read_text(encoding="utf-8"))
    _write(tmp_path, fallback, "fallback.json")
    assert set(cl.load_folder(tmp_path)) == {"GB", "fallback"}
    eu = json.loads((cl.crisis_lines_folder() / "EU.json").read_text(encoding="utf-8"))
    eu["countries"].append("GB")
    _write(tmp_path, eu, "EU.json")
    with pytest.raises(cl.CrisisLinesError, match="countries: GB is already in EU.json"):
        cl.load_folder(tmp_path)


def test_the_fallback_has_no_numbers_or_countries(tmp_path: Path) -> None:
    fallback = json.loads((cl.crisis_lines_folder() / "fallback.json").read_text(encoding="utf-8"))
    fallback["emergency"]["numbers"] = ["112"]
    with pytest.raises(cl.CrisisLinesError, match="must be empty for the fallback"):
        cl.load_crisis_lines_file(_write(tmp_path, fallback, "fallback.json"))


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                     lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids, max_size=4),
                     max_leaves=20)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200))
def test_fuzz_random_bytes_only_ever_raise_the_typed_error(data: bytes) -> None:
    try:
        cl.parse_crisis_lines(data, "x.json")
    except cl.CrisisLinesError as error:
        assert error.path == "x.json" and error.problem


@pytest.mark.slow
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["", "emergency", "lines", "contacts", "contact"]), st.text(max_size=12), _json)
def test_fuzz_replacing_any_part_of_a_good_file_only_ever_raises_the_typed_error(where, key, value) -> None:
    document = _good()
    target = {"": document, "emergency": document["emergency"], "lines": document["lines"][0],
              "contacts": document["lines"][0], "contact": document["lines"][0]["contacts"][0]}[where]
    if where == "contacts":
        key = "contacts"
    target[key] = value
    try:
        entry = cl.parse_crisis_lines(json.dumps(document).encode(), "GB.json", expected_id="GB")
    except cl.CrisisLinesError as error:
        assert error.path == "GB.json" and error.problem
    else:
        assert entry.id == "GB" and entry.emergency_numbers
