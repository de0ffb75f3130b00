"""`--startup-probe` (what bench/startup.py times, from the venv and the frozen bundle): the real entry point
shows the unlock window, reports when it was first drawn and what was loaded by then, and quits. Loading
storage, the command groups, the questionnaires or the summary before that window is a regression of
#15 section 4 (no timing is asserted here: bench/startup.py measures)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from integration_journal.storage.workspace import Workspace
from tests.helpers.startup import loaded_too_early, probe_report
from tests.helpers.workspaces import PASSPHRASE


def test_the_unlock_window_shows_before_anything_heavy_is_imported(tmp_path: Path, fast_kdf) -> None:
    data = tmp_path / "journal"
    ws, _kit = Workspace.create(data, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf)
    ws.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("INTEGRATION_JOURNAL_INSECURE_TEST_KDF", None)
    result = subprocess.run([sys.executable, "-m", "integration_journal", "--data-dir", str(data),
                             "--startup-probe"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    report = probe_report(result.stdout)
    assert report["painted"] > 0 and "integration_journal.ui.unlock_window" in report["modules"]
    assert loaded_too_early(report["modules"]) == []
