"""The Qt binding itself: PySide6 6.12.0 dropped a reference to None on every call of a Qt method
returning nothing (setText, keyClick, ...). Before Python 3.12 None is an ordinary object, so a long
session, or a long test run, aborted with "deallocating None". requirements/constraints.txt pins a
release without the fault and pyproject.toml excludes 6.12.0."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_qt_calls_keep_none_alive(qtbot) -> None:
    label, edit = QLabel(), QLineEdit()
    qtbot.addWidget(label)
    qtbot.addWidget(edit)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.setStyleSheet("")
    for _ in range(200):
        qtbot.keyClick(edit, Qt.Key.Key_A)
    assert sys.getrefcount(None) >= before - 50  # a few objects may come and go; 6.12.0 lost 4,200
