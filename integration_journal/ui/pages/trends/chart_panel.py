"""One Trends tab: a chart and its table in a stack, words about it, and its points' tooltips."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QXYSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStackedWidget, QTableView, QToolTip, QVBoxLayout, QWidget

from integration_journal.ui.pages.trends.table_model import TrendTableModel
from integration_journal.ui.pages.trends.texts import _tr


class ChartPanel(QWidget):
    """A chart view and a table of the same data in a stack, a summary under them, an empty-state text."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAccessibleName(_tr("Chart: {name}").format(name=name))
        # Tall enough for the axis labels at large font sizes (the page scrolls when the window is not).
        self.view.setMinimumHeight(max(260, self.view.fontMetrics().lineSpacing() * 14))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.model = TrendTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Table: {name}").format(name=name))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setResizeContentsPrecision(60)  # sizes from some rows, not 730
        self.table.horizontalHeader().setStretchLastSection(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAccessibleName(_tr("Nothing to show"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.summary.setAccessibleName(_tr("About this chart"))
        self.top = QVBoxLayout()  # controls of the panel's own (the check-in values to show)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.summary)
        self.built = False
        # Per series: x values (sorted) and how to word the tooltip of the point at an index (on hover
        # only: wording thousands of points up front would slow the first show).
        self.tips: dict[QXYSeries, tuple[list[float], Callable[[int], str]]] = {}
        self._table: tuple[Sequence[str], Callable[[], Sequence[tuple[Any, ...]]]] = ((), tuple)

    def chart(self) -> QChart:
        return self.view.chart()

    def set_chart(self, chart: QChart) -> None:
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.empty_label.show()
        self.stack.hide()

    def set_table(self, headers: Sequence[str], rows: Callable[[], Sequence[tuple[Any, ...]]]) -> None:
        """The table's columns, and how to make its rows: only done when the table is shown."""
        self._table = (headers, rows)
        self.model.clear()

    def show_data(self, as_table: bool) -> None:
        self.empty_label.hide()
        self.stack.show()
        if as_table and self.model.columnCount() == 0 and self._table[0]:
            headers, rows = self._table
            self.model.set_table(headers, rows())
            self.table.resizeColumnsToContents()
        self.stack.setCurrentWidget(self.table if as_table else self.view)

    def add_tips(self, series: QXYSeries, xs: list[float], text: Callable[[int], str]) -> None:
        self.tips[series] = (xs, text)
        series.hovered.connect(lambda point, state, s=series: self._hovered(s, point, state))

    def tip_at(self, series: QXYSeries, x: float) -> str | None:
        """The tooltip of the point of `series` nearest to `x` (what hovering shows)."""
        found = self.tips.get(series)
        if not found or not found[0]:
            return None
        xs, text = found
        at = bisect.bisect_left(xs, x)
        candidates = [i for i in (at - 1, at) if 0 <= i < len(xs)]
        nearest = min(candidates, key=lambda i: abs(xs[i] - x))
        return text(nearest)

    def _hovered(self, series: QXYSeries, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        text = self.tip_at(series, point.x())
        if text:
            QToolTip.showText(QCursor.pos(), text, self.view)
