"""The window's size (from the screen, kept per vault), the text size reaching every open window at once,
the Journal's two-line rows with a comment marker, and an editor that stays put when its status changes
(issue #12 items 5, 6 and 15)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QLabel

from integration_journal.core import records as r
from integration_journal.ui.journal_models import COMMENTS_ROLE, EntryListModel, first_line
from integration_journal.ui.main_window.window import MIN_DEFAULT_SIZE, default_window_size
from integration_journal.ui.pages.journal.entry_row import meta_text, row_height
from integration_journal.ui.screen_fit import free_area
from integration_journal.ui.widgets.layout import column_widths
from tests.helpers.appearance import private_settings_and_look, set_text_size
from tests.helpers.main_window import make_workspace, open_main_window


@pytest.fixture
def settings(qapp):
    with private_settings_and_look(qapp, "integration-journal-window-fit-test") as stored:
        yield stored


def _journal(qtbot, window):
    window.show_page(window.page_index("journal"))
    page = window.current_page()
    qtbot.waitUntil(page.isVisible)
    return page


# --- the window's size -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("screen", "expected"), [
    ((1280, 770), (1024, 680)),  # a 1280×800 laptop less its panel: most of it
    ((1366, 728), (1093, 680)),
    ((1920, 1040), (1440, 884)),  # a large screen: a comfortable part
    ((2560, 1400), (1440, 960)),
    ((1024, 600), (1000, 600)),  # smaller than 1000×680: the whole free area
])
def test_a_first_window_takes_its_size_from_the_screen_within_limits(screen, expected) -> None:
    assert default_window_size(QSize(*screen)) == QSize(*expected)


def test_a_first_window_opens_at_that_size_on_this_screen(qtbot, settings, data_dir, fast_kdf, dialogs) -> None:
    from integration_journal.ui.main_window import MainWindow

    window = MainWindow(make_workspace(data_dir, fast_kdf), dialogs)
    qtbot.addWidget(window)
    wanted = default_window_size(free_area(window))
    assert window.size() == wanted.expandedTo(window.minimumSizeHint())
    assert window.width() >= min(MIN_DEFAULT_SIZE.width(), free_area(window).width())
    window.close()


def test_each_vault_reopens_at_its_own_size_and_only_geometry_is_kept(qtbot, settings, tmp_path, fast_kdf,
                                                                      dialogs) -> None:
    first = open_main_window(qtbot, make_workspace(tmp_path / "a", fast_kdf, entries=2), dialogs)
    first.resize(700, 560)  # within the test screen (800×600): restoring keeps a window on it
    first.lock()
    second = open_main_window(qtbot, make_workspace(tmp_path / "b", fast_kdf), dialogs)
    second.resize(640, 520)
    second.lock()
    settings.sync()
    keys = settings.allKeys()
    assert len(keys) == 2 and all(k.startswith("main_window/") and k.endswith("/geometry") for k in keys)
    assert all(b"Entry" not in bytes(settings.value(k)) for k in keys)  # sizes and places, no words

    from integration_journal.ui.main_window import MainWindow

    again = MainWindow(make_workspace(tmp_path / "c", fast_kdf), dialogs)  # a third vault: the screen's size
    qtbot.addWidget(again)
    assert again.size() == default_window_size(free_area(again)).expandedTo(again.minimumSizeHint())
    again.close()
    from integration_journal.storage.workspace import Workspace
    from tests.helpers.workspaces import PASSPHRASE

    reopened = open_main_window(qtbot, Workspace.open(tmp_path / "a", PASSPHRASE), dialogs)
    assert reopened.size() == QSize(700, 560)
    reopened.close()


# --- text size ---------------------------------------------------------------------------------------------

def test_text_size_reaches_every_open_window_at_once(qtbot, settings, data_dir, fast_kdf, dialogs, access) -> None:
    """Settings ▸ Text size in the main window: the unlock window, the support panel and the page's own
    larger fonts (the entry title) change with it, without a lock and unlock."""
    from integration_journal.ui.unlock_window import UnlockWindow

    window = open_main_window(qtbot, make_workspace(data_dir, fast_kdf, entries=1), dialogs, access=access)
    unlock = UnlockWindow(access, dialogs)
    qtbot.addWidget(unlock)
    unlock.show()
    window.open_help_now()
    panel = window.help_now_panel
    qtbot.waitUntil(panel.isVisible)
    page = _journal(qtbot, window)
    labels = [next(w for w in top.findChildren(QLabel) if w.text()) for top in (unlock, panel, page)]
    before = [label.font().pointSizeF() for label in labels]
    title_before = page.title_edit.font().pointSizeF()

    set_text_size(qtbot, window, 200)

    assert [label.font().pointSizeF() for label in labels] == pytest.approx([2 * size for size in before]), [
        label.text() for label in labels]
    assert page.title_edit.font().pointSizeF() == pytest.approx(2 * title_before)  # still 1.25 × the text
    set_text_size(qtbot, window, 100)
    assert [label.font().pointSizeF() for label in labels] == pytest.approx(before)
    assert page.title_edit.font().pointSizeF() == pytest.approx(title_before)
    window._close_help_now()
    window.close()


def test_at_twice_the_text_size_the_sidebar_narrows_and_journal_rows_grow(qtbot, settings, data_dir, fast_kdf,
                                                                          dialogs, access) -> None:
    window = open_main_window(qtbot, make_workspace(data_dir, fast_kdf, entries=3), dialogs, access=access)
    window.resize(1000, 680)
    page = _journal(qtbot, window)
    set_text_size(qtbot, window, 200)
    qtbot.wait(20)
    assert window.splitter.sizes()[0] <= round(1000 * 0.24) + 16
    metrics = page.list_view.fontMetrics()
    assert page.list_view.verticalHeader().defaultSectionSize() == row_height(metrics) >= 2 * metrics.lineSpacing()
    assert window.width() == 1000
    window.close()


# --- the Journal list -------------------------------------------------------------------------------------

def test_journal_rows_show_title_date_text_tags_flags_and_comments(qtbot, settings, data_dir, fast_kdf,
                                                                    dialogs) -> None:
    ws = make_workspace(data_dir, fast_kdf, entries=2)
    entry = ws.journal.list(r.Entry)[0]
    entry = ws.journal.update(dataclasses.replace(entry, title="<b>Not bold</b>", body="## Walk\n\nBy the river.",
                                                  tags=("nature",), share=True))
    window = open_main_window(qtbot, ws, dialogs)
    page = _journal(qtbot, window)
    model = page.model
    row = model.row_of(entry.id)
    index = model.index(row, EntryListModel.COL_TITLE)
    assert index.data(COMMENTS_ROLE) == 0
    ws.journal.add(r.Annotation(target_id=entry.id, text="Thanks", for_patient=True))
    window.events.records_changed.emit({"annotation"})
    qtbot.waitUntil(lambda: index.data(COMMENTS_ROLE) == 1)
    summary = model.data(index, 0x0B)  # AccessibleTextRole: what a screen reader says for the row
    assert summary.startswith("<b>Not bold</b>, ") and "tags: nature" in summary
    assert "Share with my therapist" in summary and summary.endswith("1 comment from your therapist")
    assert meta_text(entry, 1) == "nature · Share · 1 comment(s)"
    assert first_line(entry.body) == "Walk"
    # one visible column, as wide as the list; rows two lines high
    assert [c for c in range(model.columnCount()) if not page.list_view.isColumnHidden(c)] == [EntryListModel.COL_TITLE]
    assert page.list_view.visualRect(index).width() == page.list_view.viewport().width()
    assert page.list_view.rowHeight(row) >= 2 * page.list_view.fontMetrics().lineSpacing()
    window.close()


def test_first_line_is_plain_words_without_markdown_markers() -> None:
    assert first_line("\n\n# A heading\nmore") == "A heading"
    assert first_line("- item one\n- two") == "item one"
    assert first_line("> quoted   words") == "quoted words"
    assert first_line("1. first") == "first"
    assert first_line("   \n") == ""
    assert first_line("x" * 500, limit=10) == "x" * 9 + "…"


# --- the editor stays put -----------------------------------------------------------------------------------

@pytest.mark.parametrize("size", [(1000, 680), (1280, 720)])
def test_the_editor_does_not_move_when_not_saved_yet_appears(qtbot, settings, data_dir, fast_kdf, dialogs,
                                                             size) -> None:
    window = open_main_window(qtbot, make_workspace(data_dir, fast_kdf, entries=2), dialogs)
    window.resize(*size)
    page = _journal(qtbot, window)
    page.open_entry_id(page.model.entry_at(0).id)
    qtbot.waitUntil(lambda: page.status_label.text() == "Saved")
    qtbot.wait(20)
    top = page.body_edit.mapTo(page, QPoint(0, 0))
    buttons = page.save_button.mapTo(page, QPoint(0, 0))
    qtbot.keyClicks(page.title_edit, " again")
    qtbot.waitUntil(lambda: page.status_label.text() == "Not saved yet")
    qtbot.wait(20)
    assert page.body_edit.mapTo(page, QPoint(0, 0)) == top
    assert page.save_button.mapTo(page, QPoint(0, 0)) == buttons
    window.close()


# --- table columns ----------------------------------------------------------------------------------------

def test_columns_fit_whole_or_narrow_together_but_never_below_their_least() -> None:
    columns = [0, 1, 2]
    wanted = {0: 100, 1: 300, 2: 60}
    least = {0: 80, 1: 120, 2: 40}
    assert column_widths(columns, wanted, least, 1, 600) == {0: 100, 1: 440, 2: 60}  # room: the wide one grows
    squeezed = column_widths(columns, wanted, least, 1, 360)
    assert sum(squeezed.values()) <= 360 and all(squeezed[c] >= least[c] for c in columns)
    assert squeezed[1] < 300 and squeezed[0] < 100
    assert column_widths(columns, wanted, least, 1, 100) == least  # too narrow: the least, cut at the side


# --- the support panel --------------------------------------------------------------------------------------

def test_the_support_panel_opens_tall_enough_to_show_everything_without_scrolling(
        qtbot, settings, data_dir, fast_kdf, dialogs) -> None:
    window = open_main_window(qtbot, make_workspace(data_dir, fast_kdf), dialogs)
    window.resize(1000, 680)
    window.open_help_now()
    panel = window.help_now_panel
    qtbot.waitUntil(panel.isVisible)
    qtbot.wait(20)
    room = free_area(panel).height()
    if panel._height_for(panel.width()) <= room:  # the screen holds it: all of it in view
        assert panel.scroll.verticalScrollBar().maximum() == 0
    else:  # it cannot: as tall as the screen allows, and the rest a scroll away
        assert panel.height() >= room - 2
    assert panel.height() > int(window.height() * 0.9) or panel.scroll.verticalScrollBar().maximum() == 0
    window._close_help_now()
    window.close()
