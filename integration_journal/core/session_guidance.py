"""What a logged session's side effects and blood-pressure readings call for, most urgent first.

Plain data for the UI to show as it is: the words come from the catalogue (core.side_effects);
nothing here interprets a reading beyond the crisis rule of docs/clinical.md §4.4.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from integration_journal.core import side_effects
from integration_journal.core.records import BloodPressure, SideEffectReport
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

    @property
    def reading(self) -> bool:
        return self.effect_id is None


READING_WHEN = "a reading of 180/120 or higher"


def guidance_for(reports: Iterable[SideEffectReport],
                 readings: Iterable[BloodPressure | None] = ()) -> tuple[Guidance, ...]:
    """The guidance for every red-flag effect logged above severity 0 and for a reading at or above
    the crisis threshold, most urgent first (then more severe first, then catalogue order)."""
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
    found.sort(key=lambda item: item[0])
    return tuple(g for _, g in found)


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
