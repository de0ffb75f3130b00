"""The main-window shell: sidebar from the registry, Ctrl+1…9, navigation, events, menus, fallback view."""

from __future__ import annotations

import importlib.machinery
import sys
import types

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QDialog, QLineEdit, QWidget

from integration_journal.ui.main_window.entry_list_page import EntryListPage
from tests.helpers.main_window import (
    FakePage,
    PageOne,
    PageThree,
    PageTwo,
    make_workspace,
    open_main_window,
    use_fake_pages,
)


@pytest.fixture
def workspace(data_dir, fast_kdf):
    ws = make_workspace(data_dir, fast_kdf, entries=2)
    yield ws
    ws.close()


_window = open_main_window


def test_the_sidebar_lists_the_registry_pages_and_builds_each_on_first_show(
        qtbot, monkeypatch, workspace, dialogs) -> None:
    roles: list[str] = []
    use_fake_pages(monkeypatch, roles=roles)
    window = _window(qtbot, workspace, dialogs)
    assert roles == ["patient"]
    sidebar = window.sidebar
    assert [sidebar.item(i).text() for i in range(sidebar.count())] == ["First", "Second", "Third"]
    assert sidebar.accessibleName() == "Sections"
    assert sidebar.currentRow() == 0
    assert [type(p) for p in window.pages] == [PageOne]  # the others wait until they are shown
    assert window.stack.currentWidget() is window.pages[0]
    assert FakePage.log == [("built", "one"), ("activate", "one")]

    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=sidebar.visualItemRect(sidebar.item(2)).center())
    assert isinstance(window.stack.currentWidget(), PageThree)
    assert [type(p) for p in window.pages] == [PageOne, PageThree]


def test_ctrl_number_switches_pages_from_anywhere_in_the_window(qtbot, monkeypatch, workspace, dialogs) -> None:
    use_fake_pages(monkeypatch)
    window = _window(qtbot, workspace, dialogs)
    first = window.pages[0]
    first.edit.setFocus()
    qtbot.keyClicks(first.edit, "typing")
    qtbot.keyClick(first.edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), PageTwo)
    assert window.sidebar.currentRow() == 1
    assert first.edit.text() == "typing"  # the shortcut did not type a "2"
    qtbot.keyClick(window.stack.currentWidget().edit, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), PageThree)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is first
    qtbot.keyClick(window.sidebar, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # no ninth page
    assert window.stack.currentWidget() is first


def test_page_keys_follow_the_place_in_the_list(qtbot, monkeypatch, workspace, dialogs) -> None:
    """Ctrl+N is the N-th page of this window. A page class used to carry its own key, so a page in both
    roles' lists (the therapist's Journal, Ctrl+3 as the patient's third page) clashed with another."""
    use_fake_pages(monkeypatch, pages=[PageTwo, PageOne])
    window = _window(qtbot, workspace, dialogs)
    assert [action.shortcut().toString() for action in window.page_actions] == ["Ctrl+1", "Ctrl+2"]
    qtbot.keyClick(window.sidebar, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), PageOne)


def test_the_sidebar_is_driven_by_the_arrow_keys(qtbot, monkeypatch, workspace, dialogs) -> None:
    use_fake_pages(monkeypatch)
    window = _window(qtbot, workspace, dialogs)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert isinstance(window.stack.currentWidget(), PageTwo)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.sidebar  # Tab moves on into the page or the Lock button


def test_navigate_switches_page_and_passes_the_arguments(qtbot, monkeypatch, workspace, dialogs) -> None:
    use_fake_pages(monkeypatch)
    window = _window(qtbot, workspace, dialogs)
    window.ctx.navigate("three", entry_id=b"x" * 16)
    page = window.stack.currentWidget()
    assert isinstance(page, PageThree)
    assert page.activations == [{"entry_id": b"x" * 16}]
    assert window.sidebar.currentRow() == 2
    window.ctx.navigate("three", entry_id=b"y" * 16)  # already shown: activated again with the new args
    assert page.activations[-1] == {"entry_id": b"y" * 16}
    window.ctx.navigate("no-such-page")
    assert window.stack.currentWidget() is page


def test_records_changed_reaches_every_built_page_and_the_status_bar(qtbot, monkeypatch, workspace,
                                                                      dialogs) -> None:
    from integration_journal.core.records import Entry

    use_fake_pages(monkeypatch)
    window = _window(qtbot, workspace, dialogs)
    window.show_page(1)
    assert window.count_label.text() == "2 entries"
    window.ctx.journal.add(Entry(title="Third", body=""))
    window.ctx.notify_changed("entry")
    assert [p.changes for p in window.pages] == [[{"entry"}], [{"entry"}]]
    assert window.count_label.text() == "3 entries"


def test_prompts_opens_the_wizard_dialog_with_phase_and_session(qtbot, monkeypatch, workspace, dialogs) -> None:
    opened: list[tuple] = []

    class FakeWizard(QDialog):
        def __init__(self, ctx, phase=None, session_id=None, parent=None):
            super().__init__(parent)
            opened.append((ctx, phase, session_id, parent))
            self.saved = self.cleared = False

        def save_state(self):
            self.saved = True

        def clear(self):
            self.cleared = True

    module = types.ModuleType("integration_journal.ui.prompt_wizard")
    module.__spec__ = importlib.machinery.ModuleSpec(module.__name__, None)
    module.PromptWizard = FakeWizard
    monkeypatch.setitem(sys.modules, module.__name__, module)
    use_fake_pages(monkeypatch)
    window = _window(qtbot, workspace, dialogs)
    window.ctx.navigate("prompts", phase="same-day", session_id=b"s" * 16)
    assert opened == [(window.ctx, "same-day", b"s" * 16, window)]
    wizard = window.prompt_wizard
    assert isinstance(wizard, FakeWizard) and wizard.isVisible()
    assert isinstance(window.stack.currentWidget(), PageOne)  # a dialog, not a page switch
    window.lock()
    assert wizard.saved and wizard.cleared and not wizard.isVisible()


def test_without_page_modules_the_entry_list_keeps_the_app_usable(qtbot, monkeypatch, workspace, dialogs) -> None:
    use_fake_pages(monkeypatch, pages=[])
    window = _window(qtbot, workspace, dialogs)
    assert window.page_types == [EntryListPage]
    assert window.sidebar.item(0).text() == "Journal"
    model = window.entry_model
    assert [model.data(model.index(r, model.COL_TITLE)) for r in range(model.rowCount())] == ["Entry 0", "Entry 1"]
    assert window.central.currentWidget() is window.entry_view
    window.lock()
    assert model.rowCount() == 0


def test_a_therapist_vault_asks_the_registry_for_therapist_pages(qtbot, monkeypatch, data_dir, fast_kdf,
                                                                 dialogs) -> None:
    roles: list[str] = []
    use_fake_pages(monkeypatch, roles=roles)
    ws = make_workspace(data_dir, fast_kdf, role="therapist")
    try:
        _window(qtbot, ws, dialogs)
    finally:
        ws.close()
    assert roles == ["therapist"]


def test_a_therapist_status_bar_counts_what_patients_shared(qtbot, monkeypatch, data_dir, fast_kdf,
                                                            dialogs) -> None:
    """A therapist's journal holds few entries of their own: "0 entries" said nothing useful."""

    from integration_journal.core.records import ReceivedItem

    use_fake_pages(monkeypatch)
    ws = make_workspace(data_dir, fast_kdf, role="therapist", entries=1)
    try:
        window = _window(qtbot, ws, dialogs)
        assert window.count_label.text() == "0 shared items"
        ws.journal.add(ReceivedItem(sender_id=b"s" * 16, bundle_id=b"b" * 16, sequence=1, item_kind="entry",
                                    item_id=b"i" * 16, payload=b"{}", received_at=ws.journal.now()))
        window.ctx.notify_changed("received_item")
        assert window.count_label.text() == "1 shared item"
    finally:
        ws.close()


def test_menus_offer_lock_settings_quit_guide_and_about(qtbot, monkeypatch, workspace, dialogs) -> None:
    use_fake_pages(monkeypatch)
    window = _window(qtbot, workspace, dialogs)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["Journal", "Go", "Help"]
    journal = [(a.text().replace("&", ""), a.shortcut().toString()) for a in menus["Journal"].actions()
               if not a.isSeparator()]
    assert journal == [("Lock", "Ctrl+L"), ("Settings…", "Ctrl+,"), ("Import…", ""), ("Export…", ""),
                       ("Quit", "Ctrl+Q")]
    help_items = [a.text().replace("&", "") for a in menus["Help"].actions() if not a.isSeparator()]
    assert help_items == ["Get help now", "Guide", "Keyboard shortcuts", "About Integration Journal"]
    assert window.help_action.shortcut().toString() == "F1"
    assert [a.text() for a in menus["Go"].actions()] == ["First", "Second", "Third"]
    assert window.windowTitle() == "Integration Journal"


def test_every_shell_control_has_an_accessible_name_and_focus_policy(qtbot, monkeypatch, workspace,
                                                                      dialogs) -> None:
    use_fake_pages(monkeypatch)
    window = _window(qtbot, workspace, dialogs)
    controls = [w for w in window.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QLineEdit, QAbstractItemView))
                and not w.objectName().startswith("qt_")]
    assert controls
    assert [type(c).__name__ for c in controls if not c.accessibleName()] == []
    assert window.sidebar.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_damaged_records_are_named_in_the_status_bar(qtbot, monkeypatch, dialogs) -> None:
    use_fake_pages(monkeypatch, pages=[])
    journal = types.SimpleNamespace(list=lambda kind, light=False: [], count=lambda kind=None: 0)
    ws = types.SimpleNamespace(journal=journal, damaged=[object()], close=lambda: None, loading=False,
                                 keep_out_of_collector=lambda: None)
    window = _window(qtbot, ws, dialogs)
    assert window.damaged_label.text() == "1 record could not be read — run Verify"
    assert window.damaged_label.isVisible()


def test_the_entry_count_is_written_the_locale_s_way(qtbot, monkeypatch, dialogs) -> None:
    from PySide6.QtCore import QLocale

    use_fake_pages(monkeypatch)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        journal = types.SimpleNamespace(list=lambda kind, light=False: [], count=lambda kind=None: 12_345)
        ws = types.SimpleNamespace(journal=journal, damaged=[], close=lambda: None, loading=False,
                                 keep_out_of_collector=lambda: None)
        window = _window(qtbot, ws, dialogs)
        assert window.count_label.text() == "12.345 entries"
    finally:
        QLocale.setDefault(previous)


def test_closing_the_window_saves_and_clears_every_page_and_closes_the_journal(
        qtbot, monkeypatch, workspace, dialogs) -> None:
    use_fake_pages(monkeypatch)
    window = _window(qtbot, workspace, dialogs)
    window.show_page(2)
    with qtbot.waitSignal(window.closed):
        window.close()
    steps = [step for step in FakePage.log if step[0] in ("save_state", "clear")]
    assert steps == [("save_state", "one"), ("save_state", "three"), ("clear", "one"), ("clear", "three")]
    assert FakePage.vault_open_during_save == [True, True]
    assert not workspace.vault.is_open
    assert window.ctx.journal is None and window.ctx.workspace is None
