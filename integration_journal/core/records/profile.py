"""Profile: who keeps this journal (patient or therapist), their country, treatment focus and clinic."""

from __future__ import annotations

import re
from typing import ClassVar

from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.enums import Role, TreatmentFocus
from integration_journal.core.records.validation import NAME_MAX, _set, check_enum, check_items, check_text
from integration_journal.errors import ValidationError

_COUNTRY_PATTERN = re.compile(r"[A-Z]{2}\Z")


@_record
class Profile(Record):
    KIND: ClassVar[str] = "profile"
    SCHEMA_VERSION: ClassVar[int] = 2  # 2 added clinic_after_hours

    role: Role
    display_name: str
    country_code: str | None = None  # ISO 3166-1 alpha-2; picks the crisis lines
    treatment_focus: tuple[TreatmentFocus, ...] = ()
    clinic_name: str = ""
    clinic_phone: str = ""
    clinic_after_hours: str = ""  # the clinic's after-hours line, if it has one

    def _validate(self) -> None:
        _set(self, "role", check_enum("role", Role, self.role))
        check_text("display_name", self.display_name, NAME_MAX, required=True)
        if self.country_code is not None:
            code = self.country_code.upper() if isinstance(self.country_code, str) else None
            if code is None or not _COUNTRY_PATTERN.match(code):
                raise ValidationError("country_code", "must be a two-letter country code")
            _set(self, "country_code", code)
        focus = {check_enum("treatment_focus", TreatmentFocus, item)
                 for item in check_items("treatment_focus", self.treatment_focus)}
        _set(self, "treatment_focus", tuple(f for f in TreatmentFocus if f in focus))
        check_text("clinic_name", self.clinic_name, NAME_MAX)
        check_text("clinic_phone", self.clinic_phone, NAME_MAX)
        check_text("clinic_after_hours", self.clinic_after_hours, NAME_MAX)
