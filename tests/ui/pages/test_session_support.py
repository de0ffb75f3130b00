"""In the real main window: a session saved with thoughts of self-harm logged opens the same non-modal support
panel as PHQ-9 item 9 ≥ 1, with the same content-free audit event (docs/clinical.md §4.2, §3.9); and the
guidance after a session (the driving note after nasal esketamine) is the command line's, word for word."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from integration_journal.core import safety, side_effects
from integration_journal.core.records import AuditEvent, Profile, Route, SafetyPlan, Setting, TreatmentSession
from integration_journal.core.session_guidance import guidance_for_session, plain_lines
from integration_journal.ui.pages.sessions import SessionsPage
from integration_journal.ui.safety_panel import build_panel
from tests.helpers.clocks import FROZEN_NOW
from tests.helpers.main_window import make_workspace
from tests.helpers.session_form import more_details
from tests.helpers.support_panels import visible_panels, window_with_panels

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def workspace(data_dir, fast_kdf):
    ws = make_workspace(data_dir, fast_kdf)
    [profile] = ws.journal.list(kind=Profile)
    ws.journal.update(dataclasses.replace(profile, country_code="GB", clinic_name="Riverside Clinic",
                                          clinic_phone="020 7946 0000"))
    ws.journal.add(SafetyPlan(people_to_ask=("Alex 07700 900123",)))
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, workspace, dialogs):
    yield from window_with_panels(qtbot, workspace, dialogs)


def sessions_page(window) -> SessionsPage:
    window.show_page(window.page_index("sessions"))
    page = window.current_page()
    assert isinstance(page, SessionsPage)
    return page


def flow_events(journal) -> list[AuditEvent]:
    return [e for e in journal.list(kind=AuditEvent) if e.event == "safety_flow_shown"]


def log_effect(qtbot, form, effect: str, severity: int) -> None:
    box = form.checklist.severity_box(effect)
    box.setFocus()
    for _ in range(severity - box.currentData()):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == severity


def test_saving_self_harm_thoughts_opens_the_phq9_panel_and_records_the_same_event(qtbot, window, workspace) -> None:
    page = sessions_page(window)
    qtbot.mouseClick(page.new_button, LEFT)
    more_details(qtbot, page.form)
    log_effect(qtbot, page.form, "suicidal_thoughts", 2)
    assert visible_panels() == []  # never while the form is being filled in
    qtbot.mouseClick(page.form.save_button, LEFT)

    [panel] = visible_panels()
    assert not panel.isModal() and QApplication.activeModalWidget() is None
    assert panel.parentWidget() is window
    profile, plan = workspace.journal.list(kind=Profile)[0], workspace.journal.list(kind=SafetyPlan)[0]
    assert panel.content == safety.safety_flow_content(2, profile, plan)  # PHQ-9 item 9 = 2's content
    phq9_panel = build_panel(workspace.journal, 2)  # what the check-ins page shows for item 9 = 2
    qtbot.addWidget(phq9_panel)
    assert panel.texts() == phq9_panel.texts()
    texts = panel.texts()
    assert texts[1] == "If you might act on these thoughts or are in danger now, call 999 or 112."
    assert "Please reach out today." in texts and "Samaritans" in texts and "• Alex 07700 900123" in texts
    [event] = flow_events(workspace.journal)
    assert dict(event.details) == {"instrument": "session", "value": 2}  # no side-effect words in the log
    assert page.saved_guidance.support_button.isVisible()  # and the way back to it stays by the notice

    # The app stays usable beside it; its plan button leads to the safety plan.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(page.new_button, LEFT)
    assert page.stack.currentWidget() is page.form and panel.isVisible()
    page.form.cancel_requested.emit()
    qtbot.mouseClick(panel.plan_button, LEFT)
    assert window.current_page().PAGE_ID == "safety_plan"


def test_the_panel_opens_when_an_edit_logs_it_not_on_every_later_save(qtbot, window, workspace) -> None:
    session = workspace.journal.add(TreatmentSession(when=FROZEN_NOW - dt.timedelta(days=1), route=Route.IV,
                                                     setting=Setting.CLINIC))
    page = sessions_page(window)
    page.select(session.id)
    page.edit_selected()
    more_details(qtbot, page.form)
    log_effect(qtbot, page.form, "suicidal_thoughts", 1)
    qtbot.mouseClick(page.form.save_button, LEFT)
    [panel] = visible_panels()
    assert panel.content.firmer is None  # mild, as item 9 = 1
    assert [dict(e.details) for e in flow_events(workspace.journal)] == [{"instrument": "session", "value": 1}]
    qtbot.mouseClick(panel.close_button, LEFT)

    page.edit_selected()  # a later change to the same session: nothing newly logged
    assert page.form.details_shown
    page.form.notes_edit.setFocus()
    qtbot.keyClicks(page.form.notes_edit, "Spoke to my therapist.")
    qtbot.mouseClick(page.form.save_button, LEFT)
    assert visible_panels() == [] and len(flow_events(workspace.journal)) == 1

    page.edit_selected()  # more severe than before: logged anew
    log_effect(qtbot, page.form, "suicidal_thoughts", 3)
    qtbot.mouseClick(page.form.save_button, LEFT)
    [panel] = visible_panels()
    assert panel.content.firmer == "Please reach out today."
    # both logged (under a frozen clock the two events share a time, so their listed order is not theirs)
    assert sorted(e.details["value"] for e in flow_events(workspace.journal)) == [1, 3]


def test_other_red_flags_open_no_panel(qtbot, window, workspace) -> None:
    page = sessions_page(window)
    qtbot.mouseClick(page.new_button, LEFT)
    more_details(qtbot, page.form)
    log_effect(qtbot, page.form, "mood_dip", 3)
    qtbot.mouseClick(page.form.save_button, LEFT)
    assert visible_panels() == [] and flow_events(workspace.journal) == []


def test_nasal_esketamine_shows_the_driving_advice_as_the_command_line_prints_it(qtbot, window, workspace) -> None:
    page = sessions_page(window)
    qtbot.mouseClick(page.new_button, LEFT)
    form = page.form
    form.route_combo.setFocus()
    while form.route_combo.currentData() != "nasal":
        qtbot.keyClick(form.route_combo, Qt.Key.Key_Down)
    assert form.guidance.isVisible()  # in the quick log too
    assert form.guidance.plain_text() == f"Driving — after nasal esketamine: {side_effects.ESKETAMINE_DRIVING_GUIDANCE}"
    more_details(qtbot, form)
    log_effect(qtbot, form, "sedation", 3)
    qtbot.mouseClick(form.save_button, LEFT)
    [saved] = workspace.journal.list(kind="session")
    lines = page.saved_guidance.plain_text().splitlines()
    assert lines == plain_lines(guidance_for_session(saved, workspace.journal.now()))  # `session` prints these
    assert lines[0].startswith("Very sleepy") and lines[1].startswith("Driving — ")
    assert "until the next day after a restful sleep" in lines[1]
    panel = page.saved_guidance
    assert "Driving" in panel.text.text() and not panel.support_button.isVisible()


def test_an_older_nasal_session_has_no_driving_note(qtbot, window, workspace) -> None:
    page = sessions_page(window)
    session = workspace.journal.add(TreatmentSession(when=FROZEN_NOW - dt.timedelta(days=3), route=Route.NASAL,
                                                     setting=Setting.CLINIC, dose_mg=56.0))
    page.reload()
    page.select(session.id)
    page.edit_selected()
    assert not page.form.guidance.isVisible() and page.form.guidance.items == ()
