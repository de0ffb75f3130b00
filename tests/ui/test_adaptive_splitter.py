"""Two panes stack when they no longer fit side by side: the Check-ins form and its Recent list at
200 % text in a 1000-pixel window squeezed the list's columns to a letter each (#12 item 5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from integration_journal.ui.widgets.layout import AdaptiveSplitter
from tests.helpers.appearance import private_settings_and_look, set_text_size
from tests.helpers.main_window import make_workspace, open_main_window

H, V = Qt.Orientation.Horizontal, Qt.Orientation.Vertical


@pytest.fixture
def settings(qapp):
    with private_settings_and_look(qapp, "integration-journal-adaptive-splitter-test") as stored:
        yield stored


def test_the_splitter_follows_its_width_and_its_text_size(qtbot) -> None:
    splitter = AdaptiveSplitter(40)
    splitter.addWidget(QLabel("form"))
    splitter.addWidget(QLabel("list"))
    qtbot.addWidget(splitter)
    splitter.show()
    char = splitter.fontMetrics().averageCharWidth()
    splitter.resize(char * 60, 200)
    qtbot.waitUntil(lambda: splitter.orientation() == H)
    splitter.resize(char * 30, 200)
    qtbot.waitUntil(lambda: splitter.orientation() == V)
    splitter.resize(char * 60, 200)
    qtbot.waitUntil(lambda: splitter.orientation() == H)
    font = splitter.font()
    font.setPointSizeF(font.pointSizeF() * 2)  # the same width, twice the text: no longer room for both
    splitter.setFont(font)
    qtbot.waitUntil(lambda: splitter.orientation() == V)


def test_check_ins_stack_at_twice_the_text_size_in_the_smallest_window(qtbot, settings, data_dir, fast_kdf,
                                                                       dialogs, access) -> None:
    window = open_main_window(qtbot, make_workspace(data_dir, fast_kdf, entries=1), dialogs, access=access)
    window.resize(1000, 680)
    window.show_page(window.page_index("checkins"))
    page = window.current_page()
    qtbot.waitUntil(page.isVisible)
    qtbot.waitUntil(lambda: page.checkin_splitter.orientation() == H)  # 100 %: side by side
    set_text_size(qtbot, window, 200)
    qtbot.waitUntil(lambda: page.checkin_splitter.orientation() == V)
    table = page.checkin_table
    narrowest = min(table.columnWidth(c) for c in range(table.model().columnCount()))
    assert narrowest >= 4 * table.fontMetrics().averageCharWidth()  # columns readable, not a letter each
    set_text_size(qtbot, window, 100)
    qtbot.waitUntil(lambda: page.checkin_splitter.orientation() == H)
    window.close()
