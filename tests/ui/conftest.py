"""Fixtures of the ui tests: the passphrase, a vault access whose unlock waits for the test, a
journal on disk with two entries. (The dialogs, access and controller fixtures, which the gui tests
use too, are in tests/conftest.py.)"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from tests.helpers.workspaces import PASSPHRASE


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


class GatedAccess:
    """Real vault access whose unlock waits until the test opens the gate (to act during the KDF)."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.data_dir = inner.data_dir
        self.gate = threading.Event()
        self.started = threading.Event()
        self.opened: list = []

    def exists(self):
        return self.inner.exists()

    def prepare(self):
        pass

    def open(self, passphrase):
        self.started.set()
        assert self.gate.wait(10)
        ws = self.inner.open(passphrase)
        self.opened.append(ws)
        return ws


@pytest.fixture
def gated_access(access) -> GatedAccess:
    gated = GatedAccess(access)
    yield gated
    gated.gate.set()


ENTRY_TITLES = ("Before the first session", "The morning after")


@pytest.fixture
def journal_with_entries(data_dir: Path, fast_kdf, frozen_clock) -> list[str]:
    """A vault on disk holding two entries, closed again; returns their titles newest first."""
    from integration_journal.core.records import Entry
    from integration_journal.storage.workspace import Workspace

    now = frozen_clock()
    ws, _kit = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf,
                                clock=frozen_clock)
    with ws:
        ws.journal.add(Entry(title=ENTRY_TITLES[0], body="Intention: *stay curious*.", tags=("preparation",),
                             created=now - dt.timedelta(days=2)), keep_timestamps=True)
        ws.journal.add(Entry(title=ENTRY_TITLES[1], body="Slept well.", tags=("next-day", "body"),
                             created=now - dt.timedelta(days=1)), keep_timestamps=True)
    return [ENTRY_TITLES[1], ENTRY_TITLES[0]]
