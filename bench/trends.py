"""Print how fast the Trends page shows its charts on the bench vault: two years of daily check-ins,
weekly PHQ-9 and GAD-7, 23 sessions and 10,000 entries (core.sample_data, as run_bench.py builds it).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/trends.py [--runs 7] [--entries 10000] [--rebuild]

A timing probe, not a test. Each run builds a new page (as the first visit after unlocking does), shows
it and waits until the chart view has painted. The vault is kept in bench/out/trends-vault with the cheap
test KDF (unlocking is measured by run_bench.py). Budget (issue #4): <= 300 ms over two years of data.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from run_bench import PASSPHRASE, build_vault  # noqa: E402

from integration_journal.core.journal import Journal  # noqa: E402
from integration_journal.core.records import CheckIn, QuestionnaireResponse  # noqa: E402
from integration_journal.core.trends import RangePreset, build_trends, earliest_day, preset_range  # noqa: E402
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY  # noqa: E402
from integration_journal.storage.vault import Vault, vault_file  # noqa: E402
from integration_journal.ui.dialogs import Dialogs  # noqa: E402
from integration_journal.ui.pages.base import JournalEvents, PageContext  # noqa: E402
from integration_journal.ui.pages.trends.page import TrendsPage  # noqa: E402

BUDGET_MS = 300.0


class PaintWatch(QObject):
    """Notes when a widget has received a paint event."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def line(label: str, samples: list[float], budget: float | None = None) -> None:
    verdict = ""
    if budget is not None:
        verdict = "   within budget" if statistics.median(samples) * 1000 <= budget else "   OVER BUDGET"
    print(f"  {label:<52} median {ms(statistics.median(samples))}   best {ms(min(samples))}   "
          f"worst {ms(max(samples))}   (n={len(samples)}){verdict}")


def wait_painted(app: QApplication, watch: PaintWatch, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not watch.painted:
        app.processEvents()
        if time.monotonic() > deadline:
            raise SystemExit("the chart was never painted")


def show_page(app: QApplication, ctx: PageContext, preset: RangePreset, tab: int = 0) -> tuple[float, TrendsPage]:
    """Build a Trends page, show it on `preset` (and tab), and time it until the chart has painted."""
    start = time.perf_counter()
    page = TrendsPage(ctx)
    page.range_combo.setCurrentIndex(page.range_combo.findData(preset.value))
    page.resize(1120, 740)
    page.show()
    page.activate()
    if tab:
        page.tabs.setCurrentIndex(tab)
    watch = PaintWatch()
    page.current_panel().view.viewport().installEventFilter(watch)
    page.current_panel().view.viewport().update()
    wait_painted(app, watch)
    elapsed = time.perf_counter() - start
    page.current_panel().view.viewport().removeEventFilter(watch)
    return elapsed, page


def close(app: QApplication, page: TrendsPage) -> None:
    page.hide()
    page.clear()
    page.deleteLater()
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--rebuild", action="store_true", help="generate the vault again")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])

    data_dir = ROOT / "bench" / "out" / "trends-vault"
    if args.rebuild or not vault_file(data_dir).exists():
        started = time.perf_counter()
        count = build_vault(data_dir, args.entries, INSECURE_TEST_POLICY)
        print(f"built {data_dir.relative_to(ROOT)}: {count:,} records in {time.perf_counter() - started:.1f} s")
    vault = Vault.unlock(vault_file(data_dir), PASSPHRASE, policy=INSECURE_TEST_POLICY)
    with vault:
        journal = Journal.open(vault)
        checkins = journal.list(kind=CheckIn)
        responses = journal.list(kind=QuestionnaireResponse)
        everything = preset_range(RangePreset.ALL, journal.now().astimezone().date(), earliest_day(journal))
        print(f"Trends on {len(journal):,} records: {len(checkins):,} daily check-ins over {everything.days} days, "
              f"{len(responses)} questionnaires, {len(journal.list(kind='entry')):,} entries")
        ctx = PageContext(journal=journal, workspace=None, dialogs=Dialogs(), events=JournalEvents())

        # Warm-up: imports, fonts and the chart plugin load once per process.
        close(app, show_page(app, ctx, RangePreset.DAYS_90)[1])

        core_all = []
        for _ in range(args.runs):
            started = time.perf_counter()
            build_trends(journal, everything)
            core_all.append(time.perf_counter() - started)
        line("core: every series for all 730 days (no Qt)", core_all)

        for label, preset, tab in (("page shown, charts painted: last 90 days", RangePreset.DAYS_90, 0),
                                   ("page shown, charts painted: all (two years)", RangePreset.ALL, 0),
                                   ("page shown on the PHQ-9 tab: all (two years)", RangePreset.ALL, 1)):
            samples = []
            for _ in range(args.runs):
                elapsed, page = show_page(app, ctx, preset, tab)
                samples.append(elapsed)
                close(app, page)
            line(label, samples, BUDGET_MS)

        switches = []
        elapsed, page = show_page(app, ctx, RangePreset.DAYS_90)
        for _ in range(args.runs):
            for preset in (RangePreset.ALL, RangePreset.DAYS_90):
                watch = PaintWatch()
                page.checkin_panel.view.viewport().installEventFilter(watch)
                started = time.perf_counter()
                page.range_combo.setCurrentIndex(page.range_combo.findData(preset.value))
                page.checkin_panel.view.viewport().update()
                wait_painted(app, watch)
                if preset is RangePreset.ALL:
                    switches.append(time.perf_counter() - started)
                page.checkin_panel.view.viewport().removeEventFilter(watch)
        line("range changed from 90 days to all, repainted", switches)
        close(app, page)


if __name__ == "__main__":
    main()
