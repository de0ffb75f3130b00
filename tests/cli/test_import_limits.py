"""Imports bounded in memory through the real command line (#14 item 5): a file of empty arrays just
over the real cap is refused with one line before it is parsed, and running out of memory while
reading is one line too; nothing is added either way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from integration_journal.core import importers
from integration_journal.core.json_limits import MAX_JSON_VALUES
from tests.helpers.workspaces import PASSPHRASE

# {"entries": [[],[],…]}: n + 1 empty arrays and n commas, just over the cap.
EMPTY_ARRAYS = MAX_JSON_VALUES // 2


@pytest.fixture
def no_parsing(monkeypatch) -> list[int]:
    """json.loads, watched: the list holds the size of every large text parsed (opening the journal
    parses small ones of its own)."""
    calls: list[int] = []
    real = json.loads

    def watched(text, *args, **kwargs):
        if len(text) > 1024 * 1024:
            calls.append(len(text))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(json, "loads", watched)
    return calls


def _only_error_line(result) -> str:
    lines = result.err.strip().splitlines()
    assert result.code == 1 and len(lines) == 1 and "Traceback" not in result.err, result.err
    return lines[0]


def test_a_jrnl_file_of_empty_arrays_over_the_real_cap_is_refused_unparsed(run, journal_dir: Path, tmp_path: Path,
                                                                        no_parsing) -> None:
    source = tmp_path / "arrays.json"
    source.write_bytes(b'{"entries": [' + b"[]," * EMPTY_ARRAYS + b"[]]}")
    for extra in ((), ("--dry-run",)):
        result = run("import", "--format", "jrnl", str(source), *extra)
        line = _only_error_line(result)
        assert line == (f"integration-journal: error: The file holds more than {MAX_JSON_VALUES:,} values (lists, "
                        "objects, texts and numbers), far more than any journal export; it was not read.")
    assert no_parsing == []
    assert run("list", "--json").json() == []


def test_an_app_export_of_empty_arrays_over_the_real_cap_is_refused_unparsed(run, journal_dir: Path,
                                                                          tmp_path: Path, no_parsing) -> None:
    source = tmp_path / "export.json"
    source.write_bytes(b'{"format": "integration-journal-export", "version": 1, "exported": '
                       b'"2026-01-01T00:00:00+00:00", "records": [' + b"[]," * EMPTY_ARRAYS + b"[]]}")
    result = run("import", "--format", "json", str(source))
    assert "values" in _only_error_line(result) and "Nothing was imported." in result.err
    assert no_parsing == []
    assert run("list", "--json").json() == []


def test_running_out_of_memory_while_importing_is_one_line_and_changes_nothing(run, journal_dir: Path,
                                                                            tmp_path: Path, monkeypatch) -> None:
    before = run("list", "--json").json()

    def exhausted(data: bytes, what: str):
        raise MemoryError

    monkeypatch.setattr(importers, "load_json", exhausted)
    source = tmp_path / "jrnl.json"
    source.write_text('{"entries": [{"date": "2026-01-02", "time": "09:00", "title": "x", "body": "y"}]}',
                      encoding="utf-8")
    result = run("import", "--format", "jrnl", str(source), "--time-zone", "UTC")
    assert _only_error_line(result) == f"integration-journal: error: {importers.OUT_OF_MEMORY}"
    assert run("list", "--json").json() == before


def test_memory_running_out_anywhere_in_a_command_is_one_line(run, journal_dir: Path, monkeypatch) -> None:
    from integration_journal.core.journal import Journal

    def exhausted(self, *args, **kwargs):
        raise MemoryError

    monkeypatch.setattr(Journal, "search", exhausted)
    result = run("search", "anything")
    assert _only_error_line(result) == ("integration-journal: error: there was not enough free memory to finish; "
                                        "nothing more was changed.")


def test_memory_really_running_out_is_one_line_and_changes_nothing(run, journal_dir: Path, tmp_path: Path) -> None:
    """The real thing, in a child process with its address space capped: a file within the value cap
    (4.9 million numbers) that needs more memory than the process may have."""
    import os
    import resource
    import subprocess
    import sys

    limit = 300 << 20

    def capped() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    env = {**os.environ, "INTEGRATION_JOURNAL_PASSPHRASE": PASSPHRASE, "INTEGRATION_JOURNAL_DATA_DIR": str(journal_dir)}

    def cli(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "integration_journal", *argv], env=env, capture_output=True,
                              text=True, preexec_fn=capped, timeout=300)

    baseline = cli("list", "--json")
    if baseline.returncode != 0:
        pytest.skip(f"the app does not start within {limit >> 20} MiB of address space here")
    source = tmp_path / "numbers.json"
    source.write_bytes(b'{"entries": [' + b"1.5," * 4_900_000 + b"1.5]}")
    done = cli("import", "--format", "jrnl", str(source))
    lines = [line for line in done.stderr.splitlines() if "WARNING" not in line]
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert lines == [f"integration-journal: error: {importers.OUT_OF_MEMORY}"]
    assert run("list", "--json").json() == []
