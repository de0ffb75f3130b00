"""The quick session log (issue #12 item 4, docs/design.md §2): the session form opens on date and time, route,
dose and a line about how it was; "More details…" (Alt+E) shows the rest in place; both views save the same
record, and a session with details opens with them shown."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from integration_journal.core.records import Route, Setting, SideEffectReport, TreatmentSession
from integration_journal.ui.pages.sessions import SessionsPage
from tests.helpers.clocks import FROZEN_NOW, FrozenClock
from tests.helpers.session_form import more_details
from tests.helpers.workspaces import show_page

LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def page(qtbot, ctx) -> SessionsPage:
    page = show_page(qtbot, SessionsPage(ctx), 1000, 760)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def visible_inputs(form) -> list:
    return [w for w in (form.when_edit, form.route_combo, form.setting_combo, form.clinic_edit, form.provider_edit,
                        form.dose_edit, form.series_spin, form.product_combo, form.intention_edit, form.bp_before_edit,
                        form.experience_spin, form.checklist, form.notes_edit) if w.isVisible()]


def test_the_form_opens_on_the_quick_log_and_saves_only_what_it_shows(qtbot, page, ctx) -> None:
    qtbot.mouseClick(page.new_button, LEFT)
    form = page.form
    assert not form.details_shown
    assert visible_inputs(form) == [form.when_edit, form.route_combo, form.dose_edit, form.notes_edit]
    assert form.details_button.isVisible() and form.details_button.text() == "Mor&e details…"
    assert form.notes_edit.placeholderText() == "Optional: how was it, in a line?"
    assert not form.carried_label.isVisible()  # a first session carries nothing hidden

    assert form.when_edit.hasFocus()
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)  # through the date's parts to the route
    while not form.route_combo.hasFocus():
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(form.route_combo, Qt.Key.Key_Down)  # IV -> IM
    qtbot.keyClick(form.route_combo, Qt.Key.Key_Tab)
    assert form.dose_edit.hasFocus()  # the hidden setting, clinic and provider are skipped
    qtbot.keyClicks(form.dose_edit, "35")
    qtbot.keyClick(form.dose_edit, Qt.Key.Key_Tab)
    assert form.details_button.hasFocus()  # the toggle is on the keyboard's way
    qtbot.keyClick(form.details_button, Qt.Key.Key_Tab)
    assert form.notes_edit.hasFocus()
    qtbot.keyClicks(form.notes_edit, "Calmer than last time.")
    qtbot.keyClick(form.notes_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    [saved] = ctx.journal.list(kind="session")
    assert saved == TreatmentSession(
        when=FROZEN_NOW.replace(second=0), route=Route.IM, setting=Setting.CLINIC, dose_mg=35.0,
        notes="Calmer than last time.", id=saved.id, created=saved.created, updated=saved.updated)
    assert page.stack.currentWidget() is page.list_panel


def test_more_details_shows_the_rest_in_place_and_saves_it_into_the_same_record(qtbot, page, ctx) -> None:
    qtbot.mouseClick(page.new_button, LEFT)
    form = page.form
    type_into(qtbot, form.dose_edit, "56")
    qtbot.keyClick(form.dose_edit, Qt.Key.Key_E, ALT)  # the toggle's mnemonic, from the keyboard
    qtbot.waitUntil(lambda: form.details_shown)  # a mnemonic "animates" the click: it lands a moment later
    assert form.details_button.text() == "F&ewer details"
    assert form.setting_combo.isVisible() and form.checklist.isVisible() and form.bp_before_edit.isVisible()
    assert form.dose_edit.text() == "56"  # what was typed stays
    box = form.checklist.severity_box("nausea")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)  # moderate
    type_into(qtbot, form.bp_after_edit, "135/85")
    type_into(qtbot, form.notes_edit, "Queasy on the way home.")
    qtbot.mouseClick(form.save_button, LEFT)

    [saved] = ctx.journal.list(kind="session")
    assert saved.side_effects == (SideEffectReport("nausea", 2),)
    assert (saved.dose_mg, saved.bp_after.systolic, saved.notes) == (56.0, 135, "Queasy on the way home.")


def test_hiding_the_details_again_keeps_and_saves_them(qtbot, page, ctx) -> None:
    qtbot.mouseClick(page.new_button, LEFT)
    form = page.form
    more_details(qtbot, form)
    type_into(qtbot, form.clinic_edit, "Riverside")
    type_into(qtbot, form.intention_edit, "Be curious")
    qtbot.mouseClick(form.details_button, LEFT)  # "Fewer details"
    assert not form.details_shown and not form.intention_edit.isVisible()
    assert form.carried_label.isVisible() and form.carried_label.text() == "Also saved: Riverside"
    qtbot.mouseClick(form.save_button, LEFT)
    [saved] = ctx.journal.list(kind="session")
    assert (saved.clinic, saved.intention) == ("Riverside", "Be curious")


def test_a_problem_among_the_hidden_details_is_shown_not_hidden(qtbot, page, ctx) -> None:
    state = {"when": FROZEN_NOW.replace(tzinfo=None).isoformat(), "route": "iv", "bp_before": "400/80"}
    page.form.load_state(state)
    page.stack.setCurrentWidget(page.form)
    assert page.form.details_shown  # a draft with details opens with them in view
    page.form.show_details(False)
    qtbot.mouseClick(page.form.save_button, LEFT)
    assert ctx.journal.list(kind="session") == []
    assert page.form.details_shown and page.form.bp_before_edit.hasFocus()
    assert page.form.error_label.text().startswith("Blood pressure before:")


def test_editing_opens_the_view_the_session_needs(qtbot, page, ctx) -> None:
    when = FROZEN_NOW - dt.timedelta(days=2)
    quick = ctx.journal.add(TreatmentSession(when=when, route=Route.IV, setting=Setting.CLINIC, dose_mg=35.0,
                                             notes="Fine."))
    page.reload()
    page.select(quick.id)
    page.edit_selected()
    assert not page.form.details_shown and page.form.heading.text() == "Edit session"
    page.form.cancel_requested.emit()

    for detail in ({"side_effects": (SideEffectReport("headache", 1),)}, {"experience": 6},
                   {"transport_home": "taxi"}, {"intention": "Rest"}):
        detailed = ctx.journal.add(TreatmentSession(when=when, route=Route.IV, setting=Setting.CLINIC, **detail))
        page.reload()
        page.select(detailed.id)
        page.edit_selected()
        assert page.form.details_shown, detail
        page.form.cancel_requested.emit()


def test_the_toggle_is_remembered_for_the_next_session_while_the_app_runs(qtbot, page, ctx) -> None:
    qtbot.mouseClick(page.new_button, LEFT)
    more_details(qtbot, page.form)
    qtbot.mouseClick(page.form.save_button, LEFT)
    qtbot.mouseClick(page.new_button, LEFT)
    assert page.form.details_shown  # chose the full form last time
    qtbot.mouseClick(page.form.details_button, LEFT)
    qtbot.mouseClick(page.form.save_button, LEFT)
    qtbot.mouseClick(page.new_button, LEFT)
    assert not page.form.details_shown
    # An edit that needed its details shown is not taken as a choice.
    [latest, *_] = ctx.journal.list(kind="session")
    ctx.journal.update(dataclasses.replace(latest, experience=3))
    page.form.cancel_requested.emit()
    page.reload()
    page.select(latest.id)
    page.edit_selected()
    assert page.form.details_shown
    page.form.cancel_requested.emit()
    qtbot.mouseClick(page.new_button, LEFT)
    assert not page.form.details_shown
