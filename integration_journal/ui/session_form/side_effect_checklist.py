"""The session form's side-effect checklist: each effect of the route with a severity and a duration."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from integration_journal.core import side_effects
from integration_journal.core.records import EffectDuration, Route, SideEffectReport
from integration_journal.ui.session_models import (
    WINDOW_ORDER,
    duration_label,
    effect_label,
    severity_label,
    severity_short,
    window_label,
)
from integration_journal.ui.widgets.labels import wrapping_label


class _EffectRow:
    def __init__(self, effect: side_effects.SideEffect, label: QLabel, severity: QComboBox,
                 duration: QComboBox) -> None:
        self.effect = effect
        self.label = label
        self.severity = severity
        self.duration = duration

    def set_visible(self, visible: bool) -> None:
        for widget in (self.label, self.severity, self.duration):
            widget.setVisible(visible)


class SideEffectChecklist(QWidget):
    """The catalogue of docs/clinical.md §4.2 for one route, grouped by when effects show up; each row a
    severity (0-3) and, once above none, an optional duration. Values survive a change of route, but
    only the effects of the current route are reported."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._route: Route = Route.IV
        self._rows: dict[str, _EffectRow] = {}
        self._groups: dict[side_effects.Window, QGroupBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        legend = wrapping_label(self.tr("How strong was it? {scale}").format(scale=" · ".join(
            severity_label(n) for n in range(1, side_effects.SEVERITY_MAX + 1))), secondary=True)
        legend.setAccessibleName(self.tr("Severity scale"))
        layout.addWidget(legend)
        by_window: dict[side_effects.Window, list[side_effects.SideEffect]] = {}
        for effect in side_effects.CATALOGUE.values():
            by_window.setdefault(effect.window, []).append(effect)
        for window in WINDOW_ORDER:
            effects = by_window.get(window, [])
            if not effects:
                continue
            box = QGroupBox(window_label(window))
            box.setAccessibleName(window_label(window))
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 1)
            for row, effect in enumerate(effects):
                self._rows[effect.id] = self._make_row(effect, grid, row)
            self._groups[window] = box
            layout.addWidget(box)
        self.set_route(Route.IV)

    def _make_row(self, effect: side_effects.SideEffect, grid: QGridLayout, row: int) -> _EffectRow:
        name = effect_label(effect.id)
        # Rich text, but no "&#x27;" for an apostrophe: a label with a buddy reads any "&" as its Alt+letter.
        text = html.escape(name, quote=False)
        if effect.expected:
            text += "<br><small>" + html.escape(self.tr("Often part of the experience"), quote=False) + "</small>"
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        severity = QComboBox()
        for value in range(side_effects.SEVERITY_MIN, side_effects.SEVERITY_MAX + 1):
            severity.addItem(severity_short(value), value)
            severity.setItemData(value, severity_label(value), Qt.ItemDataRole.ToolTipRole)
        severity.setAccessibleName(self.tr("{effect}: how strong").format(effect=name))
        severity.setObjectName(f"severity_{effect.id}")
        severity.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(severity)
        duration = QComboBox()
        duration.addItem(self.tr("How long? (optional)"), None)
        for value in EffectDuration:
            duration.addItem(duration_label(value), value.value)
        duration.setAccessibleName(self.tr("{effect}: how long").format(effect=name))
        duration.setObjectName(f"duration_{effect.id}")
        duration.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        duration.setEnabled(False)
        grid.addWidget(label, row, 0)
        grid.addWidget(severity, row, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(duration, row, 2, Qt.AlignmentFlag.AlignTop)
        entry = _EffectRow(effect, label, severity, duration)
        severity.currentIndexChanged.connect(lambda _index, e=entry: self._severity_changed(e))
        duration.currentIndexChanged.connect(lambda _index: self.changed.emit())
        return entry

    def _severity_changed(self, row: _EffectRow) -> None:
        row.duration.setEnabled(row.severity.currentData() > 0)
        self.changed.emit()

    @property
    def route(self) -> Route:
        return self._route

    def set_route(self, route: Route | str) -> None:
        self._route = Route(route)
        offered = {e.id for e in side_effects.effects_for_route(self._route)}
        for effect_id, row in self._rows.items():
            row.set_visible(effect_id in offered)
        route_box = self._groups.get(side_effects.Window.ROUTE)
        if route_box is not None:
            route_box.setVisible(any(self._rows[i].effect.window is side_effects.Window.ROUTE for i in offered))
        self.changed.emit()

    def offered_ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in side_effects.effects_for_route(self._route))

    def severity_box(self, effect_id: str) -> QComboBox:
        return self._rows[effect_id].severity

    def duration_box(self, effect_id: str) -> QComboBox:
        return self._rows[effect_id].duration

    def label_for(self, effect_id: str) -> QLabel:
        return self._rows[effect_id].label

    def reports(self) -> tuple[SideEffectReport, ...]:
        """Effects of the current route logged above none, in catalogue order."""
        found = []
        for effect_id in self.offered_ids():
            row = self._rows[effect_id]
            severity = row.severity.currentData()
            if severity > 0:
                duration = row.duration.currentData()
                found.append(SideEffectReport(effect_id, severity, EffectDuration(duration) if duration else None))
        return tuple(found)

    def set_reports(self, reports: Iterable[SideEffectReport]) -> None:
        values = {r.effect: (r.severity, r.duration.value if r.duration else None) for r in reports}
        self.load_values(values)

    def values(self) -> dict[str, list[Any]]:
        """Every row set away from its default, whether or not the current route offers it."""
        found: dict[str, list[Any]] = {}
        for effect_id, row in self._rows.items():
            severity, duration = row.severity.currentData(), row.duration.currentData()
            if severity or duration:
                found[effect_id] = [severity, duration]
        return found

    def load_values(self, values: Mapping[str, Any]) -> None:
        self.blockSignals(True)
        try:
            for effect_id, row in self._rows.items():
                severity, duration = values.get(effect_id, (0, None))
                severity = severity if isinstance(severity, int) and 0 <= severity <= 3 else 0
                row.severity.setCurrentIndex(row.severity.findData(severity))
                index = row.duration.findData(duration) if duration else 0
                row.duration.setCurrentIndex(max(index, 0))
                row.duration.setEnabled(severity > 0)
        finally:
            self.blockSignals(False)
        self.changed.emit()
