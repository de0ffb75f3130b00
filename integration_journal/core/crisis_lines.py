"""Crisis lines and emergency numbers by country (docs/clinical.md §5.2), as data.

One JSON file per country (or group of countries) under `resources/crisis_lines/`, named by its id
(`GB.json`, `EU.json`, `fallback.json`). Files are read once and validated strictly: a malformed file
raises `CrisisLinesError` naming the file and the exact place.

`lines_for(country_code)` → the `CountryLines` to show: the local emergency number(s) first, then the
crisis lines in the order docs/clinical.md lists them. A country without its own file (or no country)
gets the fallback: the advice to call the local emergency number and to ask the clinic.

File format (schema_version 1)::

    {"schema_version": 1, "id": "GB", "name": "United Kingdom",
     "countries": ["GB"],                          # ISO 3166-1 alpha-2 codes this file covers ([] = fallback)
     "checked": "…",                               # where and how the data was verified
     "emergency": {"numbers": ["999", "112"], "note": "…"},   # first is the main one; note optional
     "lines": [{"name": "Samaritans",
                "contacts": [{"method": "call" | "text" | "chat" | "email", "value": "116 123",
                              "keyword": "HOME",       # optional, text only: the word to send
                              "then": "choose option 2",   # optional, calls only
                              "verify": "…"}],         # optional: what still needs re-checking
                "hours": "24/7, free", "region": "England", "notes": "…",   # optional
                "sources": ["S81"], "verify": "…",     # optional
                "source": "https://…",                 # optional: the line's own page the entry was checked on
                "checked": "2026-12-07",               # optional: when (ISO date); needs a source
                "verified": false}],                   # optional, default true: false = kept, never shown
     "advice": "…", "sources": ["S89"], "verify": "…"}   # optional

A line with `"verified": false` (its own page could not be found to check it) stays in the data for the
next review, with a `verify` note saying what is missing, but `CountryLines.lines` leaves it out: the app
shows only checked lines (docs/clinical.md §5.2).

Countries without a file of their own still get their emergency number: `emergency_numbers.json` in the
same folder holds one for every country of core/countries.py (see `emergency_numbers_for`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import PurePath
from typing import Any

from integration_journal.core import countries
from integration_journal.core.datafile import (
    DataFileError,
    Invalid,
    id_from_file_name,
    parse_json_file,
    read_data_file,
    require_object,
)

SCHEMA_VERSION = 1
FALLBACK_ID = "fallback"
FILE_BYTES_MAX = 64 * 1024
METHODS: tuple[str, ...] = ("call", "text", "chat", "email")

_ID = re.compile(r"[A-Z]{2}|fallback")
_PHONE = re.compile(r"[0-9](?: ?[0-9]){1,14}")  # digits, single spaces between groups: "116 123"
_EMERGENCY = re.compile(r"[0-9]{2,5}")  # "15", "112", "9999", "10111"
_KEYWORD = re.compile(r"[A-Z0-9]{1,20}")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")
_SOURCE = re.compile(r"S[0-9]{1,4}")
_URL = re.compile(r"https?://[^\s]{4,300}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
TEXT_MAX = 500


class CrisisLinesError(DataFileError):
    """A crisis-lines file cannot be used; `path` names the file, `problem` what is wrong."""


@dataclass(frozen=True, slots=True)
class Contact:
    method: str  # one of METHODS
    value: str  # a number to call or text, an email address, or where to chat
    keyword: str | None = None  # text: the word to send
    then: str | None = None  # call: what to do once connected ("choose option 2")
    verify: str | None = None

    @property
    def label(self) -> str:
        """"Call 116 123", "Text HOME to 741741", "Chat online: 988lifeline.org", "Email jo@samaritans.org"."""
        if self.method == "call":
            return f"Call {self.value}" + (f", then {self.then}" if self.then else "")
        if self.method == "text":
            return f"Text {self.keyword} to {self.value}" if self.keyword else f"Text {self.value}"
        if self.method == "chat":
            return f"Chat online: {self.value}"
        return f"Email {self.value}"


@dataclass(frozen=True, slots=True)
class CrisisLine:
    name: str
    contacts: tuple[Contact, ...]
    hours: str | None = None
    region: str | None = None
    notes: str | None = None
    sources: tuple[str, ...] = ()
    verify: str | None = None
    source: str | None = None  # the line's own page it was checked against
    checked: str | None = None  # ISO date of that check
    verified: bool = True  # False: not shown (its own page could not be checked)


@dataclass(frozen=True, slots=True)
class CountryLines:
    id: str  # "GB", "EU", "fallback"
    name: str
    countries: tuple[str, ...]
    checked: str
    emergency_numbers: tuple[str, ...]  # first is the main one; empty for the fallback
    emergency_note: str | None
    lines: tuple[CrisisLine, ...]  # the verified lines: what the app shows
    advice: str | None = None
    sources: tuple[str, ...] = ()
    verify: str | None = None
    unverified: tuple[CrisisLine, ...] = ()  # kept for the next review, never shown

    @property
    def emergency_number(self) -> str | None:
        return self.emergency_numbers[0] if self.emergency_numbers else None

    @property
    def is_fallback(self) -> bool:
        return self.id == FALLBACK_ID


# --- validation ------------------------------------------------------------------------------------------

_Bad = Invalid


_obj = require_object


def _at(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def _text(where: str, value: object) -> str:
    if not isinstance(value, str):
        raise _Bad(where, "must be text")
    if not value.strip():
        raise _Bad(where, "must not be empty")
    if value != value.strip():
        raise _Bad(where, "must not start or end with spaces")
    if len(value) > TEXT_MAX:
        raise _Bad(where, f"is longer than {TEXT_MAX} characters")
    if any(ord(ch) < 32 for ch in value):
        raise _Bad(where, "must not contain control characters")
    return value


def _opt_text(data: dict[str, Any], key: str, where: str) -> str | None:
    return _text(_at(where, key), data[key]) if key in data else None


def _list(where: str, value: object, *, at_least: int = 0, at_most: int = 100) -> list[Any]:
    if not isinstance(value, list):
        raise _Bad(where, "must be a list")
    if len(value) < at_least:
        raise _Bad(where, f"must have at least {at_least} entr{'y' if at_least == 1 else 'ies'}")
    if len(value) > at_most:
        raise _Bad(where, f"has more than {at_most} entries")
    return value


def _matching(where: str, value: object, pattern: re.Pattern[str], what: str) -> str:
    text = _text(where, value)
    if not pattern.fullmatch(text):
        raise _Bad(where, f"must be {what}, not {text!r}" if len(text) <= 40 else f"must be {what}")
    return text


def _unique(where: str, values: list[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            raise _Bad(where, f"lists {value!r} twice")
        seen.add(value)
    return tuple(values)


def _sources(data: dict[str, Any], where: str) -> tuple[str, ...]:
    if "sources" not in data:
        return ()
    items = _list(_at(where, "sources"), data["sources"], at_least=1, at_most=20)
    return _unique(_at(where, "sources"), [_matching(_at(_at(where, "sources"), i), s, _SOURCE,
                                                     'a source id like "S81"') for i, s in enumerate(items)])


def _contact(where: str, value: object) -> Contact:
    data = _obj(where, value, {"method", "value"}, {"keyword", "then", "verify"})
    method = data["method"]
    if method not in METHODS:
        raise _Bad(_at(where, "method"), "must be one of " + ", ".join(METHODS))
    at = _at(where, "value")
    if method in ("call", "text"):
        number = _matching(at, data["value"], _PHONE, "a number of digits (single spaces between groups)")
    elif method == "email":
        number = _matching(at, data["value"], _EMAIL, "an email address")
    else:
        number = _text(at, data["value"])
    if "keyword" in data and method != "text":
        raise _Bad(_at(where, "keyword"), "only a text contact has a keyword")
    if "then" in data and method != "call":
        raise _Bad(_at(where, "then"), "only a call contact has a next step")
    keyword = (_matching(_at(where, "keyword"), data["keyword"], _KEYWORD, "a word in capital letters")
               if "keyword" in data else None)
    return Contact(method=method, value=number, keyword=keyword, then=_opt_text(data, "then", where),
                   verify=_opt_text(data, "verify", where))


def _line(where: str, value: object) -> CrisisLine:
    data = _obj(where, value, {"name", "contacts"},
                {"hours", "region", "notes", "sources", "verify", "source", "checked", "verified"})
    contacts = _list(_at(where, "contacts"), data["contacts"], at_least=1, at_most=10)
    parsed = tuple(_contact(_at(_at(where, "contacts"), i), c) for i, c in enumerate(contacts))
    keys = [f"{c.method} {c.value} {c.keyword}" for c in parsed]
    if len(set(keys)) != len(keys):
        raise _Bad(_at(where, "contacts"), "lists the same contact twice")
    source = (_matching(_at(where, "source"), data["source"], _URL, "a web address starting with https://")
              if "source" in data else None)
    checked = _date(_at(where, "checked"), data["checked"]) if "checked" in data else None
    if checked is not None and source is None:
        raise _Bad(_at(where, "checked"), "needs the source it was checked against")
    verified = data.get("verified", True)
    if not isinstance(verified, bool):
        raise _Bad(_at(where, "verified"), "must be true or false")
    verify = _opt_text(data, "verify", where)
    if not verified and verify is None:
        raise _Bad(_at(where, "verify"), "must say what is left to check when verified is false")
    return CrisisLine(name=_text(_at(where, "name"), data["name"]), contacts=parsed,
                      hours=_opt_text(data, "hours", where), region=_opt_text(data, "region", where),
                      notes=_opt_text(data, "notes", where), sources=_sources(data, where),
                      verify=verify, source=source, checked=checked, verified=verified)


def _date(where: str, value: object) -> str:
    text = _matching(where, value, _DATE, "a date like 2026-12-07")
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        raise _Bad(where, f"is not a real date ({text})") from None
    return text


def _parse(document: object, expected_id: str | None) -> CountryLines:
    data = _obj("", document, {"schema_version", "id", "name", "countries", "checked", "emergency", "lines"},
                {"advice", "sources", "verify"})
    version = data["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version != SCHEMA_VERSION:
        raise _Bad("schema_version", f"must be {SCHEMA_VERSION}")
    file_id = _matching("id", data["id"], _ID, 'a two-letter country code in capitals, "EU" or "fallback"')
    if expected_id is not None and file_id != expected_id:
        raise _Bad("id", f"must match the file name ({expected_id!r})"
                   if len(expected_id) <= 40 else "must match the file name")
    codes = _list("countries", data["countries"], at_most=300)
    for index, code in enumerate(codes):
        if not (isinstance(code, str) and code.isupper() and countries.is_country(code)):
            raise _Bad(_at("countries", index), "must be a two-letter country code in capitals")
    codes_t = _unique("countries", codes)
    if file_id == FALLBACK_ID and codes_t:
        raise _Bad("countries", "must be empty for the fallback")
    if file_id != FALLBACK_ID and not codes_t:
        raise _Bad("countries", "must name at least one country")
    emergency = _obj("emergency", data["emergency"], {"numbers"}, {"note"})
    numbers = _list("emergency.numbers", emergency["numbers"], at_most=5)
    numbers_t = _unique("emergency.numbers", [
        _matching(_at("emergency.numbers", i), n, _EMERGENCY, "a short emergency number of 2-4 digits")
        for i, n in enumerate(numbers)])
    if file_id != FALLBACK_ID and not numbers_t:
        raise _Bad("emergency.numbers", "must have at least 1 entry")
    if file_id == FALLBACK_ID and numbers_t:
        raise _Bad("emergency.numbers", "must be empty for the fallback (its number depends on the country)")
    lines = _list("lines", data["lines"], at_most=20)
    parsed = tuple(_line(_at("lines", i), line) for i, line in enumerate(lines))
    _unique("lines", [f"{line.name} ({line.region})" if line.region else line.name for line in parsed])
    advice = _opt_text(data, "advice", "")
    if not parsed and advice is None:
        raise _Bad("advice", "is needed when there are no lines")
    shown = tuple(line for line in parsed if line.verified)
    if not shown and advice is None:
        raise _Bad("advice", "is needed when no line is verified")
    return CountryLines(id=file_id, name=_text("name", data["name"]), countries=codes_t,
                        checked=_text("checked", data["checked"]), emergency_numbers=numbers_t,
                        emergency_note=_opt_text(emergency, "note", "emergency"), lines=shown,
                        advice=advice, sources=_sources(data, ""), verify=_opt_text(data, "verify", ""),
                        unverified=tuple(line for line in parsed if not line.verified))




def parse_crisis_lines(data: bytes, path: str | PurePath | Traversable, *,
                       expected_id: str | None = None) -> CountryLines:
    """One file from its bytes; every problem is a CrisisLinesError naming `path`."""
    return parse_json_file(bytes(data), path, CrisisLinesError, FILE_BYTES_MAX,
                           lambda document: _parse(document, expected_id))


def load_crisis_lines_file(path: Traversable | PurePath) -> CountryLines:
    return parse_crisis_lines(read_data_file(path, CrisisLinesError), path, expected_id=id_from_file_name(path))


def crisis_lines_folder() -> Traversable:
    return resources.files("integration_journal") / "resources" / "crisis_lines"


def load_folder(folder: Traversable | PurePath) -> Mapping[str, CountryLines]:
    """Every file of a folder by id, checked as a set: a fallback exists, no country is in two files."""
    found: dict[str, CountryLines] = {}
    owner: dict[str, str] = {}
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".json") or path.name == EMERGENCY_FILE:
            continue
        entry = load_crisis_lines_file(path)
        for code in entry.countries:
            if code in owner:
                raise CrisisLinesError(path, f"countries: {code} is already in {owner[code]}.json")
            owner[code] = entry.id
        found[entry.id] = entry
    if FALLBACK_ID not in found:
        raise CrisisLinesError(folder / f"{FALLBACK_ID}.json", "is missing")
    return found


@functools.cache
def builtin_crisis_lines() -> Mapping[str, CountryLines]:
    """The shipped files by id (read and validated once)."""
    return load_folder(crisis_lines_folder())


@functools.cache
def _by_country() -> Mapping[str, CountryLines]:
    return {code: entry for entry in builtin_crisis_lines().values() for code in entry.countries}


def lines_for(country_code: str | None) -> CountryLines:
    """The emergency number(s) and crisis lines for a country. A country without a file of its own gets the
    fallback's advice with its own emergency number(s) from emergency_numbers.json (none when unknown)."""
    fallback = builtin_crisis_lines()[FALLBACK_ID]
    if isinstance(country_code, str):
        code = country_code.strip().upper()
        found = _by_country().get(code)
        if found is not None:
            return found
        numbers = emergency_numbers_for(code)
        if numbers:
            return dataclasses.replace(fallback, emergency_numbers=numbers)
    return fallback


# --- emergency numbers for every country ----------------------------------------------------------------

EMERGENCY_FILE = "emergency_numbers.json"


@dataclass(frozen=True, slots=True)
class EmergencyNumbers:
    """One country's row of emergency_numbers.json."""

    code: str
    numbers: tuple[str, ...]  # the first is the one to call first; empty when not confirmed
    source: str | None  # a key of the file's "sources" (None when there are no numbers)
    verify: str | None = None


@dataclass(frozen=True, slots=True)
class EmergencyTable:
    checked: str  # ISO date of the review
    sources: Mapping[str, str]  # key -> what the source is
    countries: Mapping[str, EmergencyNumbers]


def _emergency_table(document: object) -> EmergencyTable:
    data = _obj("", document, {"schema_version", "checked", "sources", "countries"}, set())
    if data["schema_version"] != SCHEMA_VERSION or isinstance(data["schema_version"], bool):
        raise _Bad("schema_version", f"must be {SCHEMA_VERSION}")
    checked = _date("checked", data["checked"])
    sources_in = data["sources"]
    if not isinstance(sources_in, dict) or not sources_in:
        raise _Bad("sources", "must map source keys to what each source is")
    sources = {_text(_at("sources", str(key)), key): _text(_at("sources", str(key)), value)
               for key, value in sources_in.items()}
    rows_in = data["countries"]
    if not isinstance(rows_in, dict):
        raise _Bad("countries", "must map country codes to their numbers")
    rows: dict[str, EmergencyNumbers] = {}
    for code, row in rows_in.items():
        where = _at("countries", str(code))
        if not (isinstance(code, str) and code.isupper() and countries.is_country(code)):
            raise _Bad(where, "must be a two-letter country code in capitals")
        fields = _obj(where, row, {"numbers"}, {"source", "verify"})
        numbers = _unique(_at(where, "numbers"), [
            _matching(_at(_at(where, "numbers"), i), n, _EMERGENCY, "a short emergency number of 2-5 digits")
            for i, n in enumerate(_list(_at(where, "numbers"), fields["numbers"], at_most=5))])
        source = fields.get("source")
        if numbers and source not in sources:
            raise _Bad(_at(where, "source"), "must name one of the file's sources")
        if not numbers and "verify" not in fields:
            raise _Bad(_at(where, "verify"), "must say why a country has no number")
        rows[code] = EmergencyNumbers(code, numbers, source if numbers else None,
                                      _opt_text(fields, "verify", where))
    return EmergencyTable(checked=checked, sources=sources, countries=rows)


def parse_emergency_table(data: bytes, path: str | PurePath | Traversable) -> EmergencyTable:
    return parse_json_file(bytes(data), path, CrisisLinesError, 4 * FILE_BYTES_MAX, _emergency_table)


@functools.cache
def builtin_emergency_table() -> EmergencyTable:
    """emergency_numbers.json (read and validated once). Its countries and the country files' countries
    together are every country of core/countries.py, each once (tests/core/test_emergency_numbers.py)."""
    path = crisis_lines_folder() / EMERGENCY_FILE
    return parse_emergency_table(read_data_file(path, CrisisLinesError), path)


def emergency_numbers_for(country_code: str | None) -> tuple[str, ...]:
    """The emergency number(s) of any country: its crisis-lines file's, else the table's; () when unknown."""
    if not isinstance(country_code, str):
        return ()
    code = country_code.strip().upper()
    found = _by_country().get(code)
    if found is not None:
        return found.emergency_numbers
    row = builtin_emergency_table().countries.get(code)
    return row.numbers if row is not None else ()
