"""'Get help now' from every page (toolbar, Help menu, Ctrl+Shift+H) and the support panel's content,
order and behaviour: never modal, nothing auto-contacted, gone at lock."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolBar

from integration_journal.core import safety
from integration_journal.core.records import AuditEvent, Profile, SafetyPlan
from integration_journal.ui.main_window import MainWindow
from integration_journal.ui.safety_panel import contact_label
from tests.helpers.main_window import make_workspace
from tests.helpers.support_panels import window_with_panels

LEFT = Qt.MouseButton.LeftButton
HELP_NOW = (Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


@pytest.fixture
def workspace(data_dir, fast_kdf):
    ws = make_workspace(data_dir, fast_kdf, entries=1)
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, workspace, dialogs) -> MainWindow:
    yield from window_with_panels(qtbot, workspace, dialogs)


def test_get_help_now_opens_from_every_page_with_the_shortcut(qtbot, window) -> None:
    assert len(window.page_types) >= 5  # today, sessions, journal, check-ins, …, safety plan
    for index, cls in enumerate(window.page_types):
        window.show_page(index)
        assert window.current_page().PAGE_ID == cls.PAGE_ID
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window.current_page(), *HELP_NOW)
        panel = window.help_now_panel
        assert panel is not None and panel.isVisible(), cls.PAGE_ID
        assert panel.help_now and panel.windowTitle() == "Get help now"
        assert QApplication.activeModalWidget() is None
        qtbot.keyClick(panel, Qt.Key.Key_Escape)
        assert not panel.isVisible()
    assert [e for e in window.ctx.journal.list(kind=AuditEvent) if e.event == "safety_flow_shown"] == []


def test_the_toolbar_and_the_help_menu_offer_it(qtbot, window) -> None:
    [toolbar] = window.findChildren(QToolBar)
    assert toolbar.isVisible() and window.help_now_action in toolbar.actions()
    button = toolbar.widgetForAction(window.help_now_action)
    assert button.accessibleName() == "Get help now"
    help_menu = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"][0]
    assert help_menu.actions()[0] is window.help_now_action
    qtbot.mouseClick(button, LEFT)
    assert window.help_now_panel.isVisible()
    first = window.help_now_panel
    window.help_now_action.trigger()  # a second time: the same panel comes forward
    assert window.help_now_panel is first


def test_a_page_asking_for_help_now_opens_the_panel(qtbot, window) -> None:
    """The Sessions page's red-flag "support options" button asks the shell for "help_now"."""
    window.ctx.navigate("help_now")
    assert window.help_now_panel is not None and window.help_now_panel.isVisible()
    assert window.help_now_panel.help_now


def test_without_a_country_it_falls_back_to_the_local_emergency_number_and_the_clinic(qtbot, window) -> None:
    window.open_help_now()
    texts = window.help_now_panel.texts()
    assert texts[0] == safety.HELP_NOW_INTRO
    assert texts[1] == "If you are in danger now, call your local emergency number."
    assert any("clinic" in t for t in texts[2:])
    assert texts[-1] == safety.HELP_NOW_NOT_MONITORED or safety.HELP_NOW_NOT_MONITORED in texts


def test_the_panel_shows_the_plan_the_clinic_and_copies_numbers(qtbot, window, workspace) -> None:
    journal = workspace.journal
    [profile] = journal.list(kind=Profile)
    journal.update(dataclasses.replace(profile, country_code="AU", clinic_phone="02 5550 1234"))
    journal.add(SafetyPlan(early_signs=("Three bad nights in a row",), what_matters=("My dog, Pepper",)))
    window.open_help_now()
    panel = window.help_now_panel
    texts = panel.texts()
    assert texts[1] == "If you are in danger now, call 000."
    assert "Lifeline" in texts and "Call 13 11 14" in texts
    assert "• Three bad nights in a row" in texts and "• My dog, Pepper" in texts
    assert "Your clinic: 02 5550 1234" in texts
    assert texts.index("Lifeline") < texts.index("• Three bad nights in a row") < texts.index(
        "Your clinic: 02 5550 1234")
    copy = next(b for b in panel.copy_buttons if b.accessibleName() == "Copy 13 11 14")
    qtbot.mouseClick(copy, LEFT)
    assert QApplication.clipboard().text() == "13 11 14"
    assert all(b.accessibleName() for b in panel.copy_buttons)


def test_locking_closes_the_panel_and_drops_the_plan(qtbot, window, workspace) -> None:
    workspace.journal.add(SafetyPlan(people_to_ask=("Sam's sister",)))
    window.open_help_now()
    panel = window.help_now_panel
    assert "• Sam's sister" in panel.texts()
    window.lock()
    assert not panel.isVisible() and "• Sam's sister" not in panel.texts()
    assert window.help_now_panel is None
    window.open_help_now()  # locked: nothing opens
    assert window.help_now_panel is None


def test_contact_labels_follow_the_data() -> None:
    from integration_journal.core.crisis_lines import Contact

    assert contact_label(Contact("call", "111", then="choose option 2")) == "Call 111, then choose option 2"
    assert contact_label(Contact("text", "741741", keyword="HOME")) == "Text HOME to 741741"
    assert contact_label(Contact("chat", "988lifeline.org")) == "Chat online: 988lifeline.org"
    assert contact_label(Contact("email", "jo@samaritans.org")) == "Email jo@samaritans.org"
