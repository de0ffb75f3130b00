"""Print figures for the therapist's sharing pages: the Inbox list and a patient's dashboard over many
received items (issue #5's therapist vault holds 50 patients × 500 shared entries).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/sharing_gui.py [--patients 10] [--entries 500] [--runs 3]

Each patient shares N generated entries (plus their check-ins and questionnaires) with one therapist
vault. Times (median of --runs): the Inbox reloading its list (after an import), marking one item
reviewed (a row changes in place), sorting the list, and the Patients dashboard showing one patient
(safety flags, tables, charts). The weak test KDF is used; no KDF time is in any figure.
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


def fill(root: Path, patients: int, entries: int) -> Workspace:
    therapist, _ = Workspace.create(root / "therapist", PASSPHRASE, role="therapist", display_name="Dr Lee",
                                    policy=INSECURE_TEST_POLICY)
    ts = SharingService(therapist.journal)
    records = [rec for rec in generate(entries=entries, days=180) if isinstance(rec, KINDS)]
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
        patient.close()
    return therapist


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
        therapist = fill(Path(folder), args.patients, args.entries)
        print(f"setup: {args.patients} patients, {len(therapist.journal.list(r.ReceivedItem))} received items "
              f"({time.perf_counter() - started:.1f} s)")
        ctx = PageContext(journal=therapist.journal, workspace=therapist, dialogs=NoDialogs(), events=JournalEvents())
        inbox = InboxPage(ctx)
        inbox.resize(1100, 700)
        inbox.show()
        print(f"inbox reload (list, select, render):  {median_ms(inbox.reload, args.runs):8.1f} ms")
        print(f"inbox mark reviewed (one row):        {median_ms(inbox.toggle_reviewed, args.runs):8.1f} ms")
        inbox.model.sort(inbox.model.COL_WHAT)
        print(f"inbox sort by title:                  "
              f"{median_ms(lambda: inbox.model.sort(inbox.model.COL_FROM), args.runs):8.1f} ms")
        patients = PatientsPage(ctx)
        patients.resize(1100, 700)
        patients.show()
        patients.activate()
        patients.tabs.setCurrentIndex(patients.TAB_DASHBOARD)
        print(f"patient dashboard (one patient):      {median_ms(patients.show_patient, args.runs):8.1f} ms")
        for page in (inbox, patients):
            page.clear()
            page.deleteLater()
        therapist.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
