"""Two vaults through the command line: patient → therapist → reply → patient (issue #5)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.helpers.canaries import canary_forms
from tests.helpers.prompt_pack import PACK

SAFETY = re.compile(r"(\d{5}(?: \d{5}){11})")


@pytest.fixture
def vaults(run, tmp_path: Path):
    """A patient, their therapist and a second therapist, each with their own folder."""
    dirs = {name: tmp_path / name for name in ("patient", "therapist", "other")}
    for name, role, display in (("patient", "patient", "Sam"), ("therapist", "therapist", "Dr Lee"),
                                ("other", "therapist", "Dr Other")):
        result = run("--data-dir", str(dirs[name]), "init", "--role", role, "--name", display)
        assert result.code == 0, result.err

    def as_(who: str, *argv: str):
        return run("--data-dir", str(dirs[who]), *argv)

    return as_


def _introduce(as_, tmp_path: Path, a: str, b: str, a_name: str, b_name: str) -> str:
    """a and b exchange cards; both see the same safety number; returns it."""
    numbers = []
    for me, them, their_name in ((a, b, b_name), (b, a, a_name)):
        card = tmp_path / f"{them}.ijcard"
        assert as_(them, "card", "--out", str(card)).code == 0
        added = as_(me, "contact", "add", str(card), "--name", their_name)
        assert added.code == 0, added.err
        numbers.append(SAFETY.search(added.out).group(1))
    assert numbers[0] == numbers[1]
    return numbers[0]


def test_patient_therapist_round_trip(vaults, tmp_path: Path) -> None:
    as_ = vaults
    number = _introduce(as_, tmp_path, "patient", "therapist", "Sam", "Dr Lee")
    canary_title, canary_body = "CANARYTITLE7f3a9b", "CANARYBODY0c4e1d9f2a"
    entry_id = as_("patient", "add", "--title", canary_title, "--body", canary_body, "--share").out.strip()
    private_id = as_("patient", "add", "--title", "Just for me", "--body", "not shared").out.strip()

    # Unverified: sending is refused, nothing written.
    bundle = tmp_path / "one.ijshare"
    refused = as_("patient", "share", "--to", "Dr Lee", "--flagged", "--out", str(bundle))
    assert refused.code == 1 and "safety number" in refused.err and not bundle.exists()

    wrong = as_("patient", "contact", "verify", "Dr Lee", "--number", "1" * 60)
    assert wrong.code == 1
    assert as_("patient", "contact", "verify", "Dr Lee", "--number", number).code == 0
    assert as_("therapist", "contact", "verify", "Sam").code == 0
    listed = as_("patient", "contact", "list", "--json").json()
    assert listed[0]["name"] == "Dr Lee" and listed[0]["verified"] is True
    shown = as_("patient", "safety-number", "Dr Lee", "--json").json()
    assert shown["safety_number"] == number.replace(" ", "")

    sent = as_("patient", "share", "--to", "Dr Lee", "--flagged", "--from", "2000-01-01", "--to", "2999-12-31",
               "--out", str(bundle))
    assert sent.code == 0, sent.err
    blob = bundle.read_bytes()
    for canary in (canary_title, canary_body, "Just for me"):
        assert not any(form in blob for form in canary_forms(canary)), canary

    got = as_("therapist", "receive", str(bundle))
    assert got.code == 0, got.err
    rows = as_("therapist", "list", "--json").json()
    assert [(row["title"], row["from"], row["source_id"]) for row in rows] == [(canary_title, "Sam", entry_id)]
    assert private_id not in json.dumps(rows)

    # The same file again: a replay, refused with its reason, nothing imported.
    again = as_("therapist", "receive", str(bundle))
    assert again.code == 1 and "already been imported" in again.err and again.err.count("\n") == 1

    # An update and a withdrawal of a second entry.
    second = as_("patient", "add", "--title", "Second", "--body", "two").out.strip()
    assert as_("patient", "edit", entry_id, "--title", "Edited title").code == 0
    update = tmp_path / "two.ijshare"
    assert as_("patient", "share", "--to", "Dr Lee", "--entry", entry_id, "--entry", second,
               "--out", str(update)).code == 0
    assert as_("therapist", "receive", str(update)).code == 0
    titles = sorted(row["title"] for row in as_("therapist", "list", "--json").json())
    assert titles == ["Edited title", "Second"]
    withdraw = tmp_path / "three.ijshare"
    assert as_("patient", "share", "--to", "Dr Lee", "--withdraw", second, "--out", str(withdraw)).code == 0
    assert "1 withdrawn" in as_("therapist", "receive", str(withdraw)).out
    rows = as_("therapist", "list", "--json").json()
    assert [row["title"] for row in rows] == ["Edited title"]

    # The older bundle cannot come back after newer ones.
    stale = as_("therapist", "receive", str(update))
    assert stale.code == 1 and ("already been imported" in stale.err or "older" in stale.err)

    # Therapist replies with a comment and a prompt pack.
    comment = as_("therapist", "comment", rows[0]["id"], "--text", "Thank you for sharing this.")
    assert comment.code == 0, comment.err
    assert as_("therapist", "comment", rows[0]["id"], "--text", "private note", "--private").code == 0
    pack = tmp_path / "pack.json"
    pack.write_text(json.dumps(PACK), encoding="utf-8")
    reply = tmp_path / "reply.ijshare"
    wrote = as_("therapist", "share", "--to", "Sam", "--comments", "--prompt-pack", str(pack), "--out", str(reply))
    assert wrote.code == 0, wrote.err
    assert "private note" not in wrote.out
    imported = as_("patient", "receive", str(reply))
    assert imported.code == 0, imported.err
    assert "1 comment" in imported.out and "1 prompt pack" in imported.out and "(s)" not in imported.out


def test_bundle_for_another_therapist_is_refused_and_left_alone(vaults, tmp_path: Path) -> None:
    as_ = vaults
    _introduce(as_, tmp_path, "patient", "therapist", "Sam", "Dr Lee")
    _introduce(as_, tmp_path, "patient", "other", "Sam", "Dr Other")
    for who, name in (("patient", "Dr Lee"), ("patient", "Dr Other"), ("therapist", "Sam"), ("other", "Sam")):
        assert as_(who, "contact", "verify", name).code == 0
    as_("patient", "add", "--title", "For Dr Other", "--body", "x", "--share")
    drop = tmp_path / "drop"
    drop.mkdir()
    bundle = drop / "for-other.ijshare"
    assert as_("patient", "share", "--to", "Dr Other", "--flagged", "--out", str(bundle)).code == 0
    refused = as_("therapist", "receive", str(bundle))
    assert refused.code == 1 and "addressed to someone else" in refused.err
    assert as_("therapist", "list", "--json").json() == []
    scan = as_("therapist", "receive", str(drop))
    assert scan.code == 0 and "1 addressed to someone else" in scan.out and bundle.exists()
    first = as_("other", "receive", str(drop))
    assert "1 imported" in first.out
    second = as_("other", "receive", str(drop))
    assert "0 imported, 1 imported before" in second.out
    assert [row["title"] for row in as_("other", "list", "--json").json()] == ["For Dr Other"]


def test_changed_keys_block_sending_until_verified_again(vaults, tmp_path: Path) -> None:
    as_ = vaults
    first = _introduce(as_, tmp_path, "patient", "therapist", "Sam", "Dr Lee")
    assert as_("patient", "contact", "verify", "Dr Lee").code == 0
    as_("patient", "add", "--title", "x", "--body", "y", "--share")
    # "Dr Lee" comes back with a new journal, i.e. new keys, pasted as text this time.
    text = as_("other", "card", "--text").out
    assert text.startswith("-----BEGIN INTEGRATION JOURNAL CONTACT CARD-----")
    pasted = tmp_path / "pasted.txt"
    pasted.write_text("Here is my new card:\n\n" + text + "\nThanks!", encoding="utf-8")
    readd = as_("patient", "contact", "add", str(pasted), "--name", "Dr Lee")
    assert readd.code == 0 and "have changed" in readd.err
    assert SAFETY.search(readd.out).group(1) != first
    assert as_("patient", "contact", "list", "--json").json()[0]["verified"] is False
    out = tmp_path / "x.ijshare"
    blocked = as_("patient", "share", "--to", "Dr Lee", "--flagged", "--out", str(out))
    assert blocked.code == 1 and "safety number" in blocked.err and not out.exists()
    assert as_("patient", "contact", "verify", "Dr Lee").code == 0
    assert as_("patient", "share", "--to", "Dr Lee", "--flagged", "--out", str(out)).code == 0
    # Written for the new keys: the old journal cannot open it.
    assert "addressed to someone else" in as_("therapist", "receive", str(out)).err


def test_a_mistyped_pasted_card_is_reported(vaults, tmp_path: Path) -> None:
    as_ = vaults
    text = as_("therapist", "card", "--text").out
    lines = text.splitlines()
    line = lines[3]
    lines[3] = line[:10] + ("A" if line[10] != "A" else "B") + line[11:]
    typo = tmp_path / "typo.txt"
    typo.write_text("\n".join(lines), encoding="utf-8")
    result = as_("patient", "contact", "add", str(typo))
    assert result.code == 1 and "checksum" in result.err
    assert as_("patient", "contact", "list", "--json").json() == []


def test_a_damaged_file_is_refused_with_one_line_and_dry_run_writes_nothing(vaults, tmp_path: Path) -> None:
    as_ = vaults
    _introduce(as_, tmp_path, "patient", "therapist", "Sam", "Dr Lee")
    for who, name in (("patient", "Dr Lee"), ("therapist", "Sam")):
        assert as_(who, "contact", "verify", name).code == 0
    as_("patient", "add", "--title", "Week one", "--body", "x", "--share")
    as_("patient", "checkin", "--date", "2026-03-02", "--mood", "6", "--anxiety", "3")
    summary = tmp_path / "summary.md"
    summary.write_text("# March\n\nCalmer mornings.\n", encoding="utf-8")
    out = tmp_path / "s.ijshare"
    dry = as_("patient", "share", "--to", "Dr Lee", "--flagged", "--checkins", "--from", "2026-03-01",
              "--until", "2026-03-31", "--summary", str(summary), "--summary-title", "March", "--dry-run",
              "--out", str(out))
    assert dry.code == 0 and "checkin" in dry.out and "summary" in dry.out and not out.exists()
    assert as_("patient", "share", "--to", "Dr Lee", "--to", "Sam", "--flagged", "--out", str(out)).code == 1
    assert as_("patient", "share", "--to", "Dr Lee", "--flagged", "--checkins", "--out", str(out)).code == 0
    damaged = bytearray(out.read_bytes())
    damaged[len(damaged) // 2] ^= 1
    bad = tmp_path / "bad.ijshare"
    bad.write_bytes(bytes(damaged))
    refused = as_("therapist", "receive", str(bad))
    assert refused.code == 1 and refused.err.count("\n") == 1 and "damaged" in refused.err
    assert as_("therapist", "list", "--json").json() == []
    assert as_("therapist", "receive", str(out)).code == 0
    kinds = sorted(row["kind"] for row in as_("therapist", "list", "--json").json())
    assert kinds == ["checkin", "entry"]
