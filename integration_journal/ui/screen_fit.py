"""Dialogs that open as large as their content wants but never larger than the screen's free area."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QStyle, QWidget


def _screen(widget: QWidget) -> QScreen:
    anchor = widget.parentWidget() or widget
    return anchor.screen() or QGuiApplication.primaryScreen()


def _frame(widget: QWidget) -> QSize:
    """What the window manager adds around a window: measured on the parent's window once shown, else a
    title bar's height."""
    anchor = (widget.parentWidget() or widget).window()
    if anchor.isVisible():
        return anchor.frameGeometry().size() - anchor.geometry().size()
    return QSize(0, max(QApplication.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight), 0))


def free_area(widget: QWidget) -> QSize:
    """The screen's available size (less panels and task bars) for `widget`'s window, less its frame."""
    return _screen(widget).availableGeometry().size() - _frame(widget)


def keep_on_screen(widget: QWidget, top_left: QPoint) -> None:
    """Move `widget`'s window to `top_left`, or as near as keeps it whole on its screen's free area."""
    area, size = _screen(widget).availableGeometry(), widget.size() + _frame(widget)
    x = max(area.left(), min(top_left.x(), area.right() + 1 - size.width()))
    y = max(area.top(), min(top_left.y(), area.bottom() + 1 - size.height()))
    widget.move(x, y)


def open_within_screen(widget: QWidget, wanted: QSize) -> QSize:
    """Resize `widget` (before it is shown) to `wanted`, cut down to the free area of its screen."""
    size = wanted.boundedTo(free_area(widget)).expandedTo(widget.minimumSizeHint().boundedTo(free_area(widget)))
    widget.resize(size)
    return size


def open_tall_enough(widget: QWidget, width: int) -> QSize:
    """Resize `widget` to `width` and the height its wrapped lines need at that width (a window's layout
    alone allows the height of the widest layout, squeezing wrapped labels), within the screen; that height
    is also its least, so the lines cannot be squeezed later."""
    layout = widget.layout()
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
    size = open_within_screen(widget, QSize(width, height))
    widget.setMinimumHeight(size.height())
    return size
