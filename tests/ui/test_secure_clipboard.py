"""What is copied from the journal goes out as plain text marked secret, and does not outlive the
journal (issue #14, item 3): real editors on a real vault, the app's clipboard guard installed as
gui/app.py does, the 30-second clear on a short interval."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QPlainTextEdit, QTextEdit

from integration_journal.core.records import Entry
from integration_journal.ui.clipboard import (
    CLEAR_AFTER_MS,
    CONCEALMENT,
    KDE_HINT,
    install_clipboard_guard,
    secure_clipboard,
)
from integration_journal.ui.pages.journal.page import JournalPage
from tests.helpers.main_window import open_main_window
from tests.helpers.workspaces import new_workspace, page_context, show_page

BODY = "I told nobody about the dream.\nNot even Dr Lee."
EXPECTED_FORMATS = sorted(["text/plain", *CONCEALMENT])
SHORT_MS = 150


@pytest.fixture
def guard(qapp):
    """The app's clipboard guard, installed as gui.app does, with a short clear interval; removed after."""
    installed = install_clipboard_guard(qapp)
    clipboard = secure_clipboard()
    clipboard.set_clear_after(SHORT_MS)
    QGuiApplication.clipboard().clear()
    yield clipboard
    clipboard.clear_now()
    clipboard.set_clear_after(CLEAR_AFTER_MS)
    qapp.removeEventFilter(installed)


@pytest.fixture
def journal_page(qtbot, data_dir, frozen_clock, dialogs):
    ws = new_workspace(data_dir, clock=frozen_clock)
    entry = ws.journal.add(Entry(title="After the session", body=BODY, tags=("dreams",),
                                 created=frozen_clock() - dt.timedelta(hours=3)), keep_timestamps=True)
    page = show_page(qtbot, JournalPage(page_context(ws, dialogs)))
    page.activate()
    page.open_entry_id(entry.id)
    yield page
    ws.close()


def clipboard_formats() -> list[str]:
    data = QGuiApplication.clipboard().mimeData()
    return sorted(data.formats()) if data is not None else []


def select_all_and(qtbot, widget, key) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def test_a_copy_from_the_entry_editor_is_plain_text_marked_secret(qtbot, guard, journal_page) -> None:
    body = journal_page.body_edit
    assert body.toPlainText() == BODY
    select_all_and(qtbot, body, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().text() == BODY
    assert clipboard_formats() == EXPECTED_FORMATS  # no text/html, Markdown or ODF
    assert QGuiApplication.clipboard().mimeData().data(KDE_HINT).data() == b"secret"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)  # taken back


def test_what_the_person_copied_since_is_left_alone(qtbot, guard, journal_page) -> None:
    select_all_and(qtbot, journal_page.title_edit, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().text() == "After the session"
    QGuiApplication.clipboard().setText("a shopping list")  # another app's copy
    qtbot.wait(SHORT_MS * 3)
    assert QGuiApplication.clipboard().text() == "a shopping list"


def test_cut_goes_through_it_too_and_still_cuts(qtbot, guard, journal_page) -> None:
    tags = journal_page.tags_edit
    before = tags.text()
    assert before
    select_all_and(qtbot, tags, Qt.Key.Key_X)
    assert tags.text() == ""
    assert QGuiApplication.clipboard().text() == before
    assert clipboard_formats() == EXPECTED_FORMATS


def _context_menu_copy(qtbot, target) -> None:
    """Open the widget's context menu as a right click does and choose Copy in it (the menu may run
    its own event loop, so the choice is made from a timer)."""
    chosen: list[str] = []

    def choose() -> None:
        menus = [m for m in QApplication.topLevelWidgets() if isinstance(m, QMenu) and m.isVisible()]
        if not menus:
            QTimer.singleShot(20, choose)
            return
        [copy] = [a for a in menus[0].actions() if a.objectName() == "edit-copy"]
        chosen.append(copy.text())
        copy.trigger()
        menus[0].close()

    QTimer.singleShot(20, choose)
    QApplication.sendEvent(target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5),
                                                     target.mapToGlobal(QPoint(5, 5))))
    qtbot.waitUntil(lambda: bool(chosen))


@pytest.mark.parametrize("kind", ["line", "plain", "rich", "label"])
def test_the_context_menu_copy_goes_through_it(qtbot, guard, kind) -> None:
    text = "<b>Only</b> for me"
    if kind == "line":
        widget = QLineEdit(text)
    elif kind == "plain":
        widget = QPlainTextEdit(text)
    elif kind == "rich":
        widget = QTextEdit()
        widget.setHtml("<p><b>Only</b> for <i>me</i></p>")
    else:
        widget = QLabel(text)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    show_page(qtbot, widget, 400, 200)
    if kind == "label":
        widget.setSelection(0, len(text))
    elif kind == "line":
        widget.selectAll()
    else:
        widget.selectAll()
    target = widget.viewport() if kind in ("plain", "rich") else widget
    _context_menu_copy(qtbot, target)
    expected = "Only for me" if kind == "rich" else text
    assert QGuiApplication.clipboard().text() == expected
    assert clipboard_formats() == EXPECTED_FORMATS


def test_a_password_field_copies_nothing(qtbot, guard) -> None:
    field = QLineEdit("quiet river morning lantern 42")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    show_page(qtbot, field, 300, 60)
    QGuiApplication.clipboard().setText("before")
    select_all_and(qtbot, field, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().text() == "before"


def test_lock_and_quit_take_it_back(qtbot, guard, data_dir, frozen_clock, dialogs) -> None:
    guard.set_clear_after(60_000)  # only the lock may clear it here
    ws = new_workspace(data_dir, clock=frozen_clock)
    window = open_main_window(qtbot, ws, dialogs)
    edit = QLineEdit("the name of my clinic", window)
    edit.show()
    select_all_and(qtbot, edit, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().text() == "the name of my clinic"
    window.lock()
    assert QGuiApplication.clipboard().text() == ""

    guard.copy("copied just before quitting")
    QApplication.instance().aboutToQuit.emit()
    assert QGuiApplication.clipboard().text() == ""
