"""The app's icon, for every window (the application's default window icon) and the desktop.

The mark is resources/icons/integration-journal.svg; the PNG sizes rendered from it
(tools/make_icons.py) are added one by one so Qt picks a crisp raster for each size a desktop asks
for instead of scaling one. The same files go into the .desktop icon theme, the .ico and the .icns.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from integration_journal.core.resource_files import resource_path

ICON_NAME = "integration-journal"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"{ICON_NAME}-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    svg = resource_path("icons", f"{ICON_NAME}.svg")
    if icon.isNull() and svg.is_file():
        icon.addFile(str(svg))
    return icon
