"""Print every budget of issue #16 with its figure and "within budget" or "OVER" (what `make bench` runs).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/budgets.py [--runs 5]

Each figure is the median of --runs runs, each in a fresh interpreter (bench/scaling.py's children and
bench/first_unlock.py's), on the generated vaults those scripts build (the weak test KDF: every figure is
what comes after the key derivation). The machine is shared: the load average is printed with the table,
and a figure is only as quiet as the machine was.

  first unlock      bench/first_unlock.py "preloaded": KDF end -> main window shown and idle, in a fresh
                    process after the app's warm-up, on its 10,000-entry vault
  open w/o KDF      Vault.unlock minus the KDF + Journal.open decoding all 11,000 records, as the app
                    holds them (light where the code has it): read and decrypt the encrypted index,
                    match it against the manifest, decode (the rows themselves are checked after the
                    window shows: Vault.verify_pending). The vault's index is built by its first
                    light open if it was written before the index existed: a warm-up open runs first
  GUI steady RSS    the main window over the 10,000-entry journal (the --demo journal's generator and
                    size) after every deferred record is in and every page was shown once
  therapist unlock  the app's open of 50 patients x 1,000 shared entries, without the KDF
  therapist RSS     resident memory of that journal after search and saves (bench/scaling.py's "RSS")
  search p95        the 95th percentile of bench/scaling.py's six queries, each asked 10 times, on the
                    10,000-entry journal opened as the app opens it, after the index is built (the first
                    search, which builds it after the window is usable, is not counted)
  dashboard         the therapist's Patients page: choosing another patient (one not shown before, about
                    1,000 shared items) until the dashboard's flags, tables and charts are drawn
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bench.scaling as scaling  # noqa: E402

BUDGETS = (  # key, label, budget, unit
    ("first_unlock", "KDF end -> main window usable, first unlock, preloaded", 250.0, "ms"),
    ("open_10k", "open without KDF (index read, decrypted, matched; 11,000 decoded)", 200.0, "ms"),
    ("gui_rss_10k", "GUI steady memory after unlock and every page (10,000 entries)", 200.0, "MiB"),
    ("therapist_unlock", "therapist 50 x 1,000: unlock without KDF", 800.0, "ms"),
    ("therapist_rss", "therapist 50 x 1,000: steady memory", 300.0, "MiB"),
    ("search_p95", "search p95 on 10,000 entries (index built)", 50.0, "ms"),
    ("dashboard", "therapist: one patient's dashboard, ~1,000 items", 150.0, "ms"),
)


def child_open(data_dir: Path) -> dict[str, float]:
    """Vault.unlock minus the KDF + Journal.open of every record as the app holds them."""
    from integration_journal.core.journal import Journal
    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
    from integration_journal.storage.vault import Vault, vault_file

    options = {"light": True} if "light" in inspect.signature(Journal.open).parameters else {}
    kdf = scaling._timed_kdf()
    start = time.perf_counter()
    vault = Vault.unlock(vault_file(data_dir), scaling.PASSPHRASE, policy=INSECURE_TEST_POLICY)
    journal = Journal.open(vault, **options)
    took = time.perf_counter() - start - kdf[0]
    assert len(journal.list(light=True) if options else journal.list()) > 10_000
    vault.close()
    return {"open": took}


def child_search(data_dir: Path) -> dict[str, float]:
    """Search as the app asks it: the workspace opened light with entries deferred, then decoded."""
    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
    from integration_journal.storage.workspace import Workspace

    ws = Workspace.open(data_dir, scaling.PASSPHRASE, policy=INSECURE_TEST_POLICY, defer_entries=True, light=True,
                        backup=False, remember_here=False)
    while ws.load_more():
        pass
    ws.journal.search("grandmother")  # builds the index (after the window shows, in the app)
    times = []
    for _ in range(10):
        for query in scaling.QUERIES:
            start = time.perf_counter()
            ws.journal.search(query)
            times.append(time.perf_counter() - start)
    ws.close()
    return {"p95": statistics.quantiles(times, n=20)[-1]}


def child_dashboard(data_dir: Path) -> dict[str, float]:
    """The Patients page over the therapist's vault: each run shows a patient not shown before."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from bench.sharing_gui import NoDialogs
    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
    from integration_journal.storage.workspace import Workspace
    from integration_journal.ui.pages.base import JournalEvents, PageContext
    from integration_journal.ui.pages.patients import PatientsPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ws = Workspace.open(data_dir, scaling.PASSPHRASE, policy=INSECURE_TEST_POLICY, defer_entries=True, light=True,
                        backup=False, remember_here=False)
    while ws.load_more(1000):
        pass
    ctx = PageContext(journal=ws.journal, workspace=ws, dialogs=NoDialogs(), events=JournalEvents())
    page = PatientsPage(ctx)
    page.resize(1100, 700)
    page.show()
    page.activate()
    page.tabs.setCurrentIndex(page.TAB_DASHBOARD)
    app.processEvents()
    times = []
    for index in range(1, min(6, page.patient_combo.count())):
        start = time.perf_counter()
        page.patient_combo.setCurrentIndex(index)
        app.processEvents()
        times.append(time.perf_counter() - start)
    page.clear()
    ws.close()
    return {"dashboard": statistics.median(times)}


def _child(args: list[str]) -> dict[str, float]:
    proc = subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child-open", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-search", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-dashboard", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    for child, run in ((args.child_open, child_open), (args.child_search, child_search),
                       (args.child_dashboard, child_dashboard)):
        if child:
            print(json.dumps(run(child)))
            return 0
    patient = scaling.build("10000")
    therapist = scaling.build("50x1000")
    for vault in (patient, therapist):  # a vault written before the record index gets it on a first open
        _child([__file__, "--child-open", str(vault)])
    if not (ROOT / "bench" / "out" / "main-window-vault").exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "main_window.py"), "--runs", "1"], check=True,
                       capture_output=True)
    runs: dict[str, list[float]] = {key: [] for key, *_ in BUDGETS}
    for _ in range(args.runs):  # interleaved, so a change in the machine's speed touches every figure alike
        first = _child([str(ROOT / "bench" / "first_unlock.py"), "--child", "preloaded"])
        runs["first_unlock"].append(first["usable"] * 1000)
        runs["open_10k"].append(_child([__file__, "--child-open", str(patient)])["open"] * 1000)
        runs["gui_rss_10k"].append(_child([str(ROOT / "bench" / "scaling.py"), "--child", "gui", str(patient)])["gui_rss"])
        core = _child([str(ROOT / "bench" / "scaling.py"), "--child", "core", str(therapist)])
        runs["therapist_unlock"].append(core["app_unlock"] * 1000)
        runs["therapist_rss"].append(core["rss"])
        runs["search_p95"].append(_child([__file__, "--child-search", str(patient)])["p95"] * 1000)
        runs["dashboard"].append(_child([__file__, "--child-dashboard", str(therapist)])["dashboard"] * 1000)
    load = os.getloadavg()
    print(f"issue #16 budgets, median of {args.runs} fresh-process runs (best-worst); "
          f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    over = 0
    for key, label, budget, unit in BUDGETS:
        values = runs[key]
        median = statistics.median(values)
        verdict = "within budget" if median <= budget else "OVER"
        over += verdict == "OVER"
        print(f"  {label:<66} {median:8.1f} {unit:<3} ({min(values):.0f}-{max(values):.0f})  "
              f"budget <= {budget:.0f} {unit}: {verdict}")
    print(f"{len(BUDGETS) - over} of {len(BUDGETS)} within budget" + (" (on a busy machine, run again when it is quiet)"
                                                                     if over and load[0] > 1.5 else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
