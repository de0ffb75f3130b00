"""PromptPackRecord: an imported or authored prompt pack, kept as its file bytes."""

from __future__ import annotations

from typing import ClassVar

from integration_journal.core.records.base import Record, _record
from integration_journal.core.records.validation import (
    LINE_MAX,
    _set,
    check_blob,
    check_bool,
    check_identifier,
    check_int,
    check_text,
)


@_record
class PromptPackRecord(Record):
    """An imported or authored prompt pack, stored as its (signed) file bytes."""

    KIND: ClassVar[str] = "prompt_pack"

    pack_id: str
    title: str
    version: int
    content: bytes
    signer_fingerprint: bytes | None = None
    enabled: bool = True

    def _validate(self) -> None:
        check_identifier("pack_id", self.pack_id)
        check_text("title", self.title, LINE_MAX, required=True)
        check_int("version", self.version, 1, None)
        _set(self, "content", check_blob("content", self.content))
        if self.signer_fingerprint is not None:
            _set(self, "signer_fingerprint", check_blob("signer_fingerprint", self.signer_fingerprint, 64))
        check_bool("enabled", self.enabled)
