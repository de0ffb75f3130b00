"""The patient-loggable side-effect catalogue (docs/clinical.md §4.2, §4.4) as data: ids, labels, red flags."""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

SEVERITY_MIN = 0
SEVERITY_MAX = 3

SEVERITY_LABELS: Mapping[int, str] = types.MappingProxyType({
    0: "None",
    1: "Mild — noticeable, didn't stop me",
    2: "Moderate — had to lie down or change plans",
    3: "Severe — couldn't function or needed help",
})

DURATION_LABELS: Mapping[str, str] = types.MappingProxyType({
    "under-1h": "Less than an hour",
    "1-4h": "1–4 hours",
    "rest-of-day": "The rest of the day",
    "next-day": "Into the next day",
    "ongoing": "Still going",
})


class Window(StrEnum):
    """When an effect typically shows up; the UI groups the list by it."""

    ACUTE = "acute"
    ACUTE_OR_NEXT_DAY = "acute_or_next_day"
    NEXT_DAYS = "next_days"
    LONGER_TERM = "longer_term"
    ANY = "any"
    ROUTE = "route"  # tied to how the medicine was given


class Action(StrEnum):
    """What a red flag points the person towards, most urgent first."""

    EMERGENCY = "emergency"  # the local emergency number
    CRISIS_PANEL = "crisis_panel"  # the safety flow of docs/clinical.md §3.9
    CONTACT_CLINIC = "contact_clinic"
    CONTACT_PRESCRIBER = "contact_prescriber"
    BLOOD_PRESSURE = "blood_pressure"  # the re-measure guidance of §4.4
    AFTERCARE = "aftercare"  # not a red flag: advice for the hours after a session (§1.2), e.g. no driving


@dataclass(frozen=True, slots=True)
class RedFlag:
    """When an otherwise expected effect needs someone else to know, in our own calm words."""

    when: str
    action: Action
    guidance: str
    # When a logged report shows the condition in `when` was met (for safety flags in summaries): at
    # least this severity, or - for conditions about lasting - a duration of the next day or longer.
    min_severity: int = 1
    persisting: bool = False

    def met_by(self, report: SideEffectReportLike) -> bool:
        if report.severity <= 0:
            return False
        if report.severity >= self.min_severity:
            return True
        return self.persisting and report.duration in _LASTING


class SideEffectReportLike(Protocol):
    severity: int
    duration: str | None


_LASTING = frozenset(("next-day", "ongoing"))


@dataclass(frozen=True, slots=True)
class SideEffect:
    id: str
    label: str
    window: Window
    expected: bool = False  # part of the usual experience for many people (not a problem in itself)
    route: str | None = None  # a records.Route value when the effect belongs to one route
    red_flag: RedFlag | None = None


def _flag(when: str, action: Action, guidance: str, *, min_severity: int = 1,
          persisting: bool = False) -> RedFlag:
    return RedFlag(when, action, guidance, min_severity, persisting)


_EMERGENCY_CALL = "Call your local emergency number now."
MODERATE, SEVERE = 2, 3  # docs/clinical.md §4.2 severities

_CATALOGUE: tuple[SideEffect, ...] = (
    # acute, session day
    SideEffect("dissociation", "Feeling detached, unreal or outside my body", Window.ACUTE, expected=True,
               red_flag=_flag("if it is still there the next day, or it feels frightening",
                              Action.CONTACT_CLINIC, "Let your clinic know about it.",
                              min_severity=SEVERE, persisting=True)),
    SideEffect("perceptual", "Changes in vision, sound or sense of time/space", Window.ACUTE, expected=True),
    SideEffect("hallucinations", "Seeing or hearing things others don't", Window.ACUTE,
               red_flag=_flag("if it carries on after the session day, or comes with suspicious or "
                              "paranoid thoughts", Action.CONTACT_CLINIC,
                              "Contact your clinic soon so they can check in with you.",
                              min_severity=SEVERE, persisting=True)),
    SideEffect("nausea", "Nausea", Window.ACUTE),
    SideEffect("vomiting", "Vomiting", Window.ACUTE,
               red_flag=_flag("if you keep vomiting or can't keep fluids down", Action.CONTACT_CLINIC,
                              "Contact your clinic.", min_severity=MODERATE)),
    SideEffect("dizziness", "Dizziness or light-headedness", Window.ACUTE),
    SideEffect("vertigo", "Spinning sensation", Window.ACUTE),
    SideEffect("sedation", "Very sleepy / hard to stay awake", Window.ACUTE,
               red_flag=_flag("if someone cannot be woken, or has trouble breathing",
                              Action.EMERGENCY, _EMERGENCY_CALL, min_severity=SEVERE)),
    SideEffect("drunk_unsteady", "Feeling drunk or unsteady on my feet", Window.ACUTE),
    SideEffect("numbness", "Numbness or tingling (incl. mouth/tongue)", Window.ACUTE),
    SideEffect("vision_blur", "Blurred or double vision", Window.ACUTE),
    SideEffect("headache", "Headache", Window.ACUTE_OR_NEXT_DAY,
               red_flag=_flag("if it comes on suddenly and is severe, like the worst headache ever",
                              Action.EMERGENCY, _EMERGENCY_CALL, min_severity=SEVERE)),
    SideEffect("anxiety_agitation", "Anxiety, panic or agitation", Window.ACUTE_OR_NEXT_DAY),
    SideEffect("confusion", "Confusion or trouble thinking clearly", Window.ACUTE_OR_NEXT_DAY,
               red_flag=_flag("if it has not cleared by the next day", Action.CONTACT_CLINIC,
                              "Contact your clinic.", min_severity=SEVERE, persisting=True)),
    SideEffect("racing_heart", "Pounding or racing heart", Window.ACUTE,
               red_flag=_flag("if it comes with chest pain or shortness of breath",
                              Action.EMERGENCY, _EMERGENCY_CALL, min_severity=SEVERE)),
    SideEffect("bp_high", "High blood pressure reading (if you have a cuff)", Window.ACUTE,
               red_flag=_flag("if a reading is 180/120 or higher", Action.BLOOD_PRESSURE,
                              "See the blood-pressure guidance.")),
    SideEffect("euphoria", "Unusually 'high' or euphoric", Window.ACUTE),
    SideEffect("tearful", "Strong emotional release / tearfulness", Window.ACUTE, expected=True),
    # route-specific
    SideEffect("nasal_throat", "Nose or throat irritation, taste change", Window.ROUTE, route="nasal"),
    SideEffect("injection_site", "Soreness where the injection went in", Window.ROUTE, route="im"),
    SideEffect("iv_site", "Soreness/bruising at the drip site", Window.ROUTE, route="iv"),
    SideEffect("mouth_saliva", "Mouth numbness or lots of saliva", Window.ROUTE, route="lozenge"),
    # next days
    SideEffect("fatigue", "Tiredness / 'hangover' feeling", Window.NEXT_DAYS),
    SideEffect("sleep_change", "Sleep changes or vivid dreams", Window.NEXT_DAYS),
    SideEffect("mood_dip", "Low mood dip after the session", Window.NEXT_DAYS,
               red_flag=_flag("if it comes with thoughts of harming yourself", Action.CRISIS_PANEL,
                              "You don't have to handle that alone — see the support options.",
                              min_severity=SEVERE)),
    SideEffect("irritability", "Irritability", Window.NEXT_DAYS),
    SideEffect("memory", "Memory or concentration problems", Window.NEXT_DAYS),
    # longer-term / cumulative
    SideEffect("urinary", "Needing to pee more often or urgently, or pain when peeing", Window.LONGER_TERM,
               red_flag=_flag("if there is blood in your urine or pain in your bladder",
                              Action.CONTACT_CLINIC,
                              "Contact your clinic: bladder irritation linked to ketamine needs a review.",
                              min_severity=MODERATE, persisting=True)),
    SideEffect("cravings", "Urges to take ketamine outside my treatment plan", Window.LONGER_TERM,
               red_flag=_flag("whenever it happens", Action.CONTACT_PRESCRIBER,
                              "Tell your prescriber; this is a known risk they will want to know about.")),
    SideEffect("worsening", "Depression or anxiety getting worse", Window.LONGER_TERM),
    SideEffect("elevated_mood", "Unusually high energy, little need for sleep, racing thoughts for several "
               "days", Window.LONGER_TERM,
               red_flag=_flag("whenever it happens", Action.CONTACT_PRESCRIBER,
                              "Contact your prescriber; it may be a mood change they should look at.")),
    SideEffect("suicidal_thoughts", "Thoughts of being better off dead or of self-harm", Window.ANY,
               red_flag=_flag("always", Action.CRISIS_PANEL,
                              "You don't have to handle that alone — see the support options.")),
)

CATALOGUE: Mapping[str, SideEffect] = types.MappingProxyType({e.id: e for e in _CATALOGUE})
"""Every loggable side effect by id, in display order."""

# Home blood pressure (docs/clinical.md §4.4, the AHA rule); we display readings and point to this, nothing more.
BP_CRISIS_SYSTOLIC = 180
BP_CRISIS_DIASTOLIC = 120
BP_CRISIS_GUIDANCE = (
    "A reading of 180/120 or higher: wait a few minutes and measure again. If it is still that high "
    "and you have chest pain, shortness of breath, back pain, numbness or weakness, a change in vision "
    "or difficulty speaking, call your local emergency number. Without those symptoms, contact your "
    "clinic or a health professional promptly."
)


# After nasal esketamine (docs/clinical.md §1.2): the product label's advice on driving, shown with the
# session's guidance. The subject and condition name the note the way an effect's label and red flag do.
ESKETAMINE_DRIVING_SUBJECT = "Driving"
ESKETAMINE_DRIVING_WHEN = "after nasal esketamine"
ESKETAMINE_DRIVING_GUIDANCE = (
    "No driving, operating machinery or anything else that needs you fully alert until the next day after a "
    "restful sleep, as the esketamine label says.")


def effects_for_route(route: str) -> tuple[SideEffect, ...]:
    """The catalogue as offered after a session by `route`: general effects plus that route's own."""
    return tuple(e for e in _CATALOGUE if e.route is None or e.route == route)
