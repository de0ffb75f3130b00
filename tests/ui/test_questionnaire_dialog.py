"""The questionnaire dialog driven as a person would: keys 0-3 (0-9 and arrows for PEG), mouse clicks,
one page or one question per page, the review step with its way back, skipped items, submit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from integration_journal.core import measures
from integration_journal.core.records import QuestionnaireResponse
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.pages.base import JournalEvents, PageContext
from integration_journal.ui.questionnaire_dialog import QuestionnaireDialog
from tests.helpers.workspaces import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def workspace(data_dir, fast_kdf):
    ws, _kit = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf)
    yield ws
    ws.close()


@pytest.fixture
def ctx(workspace, dialogs):
    return PageContext(journal=workspace.journal, workspace=workspace, dialogs=dialogs, events=JournalEvents())


def open_dialog(qtbot, ctx, instrument: str, **options) -> QuestionnaireDialog:
    dialog = QuestionnaireDialog(ctx, instrument, **options)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def focused():
    return QApplication.focusWidget()


def type_answers(qtbot, values: list[int]) -> None:
    """Answer with the keyboard only: each digit goes to whatever has the focus."""
    for value in values:
        qtbot.keyClick(focused(), Qt.Key(Qt.Key.Key_0 + value))


def test_phq9_on_one_page_answered_with_the_keys_0_to_3_only(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx, "phq9")
    assert dialog.current_question() == 0 and len(dialog.question_pages) == 1
    type_answers(qtbot, [1, 2, 0, 1, 2, 3, 1, 0, 0, 2])  # nine items, then the difficulty question
    assert dialog.answers() == (1, 2, 0, 1, 2, 3, 1, 0, 0, 2)
    assert focused() is dialog.next_button  # the last key leads on to "Review answers"
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert dialog.on_review()
    assert [label.text() for label in dialog.review_answers][:3] == [
        "Several days (1)", "More than half the days (2)", "Not at all (0)"]
    assert dialog.review_answers[-1].text() == "Very difficult (2)"
    assert focused() is dialog.submit_button
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert dialog.on_result()
    assert dialog.total_label.text() == "10 of 27 — Moderate"
    assert "not a diagnosis" in dialog.note_label.text()
    [stored] = ctx.journal.list(kind=QuestionnaireResponse)
    assert stored.instrument == "phq9" and stored.answers == (1, 2, 0, 1, 2, 3, 1, 0, 0, 2)
    assert measures.score_response(stored).total == 10  # the difficulty answer is not scored


def test_a_digit_outside_the_scale_and_delete_behave(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx, "gad7")
    qtbot.keyClick(focused(), Qt.Key.Key_7)  # no such answer: nothing happens
    assert dialog.answers()[0] is None
    qtbot.keyClick(focused(), Qt.Key.Key_3)
    assert dialog.answers()[0] == 3
    dialog.questions[0].focus_answer()
    qtbot.keyClick(focused(), Qt.Key.Key_Delete)
    assert dialog.answers()[0] is None


def test_one_question_per_page_moves_on_with_each_key_and_the_review_leads_back(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx, "gad7", one_per_page=True)
    assert len(dialog.question_pages) == 8  # seven items and the difficulty question
    assert dialog.current_question() == 0 and not dialog.back_button.isEnabled()
    type_answers(qtbot, [0, 1, 2])
    assert dialog.current_question() == 3
    assert dialog.questions[3].isVisible() and not dialog.questions[2].isVisible()
    qtbot.mouseClick(dialog.back_button, LEFT)
    assert dialog.current_question() == 2
    qtbot.mouseClick(dialog.next_button, LEFT)
    type_answers(qtbot, [3, 0, 1, 2, 1])
    assert dialog.on_review()
    assert dialog.answers() == (0, 1, 2, 3, 0, 1, 2, 1)

    # From the review, back to question 2 to change it by mouse, then on to the review again.
    qtbot.mouseClick(dialog.change_buttons[1], LEFT)
    assert dialog.current_question() == 1
    qtbot.mouseClick(dialog.questions[1].buttons[3], LEFT)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.current_question() == 2
    dialog.questions[2].focus_answer()
    for _ in range(len(dialog.question_pages) - 2):
        qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.on_review()
    assert dialog.review_answers[1].text() == "Nearly every day (3)"
    qtbot.mouseClick(dialog.back_button, LEFT)  # Back from the review: the last question
    assert dialog.current_question() == len(dialog.question_pages) - 1
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.mouseClick(dialog.submit_button, LEFT)
    [stored] = ctx.journal.list(kind=QuestionnaireResponse)
    assert stored.answers == (0, 3, 2, 3, 0, 1, 2, 1)
    assert dialog.total_label.text() == "11 of 21 — Moderate"


def test_skipped_questions_store_the_answers_without_a_total(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx, "phq9")
    dialog.set_answers([1, None, 2, 1, 0, 0, 1, None, 0])
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.review_answers[1].text() == "Not answered"
    assert "2 questions not answered" in dialog.message_label.text()
    qtbot.mouseClick(dialog.submit_button, LEFT)
    [stored] = ctx.journal.list(kind=QuestionnaireResponse)
    assert stored.answers == (1, None, 2, 1, 0, 0, 1, None, 0)  # the unanswered difficulty question: left off
    assert dialog.total_label.text().startswith("Incomplete: 2 questions not answered (items 2, 8)")
    assert dialog.score.total is None and not dialog.score.safety_flag


def test_peg_takes_digits_and_the_arrow_key_up_to_10_and_shows_a_mean(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx, "peg")
    type_answers(qtbot, [9])
    qtbot.keyClick(focused(), Qt.Key.Key_Right)  # from 9 to 10 with the arrow key
    assert dialog.answers()[0] == 10
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # no moving on by itself on a 0-10 scale: Tab goes on
    type_answers(qtbot, [4])
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    type_answers(qtbot, [2])
    assert dialog.answers() == (10, 4, 2)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.review_answers[0].text() == "10"
    qtbot.mouseClick(dialog.submit_button, LEFT)
    assert dialog.total_label.text() == "5.3 of 10 (the average of 3 answers)"
    assert "Krebs EE" in dialog.attribution_label.text()


def test_a_positive_phq2_offers_the_full_phq9(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx, "phq2")
    assert "Spitzer" in dialog.attribution_label.text() and dialog.attribution_label.isVisible()
    type_answers(qtbot, [2, 1])
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.mouseClick(dialog.submit_button, LEFT)
    assert "positive screen" in dialog.screen_label.text()
    assert "cannot show that there are no safety concerns" in dialog.screen_label.text()
    assert dialog.follow_up_button.isVisible() and dialog.follow_up_button.text() == "Answer the full PHQ-9"
    with qtbot.waitSignal(dialog.follow_up_requested) as signal:
        qtbot.mouseClick(dialog.follow_up_button, LEFT)
    assert signal.args == ["phq9"]


def test_cancel_with_answers_asks_first_and_stores_nothing(qtbot, ctx, dialogs) -> None:
    dialog = open_dialog(qtbot, ctx, "gad2")
    type_answers(qtbot, [1])
    dialogs.confirm_answer = False
    qtbot.mouseClick(dialog.close_button, LEFT)
    assert dialog.isVisible() and dialog.answers()[0] == 1
    dialogs.confirm_answer = True
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(dialogs.texts("confirm")) == 2
    assert ctx.journal.list(kind=QuestionnaireResponse) == []


def test_the_dialog_is_not_modal_and_every_control_is_named(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QAbstractButton

    dialog = open_dialog(qtbot, ctx, "phq9", one_per_page=True)
    assert not dialog.isModal() and QApplication.activeModalWidget() is None
    unnamed = [b.text() for b in dialog.findChildren(QAbstractButton) if not b.accessibleName()]
    assert unnamed == []
