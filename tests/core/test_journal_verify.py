"""Journal.verify_more: records the vault handed over unchecked (Vault._unverified, set by hand here as
the encrypted index will set it) are checked in steps; one found damaged leaves the journal exactly as
if unlocking had found it."""

from __future__ import annotations

import datetime as dt

import pytest

from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.store import MemoryStore
from integration_journal.errors import NotFound
from integration_journal.storage.vault import REASON_UNREADABLE
from tests.helpers.records import minute_clock
from tests.helpers.vaults import spoil_row

UTC = dt.timezone.utc


@pytest.fixture
def entries(new_vault) -> list[r.Entry]:
    journal = Journal.open(new_vault, minute_clock(), tz=UTC)
    added = [journal.add(r.Entry(title=f"walk {n}", body=f"by the river, day {n} " * 40)) for n in range(6)]
    journal.add(r.CheckIn(date=dt.date(2024, 3, 1), mood=5, anxiety=4))
    return added


def test_a_spoilt_row_found_in_steps_leaves_lists_counts_search_and_the_cache(new_vault, vault_path, entries):
    journal = Journal.open(new_vault, minute_clock(), tz=UTC, light=True)
    bad = entries[2]
    assert journal.get(bad.id).body == bad.body  # read whole once: now in the cache of whole records
    assert len(journal.search("river")) == 6
    spoil_row(vault_path, bad.id)
    new_vault._unverified = sorted(journal._records)
    assert len(new_vault._unverified) == 7 and journal.verifying
    steps = 1
    while journal.verify_more(3):  # 3, 3, then the last one
        steps += 1
    assert steps == 3
    assert not journal.verifying
    assert [(d.record_id, d.reason) for d in journal.damaged] == [(bad.id, REASON_UNREADABLE)]
    assert bad.id not in journal
    assert [e.id for e in journal.list(kind=r.Entry)] == [e.id for e in reversed(entries) if e.id != bad.id]
    assert journal.count(r.Entry) == 5
    assert len(journal.search("river")) == 5
    with pytest.raises(NotFound):
        journal.get(bad.id)  # not served from the cache of whole records


def test_a_deferred_entry_found_damaged_is_never_decoded_after(new_vault, vault_path, entries):
    journal = Journal.open(new_vault, minute_clock(), tz=UTC, light=True, defer_entries=True)
    assert journal.loading
    bad = entries[0]
    spoil_row(vault_path, bad.id)
    new_vault._unverified = [bad.id]
    assert journal.verify_more(500) is False
    assert [d.record_id for d in journal.damaged_so_far] == [bad.id]
    while journal.load_more(2):
        pass
    assert journal.count(r.Entry) == 5
    assert bad.id not in journal


def test_rows_that_are_fine_change_nothing(new_vault, entries):
    journal = Journal.open(new_vault, minute_clock(), tz=UTC, light=True)
    before = journal.list()
    new_vault._unverified = sorted(journal._records)
    assert journal.verify_more(100) is False
    assert journal.damaged == () and journal.list() == before


def test_a_store_that_checks_everything_at_load_has_nothing_to_verify():
    journal = Journal.open(MemoryStore(), minute_clock(), tz=UTC)
    assert journal.verify_more(10) is False
    assert not journal.verifying
