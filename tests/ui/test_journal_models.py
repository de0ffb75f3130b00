"""The Journal page's item models without a view: Qt's model contract, display, ids, spans, edits in place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from integration_journal.core.records import Entry, HistorySnapshot
from integration_journal.ui.journal_models import (
    ID_ROLE,
    RECORD_ROLE,
    SPANS_ROLE,
    EntryListModel,
    RevisionListModel,
)
from integration_journal.ui.markdown_view import utf16_offsets

NOW = dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def entries() -> list[Entry]:
    return [
        Entry(title="After the third infusion", tags=("next-day", "body"), share=True,
              question_for_therapist=True, created=NOW),
        Entry(title="", body="Only a body, written quickly\nwith a second line.", created=NOW - dt.timedelta(days=1)),
        Entry(title="", created=NOW - dt.timedelta(days=2)),
        Entry(title="Intentions", tags=("preparation",), bring_to_appointment=True, created=NOW - dt.timedelta(days=5)),
    ]


def _column(model: EntryListModel, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [model.data(model.index(row, column), role) for row in range(model.rowCount())]


def test_entry_model_contract_through_every_change(qtmodeltester, entries) -> None:
    model = EntryListModel()
    qtmodeltester.check(model)
    model.set_rows(entries, ("body",))
    qtmodeltester.check(model)
    model.upsert(Entry(title="Newest", created=NOW + dt.timedelta(hours=1)))
    model.upsert(Entry(title="In between", created=NOW - dt.timedelta(days=3)))
    qtmodeltester.check(model)
    model.remove(entries[1].id)
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_revision_model_contract(qtmodeltester, entries) -> None:
    model = RevisionListModel()
    qtmodeltester.check(model)
    rows = [(HistorySnapshot(of_id=e.id, revision=i, deleted=i == 0, payload=b"x"), e) for i, e in enumerate(entries)]
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.data(model.index(0, model.COL_STATE)) == "Deleted"
    assert model.data(model.index(1, model.COL_STATE)) == "Earlier version"
    assert model.data(model.index(1, model.COL_TITLE)) == "Only a body, written quickly with a second line."
    assert model.data(model.index(2, model.COL_TITLE)) == "Untitled"
    assert model.data(model.index(0, 0), ID_ROLE) == rows[0][0].id
    model.clear()
    qtmodeltester.check(model)


def test_headers_rows_and_display(entries) -> None:
    model = EntryListModel()
    model.set_rows(entries)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Date", "Title", "Tags", "Flags"]
    assert _column(model, model.COL_TITLE) == ["After the third infusion",
                                               "Only a body, written quickly with a second line.",
                                               "Untitled", "Intentions"]
    fonts = _column(model, model.COL_TITLE, Qt.ItemDataRole.FontRole)
    assert fonts[0] is None and fonts[1].italic() and fonts[2].italic()  # not the person's own title
    assert _column(model, model.COL_TAGS) == ["body, next-day", "", "", "preparation"]
    assert _column(model, model.COL_FLAGS) == ["Share, Question", "", "", "Bring"]
    assert _column(model, model.COL_FLAGS, Qt.ItemDataRole.AccessibleTextRole)[0] == (
        "Share with my therapist, Question for my therapist")
    assert _column(model, model.COL_FLAGS, Qt.ItemDataRole.AccessibleTextRole)[1] == "No flags"
    assert all(_column(model, model.COL_DATE))
    assert _column(model, 0, ID_ROLE) == [e.id for e in entries]
    assert model.data(model.index(3, 0), RECORD_ROLE) is entries[3]
    assert model.data(QModelIndex()) is None
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_search_terms_give_highlight_spans_only_when_searching(entries) -> None:
    model = EntryListModel()
    model.set_rows(entries)
    assert model.data(model.index(0, model.COL_TITLE), SPANS_ROLE) == []
    model.set_rows(entries, ("infus", "body"))
    assert model.data(model.index(0, model.COL_TITLE), SPANS_ROLE) == [(16, 21)]
    assert model.data(model.index(0, model.COL_TAGS), SPANS_ROLE) == [(0, 4)]
    assert model.data(model.index(1, model.COL_TITLE), SPANS_ROLE) == [(7, 11)]  # in the excerpt shown
    assert model.data(model.index(0, model.COL_DATE), SPANS_ROLE) == []


def test_upsert_edits_in_place_or_inserts_by_date_and_remove_drops(qtbot, entries) -> None:
    model = EntryListModel()
    model.set_rows(entries)
    import dataclasses

    edited = dataclasses.replace(entries[2], title="Named later")
    with qtbot.waitSignal(model.dataChanged):
        assert model.upsert(edited) == 2
    assert model.rowCount() == 4 and model.entry_at(2) is edited
    with qtbot.waitSignal(model.rowsInserted):
        row = model.upsert(Entry(title="Wednesday", created=NOW - dt.timedelta(days=3)))
    assert row == 3 and _column(model, model.COL_TITLE)[3] == "Wednesday"
    assert model.row_of(entries[3].id) == 4
    with qtbot.waitSignal(model.rowsRemoved):
        model.remove(entries[0].id)
    assert model.row_of(entries[0].id) == -1 and model.rowCount() == 4
    model.remove(entries[0].id)  # already gone: nothing happens
    assert model.rowCount() == 4


def test_set_rows_is_a_reset(qtbot, entries) -> None:
    model = EntryListModel()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_rows(entries)
    with qtbot.waitSignal(model.modelReset):
        model.clear()
    assert model.rowCount() == 0 and model.terms == ()


def test_utf16_offsets_for_text_beyond_the_basic_plane() -> None:
    assert utf16_offsets("plain café") is None
    assert utf16_offsets("a🌊b") == [0, 1, 3, 4]
