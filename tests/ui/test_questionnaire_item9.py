"""The real questionnaire dialog, driven with the mouse, when PHQ-9 item 9 is left out (docs/clinical.md §3.9):
no total, one calm line and a "Get help now" button on the result, and no support panel opening by itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from integration_journal.core import safety
from integration_journal.core.records import AuditEvent, QuestionnaireResponse
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.pages.base import JournalEvents, PageContext
from integration_journal.ui.pages.checkins import CheckinsPage
from integration_journal.ui.questionnaire_dialog import QuestionnaireDialog
from integration_journal.ui.safety_panel import SafetyPanel
from tests.helpers.workspaces import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def workspace(data_dir, fast_kdf):
    ws, _kit = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf)
    yield ws
    ws.close()


@pytest.fixture
def ctx(workspace, dialogs):
    return PageContext(journal=workspace.journal, workspace=workspace, dialogs=dialogs, events=JournalEvents())


def panels() -> list[SafetyPanel]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, SafetyPanel) and w.isVisible()]


def answer(qtbot, dialog: QuestionnaireDialog, values) -> None:
    """Click each answer (None leaves the question out), review, submit."""
    for question, value in zip(dialog.questions, values, strict=False):
        if value is not None:
            qtbot.mouseClick(question.buttons[value], LEFT)
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert dialog.on_review()
    qtbot.mouseClick(dialog.submit_button, LEFT)
    assert dialog.on_result()


def open_dialog(qtbot, ctx, instrument: str = "phq9") -> QuestionnaireDialog:
    dialog = QuestionnaireDialog(ctx, instrument)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_item_9_left_out_shows_one_calm_line_and_get_help_now(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx)
    answer(qtbot, dialog, [2, 2, 2, 2, 2, 2, 2, 2, None])
    assert dialog.total_label.text() == "Incomplete: 1 question not answered (item 9), so no total is calculated."
    assert dialog.item9_label.isVisible() and dialog.item9_label.text() == safety.ITEM9_SKIPPED
    assert dialog.help_now_button.isVisible() and dialog.help_now_button.text().replace("&", "") == "Get help now"
    assert not dialog.support_label.isVisible() and not dialog.support_button.isVisible()
    [stored] = ctx.journal.list(kind=QuestionnaireResponse)
    assert stored.answers == (2, 2, 2, 2, 2, 2, 2, 2, None)
    with qtbot.waitSignal(dialog.help_now_requested, timeout=1000):
        qtbot.mouseClick(dialog.help_now_button, LEFT)


@pytest.mark.parametrize("values", [[2] * 9, [2, None, 2, 2, 2, 2, 2, 2, 0]])
def test_no_calm_line_when_item_9_is_answered(qtbot, ctx, values) -> None:
    dialog = open_dialog(qtbot, ctx)
    answer(qtbot, dialog, values)
    assert not dialog.item9_label.isVisible() and not dialog.help_now_button.isVisible()


def test_gad7_never_shows_the_item9_line(qtbot, ctx) -> None:
    dialog = open_dialog(qtbot, ctx, "gad7")
    answer(qtbot, dialog, [1, 1, 1, 1, 1, 1, None])
    assert not dialog.item9_label.isVisible() and not dialog.help_now_button.isVisible()


def test_on_the_checkins_page_no_panel_opens_and_the_button_opens_get_help_now(qtbot, ctx) -> None:
    page = CheckinsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    asked: list[str] = []
    ctx.events.navigate_requested.connect(lambda page_id, _args: asked.append(page_id))
    dialog = page.open_questionnaire("phq9")
    qtbot.waitExposed(dialog)
    answer(qtbot, dialog, [2, 2, 2, 2, 2, 2, 2, 2, None])
    assert panels() == [] and page.safety_panel is None  # no automatic panel
    assert not [e for e in ctx.journal.list(kind=AuditEvent) if e.event == "safety_flow_shown"]
    qtbot.mouseClick(dialog.help_now_button, LEFT)
    assert asked == ["help_now"]  # the main window's "Get help now" (ui/main_window/window.py)
    dialog.accept()
