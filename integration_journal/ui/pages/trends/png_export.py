"""A chart drawn as PNG bytes, for "Save chart as PNG"."""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QBuffer, QByteArray, QIODevice


def chart_png(view: QChartView) -> bytes:
    """The chart as PNG bytes, drawn at the view's size (also when the table is shown instead)."""
    if view.width() < 200 or view.height() < 150:
        view.resize(max(view.width(), 900), max(view.height(), 500))
    pixmap = view.grab()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not pixmap.save(buffer, "PNG"):
        raise OSError("the chart could not be drawn")
    buffer.close()
    return bytes(data)
