"""Every keyboard shortcut and underlined letter does one thing: in each page (and each of its tabs) of
both roles, no two visible controls share an Alt+letter, no two window shortcuts share a key, each menu's
items have distinct letters, and no "&" in a label became an underline by accident."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QTabBar, QTabWidget, QWidget

from integration_journal.ui.main_window import MainWindow
from tests.helpers.clocks import FrozenClock
from tests.helpers.workspaces import new_workspace

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def visible_mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every control the window's Alt+letter can reach right now."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton | QGroupBox):
            text = widget.text() if isinstance(widget, QAbstractButton) else widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisible():
            text = widget.text()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and widget.isTabEnabled(index) and mnemonic(widget.tabText(index)):
                    found.append((mnemonic(widget.tabText(index)), widget.tabText(index)))
            continue
        else:
            continue
        if mnemonic(text):
            found.append((mnemonic(text), text))
    for action in window.menuBar().actions():
        if action.isVisible() and mnemonic(action.text()):
            found.append((mnemonic(action.text()), action.text()))
    return found


def duplicates(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    counts = Counter(letter for letter, _text in pairs)
    return {letter: sorted(text for other, text in pairs if other == letter)
            for letter, count in counts.items() if count > 1}


def views(window: MainWindow):
    """Each page, and each tab of each tab widget on it, shown in turn."""
    for index in range(len(window.page_types)):
        window.show_page(index)
        page = window.current_page()
        QApplication.processEvents()
        yield type(page).__name__
        for tabs in page.findChildren(QTabWidget):
            for tab in range(tabs.count()):
                if tabs.isTabVisible(tab):
                    tabs.setCurrentIndex(tab)
                    QApplication.processEvents()
                    yield f"{type(page).__name__} / {tabs.tabText(tab)}"


@pytest.fixture(params=["patient", "therapist"])
def window(request, qtbot, data_dir, dialogs):
    ws = new_workspace(data_dir, clock=FrozenClock(), role=request.param)
    window = MainWindow(ws, dialogs, idle_clock=lambda: 0.0)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    ws.close()


def test_no_two_visible_controls_share_an_underlined_letter(window) -> None:
    clashes = {view: found for view in views(window) if (found := duplicates(visible_mnemonics(window)))}
    assert clashes == {}


def test_no_two_window_shortcuts_share_a_key(window) -> None:
    keys: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys.setdefault(sequence.toString(QKeySequence.SequenceFormat.PortableText), []).append(action.text())
    assert {key: texts for key, texts in keys.items() if len(texts) > 1} == {}


def test_each_menu_has_distinct_letters_and_no_stray_underline(window) -> None:
    for menu in window.menuBar().findChildren(QMenu):
        pairs = [(mnemonic(a.text()), a.text()) for a in menu.actions() if a.isVisible() and mnemonic(a.text())]
        assert duplicates(pairs) == {}, menu.title()
        for action in menu.actions():
            # An "&" followed by a space or at the end is a literal ampersand that Qt would swallow.
            assert not re.search(r"(?<!&)&(\s|$)", action.text().replace("&&", "")), action.text()


def test_the_session_form_shares_no_letter_with_the_window_in_either_view(qtbot, data_dir, dialogs) -> None:
    """The form is not a page of its own, so `views` does not reach it: open it short, then with its details."""
    from tests.helpers.session_form import more_details

    ws = new_workspace(data_dir, clock=FrozenClock())
    try:
        window = MainWindow(ws, dialogs, idle_clock=lambda: 0.0)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.show_page(window.page_index("sessions"))
        page = window.current_page()
        page.start_new()
        QApplication.processEvents()
        short = duplicates(visible_mnemonics(window))
        more_details(qtbot, page.form)
        assert (short, duplicates(visible_mnemonics(window))) == ({}, {})
    finally:
        ws.close()
