"""Print the longest turns of the event loop after the main window shows, and what takes them (issue #16).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/turns.py [DATA_DIR] [--unchecked]

A timing probe, not a test, on a vault bench/scaling.py built (default: the 100,000-entry patient one;
a therapist's, e.g. bench/out/scaling/therapist-50x1000, times its Inbox instead). The window is built
as the app builds it (bench/main_window.make_window); then every turn of the event loop is timed until
the window's background work is done (`MainWindow.working_in_background`: deferred entries, the refresh
after them, the check of records the unlock took unchecked) and, on a therapist's vault, until the
Inbox knows every title. Printed: the longest turns, the time each kind of step took (longest, median,
count), and the store reads made meanwhile. `--unchecked` marks every record as taken unchecked at
unlock (Vault._unverified, as the encrypted index will), so the check runs over all of them.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ij-bench-config-")

from PySide6.QtCore import QEventLoop  # noqa: E402

import bench.main_window as bm  # noqa: E402
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY  # noqa: E402
from integration_journal.gui import app as app_module  # noqa: E402
from integration_journal.storage.workspace import Workspace  # noqa: E402
from integration_journal.ui.main_window.window import MainWindow  # noqa: E402
from integration_journal.ui.pages.inbox import InboxPage  # noqa: E402

PASSPHRASE = "bench passphrase for the scaling curve"  # bench/scaling.py's
DEFAULT = ROOT / "bench" / "out" / "scaling" / "patient-100000"
STEPS = ((MainWindow, "_load_step"), (MainWindow, "_refresh_step"), (MainWindow, "_verify_step"),
         (InboxPage, "_warm_labels"))


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    data_dir = Path(args[0]) if args else DEFAULT
    if not data_dir.is_dir():
        raise SystemExit(f"{data_dir} is missing: build it with bench/scaling.py first")
    qapp = app_module._application()
    app_module.preload_main_window_modules()
    took: dict[str, list[float]] = {}
    for cls, name in STEPS:
        def timed(self, *a, _step=getattr(cls, name), _name=name):
            start = time.perf_counter()
            _step(self, *a)
            took.setdefault(_name, []).append(time.perf_counter() - start)
        setattr(cls, name, timed)
    ws = Workspace.open(data_dir, PASSPHRASE, policy=INSECURE_TEST_POLICY, defer_entries=True, light=True)
    if "--unchecked" in sys.argv:
        ws.vault._unverified = list(ws.journal._records) + [item.record_id for item in ws.journal._pending]
    reads = [0]
    read_many = ws.vault.read_many
    ws.vault.read_many = lambda ids: (reads.__setitem__(0, reads[0] + 1), read_many(ids))[1]
    window = bm.make_window(ws)
    inbox = next((page for page in window.pages if isinstance(page, InboxPage)), None)
    turns: list[float] = []
    start = time.perf_counter()
    while window.working_in_background or (inbox is not None and not inbox.labels_ready) or not turns:
        turn = time.perf_counter()
        qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        turns.append(time.perf_counter() - turn)
    total = time.perf_counter() - start
    load = os.getloadavg()[0]
    print(f"{data_dir.name}: {len(turns)} turns in {total * 1000:.0f} ms, load average {load:.1f}")
    print("  longest turns (ms):", ", ".join(f"{t * 1000:.1f}" for t in sorted(turns)[-5:]))
    for name, times in took.items():
        print(f"  {name}: {len(times)} steps, longest {max(times) * 1000:.1f} ms, "
              f"median {statistics.median(times) * 1000:.1f} ms")
    print(f"  store reads (Vault.read_many calls): {reads[0]}; damaged: {len(ws.damaged)}")
    window.lock()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
