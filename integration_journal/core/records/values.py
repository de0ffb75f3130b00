"""Small immutable value types inside records: a blood-pressure reading, a side-effect report, a prompt answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from integration_journal.core import side_effects
from integration_journal.core.records.enums import EffectDuration
from integration_journal.core.records.validation import JSONValue, _set, check_enum, check_identifier, check_int, freeze_json
from integration_journal.errors import ValidationError


@dataclass(frozen=True, slots=True)
class BloodPressure:
    """A reading in mmHg; ranges reject typos, not unusual but real values."""

    systolic: int
    diastolic: int

    def __post_init__(self) -> None:
        check_int("systolic", self.systolic, 50, 300)
        check_int("diastolic", self.diastolic, 20, 200)
        if self.diastolic >= self.systolic:
            raise ValidationError("diastolic", "must be lower than systolic")

    @property
    def at_or_above_crisis_threshold(self) -> bool:
        """The AHA rule of docs/clinical.md §4.4: 180/120 or more calls for the re-measure guidance."""
        return (self.systolic >= side_effects.BP_CRISIS_SYSTOLIC
                or self.diastolic >= side_effects.BP_CRISIS_DIASTOLIC)


@dataclass(frozen=True, slots=True)
class SideEffectReport:
    """One side effect from the catalogue (side_effects.CATALOGUE) with severity 0-3."""

    effect: str
    severity: int
    duration: EffectDuration | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.effect, str) or self.effect not in side_effects.CATALOGUE:
            raise ValidationError("effect", "is not a side effect from the catalogue")
        check_int("severity", self.severity, side_effects.SEVERITY_MIN, side_effects.SEVERITY_MAX)
        if self.duration is not None:
            _set(self, "duration", check_enum("duration", EffectDuration, self.duration))


@dataclass(frozen=True, slots=True, repr=False)
class PromptAnswer:
    """The answer to one guided prompt; `answer` is any JSON value (text, a slider number, chips)."""

    prompt_id: str
    answer: JSONValue

    def __post_init__(self) -> None:
        check_identifier("prompt_id", self.prompt_id)
        _set(self, "answer", freeze_json("answer", self.answer))

    def __repr__(self) -> str:
        return f"PromptAnswer(prompt_id={self.prompt_id!r})"


def _coerce(name: str, cls: type[Any], value: object, arity: int) -> Any:
    """Accept a value object or a plain tuple of its fields, e.g. (120, 80) for a BloodPressure."""
    if isinstance(value, cls):
        return value
    if isinstance(value, tuple | list) and 1 <= len(value) <= arity:
        try:
            return cls(*value)
        except ValidationError as error:
            raise ValidationError(f"{name}.{error.field}", error.problem) from None
        except TypeError:
            pass
    raise ValidationError(name, f"must be a {cls.__name__}")
