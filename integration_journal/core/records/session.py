"""TreatmentSession: one ketamine session with its dose as told, blood pressure, experience and side effects."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from integration_journal.core import side_effects
from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.enums import (
    AcuteDuration,
    ExperienceKind,
    Product,
    Route,
    Setting,
    TransportHome,
    YesNoUnsure,
)
from integration_journal.core.records.validation import (
    NAME_MAX,
    SERIES_MAX,
    _set,
    check_bool,
    check_date,
    check_datetime,
    check_enum,
    check_float,
    check_items,
    check_opt_int,
    check_text,
)
from integration_journal.core.records.values import BloodPressure, SideEffectReport, _coerce
from integration_journal.errors import ValidationError


@_record
class TreatmentSession(Record):
    KIND: ClassVar[str] = "session"
    SCHEMA_VERSION: ClassVar[int] = 2  # 2 added the course details of docs/clinical.md §4.3
    COURSE_FIELDS: ClassVar[tuple[str, ...]] = (
        "number_in_series", "product", "therapist_present", "support_person", "antiemetic", "acute_duration",
        "experience_kind", "transport_home", "next_integration_session")
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("intention", "experience_text", "notes")

    when: dt.datetime
    route: Route
    setting: Setting
    dose_mg: float | None = None  # as told by the clinic; the app never calculates or advises doses
    clinic: str = ""
    provider: str = ""
    intention: str = ""
    bp_before: BloodPressure | None = None
    bp_after: BloodPressure | None = None
    experience: int | None = None  # 0 (very hard) - 10 (very good)
    experience_text: str = ""
    side_effects: tuple[SideEffectReport, ...] = ()
    notes: str = ""
    # Course details (docs/clinical.md §4.3); None = not recorded.
    number_in_series: int | None = None
    product: Product | None = None
    therapist_present: bool | None = None
    support_person: bool | None = None
    antiemetic: YesNoUnsure | None = None
    acute_duration: AcuteDuration | None = None
    experience_kind: ExperienceKind | None = None
    transport_home: TransportHome | None = None
    next_integration_session: dt.date | None = None

    def _validate(self) -> None:
        check_datetime("when", self.when)
        _set(self, "route", check_enum("route", Route, self.route))
        _set(self, "setting", check_enum("setting", Setting, self.setting))
        if self.dose_mg is not None:
            _set(self, "dose_mg", check_float("dose_mg", self.dose_mg, 0.0, 10_000.0, low_open=True))
        check_text("clinic", self.clinic, NAME_MAX)
        check_text("provider", self.provider, NAME_MAX)
        check_text("intention", self.intention)
        for name in ("bp_before", "bp_after"):
            value = getattr(self, name)
            if value is not None:
                _set(self, name, _coerce(name, BloodPressure, value, 2))
        check_opt_int("experience", self.experience, 0, 10)
        check_text("experience_text", self.experience_text)
        reports = tuple(_coerce(f"side_effects[{index}]", SideEffectReport, item, 3)
                        for index, item in enumerate(check_items("side_effects", self.side_effects)))
        seen: set[str] = set()
        for index, report in enumerate(reports):
            if report.effect in seen:
                raise ValidationError(f"side_effects[{index}]", "lists the same side effect twice")
            seen.add(report.effect)
        _set(self, "side_effects", reports)
        check_text("notes", self.notes)
        check_opt_int("number_in_series", self.number_in_series, 1, SERIES_MAX)
        for name, enum in (("product", Product), ("antiemetic", YesNoUnsure), ("acute_duration", AcuteDuration),
                           ("experience_kind", ExperienceKind), ("transport_home", TransportHome)):
            value = getattr(self, name)
            if value is not None:
                _set(self, name, check_enum(name, enum, value))
        for name in ("therapist_present", "support_person"):
            value = getattr(self, name)
            if value is not None:
                check_bool(name, value)
        if self.next_integration_session is not None:
            check_date("next_integration_session", self.next_integration_session)

    @property
    def moment(self) -> dt.datetime:
        return self.when

    def red_flags(self) -> tuple[side_effects.SideEffect, ...]:
        """Catalogue entries with red-flag guidance among the effects logged above severity 0."""
        return tuple(side_effects.CATALOGUE[r.effect] for r in self.side_effects
                     if r.severity > 0 and side_effects.CATALOGUE[r.effect].red_flag)
