"""`integration-journal self-check`: every page of both roles and every kind of content, in a throw-away
journal that leaves nothing behind; a page that cannot load is reported, not skipped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from integration_journal.gui import self_check
from integration_journal.ui.pages import registry


def test_the_self_check_shows_every_page_of_both_roles_and_leaves_nothing(tmp_path: Path) -> None:
    home = tmp_path / "person"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_DATA_HOME": str(home / "data"), "TMPDIR": str(tmp_path / "tmp")}
    (tmp_path / "tmp").mkdir()
    result = subprocess.run([sys.executable, "-m", "integration_journal", "self-check", "--json"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "propagateSizeHints" not in result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and report["problems"] == []
    for role, wanted in (("patient", registry.PATIENT_PAGES), ("therapist", registry.THERAPIST_PAGES)):
        assert report["pages"][role] == report["expected_pages"][role]
        assert len(report["pages"][role]) == len(wanted)
    assert report["content"]["measures"] == 5 and report["content"]["help_pages"] > 0
    # The throw-away journals, their settings and any remembered state are gone; the person's own folders
    # were never made.
    assert list((tmp_path / "tmp").iterdir()) == []
    assert list(home.iterdir()) == []


def test_a_page_that_cannot_load_is_a_problem(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              fast_kdf) -> None:
    monkeypatch.setattr(registry, "THERAPIST_PAGES",
                        (*registry.THERAPIST_PAGES, ("integration_journal.ui.pages.not_built", "NotBuiltPage")))
    report = self_check.SelfCheckReport()
    self_check._check_role(report, qapp, tmp_path, "therapist")
    assert not report.ok
    assert any("NotBuiltPage" in problem for problem in report.problems)


def test_a_message_during_the_check_is_a_problem() -> None:
    problems: list[str] = []
    dialogs = self_check._NoQuestions(problems)
    assert dialogs.confirm(None, "Delete?", "Really?", accept="Delete", reject="Keep") is False
    dialogs.warn(None, "Backup", "The backup could not be written.")
    assert problems == ["Backup: The backup could not be written."]
