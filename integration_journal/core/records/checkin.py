"""CheckIn: the daily check-in of mood, anxiety, pain and sleep."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.validation import _set, check_date, check_float, check_int, check_opt_int, check_text


@_record
class CheckIn(Record):
    """A daily check-in; the 0-10 items are app-specific, not validated measures (docs/clinical.md §3.7)."""

    KIND: ClassVar[str] = "checkin"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("note",)

    date: dt.date
    mood: int  # 0 lowest - 10 best
    anxiety: int  # 0 not at all - 10 extremely
    pain: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    note: str = ""

    def _validate(self) -> None:
        check_date("date", self.date)
        check_int("mood", self.mood, 0, 10)
        check_int("anxiety", self.anxiety, 0, 10)
        check_opt_int("pain", self.pain, 0, 10)
        if self.sleep_hours is not None:
            _set(self, "sleep_hours", check_float("sleep_hours", self.sleep_hours, 0.0, 24.0))
        check_opt_int("sleep_quality", self.sleep_quality, 0, 10)
        check_text("note", self.note)

    def local_date(self, tz: dt.tzinfo | None = None) -> dt.date:
        return self.date

    @property
    def moment(self) -> dt.datetime:
        # Noon keeps the day stable in every time zone within ±12 h when it is compared to instants.
        return dt.datetime.combine(self.date, dt.time(12), self.created.tzinfo)
