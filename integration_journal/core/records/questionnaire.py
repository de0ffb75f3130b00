"""QuestionnaireResponse: the answers to one validated measure."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.validation import (
    _set,
    check_bool,
    check_datetime,
    check_identifier,
    check_items,
    check_opt_int,
)
from integration_journal.errors import ValidationError


@_record
class QuestionnaireResponse(Record):
    """Answers to a validated measure; scoring lives with the instrument definitions, not here."""

    KIND: ClassVar[str] = "questionnaire"

    instrument: str  # e.g. "phq9", "gad7", "peg3"
    answers: tuple[int | None, ...]  # None = skipped item
    taken_at: dt.datetime
    baseline: bool = False

    def _validate(self) -> None:
        check_identifier("instrument", self.instrument)
        answers = check_items("answers", self.answers, 100)
        if not answers:
            raise ValidationError("answers", "must not be empty")
        for index, answer in enumerate(answers):
            check_opt_int(f"answers[{index}]", answer, 0, 10)
        _set(self, "answers", answers)
        check_datetime("taken_at", self.taken_at)
        check_bool("baseline", self.baseline)

    @property
    def moment(self) -> dt.datetime:
        return self.taken_at
