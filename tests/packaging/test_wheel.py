"""The wheel holds the whole app: every module, the migrations Alembic runs from disk, and exactly one
copy of every content file, whether the content sits in the top-level resources/ folder (where
pyproject.toml maps it into the package) or still in integration_journal/resources/. An installed wheel
reads its content from inside the package, never from a checkout."""

from __future__ import annotations

import collections
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from integration_journal import __version__
from integration_journal.core.resource_files import resource, resource_roots
from tests.helpers.wheel_build import ROOT, build_wheel, content_files, copy_source, wheel_names


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(a copy of the source tree, the wheel built from it)."""
    work = tmp_path_factory.mktemp("wheel")
    source = copy_source(work / "src")
    return source, build_wheel(source, work / "dist")


def test_the_wheel_holds_every_content_file_once(built: tuple[Path, Path]) -> None:
    source, wheel = built
    names = wheel_names(wheel)
    expected = content_files(source)
    assert expected, "no content found: the source tree is not what this test expects"
    assert any(name.startswith("integration_journal/resources/desktop/") for name in expected)
    missing = expected - set(names)
    assert not missing, sorted(missing)
    repeated = [name for name, count in collections.Counter(names).items() if count > 1]
    assert not repeated
    # The content is inside the package only: no top-level resources/ (or any other stray folder).
    tops = {name.split("/", 1)[0] for name in names}
    assert tops == {"integration_journal", f"integration_journal-{__version__}.dist-info"}, tops


def test_the_wheel_holds_every_module_and_migration(built: tuple[Path, Path]) -> None:
    source, wheel = built
    names = set(wheel_names(wheel))
    modules = {path.relative_to(source).as_posix() for path in (source / "integration_journal").rglob("*.py")
               if "__pycache__" not in path.parts}
    assert "integration_journal/storage/migrations/env.py" in modules
    assert any("/migrations/versions/" in module for module in modules)
    assert not modules - names, sorted(modules - names)
    assert "integration_journal/storage/migrations/script.py.mako" in names


def test_the_wheel_installs_and_reads_its_content_from_the_package(built: tuple[Path, Path], tmp_path: Path) -> None:
    _, wheel = built
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
                    "--target", str(target), str(wheel)], check=True, capture_output=True, timeout=300)
    probe = """
import json, sys
import integration_journal
from integration_journal import __version__
from integration_journal.core.resource_files import resource, resource_roots
from integration_journal.core.measures import builtin_measures
from integration_journal.core.crisis_lines import builtin_crisis_lines
from integration_journal.core.prompts import builtin_packs
print(json.dumps({
    "package": integration_journal.__file__,
    "roots": [str(root) for root in resource_roots()],
    "measures": sorted(builtin_measures()),
    "crisis_lines": len(builtin_crisis_lines()),
    "packs": len(builtin_packs()),
    "style": str(resource("styles", "light.json")),
    "desktop": sorted(p.name for p in resource("desktop").iterdir()),
}))
"""
    # Run outside the checkout, with the installed copy first on the path.
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(target)}, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout)
    assert found["package"].startswith(str(target))
    assert found["roots"] == [str(target / "integration_journal" / "resources")]
    assert found["measures"] == ["gad2", "gad7", "peg", "phq2", "phq9"]
    assert found["crisis_lines"] > 1 and found["packs"] >= 1
    assert found["style"].startswith(str(target))
    assert sorted(p.name for p in (ROOT / "resources" / "desktop").iterdir()) == found["desktop"]


def test_moving_the_content_to_resources_needs_no_other_change(tmp_path: Path) -> None:
    """What the repository's design asks for: all content in the top-level resources/. A pure move of
    integration_journal/resources/* there builds the same wheel, and a checkout reads it all."""
    source = copy_source(tmp_path / "src")
    old = source / "integration_journal" / "resources"
    before = content_files(source)
    if old.is_dir():
        for item in old.iterdir():
            shutil.move(str(item), str(source / "resources" / item.name))
        old.rmdir()
    assert content_files(source) == before
    wheel = build_wheel(source, tmp_path / "dist")
    assert not before - set(wheel_names(wheel))
    probe = """
import json
from integration_journal import __version__
from integration_journal.core.resource_files import resource, resource_roots
from integration_journal.core.measures import builtin_measures
from integration_journal.core.prompts import builtin_packs
print(json.dumps({"roots": [str(r) for r in resource_roots()], "measures": len(builtin_measures()),
                  "packs": len(builtin_packs()), "help": str(resource("help", "privacy.md"))}))
"""
    result = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(source)}, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    found = json.loads(result.stdout)
    assert found["roots"][-1] == str(source / "resources")
    assert found["measures"] == 5 and found["packs"] >= 1
    assert found["help"] == str(source / "resources" / "help" / "privacy.md")


def test_a_checkout_reads_content_from_both_places() -> None:
    """The test run itself is an editable install: content is found in the top-level resources/ and,
    until it moves there, in integration_journal/resources/."""
    roots = [Path(str(root)) for root in resource_roots()]
    assert ROOT / "resources" in roots
    desktop = Path(str(resource("desktop")))
    assert desktop == ROOT / "resources" / "desktop"
    for folder in ("styles", "help", "measures", "prompts", "crisis_lines", "translations"):
        found = Path(str(resource(folder)))
        assert found.is_dir() and found.parent in roots, found
