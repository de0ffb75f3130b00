"""The guided-prompt wizard driven as a person would, over a real vault with a fixed clock: same-day in
three taps, answers by taps and keys, skip and back, "Not today", drafts across a lock, get help."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QWidget,
)

from integration_journal.core.journal import Journal
from integration_journal.core.prompt_session import open_drafts
from integration_journal.core.prompts import PromptLibrary, parse_pack
from integration_journal.core.records import Entry, Phase, PromptPackRecord, Route, Setting, TreatmentSession
from integration_journal.core.schedule import DueStatus, Schedule, item_key, tomorrow_morning
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.pages.base import JournalEvents, PageContext
from integration_journal.ui.prompt_wizard import PromptWizard
from tests.helpers.clocks import FrozenClock

UTC = dt.timezone.utc
H = dt.timedelta(hours=1)
D = dt.timedelta(days=1)
# Noon UTC keeps "4 March" the local calendar day in every zone from -11 h to +11 h.
SESSION_AT = dt.datetime(2024, 3, 4, 12, 0, tzinfo=UTC)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(SESSION_AT - D)


@pytest.fixture
def workspace(data_dir, fast_kdf, passphrase, clock):
    ws, _kit = Workspace.create(data_dir, passphrase, role="patient", display_name="Sam", policy=fast_kdf)
    ws.journal = Journal.open(ws.vault, clock)  # the same vault, read through a journal on our clock
    yield ws
    ws.close()


@pytest.fixture
def ctx(workspace, dialogs):
    return PageContext(journal=workspace.journal, workspace=workspace, dialogs=dialogs, events=JournalEvents())


def log_session(ctx, route=Route.NASAL, setting=Setting.CLINIC, when=SESSION_AT) -> TreatmentSession:
    return ctx.journal.add(TreatmentSession(when=when, route=route, setting=setting))


def open_wizard(qtbot, ctx, *args, **kwargs) -> PromptWizard:
    wizard = PromptWizard(ctx, *args, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()  # focus and keyboard shortcuts need the active window
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    if isinstance(button, (QRadioButton, QCheckBox)):
        # These take clicks on their indicator and label only, not anywhere in their (wide) row.
        qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, LEFT)


def entries(ctx) -> list[Entry]:
    return ctx.journal.list(kind=Entry)


# --- same day ----------------------------------------------------------------------------------------------

def test_same_day_finishes_in_three_taps(qtbot, ctx, clock) -> None:
    session = log_session(ctx)
    clock.now = SESSION_AT + 2 * H
    wizard = open_wizard(qtbot, ctx, "same-day", session.id)
    assert wizard.sitting.count == 3
    assert "no driving" in wizard.banner.text() and wizard.banner.isVisible()
    assert wizard.font().pointSizeF() > QApplication.font().pointSizeF()  # large type
    assert not wizard.findChildren(QLineEdit) and not wizard.findChildren(QPlainTextEdit)  # nothing to type
    with qtbot.waitSignal(wizard.finished) as finished:
        for _ in range(3):
            click(qtbot, wizard.next_button)
    assert finished.args == [QDialog.DialogCode.Accepted.value]
    state = Schedule(ctx.journal).states()[item_key(session.id, Phase.SAME_DAY)]
    assert state.status is DueStatus.DONE
    assert entries(ctx) == []  # nothing answered, nothing written


def test_same_day_is_larger_than_other_sittings(qtbot, ctx, clock) -> None:
    session = log_session(ctx)
    clock.now = SESSION_AT + 2 * H
    same_day = open_wizard(qtbot, ctx, "same-day", session.id)
    clock.now = SESSION_AT + 20 * H
    next_day = open_wizard(qtbot, ctx, "next-day", session.id)
    assert same_day.prompt_label.font().pointSizeF() > next_day.prompt_label.font().pointSizeF()
    assert not next_day.banner.isVisible()


def test_same_day_answers_by_taps_and_keys(qtbot, ctx, clock) -> None:
    session = log_session(ctx)
    clock.now = SESSION_AT + 2 * H + 5 * dt.timedelta(minutes=1)
    wizard = open_wizard(qtbot, ctx, "same-day", session.id)
    assert [p.id for p in wizard.sitting.prompts] == ["sd-01", "sd-04", "sd-05"]
    click(qtbot, wizard.editor.chips.buttons["calm"])
    click(qtbot, wizard.editor.chips.buttons["tingly"])
    click(qtbot, wizard.editor.chips.buttons["tingly"])  # changed my mind
    assert wizard.editor.chips.buttons["calm"].text() == "✓ Calm"
    click(qtbot, wizard.next_button)
    slider = wizard.editor.slider
    assert slider.value_label.text() == "Not set"
    assert slider.slider.hasFocus()
    qtbot.keyClick(slider.slider, Qt.Key.Key_End)
    qtbot.keyClick(slider.slider, Qt.Key.Key_Left)
    assert slider.value_label.text() == "9 / 10"
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.editor.chips.buttons["rest"])
    with qtbot.waitSignal(wizard.entry_written) as written:
        click(qtbot, wizard.next_button)
    [entry] = entries(ctx)
    assert written.args == [entry.id]
    assert entry.title == "Same day after session of 4 March"
    assert entry.phase is Phase.SAME_DAY and entry.session_id == session.id
    assert [(a.prompt_id, a.answer) for a in entry.prompt_answers] == [
        ("sd-01", ("calm",)), ("sd-04", 9), ("sd-05", ("rest",))]
    assert "**Mood right now.**\n\n9 / 10" in entry.body
    assert open_drafts(ctx.journal) == []


def test_same_day_can_add_a_few_words(qtbot, ctx, clock) -> None:
    session = log_session(ctx)
    clock.now = SESSION_AT + 3 * H
    wizard = open_wizard(qtbot, ctx, "same-day", session.id)
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.next_button)
    assert wizard.add_button.text().replace("&", "") == "Add a few words (optional)"
    click(qtbot, wizard.add_button)
    assert wizard.sitting.position == (4, 4)
    qtbot.keyClicks(wizard.editor.line, "blue, warm, slow")
    click(qtbot, wizard.next_button)
    [entry] = entries(ctx)
    assert entry.prompt_answers[0].answer == "blue, warm, slow"


def test_home_sessions_ask_about_the_support_person(qtbot, ctx, clock) -> None:
    session = log_session(ctx, Route.LOZENGE, Setting.HOME_SUPPORTED)
    clock.now = SESSION_AT + 3 * H
    wizard = open_wizard(qtbot, ctx, "same-day", session.id)
    assert wizard.support_label.isVisible()
    assert wizard.support_label.text() == "Is your support person still with you?"
    click(qtbot, wizard.support_no)
    assert wizard.support_reply.isVisible() and "emergency number" in wizard.support_reply.text()
    clinic = log_session(ctx, Route.IV, Setting.CLINIC, when=SESSION_AT + 10 * dt.timedelta(minutes=1))
    other = open_wizard(qtbot, ctx, "same-day", clinic.id)
    assert not other.support_row.isVisible()


def test_a_same_day_sitting_opened_too_early_says_it_can_wait(qtbot, ctx, clock) -> None:
    session = log_session(ctx, Route.LOZENGE)
    clock.now = SESSION_AT + H
    wizard = open_wizard(qtbot, ctx, "same-day", session.id)
    assert "come back later" in wizard.banner.text()


# --- paging ------------------------------------------------------------------------------------------------

def test_next_back_skip_keep_answers_and_progress(qtbot, ctx, clock) -> None:
    session = log_session(ctx)
    clock.now = SESSION_AT + 20 * H
    wizard = open_wizard(qtbot, ctx, "next-day", session.id)
    assert wizard.progress_label.text() == "Prompt 1 of 3"
    assert not wizard.back_button.isEnabled()
    qtbot.keyClicks(wizard.editor.text, "The light in the room")
    click(qtbot, wizard.next_button)
    assert wizard.progress_label.text() == "Prompt 2 of 3" and wizard.progress.value() == 2
    qtbot.keyClicks(wizard.editor.line, "to be skipped")
    click(qtbot, wizard.skip_button)
    assert wizard.progress_label.text() == "Prompt 3 of 3"
    assert wizard.next_button.text().replace("&", "") == "Finish"
    click(qtbot, wizard.back_button)
    assert wizard.editor.line.text() == ""  # skipped: cleared
    click(qtbot, wizard.back_button)
    assert wizard.editor.text.toPlainText() == "The light in the room"
    # Drafts are written on every page change.
    [draft] = open_drafts(ctx.journal)
    assert dict(draft.state["answers"]) == {wizard.sitting.prompts[0].id: "The light in the room"}


def tab_to(qtbot, wizard: PromptWizard, target: QWidget, limit: int = 30) -> int:
    """Press Tab until `target` has focus; returns how many presses it took."""
    for presses in range(1, limit + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if target.hasFocus():
            return presses
    raise AssertionError(f"Tab never reached {target.text()!r}")


def test_keyboard_only(qtbot, ctx, clock) -> None:
    session = log_session(ctx)
    clock.now = SESSION_AT + 20 * H
    wizard = open_wizard(qtbot, ctx, "next-day", session.id)
    assert wizard.editor.text.hasFocus()  # each page starts in its answer
    qtbot.keyClicks(wizard.editor.text, "Typed")
    # Tab leaves the text (it holds no tabs) and walks the buttons in their visual order.
    assert tab_to(qtbot, wizard, wizard.next_button) == 3  # Back is off on page 1: Not today, Skip, Next
    qtbot.keyClick(wizard.next_button, Qt.Key.Key_Space)
    assert wizard.sitting.position == (2, 3)
    assert wizard.editor.line.hasFocus()
    qtbot.keyClick(wizard.editor.line, Qt.Key.Key_Return)  # Next is the default button
    assert wizard.sitting.position == (3, 3)
    tab_to(qtbot, wizard, wizard.back_button)
    qtbot.keyClick(wizard.back_button, Qt.Key.Key_Space)
    assert wizard.sitting.position == (2, 3)
    tab_to(qtbot, wizard, wizard.help_button)
    assert wizard.help_button.hasFocus()


def test_skip_on_the_last_prompt_finishes(qtbot, ctx, clock) -> None:
    session = log_session(ctx)
    clock.now = SESSION_AT + 61 * H
    wizard = open_wizard(qtbot, ctx, "few-days", session.id)
    qtbot.keyClicks(wizard.editor.text, "A pause before reacting")
    click(qtbot, wizard.next_button)
    click(qtbot, wizard.skip_button)
    with qtbot.waitSignal(wizard.finished):
        click(qtbot, wizard.skip_button)
    [entry] = entries(ctx)
    assert entry.title == "A few days after session of 4 March"
    assert len(entry.prompt_answers) == 1
    assert Schedule(ctx.journal).due() == []


# --- not today, drafts, lock -------------------------------------------------------------------------------

def test_not_today_snoozes_until_tomorrow(qtbot, ctx, clock) -> None:
    session = log_session(ctx)
    clock.now = SESSION_AT + 20 * H
    wizard = open_wizard(qtbot, ctx, "next-day", session.id)
    qtbot.keyClicks(wizard.editor.text, "Half a thought")
    with qtbot.waitSignal(wizard.finished) as finished:
        click(qtbot, wizard.not_today_button)
    assert finished.args == [PromptWizard.NOT_TODAY]
    schedule = Schedule(ctx.journal)
    state = schedule.states()[item_key(session.id, Phase.NEXT_DAY)]
    assert state.status is DueStatus.SNOOZED and state.until == tomorrow_morning(clock.now)
    assert schedule.due() == []
    assert len(open_drafts(ctx.journal)) == 1  # the half thought waits for tomorrow
    assert entries(ctx) == []


def test_resume_from_the_draft_after_a_lock(qtbot, ctx, clock, workspace, data_dir, passphrase, fast_kdf,
                                            dialogs) -> None:
    session = log_session(ctx)
    clock.now = SESSION_AT + 20 * H
    wizard = open_wizard(qtbot, ctx, "next-day", session.id)
    prompts = [p.id for p in wizard.sitting.prompts]
    qtbot.keyClicks(wizard.editor.text, "What stands out: the light")
    click(qtbot, wizard.next_button)
    qtbot.keyClicks(wizard.editor.line, "Quieter")
    # Lock: the shell asks for the draft, then the widgets are emptied and the vault closed.
    wizard.save_state()
    wizard.clear()
    assert not wizard.isVisible()
    workspace.close()

    reopened = Workspace.open(data_dir, passphrase, policy=fast_kdf, backup=False)
    try:
        reopened.journal = Journal.open(reopened.vault, clock)
        ctx2 = PageContext(journal=reopened.journal, workspace=reopened, dialogs=dialogs, events=JournalEvents())
        again = open_wizard(qtbot, ctx2)  # no phase: the unfinished sitting comes back
        assert [p.id for p in again.sitting.prompts] == prompts
        assert again.sitting.position == (2, 3)
        assert again.editor.line.text() == "Quieter"
        click(qtbot, again.back_button)
        assert again.editor.text.toPlainText() == "What stands out: the light"
        # Opening it from Today (by phase and session) finds the same draft.
        third = open_wizard(qtbot, ctx2, "next-day", session.id)
        assert third.sitting.draft_id == again.sitting.draft_id
    finally:
        reopened.close()
        workspace.vault = reopened.vault  # the fixture closes it again harmlessly


def test_escape_keeps_a_draft_and_an_empty_sitting_leaves_none(qtbot, ctx, clock) -> None:
    session = log_session(ctx)
    clock.now = SESSION_AT + 20 * H
    wizard = open_wizard(qtbot, ctx, "next-day", session.id)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert open_drafts(ctx.journal) == []
    wizard = open_wizard(qtbot, ctx, "next-day", session.id)
    qtbot.keyClicks(wizard.editor.text, "Keep me")
    qtbot.keyClick(wizard.editor.text, Qt.Key.Key_Escape)
    [draft] = open_drafts(ctx.journal)
    assert "Keep me" in json.dumps(dict(draft.state["answers"]))
    assert Schedule(ctx.journal).due()  # closing is not "Not today": still due


# --- help, links, the appointment flag ---------------------------------------------------------------------

def test_get_help_now_is_always_there(qtbot, ctx, clock, dialogs) -> None:
    session = log_session(ctx)
    clock.now = SESSION_AT + 20 * H
    wizard = open_wizard(qtbot, ctx, "next-day", session.id)
    for page in range(3):
        assert wizard.help_button.isVisible()
        click(qtbot, wizard.help_button)
        panel = wizard.help_panel
        qtbot.waitUntil(panel.isVisible)
        text = " ".join(panel.texts())
        assert "emergency" in text and "does not monitor" in text
        assert panel.parentWidget() is wizard  # usable while the wizard is open
        panel.close()
        if page < 2:
            click(qtbot, wizard.next_button)
    click(qtbot, wizard.help_button)
    wizard.clear()  # what a lock does: the panel goes with the wizard's content
    qtbot.waitUntil(lambda: wizard.help_panel is None)
    assert dialogs.texts("inform") == []


def _pack_library() -> PromptLibrary:
    pack = parse_pack(json.dumps({
        "schema_version": 1, "id": "clinic-pack", "title": "Clinic", "author": "Dr Lee", "version": 1,
        "phases": [{"id": "one-week", "prompts": [
            {"id": "c-01", "text": "Anything for your next session?", "input": "short_text", "tags": ["core"],
             "share_default": "ask"},
            {"id": "c-02", "text": "Any after-effects still around?", "input": "choice", "tags": ["body"],
             "options": [{"id": "no", "label": "No"}, {"id": "yes", "label": "Yes"}],
             "link": {"option": "yes", "target": "side-effects"}}]}]}).encode(), "clinic.json")
    return PromptLibrary((pack,))


def test_appointment_flag_and_side_effect_link(qtbot, ctx, clock) -> None:
    session = log_session(ctx)
    clock.now = SESSION_AT + 6 * D + H
    wizard = open_wizard(qtbot, ctx, "one-week", session.id, library=_pack_library())
    assert wizard.share_box.isVisible()
    qtbot.keyClicks(wizard.editor.line, "Sleep")
    click(qtbot, wizard.share_box)
    click(qtbot, wizard.next_button)
    assert wizard.link_label.isVisible()
    click(qtbot, wizard.editor.choice.buttons["yes"])
    with qtbot.waitSignal(ctx.events.navigate_requested) as navigated:
        click(qtbot, wizard.next_button)
    assert navigated.args == ["sessions", {"session_id": session.id, "section": "side-effects"}]
    [entry] = entries(ctx)
    assert entry.bring_to_appointment
    assert entry.title == "A week after session of 4 March"


def test_imported_packs_from_the_vault_show_their_author(qtbot, ctx, clock) -> None:
    document = {
        "schema_version": 1, "id": "dr-lee", "title": "Between sessions", "author": "Dr Lee", "version": 2,
        "phases": [{"id": "ongoing", "prompts": [
            {"id": "lee-01", "text": "What did you notice on your walks?", "input": "long_text",
             "tags": ["nature"]},
            {"id": "lee-02", "text": "One kind thing you did for yourself?", "input": "short_text",
             "tags": ["spirit"]}]}]}
    ctx.journal.add(PromptPackRecord(pack_id="dr-lee", title="Between sessions", version=2,
                                     content=json.dumps(document).encode()))
    clock.now = SESSION_AT
    library = PromptLibrary.for_journal(ctx.journal)
    assert library.pack("dr-lee").author == "Dr Lee"
    wizard = open_wizard(qtbot, ctx, "ongoing", None, library=PromptLibrary((library.pack("dr-lee"),)))
    assert wizard.prompt_label.text() == "What did you notice on your walks?"
    assert wizard.source_label.isVisible() and wizard.source_label.text() == "From Dr Lee"
    builtin = open_wizard(qtbot, ctx, "ongoing", None)
    assert not builtin.source_label.isVisible()
    assert wizard.windowTitle() == builtin.windowTitle() == "Guided prompts"  # never content


def test_no_phase_and_nothing_due_opens_a_reflection(qtbot, ctx, clock) -> None:
    clock.now = SESSION_AT
    wizard = open_wizard(qtbot, ctx)
    assert wizard.sitting.phase is Phase.ONGOING and wizard.sitting.session is None
    qtbot.keyClicks(wizard.editor.line, "calm, tired")
    for _ in range(wizard.sitting.count):
        click(qtbot, wizard.next_button)
    [entry] = entries(ctx)
    assert entry.title == "Reflection, 4 March" and entry.session_id is None


def test_every_control_has_an_accessible_name(qtbot, ctx, clock) -> None:
    session = log_session(ctx, Route.LOZENGE, Setting.HOME_SUPPORTED)
    clock.now = SESSION_AT + 3 * H
    wizards = [open_wizard(qtbot, ctx, "same-day", session.id)]
    clock.now = SESSION_AT + 61 * H
    wizards.append(open_wizard(qtbot, ctx, "few-days", session.id))
    for wizard in wizards:
        for _ in range(wizard.sitting.count):
            controls = [w for w in wizard.findChildren(QWidget)
                        if isinstance(w, (QAbstractButton, QLineEdit, QPlainTextEdit, QSlider)) and w.isVisible()]
            unnamed = [type(c).__name__ for c in controls if not c.accessibleName()]
            assert not unnamed
            if not wizard.sitting.is_last:
                click(qtbot, wizard.next_button)
