"""Print how long the app takes from process start until the unlock window is on screen (issue #3).

    .venv/bin/python bench/startup.py [--runs 10] [--data-dir DIR] [--onscreen]

Each run starts a fresh interpreter the way `integration-journal` does (`cli.main` with no command)
against a data folder that holds a vault, and stops it at the unlock window's first paint. The time
is measured from just before the process is spawned, so it includes interpreter start-up, imports,
QApplication and the first paint. Budget: <= 450 ms. The run also checks that SQLAlchemy, Alembic,
markdown, the storage layer, the command groups, the questionnaires and the summary were not imported
before the window showed, and times a minimal PySide6 window that paints one label, interleaved with
the app's runs, to print the app's time as a ratio to that floor.

Without --data-dir a small vault is made in a temporary folder with the test-only KDF (the KDF does
not run before the window shows, so its cost does not matter here). Runs offscreen unless --onscreen.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUDGET_MS = 450.0
HEAVY = ("sqlalchemy", "alembic", "markdown", "integration_journal.storage", "integration_journal.cli's command groups",
         "integration_journal.core.measures", "integration_journal.core.summary")

# Runs in the child. Patching the window's paintEvent is the only instrumentation; everything else is
# the real entry point. The child leaves with os._exit so tearing down Qt is not counted or waited for.
PROBE = r"""
import json, os, sys, time
from integration_journal.ui import unlock_window

original = unlock_window.UnlockWindow.paintEvent

def first_paint(self, event, _done=[]):
    # What was imported is read before the paint: the first paint starts the storage warm-up on a worker.
    heavy = sorted({m.split(".")[0] if not m.startswith("integration_journal.") else m
                    for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic", "markdown")
                    or (m.startswith("integration_journal.storage")  # its paths module is stdlib only
                        and m not in ("integration_journal.storage", "integration_journal.storage.paths"))
                    or (m.startswith("integration_journal.cli.")
                        and m not in ("integration_journal.cli.main", "integration_journal.cli.common"))
                    or m.startswith(("integration_journal.core.measures", "integration_journal.core.summary"))})
    original(self, event)
    if _done:
        return
    _done.append(True)
    print(json.dumps({"painted": time.time(), "heavy": heavy}), flush=True)
    os._exit(0)

unlock_window.UnlockWindow.paintEvent = first_paint
from integration_journal.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


# The floor: the smallest PySide6 program that shows a window, painting one label.
MINIMAL = r"""
import json, os, sys, time
from PySide6.QtWidgets import QApplication, QLabel

class Label(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(json.dumps({"painted": time.time(), "heavy": []}), flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
label = Label("Integration Journal")
label.show()
app.exec()
"""


def make_vault(data_dir: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
    from integration_journal.storage.workspace import Workspace

    ws, _kit = Workspace.create(data_dir, "bench passphrase for the startup time", role="patient",
                                display_name="Bench", policy=INSECURE_TEST_POLICY)
    ws.close()


def one_run(data_dir: Path, env: dict[str, str], probe: str = PROBE) -> tuple[float, list[str]]:
    start = time.time()
    result = subprocess.run([sys.executable, "-c", probe, str(data_dir)], capture_output=True, text=True,
                            env=env, timeout=60)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"the app did not show its unlock window (exit {result.returncode}):\n"
                         + result.stdout + result.stderr)
    report = json.loads(lines[-1])
    return (report["painted"] - start) * 1000, report["heavy"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--data-dir", type=Path, help="a folder holding a vault (default: a temporary one)")
    parser.add_argument("--onscreen", action="store_true", help="use the real display instead of offscreen")
    args = parser.parse_args()

    env = dict(os.environ)
    if not args.onscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="ij-bench-config-"))  # no window geometry
    with tempfile.TemporaryDirectory(prefix="ij-bench-startup-") as tmp:
        data_dir = args.data_dir
        if data_dir is None:
            data_dir = Path(tmp) / "data"
            make_vault(data_dir)
        one_run(data_dir, env)  # warm the OS file cache; a first launch after boot is slower
        one_run(data_dir, env, MINIMAL)
        times, floor, heavy = [], [], set()
        for _ in range(args.runs):  # interleaved: the app, then the floor, so both see the same machine
            ms, loaded = one_run(data_dir, env)
            times.append(ms)
            heavy.update(loaded)
            floor.append(one_run(data_dir, env, MINIMAL)[0])

    median = statistics.median(times)
    print(f"unlock window visible after launch, {args.runs} runs "
          f"({'onscreen' if args.onscreen else 'offscreen'}):")
    print(f"  median {median:7.1f} ms   best {min(times):7.1f} ms   worst {max(times):7.1f} ms"
          f"   budget {BUDGET_MS:.0f} ms")
    print(f"  a minimal PySide6 window (one label): median {statistics.median(floor):7.1f} ms; the app takes "
          f"{median / statistics.median(floor):.2f}x that")
    loaded = ", ".join(sorted(heavy)) if heavy else "none of " + ", ".join(HEAVY)
    print(f"  imported before the window showed: {loaded}")
    ok = median <= BUDGET_MS and not heavy
    print("  OK" if ok else "  OVER BUDGET" if median > BUDGET_MS else "  HEAVY IMPORTS BEFORE THE WINDOW")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
