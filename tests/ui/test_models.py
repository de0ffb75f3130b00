"""EntryTableModel without a view: Qt's model contract, headers, display and sort values, reset."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from integration_journal.core.records import Entry
from integration_journal.ui.models import SORT_ROLE, EntryTableModel

NOW = dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.timezone.utc)


@pytest.fixture
def entries() -> list[Entry]:
    return [
        Entry(title="After the third infusion", tags=("next-day", "body"), created=NOW),
        Entry(title="", body="Only a body.", created=NOW - dt.timedelta(days=1)),
        Entry(title="Intentions", tags=("preparation",), created=NOW - dt.timedelta(days=5)),
    ]


def test_model_contract_empty_and_filled(qtmodeltester, entries) -> None:
    model = EntryTableModel()
    qtmodeltester.check(model)
    model.set_entries(entries)
    qtmodeltester.check(model)
    model.clear()
    qtmodeltester.check(model)


def test_headers_and_columns() -> None:
    model = EntryTableModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Date", "Title", "Tags"]
    assert (model.COL_DATE, model.COL_TITLE, model.COL_TAGS) == (0, 1, 2)
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_rows_show_entries_in_the_order_given(entries) -> None:
    model = EntryTableModel()
    model.set_entries(entries)
    assert model.rowCount() == 3
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    title = lambda row: model.data(model.index(row, model.COL_TITLE))  # noqa: E731
    assert [title(r) for r in range(3)] == ["After the third infusion", "Untitled", "Intentions"]
    assert model.data(model.index(1, model.COL_TITLE), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(0, model.COL_TAGS)) == "body, next-day"
    assert model.data(model.index(1, model.COL_TAGS)) == ""
    assert model.data(model.index(0, model.COL_DATE))  # a locale-formatted date, not empty
    assert model.entry_at(2) is entries[2]
    assert model.data(QModelIndex()) is None


def test_sort_role_orders_dates_and_titles(entries) -> None:
    model = EntryTableModel()
    model.set_entries(entries)
    dates = [model.data(model.index(r, model.COL_DATE), SORT_ROLE) for r in range(3)]
    assert dates == sorted(dates, reverse=True)
    assert model.data(model.index(0, model.COL_TITLE), SORT_ROLE) == "after the third infusion"


def test_set_entries_is_a_reset(qtbot, entries) -> None:
    model = EntryTableModel()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_entries(entries)
    with qtbot.waitSignal(model.modelReset):
        model.clear()
    assert model.rowCount() == 0


def test_items_are_read_only(entries) -> None:
    model = EntryTableModel()
    model.set_entries(entries)
    flags = model.flags(model.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable


@pytest.mark.parametrize(("locale_name", "expected_day", "expected_moment"), [
    ("C", "2026-11-26", "2026-11-26 09:05"),  # the bare C locale's own short format is "26 11 2026"
    ("en_US", "11/26/2026", None),  # four-digit years: "11/26/26" is ambiguous
    ("en_GB", "26/11/2026", "26/11/2026 09:05"),
    ("de_DE", "26.11.2026", "26.11.2026 09:05"),
])
def test_dates_read_as_dates_in_every_locale(locale_name, expected_day, expected_moment) -> None:
    from PySide6.QtCore import QLocale

    from integration_journal.ui.models import date_text, datetime_text

    previous = QLocale()
    QLocale.setDefault(QLocale(locale_name))
    try:
        assert date_text(dt.date(2026, 11, 26)) == expected_day
        moment = datetime_text(dt.datetime(2026, 11, 26, 9, 5).astimezone())
        assert moment.startswith(expected_day)
        if expected_moment is not None:
            assert moment == expected_moment
    finally:
        QLocale.setDefault(previous)
