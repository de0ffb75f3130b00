"""The frozen one-folder app (make package) works on its own: from a clean environment (`env -i`, no
virtual environment or Python on the path) its command line creates, fills, lists, verifies and
exports a journal, and offscreen its main window has every page of both roles (`self-check`).

`make test` runs these when a bundle exists in dist/; `make package-test` (which CI runs) builds one
first and sets INTEGRATION_JOURNAL_BUNDLE, so that a missing bundle fails instead of skipping.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from integration_journal import __version__
from tests.helpers.startup import loaded_too_early, probe_report
from tests.helpers.wheel_build import ROOT

REQUIRED = os.environ.get("INTEGRATION_JOURNAL_BUNDLE")
BUNDLE = Path(REQUIRED) if REQUIRED else ROOT / "dist" / "integration-journal"
if not BUNDLE.is_absolute():
    BUNDLE = ROOT / BUNDLE
# On macOS the release workflow points INTEGRATION_JOURNAL_BUNDLE at the .app's Contents/MacOS.
EXE = BUNDLE / ("integration-journal.exe" if sys.platform == "win32" else "integration-journal")

pytestmark = pytest.mark.skipif(not REQUIRED and not EXE.is_file(),
                                reason="no frozen bundle in dist/ (make package builds one)")
PASSPHRASE = "frozen smoke test passphrase 7"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert EXE.is_file(), f"{EXE} is missing: run make package"
    return tmp_path_factory.mktemp("frozen-home")


def run(home: Path, *args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """The bundle's command with nothing of this process's environment: no venv, no PYTHONPATH, no
    display, only a home folder, a UTF-8 locale and offscreen Qt (for the PDF's charts). On Windows,
    which cannot start a process without its system folders, those and nothing else."""
    if sys.platform == "win32":
        keep = {name: os.environ[name] for name in ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR") if name in os.environ}
        env = {**keep, "USERPROFILE": str(home), "APPDATA": str(home / "Roaming"), "LOCALAPPDATA": str(home / "Local"),
               "TEMP": str(home), "TMP": str(home), "PATH": keep.get("SYSTEMROOT", r"C:\Windows") + r"\System32",
               "QT_QPA_PLATFORM": "offscreen"}
        return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=timeout, cwd=home, env=env)
    env = ["env", "-i", f"HOME={home}", "LANG=C.UTF-8", "PATH=/usr/bin:/bin", "QT_QPA_PLATFORM=offscreen",
           f"XDG_RUNTIME_DIR={home}"]
    return subprocess.run([*env, str(EXE), *args], capture_output=True, text=True, timeout=timeout,
                          cwd=home)


def test_version(home: Path) -> None:
    result = run(home, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"integration-journal {__version__}"


def test_the_command_line_creates_fills_lists_verifies_and_exports(home: Path) -> None:
    secret = home / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    journal = home / "journal"
    common = ("--data-dir", str(journal), "--passphrase-file", str(secret))

    result = run(home, "init", "--role", "patient", "--name", "Sam", *common)
    assert result.returncode == 0, result.stderr  # Alembic's migrations ran from inside the bundle
    assert "RECOVERY KIT" in result.stdout

    result = run(home, "add", "--title", "After session 3", "--body", "Felt lighter after the walk.",
                 "--tag", "insight", *common)
    assert result.returncode == 0, result.stderr

    result = run(home, "list", "--json", *common)
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert [item["title"] for item in listed if item.get("kind") == "entry"] == ["After session 3"]

    result = run(home, "verify", *common)
    assert result.returncode == 0, result.stdout + result.stderr

    pdf = home / "summary.pdf"
    result = run(home, "export-summary", "--format", "pdf", "--out", str(pdf), *common)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 5_000


def test_the_unlock_window_shows_with_nothing_heavy_loaded(home: Path) -> None:
    """--startup-probe, as bench/startup.py --bundle times it: the frozen app's first window, drawn before
    storage, the command groups, the questionnaires or the summary were loaded."""
    secret = home / "probe-passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    journal = home / "probe-journal"
    result = run(home, "init", "--role", "patient", "--name", "Sam", "--data-dir", str(journal),
                 "--passphrase-file", str(secret))
    assert result.returncode == 0, result.stderr
    result = run(home, "--data-dir", str(journal), "--startup-probe", timeout=120)
    assert result.returncode == 0, result.stderr
    report = probe_report(result.stdout)
    assert "integration_journal.ui.unlock_window" in report["modules"]
    assert loaded_too_early(report["modules"]) == []


def test_the_main_window_has_every_page_of_both_roles(home: Path) -> None:
    from integration_journal.ui.pages import registry

    result = run(home, "self-check", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] and not report["problems"]
    for role, wanted in (("patient", registry.PATIENT_PAGES), ("therapist", registry.THERAPIST_PAGES)):
        assert len(report["pages"][role]) == len(wanted), report["pages"]
        assert report["pages"][role] == report["expected_pages"][role]
    assert report["content"]["measures"] == 5 and report["content"]["icon_sizes"] == 8


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's layout and libraries")
def test_the_bundle_leaves_out_what_it_must_not_carry() -> None:
    """No host C++ runtime (it breaks newer Mesa drivers), no GTK theme or virtual keyboard plugin."""
    names = {path.name for path in BUNDLE.rglob("*")}
    assert not [n for n in names if n.startswith(("libstdc++.so", "libgcc_s.so"))]
    assert not [n for n in names if "qgtk3" in n or "virtualkeyboard" in n.lower() or n.startswith("libgtk-3")]
    assert not [n for n in names if n.startswith(("libQt6Quick", "libQt6Qml"))]
    internal = BUNDLE / "_internal" / "integration_journal"
    assert (internal / "storage" / "migrations" / "env.py").is_file()
    assert list((internal / "storage" / "migrations" / "versions").glob("0001_*.py"))
    assert (internal / "resources" / "desktop").is_dir() and (internal / "resources" / "measures").is_dir()


def _package(pattern: str) -> Path | None:
    found = sorted((BUNDLE.parent).glob(pattern))
    return found[-1] if found else None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux packages")
def test_the_deb_installs_the_app_its_command_desktop_entry_metainfo_and_icons() -> None:
    import shutil

    deb = _package("integration-journal_*.deb")
    if deb is None or shutil.which("dpkg-deb") is None:
        pytest.skip("no .deb beside the bundle")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    app_id = "io.github.integration_journal.IntegrationJournal"
    for path in ("./usr/lib/integration-journal/integration-journal",
                 "./usr/bin/integration-journal -> ../lib/integration-journal/integration-journal",
                 f"./usr/share/applications/{app_id}.desktop", f"./usr/share/metainfo/{app_id}.metainfo.xml",
                 f"./usr/share/icons/hicolor/16x16/apps/{app_id}.png", f"./usr/share/icons/hicolor/512x512/apps/{app_id}.png",
                 f"./usr/share/icons/hicolor/scalable/apps/{app_id}.svg"):
        assert path in listing, path
    assert "libstdc++" not in listing
    control = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Depends"], capture_output=True, text=True,
                             check=True).stdout
    assert "Package: integration-journal" in control and "libc6 (>= " in control


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux packages")
def test_the_tarball_holds_the_app_and_its_desktop_files() -> None:
    archive = _package("integration-journal-*-linux-*.tar.xz")
    if archive is None:
        pytest.skip("no .tar.xz beside the bundle")
    names = subprocess.run(["tar", "-tJf", str(archive)], capture_output=True, text=True, check=True).stdout.split()
    top = f"integration-journal-{__version__}"
    for name in (f"{top}/lib/integration-journal/integration-journal", f"{top}/install-desktop-entry.sh",
                 f"{top}/share/applications/io.github.integration_journal.IntegrationJournal.desktop",
                 f"{top}/README.txt"):
        assert name in names, name
