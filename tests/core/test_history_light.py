"""History snapshots held light (issue #16): an earlier revision's payload is read from the store when
someone asks for it (history, trash, restore), not held for the session. Schema 2 stores it raw after
the envelope, so the vault's record index keeps none of it; snapshots written as schema 1 (base64 in the
JSON) read exactly as before and are held light all the same."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json

from integration_journal.core import codec
from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.store import MemoryStore
from tests.helpers.records import minute_clock

UTC = dt.timezone.utc
BODY = "What changed after the third session. " * 40


def _journal_with_history(store: MemoryStore) -> bytes:
    journal = Journal.open(store, minute_clock(), tz=UTC)
    entry = journal.add(r.Entry(title="First thoughts", body=BODY))
    journal.update(dataclasses.replace(journal.get(entry.id), title="Second thoughts"))
    gone = journal.add(r.Entry(title="Deleted later", body=BODY + "gone"))
    journal.delete(gone.id)
    return entry.id


def _as_schema_1(payload: bytes) -> bytes:
    """A schema 2 history payload written the way schema 1 wrote it: the payload as base64 in the JSON."""
    head, raw = payload.split(b"\0", 1)
    document = json.loads(head)
    assert document["k"] == "history" and document["v"] == 2
    document["v"] = 1
    document["d"]["payload"] = base64.b64encode(raw).decode("ascii")
    return json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def test_a_new_snapshot_is_schema_2_with_its_payload_raw():
    snapshot = r.HistorySnapshot(of_id=bytes(range(16)), revision=3, deleted=False, payload=b"\x00inner\xff")
    payload = codec.encode(snapshot)
    head, raw = payload.split(b"\0", 1)
    assert json.loads(head)["v"] == 2 and "payload" not in json.loads(head)["d"]
    assert raw == b"\x00inner\xff"
    assert codec.decode(snapshot.id, payload) == snapshot
    light, cut = codec.DEFAULT_CODEC.light_payload(payload)
    assert cut and light == head + b"\0"  # what the record index keeps: no earlier revision at all


def test_snapshots_are_held_light_and_history_and_trash_give_them_whole():
    store = MemoryStore()
    entry_id = _journal_with_history(store)
    whole = Journal.open(store, minute_clock(), tz=UTC)
    light = Journal.open(store, minute_clock(), tz=UTC, light=True)
    held = light.history(entry_id, light=True)
    assert [s.payload for s in held] == [b""] and light.is_light(held[0])
    assert light.history(entry_id) == whole.history(entry_id)
    assert codec.decode(entry_id, light.history(entry_id)[0].payload).title == "First thoughts"
    assert light.trash() == whole.trash() and light.trash()[0].payload
    restored = light.restore(light.trash()[0].id)
    assert restored.body == BODY + "gone"


def test_schema_1_snapshots_in_a_vault_read_as_before_and_are_held_light():
    store = MemoryStore()
    entry_id = _journal_with_history(store)
    for record_id, (revision, payload) in list(store._rows.items()):
        if payload.startswith(b'{"k":"history"'):
            store._rows[record_id] = (revision, _as_schema_1(payload))
    whole = Journal.open(store, minute_clock(), tz=UTC)
    light = Journal.open(store, minute_clock(), tz=UTC, light=True)
    assert not whole.damaged and not light.damaged
    [held] = light.history(entry_id, light=True)
    assert held.payload == b"" and light.is_light(held)
    assert light.history(entry_id) == whole.history(entry_id)
    assert codec.decode(entry_id, whole.history(entry_id)[0].payload).title == "First thoughts"
    assert light.trash() == whole.trash()
