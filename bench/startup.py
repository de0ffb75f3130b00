"""Print how long the app takes from process start until the unlock window is on screen (issue #3, #15).

    .venv/bin/python bench/startup.py [--runs 10] [--data-dir DIR] [--bundle dist/integration-journal] [--onscreen]

Each run starts the real entry point the way a person does (`python -m integration_journal`, and with
--bundle also the frozen app's own executable) against a data folder that holds a vault, with the hidden
`--startup-probe` option: at the unlock window's first paint the app prints the time and the modules it
has loaded, and quits. The time is measured from just before the process is spawned, so it includes
interpreter start-up, imports, QApplication and the first paint. Budget: <= 450 ms, for both. The run
also checks that SQLAlchemy, Alembic, markdown, the storage layer, the command groups, the
questionnaires and the summary were not imported before the window showed, and times a minimal PySide6
window that paints one label, interleaved with the app's runs, to print each time as a ratio to that
floor.

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

# The floor: the smallest PySide6 program that shows a window, painting one label.
MINIMAL = r"""
import json, os, sys, time
from PySide6.QtWidgets import QApplication, QLabel

class Label(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(json.dumps({"painted": time.time(), "modules": []}), flush=True)
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


def heavy_modules(modules: list[str]) -> list[str]:
    """What must wait until after the window shows, among `modules`."""
    return sorted({m.split(".")[0] if not m.startswith("integration_journal.") else m
                   for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic", "markdown")
                   or (m.startswith("integration_journal.storage")  # its paths module is stdlib only
                       and m not in ("integration_journal.storage", "integration_journal.storage.paths"))
                   or (m.startswith("integration_journal.cli.")
                       and m not in ("integration_journal.cli.main", "integration_journal.cli.common"))
                   or m.startswith(("integration_journal.core.measures", "integration_journal.core.summary"))})


def one_run(command: list[str], env: dict[str, str]) -> tuple[float, list[str]]:
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"the app did not show its unlock window (exit {result.returncode}):\n"
                         + result.stdout + result.stderr)
    report = json.loads(lines[-1])
    return (report["painted"] - start) * 1000, heavy_modules(report["modules"])


def report(name: str, times: list[float], floor: float, heavy: set[str]) -> bool:
    median = statistics.median(times)
    print(f"  {name}: median {median:7.1f} ms   best {min(times):7.1f} ms   worst {max(times):7.1f} ms"
          f"   budget {BUDGET_MS:.0f} ms   {median / floor:.2f}x the minimal window")
    loaded = ", ".join(sorted(heavy)) if heavy else "none of " + ", ".join(HEAVY)
    print(f"    imported before the window showed: {loaded}")
    ok = median <= BUDGET_MS and not heavy
    print("    OK" if ok else "    OVER BUDGET" if median > BUDGET_MS else "    HEAVY IMPORTS BEFORE THE WINDOW")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--data-dir", type=Path, help="a folder holding a vault (default: a temporary one)")
    parser.add_argument("--bundle", type=Path, help="the frozen app's folder (make package), timed as well")
    parser.add_argument("--onscreen", action="store_true", help="use the real display instead of offscreen")
    args = parser.parse_args()

    env = dict(os.environ)
    if not args.onscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="ij-bench-config-"))  # no window geometry
    env.pop("INTEGRATION_JOURNAL_INSECURE_TEST_KDF", None)  # its warning is not part of a start
    with tempfile.TemporaryDirectory(prefix="ij-bench-startup-") as tmp:
        data_dir = args.data_dir
        if data_dir is None:
            data_dir = Path(tmp) / "data"
            make_vault(data_dir)
        probe = ["--data-dir", str(data_dir), "--startup-probe"]
        commands = {"from the venv": [sys.executable, "-m", "integration_journal", *probe]}
        if args.bundle is not None:
            commands["from the frozen bundle"] = [str(args.bundle / "integration-journal"), *probe]
        minimal = [sys.executable, "-c", MINIMAL]
        for command in [*commands.values(), minimal]:
            one_run(command, env)  # warm the OS file cache; a first launch after boot is slower
        times: dict[str, list[float]] = {name: [] for name in commands}
        heavy: dict[str, set[str]] = {name: set() for name in commands}
        floor = []
        for _ in range(args.runs):  # interleaved, so every command sees the same machine
            for name, command in commands.items():
                ms, loaded = one_run(command, env)
                times[name].append(ms)
                heavy[name].update(loaded)
            floor.append(one_run(minimal, env)[0])

    print(f"unlock window visible after launch, {args.runs} runs "
          f"({'onscreen' if args.onscreen else 'offscreen'}):")
    floor_median = statistics.median(floor)
    print(f"  a minimal PySide6 window (one label): median {floor_median:7.1f} ms")
    ok = [report(name, times[name], floor_median, heavy[name]) for name in commands]
    return 0 if all(ok) else 1


if __name__ == "__main__":
    raise SystemExit(main())
