from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from integration_journal.cli import main
from integration_journal.storage.paths import INSECURE_TEST_KDF_WARNING
from tests.helpers.workspaces import PASSPHRASE

# The suite runs with INTEGRATION_JOURNAL_INSECURE_TEST_KDF=1 (tests/conftest.py), so every command
# starts with this warning on stderr. `run` takes that one line out of `err` so that tests compare the
# command's own messages; `raw_err` keeps everything (tests/cli/test_insecure_kdf_warning.py).
KDF_WARNING_LINE = f"integration-journal: {INSECURE_TEST_KDF_WARNING}\n"


@dataclass
class Result:
    code: int
    out: str
    err: str
    raw_err: str = ""

    def json(self):
        return json.loads(self.out)


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """Run the CLI in-process like a shell would, with the passphrase in the environment."""
    monkeypatch.setenv("INTEGRATION_JOURNAL_PASSPHRASE", PASSPHRASE)

    def invoke(*argv: str) -> Result:
        capsys.readouterr()
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        err = captured.err.removeprefix(KDF_WARNING_LINE)
        return Result(code, captured.out, err, captured.err)

    return invoke


@pytest.fixture
def journal_dir(run, data_dir: Path) -> Path:
    result = run("init", "--role", "patient", "--name", "Sam")
    assert result.code == 0, result.err
    return data_dir
