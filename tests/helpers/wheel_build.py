"""Build the project's wheel from a copy of the source tree (the checkout itself is never written to)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What a build reads: the build configuration, the code and the content.
SOURCE_ITEMS = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "integration_journal", "resources")


def copy_source(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCE_ITEMS:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name, ignore=ignore)
        elif source.is_file():
            shutil.copy2(source, dest / name)
    return dest


def build_wheel(source: Path, out: Path) -> Path:
    """`pip wheel` offline, with the setuptools installed beside the tests (the test extra pins it)."""
    out.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
         "--quiet", "--wheel-dir", str(out), str(source)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-4000:]
    wheels = list(out.glob("integration_journal-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def wheel_names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def content_files(source: Path) -> set[str]:
    """Every content file of a source tree, as the wheel must name it: the top-level resources/ and
    (until its content has moved there) integration_journal/resources/, both as integration_journal/resources/."""
    found: set[str] = set()
    for folder in (source / "resources", source / "integration_journal" / "resources"):
        for path in folder.rglob("*") if folder.is_dir() else ():
            if path.is_file() and "__pycache__" not in path.parts:
                found.add("integration_journal/resources/" + path.relative_to(folder).as_posix())
    return found
