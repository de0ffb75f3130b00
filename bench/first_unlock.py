"""Print how fast the main window is usable after the key derivation on a *first* unlock, in a fresh process.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/first_unlock.py [--runs 5]

bench/main_window.py measures after a warm-up, so the imports of the main window and its pages (Qt
Charts, Markdown, the measures...) are already done there. A person unlocking for the first time since
starting the app meets them right after the key derivation, unless they were imported while the unlock
window waited for the passphrase (app.preload_main_window_modules, which AppController starts once the
unlock window has painted). As in the app, entries are decoded after the window shows (see
bench/main_window.py (d)): "usable" is the window shown and idle with those steps held back, which then
run and are reported on their own. Each run is a fresh interpreter; "cold" skips the preload, "preloaded" does
it first, as the app does while the person types. Uses the vault of bench/main_window.py (the weak
test KDF: what is measured is everything after the key derivation).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def one_run(preload: bool) -> dict[str, float]:
    """In this (fresh) process: optionally preload, open the workspace, build and settle the window."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    import bench.main_window as bm

    qapp = QApplication.instance() or QApplication([])
    from integration_journal.gui import app as app_module

    if preload:
        import integration_journal.storage.workspace  # noqa: F401 - what StorageAccess.prepare does

        app_module.preload_main_window_modules()
    ws, parts = bm.open_workspace(bm.DEFAULT_DIR)
    start = time.perf_counter()
    main_window = bm.make_window(ws, hold_loading=True)
    bm.settle(qapp, hold=main_window)
    window = time.perf_counter() - start
    loading, longest = bm.finish_loading(qapp, main_window)
    return {"open": parts["without_kdf"], "window": window, "usable": parts["without_kdf"] + window,
            "loading": loading, "longest": longest}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", choices=("cold", "preloaded"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(one_run(args.child == "preloaded")))
        return 0
    if not (ROOT / "bench" / "out" / "main-window-vault").exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "main_window.py"), "--runs", "1"], check=True,
                       capture_output=True)
    results: dict[str, list[dict[str, float]]] = {"cold": [], "preloaded": []}
    for _ in range(args.runs):
        for mode in results:  # alternate, so a change in the machine's speed touches both alike
            out = subprocess.run([sys.executable, __file__, "--child", mode], check=True, capture_output=True,
                                 text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            results[mode].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"first unlock in a fresh process, median of {args.runs} (best-worst), offscreen:")
    for mode, runs in results.items():
        parts = []
        for key, label in (("open", "open w/o KDF"), ("window", "window"), ("usable", "KDF end -> usable"),
                           ("loading", "then entries decoded"), ("longest", "longest event-loop turn")):
            values = [run[key] * 1000 for run in runs]
            parts.append(f"{label} {statistics.median(values):.0f} ms ({min(values):.0f}-{max(values):.0f})")
        print(f"  {mode:<10} " + ", ".join(parts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
