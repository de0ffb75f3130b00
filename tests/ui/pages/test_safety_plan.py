"""The Safety plan page: seven sections edited with the keyboard, saved with Ctrl+S, kept over a lock
and unlock, reordered, pre-filled with the country's lines, printed and saved as PDF (warned, audited)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from integration_journal.core.records import AuditEvent, Profile, SafetyPlan
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.main_window import MainWindow
from integration_journal.ui.pages.safety_plan import SafetyPlanPage
from tests.helpers.main_window import make_workspace, open_main_window
from tests.helpers.workspaces import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton
SAVE = (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def workspace(data_dir, fast_kdf):
    ws = make_workspace(data_dir, fast_kdf)
    yield ws
    ws.close()


def open_window(qtbot, ws, dialogs) -> tuple[MainWindow, SafetyPlanPage]:
    window = open_main_window(qtbot, ws, dialogs)
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, SafetyPlanPage)
    return window, page


def add_line(qtbot, page: SafetyPlanPage, section: int, text: str) -> None:
    editor = page.sections[section]
    editor.new_edit.setFocus()
    qtbot.keyClicks(editor.new_edit, text)
    qtbot.keyClick(editor.new_edit, Qt.Key.Key_Return)


def audit(journal, event: str) -> list[AuditEvent]:
    return [e for e in journal.list(kind=AuditEvent) if e.event == event]


def test_seven_sections_in_our_own_words(qtbot, workspace, dialogs) -> None:
    _window, page = open_window(qtbot, workspace, dialogs)
    assert [s.title() for s in page.sections] == [
        "My early signs", "Things I can do on my own to get through the moment",
        "People and places that help me feel less alone", "People I can tell I'm struggling and ask for help",
        "Professionals and crisis services", "Making my surroundings safer", "What matters most to me"]
    assert all("Stanley" not in s.title() for s in page.sections)
    assert page.status_label.text() == "Nothing written yet." and not page.save_button.isEnabled()


def test_edit_save_with_ctrl_s_and_reopen_after_lock_and_unlock(qtbot, workspace, dialogs, fast_kdf) -> None:
    window, page = open_window(qtbot, workspace, dialogs)
    add_line(qtbot, page, 0, "Cancelling everything")
    add_line(qtbot, page, 0, "Three bad nights in a row")
    add_line(qtbot, page, 6, "My niece's wedding in June")
    assert page.status_label.text() == "Unsaved changes."
    qtbot.keyClick(page.sections[6].new_edit, *SAVE)
    [plan] = workspace.journal.list(kind=SafetyPlan)
    assert plan.early_signs == ("Cancelling everything", "Three bad nights in a row")
    assert plan.what_matters == ("My niece's wedding in June",)
    assert page.status_label.text() == "Saved."

    # An unsaved change is written by the lock (save_state), before the keys go.
    add_line(qtbot, page, 3, "Jo, 07700 900456")
    window.lock()
    assert page.sections[3].lines() == ()  # cleared from the screen
    ws = Workspace.open(workspace.data_dir, PASSPHRASE, policy=fast_kdf, backup=False)
    try:
        _window2, page2 = open_window(qtbot, ws, dialogs)
        assert page2.sections[0].lines() == ("Cancelling everything", "Three bad nights in a row")
        assert page2.sections[3].lines() == ("Jo, 07700 900456",)
        assert len(ws.journal.list(kind=SafetyPlan)) == 1  # the same plan, updated
        _window2.close()
    finally:
        ws.close()


def test_lines_are_reordered_edited_and_removed(qtbot, workspace, dialogs) -> None:
    _window, page = open_window(qtbot, workspace, dialogs)
    for text in ("Walk round the block", "Cold water on my face", "Music, loud"):
        add_line(qtbot, page, 1, text)
    editor = page.sections[1]
    editor.list.setCurrentRow(2)
    qtbot.mouseClick(editor.up_button, LEFT)
    qtbot.mouseClick(editor.up_button, LEFT)
    assert editor.lines() == ("Music, loud", "Walk round the block", "Cold water on my face")
    assert not editor.up_button.isEnabled()
    qtbot.mouseClick(editor.down_button, LEFT)
    assert editor.lines() == ("Walk round the block", "Music, loud", "Cold water on my face")
    editor.list.item(0).setText("Walk round the park")  # what F2 editing does to the item
    editor.list.setCurrentRow(2)
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_Delete)
    assert editor.lines() == ("Walk round the park", "Music, loud")
    qtbot.mouseClick(page.save_button, LEFT)
    [plan] = workspace.journal.list(kind=SafetyPlan)
    assert plan.coping_on_my_own == ("Walk round the park", "Music, loud")


def test_the_professionals_section_can_be_pre_filled_from_the_country(qtbot, workspace, dialogs) -> None:
    [profile] = workspace.journal.list(kind=Profile)
    workspace.journal.update(dataclasses.replace(profile, country_code="GB"))
    _window, page = open_window(qtbot, workspace, dialogs)
    qtbot.mouseClick(page.prefill_button, LEFT)
    qtbot.mouseClick(page.prefill_button, LEFT)  # twice: nothing doubled
    lines = page.section("sp-5").lines()
    assert lines[0] == "Emergency: 999 or 112"
    assert "Samaritans: Call 116 123; Email jo@samaritans.org" in lines
    assert len(lines) == len(set(lines))


def test_print_goes_through_the_print_dialog_and_is_logged(qtbot, workspace, dialogs, tmp_path) -> None:
    _window, page = open_window(qtbot, workspace, dialogs)
    add_line(qtbot, page, 4, "Dr Lee, clinic 020 7946 0001")
    dialogs.print_to = None  # cancelled in the print dialog
    qtbot.mouseClick(page.print_button, LEFT)
    assert audit(workspace.journal, "safety_plan_printed") == []
    dialogs.print_to = tmp_path / "printed-plan.pdf"
    qtbot.mouseClick(page.print_button, LEFT)
    assert dialogs.print_to.read_bytes().startswith(b"%PDF")
    assert len(audit(workspace.journal, "safety_plan_printed")) == 1


def test_save_as_pdf_warns_first_and_is_logged(qtbot, workspace, dialogs, tmp_path) -> None:
    _window, page = open_window(qtbot, workspace, dialogs)
    add_line(qtbot, page, 0, "Not answering messages")
    dialogs.confirm_answer = False
    qtbot.mouseClick(page.pdf_button, LEFT)
    assert "not encrypted" in dialogs.texts("confirm")[0] and dialogs.texts("save_path") == []
    dialogs.confirm_answer = True
    dialogs.save_to = tmp_path / "plan"  # no suffix: .pdf is added
    qtbot.mouseClick(page.pdf_button, LEFT)
    written = tmp_path / "plan.pdf"
    assert written.read_bytes().startswith(b"%PDF") and written.read_bytes().rstrip().endswith(b"%%EOF")
    assert written.stat().st_mode & 0o077 == 0  # readable by its owner only
    assert [f.name for f in tmp_path.iterdir() if f.name.startswith(".")] == []  # no partial file left
    [event] = audit(workspace.journal, "safety_plan_exported")
    assert event.details == {"format": "pdf"}
    assert "Not answering" not in str(event.details)


def test_a_pdf_that_cannot_be_written_is_said_and_not_logged(qtbot, workspace, dialogs, tmp_path) -> None:
    _window, page = open_window(qtbot, workspace, dialogs)
    dialogs.save_to = tmp_path / "no-such-folder" / "plan.pdf"
    qtbot.mouseClick(page.pdf_button, LEFT)
    assert "could not be written" in dialogs.texts("warn")[0]
    assert audit(workspace.journal, "safety_plan_exported") == []


def test_every_control_is_named(qtbot, workspace, dialogs) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit

    _window, page = open_window(qtbot, workspace, dialogs)
    from PySide6.QtWidgets import QWidget

    controls = [w for w in page.findChildren(QWidget) if isinstance(w, (QAbstractButton, QLineEdit,
                                                                           QAbstractItemView))
                and not w.objectName().startswith("qt_")]
    assert controls and [type(c).__name__ for c in controls if not c.accessibleName()] == []
