"""The full export folder: front matter, tables, safe unique names, private files, atomic or nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_journal.core import export_json, export_markdown
from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.errors import StorageFull
from tests.helpers.records import FlakyStore, minute_clock, one_of_each, rid

UTC = dt.timezone.utc
EXPORTED = dt.datetime(2024, 4, 1, 10, tzinfo=UTC)


def full_journal() -> Journal:
    journal = Journal.open(FlakyStore(), minute_clock(), tz=UTC)
    journal.add_many(one_of_each())
    return journal


def front_matter(text: str) -> tuple[dict[str, object], str]:
    """Read the front matter as YAML would: each value is a JSON literal or an ISO timestamp."""
    assert text.startswith("---\n")
    head, rest = text[4:].split("\n---\n\n", 1)
    values: dict[str, object] = {}
    for line in head.split("\n"):
        key, value = line.split(": ", 1)
        try:
            values[key] = json.loads(value)
        except ValueError:
            values[key] = dt.datetime.fromisoformat(value)
    return values, rest


def test_folder_holds_the_json_one_file_per_entry_and_the_tables(tmp_path: Path) -> None:
    journal = full_journal()
    seen: list[tuple[int, int]] = []
    result = export_markdown.write_export_folder(journal, tmp_path / "export", exported=EXPORTED,
                                                 progress=lambda done, total: seen.append((done, total)))
    folder = tmp_path / "export"
    names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
    assert names == ["README.md", "check-ins.md", "entries", "entries/2024-02-01-morning-after-café.md",
                     "insights.md", "journal.json", "measures.md", "safety-plan.md", "sessions.md"]
    assert result.entries == 1 and result.files == 8
    assert seen[-1] == (8, 8) and [d for d, _ in seen] == list(range(1, 9))
    assert (folder / "journal.json").read_text(encoding="utf-8") == export_json.export_json(journal, exported=EXPORTED)
    values, rest = front_matter((folder / "entries/2024-02-01-morning-after-café.md").read_text(encoding="utf-8"))
    assert values == {
        "id": rid(3).hex(), "title": "Morning after — café",
        "created": dt.datetime(2024, 2, 1, 8, 30, 15, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        "updated": dt.datetime(2024, 2, 1, 8, 35, 15, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        "tags": ["insight", "self-care"], "phase": "next-day", "session": "2024-01-31T10:00:00+02:00",
        "session_id": rid(2).hex(), "flags": ["share", "bring_to_appointment"]}
    assert rest == "# Morning after — café\n\n# Heading\n\nI noticed *less* urgency.\n"
    sessions = (folder / "sessions.md").read_text(encoding="utf-8")
    assert "| 2024-01-31 10:00 | nasal | clinic | 56 | Riverside |" in sessions
    assert "128/82 → 141/88" in sessions and "Nausea (1/3)" in sessions
    measures = (folder / "measures.md").read_text(encoding="utf-8")
    assert "| 2024-02-01 08:30 | PHQ-9 |  |  | 0 | 1, 2, 1, 0, –, 1, 0, 0, 0 | yes |" in measures  # item 9 shown
    assert "Pfizer" in measures
    assert "not validated measures" in (folder / "check-ins.md").read_text(encoding="utf-8")
    insights = (folder / "insights.md").read_text(encoding="utf-8")
    assert "| I always ruin things | Sometimes things go wrong | mind |" in insights
    assert "| Ten minutes outside | nature | weekly | no | 2 | 2024-02-03 |" in insights
    assert "Three bad nights" in (folder / "safety-plan.md").read_text(encoding="utf-8")
    assert "not encrypted" in (folder / "README.md").read_text(encoding="utf-8")
    for path in folder.rglob("*"):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), path


def test_table_cells_cannot_break_the_table() -> None:
    checkin = r.CheckIn(date=dt.date(2024, 1, 2), mood=5, anxiety=5, note="a | b\nsecond line \\ end")
    text = export_markdown.checkins_markdown([checkin])
    assert text.splitlines()[-1] == "| 2024-01-02 | 5 | 5 |  |  |  | a \\| b<br>second line \\\\ end |"


def test_entry_without_title_or_flags() -> None:
    entry = r.Entry(title="", body="no newline", created=dt.datetime(2024, 1, 1, tzinfo=UTC))
    values, rest = front_matter(export_markdown.entry_markdown(entry, {}))
    assert values["title"] == "" and values["flags"] == [] and values["phase"] is None and values["session"] is None
    assert rest == "no newline\n"


@pytest.mark.parametrize("title, expected", [
    ("../../etc/passwd", "etc-passwd"), ("CON", "con"), ("", "untitled"), ("   ", "untitled"),
    ("Ünïcode café 日本", "ünïcode-café-日本"), ("a/b\\c:d*e?f\"g<h>i|j", "a-b-c-d-e-f-g-h-i-j"),
    ("🌱🌱", "untitled"), ("x" * 200, "x" * 60), ("e\u0301", "é"),
])
def test_slugs_are_safe(title: str, expected: str) -> None:
    assert export_markdown.slug(title) == expected


def test_names_are_unique_regardless_of_case() -> None:
    names = export_markdown.UniqueNames()
    assert [names.take(s) for s in ("a", "A", "a", "con")] == ["a.md", "A-2.md", "a-3.md", "con-.md"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_any_title_gives_a_harmless_file_name(title: str) -> None:
    name = export_markdown.UniqueNames().take("2024-01-01-" + export_markdown.slug(title))
    assert "/" not in name and "\\" not in name and "\x00" not in name and ".." not in name
    assert 0 < len(name.encode("utf-8")) <= 255 and name.endswith(".md")


def test_many_entries_with_one_title_get_distinct_files(tmp_path: Path) -> None:
    journal = Journal.open(FlakyStore(), minute_clock(), tz=UTC)
    day = dt.datetime(2024, 5, 1, 9, tzinfo=UTC)
    journal.add_many([r.Entry(title=t, body=str(i), created=day) for i, t in enumerate(["Same", "same", "SAME", "../x"])])
    export_markdown.write_export_folder(journal, tmp_path / "out")
    files = sorted(p.name for p in (tmp_path / "out" / "entries").iterdir())
    assert len(files) == 4 and len({f.casefold() for f in files}) == 4
    assert "2024-05-01-x.md" in files


def test_refuses_an_existing_non_empty_target_and_fills_an_empty_one(tmp_path: Path) -> None:
    journal = full_journal()
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(export_markdown.ExportFailed, match="not an empty folder"):
        export_markdown.write_export_folder(journal, tmp_path / "full")
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["keep.txt"]
    (tmp_path / "empty").mkdir()
    export_markdown.write_export_folder(journal, tmp_path / "empty")
    assert (tmp_path / "empty" / "journal.json").is_file()
    with pytest.raises(export_markdown.ExportFailed, match="does not exist"):
        export_markdown.write_export_folder(journal, tmp_path / "no" / "such")


def test_a_failure_midway_leaves_nothing_behind(tmp_path: Path, monkeypatch) -> None:
    journal = full_journal()
    real = export_markdown.write_new
    written: list[Path] = []

    def fill_disk(path: Path, data: bytes, **kwargs) -> None:
        if len(written) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(path)
        real(path, data, **kwargs)

    monkeypatch.setattr(export_markdown, "write_new", fill_disk)
    with pytest.raises(StorageFull):
        export_markdown.write_export_folder(journal, tmp_path / "export")
    assert len(written) == 3 and not any(p.exists() for p in written)
    assert not [n for n in os.listdir(tmp_path) if "export" in n]  # neither the folder nor its partial

    monkeypatch.setattr(export_markdown, "write_new", lambda p, d, **k: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        export_markdown.write_export_folder(journal, tmp_path / "export")
    assert not [n for n in os.listdir(tmp_path) if "export" in n]


def test_private_file_is_0600_and_replaced_atomically(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "export.json"
    target.write_text("old")
    export_markdown.write_private_file(target, b"new")
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o600
    monkeypatch.setattr(export_markdown.os, "replace", lambda *a: (_ for _ in ()).throw(OSError(errno.EACCES, "no")))
    with pytest.raises(export_markdown.ExportFailed, match="could not be written"):
        export_markdown.write_private_file(target, b"newer")
    assert target.read_bytes() == b"new" and sorted(os.listdir(tmp_path)) == ["export.json", "home"]
    with pytest.raises(export_markdown.ExportFailed, match="is a folder"):
        export_markdown.write_private_file(tmp_path, b"x")


def test_the_json_in_the_folder_imports_back(tmp_path: Path) -> None:
    journal = full_journal()
    journal.update(dataclasses.replace(journal.get(rid(3)), title="Edited"))
    export_markdown.write_export_folder(journal, tmp_path / "out")
    target = Journal.open(FlakyStore(), minute_clock(), tz=UTC)
    export_json.import_json(target, (tmp_path / "out" / "journal.json").read_bytes())
    assert {rec.id for rec in target} == {rec.id for rec in journal if rec.KIND != "identity"}
