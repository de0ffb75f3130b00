"""The Journal page, driven by keyboard and mouse over a real vault: write, edit, undo, tags, flags,
drafts across a lock, delete and Undo, earlier versions, search, and a preview that loads nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from integration_journal.core.records import Draft, Entry, Route, Setting, TreatmentSession
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.journal_models import SPANS_ROLE, EntryListModel
from integration_journal.ui.pages.base import JournalEvents, PageContext
from integration_journal.ui.pages.journal.page import JournalPage
from tests.helpers.clocks import FROZEN_NOW, FrozenClock

PASSPHRASE = "quiet river morning lantern 42"
NOW = FROZEN_NOW  # the journal's clock in these tests (see the workspace fixture)
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _seed(ws: Workspace) -> dict[str, Entry]:
    journal = ws.journal
    session = journal.add(TreatmentSession(when=NOW - dt.timedelta(days=3), route=Route.IV, setting=Setting.CLINIC),
                          keep_timestamps=True)
    entries = {
        "walk": Entry(title="Walking by the river", body="The water was *calm* and so was I.",
                      tags=("nature", "self-care"), created=NOW - dt.timedelta(days=1)),
        "sleep": Entry(title="Sleep", body="Slept nine hours. Dreams about my grandmother's kitchen.",
                       tags=("sleep",), session_id=session.id, created=NOW - dt.timedelta(days=2)),
        "before": Entry(title="Before the first session", body="Intention: stay curious.",
                        tags=("preparation",), created=NOW - dt.timedelta(days=5)),
    }
    for entry in entries.values():
        journal.add(entry, keep_timestamps=True)
    return entries


@pytest.fixture
def workspace(data_dir: Path, fast_kdf):
    ws, _kit = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf,
                                clock=FrozenClock(NOW))
    ws.seeded = _seed(ws)  # type: ignore[attr-defined]
    yield ws
    ws.close()


class Pages:
    """Builds Journal pages the way the shell does, and cleans them up after the test."""

    def __init__(self, qtbot, dialogs) -> None:
        self.qtbot = qtbot
        self.dialogs = dialogs
        self.notified: list[set[str]] = []

    def open(self, ws: Workspace, **activate_args) -> JournalPage:
        events = JournalEvents()
        events.records_changed.connect(self.notified.append)
        ctx = PageContext(journal=ws.journal, workspace=ws, dialogs=self.dialogs, events=events)
        page = JournalPage(ctx)
        events.records_changed.connect(page.records_changed)  # as the shell wires every page
        page.AUTOSAVE_MS = 150  # "every few seconds", shortened so the test does not wait
        self.qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        self.qtbot.waitExposed(page)
        page.activateWindow()
        self.qtbot.waitUntil(page.isActiveWindow)
        page.activate(**activate_args)
        return page


@pytest.fixture
def pages(qtbot, dialogs) -> Pages:
    return Pages(qtbot, dialogs)


def _titles(model: EntryListModel) -> list[str]:
    return [model.data(model.index(row, model.COL_TITLE)) for row in range(model.rowCount())]


def _select(qtbot, page: JournalPage, title: str) -> None:
    row = _titles(page.model).index(title)
    rect = page.list_view.visualRect(page.model.index(row, page.model.COL_TITLE))
    qtbot.mouseClick(page.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.title_edit.text() == title)


def _entry_drafts(ws: Workspace) -> list[Draft]:
    return [d for d in ws.journal.list(kind=Draft) if d.target_kind == "entry"]


def _wait_preview(qtbot, page: JournalPage, text: str) -> None:
    qtbot.waitUntil(lambda: text in page.preview.toPlainText())


# --- writing -------------------------------------------------------------------------------------------

def test_write_an_entry_by_typing_saves_and_lists_it(qtbot, pages, workspace) -> None:
    page = pages.open(workspace)
    assert _titles(page.model) == ["Walking by the river", "Sleep", "Before the first session"]
    assert page.count_label.text() == "3 entries"

    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    assert QApplication.focusWidget() is page.title_edit
    qtbot.keyClicks(page.title_edit, "First light")
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Body, Morning")  # Tab went to Tags
    page.body_edit.setFocus()
    qtbot.keyClicks(page.body_edit, "I *noticed* the light on the wall.")
    assert page.status_label.text() == "Not saved yet"
    _wait_preview(qtbot, page, "I noticed the light on the wall.")
    assert "<i>" in page.preview.toHtml() or "font-style:italic" in page.preview.toHtml()

    qtbot.keyClick(page.body_edit, Qt.Key.Key_S, CTRL)
    entries = workspace.journal.list(kind=Entry)
    assert len(entries) == 4
    saved = entries[0]
    assert (saved.title, saved.body, saved.tags) == ("First light", "I *noticed* the light on the wall.",
                                                    ("body", "morning"))
    assert page.status_label.text() == "Saved"
    assert page.tags_edit.text() == "body, morning"  # tidied as saved
    assert _titles(page.model)[0] == "First light"
    assert page.list_view.currentIndex().row() == 0
    assert page.count_label.text() == "4 entries"
    assert _entry_drafts(workspace) == []
    assert {"entry"} in pages.notified

    # A second Ctrl+S with nothing changed writes nothing new.
    before = workspace.journal.history(saved.id)
    qtbot.keyClick(page.body_edit, Qt.Key.Key_S, CTRL)
    assert workspace.journal.history(saved.id) == before


def test_moving_to_another_entry_saves_the_one_being_edited(qtbot, pages, workspace) -> None:
    page = pages.open(workspace)
    _select(qtbot, page, "Sleep")
    page.body_edit.moveCursor(page.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.body_edit, " Woke up rested.")
    _select(qtbot, page, "Before the first session")
    sleep = workspace.journal.get(workspace.seeded["sleep"].id)
    assert sleep.body.endswith("kitchen. Woke up rested.")
    assert sleep.session_id == workspace.seeded["sleep"].session_id  # the link survived the edit


def test_a_blank_new_entry_is_never_saved(qtbot, pages, workspace) -> None:
    page = pages.open(workspace)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    qtbot.keyClick(page.title_edit, Qt.Key.Key_S, CTRL)
    _select(qtbot, page, "Sleep")
    assert len(workspace.journal.list(kind=Entry)) == 3
    assert _entry_drafts(workspace) == []


def test_edit_then_undo_and_redo_with_the_keyboard(qtbot, pages, workspace) -> None:
    page = pages.open(workspace, entry_id=workspace.seeded["walk"].id)
    original = page.body_edit.toPlainText()
    assert not page.body_edit.document().isUndoAvailable()  # opening is not an edit
    page.body_edit.moveCursor(page.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.body_edit, " Then rain.")
    assert page.body_edit.toPlainText() == original + " Then rain."
    qtbot.keyClick(page.body_edit, Qt.Key.Key_Z, CTRL)
    assert page.body_edit.toPlainText() == original
    qtbot.keyClick(page.body_edit, Qt.Key.Key_Z, CTRL_SHIFT)
    assert page.body_edit.toPlainText() == original + " Then rain."

    page.title_edit.setFocus()
    page.title_edit.end(False)
    qtbot.keyClicks(page.title_edit, " at dusk")
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Z, CTRL)
    assert page.title_edit.text() == "Walking by the river"
    qtbot.keyClick(page.title_edit, Qt.Key.Key_Z, CTRL_SHIFT)
    assert page.title_edit.text() == "Walking by the river at dusk"

    # Another entry starts with fresh undo histories: Ctrl+Z cannot reach the previous entry's text.
    _select(qtbot, page, "Sleep")
    assert not page.body_edit.document().isUndoAvailable()
    assert not page.title_edit.isUndoAvailable()


def test_tags_field_completes_from_existing_tags(qtbot, pages, workspace) -> None:
    page = pages.open(workspace)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    completions = page.tag_completer.model()
    assert sorted(completions.stringList()) == ["nature", "preparation", "self-care", "sleep"]
    page.tags_edit.setFocus()
    qtbot.keyClicks(page.tags_edit, "sl")
    popup = page.tag_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert offered == ["sleep"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.tags_edit.text() == "sleep"

    qtbot.keyClicks(page.tags_edit, ", se")  # completion applies to the tag after the last comma
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert offered == ["self-care"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.tags_edit.text() == "sleep, self-care"


def test_flags_phase_and_session_persist_across_a_reopen(qtbot, pages, workspace, data_dir, fast_kdf) -> None:
    page = pages.open(workspace, entry_id=workspace.seeded["before"].id)
    for check in (page.share_check, page.question_check):
        qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    page.bring_check.setFocus()
    qtbot.keyClick(page.bring_check, Qt.Key.Key_Space)
    page.phase_combo.setFocus()
    qtbot.keyClick(page.phase_combo, Qt.Key.Key_Down)  # No phase -> Preparation
    page.session_combo.setFocus()
    qtbot.keyClick(page.session_combo, Qt.Key.Key_Down)  # Not linked -> the one session
    qtbot.keyClick(page, Qt.Key.Key_S, CTRL)
    saved = workspace.journal.get(workspace.seeded["before"].id)
    assert (saved.share, saved.bring_to_appointment, saved.question_for_therapist) == (True, True, True)
    assert saved.phase == "preparation"
    session = workspace.journal.list(kind=TreatmentSession)[0]
    assert saved.session_id == session.id
    row = page.model.row_of(saved.id)
    assert page.model.data(page.model.index(row, page.model.COL_FLAGS)) == "Share, Bring, Question"

    page.save_state()
    page.clear()
    workspace.close()
    reopened = Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf, backup=False, clock=FrozenClock(NOW))
    try:
        again = pages.open(reopened, entry_id=saved.id)
        assert again.share_check.isChecked() and again.bring_check.isChecked() and again.question_check.isChecked()
        assert again.phase_combo.currentText() == "Preparation"
        assert again.session_combo.currentData() == session.id
        again.clear()
    finally:
        reopened.close()


# --- drafts ---------------------------------------------------------------------------------------------------

def test_autosave_keeps_a_draft_that_survives_a_lock_and_is_restored(qtbot, pages, workspace, data_dir,
                                                                    fast_kdf) -> None:
    walk = workspace.seeded["walk"]
    page = pages.open(workspace, entry_id=walk.id)
    page.body_edit.moveCursor(page.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.body_edit, " A heron stood still.")
    qtbot.waitUntil(lambda: len(_entry_drafts(workspace)) == 1)  # the autosave timer wrote it
    assert page.status_label.text().startswith("Draft kept at")
    assert workspace.journal.get(walk.id).body == walk.body  # the entry itself is untouched
    qtbot.keyClicks(page.body_edit, " So did I.")

    # Lock: the shell calls save_state() then clear().
    page.save_state()
    drafts = _entry_drafts(workspace)
    assert len(drafts) == 1 and drafts[0].state["body"].endswith("A heron stood still. So did I.")
    page.clear()
    assert page.model.rowCount() == 0
    assert page.body_edit.toPlainText() == "" and page.title_edit.text() == ""
    assert not page.body_edit.document().isUndoAvailable() and not page.title_edit.isUndoAvailable()
    assert page.tag_completer.model().rowCount() == 0
    assert page.search_edit.text() == "" and page.preview.toPlainText() == ""
    workspace.close()

    reopened = Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf, backup=False, clock=FrozenClock(NOW))
    try:
        again = pages.open(reopened)  # the page continues where the person was
        assert again.title_edit.text() == "Walking by the river"
        assert again.body_edit.toPlainText().endswith("A heron stood still. So did I.")
        assert again.banner.isVisible() and "are back" in again.banner.label.text()
        assert again.status_label.text() == "Not saved yet"
        assert reopened.journal.get(walk.id).body == walk.body
        qtbot.keyClick(again.body_edit, Qt.Key.Key_S, CTRL)
        assert reopened.journal.get(walk.id).body.endswith("So did I.")
        assert _entry_drafts(reopened) == []  # saving removed the draft
        assert not again.banner.isVisible()
        again.clear()
    finally:
        reopened.close()


def test_a_new_entry_draft_survives_a_crash(qtbot, pages, workspace, data_dir, fast_kdf) -> None:
    page = pages.open(workspace)
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(page.title_edit, "Half a thought")
    page.body_edit.setFocus()
    qtbot.keyClicks(page.body_edit, "Something about the music")
    qtbot.waitUntil(lambda: len(_entry_drafts(workspace)) == 1)
    draft = _entry_drafts(workspace)[0]
    assert draft.target_id is None and draft.state["body"] == "Something about the music"
    workspace.close()  # no save_state: as if the app had been killed

    reopened = Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf, backup=False, clock=FrozenClock(NOW))
    try:
        again = pages.open(reopened)
        assert again.title_edit.text() == "Half a thought"
        assert again.body_edit.toPlainText() == "Something about the music"
        assert "not saved yet" in again.banner.label.text()
        assert len(reopened.journal.list(kind=Entry)) == 3
        qtbot.keyClick(again.body_edit, Qt.Key.Key_S, CTRL)
        entries = reopened.journal.list(kind=Entry)
        assert len(entries) == 4 and entries[0].title == "Half a thought"
        assert entries[0].id.hex() == draft.state["entry_id"]  # the draft's id became the entry's
        assert _entry_drafts(reopened) == []
        again.clear()
    finally:
        reopened.close()


def test_discarding_a_restored_draft_returns_to_the_saved_entry(qtbot, pages, workspace) -> None:
    sleep = workspace.seeded["sleep"]
    page = pages.open(workspace, entry_id=sleep.id)
    qtbot.keyClicks(page.title_edit, " (edited)")
    page.save_state()
    page.clear()
    again = pages.open(workspace, entry_id=sleep.id)
    assert again.title_edit.text() == "Sleep (edited)"
    qtbot.mouseClick(again.banner.action_button, Qt.MouseButton.LeftButton)  # "Discard changes"
    assert again.title_edit.text() == "Sleep"
    assert _entry_drafts(workspace) == []
    assert workspace.journal.get(sleep.id).title == "Sleep"


# --- delete, undo, earlier versions ---------------------------------------------------------------------------

def test_delete_key_then_undo_brings_the_entry_back(qtbot, pages, workspace) -> None:
    sleep = workspace.seeded["sleep"]
    page = pages.open(workspace)
    _select(qtbot, page, "Sleep")
    page.list_view.setFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Delete)
    assert sleep.id not in workspace.journal
    assert "Sleep" not in _titles(page.model)
    assert page.count_label.text() == "2 entries"
    assert page.banner.isVisible() and page.banner.label.text() == "The entry was deleted."
    assert page.title_edit.text() == "Before the first session"  # the next entry opened

    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)  # Undo
    back = workspace.journal.get(sleep.id)
    assert (back.title, back.body, back.tags, back.session_id) == (sleep.title, sleep.body, sleep.tags,
                                                                   sleep.session_id)
    assert _titles(page.model) == ["Walking by the river", "Sleep", "Before the first session"]
    assert page.title_edit.text() == "Sleep"
    assert page.model.entry_at(page.list_view.currentIndex().row()).id == sleep.id


def test_delete_button_keeps_unsaved_edits_in_what_undo_restores(qtbot, pages, workspace) -> None:
    walk = workspace.seeded["walk"]
    page = pages.open(workspace, entry_id=walk.id)
    qtbot.keyClicks(page.title_edit, "!")
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert walk.id not in workspace.journal
    qtbot.mouseClick(page.banner.action_button, Qt.MouseButton.LeftButton)
    assert workspace.journal.get(walk.id).title == "Walking by the river!"


def test_an_earlier_version_can_be_previewed_and_restored(qtbot, pages, workspace) -> None:
    before = workspace.seeded["before"]
    page = pages.open(workspace, entry_id=before.id)
    assert not page.history_button.isEnabled()  # never edited: nothing earlier yet
    page.body_edit.selectAll()
    qtbot.keyClicks(page.body_edit, "Intention: rest, and notice.")
    qtbot.keyClick(page.body_edit, Qt.Key.Key_S, CTRL)
    assert workspace.journal.get(before.id).body == "Intention: rest, and notice."
    assert page.history_button.isEnabled()

    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    dialog = page.history_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.title_label.text() == "Before the first session"
    assert dialog.preview.toPlainText().strip() == "Intention: stay curious."
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.history_dialog is None)

    assert workspace.journal.get(before.id).body == "Intention: stay curious."
    assert page.body_edit.toPlainText() == "Intention: stay curious."
    assert "earlier version is back" in page.banner.label.text()
    bodies = [s.payload for s in workspace.journal.history(before.id)]
    assert len(bodies) == 2  # the replaced version is kept as well


# --- search ------------------------------------------------------------------------------------------------------

def test_search_as_you_type_finds_and_highlights(qtbot, pages, workspace) -> None:
    page = pages.open(workspace)
    qtbot.keyClick(page, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.search_edit
    qtbot.keyClicks(page.search_edit, "rive")
    qtbot.waitUntil(lambda: _titles(page.model) == ["Walking by the river"])
    assert page.count_label.text() == "1 entry matches"
    title_index = page.model.index(0, page.model.COL_TITLE)
    assert page.model.data(title_index, SPANS_ROLE) == [(15, 19)]  # "rive" of "river"

    _select(qtbot, page, "Walking by the river")
    assert page.preview.terms == ("rive",)

    page.search_edit.setText("")
    qtbot.keyClicks(page.search_edit, '"grandmother\'s kitchen" tag:sleep')
    qtbot.waitUntil(lambda: _titles(page.model) == ["Sleep"])
    _select(qtbot, page, "Sleep")
    _wait_preview(qtbot, page, "kitchen")
    qtbot.waitUntil(lambda: page.preview.marked_texts() == ["grandmother's kitchen"])

    qtbot.keyClick(page, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Escape)  # Esc clears the search
    qtbot.waitUntil(lambda: len(_titles(page.model)) == 3)
    assert page.preview.marked_texts() == []


def test_a_malformed_query_shows_its_message_and_keeps_working(qtbot, pages, workspace) -> None:
    page = pages.open(workspace)
    page.search_edit.setFocus()
    qtbot.keyClicks(page.search_edit, "from:2025-02-30")
    qtbot.waitUntil(page.search_message.isVisible)
    assert page.search_message.text() == "from: is not a real calendar date; use YYYY-MM-DD."
    assert page.model.rowCount() == 3  # the list is left as it was
    for _ in range(len("2025-02-30")):
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.search_edit, "2000-01-01 calm")
    qtbot.waitUntil(lambda: not page.search_message.isVisible())
    qtbot.waitUntil(lambda: _titles(page.model) == ["Walking by the river"])


def test_saving_while_searching_keeps_the_results_current(qtbot, pages, workspace) -> None:
    page = pages.open(workspace)
    page.search_edit.setText("tag:sleep")
    page.run_search()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    _select(qtbot, page, "Sleep")
    page.tags_edit.setText("")  # no longer tagged sleep
    qtbot.keyClick(page.body_edit, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.count_label.text() == "No entries match"


# --- preview safety ------------------------------------------------------------------------------------------------

def test_preview_sanitises_scripts_images_and_javascript_links(qtbot, pages, workspace, monkeypatch) -> None:
    requested: list[str] = []
    page = pages.open(workspace)
    monkeypatch.setattr(type(page.preview), "loadResource",
                        lambda self, kind, url: requested.append(url.toString()))
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    page.body_edit.setFocus()
    qtbot.keyClicks(page.body_edit, "Safe **words**. <script>alert('x')</script> "
                                    "![pixel](http://tracker.example/p.png) <img src=\"file:///etc/x.png\"> "
                                    "[click](javascript:alert(1)) [clinic](https://clinic.example/)")
    _wait_preview(qtbot, page, "Safe words.")
    html = page.preview.toHtml()
    assert "alert" not in html and "tracker.example" not in html and "file:" not in html
    assert "<img" not in html and "javascript" not in html
    assert 'href="https://clinic.example/"' in html
    assert requested == []  # nothing was ever fetched


# --- the page contract ---------------------------------------------------------------------------------------------

def test_changes_elsewhere_reach_the_list_and_sessions(qtbot, pages, workspace) -> None:
    page = pages.open(workspace)
    journal = workspace.journal
    journal.add(Entry(title="From the Today page", tags=("gratitude",)))
    journal.add(TreatmentSession(when=NOW, route=Route.NASAL, setting=Setting.CLINIC))
    page.ctx.notify_changed("entry", "session")
    assert _titles(page.model)[0] == "From the Today page"
    assert "gratitude" in page.tag_completer.model().stringList()
    assert page.session_combo.count() == 3  # "not linked" and two sessions


def test_activate_with_an_unknown_id_says_so(qtbot, pages, workspace) -> None:
    page = pages.open(workspace, entry_id=b"\x00" * 16)
    assert "no longer in the journal" in page.banner.label.text()


def test_every_control_has_an_accessible_name(qtbot, pages, workspace) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

    page = pages.open(workspace)
    kinds = (QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)
    widgets = [w for kind in kinds for w in page.findChildren(kind)]
    assert len(widgets) > 15
    for widget in widgets:
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue
        if isinstance(widget, QAbstractItemView) and widget.window() is not page:
            continue  # completer popups are Qt's own
        if type(widget).__name__ in ("QToolButton",) and not widget.text():
            continue  # the line edit's built-in clear button
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (the table's hidden corner button)
        assert widget.accessibleName(), type(widget).__name__
