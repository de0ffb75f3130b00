"""`integration-journal measure` with PHQ-9 item 9 left out (docs/clinical.md §3.9): no total, one calm line with
the way to get help now instead of the support panel, and the summary export lists and flags it."""

from __future__ import annotations

from pathlib import Path

from integration_journal.core import safety

ANSWERS = "--answers=2,2,2,2,2,2,2,2,-"
HELP_LINE = ("Get help now: run `integration-journal help-now`, or call your local emergency number in an "
             "emergency.")


def test_item_9_left_out_prints_one_calm_line_and_how_to_get_help_not_the_panel(run, journal_dir: Path) -> None:
    result = run("measure", "phq9", ANSWERS, "--date", "2025-03-12")
    assert result.code == 0, result.err
    assert "PHQ-9: Incomplete: 1 question not answered (item 9), so no total is calculated." in result.out
    assert safety.ITEM9_SKIPPED in result.out and HELP_LINE in result.out
    assert result.out.index("Incomplete") < result.out.index(safety.ITEM9_SKIPPED)
    assert safety.THANKS not in result.out and "Crisis lines" not in result.out  # no panel
    assert result.out.count(safety.ITEM9_SKIPPED) == 1


def test_with_json_the_calm_line_goes_to_stderr(run, journal_dir: Path) -> None:
    result = run("measure", "phq9", ANSWERS, "--json")
    data = result.json()
    assert data["total"] is None and data["safety_flag"] is False
    assert safety.ITEM9_SKIPPED in result.err and HELP_LINE in result.err


def test_the_emergency_number_of_the_profiles_country_is_named(run, journal_dir: Path) -> None:
    from integration_journal.core.records import Profile

    line = safety.item9_skipped_text(Profile(role="patient", display_name="-", country_code="GB"))
    assert line.splitlines()[1].startswith("Get help now: run `integration-journal help-now`, or call 999")


def test_an_answered_item_9_of_zero_or_another_skipped_item_prints_no_such_line(run, journal_dir: Path) -> None:
    assert safety.ITEM9_SKIPPED not in run("measure", "phq9", "--answers=2,2,2,2,2,2,2,2,0").out
    assert safety.ITEM9_SKIPPED not in run("measure", "phq9", "--answers=2,-,2,2,2,2,2,2,0").out
    assert safety.ITEM9_SKIPPED not in run("measure", "gad7", "--answers=2,-,2,2,2,2,2").out


def test_help_now_prints_the_get_help_now_support(run, journal_dir: Path) -> None:
    result = run("help-now")
    assert result.code == 0, result.err
    assert result.out.startswith(safety.HELP_NOW_INTRO)
    assert "If you are in danger now, call your local emergency number." in result.out
    assert safety.HELP_NOW_NOT_MONITORED in result.out


def test_the_exported_summary_lists_and_flags_the_skipped_item(run, journal_dir: Path, tmp_path: Path) -> None:
    assert run("measure", "phq9", ANSWERS, "--date", "2025-03-12").code == 0
    for fmt in ("md", "html"):
        out = tmp_path / f"summary.{fmt}"
        result = run("export-summary", "--from", "2025-03-01", "--to", "2025-03-30", "--format", fmt,
                     "--out", str(out))
        assert result.code == 0, result.err
        text = out.read_text(encoding="utf-8")
        # Dates in the app's locale (the suite's: en_US, the year in full).
        assert "PHQ-9 item 9 left unanswered (03/12/2025)." in text
        assert "PHQ-9 (03/12/2025): incomplete — item 9 not answered; items 1–8 = 16/24" in text
