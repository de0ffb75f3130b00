"""SafetyPlan: the seven sections of the personal safety plan."""

from __future__ import annotations

from typing import ClassVar

from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.validation import LINE_MAX, _set, check_text_list

# The seven sections of docs/clinical.md §5.1, in order: (section id, field name).
SAFETY_PLAN_SECTIONS: tuple[tuple[str, str], ...] = (
    ("sp-1", "early_signs"),
    ("sp-2", "coping_on_my_own"),
    ("sp-3", "people_and_places"),
    ("sp-4", "people_to_ask"),
    ("sp-5", "professionals"),
    ("sp-6", "safer_surroundings"),
    ("sp-7", "what_matters"),
)


@_record
class SafetyPlan(Record):
    KIND: ClassVar[str] = "safety_plan"

    early_signs: tuple[str, ...] = ()
    coping_on_my_own: tuple[str, ...] = ()
    people_and_places: tuple[str, ...] = ()
    people_to_ask: tuple[str, ...] = ()
    professionals: tuple[str, ...] = ()
    safer_surroundings: tuple[str, ...] = ()
    what_matters: tuple[str, ...] = ()

    def _validate(self) -> None:
        for _, name in SAFETY_PLAN_SECTIONS:
            _set(self, name, check_text_list(name, getattr(self, name), LINE_MAX * 4))
