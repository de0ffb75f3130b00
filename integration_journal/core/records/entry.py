"""Entry: a journal entry, with its tags, phase, prompt answers and sharing flags."""

from __future__ import annotations

from typing import ClassVar

from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.enums import Phase
from integration_journal.core.records.validation import (
    LINE_MAX,
    TEXT_MAX,
    _set,
    check_enum,
    check_id,
    check_items,
    check_text,
    normalise_tags,
)
from integration_journal.core.records.values import PromptAnswer, _coerce
from integration_journal.errors import ValidationError


@_record
class Entry(Record):
    KIND: ClassVar[str] = "entry"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("title", "body", "tags")

    title: str = ""
    body: str = ""  # Markdown
    tags: tuple[str, ...] = ()
    phase: Phase | None = None
    session_id: bytes | None = None
    prompt_answers: tuple[PromptAnswer, ...] = ()
    share: bool = False
    bring_to_appointment: bool = False
    question_for_therapist: bool = False

    def _validate(self) -> None:
        title, body = self.title, self.body
        if type(title) is not str or len(title) > LINE_MAX:
            check_text("title", title, LINE_MAX)
        if type(body) is not str or len(body) > TEXT_MAX:
            check_text("body", body)
        tags = normalise_tags("tags", self.tags)
        if tags is not self.tags:
            _set(self, "tags", tags)
        if self.phase is not None and type(self.phase) is not Phase:
            _set(self, "phase", check_enum("phase", Phase, self.phase))
        if self.session_id is not None:
            check_id("session_id", self.session_id)
        answers = self.prompt_answers
        if answers:
            answers = check_items("prompt_answers", answers)
            if not all(type(a) is PromptAnswer for a in answers):
                answers = tuple(_coerce(f"prompt_answers[{index}]", PromptAnswer, item, 2)
                                for index, item in enumerate(answers))
        elif type(answers) is list:
            answers = ()
        elif type(answers) is not tuple:
            answers = check_items("prompt_answers", answers)
        if answers is not self.prompt_answers:
            _set(self, "prompt_answers", answers)
        if type(self.share) is not bool:
            raise ValidationError("share", "must be true or false")
        if type(self.bring_to_appointment) is not bool:
            raise ValidationError("bring_to_appointment", "must be true or false")
        if type(self.question_for_therapist) is not bool:
            raise ValidationError("question_for_therapist", "must be true or false")
