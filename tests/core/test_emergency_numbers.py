"""Crisis lines per country and the emergency-number table (docs/clinical.md §5.2, issue #13 item 5).

Every country of core/countries.py gets its emergency number from exactly one place (its own crisis-lines file,
EU.json, or emergency_numbers.json); a line not checked against its own published page is kept in the data but
never shown; each checked line names the page it was checked on and when.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from integration_journal.core import crisis_lines as cl
from integration_journal.core import safety
from integration_journal.core.countries import COUNTRIES
from integration_journal.core.records import Profile, Role

NEW_FILES = ("FR", "DE", "NL", "ES", "IT", "AT", "CH", "SE", "NO", "DK", "FI", "BE", "PT", "PL")


def test_every_country_has_one_home_for_its_emergency_number() -> None:
    by_file = {code: entry.id for entry in cl.builtin_crisis_lines().values() for code in entry.countries}
    table = cl.builtin_emergency_table().countries
    assert not set(by_file) & set(table)  # never two answers for one country
    assert set(by_file) | set(table) == set(COUNTRIES)
    shown = [code for code in COUNTRIES if cl.emergency_numbers_for(code)]
    assert len(shown) > 0.55 * len(COUNTRIES)  # the rest say "your local emergency number"
    for row in table.values():
        assert (row.source in cl.builtin_emergency_table().sources) if row.numbers else row.verify


@pytest.mark.parametrize(("code", "numbers"), [
    ("US", ("911",)), ("MX", ("911",)), ("GB", ("999", "112")), ("AU", ("000",)), ("NZ", ("111",)),
    ("FR", ("15", "112")), ("DE", ("112",)), ("BG", ("112",)), ("NO", ("113", "112")), ("JP", ("119", "110")),
    ("ZA", ("112", "10177", "10111")), ("AQ", ()), (None, ()), ("ZZ", ()),
])
def test_emergency_numbers_for_any_country(code: str | None, numbers: tuple[str, ...]) -> None:
    assert cl.emergency_numbers_for(code) == numbers
    assert cl.lines_for(code).emergency_numbers == numbers


def test_the_new_country_files_show_only_lines_checked_against_their_own_page() -> None:
    for code in NEW_FILES:
        entry = cl.lines_for(code)
        assert entry.id == code and entry.emergency_numbers
        for line in entry.lines:
            assert line.verified and line.source and line.source.startswith("http")
            assert dt.date.fromisoformat(line.checked) == dt.date(2026, 12, 7)
            assert line.hours  # 24/7 or the real hours, never left out
        for line in entry.unverified:
            assert not line.verified and line.verify  # says what is left to check
        assert entry.lines or "Ask your clinic" in entry.advice  # without a checked line: 112 and the clinic


def test_the_checked_lines() -> None:
    france = cl.lines_for("FR").lines[0]
    assert france.contacts[0].label == "Call 3114" and france.hours == "24/7, free"
    assert france.source.startswith("https://3114.fr/")
    assert [c.label for c in cl.lines_for("CH").lines[0].contacts] == ["Call 143"]
    assert [c.label for c in cl.lines_for("BE").lines[0].contacts] == ["Call 0800 32 123"]
    assert [c.label for c in cl.lines_for("NO").lines[0].contacts] == ["Call 22 40 00 40"]
    english = cl.lines_for("FI").lines[1]
    assert english.contacts[0].value == "09 2525 0116" and english.hours == "Fridays 9 am to 1 pm only"


def test_unverified_lines_are_not_shown_anywhere() -> None:
    germany = cl.lines_for("DE")
    assert germany.lines == () and germany.unverified[0].name == "TelefonSeelsorge"
    profile = Profile(role=Role.PATIENT, display_name="Sam", country_code="DE")
    text = safety.get_help_now_content(profile).plain_text()
    assert "call 112." in text and "Ask your clinic" in text
    assert "TelefonSeelsorge" not in text and "0800 111 0 111" not in text
    belgium = safety.get_help_now_content(dataclasses.replace(profile, country_code="BE")).plain_text()
    assert "0800 32 123" in belgium and "1813" not in belgium


def _lines_file(tmp_path: Path, **line_changes) -> Path:
    document = json.loads((cl.crisis_lines_folder() / "FR.json").read_text(encoding="utf-8"))
    document["lines"][0].update(line_changes)
    for key, value in list(document["lines"][0].items()):
        if value is None:
            del document["lines"][0][key]
    path = tmp_path / "FR.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(("changes", "problem"), [
    ({"source": "3114.fr"}, "lines[0].source: must be a web address"),
    ({"checked": "2026-13-07"}, "lines[0].checked: is not a real date"),
    ({"checked": "7 Dec 2026"}, "lines[0].checked: must be a date like 2026-12-07"),
    ({"source": None}, "lines[0].checked: needs the source it was checked against"),
    ({"verified": "no"}, "lines[0].verified: must be true or false"),
    ({"verified": False}, "lines[0].verify: must say what is left to check"),
])
def test_malformed_checks_are_refused_naming_the_place(tmp_path: Path, changes: dict, problem: str) -> None:
    with pytest.raises(cl.CrisisLinesError) as caught:
        cl.load_crisis_lines_file(_lines_file(tmp_path, **changes))
    assert problem in str(caught.value)


def test_a_file_whose_only_line_is_unverified_needs_the_advice(tmp_path: Path) -> None:
    path = _lines_file(tmp_path, verified=False, verify="own page not found")
    with pytest.raises(cl.CrisisLinesError, match="advice: is needed when no line is verified"):
        cl.load_crisis_lines_file(path)


def _table(tmp_path: Path, mutate) -> Path:
    document = json.loads((cl.crisis_lines_folder() / cl.EMERGENCY_FILE).read_text(encoding="utf-8"))
    mutate(document)
    path = tmp_path / cl.EMERGENCY_FILE
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(("mutate", "problem"), [
    (lambda d: d["countries"].update(JP={"numbers": ["119"], "source": "nowhere"}), "countries.JP.source"),
    (lambda d: d["countries"].update(JP={"numbers": ["1-1-9"], "source": "general"}), "2-5 digits"),
    (lambda d: d["countries"].update(JP={"numbers": []}), "countries.JP.verify: must say why"),
    (lambda d: d["countries"].update(XX={"numbers": ["112"], "source": "general"}), "countries.XX: must be a two"),
    (lambda d: d.update(checked="soon"), "checked: must be a date"),
    (lambda d: d.update(sources={}), "sources: must map"),
])
def test_the_emergency_table_is_validated(tmp_path: Path, mutate, problem: str) -> None:
    path = _table(tmp_path, mutate)
    with pytest.raises(cl.CrisisLinesError) as caught:
        cl.parse_emergency_table(path.read_bytes(), path)
    assert problem in str(caught.value)


def test_the_folder_loader_skips_the_emergency_table(tmp_path: Path) -> None:
    folder = cl.crisis_lines_folder()
    for name in ("fallback.json", "FR.json", cl.EMERGENCY_FILE):
        (tmp_path / name).write_bytes((folder / name).read_bytes())
    assert set(cl.load_folder(tmp_path)) == {"FR", "fallback"}
