"""The safety flow's content (docs/clinical.md §3.9, §5): order, firmer copy, clinic, plan, Markdown, the record."""

from __future__ import annotations

import datetime as dt

import pytest

from integration_journal.core import records as r
from integration_journal.core import safety
from integration_journal.core.journal import Journal
from integration_journal.core.store import MemoryStore
from integration_journal.errors import ValidationError
from tests.helpers.records import minute_clock


def profile(country: str | None = "GB", clinic_name: str = "", clinic_phone: str = "") -> r.Profile:
    return r.Profile(role=r.Role.PATIENT, display_name="Sam", country_code=country,
                     clinic_name=clinic_name, clinic_phone=clinic_phone)


PLAN = r.SafetyPlan(early_signs=("Three bad nights in a row",), what_matters=("My dog, Pepper",))


def test_panel_content_comes_in_the_clinical_order() -> None:
    content = safety.safety_flow_content(1, profile("GB", "Riverside KAP", "020 7946 0000"), PLAN)
    text = content.plain_text()
    order = [safety.THANKS, "call 999 or 112.", "Samaritans: Call 116 123", "NHS 111", "Shout",
             "My early signs", "Three bad nights in a row", "What matters most to me", safety.CLINIC,
             "Your clinic (Riverside KAP): 020 7946 0000", safety.NOT_MONITORED]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    assert content.emergency_numbers == ("999", "112")
    assert content.country_name == "United Kingdom" and content.item9_value == 1
    markdown = content.markdown()
    positions = [markdown.index(part) for part in ("call 999", "Samaritans", "My early signs", "Your clinic",
                                                   "does not monitor")]
    assert positions == sorted(positions)


@pytest.mark.parametrize(("value", "firmer"), [(1, False), (2, True), (3, True)])
def test_firmer_copy_for_2_and_3_only(value: int, firmer: bool) -> None:
    content = safety.safety_flow_content(value, profile("US"))
    assert (content.firmer == safety.FIRMER) is firmer
    assert (safety.FIRMER in content.plain_text()) is firmer and (safety.FIRMER in content.markdown()) is firmer
    # same options whatever the value
    assert content.emergency_text == "If you might act on these thoughts or are in danger now, call 911."
    assert [line.name for line in content.crisis_lines] == ["988 Suicide & Crisis Lifeline", "Crisis Text Line"]


@pytest.mark.parametrize("value", [0, 4, -1, True, None, "2"])
def test_the_flow_is_only_for_1_to_3(value) -> None:
    with pytest.raises(ValidationError):
        safety.safety_flow_content(value, profile())


def test_clinic_contact_shown_when_known_and_not_otherwise() -> None:
    known = safety.safety_flow_content(2, profile(clinic_phone="+44 20 7946 0000"))
    assert known.clinic is not None and "Your clinic: +44 20 7946 0000" in known.plain_text()
    named = safety.safety_flow_content(2, profile(clinic_name="Riverside KAP"))
    assert "Your clinic: Riverside KAP" in named.plain_text()
    unknown = safety.safety_flow_content(2, profile())
    assert unknown.clinic is None and "Your clinic" not in unknown.plain_text()
    assert "Your clinic" not in safety.safety_flow_content(1, None).plain_text()
    assert safety.CLINIC in unknown.plain_text()  # the suggestion to contact them stays


def test_plan_sections_only_when_filled() -> None:
    none = safety.safety_flow_content(1, profile(), None)
    empty = safety.safety_flow_content(1, profile(), r.SafetyPlan())
    for content in (none, empty):
        assert content.plan_sections == () and not content.has_plan
        assert content.plan_action == safety.MAKE_PLAN and "My early signs" not in content.plain_text()
        assert safety.MAKE_PLAN in content.markdown()
    filled = safety.safety_flow_content(1, profile(), PLAN)
    assert [s.id for s in filled.plan_sections] == ["sp-1", "sp-7"] and filled.plan_action == safety.OPEN_PLAN
    assert "People I can tell" not in filled.plain_text()


def test_unknown_country_falls_back_to_the_local_emergency_number_and_the_clinic() -> None:
    for country in (None, "AQ"):  # no country, or one without a confirmed emergency number
        content = safety.safety_flow_content(1, profile(country))
        assert content.emergency_numbers == () and content.crisis_lines == ()
        assert "call your local emergency number." in content.emergency_text
        assert "Ask your clinic" in content.plain_text()
    japan = safety.safety_flow_content(1, profile("JP"))  # no lines listed, but its own emergency numbers
    assert japan.emergency_text.endswith("call 119 or 110.") and japan.crisis_lines == ()
    assert "Ask your clinic" in japan.plain_text()
    eu = safety.safety_flow_content(3, profile("BG"))
    assert eu.emergency_text.endswith("call 112.") and "116 123" in eu.plain_text()


def test_get_help_now_has_the_same_support_without_the_score() -> None:
    content = safety.get_help_now_content(profile("AU", clinic_phone="03 9000 0000"), PLAN)
    text = content.plain_text()
    assert content.item9_value is None and content.firmer is None and safety.THANKS not in text
    assert content.emergency_text == "If you are in danger now, call 000."
    assert "Lifeline: Call 13 11 14; Text 0477 13 11 14" in text and "03 9000 0000" in text
    assert "My early signs" in text and "does not monitor" in text
    assert text.index("000") < text.index("Lifeline") < text.index("My early signs") < text.index("03 9000")


def test_the_copy_never_claims_anyone_is_watching() -> None:
    for content in (safety.safety_flow_content(3, profile("US", "X", "1")), safety.get_help_now_content()):
        lowered = content.markdown().lower()
        assert "alerted" not in lowered and "we're watching" not in lowered and "notified" not in lowered


def test_safety_plan_markdown_has_the_seven_sections_and_escapes_the_persons_text() -> None:
    plan = r.SafetyPlan(early_signs=("# not a heading", "[link](http://x)"), professionals=("Dr Lee 555 0100",))
    text = safety.safety_plan_markdown(plan)
    titles = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert titles == [title for title, _ in safety.SAFETY_PLAN_TEXT.values()] and len(titles) == 7
    assert text.startswith("# My safety plan\n")
    assert "- \\# not a heading" in text and "\\[link\\]\\(http://x\\)" in text
    assert "Dr Lee 555 0100" in text and text.count("_Nothing written here yet._") == 5
    assert "Stanley" not in text  # our own wording, not the branded form (§5.1)
    assert safety.safety_plan_markdown(None).count("_Nothing written here yet._") == 7


def test_showing_the_flow_is_recorded_as_an_audit_event() -> None:
    journal = Journal.open(MemoryStore(), minute_clock(), tz=dt.timezone.utc)
    event = safety.record_safety_flow_shown(journal, 2)
    assert event.event == "safety_flow_shown" and dict(event.details) == {"instrument": "phq9", "value": 2}
    assert [e.event for e in journal.list(kind="audit")] == ["safety_flow_shown"]
