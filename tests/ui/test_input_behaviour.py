"""Inputs answer the mouse as a person expects (ui.input_behaviour, installed as the app does): the
wheel over a value it is not editing scrolls the page and changes nothing; a click on a slider puts it
where the click was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)

from integration_journal.ui.input_behaviour import install_wheel_guard
from integration_journal.ui.pages.sessions import SessionsPage
from integration_journal.ui.theme import Appearance, theme_manager
from integration_journal.ui.widgets.scale_slider import ScaleSlider
from tests.helpers.clocks import FrozenClock
from tests.helpers.session_form import more_details
from tests.helpers.workspaces import new_workspace, page_context, show_page


def wheel(widget: QWidget, steps: int = -3) -> None:
    """A turn of the mouse wheel over the middle of `widget`, delivered as the window system does."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def values(page: QWidget) -> dict[int, object]:
    found = {}
    for index, widget in enumerate(page.findChildren(QWidget)):
        if isinstance(widget, QComboBox):
            found[index] = widget.currentIndex()
        elif isinstance(widget, QAbstractSpinBox):
            found[index] = widget.text()
        elif isinstance(widget, QAbstractSlider) and not isinstance(widget, QScrollBar):
            found[index] = widget.value()
    return found


def test_the_wheel_over_every_input_of_the_session_form_changes_nothing_and_scrolls(qtbot, qapp, data_dir, dialogs) -> None:
    install_wheel_guard(qapp)
    ws = new_workspace(data_dir, clock=FrozenClock())
    try:
        page = show_page(qtbot, SessionsPage(page_context(ws, dialogs)), 1000, 680)
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        form = page.form
        more_details(qtbot, form)  # every input in view
        form.save_button.setFocus()  # the keyboard is elsewhere, as while reading down the form
        before = values(page)
        inputs = [w for w in page.findChildren(QWidget)
                  if isinstance(w, QComboBox | QAbstractSpinBox) or
                  (isinstance(w, QAbstractSlider) and not isinstance(w, QScrollBar))]
        assert len(inputs) >= 10 and form.antiemetic_combo in inputs
        bar = form.scroll.verticalScrollBar()
        assert bar.maximum() > 0  # the form is longer than the window: the wheel has somewhere to go
        for widget in inputs:
            if widget.isVisible():
                wheel(widget)
        assert values(page) == before
        assert bar.value() > 0  # the page scrolled instead
        # A real wheel (spontaneous) first gives focus to a WheelFocus widget, then filters see it: no
        # input may take focus from the wheel, or the guard would think the person was editing it.
        assert [type(w).__name__ for w in inputs if w.focusPolicy() == Qt.FocusPolicy.WheelFocus] == []
        form.antiemetic_combo.setFocus()  # a person editing the value: the wheel is theirs
        index = form.antiemetic_combo.currentIndex()
        wheel(form.antiemetic_combo, -1)
        assert form.antiemetic_combo.currentIndex() == index + 1
    finally:
        ws.close()


def test_a_click_on_a_slider_puts_it_where_the_click_was(qtbot, qapp) -> None:
    theme_manager(qapp).apply(Appearance())  # the app's style, as the app sets it at start
    scale = ScaleSlider("Mood", "0 lowest", "10 best")
    qtbot.addWidget(scale)
    scale.resize(400, 80)
    scale.show()
    qtbot.waitExposed(scale)
    slider = scale.slider
    style, option = slider.style(), _option(slider)
    groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, slider)
    handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, slider)
    span = groove.width() - handle.width()
    x = groove.left() + handle.width() // 2 + QStyle.sliderPositionFromValue(0, 10, 7, span)
    qtbot.mouseClick(slider, Qt.MouseButton.LeftButton, pos=QPoint(x, handle.center().y()))
    assert scale.value() == 7  # Qt's default moved one page step toward the click: 6


def _option(slider) -> QStyleOptionSlider:
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    return option


@pytest.mark.parametrize("role", ["patient", "therapist"])
def test_the_wheel_changes_no_value_on_any_page(qtbot, qapp, data_dir, dialogs, role) -> None:
    from integration_journal.ui.main_window import MainWindow

    install_wheel_guard(qapp)
    ws = new_workspace(data_dir, clock=FrozenClock(), role=role)
    try:
        window = MainWindow(ws, dialogs, idle_clock=lambda: 0.0)
        qtbot.addWidget(window)
        window.resize(1000, 680)
        window.show()
        qtbot.waitExposed(window)
        for index in range(len(window.page_types)):
            window.show_page(index)
            page = window.current_page()
            QApplication.processEvents()
            window.setFocus()  # the keyboard is not on any input of the page
            before = values(page)
            for widget in page.findChildren(QWidget):
                if widget.isVisible() and (isinstance(widget, QComboBox | QAbstractSpinBox) or
                                           (isinstance(widget, QAbstractSlider) and not isinstance(widget, QScrollBar))):
                    wheel(widget)
            assert values(page) == before, type(page).__name__
    finally:
        ws.close()

