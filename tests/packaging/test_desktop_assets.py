"""The desktop assets in resources/: the icon's rasters, .ico and .icns match the SVG and are a real
mark (not a flat placeholder), and the .desktop file and AppStream metainfo agree with the app and
pass the desktop's own validators (when they are installed: apt desktop-file-utils, appstream)."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from integration_journal.gui.app import DESKTOP_ID, DISPLAY_NAME
from tests.helpers.wheel_build import ROOT

ICONS = ROOT / "resources" / "icons"
DESKTOP = ROOT / "resources" / "desktop"
DESKTOP_FILE = DESKTOP / f"{DESKTOP_ID}.desktop"
METAINFO = DESKTOP / f"{DESKTOP_ID}.metainfo.xml"

_spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make_icons.py")
make_icons = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_icons)


def _image(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data, "PNG")
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def _max_difference(a: QImage, b: QImage) -> int:
    assert a.size() == b.size()
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            worst = max(worst, abs(pa.red() - pb.red()), abs(pa.green() - pb.green()), abs(pa.blue() - pb.blue()),
                        abs(pa.alpha() - pb.alpha()))
    return worst


def _entries(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_each_png_is_the_svg_at_its_size(qapp, size: int) -> None:
    committed = _image((ICONS / make_icons.png_name(size)).read_bytes())
    assert (committed.width(), committed.height()) == (size, size)
    fresh = _image(make_icons.render_png(make_icons.SVG, size))
    assert _max_difference(committed, fresh) <= 8, "resources/icons is stale: run tools/make_icons.py"


@pytest.mark.parametrize("size", [16, 512])
def test_the_mark_is_drawn_not_a_flat_square(qapp, size: int) -> None:
    image = _image((ICONS / make_icons.png_name(size)).read_bytes())
    assert image.pixelColor(0, 0).alpha() == 0, "rounded corners are transparent"
    middle = image.pixelColor(size // 2, size // 2)
    assert middle.alpha() == 255
    colours = {image.pixel(x, y) for y in range(0, size, max(1, size // 32)) for x in range(0, size, max(1, size // 32))}
    assert len(colours) >= 6
    # The tile, the page and the sun are told apart even at 16 px: a light page, a warm sun, a blue tile.
    lightest = max((image.pixelColor(x, y) for y in range(size) for x in range(size)), key=lambda c: c.lightness())
    assert lightest.lightness() > 200
    assert any(image.pixelColor(x, y).red() > image.pixelColor(x, y).blue() + 60 for y in range(size) for x in range(size))


def test_the_ico_holds_every_windows_size_as_png(qapp) -> None:
    data = (ICONS / f"{make_icons.NAME}.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        image = _image(data[offset:offset + length])
        assert image.width() == (width or 256) == (height or 256)
        sizes.append(image.width())
    assert sizes == list(make_icons.ICO_SIZES)


def test_the_icns_holds_every_macos_size_as_png(qapp) -> None:
    data = (ICONS / f"{make_icons.NAME}.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    found, at = {}, 8
    while at < len(data):
        kind, length = data[at:at + 4].decode("ascii"), struct.unpack_from(">I", data, at + 4)[0]
        found[kind] = _image(data[at + 8:at + length]).width()
        at += length
    assert found == dict(make_icons.ICNS_TYPES)


def test_the_desktop_entry_starts_the_installed_command_with_the_app_icon() -> None:
    entry = _entries(DESKTOP_FILE)
    assert entry["Type"] == "Application"
    assert entry["Name"] == DISPLAY_NAME
    assert entry["Exec"].split()[0] == "integration-journal"
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Terminal"] == "false"


def test_the_metainfo_describes_the_same_app_with_existing_screenshots() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("name") == DISPLAY_NAME
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("provides/binary").text == "integration-journal"
    images = [image.text for image in root.iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://") and "/docs/screenshots/" in url
        assert (ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed")
def test_desktop_file_validate_passes() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream is not installed")
def test_appstreamcli_validate_passes() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
