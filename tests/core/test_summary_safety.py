"""The appointment summary and the therapist's brief on the cases a clinician could misread (docs/clinical.md
§3, §3.9, §6.2): a PHQ-9 with item 9 left out, a baseline too low for response and remission, steady
improvement, red-flag conditions that were never asked about beside one real blood-pressure alarm, a
period with only a PHQ-2, and thoughts of self-harm logged as a side effect (tests/core/test_summary_formats.py).
Each case has golden Markdown and HTML summaries and a golden brief in tests/golden/
(INTEGRATION_JOURNAL_UPDATE_GOLDEN=1 rewrites them; review the diff)."""

from __future__ import annotations

import pytest

from integration_journal.core import summary
from tests.helpers.summary_cases import (
    CASES,
    answered,
    brief,
    brief_text,
    build,
    check_golden,
    conditional_effects,
    d,
    item9_skipped,
    low_baseline,
    phq2_only,
    phq9_total,
    profile,
    session,
    steady_improvement,
)


@pytest.mark.parametrize("case", sorted(CASES))
def test_goldens(case: str) -> None:
    records = CASES[case]()
    built = build(records)
    check_golden(f"summary_{case}.md", summary.summary_markdown(built))
    check_golden(f"summary_{case}.html", summary.summary_html(built))
    check_golden(f"brief_{case}.md", brief_text(records))


# --- 1. PHQ-9 item 9 left out ---------------------------------------------------------------------------------

def test_a_phq9_with_item_9_skipped_is_listed_and_flagged_not_dropped() -> None:
    built = build(item9_skipped())
    assert [m.instrument for m in built.measures] == ["gad7"]  # still no PHQ-9 total (docs/clinical.md §3.2)
    [row] = built.incomplete
    assert (row.title, row.day, row.missing_items, row.answered_sum, row.answered_max) == ("PHQ-9", d(3, 12), (9,),
                                                                                          16, 24)
    assert [(f.day, f.answered_sum) for f in built.safety.item9_unanswered] == [(d(3, 12), 16)]
    text = summary.summary_markdown(built)
    assert "- PHQ-9 item 9 left unanswered (2025-03-12)." in text
    assert "- PHQ-9 (2025-03-12): incomplete — item 9 not answered; items 1–8 = 16/24" in text
    assert text.index("## Safety flags") < text.index("## Questionnaires")
    html = summary.summary_html(built)
    assert '<div class="safety-flags">' in html and "PHQ-9 item 9 left unanswered (2025-03-12)." in html
    # The therapist's brief says the same.
    one = brief(item9_skipped())
    assert [f.day for f in one.safety.item9_unanswered] == [d(3, 12)]
    words = brief_text(item9_skipped())
    assert "- PHQ-9 item 9 left unanswered (2025-03-12)." in words
    assert "- PHQ-9 (2025-03-12): incomplete — item 9 not answered; items 1–8 = 16/24" in words


def test_other_skipped_items_are_listed_without_a_flag() -> None:
    built = build([profile(), answered("phq9", d(3, 12), [1, 1, None, 1, 1, None, 1, 1, 0])])
    assert not built.safety.item9_unanswered and not built.safety.has_flags
    assert summary.incomplete_text(built.incomplete[0]) == (
        "PHQ-9 (2025-03-12): incomplete — items 3, 6 not answered; items 1–2, 4–5, 7–9 = 6/21")


def test_an_item9_answer_before_the_period_is_mentioned_with_its_count_and_last_day() -> None:
    records = [profile(), answered("phq9", d(1, 20), phq9_total(14, 2), baseline=True),
               answered("phq9", d(2, 20), phq9_total(12, 1)), answered("phq9", d(3, 20), phq9_total(8))]
    built = build(records)
    assert built.safety.item9 == () and built.safety.earlier_item9 == summary.EarlierItem9(2, d(2, 20))
    assert "Earlier item-9 answers above 0 (before this period): 2, last on 2025-02-20." in summary.summary_markdown(
        built)
    # The brief: received before the period counts as earlier.
    assert "Earlier item-9 answers above 0 (before this period): 2, last on 2025-02-20." in brief_text(records)


# --- 2. response and remission ---------------------------------------------------------------------------------

def test_a_baseline_below_10_gives_no_response_or_remission() -> None:
    built = build(low_baseline())
    phq9, gad7 = built.measures
    assert not phq9.response.applies and not phq9.remission.applies and not phq9.response.met
    text = summary.summary_markdown(built)
    assert "| PHQ-9 | 3 (2025-03-02) | 1 (2025-03-23) | −2 | −66.7 % | Minimal or none | n/a (baseline below 10) " \
           "| n/a (baseline below 10) | 3 → 1 |" in text
    assert "Yes" not in text.split("## Questionnaires")[1].split("Response: a drop")[0]
    assert gad7.response.by_analogy and not gad7.response.applies


def test_steady_improvement_marks_a_single_qualifying_score() -> None:
    built = build(steady_improvement())
    phq9 = next(m for m in built.measures if m.instrument == "phq9")
    assert [v for _, v in phq9.points] == [15, 11, 7, 4]
    assert phq9.response.met and phq9.response.sustained  # 7 and 4 are both 50 % below 19
    assert phq9.remission.met and not phq9.remission.sustained  # only the 4 is below 5
    text = summary.summary_markdown(built)
    assert "| Response (≥ 50 % drop) | Remission (latest < 5) |" in text
    assert "| −15 | −78.9 % | Minimal or none | Yes | Yes (single score) | 15 → 11 → 7 → 4 |" in text


def test_peg_is_a_mean_with_its_own_meaningful_change_column() -> None:
    text = summary.summary_markdown(build(steady_improvement()))
    assert "| Questionnaire | Baseline (date) | Latest (date) | Change (points) | Change (%) | Meaningful change " \
           "(≥ 30 %) | Scores in period |" in text
    assert "| PEG score (mean of 3 items) | 7.0 (2025-02-23) | 4.3 (2025-03-23) | −2.7 | −38.6 % | Yes (by analogy) " \
           "| 6.0 → 4.7 → 4.3 |" in text
    peg_table = text.split("Meaningful change")[1].split("\n\n")[0]
    assert "Response" not in peg_table and "Remission" not in peg_table


# --- 3. flags and effects to ask about ---------------------------------------------------------------------------

def test_conditional_red_flags_are_questions_not_events_and_flags_sort_by_urgency() -> None:
    built = build(conditional_effects())
    s = built.safety
    assert [(type(f).__name__, f.day) for f in s.flags()] == [
        ("HighReading", d(3, 12)), ("UrgentNote", d(3, 20)), ("EffectFlag", d(3, 12))]
    assert [a.effect for a in s.ask_about] == ["headache", "racing_heart", "sedation", "bp_high", "dissociation"]
    text = summary.summary_markdown(built)
    flags = text.split("## Safety flags")[1].split("## ")[0]
    assert "Headache" not in flags and "worst headache" not in text and "yourself" not in text
    assert "- Headache — severity 3 of 3; sudden onset not asked (2025-03-05)." in text
    assert ("- Blood pressure 186/104 after the session — at or above 180 systolic or 120 diastolic (2025-03-12)."
            in flags)
    assert "160/100" not in flags  # below the threshold: in the sessions table only
    assert "- Feeling detached, unreal or outside one's body — severity 2 of 3, lasted into the next day; whether " \
           "it was frightening not asked (2025-03-19)." in text
    assert "Urinate" not in text.split("## Severe or lasting effects to ask about")[1].split("## ")[0]  # mild, brief
    sections = [name for name, _ in summary.section_markdown(built)]
    assert sections[:4] == ["header", "safety", "ask_about", "measures"]
    # The brief and its wording are the same.
    words = brief_text(conditional_effects())
    assert "**Severe or lasting effects to ask about**" in words
    assert "- Headache — severity 3 of 3; sudden onset not asked (2025-03-05)." in words
    assert words.index("Blood pressure 186/104") < words.index("Marked urgent by the patient") \
        < words.index("Urges to take ketamine")


def test_a_diastolic_of_120_alone_is_a_flag() -> None:
    built = build([profile(), session(d(3, 5), None, before=(150, 120))])
    assert [h.reading.diastolic for h in built.safety.high_readings] == [120]


def test_the_clinician_document_has_a_clinician_label_for_every_effect() -> None:
    from integration_journal.core.side_effects import CATALOGUE

    assert set(summary.EFFECT_LABELS) == set(CATALOGUE)
    assert not any("my " in label.lower() or "yourself" in label for label in summary.EFFECT_LABELS.values())
    flagged = {e.id for e in CATALOGUE.values() if e.red_flag is not None}
    assert flagged - set(summary.ASK_ABOUT_UNKNOWN) == {"cravings", "elevated_mood", "suicidal_thoughts"}


def test_self_harm_thoughts_rank_with_item_9_and_elevated_mood_is_a_flag() -> None:
    built = build([profile(), session(d(3, 5), None, effects=(("elevated_mood", 1, None),)),
                   session(d(3, 9), None, effects=(("suicidal_thoughts", 1, None),)),
                   answered("phq9", d(3, 12), phq9_total(12, 1))])
    assert [getattr(f, "effect", "item9") for f in built.safety.flags()] == ["suicidal_thoughts", "item9",
                                                                             "elevated_mood"]


def test_urgent_entries_respect_shared_only() -> None:
    records = conditional_effects()
    assert build(records).safety.urgent and not build(records, shared_only=True).safety.urgent


# --- 4. a PHQ-2-only period ----------------------------------------------------------------------------------------

def test_a_phq2_only_period_shows_the_positive_screen_and_that_item_9_was_not_asked() -> None:
    built = build(phq2_only())
    assert built.safety.no_phq9 and not built.safety.has_flags
    text = summary.summary_markdown(built)
    assert built.safety.phq2_positive == (d(3, 5),)
    assert ("_No PHQ-9 in this period — item 9 not asked. The PHQ-2 screened positive (3 or more) on "
            "2025-03-05._") in text
    assert text.index("No PHQ-9 in this period") < text.index("## Questionnaires")
    assert "| PHQ-2 | 4 (2025-03-05) | 2 (2025-03-19) | −2 | −50 % | Below the screening cut-off (< 3) | – | – " \
           "| 4 (positive screen) → 2 |" in text
    assert "no concerns" not in text.lower() and "no safety" not in text.lower()
    assert "No PHQ-9 in this period — item 9 not asked." in brief_text(phq2_only())
    negative = build([profile(), answered("phq2", d(3, 19), [1, 1])])
    assert "_No PHQ-9 in this period — item 9 not asked._" in summary.summary_markdown(negative)
    # With a PHQ-9 in the period the note goes.
    assert not build([*phq2_only(), answered("phq9", d(3, 20), phq9_total(6))]).safety.no_phq9


# --- 5. the dose ---------------------------------------------------------------------------------------------------

def test_the_dose_is_the_second_column_of_every_session_table() -> None:
    records = steady_improvement()
    text = summary.summary_markdown(build(records))
    assert "| Date | Dose (patient-reported) | Route |" in text
    assert "| 2025-03-10 | 84 mg | Nasal esketamine |" in text
    assert "<td>84 mg</td>" in summary.summary_html(build(records))
    words = brief_text(records)
    assert "| Session | Dose (patient-reported) | Route |" in words and "| 2025-03-10 | 84 mg |" in words
    assert "| 2025-03-05 | 50 mg | Intramuscular |" in summary.summary_markdown(build(conditional_effects()))
    assert summary.dose(None) == "–" and summary.dose(37.5) == "37.5 mg"


# --- 6. numbers and intentions ------------------------------------------------------------------------------------

def test_numbers_have_no_stray_decimals() -> None:
    built = build(steady_improvement())
    mood = next(t for t in built.trends if t.item == "mood")
    text = summary.summary_markdown(built)
    assert f"| {mood.label} | " in text
    row = next(line for line in text.splitlines() if line.startswith(f"| {mood.label}"))
    assert row.split(" | ")[4:6] == ["2", "6"] and ".0 " not in row  # Lowest 2, Highest 6
    assert summary.trimmed(2.0) == "2" and summary.trimmed(6.25) == "6.2" and summary.trimmed(-0.04) == "0"


def test_intentions_before_the_period_are_not_called_first() -> None:
    built = build(steady_improvement())
    assert [i.text for i in built.intentions] == ["Notice small good moments", "Go for walks again"]
    text = summary.summary_markdown(built)
    assert "Feel something again" not in text
    assert "- First in this period (2025-03-03): “Notice small good moments”" in text
