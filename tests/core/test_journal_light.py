"""Journal.open(light=True): records with raw fields (entry bodies, received payloads) are held light and
read whole on demand (docs/architecture.md, "Decode on demand").

Every question that does not pass `light=True` must be answered exactly as by a journal that holds
everything whole; these tests compare the two on the same store, and check that a light list never
leads to a body cut short on disk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from integration_journal.core import codec
from integration_journal.core import journal as journal_module
from integration_journal.core import records as r
from integration_journal.core.codec import LIGHT_TEXT_CHARS
from integration_journal.core.journal import Journal
from integration_journal.core.store import DamagedRecord, MemoryStore
from integration_journal.errors import NotFound
from tests.helpers.records import T0, minute_clock, one_of_each

UTC = dt.timezone.utc
LONG = "Long body. " + "word " * 400 + "needle-at-the-end"
UNICODE = "é" * 200 + "😀" * 200 + " ünïcode-tail"


def _received(n: int) -> r.ReceivedItem:
    inner = r.Entry(title=f"shared {n}", body="shared body " * 50)
    return r.ReceivedItem(sender_id=bytes(16), bundle_id=bytes([n]) * 16, sequence=n, item_kind="entry",
                          item_id=inner.id, payload=codec.encode(inner), received_at=T0)


@pytest.fixture
def store() -> MemoryStore:
    store = MemoryStore()
    journal = Journal.open(store, minute_clock(), tz=UTC)
    journal.add_many(one_of_each())
    for n, body in enumerate(("short body", LONG, UNICODE, "x" * LIGHT_TEXT_CHARS, "y" * (LIGHT_TEXT_CHARS + 1))):
        journal.add(r.Entry(title=f"entry {n}", body=body, tags=("t",), created=T0 + dt.timedelta(days=n)),
                    keep_timestamps=True)
    journal.add_many([_received(n) for n in range(3)])
    return store


def _pair(store: MemoryStore) -> tuple[Journal, Journal]:
    return (Journal.open(store, minute_clock(), tz=UTC),
            Journal.open(store, minute_clock(), tz=UTC, light=True))


def test_every_ordinary_question_gets_the_whole_answer(store):
    whole, light = _pair(store)
    assert light.list() == whole.list()
    assert light.list(kind=r.Entry, tag="t") == whole.list(kind=r.Entry, tag="t")
    assert light.list(kind=r.ReceivedItem) == whole.list(kind=r.ReceivedItem)
    assert sorted(light, key=lambda x: x.id) == sorted(whole, key=lambda x: x.id)
    assert len(light) == len(whole)
    for record in whole.list():
        assert light.get(record.id) == record
    ids = [e.id for e in whole.list(kind=r.Entry)]
    assert light.get_many(ids) == whole.get_many(ids) == whole.list(kind=r.Entry)


def test_light_lists_hold_cut_bodies_and_empty_payloads(store):
    whole, light = _pair(store)
    held = {e.title: e for e in light.list(kind=r.Entry, light=True)}
    full = {e.title: e for e in whole.list(kind=r.Entry)}
    assert held.keys() == full.keys()
    for title, entry in held.items():
        assert len(entry.body) <= LIGHT_TEXT_CHARS
        assert full[title].body.startswith(entry.body)
        assert (entry.title, entry.tags, entry.created, entry.id) == (full[title].title, full[title].tags,
                                                                        full[title].created, full[title].id)
        assert light.is_light(entry) == (len(full[title].body) > LIGHT_TEXT_CHARS)
    assert held["entry 0"] == full["entry 0"]  # short enough to be whole
    assert held["entry 3"] == full["entry 3"]  # exactly the kept length: whole
    assert len(held["entry 2"].body) == LIGHT_TEXT_CHARS  # cut by characters, not bytes
    assert all(item.payload == b"" and light.is_light(item) for item in light.list(kind=r.ReceivedItem, light=True))
    assert not any(whole.is_light(e) for e in whole.list(light=True))  # a whole journal holds no light record


def test_an_edit_of_a_light_record_keeps_its_stored_body(store):
    _, light = _pair(store)
    listed = next(e for e in light.list(kind=r.Entry, light=True) if e.title == "entry 1")
    assert light.is_light(listed)
    saved = light.update(dataclasses.replace(listed, title="entry 1, renamed"))
    assert saved.body == LONG
    assert light.get(listed.id).body == LONG
    assert Journal.open(store, tz=UTC).get(listed.id).body == LONG  # on disk too
    [snapshot] = light.history(listed.id)
    assert codec.decode(listed.id, snapshot.payload).body == LONG  # history keeps the whole earlier revision
    # A new body given on purpose is saved as given.
    relisted = next(e for e in light.list(kind=r.Entry, light=True) if e.id == listed.id)
    light.update(dataclasses.replace(relisted, body="now short"))
    assert Journal.open(store, tz=UTC).get(listed.id).body == "now short"


def test_an_unchanged_light_record_is_not_written(store):
    _, light = _pair(store)
    listed = next(e for e in light.list(kind=r.Entry, light=True) if e.title == "entry 1")
    assert light.update(listed) == light.get(listed.id)
    assert light.history(listed.id) == []


def test_search_covers_the_whole_text_and_gives_the_held_record(store):
    whole, light = _pair(store)
    [hit] = light.search("needle-at-the-end")
    assert hit.record.title == "entry 1" and light.is_light(hit.record)
    assert [h.record.id for h in light.search("ünïcode-tail")] == [h.record.id for h in whole.search("ünïcode-tail")]
    added = light.add(r.Entry(title="late", body="z " * 400 + "fresh-word"))
    assert [h.record.id for h in light.search("fresh-word")] == [added.id]


def test_whole_records_are_cached_within_a_bound(store, monkeypatch):
    monkeypatch.setattr(journal_module, "FULL_CACHE_SIZE", 2)
    _, light = _pair(store)
    reads = []
    original = store.read_many
    monkeypatch.setattr(store, "read_many", lambda ids: reads.append(list(ids)) or original(reads[-1]))
    entries = [e for e in light.list(kind=r.Entry, light=True) if light.is_light(e)]
    assert len(entries) >= 3
    for entry in entries:
        light.get(entry.id)
    assert len(light._whole_cache) == 2
    reads.clear()
    light.get(entries[-1].id)  # still cached
    assert reads == []
    light.get(entries[0].id)  # evicted: read again
    assert reads == [[entries[0].id]]


def test_a_record_damaged_since_unlock_is_reported_not_shown(store):
    _, light = _pair(store)
    entry = next(e for e in light.list(kind=r.Entry, light=True) if light.is_light(e))
    store.read_many = lambda ids: ([], [DamagedRecord(i, "it could not be decrypted") for i in ids])
    with pytest.raises(NotFound, match="could not be decrypted"):
        light.get(entry.id)
    assert entry.id in {d.record_id for d in light.damaged}
    assert entry.id not in light


def test_an_added_record_is_held_light_and_read_back_whole(store):
    _, light = _pair(store)
    added = light.add(r.Entry(title="new", body=LONG))
    held = light.get_light(added.id)
    assert light.is_light(held) and len(held.body) == LIGHT_TEXT_CHARS
    assert light.get(added.id) == added


def test_a_light_record_listed_before_an_earlier_edit_still_keeps_the_body(store):
    _, light = _pair(store)
    stale = next(e for e in light.list(kind=r.Entry, light=True) if e.title == "entry 1")
    light.update(dataclasses.replace(light.get(stale.id), tags=("edited",)))  # held record replaced
    light.update(dataclasses.replace(stale, title="from an old list"))
    saved = Journal.open(store, tz=UTC).get(stale.id)
    assert (saved.title, saved.body) == ("from an old list", LONG)
    # Also once the body became short (the record is whole again).
    light.update(dataclasses.replace(light.get(stale.id), body="short now"))
    light.update(dataclasses.replace(stale, title="older list again"))
    assert Journal.open(store, tz=UTC).get(stale.id).body == "short now"


def test_a_light_record_from_before_an_edit_is_still_known_as_light(store):
    _, light = _pair(store)
    stale = next(e for e in light.list(kind=r.Entry, light=True) if e.title == "entry 1")
    light.update(dataclasses.replace(light.get(stale.id), title="renamed"))
    assert light.is_light(stale)
    assert not light.is_light(light.get(stale.id))


def test_reading_whole_never_holds_the_journal_lock_while_the_store_works(store):
    """The vault takes its own lock, and an acceptance holds it while it asks the journal: a read of
    light records must not hold the journal's lock while it waits for the store (no lock-order cycle)."""
    import threading

    _, light = _pair(store)
    seen = []
    original = store.read_many

    def read_many(ids):
        ids = list(ids)
        probe = threading.Thread(target=lambda: seen.append(light._mutex.acquire(timeout=2) and light._mutex.release()
                                                            is None))
        probe.start()
        probe.join()
        return original(ids)

    store.read_many = read_many
    entry = next(e for e in light.list(kind=r.Entry, light=True) if light.is_light(e))
    light.get(entry.id)
    light.list(kind=r.Entry)
    light.search("needle-at-the-end")
    assert seen and all(seen)


def test_an_entry_saved_while_the_index_is_built_is_found(store):
    _, light = _pair(store)
    original = store.read_many
    added = []

    def read_many(ids):
        if not added:  # the first read of the build: another save lands now
            added.append(light.add(r.Entry(title="meanwhile", body="w " * 300 + "midbuild-word")))
            light.delete(next(e.id for e in light.list(kind=r.Entry, light=True) if e.title == "entry 1"))
        return original(ids)

    store.read_many = read_many
    assert [h.record.id for h in light.search("midbuild-word")] == [added[0].id]
    assert light.search("needle-at-the-end") == []  # entry 1 was deleted meanwhile
