"""Unsubmitted questionnaires and unfinished check-ins survive a lock as encrypted drafts, and are offered
again after unlock: continue them, or discard them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from integration_journal.core.form_drafts import (
    CHECKIN_TARGET,
    QUESTIONNAIRE_TARGET,
    questionnaire_drafts,
)
from integration_journal.core.records import CheckIn, Draft, QuestionnaireResponse
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.pages.checkins import CheckinsPage
from integration_journal.ui.questionnaire_dialog import QuestionnaireDialog
from tests.helpers.main_window import make_workspace, open_main_window
from tests.helpers.workspaces import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def workspace(data_dir, fast_kdf):
    ws = make_workspace(data_dir, fast_kdf)
    yield ws
    ws.close()


def checkins_page(window) -> CheckinsPage:
    window.show_page(window.page_index("checkins"))
    page = window.current_page()
    assert isinstance(page, CheckinsPage)
    return page


def drafts(journal, target: str) -> list[Draft]:
    return [d for d in journal.list(kind=Draft) if d.target_kind == target]


def reopen(qtbot, workspace, dialogs, fast_kdf):
    ws = Workspace.open(workspace.data_dir, PASSPHRASE, policy=fast_kdf, backup=False)
    return ws, open_main_window(qtbot, ws, dialogs)


def test_a_half_answered_questionnaire_is_kept_on_lock_and_continued_after_unlock(
        qtbot, workspace, dialogs, fast_kdf) -> None:
    window = open_main_window(qtbot, workspace, dialogs)
    page = checkins_page(window)
    dialog = page.open_questionnaire("phq9")
    qtbot.waitExposed(dialog)
    assert dialogs.texts("confirm") == []  # nothing kept yet: nothing to offer
    for question, value in zip(dialog.questions[:3], [2, 0, 3], strict=True):
        qtbot.mouseClick(question.buttons[value], LEFT)
    window.lock()
    assert not dialog.isVisible() and all(v is None for v in dialog.answers())

    ws, again = reopen(qtbot, workspace, dialogs, fast_kdf)
    try:
        [kept] = drafts(ws.journal, QUESTIONNAIRE_TARGET)
        assert questionnaire_drafts([kept], "phq9")[0].answers == (2, 0, 3) + (None,) * 7
        assert ws.journal.list(kind=QuestionnaireResponse) == []
        page = checkins_page(again)
        dialogs.confirm_answer = True  # "Continue"
        dialog = page.open_questionnaire("phq9")
        [offer] = dialogs.texts("confirm")
        assert "PHQ-9" in offer and "3 of 10" in offer
        assert dialog.answers() == (2, 0, 3) + (None,) * 7
        assert dialog.message_label.isVisible()
        for question in dialog.questions[3:]:
            qtbot.mouseClick(question.buttons[1], LEFT)
        qtbot.mouseClick(dialog.next_button, LEFT)
        qtbot.mouseClick(dialog.submit_button, LEFT)
        [response] = ws.journal.list(kind=QuestionnaireResponse)
        assert response.answers == (2, 0, 3, 1, 1, 1, 1, 1, 1, 1)
        assert drafts(ws.journal, QUESTIONNAIRE_TARGET) == []  # submitted: the draft is gone
        dialog.accept()
    finally:
        again.lock()


def test_start_again_removes_the_kept_answers(qtbot, workspace, dialogs, fast_kdf) -> None:
    window = open_main_window(qtbot, workspace, dialogs)
    dialog = checkins_page(window).open_questionnaire("gad7")
    qtbot.mouseClick(dialog.questions[0].buttons[2], LEFT)
    window.close()  # quitting keeps the answers as well
    ws, again = reopen(qtbot, workspace, dialogs, fast_kdf)
    try:
        assert len(drafts(ws.journal, QUESTIONNAIRE_TARGET)) == 1
        page = checkins_page(again)
        assert page.open_questionnaire("phq9").answers() == (None,) * 10  # another questionnaire: no offer
        assert dialogs.texts("confirm") == []
        page.questionnaire.reject()
        dialogs.confirm_answer = False  # "Start again"
        dialog = page.open_questionnaire("gad7")
        assert len(dialogs.texts("confirm")) == 1
        assert dialog.answers() == (None,) * 8
        assert drafts(ws.journal, QUESTIONNAIRE_TARGET) == []
        dialog.reject()
    finally:
        again.lock()


def test_leaving_on_purpose_removes_the_draft_and_saving_twice_writes_once(qtbot, workspace, dialogs) -> None:
    window = open_main_window(qtbot, workspace, dialogs)
    dialog = checkins_page(window).open_questionnaire("peg")
    dialog.set_answers([4, 5, None])
    dialog.save_state()
    first = drafts(workspace.journal, QUESTIONNAIRE_TARGET)
    dialog.save_state()  # unchanged: no second write
    assert drafts(workspace.journal, QUESTIONNAIRE_TARGET) == first and len(first) == 1
    dialog.set_answers([4, 5, 6])
    dialog.save_state()
    [updated] = drafts(workspace.journal, QUESTIONNAIRE_TARGET)
    assert updated.id == first[0].id and questionnaire_drafts([updated], "peg")[0].answers == (4, 5, 6)
    dialogs.confirm_answer = True  # "Leave without saving"
    dialog.reject()
    assert drafts(workspace.journal, QUESTIONNAIRE_TARGET) == []
    window.lock()


def test_the_shell_asks_any_open_questionnaire_window_to_keep_its_answers(qtbot, workspace, dialogs,
                                                                          fast_kdf) -> None:
    window = open_main_window(qtbot, workspace, dialogs)
    dialog = QuestionnaireDialog(window.ctx, "gad2", parent=window)  # not opened through a page
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.questions[1].buttons[3], LEFT)
    window.lock()
    with Workspace.open(workspace.data_dir, PASSPHRASE, policy=fast_kdf, backup=False) as ws:
        [kept] = drafts(ws.journal, QUESTIONNAIRE_TARGET)
        assert questionnaire_drafts([kept], "gad2")[0].answers == (None, 3)
    dialog.discard()


def test_a_check_in_without_mood_and_anxiety_is_kept_as_a_draft_and_continued(
        qtbot, workspace, dialogs, fast_kdf) -> None:
    window = open_main_window(qtbot, workspace, dialogs)
    page = checkins_page(window)
    assert not page.draft_banner.isVisible()
    page.mood.set_value(3)
    page.note_edit.setPlainText("heavy morning")
    window.lock()
    ws, again = reopen(qtbot, workspace, dialogs, fast_kdf)
    try:
        assert ws.journal.list(kind=CheckIn) == []
        [kept] = drafts(ws.journal, CHECKIN_TARGET)
        assert kept.state["mood"] == 3 and kept.state["anxiety"] is None
        page = checkins_page(again)
        assert page.draft_banner.isVisible() and page.mood.value() is None
        qtbot.mouseClick(page.draft_continue, LEFT)
        assert not page.draft_banner.isVisible()
        assert (page.mood.value(), page.note_edit.toPlainText()) == (3, "heavy morning")
        assert not page.save_button.isEnabled()  # anxiety is still needed
        qtbot.keyClick(page.anxiety.slider, Qt.Key.Key_End)
        qtbot.mouseClick(page.save_button, LEFT)
        [saved] = ws.journal.list(kind=CheckIn)
        assert (saved.mood, saved.anxiety, saved.note) == (3, 10, "heavy morning")
        assert drafts(ws.journal, CHECKIN_TARGET) == []
    finally:
        again.lock()


def test_a_kept_check_in_can_be_discarded_and_a_second_lock_updates_the_same_draft(
        qtbot, workspace, dialogs, fast_kdf) -> None:
    window = open_main_window(qtbot, workspace, dialogs)
    page = checkins_page(window)
    page.anxiety.set_value(8)
    page.save_state()
    page.anxiety.set_value(7)
    window.lock()
    ws, again = reopen(qtbot, workspace, dialogs, fast_kdf)
    try:
        [kept] = drafts(ws.journal, CHECKIN_TARGET)
        assert kept.state["anxiety"] == 7
        page = checkins_page(again)
        qtbot.mouseClick(page.draft_discard, LEFT)
        assert not page.draft_banner.isVisible() and drafts(ws.journal, CHECKIN_TARGET) == []
        assert page.anxiety.value() is None
    finally:
        again.lock()
