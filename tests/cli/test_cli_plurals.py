"""The command line prints the questionnaire dialog's own result text; in a real process, with no app
running, it still reads "2 questions not answered (items 3, 6)", never "question(s)" (#12 item 16)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers.workspaces import PASSPHRASE


def test_a_command_line_process_counts_as_the_dialog_does(journal_dir: Path) -> None:
    env = dict(os.environ, INTEGRATION_JOURNAL_PASSPHRASE=PASSPHRASE, INTEGRATION_JOURNAL_DATA_DIR=str(journal_dir))
    env.pop("QT_QPA_PLATFORM", None)  # no display is needed for the texts
    env.pop("DISPLAY", None)
    result = subprocess.run([sys.executable, "-m", "integration_journal", "measure", "phq9",
                             "--answers=1,1,-,1,1,-,1,1,0", "--date", "2025-03-12"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "PHQ-9: Incomplete: 2 questions not answered (items 3, 6), so no total is calculated." in result.stdout
    assert "(s)" not in result.stdout
