"""The Insights page's records: reframes of old thoughts and commitments with their check-offs."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.enums import Cadence, Domain
from integration_journal.core.records.validation import (
    LINE_MAX,
    _set,
    check_bool,
    check_date,
    check_enum,
    check_items,
    check_opt_id,
    check_text,
)


@_record
class Reframe(Record):
    KIND: ClassVar[str] = "reframe"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("old_thought", "new_perspective")

    old_thought: str
    new_perspective: str
    source_id: bytes | None = None  # the entry or session it came from
    domain: Domain | None = None

    def _validate(self) -> None:
        check_text("old_thought", self.old_thought)
        check_text("new_perspective", self.new_perspective)
        check_opt_id("source_id", self.source_id)
        if self.domain is not None:
            _set(self, "domain", check_enum("domain", Domain, self.domain))


@_record
class Commitment(Record):
    KIND: ClassVar[str] = "commitment"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("text",)

    text: str
    domain: Domain
    cadence: Cadence = Cadence.DAILY
    checkoffs: tuple[dt.date, ...] = ()  # days it was done; sorted, each day once
    active: bool = True

    def _validate(self) -> None:
        check_text("text", self.text, LINE_MAX * 4, required=True)
        _set(self, "domain", check_enum("domain", Domain, self.domain))
        _set(self, "cadence", check_enum("cadence", Cadence, self.cadence))
        days = check_items("checkoffs", self.checkoffs, 100_000)
        for index, day in enumerate(days):
            check_date(f"checkoffs[{index}]", day)
        _set(self, "checkoffs", tuple(sorted(set(days))))
        check_bool("active", self.active)
