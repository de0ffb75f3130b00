"""GUI fixtures: real windows over a real vault (cheap KDF), and a dialog service that answers itself."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

PASSPHRASE = "quiet river morning lantern 42"


class FakeDialogs:
    """Stands in for ui.dialogs.Dialogs: records every question and gives the configured answer."""

    def __init__(self, tmp_path: Path) -> None:
        self.calls: list[tuple[str, str]] = []
        self.confirm_answer = True
        self.save_to: Path | None = tmp_path / "kit.pdf"
        self.print_to: Path | None = tmp_path / "printed.pdf"
        self.folder: Path | None = None
        self.open_from: Path | None = None

    def inform(self, parent, title, text):
        self.calls.append(("inform", text))

    def warn(self, parent, title, text):
        self.calls.append(("warn", text))

    def confirm(self, parent, title, text, *, accept, reject):
        self.calls.append(("confirm", text))
        return self.confirm_answer

    def save_path(self, parent, title, suggested, file_filter):
        self.calls.append(("save_path", str(suggested)))
        return self.save_to

    def open_path(self, parent, title, start, file_filter):
        self.calls.append(("open_path", str(start)))
        return self.open_from

    def choose_folder(self, parent, title, start):
        self.calls.append(("choose_folder", str(start)))
        return self.folder

    def choose_printer(self, parent, printer):
        self.calls.append(("choose_printer", ""))
        if self.print_to is None:
            return False
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" the test can read back
        printer.setOutputFileName(str(self.print_to))
        return True

    def texts(self, kind: str) -> list[str]:
        return [text for k, text in self.calls if k == kind]


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def dialogs(tmp_path: Path) -> FakeDialogs:
    return FakeDialogs(tmp_path)


@pytest.fixture
def access(data_dir: Path, fast_kdf, frozen_clock):
    from integration_journal.gui.app import StorageAccess

    return StorageAccess(data_dir, fast_kdf, clock=frozen_clock)


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


@pytest.fixture
def controller(qtbot, access, dialogs):
    from integration_journal.gui.app import AppController

    ctl = AppController(access, dialogs)
    yield ctl
    ctl.shutdown()
    for window in (ctl.unlock_window, ctl.create_dialog, ctl.main_window):
        if window is not None:
            window.hide()
            window.deleteLater()
