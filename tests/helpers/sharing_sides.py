"""Two (or three) real vaults side by side with their pages, for the sharing GUI tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt

from integration_journal.storage.workspace import Workspace
from integration_journal.ui.pages.base import JournalEvents, PageContext
from tests.helpers.clocks import FROZEN_NOW, TickingClock
from tests.helpers.dialogs import FakeDialogs
from tests.helpers.input import click
from tests.helpers.workspaces import PASSPHRASE

LEFT = Qt.MouseButton.LeftButton
UTC = dt.timezone.utc


@dataclass
class Side:
    """One person's vault with a page context whose dialogs answer themselves."""

    ws: Workspace
    dialogs: FakeDialogs
    ctx: PageContext
    folder: Path
    kinds: list[set[str]] = field(default_factory=list)

    @property
    def journal(self):
        return self.ws.journal


def make_side(tmp_path: Path, name: str, role: str, display: str, policy) -> Side:
    """A vault whose journal's clock starts at FROZEN_NOW and moves a second each time it is read, so
    every share, receipt and comment has a time of its own, the same on every run."""
    folder = tmp_path / name
    folder.mkdir()
    ws, _kit = Workspace.create(folder / "vault", PASSPHRASE, role=role, display_name=display, policy=policy,
                                clock=TickingClock(FROZEN_NOW, step=dt.timedelta(seconds=1)))
    dialogs = FakeDialogs(folder)
    events = JournalEvents()
    ctx = PageContext(journal=ws.journal, workspace=ws, dialogs=dialogs, events=events)
    side = Side(ws, dialogs, ctx, folder)
    events.records_changed.connect(side.kinds.append)
    return side


def show(qtbot, page, size=(1200, 860)):
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.activate()
    return page


def send_through(qtbot, writer, start, out: Path, dialogs: FakeDialogs) -> None:
    """Click what starts a share, accept the preview, save to `out`, wait for the file and the log."""
    dialogs.save_to = out
    finished = []
    writer.finished.connect(finished.append)
    start()
    qtbot.waitUntil(lambda: writer.dialog is not None and writer.dialog.isVisible(), timeout=3000)
    click(qtbot, writer.dialog.send_button)
    qtbot.waitUntil(lambda: bool(finished), timeout=10000)
    writer.finished.disconnect(finished.append)
    assert finished[0] is not None, writer.status.text()
    assert out.exists()


def connect(a: Side, b: Side, *, verified: bool = True):
    """Each side adds the other's card (through the service); returns (b as a's contact, a as b's contact)."""
    from integration_journal.core.sharing import SharingService

    sa, sb = SharingService(a.journal), SharingService(b.journal)
    at_a = sa.add_contact(sb.my_card().raw).contact
    at_b = sb.add_contact(sa.my_card().raw).contact
    if verified:
        at_a, at_b = sa.verify(at_a), sb.verify(at_b)
    return at_a, at_b


def share_file(sender: Side, contact, selection, out: Path) -> Path:
    from integration_journal.core.sharing import SharingService

    service = SharingService(sender.journal)
    service.write_share(service.preview(contact, selection), out.write_bytes)
    return out


def therapist_received(patient: Side, therapist: Side, out: Path, selection=None):
    """Connect the two (verified), share `selection` (default: one flagged entry) and import it."""
    from integration_journal.core import records as r
    from integration_journal.core.sharing import ShareSelection, SharingService

    at_patient, _ = connect(patient, therapist)
    if selection is None:
        patient.journal.add(r.Entry(title="Shared", body="b", share=True))
        selection = ShareSelection(flagged=True)
    return SharingService(therapist.journal).receive_file(share_file(patient, at_patient, selection, out))
