"""Print how long the appointment summary takes on a generated 10,000-entry vault (90-day range).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/summary.py [--entries 10000] [--days 90] [--page-png FILE]

`--page-png docs/screenshots/summary-pdf-page1.png` renders page 1 of that PDF as the docs show it.

A timing probe, not a test: it prints figures for docs/PERFORMANCE.md. The vault lives in a temporary
folder with the cheap test KDF (unlocking is measured by run_bench.py). Budgets (issue #6): Markdown
<= 50 ms, PDF <= 1 s. The PDF is split into what must run on the UI thread (QtCharts charts) and what
the Summaries page runs on a worker (laying out and painting the document).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from integration_journal.core import records as r  # noqa: E402
from integration_journal.core import summary  # noqa: E402
from integration_journal.core.sample_data import generate  # noqa: E402
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY  # noqa: E402
from integration_journal.storage.workspace import Workspace  # noqa: E402
from integration_journal.ui import summary_pdf  # noqa: E402

PASSPHRASE = "bench passphrase for the summary"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def measure(label: str, fn, runs: int) -> object:
    samples, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    print(f"  {label:<52} median {ms(statistics.median(samples))}   worst {ms(max(samples))}   (n={runs})")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--page-png", type=Path, help="also save PDF page 1 as a PNG here")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "vault"
        ws, _kit = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Bench",
                                    policy=INSECURE_TEST_POLICY)
        with ws:
            ws.journal.add_many(rec for rec in generate(entries=args.entries) if not isinstance(rec, r.Profile))
            journal = ws.journal
            today = journal.now().astimezone().date()
            start = today.fromordinal(today.toordinal() - args.days + 1)
            options = summary.SummaryOptions(start, today)
            print(f"{len(journal)} records; summary of {start} – {today} ({args.days} days)")

            built = measure("build the summary (core.summary.build_summary)",
                            lambda: summary.build_summary(journal, options), args.runs)
            measure("Markdown: build + render (summary_markdown)",
                    lambda: summary.summary_markdown(summary.build_summary(journal, options)), args.runs)
            measure("HTML: build + render + nh3 (summary_html)",
                    lambda: summary.summary_html(summary.build_summary(journal, options)), args.runs)
            charts = measure("PDF part 1, UI thread: QtCharts images (chart_images)",
                             lambda: summary_pdf.chart_images(built), args.runs)
            pdf = measure("PDF part 2, worker: lay out + paint (write_pdf)",
                          lambda: summary_pdf.write_pdf(built, charts), args.runs)
            measure("PDF whole: build + charts + write",
                    lambda: summary_pdf.write_pdf(summary.build_summary(journal, options),
                                                  summary_pdf.chart_images(summary.build_summary(journal, options))),
                    args.runs)

            from PySide6.QtCore import QThreadPool

            from integration_journal.ui.workers import run_in_background

            finished: dict[str, object] = {}
            start_time = time.perf_counter()
            run_in_background(lambda: summary_pdf.write_pdf(built, charts),
                              lambda data: finished.setdefault("ok", time.perf_counter() - start_time),
                              lambda exc: finished.setdefault("error", exc), parent=app)
            while not finished:
                app.processEvents()
                QThreadPool.globalInstance().waitForDone(5)
            if "error" in finished:
                raise finished["error"]
            print(f"  {'write_pdf through ui.workers (as the page runs it)':<52} {ms(finished['ok'])}")
            print(f"  PDF: {len(pdf) / 1024:.0f} KiB, {summary_pdf.page_count(pdf)} pages, "
                  f"paper {summary_pdf.paper_size().name}")
            if args.page_png:
                summary_pdf.page_images(built, charts)[0].save(str(args.page_png))
                print(f"  page 1 saved to {args.page_png}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
