"""The name rules (#14 item 7): no controls or invisible characters, one written form, and a skeleton
under which look-alike names are equal."""

from __future__ import annotations

import unicodedata

import pytest

from integration_journal.crypto.names import NAME_PROBLEM, name_problem, normalise_name, skeleton

REFUSED = {
    "NEL (C1)": "Dr\u0085Lee", "DEL": "Dr Lee\x7f", "ESC": "Dr \x1b[2JLee", "newline": "Dr\nLee", "tab": "Dr\tLee",
    "right-to-left override": "Dr Lee\u202eexe", "left-to-right mark": "\u200eDr Lee",
    "Arabic letter mark": "Dr\u061cLee", "line separator": "Dr\u2028Lee", "paragraph separator": "Dr\u2029Lee",
    "zero-width space": "Dr\u200bLee", "zero-width non-joiner": "Dr L\u200cee", "word joiner": "Dr\u2060Lee",
    "byte-order mark": "\ufeffDr Lee", "soft hyphen": "Dr Le\u00ade", "bidi isolate": "\u2067Dr Lee\u2069",
    "combining grapheme joiner": "Dr Le\u034fe", "Hangul filler": "Dr\u3164Lee", "Mongolian separator": "Dr\u180eLee",
    "joiner between letters": "Dr L\u200dee", "joiner at the end": "Sam 🌈\u200d",
}


@pytest.mark.parametrize("name", REFUSED.values(), ids=REFUSED.keys())
def test_controls_and_invisible_characters_are_refused(name: str) -> None:
    assert name_problem(name) == NAME_PROBLEM


@pytest.mark.parametrize("name", ["Sam", "Dr Lee", "José Álvarez", "Zoë O'Brien-Smith", "山田 太郎", "محمد",
                                  "Ελένη", "Сергей", "Sam 🏳️‍🌈", "Dr Kim 👩‍⚕️", "Ana 🌿"])
def test_names_in_any_script_and_emoji_sequences_are_fine(name: str) -> None:
    assert name_problem(name) is None


def test_a_name_has_one_written_form() -> None:
    decomposed = unicodedata.normalize("NFD", "José")
    assert decomposed != "José" and normalise_name(decomposed) == "José"
    assert normalise_name("  Dr \u00a0 Lee  ") == "Dr Lee"


@pytest.mark.parametrize("lookalike", [
    "Dr Lе\u0435",  # Cyrillic e twice
    "Dr \u216cee",  # Roman numeral fifty (NFKC: L)
    "Ｄｒ Ｌｅｅ",  # full width
    "DR LEE", "dr  lee", "Dr Lee",
    "Dr \u216c\u0435\u0435",
])
def test_look_alikes_share_a_skeleton(lookalike: str) -> None:
    assert skeleton(lookalike) == skeleton("Dr Lee")


@pytest.mark.parametrize(("one", "other"), [
    ("Ali", "AIi"),  # capital i for small L
    ("Anna", "Аnnа"),  # Cyrillic a
    ("Paul", "Ρaul"),  # Greek capital rho
    ("Tom", "T0m"),  # zero for O
    ("Martin", "\u216fartin"),  # Roman numeral one thousand
    ("Kim", "Kirn"),  # r n for m
    ("Dr Lee", "Dr Le\u0435"),
])
def test_common_impersonations_are_caught(one: str, other: str) -> None:
    assert one != other and skeleton(one) == skeleton(other)


@pytest.mark.parametrize(("one", "other"), [("Dr Lee", "Dr Li"), ("Sam", "Sarah"), ("Ana", "Anna"),
                                             ("José", "Jose Luis"), ("Dr Lee", "Dr. Lee (clinic)")])
def test_different_names_stay_different(one: str, other: str) -> None:
    assert skeleton(one) != skeleton(other)
