from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from integration_journal.cli import main
from tests.helpers.workspaces import PASSPHRASE


@dataclass
class Result:
    code: int
    out: str
    err: str

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
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def journal_dir(run, data_dir: Path) -> Path:
    result = run("init", "--role", "patient", "--name", "Sam")
    assert result.code == 0, result.err
    return data_dir
