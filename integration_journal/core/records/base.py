"""The Record base class: the id and times every record has, and the checks run on construction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import ClassVar

from integration_journal.core.records.validation import _set, check_datetime, check_id
from integration_journal.core.store import RECORD_ID_BYTES, new_record_id


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


# Marks "not given": `updated` then takes the value of `created`. No real record is dated year 1.
_SAME_AS_CREATED = dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc)


_record = dataclass(frozen=True, slots=True, kw_only=True, repr=False)


@_record
class Record:
    """Fields every record has. Subclasses add their own and validate them in `_validate`."""

    KIND: ClassVar[str] = ""
    SCHEMA_VERSION: ClassVar[int] = 1
    # Earlier revisions are kept on update/delete; off for records whose old versions have no value
    # to the user (drafts autosave constantly) or must not be rewritten (audit, history itself).
    KEEPS_HISTORY: ClassVar[bool] = True
    # The free-text fields that search covers (empty: the kind is not searched).
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ()

    id: bytes = field(default_factory=new_record_id)
    created: dt.datetime = field(default_factory=utc_now)
    updated: dt.datetime = _SAME_AS_CREATED

    def __post_init__(self) -> None:
        # Fast paths first (exact types, fixed-offset zones as decoded from ISO text); anything else
        # takes the full check. Loading a large vault constructs every record once.
        if type(self.id) is not bytes or len(self.id) != RECORD_ID_BYTES:
            check_id("id", self.id)
        created = self.created
        if type(created) is not dt.datetime or type(created.tzinfo) is not dt.timezone:
            check_datetime("created", created)
        updated = self.updated
        if updated is _SAME_AS_CREATED:
            _set(self, "updated", created)
        elif type(updated) is not dt.datetime or type(updated.tzinfo) is not dt.timezone:
            check_datetime("updated", updated)
        self._validate()

    def _validate(self) -> None:
        """Check and normalise the kind's own fields."""

    def __repr__(self) -> str:
        # Never the content: reprs end up in logs and tracebacks.
        return f"{type(self).__name__}(id={self.id.hex()})"

    @property
    def moment(self) -> dt.datetime:
        """When the thing the record describes happened; lists sort by it, date filters use it."""
        return self.created

    def local_date(self, tz: dt.tzinfo | None = None) -> dt.date:
        """The calendar day of `moment` in `tz` (None: the computer's local time zone)."""
        return self.moment.astimezone(tz).date()

    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self) if f.name not in ("id", "created", "updated"))
