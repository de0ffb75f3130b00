"""The Journal service: changes, history, ids, listing, and all-or-nothing transactions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from integration_journal.core import codec
from integration_journal.core import records as r
from integration_journal.core.journal import MAX_HISTORY, Journal
from integration_journal.core.store import DamagedRecord, MemoryStore
from integration_journal.errors import (
    AmbiguousId,
    NotFound,
    StorageFull,
    UsageError,
    ValidationError,
)
from tests.helpers.clocks import TickingClock
from tests.helpers.records import T0, FlakyStore, minute_clock, one_of_each, rid

UTC = dt.timezone.utc


@pytest.fixture
def clock() -> TickingClock:
    return minute_clock()


@pytest.fixture
def store() -> FlakyStore:
    return FlakyStore()


@pytest.fixture
def journal(store: FlakyStore, clock: TickingClock) -> Journal:
    return Journal.open(store, clock, tz=UTC)


def reopen(journal: Journal, store: MemoryStore) -> Journal:
    return Journal.open(store, minute_clock(), tz=UTC)


def test_add_stamps_the_journal_clock_and_persists(journal: Journal, store: FlakyStore) -> None:
    entry = journal.add(r.Entry(title="First", created=dt.datetime(2000, 1, 1, tzinfo=UTC)))
    assert entry.created == entry.updated == T0 + dt.timedelta(minutes=1)
    assert journal.get(entry.id) == entry
    again = reopen(journal, store)
    assert again.get(entry.id) == entry
    assert again.damaged == ()


def test_add_can_keep_the_records_own_timestamps(journal: Journal) -> None:
    when = dt.datetime(2020, 5, 5, 12, tzinfo=UTC)
    entry = journal.add(r.Entry(created=when), keep_timestamps=True)
    assert entry.created == when == entry.updated


def test_add_refuses_an_existing_id(journal: Journal, store: FlakyStore) -> None:
    entry = journal.add(r.Entry())
    before = store.rows()
    with pytest.raises(UsageError, match="already exists"):
        journal.add(r.Entry(id=entry.id))
    assert store.rows() == before


def test_get_unknown_id_is_not_found(journal: Journal) -> None:
    with pytest.raises(NotFound):
        journal.get(rid(1))


def test_update_bumps_updated_keeps_created_and_records_history(journal: Journal, store: FlakyStore) -> None:
    entry = journal.add(r.Entry(title="v1", body="first"))
    edited = journal.update(dataclasses.replace(entry, title="v2", created=T0 - dt.timedelta(days=9)))
    assert edited.created == entry.created
    assert edited.updated > entry.updated
    assert journal.get(entry.id).title == "v2"
    [snapshot] = journal.history(entry.id)
    assert snapshot.of_id == entry.id and not snapshot.deleted and snapshot.revision == 1
    assert codec.decode(entry.id, snapshot.payload) == entry
    again = reopen(journal, store)
    assert [s.id for s in again.history(entry.id)] == [snapshot.id]
    assert again.get(entry.id) == edited


def test_update_without_changes_writes_nothing(journal: Journal, store: FlakyStore) -> None:
    entry = journal.add(r.Entry(title="same"))
    before = store.rows()
    assert journal.update(dataclasses.replace(entry)) == entry
    assert store.rows() == before and journal.history(entry.id) == []


def test_update_refuses_unknown_ids_kind_changes_and_append_only_kinds(journal: Journal) -> None:
    entry = journal.add(r.Entry())
    with pytest.raises(NotFound):
        journal.update(r.Entry())
    with pytest.raises(UsageError):
        journal.update(r.Reframe(id=entry.id, old_thought="a", new_perspective="b"))
    event = journal.audit("unlock")
    with pytest.raises(UsageError):
        journal.update(dataclasses.replace(event, event="other"))
    with pytest.raises(UsageError):
        journal.delete(event.id)


def test_history_keeps_the_last_ten_revisions(journal: Journal, store: FlakyStore) -> None:
    entry = journal.add(r.Entry(title="0"))
    for n in range(1, 16):
        entry = journal.update(dataclasses.replace(entry, title=str(n)))
    history = journal.history(entry.id)
    assert len(history) == MAX_HISTORY
    titles = [codec.decode(entry.id, s.payload).title for s in history]
    assert titles == [str(n) for n in range(14, 4, -1)]  # newest first, 0-4 pruned
    stored = reopen(journal, store).list(kind=r.HistorySnapshot)
    assert len(stored) == MAX_HISTORY  # pruned in the store too, not only in memory


def test_drafts_keep_no_history(journal: Journal) -> None:
    draft = journal.add(r.Draft(target_kind="entry", state={"text": "a"}))
    journal.update(dataclasses.replace(draft, state={"text": "ab"}))
    assert journal.history(draft.id) == []
    journal.delete(draft.id)
    assert draft.id not in journal and journal.trash() == []


def test_delete_keeps_content_restorable(journal: Journal, store: FlakyStore) -> None:
    entry = journal.add(r.Entry(title="keep me"))
    journal.delete(entry.id)
    assert entry.id not in journal
    with pytest.raises(NotFound):
        journal.get(entry.id)
    [trashed] = journal.trash()
    assert trashed.deleted and trashed.of_id == entry.id
    again = reopen(journal, store)
    assert [s.id for s in again.trash()] == [trashed.id]
    restored = journal.restore(trashed.id)
    assert restored.id == entry.id and restored.title == "keep me"
    assert restored.created == entry.created and restored.updated > entry.updated
    assert journal.trash() == []
    assert reopen(journal, store).get(entry.id) == restored


def test_restore_an_earlier_revision_of_a_live_record(journal: Journal) -> None:
    entry = journal.add(r.Entry(title="one"))
    journal.update(dataclasses.replace(entry, title="two"))
    journal.update(dataclasses.replace(entry, title="three"))
    oldest = journal.history(entry.id)[-1]
    restored = journal.restore(oldest.id)
    assert restored.title == "one" and journal.get(entry.id).title == "one"
    latest_snapshot = journal.history(entry.id)[0]
    assert codec.decode(entry.id, latest_snapshot.payload).title == "three"
    with pytest.raises(UsageError):
        journal.restore(entry.id)  # not a snapshot


def test_purge_removes_record_and_history_for_good(journal: Journal, store: FlakyStore) -> None:
    keep = journal.add(r.Entry(title="other"))
    entry = journal.add(r.Entry(title="a"))
    journal.update(dataclasses.replace(entry, title="b"))
    journal.delete(entry.id)
    journal.purge(entry.id)
    assert {row[0] for row in store.rows()} == {keep.id}
    with pytest.raises(NotFound):
        journal.history(entry.id)
    with pytest.raises(NotFound):
        journal.purge(entry.id)


def test_purge_a_damaged_record(store: FlakyStore, clock: TickingClock) -> None:
    with store.transaction() as tx:
        tx.put(rid(9), b"not json")
    journal = Journal.open(store, clock)
    assert [d.record_id for d in journal.damaged] == [rid(9)]
    journal.purge(rid(9))
    assert journal.damaged == () and store.rows() == set()


def test_open_reports_damaged_records_and_keeps_the_rest(store: FlakyStore) -> None:
    good = r.Entry(title="fine")
    with store.transaction() as tx:
        tx.put(good.id, codec.encode(good))
        tx.put(rid(1), b'{"k":"mystery","v":1,"c":"","u":"","d":{}}')
        tx.put(rid(2), codec.encode(r.Entry(title="x")).replace(b'"v":1', b'"v":9'))
    store.damaged.append(DamagedRecord(rid(3), "failed authentication"))
    journal = Journal.open(store)
    assert journal.get(good.id) == good
    reasons = {d.record_id: d.reason for d in journal.damaged}
    assert set(reasons) == {rid(1), rid(2), rid(3)}
    assert "kind" in reasons[rid(1)] and "schema 9" in reasons[rid(2)]
    with pytest.raises(UsageError):  # a damaged id is still taken
        journal.add(r.Entry(id=rid(1)))


def test_resolve_id_full_prefix_ambiguous_and_bad_input(journal: Journal) -> None:
    a = journal.add(r.Entry(id=bytes.fromhex("abcd1234" + "0" * 24)))
    journal.add(r.Entry(id=bytes.fromhex("abcd5678" + "0" * 24)))
    assert journal.resolve_id(a.id.hex()) == a.id
    assert journal.resolve_id("  ABCD1 ") == a.id
    with pytest.raises(AmbiguousId):
        journal.resolve_id("abcd")
    with pytest.raises(UsageError):
        journal.resolve_id("abc")
    with pytest.raises(UsageError):
        journal.resolve_id("zzzz")
    with pytest.raises(NotFound):
        journal.resolve_id("ffff")
    with pytest.raises(NotFound):
        journal.resolve_id("f" * 32)


def test_list_is_newest_first_and_filters(journal: Journal) -> None:
    at = lambda d, h=12: dt.datetime(2024, 3, d, h, tzinfo=UTC)  # noqa: E731
    old = journal.add(r.Entry(title="old", tags=["Sleep"], created=at(1)), keep_timestamps=True)
    new = journal.add(r.Entry(title="new", created=at(5)), keep_timestamps=True)
    # A session logged late is placed by when it happened, not when it was written.
    session = journal.add(r.TreatmentSession(when=at(3), route="iv", setting="clinic", created=at(9)),
                          keep_timestamps=True)
    check = journal.add(r.CheckIn(date=dt.date(2024, 3, 4), mood=5, anxiety=5, created=at(9)),
                        keep_timestamps=True)
    journal.audit("unlock")
    journal.update(dataclasses.replace(old, body="edited"))
    assert [x.id for x in journal.list()] == [new.id, check.id, session.id, old.id]
    assert [x.id for x in journal.list(kind="entry")] == [new.id, old.id]
    assert [x.id for x in journal.list(kind=r.Entry)] == [new.id, old.id]
    assert [x.id for x in journal.list(kind=(r.CheckIn, r.TreatmentSession))] == [check.id, session.id]
    assert len(journal.list(kind="audit")) == 1 and len(journal.list(kind="history")) == 1
    assert [x.id for x in journal.list(date_from=dt.date(2024, 3, 3), date_to=dt.date(2024, 3, 4))] == [
        check.id, session.id]
    assert [x.id for x in journal.list(date_to=dt.date(2024, 3, 1))] == [old.id]
    assert [x.id for x in journal.list(tag=" SLEEP ")] == [old.id]
    with pytest.raises(UsageError):
        journal.list(kind="nonsense")


def test_list_dates_are_local_days(store: FlakyStore) -> None:
    tz = dt.timezone(dt.timedelta(hours=2))
    journal = Journal.open(store, minute_clock(), tz=tz)
    late = journal.add(r.Entry(created=dt.datetime(2024, 3, 1, 23, 30, tzinfo=UTC)), keep_timestamps=True)
    assert journal.list(date_from=dt.date(2024, 3, 2), date_to=dt.date(2024, 3, 2)) == [late]
    assert journal.list(date_to=dt.date(2024, 3, 1)) == []


def test_audit_appends_events_without_content(journal: Journal) -> None:
    event = journal.audit("share_created", bundle_id=rid(5), items=3, verified=True)
    assert event.details == {"bundle_id": rid(5).hex(), "items": 3, "verified": True}
    assert journal.list(kind="audit") == [event]
    with pytest.raises(ValidationError):
        journal.audit("export", content={"title": "not allowed"})


def test_every_kind_can_be_added_and_read_back(journal: Journal, store: FlakyStore) -> None:
    for record in one_of_each():
        journal.add(record, keep_timestamps=True)
    again = reopen(journal, store)
    for record in one_of_each():
        assert again.get(record.id) == record


# --- all or nothing -------------------------------------------------------------------------------

def state(journal: Journal, store: FlakyStore) -> tuple[object, ...]:
    records = {x.id: x for x in journal}
    return (store.rows(), records, {i: journal.history(i) for i in records if not isinstance(
        records[i], r.HistorySnapshot)}, journal.trash())


@pytest.mark.parametrize("failure", ["fail_on_put", "fail_on_commit", "fail_on_delete"])
def test_a_failing_store_leaves_store_and_memory_unchanged(journal: Journal, store: FlakyStore,
                                                           failure: str) -> None:
    entry = journal.add(r.Entry(title="v0"))
    for n in range(1, MAX_HISTORY + 1):  # full history, so the next update also prunes (deletes)
        entry = journal.update(dataclasses.replace(entry, title=f"v{n}"))
    journal.search("v")  # build the index so its rollback is covered too
    before = state(journal, store)
    # fail_on_put=2: the first put of the transaction went through before the failure.
    setattr(store, failure, 2 if failure == "fail_on_put" else True)
    with pytest.raises(StorageFull):
        journal.update(dataclasses.replace(entry, title="never"))
    if failure != "fail_on_delete":
        with pytest.raises(StorageFull):
            journal.add_many([r.Entry(title="a"), r.Entry(title="b")])
    if failure == "fail_on_put":
        store.fail_on_put = 1  # a delete puts only its snapshot
    with pytest.raises(StorageFull):
        journal.delete(entry.id)
    assert state(journal, store) == before
    assert journal.get(entry.id).title == f"v{MAX_HISTORY}"
    assert [h.record.id for h in journal.search("never")] == []
    assert reopen(journal, store).get(entry.id) == entry


def test_an_unencodable_record_fails_before_the_store_is_touched(journal: Journal, store: FlakyStore) -> None:
    entry = journal.add(r.Entry(title="ok"))
    before = state(journal, store)
    with pytest.raises(ValidationError) as caught:
        journal.update(dataclasses.replace(entry, body="broken \udcff"))
    assert caught.value.field == "body"
    assert state(journal, store) == before


def test_add_many_is_one_transaction(journal: Journal, store: FlakyStore) -> None:
    first = r.Entry(title="a")
    with pytest.raises(UsageError):
        journal.add_many([first, r.Entry(title="b"), dataclasses.replace(first, title="dup")])
    assert store.rows() == set() and len(journal) == 0
    added = journal.add_many([first, r.Entry(title="b")])
    assert len(added) == 2 and len(store.rows()) == 2


def test_search_index_follows_changes(journal: Journal) -> None:
    entry = journal.add(r.Entry(title="lantern"))
    assert [h.record.id for h in journal.search("lantern")] == [entry.id]
    edited = journal.update(dataclasses.replace(entry, title="harbour"))
    assert journal.search("lantern") == []
    assert [h.record for h in journal.search("harb")] == [edited]
    journal.delete(entry.id)
    assert journal.search("harbour") == []
    journal.restore(journal.trash()[0].id)
    assert len(journal.search("harbour")) == 1


def test_clock_must_be_aware(store: FlakyStore) -> None:
    journal = Journal.open(store, lambda: dt.datetime(2024, 1, 1))
    with pytest.raises(UsageError):
        journal.add(r.Entry())
    assert store.rows() == set()


def test_list_follows_every_change_and_hands_out_its_own_list(journal: Journal) -> None:
    # list() keeps its sorted results until the next change: adds, edits and deletes must show at once.
    first = journal.add(r.Entry(title="first"))
    listed = journal.list(kind="entry")
    listed.clear()  # the caller's list; the journal's must not change
    assert [e.title for e in journal.list(kind="entry")] == ["first"]
    second = journal.add(r.Entry(title="second"))
    assert [e.id for e in journal.list(kind=r.Entry)] == [second.id, first.id]
    assert {x.id for x in journal.list()} >= {first.id, second.id}
    journal.update(dataclasses.replace(first, title="first, edited"))
    assert [e.title for e in journal.list(kind="entry")] == ["second", "first, edited"]
    journal.delete(second.id)
    assert [e.title for e in journal.list(kind="entry")] == ["first, edited"]
    assert journal.list(kind=(r.Entry, r.CheckIn)) == journal.list(kind="entry")



def test_another_thread_sees_a_batch_whole_or_not_at_all() -> None:
    """An import commits on a worker while the UI thread lists (reminders, page refreshes). Without
    the journal's lock, a list() in the middle of the commit saw part of the batch, and walked the
    record dict while the commit was filling it."""
    import threading

    journal = Journal.open(MemoryStore(), clock=minute_clock())
    batch = [r.Entry(title=f"imported {n}", created=T0, updated=T0) for n in range(50)]
    seen: list[int] = []
    reader = threading.Thread(target=lambda: seen.append(len(journal.list("entry"))))
    remember = journal._remember
    calls = 0

    def remember_then_look(record, revision) -> None:
        nonlocal calls
        remember(record, revision)
        calls += 1
        if calls == 10:  # mid-commit: let the other thread look now
            reader.start()
            reader.join(timeout=0.5)

    journal._remember = remember_then_look
    journal.add_many(batch)
    reader.join()
    assert seen == [50]
