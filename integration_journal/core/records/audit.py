"""AuditEvent: a security-relevant event, with ids and counts but never content."""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import field
from typing import ClassVar, TypeAlias

from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.validation import _ID_PATTERN, NAME_MAX, _set, check_identifier, check_json_object
from integration_journal.errors import ValidationError

AuditScalar: TypeAlias = None | bool | int | float | str


@_record
class AuditEvent(Record):
    """A security-relevant event (unlock, export, share). Details are ids and counts, never content."""

    KIND: ClassVar[str] = "audit"
    KEEPS_HISTORY: ClassVar[bool] = False

    event: str
    details: Mapping[str, AuditScalar] = field(default_factory=lambda: types.MappingProxyType({}))

    def _validate(self) -> None:
        check_identifier("event", self.event)
        details = check_json_object("details", self.details)
        if len(details) > 32:
            raise ValidationError("details", "has more than 32 entries")
        for key, value in details.items():
            if not _ID_PATTERN.match(key):
                raise ValidationError("details", "keys must be identifiers")
            if isinstance(value, tuple | Mapping):
                raise ValidationError(f"details.{key}", "must be a single value")
            if isinstance(value, str) and len(value) > NAME_MAX:
                raise ValidationError(f"details.{key}", f"is longer than {NAME_MAX} characters")
        _set(self, "details", details)
