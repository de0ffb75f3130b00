"""The Journal page makes the search index compact after building it, a slice per event-loop turn, and
stops on lock (issue #16, docs/PERFORMANCE.md "Cost against years of use"): hits stay the same throughout."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from integration_journal.core.records import Entry
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.pages.base import JournalEvents, PageContext
from integration_journal.ui.pages.journal.page import JournalPage
from tests.helpers.clocks import FROZEN_NOW, FrozenClock
from tests.helpers.workspaces import PASSPHRASE

ENTRIES = 23
SLICE = 5


@pytest.fixture
def workspace(data_dir: Path, fast_kdf):
    ws, _kit = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf,
                                clock=FrozenClock(FROZEN_NOW))
    for n in range(ENTRIES):
        ws.journal.add(Entry(title=f"Day {n}", body=f"Walked by the river{n % 4} and felt calm. " * 20,
                             created=FROZEN_NOW - dt.timedelta(days=n)), keep_timestamps=True)
    ws.close()
    ws = Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf, clock=FrozenClock(FROZEN_NOW), light=True)
    yield ws
    ws.close()


@pytest.fixture
def page(qtbot, dialogs, workspace, monkeypatch) -> JournalPage:
    monkeypatch.setattr(JournalPage, "COMPACT_SLICE", SLICE)
    page = JournalPage(PageContext(journal=workspace.journal, workspace=workspace, dialogs=dialogs,
                                   events=JournalEvents()))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    return page


def _spy(monkeypatch, journal) -> list[tuple[int | None, bool]]:
    calls: list[tuple[int | None, bool]] = []
    real = journal.compact_search_index

    def spy(limit=None):
        more = real(limit)
        calls.append((limit, more))
        return more

    monkeypatch.setattr(journal, "compact_search_index", spy)
    return calls


def _titles(page: JournalPage) -> list[str]:
    return [page.model.index(row, page.model.COL_TITLE).data() for row in range(page.model.rowCount())]


def test_the_index_is_made_compact_in_slices_after_the_search_box_gets_focus(qtbot, page, workspace,
                                                                           monkeypatch) -> None:
    journal = workspace.journal
    calls = _spy(monkeypatch, journal)
    page.search_edit.setFocus()
    qtbot.waitUntil(lambda: journal._index is not None and journal._index.compacted)
    slices = -(-ENTRIES // SLICE)
    # Built as folded text (the first search stays quick), then one slice per turn until none is left.
    assert calls == [(SLICE, True)] * (slices - 1) + [(SLICE, False)]
    assert all(isinstance(doc.text, str) for doc in journal._index._docs.values())

    page.search_edit.setText("river2 calm")
    page.run_search()
    expected = [f"Day {n}" for n in range(ENTRIES) if n % 4 == 2]
    qtbot.waitUntil(lambda: _titles(page) == expected)


def test_a_search_while_the_index_is_half_compact_finds_the_same(qtbot, page, workspace, monkeypatch) -> None:
    journal = workspace.journal
    calls = _spy(monkeypatch, journal)
    page.search_edit.setText('"river1 and"')
    page.run_search()  # builds the index, starts compacting, searches on the worker
    qtbot.waitUntil(lambda: _titles(page) == [f"Day {n}" for n in range(ENTRIES) if n % 4 == 1])
    qtbot.waitUntil(lambda: journal._index.compacted)
    assert calls[-1] == (SLICE, False)
    page.run_search()
    qtbot.waitUntil(lambda: not page.search_pending)
    assert _titles(page) == [f"Day {n}" for n in range(ENTRIES) if n % 4 == 1]


def test_locking_stops_compacting(qtbot, page, workspace, monkeypatch) -> None:
    journal = workspace.journal
    calls = _spy(monkeypatch, journal)
    page.search_edit.setFocus()
    qtbot.waitUntil(lambda: journal._index is not None)
    page.clear()  # what a lock does to the page
    assert not page.compact_timer.isActive()
    so_far = len(calls)
    qtbot.wait(50)
    assert len(calls) == so_far and not journal._index.compacted
