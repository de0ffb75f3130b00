"""What a logged session's side effects and blood-pressure readings call for, most urgent first, and the
aftercare note of its route (no driving after nasal esketamine until the next day after a restful sleep).

Plain data for the UI to show as it is: the words come from the catalogue (core.side_effects);
nothing here interprets a reading beyond the crisis rule of docs/clinical.md §4.4. `plain_lines` is the
same guidance as text for the command line, worded as the form's guidance panel words it.
`safety_flow_value` says when a save opens the safety flow (thoughts of self-harm logged, §4.2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from integration_journal.core import side_effects
from integration_journal.core.records import BloodPressure, Product, Route, SideEffectReport, TreatmentSession
from integration_journal.core.side_effects import Action

BP_EFFECT = "bp_high"

# Most urgent first. A reading at the crisis threshold sits with the emergencies: its guidance names
# the symptoms that mean calling the emergency number.
_TIER = {
    Action.EMERGENCY: 0,
    Action.CRISIS_PANEL: 2,
    Action.CONTACT_CLINIC: 3,
    Action.CONTACT_PRESCRIBER: 4,
    Action.BLOOD_PRESSURE: 5,
    Action.AFTERCARE: 6,
}
_READING_TIER = 1
_ORDER = {effect_id: index for index, effect_id in enumerate(side_effects.CATALOGUE)}


@dataclass(frozen=True, slots=True)
class Guidance:
    action: Action
    effect_id: str | None  # None: a blood-pressure reading, not a logged effect
    when: str  # the catalogue's condition, e.g. "if it comes with chest pain or shortness of breath"
    text: str  # what to do, in the catalogue's words
    urgent: bool  # the emergency tier: shown first and marked
    subject: str = ""  # an aftercare note's subject ("Driving"); an effect or a reading names its own

    @property
    def reading(self) -> bool:
        return self.effect_id is None and self.action is Action.BLOOD_PRESSURE


READING_WHEN = "a reading of 180/120 or higher"
READING_SUBJECT = "Blood pressure"
# The driving note stays while it can still matter: until a day after the session.
DRIVING_NOTE_FOR = dt.timedelta(hours=24)


def driving_note_applies(route: Route | str | None, product: Product | str | None = None,
                         when: dt.datetime | None = None, now: dt.datetime | None = None) -> bool:
    """Nasal esketamine (the nasal route, unless the medicine was recorded as racemic ketamine), for a
    session less than a day before `now` (or later); without both times, for any such session."""
    if route is None or Route(route) is not Route.NASAL:
        return False
    if product is not None and Product(product) is Product.RACEMIC:
        return False
    return when is None or now is None or now - when < DRIVING_NOTE_FOR


def guidance_for(reports: Iterable[SideEffectReport],
                 readings: Iterable[BloodPressure | None] = (), *,
                 route: Route | str | None = None, product: Product | str | None = None,
                 when: dt.datetime | None = None, now: dt.datetime | None = None) -> tuple[Guidance, ...]:
    """The guidance for every red-flag effect logged above severity 0 and for a reading at or above
    the crisis threshold, most urgent first (then more severe first, then catalogue order), then the
    aftercare note of the route (see `driving_note_applies`)."""
    found: list[tuple[tuple[int, int, int], Guidance]] = []
    crisis_reading = any(r is not None and r.at_or_above_crisis_threshold for r in readings)
    if crisis_reading:
        found.append(((_READING_TIER, 0, -1), Guidance(
            Action.BLOOD_PRESSURE, None, READING_WHEN, side_effects.BP_CRISIS_GUIDANCE, True)))
    for report in reports:
        effect = side_effects.CATALOGUE[report.effect]
        flag = effect.red_flag
        if report.severity <= 0 or flag is None:
            continue
        if flag.action is Action.BLOOD_PRESSURE:
            if crisis_reading:
                continue  # the reading's guidance above says the same
            text = side_effects.BP_CRISIS_GUIDANCE
        else:
            text = flag.guidance
        tier = _TIER[flag.action]
        found.append(((tier, -report.severity, _ORDER[effect.id]),
                      Guidance(flag.action, effect.id, flag.when, text, tier == 0)))
    if driving_note_applies(route, product, when, now):
        found.append(((_TIER[Action.AFTERCARE], 0, 0), Guidance(
            Action.AFTERCARE, None, side_effects.ESKETAMINE_DRIVING_WHEN, side_effects.ESKETAMINE_DRIVING_GUIDANCE,
            False, side_effects.ESKETAMINE_DRIVING_SUBJECT)))
    found.sort(key=lambda item: item[0])
    return tuple(g for _, g in found)


def guidance_for_session(session: TreatmentSession, now: dt.datetime | None = None) -> tuple[Guidance, ...]:
    """Everything `guidance_for` says about a stored session, as the form and the command line show it."""
    return guidance_for(session.side_effects, (session.bp_before, session.bp_after), route=session.route,
                        product=session.product, when=session.when, now=now)


def subject_of(item: Guidance) -> str:
    """What an item is about, in the catalogue's English: the effect's label, the reading, or the note's subject."""
    if item.subject:
        return item.subject
    if item.effect_id is None:
        return READING_SUBJECT
    return side_effects.CATALOGUE[item.effect_id].label


def plain_line(item: Guidance) -> str:
    """One item as a sentence, the way the session form's guidance panel words it: the blood-pressure
    guidance names its own condition and "always" needs none."""
    if item.action is Action.BLOOD_PRESSURE or item.when == "always":
        return f"{subject_of(item)}: {item.text}"
    return f"{subject_of(item)} — {item.when}: {item.text}"


def plain_lines(items: Iterable[Guidance]) -> list[str]:
    return [plain_line(item) for item in items]


def worst_effect(reports: Iterable[SideEffectReport]) -> SideEffectReport | None:
    """The most severe effect logged (a red-flag one wins a tie, then catalogue order); None when
    nothing was logged above severity 0."""
    best: SideEffectReport | None = None
    best_key: tuple[int, int, int] | None = None
    for report in reports:
        if report.severity <= 0:
            continue
        flagged = side_effects.CATALOGUE[report.effect].red_flag is not None
        key = (report.severity, int(flagged), -_ORDER[report.effect])
        if best_key is None or key > best_key:
            best, best_key = report, key
    return best


# docs/clinical.md §4.2: thoughts of death or self-harm logged as a session's side effect always open the same
# flow as PHQ-9 item 9 ≥ 1 (core.safety.safety_flow_content), its severity (1 mild - 3 severe) standing for the
# item's answer (firmer copy for 2 and 3). The audit event is the same (core.safety.record_safety_flow_shown),
# with this instrument: no side-effect text, only the number.
SELF_HARM_EFFECT = "suicidal_thoughts"
SAFETY_FLOW_INSTRUMENT = "session"


def safety_flow_value(saved: TreatmentSession, before: TreatmentSession | None = None) -> int | None:
    """The value to open the safety flow with after the session `saved` was stored (`before`: the version it
    replaced, None for a new one): the self-harm side effect's severity when this save logs it - a new session
    with it, or an edit that adds it or makes it more severe. None when nothing new was logged (re-saving a
    session for another change does not open the panel again; its guidance keeps the support button)."""
    def severity(session: TreatmentSession | None) -> int:
        if session is None:
            return 0
        return max((r.severity for r in session.side_effects if r.effect == SELF_HARM_EFFECT), default=0)

    logged = severity(saved)
    return logged if logged > severity(before) else None
