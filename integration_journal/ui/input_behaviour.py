"""How inputs answer the mouse, app-wide: a wheel over an input that is not being edited scrolls the
page instead of changing the value, and a click on a slider puts it where the click was.

Qt's defaults made a health record change by itself: scrolling the long session form with the wheel
while the pointer crossed "Anti-nausea medicine given" changed it from "Not recorded" to "Not sure",
then to "No", and it was saved so. One mechanism covers every combo box, spin box, slider and date or
time field inside a scrolling page, present and future, rather than a patch per widget.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QProxyStyle,
    QScrollBar,
    QStyle,
    QStyleFactory,
    QWidget,
)

# Inputs whose value the wheel changes in Qt (a scroll bar is a slider too, and keeps scrolling). A
# QAbstractScrollArea (lists, text boxes) scrolls its own content, as a person expects, and is left alone.
_VALUE_INPUTS = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _value_input(widget: QObject | None) -> QWidget | None:
    """The value input `widget` is part of (a spin box's text field counts as the spin box), or None."""
    while isinstance(widget, QWidget):
        if isinstance(widget, _VALUE_INPUTS) and not isinstance(widget, QScrollBar):
            return widget
        if widget.isWindow():
            return None
        widget = widget.parentWidget()
    return None


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, _VALUE_INPUTS):
            return parent
        parent = parent.parentWidget()
    return None


def _no_wheel_focus(widget: QObject) -> None:
    """Qt gives a combo box or spin box keyboard focus when a wheel turns over it (WheelFocus), before
    any event filter sees the wheel, so the guard would find it "focused"; the wheel must not choose
    what is being edited. Tab and a click still focus it."""
    if isinstance(widget, _VALUE_INPUTS) and widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    """An application event filter: a wheel event aimed at a value input without keyboard focus goes
    to the scroll area around it (or nowhere), never to the input."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Polish:
            _no_wheel_focus(watched)
            return False
        if event.type() != QEvent.Type.Wheel:
            return False
        target = _value_input(watched)
        if target is None or target.hasFocus():
            return False
        area = _scroll_area(target)
        if area is not None:
            QApplication.sendEvent(area.verticalScrollBar() if event.angleDelta().y() else area.horizontalScrollBar(),
                                   event)
        return True  # handled: the value stays as it is


class InputStyle(QProxyStyle):
    """The app's style (Fusion underneath) with sliders that jump to where they are clicked, instead of
    a page step toward the click (a click at 7 set 6)."""

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:  # noqa: N802,N803 - Qt override
        if hint == QStyle.StyleHint.SH_Slider_AbsoluteSetButtons:
            return Qt.MouseButton.LeftButton.value
        return super().styleHint(hint, option, widget, returnData)


def input_style(base: str = "Fusion") -> InputStyle:
    return InputStyle(QStyleFactory.create(base))


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the application's one WheelGuard (again: the same one)."""
    found = app.findChild(WheelGuard)
    if found is not None:
        return found
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    for widget in app.allWidgets():  # those polished before the guard was there
        _no_wheel_focus(widget)
    return guard
