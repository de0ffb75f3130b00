"""The test suite's cheap key derivation is never quiet (#14 item 9): while
INTEGRATION_JOURNAL_INSECURE_TEST_KDF=1 is set, every command starts with a loud warning on stderr;
without it, nothing is said and the production policy applies."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from integration_journal.crypto.kdf import INSECURE_TEST_POLICY, PRODUCTION_POLICY
from integration_journal.storage.paths import (
    ENV_INSECURE_TEST_KDF,
    INSECURE_TEST_KDF_WARNING,
    insecure_test_kdf_active,
    kdf_policy_from_env,
)
from tests.cli.conftest import KDF_WARNING_LINE


@pytest.mark.parametrize("argv", [("list",), ("verify",), ("list", "--json"), ("show", "nothing"),
                                  ("list", "--kind", "nonsense")])
def test_every_command_starts_with_the_warning(run, journal_dir: Path, argv) -> None:
    result = run(*argv)
    assert result.raw_err.startswith(KDF_WARNING_LINE)
    assert "cheap to brute-force" in INSECURE_TEST_KDF_WARNING and ENV_INSECURE_TEST_KDF in INSECURE_TEST_KDF_WARNING
    assert KDF_WARNING_LINE not in result.out  # JSON on stdout stays JSON


def test_without_the_variable_nothing_is_said(run, data_dir: Path, monkeypatch) -> None:
    assert insecure_test_kdf_active() and kdf_policy_from_env() is INSECURE_TEST_POLICY
    monkeypatch.delenv(ENV_INSECURE_TEST_KDF)
    assert not insecure_test_kdf_active() and kdf_policy_from_env() is PRODUCTION_POLICY
    result = run("list")  # no journal: an error, but no warning before it
    assert result.code == 1 and "WARNING" not in result.raw_err
    monkeypatch.setenv(ENV_INSECURE_TEST_KDF, "yes")  # only exactly "1" switches it on
    assert not insecure_test_kdf_active()


def test_an_installed_command_line_warns_too(data_dir: Path) -> None:
    env = {**os.environ, ENV_INSECURE_TEST_KDF: "1"}
    done = subprocess.run([sys.executable, "-m", "integration_journal", "list"], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 1 and done.stderr.startswith(f"integration-journal: {INSECURE_TEST_KDF_WARNING}")
