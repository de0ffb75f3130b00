"""Journal.open(defer_entries=True): the app's unlock decodes entries after the window shows.

Whatever is asked while entries wait must be answered as if they were all there: these tests ask each
kind of question before load_more() ran and compare with a journal that decoded everything at open.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import time

import pytest

from integration_journal.core import codec
from integration_journal.core import records as r
from integration_journal.core.journal import _ENTRY_PAYLOAD, Journal
from integration_journal.core.store import MemoryStore
from integration_journal.errors import NotFound, UsageError
from tests.helpers.records import T0, minute_clock, one_of_each, rid

UTC = dt.timezone.utc
ENTRIES = 25


@pytest.fixture
def store() -> MemoryStore:
    """Every kind once, plus ENTRIES dated entries (one edited, so it has history) and a check-in."""
    store = MemoryStore()
    journal = Journal.open(store, minute_clock(), tz=UTC)
    journal.add_many(one_of_each())
    for n in range(ENTRIES):
        journal.add(r.Entry(title=f"entry {n}", body=f"body number {n}", tags=("n",),
                            created=T0 + dt.timedelta(days=n)), keep_timestamps=True)
    first = next(e for e in journal.list(kind=r.Entry) if e.title == "entry 0")
    journal.update(dataclasses.replace(first, title="entry 0, edited"))
    return store


def deferred(store: MemoryStore) -> Journal:
    journal = Journal.open(store, minute_clock(), tz=UTC, defer_entries=True)
    assert journal.loading, "the fixture has entries: some must wait"
    return journal


def eager(store: MemoryStore) -> Journal:
    return Journal.open(store, minute_clock(), tz=UTC)


def test_every_entry_payload_starts_the_way_open_recognises_and_no_other_kind_does() -> None:
    """The prefix is how Codec.encode starts an entry; were that to change, entries would simply be
    decoded at open (correct, only slower): this test says so before the bench does."""
    for record in one_of_each():
        assert codec.encode(record).startswith(_ENTRY_PAYLOAD) == (type(record) is r.Entry), type(record)


def test_other_kinds_are_there_at_once_and_entries_wait(store: MemoryStore) -> None:
    journal = deferred(store)
    want = eager(store)
    assert journal.list(kind=r.CheckIn) == want.list(kind=r.CheckIn)
    assert journal.list(kind=r.TreatmentSession) == want.list(kind=r.TreatmentSession)
    assert journal.loading, "lists of other kinds do not wait for entries"
    assert journal.load_more(10) is True and journal.loading
    waiting = len(journal._pending)
    assert journal.load_more(0) is True and len(journal._pending) == waiting - 1  # a step always makes progress
    assert journal.load_more(10_000) is False and not journal.loading
    assert journal.list() == want.list()
    assert journal.load_more() is False


@pytest.mark.parametrize("question", [
    "list_entries", "list_all", "list_tuple", "len", "iter", "get", "contains", "search", "history",
    "trash", "resolve_prefix", "resolve_full", "damaged",
])
def test_any_question_that_could_meet_an_entry_sees_all_of_them(store: MemoryStore, question: str) -> None:
    journal, want = deferred(store), eager(store)
    entry = next(e for e in want.list(kind=r.Entry) if e.title == "entry 0, edited")
    assert want.history(entry.id), "an entry with history"
    ask = {
        "list_entries": lambda j: j.list(kind="entry"),
        "list_all": lambda j: j.list(),
        "list_tuple": lambda j: j.list(kind=(r.CheckIn, r.Entry)),
        "len": len,
        "iter": lambda j: sorted(x.id for x in j),
        "get": lambda j: j.get(entry.id),
        "contains": lambda j: entry.id in j,
        "search": lambda j: [hit.record.id for hit in j.search("number")],
        "history": lambda j: j.history(entry.id),
        "trash": lambda j: j.trash(),
        "resolve_prefix": lambda j: j.resolve_id(entry.id.hex()[:31]),
        "resolve_full": lambda j: j.resolve_id(entry.id.hex()),
        "damaged": lambda j: j.damaged,
    }[question]
    assert ask(journal) == ask(want)
    if question != "history":  # an entry's history is decoded at open: it needs no entry
        assert not journal.loading


def test_a_deleted_entry_in_the_trash_and_changes_while_entries_wait(store: MemoryStore) -> None:
    journal = eager(store)
    doomed = journal.list(kind=r.Entry)[0]
    journal.delete(doomed.id)
    journal = deferred(store)
    assert [s.of_id for s in journal.trash()] == [doomed.id]

    journal = deferred(store)
    kept = eager(store).list(kind=r.Entry)[0]
    with pytest.raises(UsageError):  # the id of an entry not decoded yet is taken all the same
        journal.add(r.Entry(id=kept.id))
    journal = deferred(store)
    journal.delete(kept.id)
    assert kept.id not in journal and not journal.loading
    journal = deferred(store)
    checkin = journal.add(r.CheckIn(date=dt.date(2026, 1, 2), mood=5, anxiety=3))  # no entry involved
    assert journal.get(checkin.id) == checkin
    assert journal.list(kind=r.Entry) == eager(store).list(kind=r.Entry)


def test_unknown_ids_are_still_not_found(store: MemoryStore) -> None:
    journal = deferred(store)
    with pytest.raises(NotFound):
        journal.get(rid(999))
    assert not journal.loading
    assert rid(998) not in deferred(store)


def test_a_damaged_entry_is_reported_once_it_is_decoded(store: MemoryStore) -> None:
    bad = codec.encode(r.Entry(title="bad")).replace(b'"v":1', b'"v":9')
    assert bad.startswith(_ENTRY_PAYLOAD)
    with store.transaction() as tx:
        tx.put(rid(7), bad)
    journal = deferred(store)
    assert journal.damaged_so_far == ()
    while journal.load_more(5):
        pass
    assert [d.record_id for d in journal.damaged_so_far] == [rid(7)]
    assert [d.record_id for d in deferred(store).damaged] == [rid(7)]  # damaged waits for all


def test_decoding_on_another_thread_never_shows_a_reader_part_of_the_journal(store: MemoryStore) -> None:
    """The app decodes in steps on the UI thread while an import may read on a worker (and the other
    way round): a reader that asks while a step is decoding waits for it, never sees part of it."""
    want = {e.id for e in eager(store).list(kind=r.Entry)}
    size = len(eager(store))
    for question, step in [("contains", 3), ("len", 3), ("contains", 1000), ("len", 1000)]:
        journal = deferred(store)
        decoding = threading.Event()
        decode = journal._decode

        def slow_decode(batch: list, decode=decode, decoding=decoding) -> None:
            decoding.set()
            time.sleep(0.02)  # a reader asks meanwhile
            decode(batch)

        journal._decode = slow_decode  # type: ignore[method-assign]
        worker = threading.Thread(target=journal.load_more, args=(step,))
        worker.start()
        assert decoding.wait(5)
        if question == "len":
            assert len(journal) == size
        else:
            assert [entry_id for entry_id in want if entry_id not in journal] == []
        worker.join()
        assert {e.id for e in journal.list(kind=r.Entry)} == want
