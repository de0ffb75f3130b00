"""Fonts relative to the app's own, so headings and large text grow with the person's text size."""

from __future__ import annotations

from PySide6.QtGui import QFont


def heading_font(base: QFont, scale: float = 1.3) -> QFont:
    """A heading relative to the app's font, so it grows with the person's font scale."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    else:
        font.setPixelSize(round(font.pixelSize() * scale))
    font.setBold(True)
    return font


def scaled_font(font: QFont, factor: float, *, bold: bool | None = None) -> QFont:
    result = QFont(font)
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * factor)
    elif result.pixelSize() > 0:
        result.setPixelSize(round(result.pixelSize() * factor))
    if bold is not None:
        result.setBold(bold)
    return result
