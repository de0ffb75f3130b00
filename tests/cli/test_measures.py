"""`integration-journal measure`: storing a questionnaire, printing the score, the safety message."""

from __future__ import annotations

from pathlib import Path

import pytest

from integration_journal.cli.measures import SAFETY_FIRMER, SAFETY_NOT_MONITORED, SAFETY_THANKS, safety_message

NOT_MONITORED = "This app does not monitor your answers in real time."
EMERGENCY = "If you might act on these thoughts or are in danger now, call your local emergency number."


def test_phq9_is_stored_and_its_total_and_band_printed(run, journal_dir: Path) -> None:
    result = run("measure", "phq9", "--answers", "1,2,1,2,1,1,1,1,0", "--date", "2024-03-01")
    assert result.code == 0, result.err
    assert "PHQ-9: 10 of 27 — Moderate" in result.out  # the questionnaire dialog's words
    assert "This is a symptom score, not a diagnosis." in result.out
    assert NOT_MONITORED not in result.out and NOT_MONITORED not in result.err
    stored = run("list", "--kind", "questionnaire", "--json").json()
    assert len(stored) == 1
    assert stored[0]["instrument"] == "phq9" and stored[0]["answers"] == [1, 2, 1, 2, 1, 1, 1, 1, 0]
    assert stored[0]["date"] == "2024-03-01"
    assert stored[0]["id"] in result.out


def test_json_output_has_exactly_the_documented_fields(run, journal_dir: Path) -> None:
    result = run("measure", "gad7", "--answers", "3,3,3,3,3,0,0", "--json")
    assert result.code == 0, result.err
    data = result.json()
    assert set(data) == {"id", "instrument", "total", "band", "positive_screen", "safety_flag"}
    assert data["instrument"] == "gad7" and data["total"] == 15 and data["band"] == "Severe"
    assert data["positive_screen"] is None and data["safety_flag"] is False
    assert run("show", data["id"], "--json").json()["answers"] == [3, 3, 3, 3, 3, 0, 0]


def test_short_screener_reports_a_positive_screen(run, journal_dir: Path) -> None:
    data = run("measure", "phq2", "--answers", "2,1", "--json").json()
    assert (data["total"], data["band"], data["positive_screen"]) == (3, None, True)
    text = run("measure", "gad2", "--answers", "1,1")
    assert "GAD-2: 2 of 6\n" in text.out and "positive screen" not in text.out  # as the dialog: no screen note


def test_peg_prints_the_mean_with_one_decimal(run, journal_dir: Path) -> None:
    assert "PEG: 5.7 of 10 (the average of 3 answers)" in run("measure", "peg", "--answers", "5,6,6").out
    assert run("measure", "peg", "--answers", "1,0,0", "--json").json()["total"] == 0.3


def test_the_functional_item_is_stored_but_not_scored(run, journal_dir: Path) -> None:
    data = run("measure", "phq9", "--answers", "0,0,0,0,0,0,0,0,0,3", "--json").json()
    assert data["total"] == 0 and data["band"] == "Minimal or none"
    assert run("show", data["id"], "--json").json()["answers"] == [0] * 9 + [3]


def test_a_skipped_item_stores_the_answers_without_a_total(run, journal_dir: Path) -> None:
    result = run("measure", "phq9", "--answers", "1,1,-,1,1,,1,1,0")
    assert result.code == 0, result.err
    assert "PHQ-9: Incomplete: 2 questions not answered (items 3, 6), so no total is calculated." in result.out
    data = run("list", "--kind", "questionnaire", "--json").json()[0]
    assert data["answers"] == [1, 1, None, 1, 1, None, 1, 1, 0]


@pytest.mark.parametrize("item9", ["1", "2", "3"])
def test_item_9_above_zero_shows_the_calm_safety_message(run, journal_dir: Path, item9: str) -> None:
    result = run("measure", "phq9", "--answers", f"0,0,0,0,0,0,0,0,{item9}")
    assert result.code == 0, result.err
    assert result.out.index(f"PHQ-9: {item9} of 27") < result.out.index(SAFETY_THANKS)  # score first, then support
    assert SAFETY_THANKS in result.out and EMERGENCY in result.out
    assert SAFETY_NOT_MONITORED in result.out and NOT_MONITORED in result.out
    assert "Your therapist will only see this if you share or export it." in result.out
    assert (SAFETY_FIRMER in result.out) is (item9 != "1")


def test_the_safety_message_appears_even_when_other_items_are_skipped(run, journal_dir: Path) -> None:
    result = run("measure", "phq9", "--answers=-,-,-,-,-,-,-,-,2", "--json")
    assert result.code == 0, result.err
    data = result.json()  # stdout stays pure JSON; the message goes to stderr
    assert data["total"] is None and data["safety_flag"] is True
    assert SAFETY_THANKS in result.err and NOT_MONITORED in result.err and SAFETY_FIRMER in result.err


def test_no_safety_message_for_phq2_or_item_9_zero(run, journal_dir: Path) -> None:
    for argv in (("phq2", "3,3"), ("phq9", "3,3,3,3,3,3,3,3,0")):
        result = run("measure", argv[0], "--answers", argv[1])
        assert SAFETY_THANKS not in result.out + result.err


@pytest.mark.parametrize(("argv", "message"), [
    (("phq9", "--answers", "0,0,0,0,0,0,0,0,4"), "item 9: must be between 0 and 3, not 4"),
    (("gad7", "--answers", "0,x,0,0,0,0,0"), "item 2: must be a whole number"),
    (("peg", "--answers", "0,11,0"), "item 2: must be between 0 and 10"),
    (("phq9", "--answers", "0,0,0"), "PHQ-9 needs 9 answers (or 10 with the difficulty question), not 3"),
    (("phq2", "--answers", "1,1,1"), "PHQ-2 needs 2 answers, not 3"),
])
def test_bad_answers_exit_1_with_one_line_naming_the_item(run, journal_dir: Path, argv, message: str) -> None:
    result = run("measure", *argv)
    assert result.code == 1
    assert message in result.err and result.err.count("\n") == 1
    assert result.out == ""
    assert run("list", "--kind", "questionnaire", "--json").json() == []


def test_bad_answers_are_reported_before_the_passphrase_is_needed(run, data_dir: Path, monkeypatch) -> None:
    monkeypatch.delenv("INTEGRATION_JOURNAL_PASSPHRASE")
    result = run("measure", "phq9", "--answers", "9")
    assert result.code == 1 and "needs 9 answers" in result.err


@pytest.mark.parametrize("argv", [
    ("measure", "madrs", "--answers", "1"),
    ("measure", "phq9"),
    ("measure", "phq9", "--answers", "0,0,0,0,0,0,0,0,0", "--date", "yesterday"),
])
def test_usage_errors_exit_2(run, journal_dir: Path, argv) -> None:
    assert run(*argv).code == 2


def test_baseline_flag_is_stored(run, journal_dir: Path) -> None:
    data = run("measure", "phq9", "--answers", "2,2,2,2,2,2,2,2,0", "--baseline", "--json").json()
    assert "baseline:" in run("show", data["id"]).out
    assert "True" in [line for line in run("show", data["id"]).out.splitlines() if line.startswith("baseline")][0]


def test_the_safety_message_shows_the_clinic_phone_when_known() -> None:
    text = safety_message(1, "Riverside KAP", "+1 555 0100")
    assert "Your clinic (Riverside KAP): +1 555 0100" in text
    assert text.index(EMERGENCY) < text.index("Riverside") < text.index(NOT_MONITORED)  # emergency first
    assert SAFETY_FIRMER not in text and SAFETY_FIRMER in safety_message(3)
    assert "Your clinic" not in safety_message(2)


def _set_profile(data_dir: Path, **changes) -> None:
    import dataclasses

    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
    from integration_journal.storage.workspace import Workspace
    from tests.helpers.workspaces import PASSPHRASE

    with Workspace.open(data_dir, PASSPHRASE, policy=INSECURE_TEST_POLICY, backup=False) as ws:
        profile = ws.journal.list(kind="profile")[0]
        ws.journal.update(dataclasses.replace(profile, **changes))


def _flow_events(data_dir: Path) -> list:
    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
    from integration_journal.storage.workspace import Workspace
    from tests.helpers.workspaces import PASSPHRASE

    with Workspace.open(data_dir, PASSPHRASE, policy=INSECURE_TEST_POLICY, backup=False) as ws:
        return [e for e in ws.journal.list(kind="audit") if e.event == "safety_flow_shown"]


@pytest.mark.parametrize(("country", "expected"), [
    ("GB", ["call 999 or 112.", "Samaritans: Call 116 123",
            "Call 111, then choose the mental health option (option 2 in England)", "Text SHOUT to 85258"]),
    ("US", ["call 911.", "988 Suicide & Crisis Lifeline: Call 988; Text 988", "Text HOME to 741741"]),
    ("AU", ["call 000.", "Lifeline: Call 13 11 14"]),
    ("NZ", ["call 111.", "1737 Need to talk?: Call 1737"]),
])
def test_item_9_message_shows_the_countrys_emergency_number_first_and_its_crisis_lines(
        run, journal_dir: Path, country: str, expected: list[str]) -> None:
    _set_profile(journal_dir, country_code=country, clinic_name="Riverside KAP", clinic_phone="0100 200")
    result = run("measure", "phq9", "--answers", "0,0,0,0,0,0,0,0,2")
    assert result.code == 0, result.err
    positions = [result.out.index(part) for part in
                 [SAFETY_THANKS, *expected, "Your clinic (Riverside KAP): 0100 200", NOT_MONITORED]]
    assert positions == sorted(positions)
    assert "your local emergency number" not in result.out


def test_item_9_message_goes_to_stderr_with_json_and_the_flow_is_recorded(run, journal_dir: Path) -> None:
    _set_profile(journal_dir, country_code="GB")
    result = run("measure", "phq9", "--answers", "0,0,0,0,0,0,0,0,3", "--json")
    assert result.json()["safety_flag"] is True  # stdout is pure JSON
    assert "116 123" in result.err and "999" in result.err and "116 123" not in result.out
    events = _flow_events(journal_dir)
    assert len(events) == 1 and dict(events[0].details) == {"instrument": "phq9", "value": 3}
    run("measure", "phq9", "--answers", "0,0,0,0,0,0,0,0,0")
    assert len(_flow_events(journal_dir)) == 1  # item 9 = 0: nothing shown, nothing recorded


def test_the_filled_safety_plan_sections_are_printed(run, journal_dir: Path) -> None:
    from integration_journal.core import records as r
    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
    from integration_journal.storage.workspace import Workspace
    from tests.helpers.workspaces import PASSPHRASE

    with Workspace.open(journal_dir, PASSPHRASE, policy=INSECURE_TEST_POLICY, backup=False) as ws:
        ws.journal.add(r.SafetyPlan(coping_on_my_own=("Walk round the block",)))
    out = run("measure", "phq9", "--answers", "0,0,0,0,0,0,0,0,1").out
    assert "Things I can do on my own to get through the moment" in out and "Walk round the block" in out
    assert "My early signs" not in out
