"""Red-flag guidance for a logged session: which items, in which order, in the catalogue's words."""

from __future__ import annotations

import pytest

from integration_journal.core import side_effects
from integration_journal.core.records import BloodPressure, SideEffectReport
from integration_journal.core.session_guidance import guidance_for, worst_effect
from integration_journal.core.side_effects import Action


def r(effect: str, severity: int) -> SideEffectReport:
    return SideEffectReport(effect, severity)


def test_nothing_logged_needs_no_guidance() -> None:
    assert guidance_for([]) == ()
    assert guidance_for([r("nausea", 3), r("sedation", 0)], [BloodPressure(150, 95), None]) == ()


def test_emergencies_come_first_then_the_rest_in_order_of_urgency() -> None:
    reports = [r("urinary", 1), r("dissociation", 2), r("cravings", 1), r("suicidal_thoughts", 1),
               r("headache", 1), r("sedation", 3), r("nausea", 3)]
    found = guidance_for(reports)
    assert [g.effect_id for g in found] == [
        "sedation", "headache",  # emergency: the more severe first
        "suicidal_thoughts",  # the support options
        "dissociation", "urinary",  # the clinic (more severe first)
        "cravings",  # the prescriber
    ]
    assert [g.urgent for g in found] == [True, True, False, False, False, False]
    assert found[0].text == "Call your local emergency number now."
    assert found[0].when == side_effects.CATALOGUE["sedation"].red_flag.when
    assert found[2].action is Action.CRISIS_PANEL


def test_a_crisis_reading_shows_the_blood_pressure_guidance_with_the_emergencies() -> None:
    found = guidance_for([r("dissociation", 1), r("racing_heart", 2)], [BloodPressure(130, 85),
                                                                         BloodPressure(182, 100)])
    assert [(g.effect_id, g.urgent) for g in found] == [("racing_heart", True), (None, True),
                                                        ("dissociation", False)]
    reading = found[1]
    assert reading.reading and reading.text == side_effects.BP_CRISIS_GUIDANCE
    assert "call your local emergency number" in reading.text
    assert guidance_for([], [BloodPressure(170, 120)])[0].reading  # the diastolic alone is enough
    assert guidance_for([], [BloodPressure(179, 119)]) == ()


def test_a_logged_high_reading_points_to_the_blood_pressure_guidance_once() -> None:
    alone = guidance_for([r("bp_high", 1), r("confusion", 1)])
    assert [g.effect_id for g in alone] == ["confusion", "bp_high"]
    assert alone[1].text == side_effects.BP_CRISIS_GUIDANCE and not alone[1].urgent
    with_reading = guidance_for([r("bp_high", 2)], [BloodPressure(190, 110)])
    assert [g.effect_id for g in with_reading] == [None]


def test_worst_effect() -> None:
    assert worst_effect([]) is None
    assert worst_effect([r("nausea", 0)]) is None
    assert worst_effect([r("nausea", 1), r("fatigue", 2), r("tearful", 1)]).effect == "fatigue"
    # a tie: the red-flag effect wins, then the one listed first in the catalogue
    assert worst_effect([r("nausea", 2), r("vomiting", 2)]).effect == "vomiting"
    assert worst_effect([r("fatigue", 2), r("nausea", 2)]).effect == "nausea"


@pytest.mark.parametrize(("effect", "severity", "duration", "flagged"), [
    ("dissociation", 1, None, False),  # expected during a session: not a safety flag by itself
    ("dissociation", 1, "next-day", True),  # "still there the next day"
    ("dissociation", 3, "under-1h", True),  # "feels frightening"
    ("hallucinations", 2, "rest-of-day", False),
    ("hallucinations", 1, "ongoing", True),
    ("vomiting", 1, None, False),
    ("vomiting", 2, None, True),  # "keep vomiting"
    ("sedation", 2, None, False),
    ("sedation", 3, None, True),
    ("cravings", 1, None, True),  # "whenever it happens"
    ("suicidal_thoughts", 1, None, True),  # always
    ("suicidal_thoughts", 0, None, False),  # logged as none
])
def test_a_red_flag_counts_as_met_only_when_the_report_shows_its_condition(effect, severity, duration,
                                                                         flagged) -> None:
    report = SideEffectReport(effect, severity, duration)
    assert side_effects.CATALOGUE[effect].red_flag.met_by(report) is flagged
