"""The command line as a script or a person uses it: exact interface, exit codes, messages."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.workspaces import PASSPHRASE

KIT = re.compile(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){13})")


def test_init_prints_a_recovery_kit_and_refuses_to_overwrite(run, data_dir: Path) -> None:
    first = run("init", "--role", "patient", "--name", "Sam")
    assert first.code == 0
    assert KIT.search(first.out)
    assert (data_dir / "journal.ijvault").is_file()
    again = run("init", "--role", "patient", "--name", "Sam")
    assert again.code == 1
    assert "already exists" in again.err
    assert again.err.count("\n") == 1


def test_init_rejects_a_weak_passphrase(run, monkeypatch) -> None:
    monkeypatch.setenv("INTEGRATION_JOURNAL_PASSPHRASE", "short")
    result = run("init", "--role", "patient", "--name", "Sam")
    assert result.code == 1
    assert "too weak" in result.err


def test_add_show_edit_delete_round_trip(run, journal_dir: Path) -> None:
    added = run("add", "--title", "After session 3", "--body", "Felt *lighter* today.", "--tag", "Insight",
                "--tag", "body", "--phase", "next-day", "--share")
    assert added.code == 0, added.err
    entry_id = added.out.strip()
    assert re.fullmatch(r"[0-9a-f]{32}", entry_id)

    shown = run("show", entry_id[:8])
    assert "After session 3" in shown.out and "Felt *lighter* today." in shown.out
    assert "body, insight" in shown.out and "next-day" in shown.out and "share" in shown.out

    edited = run("edit", entry_id, "--title", "After session three", "--no-share")
    assert edited.code == 0, edited.err
    record = run("show", entry_id, "--json").json()
    assert record["title"] == "After session three"
    assert record["share"] is False
    assert record["body"] == "Felt *lighter* today."

    assert run("delete", entry_id).code == 0
    missing = run("show", entry_id)
    assert missing.code == 1 and "error" in missing.err


def test_add_reads_the_body_from_a_file(run, journal_dir: Path, tmp_path: Path) -> None:
    body = tmp_path / "notes.md"
    body.write_text("# Heading\n\nCafé thoughts ✨\n", encoding="utf-8")
    entry_id = run("add", "--title", "From file", "--body-file", str(body)).out.strip()
    assert run("show", entry_id, "--json").json()["body"] == "# Heading\n\nCafé thoughts ✨\n"


def test_body_and_body_file_are_exclusive(run, journal_dir: Path, tmp_path: Path) -> None:
    body = tmp_path / "b.md"
    body.write_text("x")
    result = run("add", "--title", "t", "--body", "a", "--body-file", str(body))
    assert result.code == 1 and "either --body or --body-file" in result.err


def test_list_json_has_the_documented_fields_and_filters(run, journal_dir: Path) -> None:
    run("add", "--title", "Spring", "--body", "x", "--tag", "nature")
    run("add", "--title", "Other", "--body", "y")
    run("checkin", "--date", "2024-03-02", "--mood", "6", "--anxiety", "3")
    everything = run("list", "--json").json()
    kinds = {item["kind"] for item in everything}
    assert {"entry", "checkin"} <= kinds
    for item in everything:
        assert set(item) >= {"id", "kind", "created"}
        assert "T" in item["created"]
    entries = run("list", "--kind", "entry", "--json").json()
    assert {e["title"] for e in entries} == {"Spring", "Other"}
    assert all("tags" in e for e in entries)
    tagged = run("list", "--tag", "nature", "--json").json()
    assert [e["title"] for e in tagged] == ["Spring"]
    march = run("list", "--kind", "checkin", "--from", "2024-03-01", "--to", "2024-03-31", "--json").json()
    assert len(march) == 1 and march[0]["mood"] == 6
    assert run("list", "--kind", "checkin", "--from", "2024-04-01", "--json").json() == []


def test_search_json(run, journal_dir: Path) -> None:
    run("add", "--title", "Kitchen memory", "--body", "My grandmother's café, warm light.", "--tag", "family")
    run("add", "--title", "Work", "--body", "Deadlines again.")
    hits = run("search", "cafe", "--json").json()
    assert [h["title"] for h in hits] == ["Kitchen memory"]
    assert run("search", '"warm light" tag:family', "--json").json()[0]["title"] == "Kitchen memory"
    assert run("search", "tag:work", "--json").json() == []
    bad = run("search", "from:2024-13-01")
    assert bad.code == 1 and bad.err.startswith("integration-journal: error:")


def test_session_with_side_effects_and_blood_pressure(run, journal_dir: Path) -> None:
    result = run("session", "--date", "2026-03-04T10:00", "--route", "IV", "--dose-mg", "35",
                 "--bp-before", "120/80", "--bp-after", "135/85", "--side-effect", "nausea:1",
                 "--side-effect", "dissociation:2", "--intention", "Be curious")
    assert result.code == 0, result.err
    session_id = result.out.strip()
    data = run("show", session_id, "--json").json()
    assert data["route"] == "iv" and data["dose_mg"] == 35
    assert data["bp_before"] == "120/80" and data["bp_after"] == "135/85"
    assert data["side_effects"] == {"nausea": 1, "dissociation": 2}
    assert data["when"].startswith("2026-03-04T10:00")
    linked = run("add", "--title", "Same day", "--session", session_id[:6], "--phase", "same-day")
    assert linked.code == 0
    assert run("show", linked.out.strip(), "--json").json()["session"] == session_id


def test_session_red_flags_are_pointed_out(run, journal_dir: Path) -> None:
    result = run("session", "--date", "2026-03-04", "--route", "nasal", "--bp-after", "185/121")
    assert result.code == 0
    assert "emergency" in result.err.lower()


@pytest.mark.parametrize("args, fragment", [
    (["--bp-before", "120-80"], "120/80"),
    (["--side-effect", "nausea:7"], "severity"),
    (["--side-effect", "unicorns:1"], "unknown side effect"),
    (["--route", "teleport"], "unknown route"),
])
def test_session_bad_values_are_usage_errors(run, journal_dir: Path, args, fragment) -> None:
    base = ["session", "--date", "2026-03-04", "--route", "iv"]
    result = run(*base, *args) if "--route" not in args else run("session", "--date", "2026-03-04", *args)
    assert result.code == 2
    assert fragment in result.err


def test_checkin_updates_the_same_day(run, journal_dir: Path) -> None:
    first = run("checkin", "--date", "2026-01-10", "--mood", "4", "--anxiety", "6", "--pain", "2",
                "--sleep-hours", "6.5", "--note", "tired")
    second = run("checkin", "--date", "2026-01-10", "--mood", "5", "--anxiety", "5")
    assert first.out == second.out
    items = run("list", "--kind", "checkin", "--json").json()
    assert len(items) == 1 and items[0]["mood"] == 5
    out_of_range = run("checkin", "--mood", "11", "--anxiety", "1")
    assert out_of_range.code == 2 and "0–10" in out_of_range.err


def test_wrong_passphrase_is_one_line_without_traceback(run, journal_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("INTEGRATION_JOURNAL_PASSPHRASE", "not the passphrase at all")
    result = run("list")
    assert result.code == 1
    assert result.err == "integration-journal: error: The passphrase is not correct.\n"


def test_passphrase_file_wins_over_the_environment(run, journal_dir: Path, tmp_path: Path, monkeypatch) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    monkeypatch.setenv("INTEGRATION_JOURNAL_PASSPHRASE", "wrong wrong wrong wrong")
    assert run("list", "--passphrase-file", str(secret)).code == 0


def test_no_passphrase_source_is_a_clear_error(run, journal_dir: Path, monkeypatch) -> None:
    monkeypatch.delenv("INTEGRATION_JOURNAL_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    result = run("list")
    assert result.code == 1 and "No passphrase given" in result.err


def test_missing_journal_is_a_clear_error(run) -> None:
    result = run("list")
    assert result.code == 1 and "No journal at" in result.err


def test_usage_errors_exit_2(run) -> None:
    assert run("frobnicate").code == 2
    assert run("list", "--from", "yesterday").code == 2


def test_verify_passes_then_names_a_damaged_record(run, journal_dir: Path) -> None:
    entry_id = run("add", "--title", "t", "--body", "b").out.strip()
    ok = run("verify")
    assert ok.code == 0 and "OK" in ok.out
    db = sqlite3.connect(journal_dir / "journal.ijvault")
    (ciphertext,) = db.execute("SELECT ciphertext FROM records WHERE id = ?", (bytes.fromhex(entry_id),)).fetchone()
    damaged = bytes([ciphertext[0] ^ 1]) + ciphertext[1:]
    db.execute("UPDATE records SET ciphertext = ? WHERE id = ?", (damaged, bytes.fromhex(entry_id)))
    db.commit()
    db.close()
    bad = run("verify")
    assert bad.code == 1
    assert entry_id in bad.out
    # Everything else keeps working, and names the damaged record.
    listed = run("list", "--json")
    assert listed.code == 0
    assert entry_id in listed.err
    assert entry_id not in {item["id"] for item in listed.json()}


def test_passwd_changes_the_passphrase(run, journal_dir: Path, monkeypatch) -> None:
    monkeypatch.setenv("INTEGRATION_JOURNAL_NEW_PASSPHRASE", "a brand new lantern phrase 7")
    assert run("passwd").code == 0
    assert run("list").code == 1
    monkeypatch.setenv("INTEGRATION_JOURNAL_PASSPHRASE", "a brand new lantern phrase 7")
    assert run("list").code == 0


def test_recover_with_the_kit_issues_a_new_kit(run, data_dir: Path, tmp_path: Path, monkeypatch) -> None:
    init = run("init", "--role", "patient", "--name", "Sam")
    kit = KIT.search(init.out).group(1)
    entry_id = run("add", "--title", "kept", "--body", "still here").out.strip()
    kit_file = tmp_path / "kit.txt"
    kit_file.write_text(kit.lower().replace("-", " "))
    monkeypatch.setenv("INTEGRATION_JOURNAL_NEW_PASSPHRASE", "recovered meadow passphrase 9")
    result = run("recover", "--recovery-kit-file", str(kit_file))
    assert result.code == 0, result.err
    new_kit = KIT.search(result.out).group(1)
    assert new_kit != kit
    monkeypatch.setenv("INTEGRATION_JOURNAL_PASSPHRASE", "recovered meadow passphrase 9")
    assert run("show", entry_id, "--json").json()["body"] == "still here"
    assert run("recover", "--recovery-kit-file", str(kit_file)).code == 1
    typo = tmp_path / "typo.txt"
    typo.write_text(("1" if new_kit[0] != "1" else "2") + new_kit[1:])
    typo_result = run("recover", "--recovery-kit-file", str(typo))
    assert typo_result.code == 1 and "typo" in typo_result.err


def test_backup_and_restore(run, journal_dir: Path, tmp_path: Path) -> None:
    keep = run("add", "--title", "before backup", "--body", "x").out.strip()
    backup = tmp_path / "out" / "journal.ijbackup"
    backup.parent.mkdir()
    assert run("backup", "--out", str(backup)).code == 0
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    later = run("add", "--title", "after backup", "--body", "y").out.strip()
    restored = run("restore", str(backup))
    assert restored.code == 0, restored.err
    ids = {item["id"] for item in run("list", "--kind", "entry", "--json").json()}
    assert keep in ids and later not in ids


def test_restore_refuses_a_damaged_backup_and_keeps_the_journal(run, journal_dir: Path, tmp_path: Path) -> None:
    run("add", "--title", "precious", "--body", "x")
    backup = tmp_path / "b.ijbackup"
    run("backup", "--out", str(backup))
    db = sqlite3.connect(backup)
    db.execute("UPDATE records SET ciphertext = substr(ciphertext, 2)")
    db.commit()
    db.close()
    result = run("restore", str(backup))
    assert result.code == 1 and "damaged" in result.err
    assert [e["title"] for e in run("list", "--kind", "entry", "--json").json()] == ["precious"]


def test_export_warns_and_import_round_trips(run, journal_dir: Path, tmp_path: Path, data_dir: Path,
                                             monkeypatch) -> None:
    run("add", "--title", "Exported", "--body", "Ünïcode body", "--tag", "x")
    run("checkin", "--date", "2026-01-02", "--mood", "7", "--anxiety", "2")
    out = tmp_path / "export.json"
    result = run("export", "--format", "json", "--out", str(out))
    assert result.code == 0
    assert "NOT encrypted" in result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    before = {(i["kind"], i["id"]) for i in run("list", "--json").json()}

    other = tmp_path / "other"
    monkeypatch.setenv("INTEGRATION_JOURNAL_DATA_DIR", str(other))
    assert run("init", "--role", "patient", "--name", "Sam").code == 0
    imported = run("import", "--format", "json", str(out))
    assert imported.code == 0, imported.err
    after = {(i["kind"], i["id"]) for i in run("list", "--json").json()}
    assert before <= after
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "integration-journal-export", "version": 1, "records": [{"kind": "entry"}]}')
    count_before = len(run("list", "--json").json())
    rejected = run("import", "--format", "json", str(broken))
    assert rejected.code == 1
    assert len(run("list", "--json").json()) == count_before


def test_second_process_is_told_the_journal_is_open(journal_dir: Path) -> None:
    env = dict(os.environ, INTEGRATION_JOURNAL_PASSPHRASE=PASSPHRASE, INTEGRATION_JOURNAL_DATA_DIR=str(journal_dir))
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from integration_journal.storage.instance import InstanceLock\n"
         "from pathlib import Path\n"
         f"lock = InstanceLock(Path({str(journal_dir)!r}) / 'journal.lock').acquire()\n"
         "print('held', flush=True)\n"
         "time.sleep(30)\n"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = subprocess.run([sys.executable, "-m", "integration_journal", "list"], env=env,
                                capture_output=True, text=True, timeout=60)
        assert result.returncode == 1
        assert f"already open in another window or process (pid {holder.pid})" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait()
    after = subprocess.run([sys.executable, "-m", "integration_journal", "list"], env=env,
                           capture_output=True, text=True, timeout=60)
    assert after.returncode == 0, after.stderr


def test_module_and_help_work_as_a_process() -> None:
    result = subprocess.run([sys.executable, "-m", "integration_journal", "--help"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    for command in ("init", "add", "list", "search", "session", "checkin", "verify", "passwd", "recover",
                    "backup", "restore", "export", "import"):
        assert command in result.stdout


def test_history_trash_and_revert(run, journal_dir: Path) -> None:
    entry_id = run("add", "--title", "v1", "--body", "first words").out.strip()
    for n in range(2, 14):
        run("edit", entry_id, "--title", f"v{n}")
    history = run("history", entry_id, "--json").json()
    assert len(history) == 10  # the last ten earlier versions are kept
    assert [item["revision"] for item in history] == sorted((item["revision"] for item in history), reverse=True)
    oldest_kept = history[-1]
    assert run("revert", oldest_kept["snapshot"]).code == 0
    assert run("show", entry_id, "--json").json()["title"] == "v3"

    run("delete", entry_id)
    trash = run("trash", "--json").json()
    assert [item["of"] for item in trash] == [entry_id]
    assert trash[0]["deleted"] is True
    assert run("revert", trash[0]["snapshot"][:10]).out.strip() == entry_id
    assert run("show", entry_id, "--json").json()["title"] == "v3"
    assert run("trash", "--json").json() == []

    run("delete", entry_id, "--purge")
    assert run("trash", "--json").json() == []
    assert run("show", entry_id).code == 1
