"""The release workflow (.github/workflows/release.yml) is a valid GitHub Actions workflow that builds,
smoke-tests and packages on Linux, Windows and macOS, and signs only when its secrets are set.
The schema check needs check-jsonschema (the `package` extra: `make package-test` has it)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.helpers.wheel_build import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _load():
    yaml = pytest.importorskip("ruamel.yaml", reason="the package extra (ruamel.yaml) is not installed")
    return yaml.YAML(typ="safe").load(WORKFLOW.read_text(encoding="utf-8"))


def test_the_workflow_matches_the_github_workflow_schema() -> None:
    pytest.importorskip("check_jsonschema", reason="the package extra (check-jsonschema) is not installed")
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows",
                             str(WORKFLOW)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_each_os_builds_smoke_tests_and_packages() -> None:
    jobs = _load()["jobs"]
    runners = {name: job["runs-on"] for name, job in jobs.items()}
    assert runners["linux"].startswith("ubuntu") and runners["windows"].startswith("windows")
    assert runners["macos"].startswith("macos")
    for name in ("linux", "windows", "macos"):
        script = "\n".join(step.get("run", "") for step in jobs[name]["steps"])
        assert "test_frozen_app.py" in script or "make package-test" in script, name
        assert any(step.get("uses", "").startswith("actions/upload-artifact") for step in jobs[name]["steps"])
    windows = "\n".join(step.get("run", "") for step in jobs["windows"]["steps"])
    assert "ISCC.exe" in windows and "integration-journal.iss" in windows
    macos = "\n".join(step.get("run", "") for step in jobs["macos"]["steps"])
    assert "hdiutil create" in macos and "notarytool submit" in macos and "stapler staple" in macos


def test_signing_runs_only_when_its_secrets_are_set() -> None:
    jobs = _load()["jobs"]
    for name in ("windows", "macos"):
        for step in jobs[name]["steps"]:
            script = step.get("run", "")
            if any(word in script for word in ("signtool", "notarytool", "security import")):
                assert "!= ''" in step.get("if", ""), step.get("name")
        assert all(value.startswith("${{ secrets.") for value in jobs[name]["env"].values())
