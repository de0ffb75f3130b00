"""Small widgets the daily check-in shares wherever it appears (Today, Check-ins)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QSizePolicy


def sleep_hours_box() -> QDoubleSpinBox:
    """Hours of sleep, 0-24 in half hours; its lowest value reads "Not given" and stands for no answer."""
    box = QDoubleSpinBox()
    box.setRange(-0.5, 24.0)
    box.setSingleStep(0.5)
    box.setDecimals(1)
    not_given = QCoreApplication.translate("checkin", "Not given")
    box.setSpecialValueText(not_given)
    box.setSuffix(QCoreApplication.translate("checkin", " h"))
    box.setAccessibleName(QCoreApplication.translate("checkin", "Hours of sleep last night"))
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance(f"  {not_given}  ") + 40)
    box.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return box
