"""Print how fast the main window is usable after the key derivation, on a generated 10,000-entry vault.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/main_window.py [--entries 10000] [--runs 5] [--rebuild]

A timing probe, not a test. The vault (bench/out/main-window-vault, reused while its entry count
matches) uses the cheap test KDF: what is measured is everything after the key derivation.

  (a) Workspace.open without the KDF: Vault.unlock minus the KDF, the rotating backup, Journal.open
      with the entries deferred, as app.StorageAccess.open does (--no-defer: everything decoded here).
  (b) MainWindow built exactly as app.AppController.show_main does it, shown, and the event queue
      drained until idle: the window is usable. The first page (Today) is built inside (b). The
      window's deferred-entry steps are held back during (b) and measured in (d).
  (c) The first show of each page in a fresh window: sidebar row change + processEvents until idle.
  (d) The deferred entries decoded by the window after it shows: the total, and the longest single
      turn of the event loop meanwhile (how long a key press could wait); then the Journal page
      opened right after unlocking, before they are done (it decodes the rest at once).

Budget (issue): KDF end -> window usable <= 250 ms, i.e. (a) + (b); target (b) <= 80 ms with Today
first; Insights first show <= 150 ms. Figures are the median of --runs runs (each in a fresh window
over a freshly opened workspace). --profile PAGE prints a cProfile of building that page instead.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Window geometry and appearance live in QSettings: keep the person's own settings out of it.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ij-bench-config-")

from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from integration_journal.core import records as r  # noqa: E402
from integration_journal.core import sample_data  # noqa: E402
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY  # noqa: E402
from integration_journal.storage import vault as vault_module  # noqa: E402
from integration_journal.storage import workspace as workspace_module  # noqa: E402
from integration_journal.storage.workspace import Workspace  # noqa: E402

PASSPHRASE = "bench passphrase for the main window"
PAGES = ("today", "sessions", "journal", "insights")
DEFAULT_DIR = ROOT / "bench" / "out" / "main-window-vault"


def build_vault(data_dir: Path, entries: int) -> None:
    """Like demo.create_demo: a patient journal whose profile is the generated one."""
    import dataclasses

    if data_dir.exists():
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True)
    ws, _kit = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Bench",
                                policy=INSECURE_TEST_POLICY)
    with ws:
        journal = ws.journal
        profile = journal.list(kind="profile")[0]
        batch = []
        for record in sample_data.generate(entries=entries):
            if isinstance(record, r.Profile):
                journal.update(dataclasses.replace(record, id=profile.id, created=profile.created))
                continue
            batch.append(record)
        journal.add_many(batch)
    (data_dir / "bench.json").write_text(json.dumps({"entries": entries}))


class Timed:
    """Wraps a module-level function and adds up the time spent in it."""

    def __init__(self, module, name: str) -> None:
        self.module, self.name, self.total = module, name, 0.0
        self.original = getattr(module, name)
        setattr(module, name, self)

    def __call__(self, *args, **kwargs):
        start = time.perf_counter()
        try:
            return self.original(*args, **kwargs)
        finally:
            self.total += time.perf_counter() - start


class TimedJournalOpen:
    def __init__(self) -> None:
        self.total = 0.0
        journal_cls = workspace_module.Journal
        self.original = journal_cls.open.__func__
        timer = self

        def open_(cls, *args, **kwargs):
            start = time.perf_counter()
            try:
                return timer.original(cls, *args, **kwargs)
            finally:
                timer.total += time.perf_counter() - start

        journal_cls.open = classmethod(open_)


KDF = Timed(vault_module, "derive")
BACKUP = Timed(workspace_module, "keep_rotating_backup")
JOURNAL_OPEN = TimedJournalOpen()


DEFER_ENTRIES = True  # as app.StorageAccess.open; --no-defer measures decoding everything at unlock


def open_workspace(data_dir: Path) -> tuple[Workspace, dict[str, float]]:
    """As app.StorageAccess.open does (backup included); returns the parts in seconds."""
    KDF.total = BACKUP.total = JOURNAL_OPEN.total = 0.0
    gc.collect()
    start = time.perf_counter()
    # As the app: entries deferred (unless --no-defer) and bodies held light (issue #16).
    ws = Workspace.open(data_dir, PASSPHRASE, policy=INSECURE_TEST_POLICY, defer_entries=DEFER_ENTRIES, light=True)
    total = time.perf_counter() - start
    return ws, {"kdf": KDF.total, "without_kdf": total - KDF.total, "journal_open": JOURNAL_OPEN.total,
                "backup": BACKUP.total,
                "vault_unlock_rest": total - KDF.total - JOURNAL_OPEN.total - BACKUP.total}


def background_timers(window) -> list:
    """The timers of what a window does after it shows, one short turn at a time: the deferred entries,
    the refresh after them, the check of rows the unlock took unchecked, and a page's idle work (the
    Inbox working out titles). "Usable" is measured with these held back; their turns are timed apart."""
    timers = [getattr(window, name) for name in ("load_timer", "refresh_timer", "verify_timer")
              if hasattr(window, name)]
    return timers + [page.warm_timer for page in getattr(window, "pages", ()) if hasattr(page, "warm_timer")]


def _hold(window) -> None:
    held = window.__dict__.setdefault("_bench_held", [])
    for timer in background_timers(window):
        if timer.isActive():
            timer.stop()
            held.append(timer)


def settle(app: QApplication, hold=None) -> None:
    """processEvents until a pass finds next to nothing to do (zero-delay timers, deferred sections
    and layout included): the window is usable. With `hold` (a window from make_window(hold_loading=
    True)), its background work stays held back as it starts (finish_loading runs it)."""
    quiet = 0
    for _ in range(100):
        if hold is not None:
            _hold(hold)
        start = time.perf_counter()
        QCoreApplication.sendPostedEvents()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        quiet = quiet + 1 if time.perf_counter() - start < 0.0005 else 0
        if quiet >= 3:
            break


def make_window(ws: Workspace, *, hold_loading: bool = False):
    """Exactly app.AppController.show_main, without the controller. `hold_loading` keeps the
    window's background work (background_timers) from running until `finish_loading`; settle the
    window with settle(app, hold=window)."""
    from integration_journal.gui.app import StorageAccess
    from integration_journal.ui.dialogs import Dialogs
    from integration_journal.ui.main_window import MainWindow

    access = StorageAccess(ws.data_dir, INSECURE_TEST_POLICY)
    window = MainWindow(ws, Dialogs(), access=access, demo=False)
    if hold_loading:
        _hold(window)  # no event has been processed yet: not one step has run
    window.show()
    window.start_backup_copy()
    return window


def in_background(window) -> bool:
    """True while the window (or a page) still has work to do after it shows."""
    return (getattr(window, "working_in_background", window.workspace.loading)
            or any(timer.isActive() for timer in background_timers(window)))


def finish_loading(app: QApplication, window) -> tuple[float, float]:
    """Let the window do what it held back (the deferred entries, the refresh after them, the check of
    unchecked rows, pages' idle work); (total, longest single turn of the event loop)."""
    for timer in window.__dict__.pop("_bench_held", []):
        timer.start()
    if window.workspace.loading and not window.load_timer.isActive():
        window.load_timer.start()
    start = time.perf_counter()
    longest = 0.0
    while in_background(window):
        turn = time.perf_counter()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        longest = max(longest, time.perf_counter() - turn)
    settle(app)
    return time.perf_counter() - start, longest


def close_window(app: QApplication, window) -> None:
    window.close()
    window.deleteLater()
    app.processEvents()
    QCoreApplication.sendPostedEvents()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--rebuild", action="store_true", help="make the vault again even if it exists")
    parser.add_argument("--profile", choices=("window",) + PAGES, help="cProfile one build instead")
    parser.add_argument("--no-defer", action="store_true", help="decode every entry at unlock, as before")
    args = parser.parse_args()
    global DEFER_ENTRIES
    DEFER_ENTRIES = not args.no_defer

    marker = args.data_dir / "bench.json"
    if args.rebuild or not marker.is_file() or json.loads(marker.read_text()).get("entries") != args.entries:
        t = time.perf_counter()
        build_vault(args.data_dir, args.entries)
        print(f"built a vault with {args.entries} entries in {time.perf_counter() - t:.1f} s")

    from integration_journal.gui.app import _application
    from integration_journal.ui.theme import load_appearance, theme_manager

    app = _application()
    theme_manager(app).apply(load_appearance())
    import integration_journal.ui.main_window  # noqa: F401 - imported by the app before unlock ends
    from integration_journal.ui.pages import registry

    registry.page_classes("patient")  # page modules: imported once per process, not per unlock

    if args.profile:
        ws, _parts = open_workspace(args.data_dir)
        profiler = cProfile.Profile()
        if args.profile == "window":
            profiler.enable()
            window = make_window(ws, hold_loading=True)
            settle(app, hold=window)
            profiler.disable()
        else:
            window = make_window(ws)
            finish_loading(app, window)
            index = window.page_index(args.profile)
            profiler.enable()
            window.show_page(index)
            settle(app)
            profiler.disable()
        close_window(app, window)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        return 0

    # A warm-up run (first-use costs of Qt itself: fonts, style, the platform plugin).
    ws, _parts = open_workspace(args.data_dir)
    window = make_window(ws)
    finish_loading(app, window)
    for page_id in PAGES:
        window.show_page(window.page_index(page_id))
        settle(app)
    close_window(app, window)

    figures: dict[str, list[float]] = {}

    def add(key: str, value: float) -> None:
        figures.setdefault(key, []).append(value)

    first_page = None
    for _ in range(args.runs):
        ws, parts = open_workspace(args.data_dir)
        for key, value in parts.items():
            add(key, value)
        gc.collect()
        start = time.perf_counter()
        window = make_window(ws, hold_loading=True)
        built = time.perf_counter()
        settle(app, hold=window)
        usable = time.perf_counter()
        add("window_built", built - start)
        add("window_usable", usable - start)
        add("kdf_end_to_usable", parts["without_kdf"] + usable - start)
        first_page = window.page_types[0].PAGE_ID
        total, longest = finish_loading(app, window)
        add("loading_total", total)
        add("loading_longest_turn", longest)
        for page_id in PAGES:
            index = window.page_index(page_id)
            if index is None:
                continue
            gc.collect()
            start = time.perf_counter()
            window.show_page(index)
            settle(app)
            add(f"first_show_{page_id}", time.perf_counter() - start)
        close_window(app, window)
        if DEFER_ENTRIES:  # the Journal page at once, before the deferred entries are in
            ws, _parts = open_workspace(args.data_dir)
            window = make_window(ws, hold_loading=True)
            settle(app, hold=window)
            gc.collect()
            start = time.perf_counter()
            window.show_page(window.page_index("journal"))
            settle(app)
            add("journal_at_once", time.perf_counter() - start)
            close_window(app, window)

    median = {key: statistics.median(values) for key, values in figures.items()}
    worst = {key: max(values) for key, values in figures.items()}
    print(f"{args.entries} entries, median of {args.runs} runs (worst in brackets), offscreen:")
    print("(a) Workspace.open")
    for key, label in (("kdf", "KDF (test policy; not counted)"), ("without_kdf", "without the KDF"),
                       ("vault_unlock_rest", "  Vault.unlock minus KDF"), ("backup", "  rotating backup"),
                       ("journal_open", "  Journal.open (decode)")):
        print(f"  {label:<36}{ms(median[key])}  ({ms(worst[key]).strip()})")
    print(f"(b) main window, first page '{first_page}'")
    for key, label in (("window_built", "MainWindow() + show"), ("window_usable", "... + events until idle"),
                       ("kdf_end_to_usable", "KDF end -> usable  (a)+(b)")):
        print(f"  {label:<36}{ms(median[key])}  ({ms(worst[key]).strip()})")
    print("(c) first show of each page (fresh window; the first page is already built)")
    for page_id in PAGES:
        key = f"first_show_{page_id}"
        if key in median:
            print(f"  {page_id:<36}{ms(median[key])}  ({ms(worst[key]).strip()})")
    if DEFER_ENTRIES:
        print("(d) the deferred entries, decoded after the window shows")
        for key, label in (("loading_total", "all decoded, pages refreshed"),
                           ("loading_longest_turn", "  longest turn of the event loop"),
                           ("journal_at_once", "Journal page opened at once")):
            print(f"  {label:<36}{ms(median[key])}  ({ms(worst[key]).strip()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
