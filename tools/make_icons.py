"""Render the app icon's rasters from resources/icons/integration-journal.svg: one PNG per size the
three desktops ask for, a Windows .ico and a macOS .icns. Run it after changing the SVG and commit the
results (tests/packaging/test_desktop_assets.py checks they match the SVG).

    .venv/bin/python tools/make_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
NAME = "integration-journal"
SVG = ICONS / f"{NAME}.svg"
# Linux hicolor sizes (16-512), which also cover Windows' 16-256 and macOS's 16-1024 (512@2x).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The PNG-coded .icns entries: type code -> pixel size.
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512), ("ic10", 1024))


def png_name(size: int) -> str:
    return f"{NAME}-{size}.png"


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size, antialiased, on a transparent background, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons"])  # noqa: F841 - fonts and image plugins
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon whose entries are PNG-coded (Windows Vista and later read them at every size)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = [], []
    for size, data in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        blobs.append(data)
        offset += len(data)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[str, bytes]) -> bytes:
    """A macOS icon family of PNG-coded entries (type code -> PNG bytes)."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data for kind, data in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(svg: Path = SVG) -> dict[str, bytes]:
    """Every raster file's name and bytes."""
    rendered = {size: render_png(svg, size) for size in sorted({*PNG_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})}
    files = {png_name(size): rendered[size] for size in PNG_SIZES}
    files[f"{NAME}.ico"] = ico_bytes({size: rendered[size] for size in ICO_SIZES})
    files[f"{NAME}.icns"] = icns_bytes({kind: rendered[size] for kind, size in ICNS_TYPES})
    return files


def main() -> int:
    for name, data in build().items():
        (ICONS / name).write_bytes(data)
        print(f"wrote resources/icons/{name} ({len(data) // 1024 or 1} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
