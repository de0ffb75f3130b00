"""Fixtures of the page tests: a workspace whose journal runs on the test module's own `clock` fixture
(each module that uses these sets the time it needs), and the context the main window hands a page.
A module with a workspace or context of its own defines its own fixtures of the same name."""

from __future__ import annotations

import pytest

from integration_journal.core.journal import Journal
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.pages.base import JournalEvents, PageContext


@pytest.fixture
def workspace(data_dir, fast_kdf, passphrase, clock):
    ws, _kit = Workspace.create(data_dir, passphrase, role="patient", display_name="Sam", policy=fast_kdf)
    ws.journal = Journal.open(ws.vault, clock)
    yield ws
    ws.close()


@pytest.fixture
def ctx(workspace, dialogs):
    return PageContext(journal=workspace.journal, workspace=workspace, dialogs=dialogs, events=JournalEvents())
