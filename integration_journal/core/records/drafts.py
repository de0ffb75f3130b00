"""Draft: unfinished work (a wizard sitting, an entry being typed), kept encrypted."""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import field
from typing import ClassVar

from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.validation import JSONValue, _set, check_identifier, check_json_object, check_opt_id


@_record
class Draft(Record):
    """Unfinished work (a wizard sitting, an entry being typed), saved encrypted like everything else."""

    KIND: ClassVar[str] = "draft"
    KEEPS_HISTORY: ClassVar[bool] = False

    target_kind: str  # the kind of record this will become
    target_id: bytes | None = None  # set when editing an existing record
    state: Mapping[str, JSONValue] = field(default_factory=lambda: types.MappingProxyType({}))

    def _validate(self) -> None:
        check_identifier("target_kind", self.target_kind)
        check_opt_id("target_id", self.target_id)
        _set(self, "state", check_json_object("state", self.state))
