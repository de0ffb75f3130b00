"""Which entries have comments beside them, for marking the Journal list in one pass."""

from __future__ import annotations

from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.sharing import SharingService
from integration_journal.core.store import MemoryStore
from tests.helpers.clocks import TickingClock
from tests.helpers.records import T0


def test_comment_counts_count_the_comments_beside_each_record_and_only_those() -> None:
    journal = Journal.open(MemoryStore(), TickingClock(T0))
    first = journal.add(r.Entry(title="First", body="a"))
    second = journal.add(r.Entry(title="Second", body="b"))
    journal.add(r.Entry(title="Third", body="c"))
    for text in ("One", "Two"):
        journal.add(r.Annotation(target_id=first.id, text=text, for_patient=True))
    note = journal.add(r.Annotation(target_id=second.id, text="Three", for_patient=True))
    journal.add(r.Annotation(target_id=second.id, text="A private note, never a therapist's comment"))
    service = SharingService(journal)

    assert service.comment_counts() == {first.id: 2, second.id: 1}
    journal.delete(note.id)
    assert service.comment_counts() == {first.id: 2}


def test_a_journal_without_comments_has_no_counts() -> None:
    journal = Journal.open(MemoryStore(), TickingClock(T0))
    journal.add(r.Entry(title="Alone", body="a"))
    assert SharingService(journal).comment_counts() == {}
