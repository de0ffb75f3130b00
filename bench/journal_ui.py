"""Print how the Journal page behaves on a generated 10,000-entry vault: keystrokes, search, autosave.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/journal_ui.py [--entries 10000]

A timing probe, not a test: it prints figures for docs/PERFORMANCE.md. The vault lives in a temporary
folder with the cheap test KDF (unlocking is measured by run_bench.py). Budgets (issue #3): a
search-as-you-type keystroke <= 50 ms; autosave and the preview never block typing.
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

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from integration_journal.core import records as r  # noqa: E402
from integration_journal.core.markdown_render import render_markdown  # noqa: E402
from integration_journal.core.sample_data import generate  # noqa: E402
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY  # noqa: E402
from integration_journal.storage.workspace import Workspace  # noqa: E402
from integration_journal.ui.dialogs import Dialogs  # noqa: E402
from integration_journal.ui.pages.base import JournalEvents, PageContext  # noqa: E402
from integration_journal.ui.pages.journal.page import JournalPage  # noqa: E402

PASSPHRASE = "bench passphrase for the journal page"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def line(label: str, samples: list[float]) -> None:
    if len(samples) == 1:
        print(f"  {label:<58} {ms(samples[0])}")
        return
    print(f"  {label:<58} median {ms(statistics.median(samples))}   worst {ms(max(samples))}   (n={len(samples)})")


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def settle(app: QApplication, page: JournalPage, timeout: float = 5.0) -> None:
    """Let timers and background renders finish (outside of any measured interval)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if not page.preview_pending:
            break
        time.sleep(0.005)
    app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])

    with tempfile.TemporaryDirectory(prefix="ij-bench-") as folder:
        data_dir = Path(folder)
        start = time.perf_counter()
        ws, _kit = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Bench",
                                    policy=INSECURE_TEST_POLICY)
        records = [rec for rec in generate(entries=args.entries) if not isinstance(rec, r.Profile)]
        ws.journal.add_many(records)
        entries = ws.journal.list(kind=r.Entry)
        print(f"Journal page on {len(entries):,} entries ({len(ws.journal):,} records), "
              f"built in {time.perf_counter() - start:.1f} s")

        ctx = PageContext(journal=ws.journal, workspace=ws, dialogs=Dialogs(), events=JournalEvents())
        page: JournalPage | None = None

        def build() -> None:
            nonlocal page
            page = JournalPage(ctx)
            page.resize(1280, 800)
            page.show()
            page.activate()
            app.processEvents()

        line("page built, shown and 10,000 entries listed", [timed(build)])
        assert page is not None
        settle(app, page)

        # Open entries by clicking rows (saving nothing: they are unchanged).
        opens = []
        for row in (5, 50, 500, 5000):
            index = page.model.index(row, page.model.COL_TITLE)
            page.list_view.scrollTo(index)
            app.processEvents()
            rect = page.list_view.visualRect(index)
            opens.append(timed(lambda: QTest.mouseClick(page.list_view.viewport(), Qt.MouseButton.LeftButton,
                                                        pos=rect.center())))
            settle(app, page)
        line("open an entry (click a row)", opens)

        # A 10 KB entry to type into.
        big_body = ("I noticed the *critical voice* again, but it sounded smaller. [x](https://example.org)\n\n"
                    "- a walk by the river\n- texting my sister back\n\n") * 80
        big_body = big_body[:10_000]
        page.body_edit.setPlainText(big_body)
        settle(app, page)
        page.body_edit.setFocus()
        page.body_edit.moveCursor(page.body_edit.textCursor().MoveOperation.End)
        keys = []
        for char in "and then the rain started, softly, on the window " * 4:
            keys.append(timed(lambda: QTest.keyClicks(page.body_edit, char)))
        line("keystroke in a 10 KB entry body (event handled)", keys)

        render = [timed(lambda: render_markdown(big_body)) for _ in range(10)]
        line("render 10 KB of Markdown (background thread)", render)
        html = render_markdown(big_body)
        shown = [timed(lambda: page.preview.set_html(html)) for _ in range(10)]
        line("show the rendered 10 KB preview (UI thread)", shown)
        settle(app, page)

        # Keystrokes while a render runs on the background thread (the GIL is shared).
        during = []
        for char in "while the preview renders":
            page._render_preview()
            during.append(timed(lambda: QTest.keyClicks(page.body_edit, char)))
        settle(app, page)
        line("keystroke while a 10 KB preview renders", during)

        saves = []
        for index in range(30):
            QTest.keyClicks(page.body_edit, str(index % 10))
            saves.append(timed(page.autosave))
        line("autosave: encrypted draft written (10 KB entry)", saves)

        save = [timed(page.save_entry)]
        line("save the entry (Ctrl+S: entry + history, draft removed)", save)
        settle(app, page)

        # Search as you type. The keystroke restarts a 150 ms debounce; the debounced run parses the
        # query and hands the search to a worker thread; the results are then shown on the UI thread.
        warm = timed(page.search_edit.setFocus)
        line("search box gets focus (builds the search index once)", [warm])
        shown_times: list[float] = []
        original = page._show_results

        def timed_show(*args) -> None:
            shown_times.append(timed(lambda: original(*args)))

        page._show_results = timed_show
        key_times, dispatch_times, latency, busy_keys = [], [], [], []
        for text in ("walk by the river", "tag:sleep grandmother", '"the music seemed"', "kitchen from:2025-01-01"):
            page.search_edit.setText("")
            page.run_search()
            for char in text:
                key_times.append(timed(lambda: QTest.keyClicks(page.search_edit, char)))
                start = time.perf_counter()
                dispatch_times.append(timed(page.run_search))
                busy_keys.append(timed(lambda: QTest.keyClick(page.search_edit, Qt.Key.Key_Shift)))
                while page.search_pending:
                    app.processEvents()
                latency.append(time.perf_counter() - start)
        page._show_results = original
        line("search box keystroke (event handled; search debounced)", key_times)
        line("debounced run on the UI thread (parse, hand to worker)", dispatch_times)
        line("a keystroke while the worker searches", busy_keys)
        line("results shown on the UI thread (list reset, reselect)", shown_times)
        line("from the debounced run to results on screen", latency)
        worst = max(k + d for k, d in zip(key_times, dispatch_times)) + max(shown_times)
        print(f"  {'UI thread busy per keystroke, worst case (key + run + show)':<58} {ms(worst)}")
        page.search_edit.setText("")
        page.run_search()

        delete = [timed(page.delete_entry)]
        line("delete the open entry", delete)
        undo = [timed(page.banner.action_button.click)]
        line("Undo the delete", undo)

        page.save_state()
        page.clear()
        page.deleteLater()
        app.processEvents()
        ws.close()


if __name__ == "__main__":
    main()
