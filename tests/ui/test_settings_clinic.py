"""Settings › General › Your clinic (issue #12 item 13): onboarding says the clinic can be changed in Settings,
so Settings has the clinic's name, phone and after-hours line; "Get help now" shows what was saved."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from integration_journal.core.records import Profile
from integration_journal.ui.widgets.fields import find_data
from tests.helpers.clocks import FrozenClock
from tests.helpers.input import click
from tests.helpers.main_window import open_main_window, open_settings, use_fake_pages
from tests.helpers.support_panels import visible_panels
from tests.helpers.workspaces import new_workspace


@pytest.fixture
def window(qtbot, monkeypatch, data_dir, dialogs):
    use_fake_pages(monkeypatch)
    ws = new_workspace(data_dir, clock=FrozenClock())
    main = open_main_window(qtbot, ws, dialogs)
    yield main
    for panel in visible_panels():
        panel.hide()
    if main.workspace is not None:
        main.close()


def _clinic_tab(qtbot, dialog) -> None:
    """Alt+C, the tab's mnemonic (the General tab has no room left on a small screen)."""
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.tabs.currentIndex() == dialog.clinic_tab)
    assert dialog.tabs.tabText(dialog.clinic_tab) == "Your &clinic" and dialog.clinic_box.isVisible()


def _type(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _profile(main) -> Profile:
    return main.ctx.journal.list(kind=Profile)[0]


def test_the_clinic_is_saved_from_settings_and_shown_by_get_help_now(qtbot, window) -> None:
    dialog = open_settings(qtbot, window)
    assert dialog.clinic_box.title() == "Your clinic" and dialog.clinic_name_edit.text() == ""
    dialog.country_combo.setCurrentIndex(find_data(dialog.country_combo, "FR"))
    _clinic_tab(qtbot, dialog)
    _type(qtbot, dialog.clinic_name_edit, "Harbour Clinic")
    _type(qtbot, dialog.clinic_phone_edit, "+33 1 23 45 67 89")
    _type(qtbot, dialog.clinic_after_hours_edit, "+33 1 23 45 67 00")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: window.settings_dialog is None)

    profile = _profile(window)
    assert (profile.country_code, profile.clinic_name, profile.clinic_phone, profile.clinic_after_hours) == (
        "FR", "Harbour Clinic", "+33 1 23 45 67 89", "+33 1 23 45 67 00")

    window.help_now_action.trigger()
    qtbot.waitUntil(lambda: window.help_now_panel is not None and window.help_now_panel.isVisible())
    panel = window.help_now_panel
    assert panel.clinic_label.text() == "Your clinic (Harbour Clinic): +33 1 23 45 67 89"
    assert panel.after_hours_label.text() == "Your clinic's after-hours line: +33 1 23 45 67 00"
    assert "call 15 or 112." in panel.emergency_label.text()  # the country chosen beside the clinic
    panel.hide()

    again = open_settings(qtbot, window)  # the saved clinic is what the form shows next time
    assert (again.clinic_name_edit.text(), again.clinic_phone_edit.text(), again.clinic_after_hours_edit.text()) \
        == ("Harbour Clinic", "+33 1 23 45 67 89", "+33 1 23 45 67 00")
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.settings_dialog is None)


def test_a_number_that_is_not_a_phone_number_is_named_and_nothing_is_saved(qtbot, window) -> None:
    before = _profile(window)
    dialog = open_settings(qtbot, window)
    _clinic_tab(qtbot, dialog)
    _type(qtbot, dialog.clinic_name_edit, "Harbour Clinic")
    dialog.tabs.setCurrentIndex(0)  # the message brings the clinic tab back
    _type(qtbot, dialog.clinic_after_hours_edit, "after nine")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and window.settings_dialog is dialog  # stays open to fix it
    assert dialog.message_label.text() == (
        "After-hours line: A phone number can hold digits, spaces and + ( ) - . / only.")
    assert dialog.tabs.currentIndex() == dialog.clinic_tab and dialog.clinic_after_hours_edit.hasFocus()
    assert _profile(window) is before and window.ctx.journal.list(kind="settings") == []

    _type(qtbot, dialog.clinic_after_hours_edit, "12")
    click(qtbot, dialog.apply_button)
    assert dialog.message_label.text() == "After-hours line: That phone number looks too short."
    _type(qtbot, dialog.clinic_after_hours_edit, "0800 123 456")
    click(qtbot, dialog.apply_button)
    assert not dialog.message_label.isVisible()
    assert (_profile(window).clinic_name, _profile(window).clinic_after_hours) == ("Harbour Clinic", "0800 123 456")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.settings_dialog is None)


def test_clearing_the_clinic_removes_it_from_get_help_now(qtbot, window) -> None:
    journal = window.ctx.journal
    journal.update(dataclasses.replace(_profile(window), clinic_name="Riverside", clinic_phone="020 7946 0000",
                                       clinic_after_hours="020 7946 0999"))
    dialog = open_settings(qtbot, window)
    _clinic_tab(qtbot, dialog)
    for edit in (dialog.clinic_name_edit, dialog.clinic_phone_edit, dialog.clinic_after_hours_edit):
        _type(qtbot, edit, "")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    assert (_profile(window).clinic_name, _profile(window).clinic_after_hours) == ("", "")
    window.help_now_action.trigger()
    qtbot.waitUntil(lambda: window.help_now_panel is not None and window.help_now_panel.isVisible())
    assert window.help_now_panel.clinic_label is None and window.help_now_panel.after_hours_label is None
