"""HistorySnapshot: an earlier or deleted revision of another record, as its encoded payload."""

from __future__ import annotations

from typing import ClassVar

from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.validation import BLOB_MAX, _set, check_blob, check_bool, check_id, check_int


@_record
class HistorySnapshot(Record):
    """An earlier revision (or the deleted last one) of another record, as its encoded payload."""

    KIND: ClassVar[str] = "history"
    SCHEMA_VERSION: ClassVar[int] = 2  # 2 stores the payload raw after the envelope, not as base64
    KEEPS_HISTORY: ClassVar[bool] = False

    of_id: bytes
    revision: int
    deleted: bool
    payload: bytes

    def _validate(self) -> None:
        check_id("of_id", self.of_id)
        check_int("revision", self.revision, 0, None)
        check_bool("deleted", self.deleted)
        _set(self, "payload", check_blob("payload", self.payload, BLOB_MAX + 1024))
