"""The Inbox works out received items' titles in idle moments (for sorting by "What"): in a journal that
holds them light (the app's), the items of one idle moment are read from the vault in one batch
(Journal.get_many), not one store read per item (issue #16)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from integration_journal.core import records as r
from integration_journal.core.sharing import ShareSelection, SharingService
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.pages import inbox as inbox_module
from integration_journal.ui.pages.base import JournalEvents, PageContext
from integration_journal.ui.pages.inbox import InboxPage
from tests.helpers.sharing_sides import connect, make_side, share_file
from tests.helpers.workspaces import PASSPHRASE

SHARED = 11
CHUNK = 4


@pytest.fixture
def light_inbox(tmp_path, fast_kdf):
    """A therapist's vault with SHARED items received, opened light as the app opens it; its vault's
    read_many calls are recorded (the ids asked for, per call)."""
    patient = make_side(tmp_path, "patient", "patient", "Sam", fast_kdf)
    therapist = make_side(tmp_path, "therapist", "therapist", "Dr Lee", fast_kdf)
    at_patient, _ = connect(patient, therapist)
    now = patient.journal.now()
    for n in range(SHARED):
        patient.journal.add(r.Entry(title=f"Walk {n:02d}", body="by the river " * 30, share=True,
                                    created=now - dt.timedelta(days=n)), keep_timestamps=True)
    SharingService(therapist.journal).receive_file(
        share_file(patient, at_patient, ShareSelection(flagged=True), tmp_path / "s.ijshare"))
    patient.ws.close()
    therapist.ws.close()
    ws = Workspace.open(tmp_path / "therapist" / "vault", PASSPHRASE, policy=fast_kdf, light=True)
    reads: list[list[bytes]] = []
    read_many = ws.vault.read_many
    ws.vault.read_many = lambda ids: (reads.append(list(ids)), read_many(ids))[1]
    ctx = PageContext(journal=ws.journal, workspace=ws, dialogs=therapist.dialogs, events=JournalEvents())
    yield ws, ctx, reads
    ws.close()


def test_every_title_is_worked_out_with_one_read_per_idle_moment(qtbot, light_inbox, monkeypatch) -> None:
    monkeypatch.setattr(inbox_module, "WARM_CHUNK", CHUNK)
    monkeypatch.setattr(inbox_module, "READ_AHEAD", CHUNK)  # a column fit may ask before the idle work
    ws, ctx, reads = light_inbox
    items = ws.journal.list(r.ReceivedItem, light=True)
    assert len(items) == SHARED and all(ws.journal.is_light(item) for item in items)
    page = InboxPage(ctx)  # not shown: no row is painted, so every title comes from the idle work
    qtbot.addWidget(page)
    page.reload()
    qtbot.waitUntil(lambda: page.labels_ready)
    shown = page.current_item()
    # The reader read the selected item (kept in the journal's cache of whole records); every other
    # title came from a batch (of one idle moment, or read ahead when a column fit asked first), each
    # batch one read: never a read per title.
    assert reads[0] == [shown.id]
    assert all(len(ids) <= CHUNK for ids in reads[1:])
    assert len(reads) - 1 <= -(-(SHARED - 1) // CHUNK) + 1
    assert sorted(i for ids in reads for i in ids) == sorted(item.id for item in items)
    reads.clear()
    page.view.sortByColumn(page.model.COL_WHAT, Qt.SortOrder.AscendingOrder)  # every title known: no read
    assert reads == []
    assert [page.model.index(row, page.model.COL_WHAT).data() for row in range(SHARED)] == [
        f"Walk {n:02d}" for n in range(SHARED)]


def test_the_list_keeps_the_journals_order_without_sorting_again(qtbot, light_inbox, monkeypatch) -> None:
    ws, ctx, _reads = light_inbox
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    sorts = []
    real = inbox_module.ReceivedModel._sorted
    monkeypatch.setattr(inbox_module.ReceivedModel, "_sorted", lambda self, items: sorts.append(1) or real(self, items))
    page.reload()
    assert sorts == []  # by when received, newest first: the journal's own order
    assert [page.model.item_at(row).id for row in range(SHARED)] == [
        item.id for item in ws.journal.list(r.ReceivedItem, light=True)]
    page.view.sortByColumn(page.model.COL_FROM, Qt.SortOrder.AscendingOrder)
    page.reload()
    assert sorts  # any other order is sorted as before


def test_column_widths_are_measured_from_the_rows_on_show_and_a_few_more(qtbot, light_inbox, monkeypatch) -> None:
    """Measuring "What" means knowing titles: a table measured from every row would read each item."""
    monkeypatch.setattr(inbox_module, "SIZING_ROWS", 2)
    monkeypatch.setattr(inbox_module, "READ_AHEAD", 1)  # the rows measured alone (read-ahead: below)
    monkeypatch.setattr(inbox_module.InboxPage, "_warm_labels", lambda self: self.warm_timer.stop())
    ws, ctx, reads = light_inbox
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.view.setFixedHeight(110)  # a few rows on show
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    qtbot.wait(50)
    last = page.view.rowAt(page.view.viewport().height() - 1)
    on_show = last + 1 if last >= 0 else SHARED
    assert on_show < SHARED - 4
    titles_read = {i for ids in reads for i in ids}
    assert len(titles_read) <= on_show + 2 + 1  # the rows on show, a few more, the item in the reader


def test_a_view_asking_for_titles_row_by_row_reads_them_in_batches(qtbot, light_inbox, monkeypatch) -> None:
    """Painting or sizing asks for one title after another: the rows after a cold one are read with it."""
    monkeypatch.setattr(inbox_module, "READ_AHEAD", 4)
    monkeypatch.setattr(inbox_module.InboxPage, "_warm_labels", lambda self: self.warm_timer.stop())
    ws, ctx, reads = light_inbox
    page = InboxPage(ctx)
    qtbot.addWidget(page)
    page.reload()
    reads.clear()
    titles = [page.model.index(row, page.model.COL_WHAT).data() for row in range(SHARED)]
    assert sorted(titles) == [f"Walk {n:02d}" for n in range(SHARED)]
    assert all(len(ids) <= 4 for ids in reads) and len(reads) <= -(-SHARED // 4)  # batches, never one a cell
