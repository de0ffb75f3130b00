"""The Insights page driven like a person would: reframes and commitments created and edited,
check-offs for today and a past day, the adherence shown, drafts across a lock, and the models."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QStyle, QStyleOptionButton

from integration_journal.core.records import (
    Cadence,
    Commitment,
    Domain,
    Entry,
    Reframe,
    Route,
    Setting,
    TreatmentSession,
)
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.insights_models import (
    ADHERENCE_ROLE,
    ID_ROLE,
    CommitmentTableModel,
    ReframeTableModel,
    SourceChoiceModel,
)
from integration_journal.ui.models import SORT_ROLE
from integration_journal.ui.pages.base import JournalEvents, PageContext
from integration_journal.ui.pages.insights.page import InsightsPage
from tests.helpers.input import type_date

# --- fixtures and helpers --------------------------------------------------------------------------

@pytest.fixture
def workspace(data_dir, fast_kdf, passphrase):
    ws, _kit = Workspace.create(data_dir, passphrase, role="patient", display_name="Sam", policy=fast_kdf)
    yield ws
    ws.close()


@pytest.fixture
def ctx(workspace, dialogs):
    return PageContext(journal=workspace.journal, workspace=workspace, dialogs=dialogs, events=JournalEvents())


def make_page(qtbot, ctx, tab: str = "reframes") -> InsightsPage:
    page = InsightsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    if tab == "commitments":
        qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Right)
        assert page.tabs.currentWidget() is page.commitments
    return page


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def choose_data(qtbot, combo, value) -> None:
    target = combo.findData(value) if not isinstance(value, int) else value
    assert target >= 0, value
    combo.setFocus()
    steps = target - combo.currentIndex()
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert combo.currentIndex() == target


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    """Click a check box on its box, where a person would."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=rect.center())


def click_row(qtbot, tab, row: int) -> None:
    rect = tab.table.visualRect(tab.proxy.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def cell(tab, row: int, column: int) -> str:
    return tab.proxy.index(row, column).data()


def days_ago(ctx, n: int) -> dt.date:
    return ctx.today() - dt.timedelta(days=n)


def add_commitment(ctx, *, created_days_ago: int = 40, **values) -> Commitment:
    created = ctx.now() - dt.timedelta(days=created_days_ago)
    fields = dict(text="Ten minutes outside", domain=Domain.NATURE, cadence=Cadence.DAILY, created=created)
    fields.update(values)
    return ctx.journal.add(Commitment(**fields), keep_timestamps=True)


# --- reframes ----------------------------------------------------------------------------------------

def test_create_a_reframe_linked_to_a_session(qtbot, ctx) -> None:
    session = ctx.journal.add(TreatmentSession(when=ctx.now() - dt.timedelta(days=2), route=Route.IV,
                                               setting=Setting.CLINIC))
    ctx.journal.add(Entry(title="The morning after"))
    page = make_page(qtbot, ctx)
    tab = page.reframes
    assert tab.empty_label.isVisible() and not tab.table.isVisible()
    assert tab.editor_box.title() == "New reframe"

    type_into(qtbot, tab.old_edit, "I always ruin things.")
    type_into(qtbot, tab.new_edit, "Some things went wrong; many went fine.")
    choose_data(qtbot, tab.domain_combo, "mind")
    labels = [tab.sources.index(r, 0).data() for r in range(tab.sources.rowCount())]
    assert labels[0] == "Nothing in particular"
    assert labels[1].startswith("Session, ") and labels[1].endswith("(IV infusion)")
    assert labels[2].startswith("Entry, ") and labels[2].endswith(": The morning after")
    choose_data(qtbot, tab.source_combo, 1)

    with qtbot.waitSignal(ctx.events.records_changed) as changed:
        click(qtbot, tab.save_button)
    assert changed.args == [{"reframe"}]
    [saved] = ctx.journal.list(kind="reframe")
    assert (saved.old_thought, saved.new_perspective) == ("I always ruin things.",
                                                          "Some things went wrong; many went fine.")
    assert saved.domain is Domain.MIND and saved.source_id == session.id
    assert tab.editing.id == saved.id and tab.editor_box.title() == "Edit reframe"
    assert tab.saved_label.text() == "Saved." and not tab.is_dirty()
    assert tab.table.isVisible() and tab.model.rowCount() == 1
    assert cell(tab, 0, ReframeTableModel.COL_OLD) == "I always ruin things."
    assert cell(tab, 0, ReframeTableModel.COL_SOURCE) == labels[1]

    with qtbot.waitSignal(ctx.events.navigate_requested) as navigated:
        click(qtbot, tab.open_source_button)
    assert navigated.args == ["sessions", {"session_id": session.id}]


def test_edit_a_reframe_and_open_its_entry(qtbot, ctx) -> None:
    entry = ctx.journal.add(Entry(title="Writing it out"))
    reframe = ctx.journal.add(Reframe(old_thought="Resting is lazy.", new_perspective="Rest helps.",
                                      source_id=entry.id, domain=Domain.BODY))
    page = make_page(qtbot, ctx)
    tab = page.reframes
    assert tab.editing.id == reframe.id  # the newest is open
    assert tab.old_edit.toPlainText() == "Resting is lazy." and tab.domain_combo.currentData() == "body"
    assert tab.sources.id_at(tab.source_combo.currentIndex()) == entry.id

    type_into(qtbot, tab.new_edit, "Rest is part of how I heal.")
    choose_data(qtbot, tab.domain_combo, None)
    qtbot.keyClick(tab.new_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = ctx.journal.get(reframe.id)
    assert stored.new_perspective == "Rest is part of how I heal." and stored.domain is None
    assert stored.source_id == entry.id
    assert len(ctx.journal.history(reframe.id)) == 1

    with qtbot.waitSignal(ctx.events.navigate_requested) as navigated:
        click(qtbot, tab.open_source_button)
    assert navigated.args == ["journal", {"entry_id": entry.id}]


def test_an_empty_reframe_is_refused(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    tab = page.reframes
    type_into(qtbot, tab.old_edit, "   ")
    click(qtbot, tab.save_button)
    assert ctx.journal.list(kind="reframe") == []
    assert tab.error_label.isVisible()
    assert tab.error_label.text() == "Write the old thought, the new perspective, or both, before saving."
    assert tab.old_edit.hasFocus()
    type_into(qtbot, tab.new_edit, "Only the new view")
    click(qtbot, tab.save_button)
    [saved] = ctx.journal.list(kind="reframe")
    assert (saved.old_thought, saved.new_perspective) == ("", "Only the new view")
    assert not tab.error_label.isVisible()
    assert cell(tab, 0, ReframeTableModel.COL_OLD) == "(not written)"


def test_unsaved_changes_are_asked_about_before_switching(qtbot, ctx, dialogs) -> None:
    first = ctx.journal.add(Reframe(old_thought="First", new_perspective="One"))
    second = ctx.journal.add(Reframe(old_thought="Second", new_perspective="Two",
                                     created=first.created + dt.timedelta(minutes=5)), keep_timestamps=True)
    page = make_page(qtbot, ctx)
    tab = page.reframes
    assert tab.editing.id == second.id
    type_into(qtbot, tab.new_edit, "Two, rewritten")

    dialogs.confirm_answer = False
    click_row(qtbot, tab, 1)
    assert tab.editing.id == second.id and tab.new_edit.toPlainText() == "Two, rewritten"
    assert tab.proxy.mapToSource(tab.table.currentIndex()).row() == tab.model.row_of(second.id)
    assert dialogs.texts("confirm") == ["The changes to this reframe have not been saved."]

    dialogs.confirm_answer = True
    click_row(qtbot, tab, 1)
    assert tab.editing.id == first.id and tab.old_edit.toPlainText() == "First"
    assert ctx.journal.get(second.id).new_perspective == "Two"  # nothing saved by leaving

    click_row(qtbot, tab, 0)  # nothing typed: no question
    assert len(dialogs.texts("confirm")) == 2


def test_delete_a_reframe_and_a_removed_source(qtbot, ctx, dialogs) -> None:
    session = ctx.journal.add(TreatmentSession(when=ctx.now(), route=Route.IM, setting=Setting.OFFICE))
    reframe = ctx.journal.add(Reframe(old_thought="Old", new_perspective="New", source_id=session.id))
    page = make_page(qtbot, ctx)
    tab = page.reframes
    ctx.journal.delete(session.id)
    page.records_changed({"session"})
    assert cell(tab, 0, ReframeTableModel.COL_SOURCE) == "(removed)"

    dialogs.confirm_answer = False
    click(qtbot, tab.delete_button)
    assert reframe.id in ctx.journal
    dialogs.confirm_answer = True
    click_row(qtbot, tab, 0)
    with qtbot.waitSignal(ctx.events.records_changed):
        qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert ctx.journal.list(kind="reframe") == []
    assert tab.model.rowCount() == 0 and tab.editing is None and tab.empty_label.isVisible()


def test_new_sessions_and_entries_become_sources(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    tab = page.reframes
    assert tab.sources.rowCount() == 1
    entry = ctx.journal.add(Entry(title="Fresh"))
    page.records_changed({"entry"})
    assert tab.sources.row_of(entry.id) == 1


# --- commitments -------------------------------------------------------------------------------------

def test_create_and_edit_a_commitment(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx, "commitments")
    tab = page.commitments
    assert tab.editor_box.title() == "New commitment"
    assert not tab.today_check.isEnabled() and tab.unsaved_note.isVisible()

    click(qtbot, tab.cadence_combo)
    qtbot.keyClick(tab.cadence_combo, Qt.Key.Key_Escape)  # close its list again
    qtbot.keyClick(tab.cadence_combo, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.text_edit.hasFocus()
    qtbot.keyClicks(tab.text_edit, "Call a friend")
    choose_data(qtbot, tab.domain_combo, "relationships")
    choose_data(qtbot, tab.cadence_combo, "weekly")
    click(qtbot, tab.save_button)
    [saved] = ctx.journal.list(kind="commitment")
    assert (saved.text, saved.domain, saved.cadence, saved.active, saved.checkoffs) == (
        "Call a friend", Domain.RELATIONSHIPS, Cadence.WEEKLY, True, ())
    assert tab.today_check.isEnabled() and not tab.unsaved_note.isVisible()
    assert [cell(tab, 0, c) for c in range(5)] == ["Call a friend", "Relationships", "Once a week", "–", "Active"]

    type_into(qtbot, tab.text_edit, "Call a friend or my sister")
    choose_data(qtbot, tab.cadence_combo, "several-per-week")
    tab.active_check.setFocus()
    qtbot.keyClick(tab.active_check, Qt.Key.Key_Space)
    click(qtbot, tab.save_button)
    stored = ctx.journal.get(saved.id)
    assert (stored.text, stored.cadence, stored.active) == ("Call a friend or my sister",
                                                            Cadence.SEVERAL_PER_WEEK, False)
    assert cell(tab, 0, CommitmentTableModel.COL_STATUS) == "Paused"


def test_a_commitment_needs_words(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx, "commitments")
    tab = page.commitments
    click(qtbot, tab.save_button)
    assert ctx.journal.list(kind="commitment") == []
    assert tab.error_label.text() == "Practice: please describe the practice in a few words."


def test_check_off_today_updates_the_count(qtbot, ctx) -> None:
    commitment = add_commitment(ctx, checkoffs=tuple(days_ago(ctx, n) for n in (1, 2, 3, 4, 5)))
    page = make_page(qtbot, ctx, "commitments")
    tab = page.commitments
    assert tab.editing.id == commitment.id
    assert cell(tab, 0, CommitmentTableModel.COL_RECENT) == "5 of 27"  # 27 finished days; today still open
    assert tab.recent_label.text() == "Done 5 of the 27 times your rhythm asked for."
    assert len(tab.strip.marks) == 28 and sum(m.done for m in tab.strip.marks) == 5
    assert not tab.today_check.isChecked()

    with qtbot.waitSignal(ctx.events.records_changed) as changed:
        tick(qtbot, tab.today_check)
    assert changed.args == [{"commitment"}]
    assert ctx.journal.get(commitment.id).checkoffs[-1] == ctx.today()
    assert cell(tab, 0, CommitmentTableModel.COL_RECENT) == "6 of 28"
    assert tab.recent_label.text() == "Done 6 of the 28 times your rhythm asked for."
    assert tab.strip.marks[-1].done

    tick(qtbot, tab.today_check)  # taken back
    assert ctx.today() not in ctx.journal.get(commitment.id).checkoffs
    assert cell(tab, 0, CommitmentTableModel.COL_RECENT) == "5 of 27"


def test_check_off_a_past_day(qtbot, ctx) -> None:
    commitment = add_commitment(ctx, cadence=Cadence.AS_NEEDED)
    page = make_page(qtbot, ctx, "commitments")
    tab = page.commitments
    assert tab.recent_label.text() == "Done on 0 days."
    day = days_ago(ctx, 9)
    type_date(qtbot, tab.past_date, day)
    assert tab.past_button.text() == "Mark as done"
    click(qtbot, tab.past_button)
    assert ctx.journal.get(commitment.id).checkoffs == (day,)
    assert tab.past_button.text() == "Mark as not done"
    assert tab.recent_label.text() == "Done on 1 day."
    assert cell(tab, 0, CommitmentTableModel.COL_RECENT) == "1 day"
    assert not tab.today_check.isChecked()

    type_date(qtbot, tab.past_date, days_ago(ctx, 3))
    assert tab.past_button.text() == "Mark as done"
    click(qtbot, tab.past_button)
    assert cell(tab, 0, CommitmentTableModel.COL_RECENT) == "2 days"

    type_date(qtbot, tab.past_date, day)
    click(qtbot, tab.past_button)  # taken back
    assert ctx.journal.get(commitment.id).checkoffs == (days_ago(ctx, 3),)
    assert tab.past_date.latest() == ctx.today()  # no check-offs for the future


def test_checking_off_keeps_unsaved_words_and_saving_keeps_check_offs(qtbot, ctx) -> None:
    commitment = add_commitment(ctx, text="Walk")
    page = make_page(qtbot, ctx, "commitments")
    tab = page.commitments
    type_into(qtbot, tab.text_edit, "Walk by the river")
    tick(qtbot, tab.today_check)
    assert tab.text_edit.text() == "Walk by the river" and tab.is_dirty()
    click(qtbot, tab.save_button)
    stored = ctx.journal.get(commitment.id)
    assert stored.text == "Walk by the river" and stored.checkoffs == (ctx.today(),)


def test_adherence_follows_the_cadence_and_start(qtbot, ctx) -> None:
    add_commitment(ctx, text="Just started", created_days_ago=0)
    page = make_page(qtbot, ctx, "commitments")
    tab = page.commitments
    assert tab.recent_label.text() == "Nothing to count yet: this started only recently."
    assert sum(m.counted for m in tab.strip.marks) == 1  # only today


def test_refresh_clear_and_drafts(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx, "commitments")
    tab = page.commitments
    commitment = add_commitment(ctx, text="Stretch", domain=Domain.BODY)
    page.records_changed({"reframe"})
    assert tab.model.rowCount() == 0
    page.records_changed({"commitment"})
    assert tab.model.rowCount() == 1 and tab.editing.id == commitment.id

    type_into(qtbot, tab.text_edit, "Stretch for five minutes")
    type_into(qtbot, page.reframes.old_edit, "Nobody cares")
    page.save_state()
    page.clear()
    assert tab.model.rowCount() == 0 and tab.text_edit.text() == "" and tab.editing is None
    assert page.reframes.old_edit.toPlainText() == "" and page.reframes.sources.rowCount() == 1
    assert {d.target_kind for d in ctx.journal.list(kind="draft")} == {"reframe", "commitment"}

    again = make_page(qtbot, ctx)  # after unlocking
    assert again.reframes.old_edit.toPlainText() == "Nobody cares" and again.reframes.editing is None
    assert again.commitments.text_edit.text() == "Stretch for five minutes"
    assert again.commitments.editing.id == commitment.id and again.commitments.is_dirty()
    assert ctx.journal.list(kind="draft") == []
    click(qtbot, again.commitments.save_button)
    assert ctx.journal.get(commitment.id).text == "Stretch for five minutes"


def test_accessible_names_on_every_control(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit

    add_commitment(ctx)
    page = make_page(qtbot, ctx)
    kinds = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit)
    controls = [w for kind in kinds for w in page.findChildren(kind)]
    missing = [type(w).__name__ for w in controls
               if not w.accessibleName() and w.window() is page and not w.objectName().startswith("qt_")
               and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))]
    assert missing == []


# --- models --------------------------------------------------------------------------------------------

def test_reframe_model(qtmodeltester) -> None:
    model = ReframeTableModel()
    qtmodeltester.check(model)
    linked = Reframe(old_thought="I always ruin things.", new_perspective="Not always.", domain=Domain.MIND,
                     source_id=b"s" * 16)
    gone = Reframe(old_thought="", new_perspective="x\ny", source_id=b"g" * 16)
    model.set_rows([linked, gone], {b"s" * 16: "Session, 1/3/2025 (IV infusion)"})
    qtmodeltester.check(model)
    text = lambda row, col: model.data(model.index(row, col))  # noqa: E731
    assert [text(0, c) for c in range(1, 5)] == ["I always ruin things.", "Not always.", "Mind",
                                                 "Session, 1/3/2025 (IV infusion)"]
    assert [text(1, c) for c in range(1, 5)] == ["(not written)", "x y", "", "(removed)"]
    assert model.data(model.index(1, model.COL_OLD), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(0, 0), ID_ROLE) == linked.id
    assert model.data(model.index(0, model.COL_DATE), SORT_ROLE) == linked.created.timestamp()
    model.clear()
    qtmodeltester.check(model)
    assert model.rowCount() == 0


def test_commitment_model(qtmodeltester) -> None:
    today = dt.date(2025, 3, 28)
    created = dt.datetime(2025, 1, 1, 12, tzinfo=dt.timezone.utc)
    daily = Commitment(text="Walk\noutside", domain=Domain.NATURE, created=created,
                       checkoffs=(dt.date(2025, 3, 26), dt.date(2025, 3, 27)))
    paused = Commitment(text="Yoga", domain=Domain.BODY, cadence=Cadence.AS_NEEDED, active=False, created=created,
                        checkoffs=(dt.date(2025, 3, 1),))
    model = CommitmentTableModel()
    qtmodeltester.check(model)
    model.set_rows([daily, paused], today, tz=dt.timezone.utc)
    qtmodeltester.check(model)
    text = lambda row, col: model.data(model.index(row, col))  # noqa: E731
    assert [text(0, c) for c in range(5)] == ["Walk outside", "Nature", "Every day", "2 of 27", "Active"]
    assert [text(1, c) for c in range(5)] == ["Yoga", "Body", "When it helps (no rhythm)", "1 day", "Paused"]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole).italic()
    result, marks = model.data(model.index(0, 0), ADHERENCE_ROLE)
    assert (result.done, result.expected, len(marks)) == (2, 27, 28)
    assert model.data(model.index(0, model.COL_RECENT), SORT_ROLE) == pytest.approx(2 / 27)
    assert model.data(model.index(1, model.COL_RECENT), SORT_ROLE) == -1.0
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Practice", "Domain", "Rhythm", "Last 4 weeks", "Status"]
    model.clear()
    qtmodeltester.check(model)


def test_source_choice_model(qtmodeltester) -> None:
    model = SourceChoiceModel()
    qtmodeltester.check(model)
    session = TreatmentSession(when=dt.datetime(2025, 3, 1, 9, tzinfo=dt.timezone.utc), route=Route.NASAL,
                               setting=Setting.CLINIC)
    entry = Entry(title="  A  long " + "very " * 20 + "title")
    model.set_rows([session], [entry, Entry()])
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.id_at(0) is None and model.id_at(1) == session.id and model.id_at(2) == entry.id
    assert model.row_of(entry.id) == 2 and model.row_of(b"z" * 16) == -1
    assert model.data(model.index(1, 0)).endswith("(Nasal esketamine)")
    assert model.data(model.index(2, 0)).endswith("…") and len(model.data(model.index(2, 0))) < 100
    assert model.data(model.index(3, 0)).endswith(": untitled")
    model.clear()
    assert model.rowCount() == 1
    qtmodeltester.check(model)
