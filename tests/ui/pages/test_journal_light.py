"""The Journal page over a journal that holds entries light, as the app opens it (issue #16,
docs/architecture.md "Decode on demand"): the list shows what the held entries carry, choosing one
opens it whole, and an edit made from the list never cuts its body short."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from integration_journal.core.codec import LIGHT_TEXT_CHARS
from integration_journal.core.records import Entry
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.pages.base import JournalEvents, PageContext
from integration_journal.ui.pages.journal.page import JournalPage
from tests.helpers.clocks import FROZEN_NOW, FrozenClock
from tests.helpers.workspaces import PASSPHRASE

LONG = "The first paragraph of a long entry.\n\n" + "More of the day, written out. " * 60 + "THE LAST WORDS"


@pytest.fixture
def light_workspace(data_dir: Path, fast_kdf):
    ws, _kit = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf,
                                clock=FrozenClock(FROZEN_NOW))
    ws.journal.add(Entry(title="Long one", body=LONG, created=FROZEN_NOW - dt.timedelta(days=1)),
                   keep_timestamps=True)
    ws.journal.add(Entry(title="", body="Untitled " + "words " * 80, created=FROZEN_NOW - dt.timedelta(days=2)),
                   keep_timestamps=True)
    ws.close()
    ws = Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf, clock=FrozenClock(FROZEN_NOW), light=True,
                        defer_entries=True)
    while ws.load_more():
        pass
    yield ws
    ws.close()


def _page(qtbot, dialogs, ws: Workspace) -> JournalPage:
    events = JournalEvents()
    page = JournalPage(PageContext(journal=ws.journal, workspace=ws, dialogs=dialogs, events=events))
    events.records_changed.connect(page.records_changed)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.activate()
    return page


def test_the_list_is_light_and_an_opened_entry_is_whole(qtbot, dialogs, light_workspace) -> None:
    journal = light_workspace.journal
    held = journal.list(kind=Entry, light=True)
    assert all(journal.is_light(e) and len(e.body) == LIGHT_TEXT_CHARS for e in held)
    page = _page(qtbot, dialogs, light_workspace)
    model = page.model
    titles = [model.data(model.index(row, model.COL_TITLE)) for row in range(model.rowCount())]
    assert titles[0] == "Long one"
    assert titles[1].startswith("Untitled words")  # the excerpt comes from the held part of the body
    rect = page.list_view.visualRect(model.index(0, model.COL_TITLE))
    qtbot.mouseClick(page.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.title_edit.text() == "Long one")
    assert page.body_edit.toPlainText() == LONG


def test_renaming_an_entry_chosen_from_the_list_keeps_all_of_its_body(qtbot, dialogs, light_workspace,
                                                                      data_dir, fast_kdf) -> None:
    page = _page(qtbot, dialogs, light_workspace)
    rect = page.list_view.visualRect(page.model.index(0, page.model.COL_TITLE))
    qtbot.mouseClick(page.list_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.title_edit.text() == "Long one")
    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Renamed")
    qtbot.keyClick(page.body_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.status_label.text() == "Saved"
    light_workspace.close()
    with Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf) as reopened:
        [saved] = [e for e in reopened.journal.list(kind=Entry) if e.title == "Renamed"]
        assert saved.body == LONG
