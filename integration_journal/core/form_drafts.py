"""Unsubmitted questionnaires and unfinished daily check-ins, kept as encrypted Draft records over a lock.

A questionnaire draft (target_kind "questionnaire") holds the instrument and the answers given so
far, one per question (None = not answered). A check-in draft (target_kind "checkin") holds the day
and the values typed so far, even without the mood and anxiety a CheckIn needs. Drafts may come from
another version of the app, so reading one never fails: a draft that does not fit the instrument (or
the check-in ranges) is ignored, and a single odd value becomes "not answered".
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from integration_journal.core import measures
from integration_journal.core.records import Draft

QUESTIONNAIRE_TARGET = "questionnaire"
CHECKIN_TARGET = "checkin"
STATE_VERSION = 1
SLEEP_HOURS_MAX = 24.0


def _newest_first(drafts: Iterable[Draft]) -> list[Draft]:
    return sorted(drafts, key=lambda d: (d.updated, d.id), reverse=True)


# --- questionnaires ------------------------------------------------------------------------------------

def question_values(measure: measures.Measure) -> list[frozenset[int]]:
    """The answers each question of `measure` accepts, in the dialog's order (functional item last)."""
    if measure.options:
        scored = frozenset(o.value for o in measure.options)
    else:
        scored = frozenset(range(measure.scale[0], measure.scale[1] + 1))
    values = [scored] * len(measure.items)
    if measure.functional_item is not None:
        values.append(frozenset(o.value for o in measure.functional_item.options))
    return values


def questionnaire_state(instrument: str, answers: Sequence[int | None]) -> dict[str, Any]:
    return {"v": STATE_VERSION, "instrument": measures.canonical_id(instrument), "answers": list(answers)}


@dataclass(frozen=True, slots=True)
class QuestionnaireDraft:
    draft: Draft
    instrument: str
    answers: tuple[int | None, ...]  # one per question of the instrument, functional item last

    @property
    def saved_at(self) -> dt.datetime:
        return self.draft.updated

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a is not None)


def read_questionnaire_draft(draft: Draft) -> QuestionnaireDraft | None:
    """The questionnaire draft in `draft`, or None if it is a draft of something else or does not fit."""
    if draft.target_kind != QUESTIONNAIRE_TARGET:
        return None
    instrument = draft.state.get("instrument")
    answers = draft.state.get("answers")
    if not isinstance(instrument, str) or not isinstance(answers, (list, tuple)):
        return None
    try:
        measure = measures.get_measure(instrument)
    except measures.MeasureError:
        return None
    allowed = question_values(measure)
    if len(answers) != len(allowed):
        return None
    kept = tuple(a if isinstance(a, int) and not isinstance(a, bool) and a in ok else None
                 for a, ok in zip(answers, allowed, strict=True))
    if all(a is None for a in kept):
        return None
    return QuestionnaireDraft(draft, measure.id, kept)


def questionnaire_drafts(records: Iterable[Any], instrument: str) -> list[QuestionnaireDraft]:
    """The usable drafts of `instrument` (any alias) among `records`, newest first."""
    wanted = measures.canonical_id(instrument)
    found = []
    for draft in _newest_first(r for r in records if isinstance(r, Draft)):
        item = read_questionnaire_draft(draft)
        if item is not None and item.instrument == wanted:
            found.append(item)
    return found


def questionnaire_draft_ids(records: Iterable[Any], instrument: str) -> list[bytes]:
    """Every draft of `instrument`, usable or not (to remove them all when one is discarded)."""
    wanted = measures.canonical_id(instrument)
    ids = []
    for record in records:
        if isinstance(record, Draft) and record.target_kind == QUESTIONNAIRE_TARGET:
            named = record.state.get("instrument")
            try:
                same = isinstance(named, str) and measures.canonical_id(named) == wanted
            except measures.MeasureError:
                same = False
            if same:
                ids.append(record.id)
    return ids


# --- daily check-ins -------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CheckinValues:
    """The check-in editor's fields as shown; None = not given."""

    mood: int | None = None
    anxiety: int | None = None
    pain: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    note: str = ""

    def to_state(self, day: dt.date) -> dict[str, Any]:
        return {"v": STATE_VERSION, "date": day.isoformat(), "mood": self.mood, "anxiety": self.anxiety,
                "pain": self.pain, "sleep_hours": self.sleep_hours, "sleep_quality": self.sleep_quality,
                "note": self.note}

    @property
    def is_blank(self) -> bool:
        return (self.mood is None and self.anxiety is None and self.pain is None and self.sleep_hours is None
                and self.sleep_quality is None and not self.note.strip())


def _rating(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10 else None


def _hours(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value) if 0 <= value <= SLEEP_HOURS_MAX else None


@dataclass(frozen=True, slots=True)
class CheckinDraft:
    draft: Draft
    day: dt.date
    values: CheckinValues


def read_checkin_draft(draft: Draft) -> CheckinDraft | None:
    if draft.target_kind != CHECKIN_TARGET:
        return None
    state = draft.state
    try:
        day = dt.date.fromisoformat(str(state.get("date")))
    except ValueError:
        return None
    note = state.get("note")
    values = CheckinValues(_rating(state.get("mood")), _rating(state.get("anxiety")), _rating(state.get("pain")),
                           _hours(state.get("sleep_hours")), _rating(state.get("sleep_quality")),
                           note if isinstance(note, str) else "")
    return None if values.is_blank else CheckinDraft(draft, day, values)


def checkin_drafts(records: Iterable[Any]) -> list[CheckinDraft]:
    """Usable check-in drafts among `records`, newest first."""
    found = (read_checkin_draft(d) for d in _newest_first(r for r in records if isinstance(r, Draft)))
    return [item for item in found if item is not None]
