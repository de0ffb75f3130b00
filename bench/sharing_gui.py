"""Print figures for the therapist's sharing pages: the Inbox list and a patient's dashboard over many
received items (issue #5's therapist vault holds 50 patients × 500 shared entries).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/sharing_gui.py [--patients 10] [--entries 500] [--runs 3]

Each patient shares N generated entries (plus their check-ins and questionnaires) with one therapist
vault. Times (median of --runs): the Inbox's first show (a new page built, shown and filled, the newest
item rendered), its re-read after one more share file was imported (the import itself, off the UI
thread, is not counted), a full reload, marking one item reviewed (a row changes in place), opening the
next item (the reader, its header and reply bar; the item marked seen), sorting the
list by title (first time, then again), and the Patients dashboard showing one patient (safety flags,
tables, charts). The weak test KDF is used; no KDF time is in any figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from integration_journal.core import records as r  # noqa: E402
from integration_journal.core.sample_data import generate  # noqa: E402
from integration_journal.core.sharing import ShareSelection, SharingService  # noqa: E402
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY  # noqa: E402
from integration_journal.storage.workspace import Workspace  # noqa: E402

PASSPHRASE = "bench passphrase for sharing pages"
KINDS = (r.Entry, r.CheckIn, r.QuestionnaireResponse)


class NoDialogs:
    def __getattr__(self, name):
        return lambda *args, **kwargs: None


def fill(root: Path, patients: int, entries: int) -> tuple[Workspace, Workspace, r.Contact]:
    """The therapist's vault, plus the first patient's (kept open to send more) and its therapist contact."""
    therapist, _ = Workspace.create(root / "therapist", PASSPHRASE, role="therapist", display_name="Dr Lee",
                                    policy=INSECURE_TEST_POLICY)
    ts = SharingService(therapist.journal)
    records = [rec for rec in generate(entries=entries, days=180) if isinstance(rec, KINDS)]
    first: tuple[Workspace, r.Contact] | None = None
    for index in range(patients):
        patient, _ = Workspace.create(root / f"patient-{index}", PASSPHRASE, role="patient",
                                      display_name=f"Patient {index:02d}", policy=INSECURE_TEST_POLICY)
        patient.journal.add_many(records, keep_timestamps=True)
        ps = SharingService(patient.journal)
        contact = ps.verify(ps.add_contact(ts.my_card().raw).contact)
        ts.verify(ts.add_contact(ps.my_card().raw).contact)
        ids = tuple(rec.id for rec in patient.journal.list(r.Entry))
        questionnaires = tuple(rec.id for rec in patient.journal.list(r.QuestionnaireResponse))
        out: list[bytes] = []
        ps.write_share(ps.preview(contact, ShareSelection(entry_ids=ids, questionnaire_ids=questionnaires,
                                                          checkins=True)), out.append)
        ts.receive(out[0])
        if first is None:
            first = (patient, contact)
        else:
            patient.close()
    assert first is not None
    return therapist, first[0], first[1]


def one_more_bundle(patient: Workspace, contact: r.Contact, therapist: Workspace, number: int):
    """The patient shares one new entry; the therapist's vault imports it (not timed)."""
    ps = SharingService(patient.journal)
    entry = patient.journal.add(r.Entry(title=f"One more entry {number}", body="Written after the others."))
    out: list[bytes] = []
    ps.write_share(ps.preview(contact, ShareSelection(entry_ids=(entry.id,))), out.append)
    return SharingService(therapist.journal).receive(out[0])


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=10)
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from integration_journal.ui.pages.base import JournalEvents, PageContext
    from integration_journal.ui.pages.inbox import InboxPage
    from integration_journal.ui.pages.patients import PatientsPage

    with tempfile.TemporaryDirectory(prefix="ij-bench-") as folder:
        started = time.perf_counter()
        therapist, patient, contact = fill(Path(folder), args.patients, args.entries)
        print(f"setup: {args.patients} patients, {len(therapist.journal.list(r.ReceivedItem))} received items "
              f"({time.perf_counter() - started:.1f} s)")
        ctx = PageContext(journal=therapist.journal, workspace=therapist, dialogs=NoDialogs(), events=JournalEvents())
        shown: list[InboxPage] = []

        def first_show() -> None:
            page = InboxPage(ctx)
            page.resize(1100, 700)
            page.show()
            page.activate()
            shown.append(page)

        print(f"inbox first show (build, list, render): {median_ms(first_show, args.runs):8.1f} ms")
        inbox = shown.pop()
        for page in shown:
            page.clear()
            page.deleteLater()
        imports = [0.0]

        def after_import() -> None:
            result = one_more_bundle(patient, contact, therapist, len(imports))
            start = time.perf_counter()
            inbox._imported(result)  # what the page does when an import finishes
            QApplication.processEvents()
            imports.append(time.perf_counter() - start)

        for _ in range(args.runs):
            after_import()
        print(f"inbox re-read after one import:         {statistics.median(imports[1:]) * 1000:8.1f} ms")
        print(f"inbox reload (list, select, render):    {median_ms(inbox.reload, args.runs):8.1f} ms")
        print(f"inbox mark reviewed (one row):          {median_ms(inbox.toggle_reviewed, args.runs):8.1f} ms")

        def next_item() -> None:  # the reader shows it, with its header and the reply bar; it is marked seen
            row = inbox.view.currentIndex().row()
            inbox.view.setCurrentIndex(inbox.model.index(row + 1, 0))

        print(f"inbox open the next item (marks seen):  {median_ms(next_item, args.runs):8.1f} ms")
        print(f"inbox sort by sender:                   "
              f"{median_ms(lambda: inbox.model.sort(inbox.model.COL_FROM), args.runs):8.1f} ms")
        # Sorting by title needs every item's title. Worst case: asked before any was worked out.
        inbox.warm_timer.stop()
        inbox.labels.clear()
        print(f"inbox sort by title, no title known yet: "
              f"{median_ms(lambda: inbox.model.sort(inbox.model.COL_WHAT), 1):7.1f} ms")
        # Usual case: the page works the titles out in idle moments after each read, a chunk at a time.
        inbox.model.sort(inbox.model.COL_RECEIVED, Qt.SortOrder.DescendingOrder)  # as after unlock
        inbox.labels.clear()
        inbox.reload()
        inbox.warm_timer.stop()  # driven by hand below, to time each moment
        chunks: list[float] = []
        started = time.perf_counter()
        while not inbox.labels_ready:
            start = time.perf_counter()
            inbox._warm_labels()  # one idle moment's work, as the page's timer runs it
            chunks.append(time.perf_counter() - start)
        print(f"inbox idle titles: {len(chunks)} moments, {time.perf_counter() - started:.2f} s in all, "
              f"longest {max(chunks, default=0) * 1000:.1f} ms")
        print(f"inbox sort by title, titles known:      "
              f"{median_ms(lambda: inbox.model.sort(inbox.model.COL_WHAT), args.runs):8.1f} ms")
        patients = PatientsPage(ctx)
        patients.resize(1100, 700)
        patients.show()
        patients.activate()
        patients.tabs.setCurrentIndex(patients.TAB_DASHBOARD)
        print(f"patient dashboard (one patient):      {median_ms(patients.show_patient, args.runs):8.1f} ms")
        for page in (inbox, patients):
            page.clear()
            page.deleteLater()
        patient.close()
        therapist.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
