"""Names through the real command line (#14 item 7): `init --name` and `contact add` refuse controls
and invisible characters in one line; a card whose name looks like an existing contact's is refused
unless the person tells them apart (--name) or confirms (--allow-lookalike)."""

from __future__ import annotations

from pathlib import Path

import pytest

from integration_journal.errors import CardProblem
from tests.helpers.cards import signed_card

CYRILLIC_E = "\u0435"


def _one_error_line(result) -> str:
    lines = result.err.strip().splitlines()
    assert result.code == 1 and len(lines) == 1, result.err
    return lines[0]


@pytest.mark.parametrize("name", ["Sam\u202eexe", "Sam\u0085", "S\u200bam", "Sam\nOK", "Sam\x7f"])
def test_init_refuses_a_name_with_hidden_characters(run, data_dir: Path, name: str) -> None:
    result = run("init", "--role", "patient", "--name", name)
    assert "invisible characters" in _one_error_line(result)
    assert not (data_dir / "journal.ijvault").exists()


def test_a_card_whose_name_hides_characters_is_refused(run, journal_dir: Path, tmp_path: Path) -> None:
    card = tmp_path / "hostile.ijcard"
    card.write_bytes(signed_card("Dr Lee\u202e\u0085"))
    result = run("contact", "add", str(card))
    assert _one_error_line(result) == f"integration-journal: error: {CardProblem.BAD_NAME.value}"
    refused = run("contact", "add", str(card), "--name", "Dr\u200bLee")
    assert refused.code == 1
    assert run("contact", "list", "--json").json() == []


def test_a_lookalike_of_a_contact_needs_a_name_that_tells_them_apart(run, tmp_path: Path) -> None:
    dirs = {who: tmp_path / who for who in ("patient", "therapist", "impostor")}
    for who, role, name in (("patient", "patient", "Sam"), ("therapist", "therapist", "Dr Lee"),
                            ("impostor", "therapist", f"Dr Le{CYRILLIC_E}")):
        assert run("--data-dir", str(dirs[who]), "init", "--role", role, "--name", name).code == 0

    def as_(who: str, *argv: str):
        return run("--data-dir", str(dirs[who]), *argv)

    for who in ("therapist", "impostor"):
        assert as_(who, "card", "--out", str(tmp_path / f"{who}.ijcard")).code == 0
    assert as_("patient", "contact", "add", str(tmp_path / "therapist.ijcard")).code == 0

    refused = as_("patient", "contact", "add", str(tmp_path / "impostor.ijcard"))
    line = _one_error_line(refused)
    assert f"“Dr Le{CYRILLIC_E}” looks like your contact “Dr Lee”" in line and "--name" in line
    assert [c["name"] for c in as_("patient", "contact", "list", "--json").json()] == ["Dr Lee"]

    apart = as_("patient", "contact", "add", str(tmp_path / "impostor.ijcard"), "--name", "Dr Lee (second card)")
    assert apart.code == 0, apart.err
    assert "Added Dr Lee (second card)" in apart.out
    names = sorted(c["name"] for c in as_("patient", "contact", "list", "--json").json())
    assert names == ["Dr Lee", "Dr Lee (second card)"]


def test_a_lookalike_can_be_added_on_purpose(run, tmp_path: Path, journal_dir: Path) -> None:
    first, second = tmp_path / "a.ijcard", tmp_path / "b.ijcard"
    first.write_bytes(signed_card("Anna"))
    second.write_bytes(signed_card("Аnnа"))  # Cyrillic a twice
    assert run("contact", "add", str(first)).code == 0
    assert run("contact", "add", str(second)).code == 1
    confirmed = run("contact", "add", str(second), "--allow-lookalike")
    assert confirmed.code == 0, confirmed.err
    assert len(run("contact", "list", "--json").json()) == 2
