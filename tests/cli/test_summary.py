"""`integration-journal export-summary`: all three formats, the range options, the audit event, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from integration_journal.storage.workspace import Workspace
from tests.helpers import summary_data as sd
from tests.helpers.workspaces import PASSPHRASE


@pytest.fixture
def filled(journal_dir: Path, fast_kdf) -> Path:
    ws = Workspace.open(journal_dir, PASSPHRASE, policy=fast_kdf)
    with ws:
        sd.fill(ws.journal)
    return journal_dir


def audit_events(data_dir: Path, fast_kdf) -> list:
    ws = Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf)
    with ws:
        return [dict(e.details) for e in ws.journal.list(kind="audit") if e.event == "summary_exported"]


def test_markdown_export_of_a_range(run, filled, tmp_path, fast_kdf) -> None:
    out = tmp_path / "s.md"
    result = run("export-summary", "--from", "2025-03-01", "--to", "2025-03-30", "--format", "md", "--out", str(out))
    assert result.code == 0, result.err
    assert "not encrypted" in result.err and str(out) in result.out
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Appointment summary")
    assert text.index("## Safety flags") < text.index("## Questionnaires")
    # Dates in the app's locale: the suite's is en_US, written with the year in full.
    assert "| PHQ-9 | 18 (02/20/2025) | 6 (03/26/2025) | −12 | −66.7 % | Mild | Yes (single score) | No |" in text
    assert "&lt;script&gt;" in text and "<script>" not in text
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert audit_events(filled, fast_kdf) == [{"format": "md", "date_from": "2025-03-01", "date_to": "2025-03-30",
                                               "shared_only": False}]


def test_html_export_shared_only(run, filled, tmp_path) -> None:
    out = tmp_path / "s.html"
    result = run("export-summary", "--from", "2025-03-01", "--to", "2025-03-30", "--shared-only",
                 "--format", "html", "--out", str(out))
    assert result.code == 0, result.err
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<div class="safety-flags">' in html
    assert "A shift at the lake" in html and "alert(1)" not in html and "Reframes" not in html


def test_pdf_export(run, filled, tmp_path) -> None:
    from integration_journal.ui.summary_pdf import page_count

    out = tmp_path / "s.pdf"
    result = run("export-summary", "--from", "2025-03-01", "--to", "2025-03-30", "--format", "pdf", "--out", str(out))
    assert result.code == 0, result.err
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and page_count(data) >= 2


def test_default_range_is_the_last_30_days(run, filled, tmp_path) -> None:
    out = tmp_path / "s.md"
    # The command line runs on the computer's clock, as a person's would: the day is read on either
    # side of the run, so a run across midnight still knows which day the command saw.
    days = {dt.date.today()}
    assert run("export-summary", "--format", "md", "--out", str(out)).code == 0
    days.add(dt.date.today())
    text = out.read_text("utf-8")
    assert any(f"Period: {(day - dt.timedelta(days=29)):%m/%d/%Y} – {day:%m/%d/%Y}" in text for day in days)


def test_errors_are_one_line_and_change_nothing(run, filled, tmp_path, fast_kdf) -> None:
    result = run("export-summary", "--from", "2025-03-30", "--to", "2025-03-01", "--format", "md",
                 "--out", str(tmp_path / "x.md"))
    assert result.code == 1 and "is after" in result.err and len(result.err.strip().splitlines()) == 1
    result = run("export-summary", "--format", "md", "--out", str(tmp_path / "no-such-folder" / "x.md"))
    assert result.code == 1 and "not encrypted" in result.err  # the note came first
    assert result.err.strip().splitlines()[-1].startswith("integration-journal: error: Could not write")
    assert audit_events(filled, fast_kdf) == []
    assert run("export-summary", "--format", "docx", "--out", "x").code == 2
    assert run("export-summary", "--from", "March", "--format", "md", "--out", "x").code == 2


def test_a_therapist_vault_exports_the_briefs(run, data_dir, tmp_path, fast_kdf) -> None:
    assert run("init", "--role", "therapist", "--name", "Dr Lee").code == 0
    out = tmp_path / "brief.md"
    result = run("export-summary", "--format", "md", "--out", str(out))
    assert result.code == 0, result.err
    assert out.read_text("utf-8").startswith("# Pre-appointment briefs")
    result = run("export-summary", "--format", "pdf", "--out", str(tmp_path / "brief.pdf"))
    assert result.code == 1 and "Briefs are exported as md or html." in result.err
    assert [e["format"] for e in audit_events(data_dir, fast_kdf)] == ["brief-md"]
