"""The Today page driven as a person would, over a real vault with a fixed clock: due prompts with
Start / Snooze / Dismiss, the quick check-in, recent entries, the next session, refresh, lock."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from integration_journal.core.journal import Journal
from integration_journal.core.prompt_session import open_drafts
from integration_journal.core.records import CheckIn, Entry, Phase, Profile, Route, Setting, TreatmentSession
from integration_journal.core.schedule import DueStatus, Schedule, item_key, tomorrow_morning
from integration_journal.ui.pages.today import RecentEntriesModel
from tests.helpers.clocks import FrozenClock
from tests.helpers.input import choose_from_menu, click
from tests.helpers.today_page import make_page

UTC = dt.timezone.utc
H = dt.timedelta(hours=1)
D = dt.timedelta(days=1)
SESSION_AT = dt.datetime(2024, 3, 4, 12, 0, tzinfo=UTC)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(SESSION_AT + 20 * H)


def log_session(ctx, when=SESSION_AT, route=Route.NASAL, **fields) -> TreatmentSession:
    return ctx.journal.add(TreatmentSession(when=when, route=route, setting=Setting.CLINIC, **fields))


# --- due prompts -------------------------------------------------------------------------------------------

def test_due_prompts_start_and_finish_from_today(qtbot, ctx, clock) -> None:
    session = log_session(ctx)
    page = make_page(qtbot, ctx)
    [card] = page.cards
    assert card.title_label.text() == "Next day — your session of 4 March"
    assert card.start_button.accessibleName() == "Start: Next day — your session of 4 March"
    assert not page.nothing_due.isVisible()
    click(qtbot, card.start_button)
    wizard = page.wizard
    assert wizard is not None and wizard.isVisible()
    assert wizard.sitting.phase is Phase.NEXT_DAY and wizard.sitting.session.id == session.id
    qtbot.keyClicks(wizard.editor.text, "The light")
    for _ in range(wizard.sitting.count):
        click(qtbot, wizard.next_button)
    qtbot.waitUntil(lambda: page.wizard is None)
    assert page.cards == [] and page.nothing_due.isVisible()
    [entry] = ctx.journal.list(kind=Entry)
    assert page.recent_model.rowCount() == 1
    assert page.recent_model.index(0, RecentEntriesModel.COL_TITLE).data() == entry.title
    assert Schedule(ctx.journal).states()[item_key(session.id, Phase.NEXT_DAY)].status is DueStatus.DONE


def test_snooze_for_a_few_hours_and_until_tomorrow(qtbot, ctx, clock) -> None:
    session = log_session(ctx)
    page = make_page(qtbot, ctx)
    choose_from_menu(qtbot, page.cards[0].snooze_button, 1)  # "For 3 hours"
    assert page.cards == []
    state = Schedule(ctx.journal).states()[item_key(session.id, Phase.NEXT_DAY)]
    assert state.status is DueStatus.SNOOZED and state.until == clock.now + 3 * H
    clock.now += 3 * H
    page.refresh_due()
    [card] = page.cards
    choose_from_menu(qtbot, card.snooze_button, 2)  # "Until tomorrow morning"
    assert page.cards == []
    state = Schedule(ctx.journal).states()[item_key(session.id, Phase.NEXT_DAY)]
    assert state.until == tomorrow_morning(clock.now)


def test_dismiss_hides_the_item_for_good(qtbot, ctx, clock, workspace) -> None:
    log_session(ctx)
    page = make_page(qtbot, ctx)
    click(qtbot, page.cards[0].dismiss_button)
    assert page.cards == []
    reread = Journal.open(workspace.vault, clock)
    assert Schedule(reread).due() == []


def test_an_unfinished_sitting_shows_continue(qtbot, ctx, clock) -> None:
    log_session(ctx)
    page = make_page(qtbot, ctx)
    click(qtbot, page.cards[0].start_button)
    qtbot.keyClicks(page.wizard.editor.text, "Half")
    qtbot.keyClick(page.wizard.editor.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.wizard is None)
    [card] = page.cards
    assert card.start_button.text() == "Continue"
    click(qtbot, card.start_button)
    assert page.wizard.editor.text.toPlainText() == "Half"


def test_preparation_and_the_next_session(qtbot, ctx, clock) -> None:
    clock.now = SESSION_AT - 2 * D
    planned = ctx.journal.add(TreatmentSession(when=SESSION_AT, route=Route.IV, setting=Setting.CLINIC,
                                               clinic="Riverside"))
    page = make_page(qtbot, ctx)
    [card] = page.cards
    assert card.item.phase is Phase.PREPARATION and card.item.session_id == planned.id
    assert card.title_label.text() == "Preparing for your session on 4 March"
    assert "Riverside" in page.next_label.text() and "2024" in page.next_label.text()


def test_records_changed_refreshes_the_page(qtbot, ctx, clock) -> None:
    page = make_page(qtbot, ctx)
    assert page.cards == [] and "No upcoming session" in page.next_label.text()
    log_session(ctx)
    ctx.journal.add(Entry(title="Written elsewhere"))
    ctx.notify_changed("session", "entry")  # what the Sessions and Journal pages do after a write
    assert len(page.cards) == 1
    assert page.recent_model.index(0, RecentEntriesModel.COL_TITLE).data() == "Written elsewhere"
    page.records_changed({"audit"})  # kinds Today does not show: nothing to do


def test_start_a_reflection_without_anything_due(qtbot, ctx, clock) -> None:
    page = make_page(qtbot, ctx)
    click(qtbot, page.reflect_button)
    assert page.wizard.sitting.phase is Phase.ONGOING


# --- quick check-in ----------------------------------------------------------------------------------------

def test_quick_check_in_creates_then_updates_todays_check_in(qtbot, ctx, clock) -> None:
    page = make_page(qtbot, ctx)
    assert not page.save_checkin_button.isEnabled()  # mood and anxiety first
    page.mood.slider.setFocus()
    for _ in range(2):
        qtbot.keyClick(page.mood.slider, Qt.Key.Key_Right)
    assert page.mood.value_label.text() == "7 / 10"
    assert not page.save_checkin_button.isEnabled()
    qtbot.keyClick(page.anxiety.slider, Qt.Key.Key_Home)
    page.sleep.setFocus()
    qtbot.keyClick(page.sleep, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.sleep, "7.5")
    click(qtbot, page.save_checkin_button)
    [checkin] = ctx.journal.list(kind=CheckIn)
    today = clock.now.astimezone().date()
    assert (checkin.date, checkin.mood, checkin.anxiety, checkin.pain, checkin.sleep_hours) == (today, 7, 0, None, 7.5)
    assert page.save_checkin_button.text().replace("&", "") == "Update check-in"

    click(qtbot, page.pain_check)
    assert not page.save_checkin_button.isEnabled()  # pain asked for, not given yet
    qtbot.keyClick(page.pain.slider, Qt.Key.Key_Left)
    qtbot.keyClick(page.mood.slider, Qt.Key.Key_Left)
    click(qtbot, page.save_checkin_button)
    [updated] = ctx.journal.list(kind=CheckIn)
    assert updated.id == checkin.id
    assert (updated.mood, updated.pain, updated.sleep_hours) == (6, 4, 7.5)
    assert len(ctx.journal.history(checkin.id)) == 1  # the first version stays in history


def test_pain_is_offered_by_default_with_the_pain_focus(qtbot, ctx) -> None:
    profile = ctx.journal.list(kind=Profile)[0]
    ctx.journal.update(dataclasses.replace(profile, treatment_focus=("chronic_pain",)))
    page = make_page(qtbot, ctx)
    assert page.pain_check.isChecked() and page.pain.isEnabled()


def test_yesterdays_check_in_is_not_updated(qtbot, ctx, clock) -> None:
    yesterday = clock.now.astimezone().date() - D
    ctx.journal.add(CheckIn(date=yesterday, mood=2, anxiety=2))
    page = make_page(qtbot, ctx)
    assert page.mood.value() is None
    qtbot.keyClick(page.mood.slider, Qt.Key.Key_Right)
    qtbot.keyClick(page.anxiety.slider, Qt.Key.Key_Right)
    click(qtbot, page.save_checkin_button)
    assert sorted(c.date for c in ctx.journal.list(kind=CheckIn)) == [yesterday, yesterday + D]


def test_a_draft_autosave_does_not_reset_a_check_in_being_adjusted(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    qtbot.keyClick(page.mood.slider, Qt.Key.Key_Right)
    ctx.notify_changed("draft")
    assert page.mood.value() == 6


# --- recent entries ----------------------------------------------------------------------------------------

def test_clicking_a_recent_entry_opens_it_in_the_journal(qtbot, ctx, clock) -> None:
    for index, title in enumerate(("Oldest", "Middle", "Newest")):
        ctx.journal.add(Entry(title=title, created=clock.now - (3 - index) * H), keep_timestamps=True)
    page = make_page(qtbot, ctx)
    assert [page.recent_model.index(r, RecentEntriesModel.COL_TITLE).data() for r in range(3)] == [
        "Newest", "Middle", "Oldest"]
    view = page.recent_view
    rect = view.visualRect(page.recent_model.index(1, RecentEntriesModel.COL_TITLE))
    with qtbot.waitSignal(ctx.events.navigate_requested) as navigated:
        qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    middle = [e for e in ctx.journal.list(kind=Entry) if e.title == "Middle"][0]
    assert navigated.args == ["journal", {"entry_id": middle.id}]
    with qtbot.waitSignal(ctx.events.navigate_requested) as by_key:
        view.setFocus()
        view.setCurrentIndex(page.recent_model.index(0, 0))
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert by_key.args[1]["entry_id"] != middle.id


def test_recent_entries_model_contract(qtmodeltester, ctx) -> None:
    model = RecentEntriesModel()
    qtmodeltester.check(model)
    model.set_rows([Entry(title="One"), Entry(title="")])
    qtmodeltester.check(model)
    assert model.index(1, RecentEntriesModel.COL_TITLE).data() == "Untitled"
    assert model.headerData(RecentEntriesModel.COL_DATE, Qt.Orientation.Horizontal) == "Date"
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


# --- lock ------------------------------------------------------------------------------------------------

def test_lock_with_the_wizard_open_keeps_the_draft_and_clears(qtbot, ctx, clock) -> None:
    log_session(ctx)
    ctx.journal.add(CheckIn(date=clock.now.astimezone().date(), mood=5, anxiety=5))
    page = make_page(qtbot, ctx)
    click(qtbot, page.cards[0].start_button)
    qtbot.keyClicks(page.wizard.editor.text, "Before the lock")
    journal = ctx.journal
    page.save_state()
    page.clear()
    [draft] = open_drafts(journal)
    assert "Before the lock" in str(dict(draft.state["answers"]))
    assert page.wizard is None and page.cards == [] and page.recent_model.rowCount() == 0
    assert page.mood.value() is None
    page.records_changed({"entry"})  # late notifications after a lock are ignored


def test_every_control_has_an_accessible_name(qtbot, ctx) -> None:
    log_session(ctx)
    ctx.journal.add(Entry(title="An entry"))
    page = make_page(qtbot, ctx)
    from PySide6.QtWidgets import QAbstractSpinBox, QSlider, QTableView

    controls = [w for w in page.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QSlider, QAbstractSpinBox, QTableView)) and w.isVisible()]
    assert controls
    assert [type(c).__name__ for c in controls if not c.accessibleName()] == []


def test_the_recent_tables_corner_button_has_an_accessible_name(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    corner = page.recent_view.findChild(QAbstractButton, "qt_tableview_cornerbutton")
    assert corner is not None and corner.accessibleName()
