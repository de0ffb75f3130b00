"""The Sessions page driven like a person would: log, validate, side effects by route, guidance, the
same-day offer, edit, delete and undo, drafts across a lock, and the table model's contract."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from integration_journal.core import side_effects
from integration_journal.core.records import (
    BloodPressure,
    EffectDuration,
    Entry,
    Route,
    Setting,
    SideEffectReport,
    TreatmentSession,
)
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.models import SORT_ROLE
from integration_journal.ui.pages.base import JournalEvents, PageContext
from integration_journal.ui.pages.sessions import SessionsPage
from integration_journal.ui.session_models import SessionTableModel
from tests.helpers.input import type_date, type_datetime
from tests.helpers.session_form import more_details

# --- fixtures and helpers ------------------------------------------------------------------------

@pytest.fixture
def workspace(data_dir, fast_kdf, passphrase):
    ws, _kit = Workspace.create(data_dir, passphrase, role="patient", display_name="Sam", policy=fast_kdf)
    yield ws
    ws.close()


@pytest.fixture
def ctx(workspace, dialogs):
    return PageContext(journal=workspace.journal, workspace=workspace, dialogs=dialogs, events=JournalEvents())


def make_page(qtbot, ctx) -> SessionsPage:
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # focus (and so keyboard shortcuts) needs the active window
    qtbot.waitUntil(page.isActiveWindow)
    return page


@pytest.fixture
def page(qtbot, ctx) -> SessionsPage:
    return make_page(qtbot, ctx)


def sessions(ctx) -> list[TreatmentSession]:
    return ctx.journal.list(kind="session")


def type_into(qtbot, widget, text: str, *, replace: bool = True) -> None:
    widget.setFocus()
    if replace:
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def choose(qtbot, combo, steps: int) -> None:
    """Move a combo box `steps` items down (or up, if negative) with the arrow keys."""
    combo.setFocus()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, key)


def choose_data(qtbot, combo, value) -> None:
    target = combo.findData(value)
    assert target >= 0, value
    choose(qtbot, combo, target - combo.currentIndex())
    assert combo.currentData() == value


def click_row(qtbot, page, row: int) -> None:
    rect = page.table.visualRect(page.proxy.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.table.hasFocus()


def add_session(ctx, **overrides) -> TreatmentSession:
    values = dict(when=dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.timezone.utc), route=Route.IV,
                  setting=Setting.CLINIC, dose_mg=35.0, clinic="Riverside", provider="Dr. Lee",
                  side_effects=(SideEffectReport("nausea", 2),))
    values.update(overrides)
    return ctx.journal.add(TreatmentSession(**values))


# --- logging a session ----------------------------------------------------------------------------

def test_log_a_session_with_every_field(qtbot, page, ctx) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert page.stack.currentWidget() is form
    assert form.heading.text() == "Log a session"
    more_details(qtbot, form)

    now = ctx.now().astimezone().replace(second=0, microsecond=0)
    when = now - dt.timedelta(minutes=95)
    if when.date() != now.date():  # just after midnight: keep the session on today
        when = now.replace(hour=0, minute=0)
    type_datetime(qtbot, form.when_edit, when)
    choose_data(qtbot, form.route_combo, "nasal")
    choose_data(qtbot, form.setting_combo, "home_supported")
    type_into(qtbot, form.clinic_edit, "Riverside Clinic")
    type_into(qtbot, form.provider_edit, "Dr. Lee")
    type_into(qtbot, form.dose_edit, "56")
    type_into(qtbot, form.intention_edit, "Open to seeing my worry from further away")
    type_into(qtbot, form.bp_before_edit, "128/82")
    type_into(qtbot, form.bp_after_edit, "141 / 88")
    type_into(qtbot, form.experience_spin, "7")
    type_into(qtbot, form.experience_text_edit, "Colours, and a feeling of space.")
    choose(qtbot, form.checklist.severity_box("nasal_throat"), 1)  # mild
    choose(qtbot, form.checklist.severity_box("dissociation"), 2)  # moderate
    duration = form.checklist.duration_box("dissociation")
    assert duration.isEnabled()
    choose_data(qtbot, duration, "1-4h")
    choose(qtbot, form.checklist.severity_box("fatigue"), 3)  # severe
    type_into(qtbot, form.notes_edit, "Slept well after.")

    with qtbot.waitSignal(ctx.events.records_changed) as changed:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == [{"session"}]

    [saved] = sessions(ctx)
    assert saved.when == when and saved.when.utcoffset() is not None
    assert saved.route is Route.NASAL and saved.setting is Setting.HOME_SUPPORTED
    assert (saved.clinic, saved.provider, saved.dose_mg) == ("Riverside Clinic", "Dr. Lee", 56.0)
    assert saved.intention == "Open to seeing my worry from further away"
    assert (saved.bp_before, saved.bp_after) == (BloodPressure(128, 82), BloodPressure(141, 88))
    assert (saved.experience, saved.experience_text) == (7, "Colours, and a feeling of space.")
    assert saved.side_effects == (
        SideEffectReport("dissociation", 2, EffectDuration.ONE_TO_4H),
        SideEffectReport("nasal_throat", 1),
        SideEffectReport("fatigue", 3),
    )
    assert saved.notes == "Slept well after."

    # Back on the list, the new session selected and shown.
    assert page.stack.currentWidget() is page.list_panel
    assert page.model.rowCount() == 1 and page.selected_session().id == saved.id
    assert "Riverside Clinic" in page.detail.toPlainText()
    row = page.proxy.index(0, SessionTableModel.COL_EFFECT)
    assert row.data() == "Tiredness / 'hangover' feeling: Severe"


def test_after_saving_the_same_day_prompts_are_offered(qtbot, page, ctx) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.form
    qtbot.keyClick(page.form.clinic_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # save
    [saved] = sessions(ctx)
    assert page.banner_area.isVisible() and page.offer_button.isVisible()
    assert page.offer_label.text() == "Would you like a few gentle questions for today?"
    with qtbot.waitSignal(ctx.events.navigate_requested) as navigated:
        qtbot.mouseClick(page.offer_button, Qt.MouseButton.LeftButton)
    assert navigated.args == ["prompts", {"phase": "same-day", "session_id": saved.id}]
    assert not page.banner_area.isVisible()


def test_a_session_logged_for_another_day_is_not_offered_same_day_prompts(qtbot, page, ctx) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_datetime(qtbot, page.form.when_edit, dt.datetime(2024, 5, 6, 10, 15))
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert len(sessions(ctx)) == 1
    assert page.banner_area.isVisible()
    assert not page.offer_button.isVisible()
    assert page.banner_label.text() == "The session was saved."


def test_invalid_blood_pressure_is_refused_naming_the_field(qtbot, page, ctx) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    more_details(qtbot, form)
    type_into(qtbot, form.bp_before_edit, "400/80")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert sessions(ctx) == []
    assert page.stack.currentWidget() is form
    assert form.error_label.isVisible()
    assert form.error_label.text().startswith("Blood pressure before: the top number (systolic)")
    assert form.bp_before_edit.hasFocus()

    type_into(qtbot, form.bp_before_edit, "120/80")
    type_into(qtbot, form.bp_after_edit, "120 over")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert sessions(ctx) == []
    assert form.error_label.text() == (
        "Blood pressure after: please write two whole numbers, such as 120/80, or leave it empty.")
    assert form.bp_after_edit.hasFocus()

    type_into(qtbot, form.bp_after_edit, "80/90")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Blood pressure after: the bottom number (diastolic)" in form.error_label.text()

    type_into(qtbot, form.bp_after_edit, "")
    type_into(qtbot, form.dose_edit, "lots")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error_label.text().startswith("Dose:")
    assert sessions(ctx) == []

    type_into(qtbot, form.dose_edit, "")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [saved] = sessions(ctx)
    assert saved.bp_before == BloodPressure(120, 80) and saved.bp_after is None and saved.dose_mg is None
    assert not form.error_label.isVisible()


def test_side_effect_list_follows_the_route(qtbot, page, ctx) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    more_details(qtbot, form)
    checklist = form.checklist
    route_specific = {e.route: e.id for e in side_effects.CATALOGUE.values() if e.route}

    def visible_rows() -> set[str]:
        return {i for i in side_effects.CATALOGUE if checklist.severity_box(i).isVisible()}

    for route in ("iv", "nasal", "im", "lozenge", "oral", "other"):
        choose_data(qtbot, form.route_combo, route)
        expected = {e.id for e in side_effects.effects_for_route(route)}
        assert visible_rows() == expected, route
        for other_route, effect_id in route_specific.items():
            assert (effect_id in expected) == (other_route == route)
    assert not checklist._groups[side_effects.Window.ROUTE].isVisible()  # oral/other: none of their own

    # A route-specific effect logged, then the route changed: it is not saved with the new route.
    choose_data(qtbot, form.route_combo, "iv")
    choose(qtbot, checklist.severity_box("iv_site"), 1)
    choose(qtbot, checklist.severity_box("nausea"), 1)
    choose_data(qtbot, form.route_combo, "nasal")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [saved] = sessions(ctx)
    assert saved.route is Route.NASAL
    assert [r.effect for r in saved.side_effects] == ["nausea"]


def test_red_flags_show_their_guidance_emergencies_first(qtbot, page) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    more_details(qtbot, form)
    panel = form.guidance
    assert not panel.isVisible()

    choose(qtbot, form.checklist.severity_box("dissociation"), 1)
    assert panel.isVisible()
    assert panel.plain_text() == ("Feeling detached, unreal or outside my body — if it is still there the next "
                                  "day, or it feels frightening: Let your clinic know about it.")
    choose(qtbot, form.checklist.severity_box("nausea"), 3)  # no red flag: nothing added
    assert len(panel.items) == 1

    choose(qtbot, form.checklist.severity_box("racing_heart"), 1)
    lines = panel.plain_text().splitlines()
    assert lines[0] == ("Pounding or racing heart — if it comes with chest pain or shortness of breath: "
                        "Call your local emergency number now.")
    assert lines[1].startswith("Feeling detached")
    assert "Call your local emergency number now." in panel.text.text()

    type_into(qtbot, form.bp_after_edit, "186/100")  # at the crisis threshold
    lines = panel.plain_text().splitlines()
    assert lines[0].startswith("Pounding or racing heart")
    assert lines[1] == "Blood pressure: " + side_effects.BP_CRISIS_GUIDANCE
    assert "call your local emergency number" in lines[1]
    assert "nobody sees what you log here" in panel.footer.text()

    choose(qtbot, form.checklist.severity_box("racing_heart"), -1)
    type_into(qtbot, form.bp_after_edit, "150/95")
    choose(qtbot, form.checklist.severity_box("dissociation"), -1)
    assert not panel.isVisible() and panel.items == ()


def test_guidance_stays_in_view_after_saving(qtbot, page, ctx) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    more_details(qtbot, page.form)
    choose(qtbot, page.form.checklist.severity_box("suicidal_thoughts"), 1)
    choose(qtbot, page.form.checklist.severity_box("headache"), 3)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert page.saved_guidance.isVisible()
    assert [g.effect_id for g in page.saved_guidance.items] == ["headache", "suicidal_thoughts"]
    assert page.saved_guidance.plain_text().splitlines()[1] == (
        "Thoughts of being better off dead or of self-harm: You don't have to handle that alone — see the "
        "support options.")


# --- editing and deleting -------------------------------------------------------------------------

def test_edit_a_session(qtbot, ctx) -> None:
    older = add_session(ctx, when=dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.timezone.utc), clinic="Old clinic")
    session = add_session(ctx, bp_before=BloodPressure(130, 85), experience=4, notes="First notes.")
    page = make_page(qtbot, ctx)
    assert page.model.rowCount() == 2
    assert page.selected_session().id == session.id  # newest first, selected

    click_row(qtbot, page, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.selected_session().id == older.id
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = page.form
    assert page.stack.currentWidget() is form and form.heading.text() == "Edit session"
    assert form.details_shown  # its blood pressure and side effects are not hidden behind "More details…"
    assert form.clinic_edit.text() == "Riverside" and form.dose_edit.text() == "35"
    assert form.bp_before_edit.text() == "130/85" and form.experience_spin.value() == 4
    assert form.checklist.severity_box("nausea").currentData() == 2
    assert not form.is_dirty()

    type_into(qtbot, form.clinic_edit, "Riverside Clinic")
    type_into(qtbot, form.notes_edit, " Added later.", replace=False)
    choose(qtbot, form.checklist.severity_box("nausea"), -2)  # back to none
    choose_data(qtbot, form.setting_combo, "office")
    assert form.is_dirty()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    edited = ctx.journal.get(session.id)
    assert edited == dataclasses.replace(session, clinic="Riverside Clinic", notes="First notes. Added later.",
                                         side_effects=(), setting=Setting.OFFICE, updated=edited.updated)
    assert len(ctx.journal.history(session.id)) == 1  # the earlier revision is kept
    assert page.banner_label.text() == "Your changes were saved." and not page.offer_button.isVisible()
    assert len(sessions(ctx)) == 2


def test_delete_asks_first_keeps_linked_entries_and_can_be_undone(qtbot, ctx, dialogs) -> None:
    session = add_session(ctx)
    entry = ctx.journal.add(Entry(title="After the infusion", session_id=session.id))
    page = make_page(qtbot, ctx)

    dialogs.confirm_answer = False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(sessions(ctx)) == 1
    assert "Journal entries linked to it stay in your journal." in dialogs.texts("confirm")[0]

    dialogs.confirm_answer = True
    click_row(qtbot, page, 0)
    with qtbot.waitSignal(ctx.events.records_changed) as changed:
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert changed.args == [{"session"}]
    assert sessions(ctx) == []
    assert ctx.journal.get(entry.id).session_id == session.id  # the entry stays, link and all
    assert page.model.rowCount() == 0 and page.content.currentWidget() is page.empty_label
    assert page.banner_label.text() == "The session was deleted." and page.undo_button.isVisible()

    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    [restored] = sessions(ctx)
    assert restored.id == session.id and restored.clinic == session.clinic
    assert page.model.rowCount() == 1 and page.selected_session().id == session.id


def test_cancel_asks_only_when_something_was_typed(qtbot, page, ctx, dialogs) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.form.dose_edit, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.list_panel and dialogs.texts("confirm") == []

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, page.form.notes_edit, "Half a thought")
    dialogs.confirm_answer = False
    qtbot.mouseClick(page.form.cancel_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.form  # kept editing
    dialogs.confirm_answer = True
    qtbot.mouseClick(page.form.cancel_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.list_panel
    assert len(dialogs.texts("confirm")) == 2 and sessions(ctx) == []


def test_a_new_session_starts_from_the_last_ones_route_and_clinic(qtbot, ctx) -> None:
    add_session(ctx, route=Route.LOZENGE, setting=Setting.HOME_SUPPORTED, clinic="Telehealth KAP",
                provider="Dr. Moss", dose_mg=300.0)
    page = make_page(qtbot, ctx)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = page.form
    assert form.route_combo.currentData() == "lozenge"
    assert form.setting_combo.currentData() == "home_supported"
    assert (form.clinic_edit.text(), form.provider_edit.text()) == ("Telehealth KAP", "Dr. Moss")
    assert form.dose_edit.text() == ""  # never carried over
    # The quick log hides them, and says what it will save with the session.
    assert not form.clinic_edit.isVisible() and form.carried_label.isVisible()
    assert form.carried_label.text() == "Also saved: Home, with a support person · Telehealth KAP · Dr. Moss"
    more_details(qtbot, form)
    assert form.clinic_edit.isVisible() and not form.carried_label.isVisible()
    assert form.checklist.severity_box("mouth_saliva").isVisible()


# --- refresh, lock, drafts ---------------------------------------------------------------------------

def test_refreshes_when_sessions_change_elsewhere(qtbot, page, ctx) -> None:
    assert page.content.currentWidget() is page.empty_label
    add_session(ctx)
    page.records_changed({"entry"})
    assert page.model.rowCount() == 0
    page.records_changed({"session"})
    assert page.model.rowCount() == 1 and page.content.currentWidget() is page.table


def test_activate_selects_a_session_or_opens_the_form(qtbot, ctx) -> None:
    first = add_session(ctx)
    add_session(ctx, when=dt.datetime(2025, 3, 12, 9, 0, tzinfo=dt.timezone.utc))
    page = make_page(qtbot, ctx)
    page.activate(session_id=first.id)
    assert page.selected_session().id == first.id
    page.activate(new=True)
    assert page.stack.currentWidget() is page.form and page.form.editing is None


def test_clear_drops_everything_decrypted(qtbot, ctx) -> None:
    add_session(ctx, notes="Private words")
    page = make_page(qtbot, ctx)
    page.edit_selected()
    page.clear()
    assert page.model.rowCount() == 0
    assert page.detail.toPlainText() == ""
    assert page.form.notes_edit.toPlainText() == "" and page.form.clinic_edit.text() == ""
    assert page.form.editing is None
    assert page.stack.currentWidget() is page.list_panel


def test_an_open_form_survives_a_lock_as_a_draft(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    more_details(qtbot, page.form)
    type_into(qtbot, page.form.provider_edit, "Dr. Lee")
    type_into(qtbot, page.form.bp_before_edit, "12")  # half typed: kept as typed
    choose(qtbot, page.form.checklist.severity_box("nausea"), 2)
    page.save_state()
    page.save_state()  # twice: still one draft
    page.clear()
    drafts = ctx.journal.list(kind="draft")
    assert len(drafts) == 1 and drafts[0].target_kind == "session"
    assert sessions(ctx) == []

    again = make_page(qtbot, ctx)  # after unlocking
    assert again.draft_banner.isVisible()
    qtbot.mouseClick(again.draft_continue, Qt.MouseButton.LeftButton)
    form = again.form
    assert again.stack.currentWidget() is form
    assert form.details_shown  # what the draft holds beyond the quick log is in view
    assert form.provider_edit.text() == "Dr. Lee" and form.bp_before_edit.text() == "12"
    assert form.checklist.severity_box("nausea").currentData() == 2
    assert form.is_dirty()
    type_into(qtbot, form.bp_before_edit, "120/80")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert len(sessions(ctx)) == 1
    assert ctx.journal.list(kind="draft") == []  # saving removes the draft


def test_a_kept_draft_is_not_lost_by_logging_another_session(qtbot, ctx, dialogs) -> None:
    page = make_page(qtbot, ctx)
    page.start_new()
    type_into(qtbot, page.form.notes_edit, "The first, unfinished")
    page.save_state()
    page.clear()

    again = make_page(qtbot, ctx)
    assert again.draft_banner.isVisible()
    again.start_new()  # ignores the offer and logs another session
    assert not again.draft_banner.isVisible()
    qtbot.mouseClick(again.form.save_button, Qt.MouseButton.LeftButton)
    assert len(sessions(ctx)) == 1
    assert again.draft_banner.isVisible()  # still offered
    qtbot.mouseClick(again.draft_continue, Qt.MouseButton.LeftButton)
    assert again.form.notes_edit.toPlainText() == "The first, unfinished"
    dialogs.confirm_answer = True
    qtbot.mouseClick(again.form.cancel_button, Qt.MouseButton.LeftButton)  # let it go after all
    assert ctx.journal.list(kind="draft") == [] and not again.draft_banner.isVisible()


def test_editing_without_touching_the_time_keeps_its_seconds(qtbot, ctx) -> None:
    session = add_session(ctx, when=dt.datetime(2025, 3, 10, 9, 0, 41, tzinfo=dt.timezone.utc))
    page = make_page(qtbot, ctx)
    page.edit_selected()
    assert page.form.build() == session  # nothing changed, nothing to write
    type_into(qtbot, page.form.provider_edit, "Dr. Moss")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert ctx.journal.get(session.id).when == session.when


def test_a_draft_can_be_discarded(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    page.save_state()  # nothing open: nothing written
    assert ctx.journal.list(kind="draft") == []
    page.start_new()
    type_into(qtbot, page.form.notes_edit, "Unfinished")
    page.save_state()
    again = make_page(qtbot, ctx)
    qtbot.mouseClick(again.draft_discard, Qt.MouseButton.LeftButton)
    assert ctx.journal.list(kind="draft") == [] and not again.draft_banner.isVisible()


def test_accessible_names_on_every_control(qtbot, page) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    page.start_new()
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)
    controls = [w for kind in kinds for w in page.findChildren(kind)]
    missing = [w for w in controls
               if not w.accessibleName() and w.window() is page  # not the combo boxes' pop-up lists
               and not w.objectName().startswith("qt_")  # Qt's own parts (the table's corner button)
               and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))]  # their inner line edits
    assert [type(w).__name__ + ":" + w.objectName() for w in missing] == []


# --- the model ----------------------------------------------------------------------------------------

def test_session_model_contract_and_values(qtmodeltester) -> None:
    model = SessionTableModel()
    qtmodeltester.check(model)
    when = dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.timezone.utc)
    rows = [
        TreatmentSession(when=when, route=Route.NASAL, setting=Setting.CLINIC, dose_mg=56.0,
                         side_effects=(SideEffectReport("nausea", 1), SideEffectReport("vomiting", 2))),
        TreatmentSession(when=when - dt.timedelta(days=3), route=Route.IV, setting=Setting.OFFICE,
                         dose_mg=12.5),
        TreatmentSession(when=when - dt.timedelta(days=7), route=Route.LOZENGE, setting=Setting.HOME_SUPPORTED),
    ]
    model.set_rows(rows)
    qtmodeltester.check(model)
    text = lambda row, col: model.data(model.index(row, col))  # noqa: E731
    assert [text(r, model.COL_ROUTE) for r in range(3)] == ["Nasal esketamine", "IV infusion",
                                                           "Lozenge (under the tongue)"]
    assert [text(r, model.COL_SETTING) for r in range(3)] == ["Clinic", "Therapist's office",
                                                             "Home, with a support person"]
    assert [text(r, model.COL_DOSE) for r in range(3)] == ["56 mg", "12.5 mg", ""]
    assert [text(r, model.COL_EFFECT) for r in range(3)] == ["Vomiting: Moderate", "None logged", "None logged"]
    assert model.data(model.index(1, model.COL_EFFECT), Qt.ItemDataRole.FontRole).italic()
    assert text(0, model.COL_WHEN)
    dates = [model.data(model.index(r, model.COL_WHEN), SORT_ROLE) for r in range(3)]
    assert dates == sorted(dates, reverse=True)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Date and time", "Route", "Setting", "Dose", "Most noticeable side effect"]
    assert model.row_of(rows[2].id) == 2 and model.row_of(b"x" * 16) == -1
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    with qtbot_wait_reset(model):
        model.clear()
    qtmodeltester.check(model)


class qtbot_wait_reset:  # noqa: N801 - a tiny context manager
    def __init__(self, model) -> None:
        self.model = model
        self.seen: list[str] = []

    def __enter__(self):
        self.model.modelAboutToBeReset.connect(lambda: self.seen.append("about"))
        self.model.modelReset.connect(lambda: self.seen.append("reset"))
        return self

    def __exit__(self, *exc) -> None:
        assert self.seen == ["about", "reset"]


def test_support_options_open_get_help_now_when_the_panel_exists(qtbot, ctx, monkeypatch) -> None:
    from integration_journal.ui.pages import sessions as sessions_module

    assert sessions_module.support_page_available()
    monkeypatch.setattr(sessions_module, "support_page_available", lambda: False)
    page = make_page(qtbot, ctx)
    page.start_new()
    more_details(qtbot, page.form)
    choose(qtbot, page.form.checklist.severity_box("mood_dip"), 1)
    assert page.form.guidance.isVisible()
    assert not page.form.guidance.support_button.isVisible()  # nowhere to send the person yet

    monkeypatch.setattr(sessions_module, "support_page_available", lambda: True)
    page = make_page(qtbot, ctx)
    page.start_new()
    more_details(qtbot, page.form)
    choose(qtbot, page.form.checklist.severity_box("mood_dip"), 1)
    assert page.form.guidance.support_button.isVisible()
    with qtbot.waitSignal(ctx.events.navigate_requested) as navigated:
        qtbot.mouseClick(page.form.guidance.support_button, Qt.MouseButton.LeftButton)
    assert navigated.args == ["help_now", {}]
    choose(qtbot, page.form.checklist.severity_box("mood_dip"), -1)
    choose(qtbot, page.form.checklist.severity_box("sedation"), 1)  # not a crisis-panel flag
    assert not page.form.guidance.support_button.isVisible()


def test_tab_order_follows_the_form(qtbot, page) -> None:
    page.start_new()
    form = page.form
    more_details(qtbot, form)
    form.route_combo.setFocus()
    order = []
    expected = [form.route_combo, form.setting_combo, form.clinic_edit, form.provider_edit, form.dose_edit,
                form.details_button, form.series_spin, form.product_combo, form.therapist_combo, form.support_combo,
                form.antiemetic_combo, form.duration_combo, form.transport_combo, form.next_session_edit.edit,
                form.intention_edit, form.bp_before_edit, form.bp_after_edit, form.experience_spin,
                form.experience_kind_combo]
    for _ in range(3 * len(expected)):  # Tab walks through a date's parts first
        focused = page.focusWidget()
        if not order or order[-1] is not focused:
            order.append(focused)
        if len(order) > len(expected):
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert order[:-1] == expected
    assert order[-1] is form.experience_text_edit
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    assert page.focusWidget() is form.checklist.severity_box("dissociation")  # the first effect
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    assert page.focusWidget() is form.checklist.severity_box("perceptual")  # "how long" waits for a severity


def test_tab_leaves_an_unset_next_session_date(qtbot, page) -> None:
    """A date edit showing "Not planned yet" must not keep Tab to itself (it did: a keyboard trap)."""
    page.start_new()
    form = page.form
    more_details(qtbot, form)
    assert form.next_session_edit.day() is None and form.next_session_edit.edit.placeholderText() == "Not planned yet"
    form.next_session_edit.setFocus()
    qtbot.keyClick(form.next_session_edit.edit, Qt.Key.Key_Tab)
    assert page.focusWidget() is form.intention_edit
    qtbot.keyClick(form.intention_edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert page.focusWidget() is form.next_session_edit.edit


def test_course_details_are_saved_edited_and_kept_in_a_draft(qtbot, page, ctx) -> None:
    """docs/clinical.md §4.3: number in series, medicine, who was present, anti-nausea medicine, how long the
    effects lasted, the session in one word, getting home and the next integration session."""
    page.start_new()
    form = page.form
    more_details(qtbot, form)
    type_into(qtbot, form.series_spin, "3")
    choose_data(qtbot, form.product_combo, "esketamine")
    choose_data(qtbot, form.therapist_combo, True)
    choose_data(qtbot, form.support_combo, False)
    choose_data(qtbot, form.antiemetic_combo, "unsure")
    choose_data(qtbot, form.duration_combo, "1-2h")
    choose_data(qtbot, form.transport_combo, "taxi")
    choose_data(qtbot, form.experience_kind_combo, "mixed")
    type_date(qtbot, form.next_session_edit, dt.date(2031, 5, 6))
    state = form.state()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [saved] = sessions(ctx)
    assert (saved.number_in_series, saved.product, saved.therapist_present, saved.support_person,
            saved.antiemetic, saved.acute_duration, saved.transport_home, saved.experience_kind,
            saved.next_integration_session) == (3, "esketamine", True, False, "unsure", "1-2h", "taxi", "mixed",
                                                dt.date(2031, 5, 6))

    form.start_edit(saved)
    assert form.product_combo.currentData() == "esketamine"
    assert form.next_session_edit.day() == dt.date(2031, 5, 6)
    choose_data(qtbot, form.product_combo, None)  # back to "Not recorded"
    form.next_session_edit.set_day(None)
    assert form.next_session_edit.edit.text() == "" and form.next_session_edit.day() is None
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [edited] = sessions(ctx)
    assert edited.product is None and edited.next_integration_session is None
    assert edited.number_in_series == 3
    shown = page.detail.toPlainText()  # the session's details show what was recorded, in the form's words
    for words in ("Session in the series", "Taxi or rideshare", "Not sure", "1–2 hours", "Mixed"):
        assert words in shown
    assert "Medicine" not in shown  # not recorded any more

    form.load_state(state)
    assert form.series_spin.value() == 3 and form.transport_combo.currentData() == "taxi"
    assert form.next_session_edit.day() == dt.date(2031, 5, 6)


def test_every_mnemonic_in_the_form_is_unique(page) -> None:
    """Alt+letter must reach one field: two labels sharing a letter would only cycle between them."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters: list[str] = []
    for widget in page.form.findChildren(QLabel) + page.form.findChildren(QAbstractButton):
        text = widget.text().replace("&&", "")
        if "&" in text and "<" not in text and "&#" not in text:  # rich text has entities, not mnemonics
            letters.append(text[text.index("&") + 1].lower())
    assert letters and len(letters) == len(set(letters)), sorted(letters)


def test_the_form_is_built_only_when_a_session_is_logged_or_edited(qtbot, ctx) -> None:
    """Opening the page shows the list at once; the 32-row form is made on first use."""
    page = make_page(qtbot, ctx)
    assert page._form is None
    page.save_state()  # locking with the list on show builds nothing
    page.clear()
    assert page._form is None
    page = make_page(qtbot, ctx)
    page.start_new()
    assert page._form is not None and page.stack.currentWidget() is page.form
