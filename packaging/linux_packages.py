"""Wrap the frozen one-folder bundle as a .deb and a .tar.xz (Linux; `make package` runs it).

    python packaging/linux_packages.py dist/integration-journal [--out dist]

The .deb installs the bundle under /usr/lib/integration-journal/, the command as
/usr/bin/integration-journal, and the desktop entry, AppStream metainfo and icons under /usr/share. The
.tar.xz holds the same tree under integration-journal-VERSION/ (bundle in lib/, the rest in share/) with
an install note, for systems without dpkg.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from integration_journal import __version__  # noqa: E402

NAME = "integration-journal"
APP_ID = "io.github.integration_journal.IntegrationJournal"
RESOURCES = ROOT / "resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Libraries Qt's xcb and Wayland platforms, fonts and OpenGL load from the system (not bundled).
DEB_DEPENDS = ("libxcb-cursor0, libxkbcommon-x11-0, libxkbcommon0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, "
               "libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, libxcb-xkb1, libegl1, "
               "libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libwayland-client0, libwayland-cursor0, "
               "libwayland-egl1")
INSTALL_NOTE = """Integration Journal {version} for Linux (x86-64)

Run it from this folder:

    ./lib/integration-journal/integration-journal

To add it to your applications menu, copy the folder somewhere permanent (for example ~/.local/opt)
and run ./install-desktop-entry.sh from there. It needs glibc {glibc} or newer.
"""
INSTALL_SCRIPT = """#!/bin/sh
# Adds Integration Journal to this user's applications menu, pointing at this folder.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${{XDG_DATA_HOME:-$HOME/.local/share}}
mkdir -p "$data/applications" "$HOME/.local/bin"
ln -sf "$here/lib/integration-journal/integration-journal" "$HOME/.local/bin/integration-journal"
sed "s|^Exec=integration-journal|Exec=$here/lib/integration-journal/integration-journal|" \\
    "$here/share/applications/{app_id}.desktop" > "$data/applications/{app_id}.desktop"
cp -r "$here/share/icons" "$data/"
echo "Added to the applications menu; the command is ~/.local/bin/integration-journal."
"""


def glibc_version() -> str:
    return os.confstr("CS_GNU_LIBC_VERSION").split()[-1]


def deb_architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True, text=True).stdout.strip()


def share_tree(share: Path) -> None:
    """The desktop entry, the metainfo and the icon theme files under `share` (/usr/share)."""
    (share / "applications").mkdir(parents=True)
    shutil.copy2(RESOURCES / "desktop" / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(RESOURCES / "desktop" / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(RESOURCES / "icons" / f"{NAME}-{size}.png", folder / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(RESOURCES / "icons" / f"{NAME}.svg", scalable / f"{APP_ID}.svg")


def _tree_size_kib(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) // 1024 + 1


def build_deb(bundle: Path, out: Path, work: Path) -> Path:
    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    lib = root / "usr" / "lib" / NAME
    shutil.copytree(bundle, lib, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"../lib/{NAME}/{NAME}", root / "usr" / "bin" / NAME)
    share_tree(root / "usr" / "share")
    doc = root / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    shutil.copy2(ROOT / "LICENSE", doc / "copyright")
    control = root / "DEBIAN"
    control.mkdir()
    arch = deb_architecture()
    (control / "control").write_text(
        f"Package: {NAME}\n"
        f"Version: {__version__}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Integration Journal contributors <noreply@integration-journal.invalid>\n"
        f"Installed-Size: {_tree_size_kib(root)}\n"
        f"Depends: libc6 (>= {glibc_version()}), {DEB_DEPENDS}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Description: private, encrypted journal for ketamine-assisted therapy\n"
        " Integration Journal is a desktop journal for people in ketamine-assisted therapy and\n"
        " their therapists. Everything typed is encrypted on the person's own disk; there is no\n"
        " account, no server and no network access.\n",
        encoding="utf-8")
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    deb = out / f"{NAME}_{__version__}_{arch}.deb"
    deb.unlink(missing_ok=True)
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", f"--threads-max={os.cpu_count() or 1}", "--build",
                    str(root), str(deb)], check=True,
                   stdout=subprocess.DEVNULL)
    return deb


def build_tar(bundle: Path, out: Path, work: Path) -> Path:
    top = f"{NAME}-{__version__}"
    stage = work / "tar" / top
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(bundle, stage / "lib" / NAME, symlinks=True)
    share_tree(stage / "share")
    (stage / "README.txt").write_text(INSTALL_NOTE.format(version=__version__, glibc=glibc_version()), encoding="utf-8")
    script = stage / "install-desktop-entry.sh"
    script.write_text(INSTALL_SCRIPT.format(app_id=APP_ID), encoding="utf-8")
    script.chmod(0o755)
    machine = os.uname().machine
    archive = out / f"{top}-linux-{machine}.tar.xz"
    archive.unlink(missing_ok=True)
    # xz with every core (tar's own -J is single-threaded and takes minutes on a large bundle).
    with open(archive, "wb") as fh:
        tar = subprocess.Popen(["tar", "--owner=0", "--group=0", "--numeric-owner", "-cf", "-", "-C",
                                str(stage.parent), top], stdout=subprocess.PIPE)
        xz = subprocess.run(["xz", "-6", "-T0", "-c"], stdin=tar.stdout, stdout=fh, check=False)
        tar.stdout.close()
        if tar.wait() != 0 or xz.returncode != 0:
            raise SystemExit("tar/xz failed")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle PyInstaller made")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "linux-packages")
    args = parser.parse_args(argv)
    if not (args.bundle / NAME).is_file():
        parser.error(f"{args.bundle} holds no {NAME} executable: run PyInstaller first (make package)")
    args.out.mkdir(parents=True, exist_ok=True)
    made_files = [build_tar(args.bundle, args.out, args.work)]
    if shutil.which("dpkg-deb"):
        made_files.insert(0, build_deb(args.bundle, args.out, args.work))
    else:
        print("dpkg-deb is not installed: no .deb (Debian/Ubuntu: sudo apt-get install dpkg)", file=sys.stderr)
    for made in made_files:
        print(f"{made.relative_to(ROOT) if made.is_relative_to(ROOT) else made}: {made.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
