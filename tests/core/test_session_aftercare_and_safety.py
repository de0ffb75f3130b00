"""A session's guidance beyond the red flags (no driving after nasal esketamine, docs/clinical.md §1.2), its
wording as the command line prints it, and when a session's logged thoughts of self-harm open the safety
flow (docs/clinical.md §4.2, §3.9)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from integration_journal.core import safety, side_effects
from integration_journal.core.records import BloodPressure, Product, Route, Setting, SideEffectReport, TreatmentSession
from integration_journal.core.session_guidance import (
    SELF_HARM_EFFECT,
    guidance_for,
    guidance_for_session,
    plain_lines,
    safety_flow_value,
)
from integration_journal.core.side_effects import Action

WHEN = dt.datetime(2026, 3, 18, 9, 0, tzinfo=dt.timezone.utc)


def session(**values) -> TreatmentSession:
    return TreatmentSession(**{"when": WHEN, "route": Route.NASAL, "setting": Setting.CLINIC, **values})


# --- no driving after nasal esketamine --------------------------------------------------------------

def test_nasal_esketamine_adds_the_labels_driving_advice_after_the_red_flags() -> None:
    found = guidance_for([SideEffectReport("sedation", 3)], route=Route.NASAL)
    assert [g.action for g in found] == [Action.EMERGENCY, Action.AFTERCARE]
    note = found[-1]
    assert not note.urgent and not note.reading and note.effect_id is None
    assert "until the next day after a restful sleep" in note.text and note.text.startswith("No driving")
    assert guidance_for([], route="nasal")[0] == note  # the record's stored value works too


@pytest.mark.parametrize("route", [r for r in Route if r is not Route.NASAL])
def test_other_routes_have_no_driving_note(route) -> None:
    assert guidance_for([], route=route) == ()


def test_the_note_follows_the_medicine_and_the_time() -> None:
    assert guidance_for([], route=Route.NASAL, product=Product.ESKETAMINE)
    assert guidance_for([], route=Route.NASAL, product=Product.UNKNOWN)
    assert guidance_for([], route=Route.NASAL, product=Product.RACEMIC) == ()  # a compounded racemic spray
    a_day = dt.timedelta(hours=24)
    assert guidance_for([], route=Route.NASAL, when=WHEN, now=WHEN + a_day - dt.timedelta(minutes=1))
    assert guidance_for([], route=Route.NASAL, when=WHEN, now=WHEN - a_day)  # logged ahead of time
    assert guidance_for([], route=Route.NASAL, when=WHEN, now=WHEN + a_day) == ()  # long past: nothing to keep in mind
    assert guidance_for_session(session(product=Product.ESKETAMINE), now=WHEN + dt.timedelta(hours=2))
    assert guidance_for_session(session(), now=WHEN + 2 * a_day) == ()


# --- the command line's wording ----------------------------------------------------------------------

def test_plain_lines_word_each_kind_of_item_as_the_form_does() -> None:
    items = guidance_for_session(session(
        side_effects=(SideEffectReport("suicidal_thoughts", 1), SideEffectReport("confusion", 3),
                      SideEffectReport("bp_high", 2)),
        bp_after=BloodPressure(150, 95)))
    assert plain_lines(items) == [
        "Thoughts of being better off dead or of self-harm: You don't have to handle that alone — see the "
        "support options.",
        "Confusion or trouble thinking clearly — if it has not cleared by the next day: Contact your clinic.",
        f"High blood pressure reading (if you have a cuff): {side_effects.BP_CRISIS_GUIDANCE}",
        f"Driving — after nasal esketamine: {side_effects.ESKETAMINE_DRIVING_GUIDANCE}",
    ]
    reading = guidance_for([], [BloodPressure(190, 100)])
    assert plain_lines(reading) == [f"Blood pressure: {side_effects.BP_CRISIS_GUIDANCE}"]


# --- thoughts of self-harm logged with a session --------------------------------------------------------

def test_the_self_harm_effect_is_the_one_that_always_opens_the_crisis_panel() -> None:
    always = [e.id for e in side_effects.CATALOGUE.values()
              if e.red_flag and e.red_flag.action is Action.CRISIS_PANEL and e.red_flag.when == "always"]
    assert always == [SELF_HARM_EFFECT]


def test_a_session_logging_self_harm_thoughts_opens_the_flow_with_their_severity() -> None:
    logged = session(side_effects=(SideEffectReport("nausea", 2), SideEffectReport("suicidal_thoughts", 2)))
    assert safety_flow_value(logged) == 2
    content = safety.safety_flow_content(2, None, None)
    assert content.firmer == safety.FIRMER  # 2 and 3 get the firmer copy, as PHQ-9 item 9 does
    assert safety_flow_value(session(side_effects=(SideEffectReport("mood_dip", 3),))) is None
    assert safety_flow_value(session()) is None


def test_an_edit_opens_the_flow_only_when_it_logs_something_new() -> None:
    before = session(side_effects=(SideEffectReport("suicidal_thoughts", 1),))
    assert safety_flow_value(dataclasses.replace(before, notes="later"), before) is None
    assert safety_flow_value(
        dataclasses.replace(before, side_effects=(SideEffectReport("suicidal_thoughts", 3),)), before) == 3
    assert safety_flow_value(
        dataclasses.replace(before, side_effects=(SideEffectReport("suicidal_thoughts", 1),)), session()) == 1
    assert safety_flow_value(dataclasses.replace(before, side_effects=()), before) is None
