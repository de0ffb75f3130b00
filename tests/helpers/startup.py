"""What `--startup-probe` reports (gui.app.report_first_paint), read the way bench/startup.py reads it: the
modules that must wait until after the unlock window shows."""

from __future__ import annotations

import json

# storage.memory (stdlib only) sets up the C allocator before the QApplication: see limit_heap_arenas.
KEPT_LIGHT = ("integration_journal.storage", "integration_journal.storage.paths", "integration_journal.storage.memory",
              "integration_journal.cli.main", "integration_journal.cli.common")


def probe_report(stdout: str) -> dict:
    [line] = [line for line in stdout.splitlines() if line.startswith("{")]
    return json.loads(line)


def loaded_too_early(modules: list[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in ("sqlalchemy", "alembic", "markdown")
                  or (m.startswith(("integration_journal.storage", "integration_journal.cli.")) and m not in KEPT_LIGHT)
                  or m.startswith(("integration_journal.core.measures", "integration_journal.core.summary")))
