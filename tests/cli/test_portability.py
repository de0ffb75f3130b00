"""The export and import commands: Markdown folder, jrnl and Day One imports, dry runs, exit codes."""

from __future__ import annotations

import json
import stat
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"


def test_import_jrnl_dry_run_then_import_then_skip_duplicates(run, journal_dir: Path) -> None:
    jrnl = str(FIXTURES / "jrnl_export.json")
    dry = run("import", "--format", "jrnl", jrnl, "--dry-run", "--time-zone", "America/New_York")
    assert dry.code == 0, dry.err
    assert dry.out.startswith("Dry run: nothing was written.\njrnl JSON export: would import 6 records (entry: 6).")
    assert "  Couldn't sleep\n" in dry.out
    assert run("list", "--json").json() == []
    done = run("import", "--format", "jrnl", jrnl, "--time-zone", "America/New_York")
    assert done.code == 0 and done.out == "Imported 6 records.\n"
    entries = run("list", "--kind", "entry", "--json").json()
    assert len(entries) == 6
    starred = next(e for e in entries if e["title"] == "Couldn't sleep")
    assert starred["tags"] == ["insomnia", "starred"] and starred["created"] == "2024-03-10T02:30:00-05:00"
    again = run("import", "--format", "jrnl", jrnl, "--time-zone", "America/New_York", "--json", "--dry-run")
    report = again.json()
    assert report["total"] == 0 and report["duplicates_skipped"] == 6 and report["dry_run"] is True


def test_import_day_one_zip_reports_media_note(run, journal_dir: Path) -> None:
    result = run("import", "--format", "dayone", str(FIXTURES / "dayone_export.zip"))
    assert result.code == 0, result.err
    assert result.out.startswith("Imported 4 records.\nNote: Entries that refer to photos")
    titles = {e["title"] for e in run("list", "--kind", "entry", "--json").json()}
    assert "First session" in titles


def test_a_damaged_file_imports_nothing_and_says_where(run, journal_dir: Path, tmp_path: Path) -> None:
    data = json.loads((FIXTURES / "jrnl_export.json").read_text(encoding="utf-8"))
    data["entries"][2]["date"] = "last tuesday"
    del data["entries"][4]["time"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    dry = run("import", "--format", "jrnl", str(bad), "--dry-run")
    assert dry.code == 1
    assert "  Entry 3: Its date is not written as YYYY-MM-DD.\n  Entry 5: It has no time.\n" in dry.out
    result = run("import", "--format", "jrnl", str(bad))
    assert result.code == 1 and result.out == ""
    assert result.err == ("integration-journal: error: Record 3 of the import file: Its date is not written as "
                          "YYYY-MM-DD. (1 more problem; a dry run lists them all) Nothing was imported.\n")
    assert run("list", "--json").json() == []


def test_import_usage_errors(run, journal_dir: Path, tmp_path: Path) -> None:
    assert run("import", "--format", "word", "x").code == 2
    assert run("import", "--format", "jrnl", "x", "--time-zone", "Nowhere/Else").code == 2
    wrong = run("import", "--format", "dayone", str(FIXTURES / "jrnl_export.json"), "--time-zone", "UTC")
    assert wrong.code == 1 and "--time-zone applies to jrnl files only" in wrong.err
    missing = run("import", "--format", "jrnl", str(tmp_path / "none.json"))
    assert missing.code == 1 and "could not be read" in missing.err and missing.err.count("\n") == 1


def test_export_markdown_folder_warns_first(run, journal_dir: Path, tmp_path: Path) -> None:
    run("add", "--title", "Über den Fluss", "--body", "Text", "--tag", "x", "--share")
    out = tmp_path / "folder"
    result = run("export", "--markdown", str(out))
    assert result.code == 0, result.err
    assert "NOT encrypted" in result.err
    assert result.out == (f"Exported 7 files to {out}: the JSON, tables, and one Markdown file per entry "
                          "(entries: 1).\n")
    [entry_file] = (out / "entries").iterdir()
    assert entry_file.name.endswith("-über-den-fluss.md")
    assert 'flags: ["share"]' in entry_file.read_text(encoding="utf-8")
    assert stat.S_IMODE(entry_file.stat().st_mode) == 0o600
    again = run("export", "--format", "markdown", "--out", str(out))
    assert again.code == 1 and "not an empty folder" in again.err
    assert run("export", "--out", str(tmp_path / "x")).code == 1
    assert run("export", "--format", "json", "--out", str(tmp_path / "a.json"), "--markdown", str(tmp_path / "b")).code == 1


def test_export_markdown_then_import_its_json_elsewhere(run, journal_dir: Path, tmp_path: Path, monkeypatch) -> None:
    run("add", "--title", "Carried over", "--body", "words")
    out = tmp_path / "folder"
    assert run("export", "--format", "markdown", "--out", str(out)).code == 0
    monkeypatch.setenv("INTEGRATION_JOURNAL_DATA_DIR", str(tmp_path / "other"))
    assert run("init", "--role", "patient", "--name", "Sam").code == 0
    imported = run("import", "--format", "json", str(out / "journal.json"))
    assert imported.code == 0, imported.err
    assert [e["title"] for e in run("list", "--kind", "entry", "--json").json()] == ["Carried over"]
