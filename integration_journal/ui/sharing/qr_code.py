"""A QR code as an image, dark on white whatever the theme, for a safety number."""

from __future__ import annotations

import segno
from PySide6.QtGui import QColor, QImage


def qr_image(text: str, module_px: int = 5, border: int = 4) -> QImage:
    """A QR code (segno's encoder), always dark on white whatever the theme, so a camera can read it."""
    matrix = [list(row) for row in segno.make(text, error="m").matrix]
    size = len(matrix) + 2 * border
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x + border, y + border, black)
    return image.scaled(size * module_px, size * module_px)
