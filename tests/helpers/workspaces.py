"""Ready-made workspaces and pages over real vaults in the test's folder (cheap KDF, given clock)."""

from __future__ import annotations

from pathlib import Path

from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
from integration_journal.storage.workspace import Workspace

PASSPHRASE = "quiet river morning lantern 42"


def new_workspace(data_dir: Path, *, clock=None, tz=None, role: str = "patient", display_name: str = "Sam") -> Workspace:
    """A new vault in `data_dir`, open, whose journal runs on `clock` (a frozen one, in tests)."""
    ws, _kit = Workspace.create(data_dir, PASSPHRASE, role=role, display_name=display_name,
                                policy=INSECURE_TEST_POLICY, clock=clock, tz=tz)
    return ws


def page_context(ws: Workspace, dialogs):
    """What the main window hands every page, over `ws`."""
    from integration_journal.ui.pages.base import JournalEvents, PageContext

    return PageContext(journal=ws.journal, workspace=ws, dialogs=dialogs, events=JournalEvents())


def show_page(qtbot, page, width: int = 1100, height: int = 760):
    """Show `page` as a window of its own, active, as a person would see it."""
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page
