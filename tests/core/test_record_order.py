"""The list order kept as records come and go (core/record_order.py, used by Journal.list and count)
is always exactly the order a plain sort by search.sort_key gives: checked against that sort after
random adds, edits, deletes and decoded batches, on the structure alone and through a Journal."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integration_journal.core import record_order
from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.record_order import OrderedRecords, order_key
from integration_journal.core.search import sort_key
from integration_journal.core.store import MemoryStore
from tests.helpers.records import minute_clock

BASE = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.timezone.utc)
# A few minutes and offsets, so that equal instants, equal dates and id ties come up often.
offsets = st.sampled_from([dt.timezone.utc, dt.timezone(dt.timedelta(hours=2)),
                           dt.timezone(dt.timedelta(hours=-5, minutes=-30))])
minutes = st.integers(min_value=0, max_value=6)


@st.composite
def moments(draw) -> dt.datetime:
    """An aware datetime with a fixed offset, as the codec gives every stored one."""
    return (BASE + dt.timedelta(minutes=30 * draw(minutes))).astimezone(draw(offsets))


@st.composite
def records(draw) -> r.Record:
    created = draw(moments())
    record_id = bytes([draw(st.integers(0, 9))]) + bytes(15)  # ids collide: one place per id
    kind = draw(st.sampled_from(["entry", "checkin", "session"]))
    if kind == "entry":
        return r.Entry(id=record_id, title="t", created=created, updated=created)
    if kind == "checkin":
        day = dt.date(2024, 3, 1) + dt.timedelta(days=draw(st.integers(0, 2)))
        return r.CheckIn(id=record_id, date=day, mood=5, anxiety=5, created=created, updated=created)
    return r.TreatmentSession(id=record_id, when=draw(moments()), route=r.Route.NASAL, setting=r.Setting.CLINIC,
                              created=created, updated=created)


def edited(record: r.Record) -> r.Record:
    """The record with a text changed and its dates kept."""
    field = {r.Entry: "title", r.CheckIn: "note", r.TreatmentSession: "notes"}[type(record)]
    return dataclasses.replace(record, **{field: "edited"})


def newest_first(held: dict[bytes, r.Record]) -> list[r.Record]:
    return sorted(held.values(), key=sort_key, reverse=True)


def test_order_keys_sort_exactly_like_sort_key_at_the_ends_of_time() -> None:
    far = [dt.datetime(1, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=-23))),
           dt.datetime(1, 1, 1, 23, tzinfo=dt.timezone(dt.timedelta(hours=23))),
           dt.datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=dt.timezone(dt.timedelta(hours=-23))),
           dt.datetime(9999, 12, 31, tzinfo=dt.timezone.utc), BASE, BASE.astimezone(dt.timezone(dt.timedelta(hours=5)))]
    entries = [r.Entry(id=bytes([n]) * 16, title="t", created=moment, updated=moment) for n, moment in enumerate(far)]
    assert sorted(entries, key=order_key) == sorted(entries, key=sort_key)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["put", "put_many", "discard", "move", "retitle"]),
                          st.lists(records(), min_size=1, max_size=12)), max_size=25),
       st.integers(min_value=1, max_value=4))
def test_kept_order_equals_a_plain_sort_after_any_changes(steps, bucket) -> None:
    record_order.BUCKET = bucket  # tiny buckets: splits and emptied buckets happen all the time
    try:
        ordered, held = OrderedRecords(), {}
        for action, batch in steps:
            if action == "put":
                for record in batch:
                    if record.id in held:
                        ordered.discard(held[record.id])
                    ordered.put(record)
                    held[record.id] = record
            elif action == "put_many":  # a decoded batch: new ids only, as Journal._placed gets them
                fresh = {rec.id: rec for rec in batch if rec.id not in held}
                ordered.put_many(fresh.values())
                held.update(fresh)
            elif action == "discard":
                for record in batch:
                    known = held.pop(record.id, None)
                    assert ordered.discard(known if known is not None else record) == (known is not None)
            elif action == "retitle":  # an edit that kept the dates: put alone replaces it in place
                for record in batch:
                    if record.id in held:
                        retitled = edited(held[record.id])
                        ordered.put(retitled)
                        held[record.id] = retitled
            else:  # an edit that moved a record: same id, other dates
                for record in batch:
                    if record.id in held:
                        ordered.discard(held[record.id])
                        moved = dataclasses.replace(held[record.id], created=record.created,
                                                    updated=record.created)
                        ordered.put(moved)
                        held[record.id] = moved
            assert ordered.newest_first() == newest_first(held)
            assert len(ordered) == len(held)
            assert list(ordered) == newest_first(held)[::-1]
    finally:
        record_order.BUCKET = 512


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["add", "update", "delete", "reopen"]), records(),
                          st.integers(1, 5)), max_size=20))
def test_journal_lists_and_counts_as_a_plain_sort_would(steps) -> None:
    """Through the Journal: adds, edits that move a record, deletes, and a re-open whose entries are
    decoded in batches (load_more) while lists are asked for in between."""
    store = MemoryStore()
    journal = Journal.open(store, minute_clock(), tz=dt.timezone.utc)
    kinds = (r.Entry, r.CheckIn, r.TreatmentSession, None, (r.Entry, r.CheckIn))

    def check(journal: Journal) -> None:
        truth = Journal.open(store, minute_clock(), tz=dt.timezone.utc)._records  # decoded afresh
        for kind in kinds:
            wanted = [rec.id for rec in sorted(
                (rec for rec in truth.values() if isinstance(rec, kind or (r.Entry, r.CheckIn, r.TreatmentSession))),
                key=sort_key, reverse=True)]
            assert [rec.id for rec in journal.list(kind=kind, light=True)] == wanted
            assert journal.count(kind) == len(wanted)

    check(journal)  # the kept order exists from here on: every change below updates it
    for action, record, step in steps:
        held = journal._records.get(record.id)
        if action == "add" and held is None:
            journal.add(record, keep_timestamps=True)
        elif action == "update" and held is not None and type(held) is type(record):
            journal.update(dataclasses.replace(record, created=record.created))
        elif action == "delete" and held is not None:
            journal.delete(record.id)
        elif action == "reopen":
            journal = Journal.open(store, minute_clock(), tz=dt.timezone.utc, defer_entries=True, light=True)
            journal.list(kind=r.CheckIn)  # the order is kept before the entries arrive
            while journal.load_more(step):
                assert journal.count(r.CheckIn) == len([x for x in journal._records.values()
                                                        if isinstance(x, r.CheckIn)])
        check(journal)
