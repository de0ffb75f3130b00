"""The app's full JSON export (docs/export-format.md) and its all-or-nothing import into a Journal."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from typing import Any

from integration_journal.core import json_limits
from integration_journal.core.codec import DEFAULT_CODEC, Codec
from integration_journal.core.journal import Journal
from integration_journal.core.records import RECORD_TYPES, HistorySnapshot, Record
from integration_journal.errors import ImportRejected, UndecodableRecord, ValidationError

FORMAT = "integration-journal-export"
VERSION = 1
TOP_LEVEL_KEYS = frozenset(("format", "version", "exported", "records"))
# Keys every exported record has; the kind's own fields sit beside them (no field uses these names).
RECORD_KEYS = ("id", "kind", "schema", "created", "updated")

_KIND_ORDER = {cls.KIND: index for index, cls in enumerate(RECORD_TYPES)}
# Never in a plaintext export: the private sharing keys. Encrypted backups keep them; a journal built
# from an export makes new ones on first use, and its contacts see a key change to verify again.
NOT_EXPORTED = frozenset(("identity",))
_HEX_ID = re.compile(r"[0-9a-fA-F]{32}\Z")


def export_document(journal: Journal, *, exported: dt.datetime | None = None,
                    codec: Codec = DEFAULT_CODEC) -> dict[str, Any]:
    """Every record of the journal (history and security log included) as the export structure.

    Records come in a stable order (kind, then created, then id) so that exporting, importing into
    an empty journal and exporting again yields the same records. Writing nothing itself, this leaves
    recording the export in the audit log to the caller. Damaged records cannot be exported. The
    private sharing keys (NOT_EXPORTED) are left out.
    """
    records = sorted((r for r in journal if r.KIND not in NOT_EXPORTED),
                     key=lambda r: (_KIND_ORDER[r.KIND], r.created, r.id))
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported": (exported or journal.now()).isoformat(),
        "records": [record_to_json(record, codec) for record in records],
    }


def record_to_json(record: Record, codec: Codec = DEFAULT_CODEC) -> dict[str, Any]:
    """One record in export form: id, kind, schema, created, updated, then its own fields."""
    fields = codec.fields_to_json(record)  # raises ValidationError for a kind the codec lacks
    spec = codec.spec_for(record.KIND)
    version = spec.version if spec is not None else record.SCHEMA_VERSION
    head: dict[str, Any] = {"id": record.id.hex(), "kind": record.KIND, "schema": version,
                            "created": record.created.isoformat(), "updated": record.updated.isoformat()}
    for name, value in fields.items():
        # Plain JSON types all the way: tuple fields (tags, answers, …) become lists.
        head[name] = list(value) if isinstance(value, tuple) else value
    return head


def export_json(journal: Journal, *, exported: dt.datetime | None = None,
                codec: Codec = DEFAULT_CODEC) -> str:
    """The export as JSON text (UTF-8 when written to a file; plaintext: warn before saving it)."""
    return json.dumps(export_document(journal, exported=exported, codec=codec), ensure_ascii=False,
                      indent=1, allow_nan=False) + "\n"


# --- import --------------------------------------------------------------------------------------------

def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ImportRejected("The file has an object with a repeated key; it was not written by "
                                 "this app or has been edited.")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ImportRejected("The file contains NaN or Infinity, which are not valid JSON numbers.")


def parse_export(data: str | bytes, codec: Codec = DEFAULT_CODEC) -> list[Record]:
    """Check a whole export file and rebuild its records; ImportRejected names the first problem."""
    json_limits.check_value_count([data])  # before json.loads builds anything (ImportTooLarge)
    if isinstance(data, bytes | bytearray):
        try:
            data = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportRejected("The file is not UTF-8 text.") from None
    try:
        document = json.loads(data, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)
    except ValueError:  # JSONDecodeError; its message would quote positions, not content, but is technical
        raise ImportRejected("The file is not valid JSON.") from None
    except RecursionError:
        raise ImportRejected("The file is nested too deeply to be an export.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRejected("The file is not an Integration Journal export.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportRejected("The export's version is missing.")
    if version > VERSION:
        raise ImportRejected(f"The export was made by a newer version of the app (format version "
                             f"{version}; this version reads up to {VERSION}).")
    if version < 1:
        raise ImportRejected("The export's version is not valid.")
    if document.keys() != TOP_LEVEL_KEYS:
        raise ImportRejected("The export has missing or unexpected top-level entries.")
    exported = document["exported"]
    try:
        if not isinstance(exported, str) or dt.datetime.fromisoformat(exported).utcoffset() is None:
            raise ValueError
    except ValueError:
        raise ImportRejected("The export's date is not an ISO-8601 date and time with a time zone.") from None
    items = document["records"]
    if not isinstance(items, list):
        raise ImportRejected("The export's records are not a list.")
    json_limits.check_record_count(len(items))
    records: list[Record] = []
    seen: set[bytes] = set()
    for position, item in enumerate(items):
        record = _record_from_json(item, position, codec)
        if record.id in seen:
            raise ImportRejected("Its id appears earlier in the file as well.", position)
        seen.add(record.id)
        records.append(record)
    return records


def _record_from_json(item: Any, position: int, codec: Codec) -> Record:
    if not isinstance(item, dict):
        raise ImportRejected("It is not an object.", position)
    for key in RECORD_KEYS:
        if key not in item:
            raise ImportRejected(f"It has no {key}.", position)
    raw_id = item["id"]
    if not isinstance(raw_id, str) or not _HEX_ID.match(raw_id):
        raise ImportRejected("Its id is not 32 hexadecimal digits.", position)
    record_id = bytes.fromhex(raw_id)
    fields = {k: v for k, v in item.items() if k not in RECORD_KEYS}
    try:
        record = codec.from_parts(record_id, item["kind"], item["schema"], item["created"],
                                  item["updated"], fields)
        if isinstance(record, HistorySnapshot):
            # The earlier revision inside must be readable too, or restoring it later would fail.
            codec.decode(record.of_id, record.payload)
        # JSON escapes can smuggle in lone surrogates, text that could never be written back.
        codec.encode(record)
    except UndecodableRecord as error:
        raise ImportRejected(_sentence(error.reason), position) from None
    except ValidationError as error:
        raise ImportRejected(f"Field {error.field} {error.problem}.", position) from None
    return record


def _sentence(reason: str) -> str:
    return reason[:1].upper() + reason[1:] + ("" if reason.endswith(".") else ".")


def import_records(journal: Journal, records: Iterable[Record]) -> list[Record]:
    """Add already-parsed records in one transaction, refusing ids the journal already has."""
    batch = list(records)
    damaged = {d.record_id for d in journal.damaged}
    for position, record in enumerate(batch):
        if record.id in journal or record.id in damaged:
            raise ImportRejected("A record with its id is already in this journal.", position)
    return journal.add_many(batch, keep_timestamps=True)


def import_json(journal: Journal, data: str | bytes, codec: Codec = DEFAULT_CODEC) -> list[Record]:
    """Validate a whole export, then add every record in one transaction: all of them or none."""
    return import_records(journal, parse_export(data, codec))
