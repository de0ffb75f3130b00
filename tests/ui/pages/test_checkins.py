"""The Check-ins page in the real main window: the daily check-in for any day, questionnaires and their
history, and the safety flow after a PHQ-9 (docs/clinical.md §3.9) — the app stays usable throughout."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from integration_journal.core.records import AuditEvent, CheckIn, Profile, QuestionnaireResponse, SafetyPlan
from integration_journal.core.settings import SettingsService
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.checkin_models import CheckinTableModel, ResponseTableModel, response_rows
from integration_journal.ui.main_window import MainWindow
from integration_journal.ui.pages.checkins import CheckinsPage
from tests.helpers.main_window import make_workspace
from tests.helpers.support_panels import visible_panels, window_with_panels
from tests.helpers.workspaces import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton
D = dt.timedelta(days=1)


@pytest.fixture
def workspace(data_dir, fast_kdf):
    ws = make_workspace(data_dir, fast_kdf)
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, workspace, dialogs) -> MainWindow:
    yield from window_with_panels(qtbot, workspace, dialogs)


def set_country(ws, code: str | None, **clinic: str) -> None:
    [profile] = ws.journal.list(kind=Profile)
    ws.journal.update(dataclasses.replace(profile, country_code=code, **clinic))


def checkins_page(window) -> CheckinsPage:
    window.show_page(window.page_index("checkins"))
    page = window.current_page()
    assert isinstance(page, CheckinsPage)
    return page


def answer_phq9(qtbot, page: CheckinsPage, item9: int):
    page.open_questionnaire("phq9")
    dialog = page.questionnaire
    qtbot.waitExposed(dialog)
    for question, value in zip(dialog.questions, [1, 1, 2, 1, 0, 1, 0, 0, item9, 1], strict=True):
        qtbot.mouseClick(question.buttons[value], LEFT)
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.mouseClick(dialog.submit_button, LEFT)
    return dialog


def safety_events(journal) -> list[AuditEvent]:
    return [e for e in journal.list(kind=AuditEvent) if e.event == "safety_flow_shown"]


def test_phq9_with_item_9_at_0_shows_no_safety_panel(qtbot, window, workspace) -> None:
    set_country(workspace, "US")
    page = checkins_page(window)
    dialog = answer_phq9(qtbot, page, 0)
    assert dialog.on_result() and dialog.total_label.text() == "6 of 27 — Mild"
    assert visible_panels() == [] and page.safety_panel is None
    assert not dialog.support_button.isVisible()
    assert safety_events(workspace.journal) == []


def test_item_9_at_1_shows_the_us_numbers_and_records_the_flag(qtbot, window, workspace) -> None:
    set_country(workspace, "US")
    page = checkins_page(window)
    dialog = answer_phq9(qtbot, page, 1)
    [panel] = visible_panels()
    texts = panel.texts()
    assert texts[0].startswith("Thank you for answering honestly.")
    assert texts[1] == "If you might act on these thoughts or are in danger now, call 911."  # emergency first
    assert any("Call or text 988" in t or t == "Call 988" for t in texts)
    assert "Please reach out today." not in texts  # the firmer copy is for 2 and 3
    assert any("does not monitor your answers in real time" in t for t in texts)
    assert panel.plan_button.text() == "Make a safety plan with my therapist"
    assert not panel.isModal() and QApplication.activeModalWidget() is None
    [event] = safety_events(workspace.journal)
    assert event.details == {"instrument": "phq9", "value": 1}
    [stored] = workspace.journal.list(kind=QuestionnaireResponse)
    assert stored.answers[8] == 1
    assert dialog.support_button.isVisible()
    # The history marks the flag.
    assert page.tabs.currentIndex() == 1 and page.current_instrument() == "phq9"
    flag = page.response_model.index(0, ResponseTableModel.COL_SAFETY).data()
    assert flag.startswith("⚑ 1")


def test_item_9_at_3_shows_the_gb_lines_with_firmer_copy_and_the_app_stays_usable(qtbot, window,
                                                                                  workspace) -> None:
    set_country(workspace, "GB", clinic_name="Riverside Clinic", clinic_phone="020 7946 0000")
    workspace.journal.add(SafetyPlan(people_to_ask=("Alex 07700 900123",)))
    page = checkins_page(window)
    answer_phq9(qtbot, page, 3)
    [panel] = visible_panels()
    texts = panel.texts()
    assert texts[1] == "If you might act on these thoughts or are in danger now, call 999 or 112."
    assert "Please reach out today." in texts
    assert "Call 116 123" in texts and "Samaritans" in texts
    assert texts.index("Please reach out today.") < texts.index("Samaritans")
    assert "• Alex 07700 900123" in texts
    assert "Your clinic (Riverside Clinic): 020 7946 0000" in texts
    assert panel.plan_button.text() == "Open my safety plan"
    [event] = safety_events(workspace.journal)
    assert event.details["value"] == 3

    # The app stays usable: switch page with the keyboard and write in the journal.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    journal_page = window.current_page()
    assert journal_page.PAGE_ID == "journal"
    journal_page.activate(new=True)
    editor = journal_page.body_edit
    editor.setFocus()
    qtbot.keyClicks(editor, "Still here, writing.")
    assert "Still here, writing." in editor.toPlainText()
    assert panel.isVisible()  # the panel stays open beside the app until closed

    # Its plan button leads to the safety plan page.
    qtbot.mouseClick(panel.plan_button, LEFT)
    assert window.current_page().PAGE_ID == "safety_plan"
    qtbot.mouseClick(panel.close_button, LEFT)
    assert visible_panels() == []


def test_a_check_in_for_a_past_day_edits_that_day(qtbot, window, workspace) -> None:
    journal = workspace.journal
    today = journal.now().astimezone().date()
    journal.add(CheckIn(date=today - 2 * D, mood=3, anxiety=6, note="Rainy"))
    page = checkins_page(window)
    window.checkin_action.trigger()
    assert page.tabs.currentIndex() == 0 and page.date_edit.day() == today
    assert page.day_status.text().startswith("No check-in for this day yet")

    # Yesterday: a new check-in, entered with the keyboard.
    page.date_edit.set_day(page.date_edit.day() - D)
    page.mood.slider.setFocus()
    qtbot.keyClick(page.mood.slider, Qt.Key.Key_Right)
    page.anxiety.slider.setFocus()
    qtbot.keyClick(page.anxiety.slider, Qt.Key.Key_Left)
    qtbot.keyClicks(page.note_edit, "Slept badly")
    qtbot.keyClick(page.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = {c.date: c for c in journal.list(kind=CheckIn)}
    assert stored[today - D].mood == 6 and stored[today - D].anxiety == 4
    assert stored[today - D].pain is None and stored[today - D].note == "Slept badly"

    # Two days ago: the stored check-in loads, and saving updates it (still one per day).
    page.date_edit.set_day(page.date_edit.day() - D)
    assert page.mood.value() == 3 and page.note_edit.toPlainText() == "Rainy"
    assert page.day_status.text().startswith("A check-in for this day is saved")
    page.pain.slider.setFocus()
    qtbot.keyClick(page.pain.slider, Qt.Key.Key_End)
    qtbot.mouseClick(page.save_button, LEFT)
    checkins = journal.list(kind=CheckIn)
    assert len(checkins) == 2
    assert {c.date: c.pain for c in checkins}[today - 2 * D] == 10

    # Choosing a row in the list loads that day.
    assert page.checkin_model.rowCount() == 2
    page.date_edit.set_day(page.date_edit.latest())
    index = page.checkin_proxy.index(1, 0)  # newest first: the older day
    page.checkin_table.activated.emit(index)
    assert page.date_edit.day() == today - 2 * D and page.pain.value() == 10
    assert page.date_edit.latest() == today  # no check-ins for days to come


def test_leaving_an_edited_day_asks_and_a_lock_keeps_the_edit(qtbot, window, workspace, dialogs,
                                                               fast_kdf) -> None:
    page = checkins_page(window)
    page.mood.set_value(4)
    page.anxiety.set_value(2)
    dialogs.confirm_answer = False
    page.date_edit.set_day(page.date_edit.day() - D)
    assert dialogs.texts("confirm") and workspace.journal.list(kind=CheckIn) == []
    page.date_edit.set_day(page.date_edit.day() + D)
    assert page.mood.value() is None  # discarded
    page.mood.set_value(7)
    page.anxiety.set_value(1)
    window.lock()
    assert window.is_locked and page.mood.value() is None
    with Workspace.open(workspace.data_dir, PASSPHRASE, policy=fast_kdf, backup=False) as reopened:
        [saved] = reopened.journal.list(kind=CheckIn)
        assert (saved.mood, saved.anxiety) == (7, 1)


def test_leaving_a_day_with_an_incomplete_check_in_asks_before_dropping_it(qtbot, window, workspace,
                                                                           dialogs) -> None:
    """Without mood and anxiety an edit cannot be saved; changing the day used to drop it silently."""
    page = checkins_page(window)
    today = page.date_edit.day()
    page.mood.set_value(6)  # anxiety still missing
    page.note_edit.setPlainText("Slept badly")
    dialogs.confirm_answer = False  # "Stay on this day"
    page.date_edit.set_day(today - D)
    assert "not complete" in dialogs.texts("confirm")[-1]
    assert page.date_edit.day() == today and page.mood.value() == 6
    assert page.note_edit.toPlainText() == "Slept badly"
    dialogs.confirm_answer = True  # "Discard it"
    page.date_edit.set_day(today - D)
    assert page.date_edit.day() == today - D and page.mood.value() is None
    assert workspace.journal.list(kind=CheckIn) == []


def test_deep_links_open_a_questionnaire_and_the_setting_picks_one_per_page(qtbot, window, workspace) -> None:
    SettingsService(workspace.journal).set_questionnaire_one_per_page(True)
    window.ctx.navigate("checkins", instrument="gad7")
    page = window.current_page()
    dialog = page.questionnaire
    assert dialog.isVisible() and dialog.measure.id == "gad7" and dialog.one_per_page
    assert page.tabs.currentIndex() == 1 and page.current_instrument() == "gad7"
    window.ctx.navigate("checkins", history="peg")
    assert page.current_instrument() == "peg"
    window.show_page(0)
    window.show_page(window.page_index("checkins"))  # back from the sidebar: the same tab
    assert page.tabs.currentIndex() == 1
    window.ctx.navigate("checkins", day=page._today() - D)
    assert page.tabs.currentIndex() == 0 and page.date_edit.day() == page._today() - D


def test_marking_a_baseline_moves_the_change_reference(qtbot, window, workspace) -> None:
    journal = workspace.journal
    now = journal.now()
    for days, answers in ((20, (3, 3, 3, 3, 3, 3, 3)), (10, (2, 2, 2, 2, 2, 2, 2)), (1, (1, 1, 1, 1, 1, 1, 1))):
        journal.add(QuestionnaireResponse(instrument="gad7", answers=answers, taken_at=now - days * D))
    page = checkins_page(window)
    page.show_history("gad7")
    model = page.response_model
    assert [model.index(r, ResponseTableModel.COL_BASELINE).data() for r in range(3)] == [
        "", "", "Baseline (first)"]
    assert "Baseline: 21." in page.progress_label.text() and "change of -14" in page.progress_label.text()
    page.response_table.selectRow(1)  # the middle one (newest first)
    qtbot.mouseClick(page.baseline_button, LEFT)
    assert [model.index(r, ResponseTableModel.COL_BASELINE).data() for r in range(3)] == [
        "", "Baseline (marked)", ""]
    assert "Baseline: 14." in page.progress_label.text()
    assert page.baseline_button.text().replace("&", "") == "Unmark baseline"
    qtbot.mouseClick(page.baseline_button, LEFT)
    assert not any(r.baseline for r in journal.list(kind=QuestionnaireResponse))


def test_the_models_pass_the_model_tester(qtmodeltester, workspace) -> None:
    journal = workspace.journal
    now = journal.now()
    checkins = CheckinTableModel()
    checkins.set_checkins([CheckIn(date=dt.date(2024, 3, d), mood=d % 11, anxiety=2, pain=None if d % 2 else 3,
                                   sleep_hours=7.5 if d % 3 else None) for d in range(1, 6)])
    qtmodeltester.check(checkins)
    responses = [QuestionnaireResponse(instrument="phq9", answers=(1,) * 8 + (v,), taken_at=now - v * D)
                 for v in (0, 1, 2)]
    responses.append(QuestionnaireResponse(instrument="phq9", answers=(None,) * 9, taken_at=now))
    rows, _progress = response_rows("phq9", responses)
    model = ResponseTableModel()
    model.set_responses("phq9", rows)
    qtmodeltester.check(model)
    assert model.index(0, ResponseTableModel.COL_TOTAL).data() == "incomplete"
    empty = ResponseTableModel()
    qtmodeltester.check(empty)


def test_the_daily_check_in_says_it_is_not_a_validated_measure(qtbot, window) -> None:
    page = checkins_page(window)
    assert "not a validated clinical measure" in page.app_note.text()
    assert window.checkin_action.shortcut() == QKeySequence("Ctrl+Shift+K")


def test_the_settings_dialog_offers_one_question_per_page(qtbot, window, workspace, dialogs) -> None:
    from integration_journal.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, dialogs, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    check = dialog.one_per_page_check
    assert check.accessibleName() == "Questionnaires: one question per page" and not check.isChecked()
    qtbot.mouseClick(check, LEFT)
    dialog.service.save(dialog.preferences())  # what OK does, without touching the app's theme
    assert SettingsService(workspace.journal).questionnaire_one_per_page() is True
    again = SettingsDialog(window.ctx, dialogs, parent=window)
    qtbot.addWidget(again)
    assert again.one_per_page_check.isChecked()
    dialog.discard()
    again.discard()
