"""Settings: the preferences kept inside the vault."""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import field
from typing import ClassVar

from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.validation import JSONValue, _set, check_json_object


@_record
class Settings(Record):
    """Preferences that reveal use of the app, so they live inside the vault."""

    KIND: ClassVar[str] = "settings"

    values: Mapping[str, JSONValue] = field(default_factory=lambda: types.MappingProxyType({}))

    def _validate(self) -> None:
        _set(self, "values", check_json_object("values", self.values))
