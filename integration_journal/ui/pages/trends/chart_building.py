"""The pieces trend charts are built from: a styled chart, axes, date ticks that fit, lines, session markers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCharts import QChart, QDateTimeAxis, QLineSeries, QScatterSeries
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPalette, QPen
from PySide6.QtWidgets import QApplication

from integration_journal.core.trends import DateRange, SessionMarker
from integration_journal.ui.pages.trends.chart_panel import ChartPanel
from integration_journal.ui.pages.trends.colours import _SESSION_COLOUR, _scheme
from integration_journal.ui.pages.trends.texts import _tr, session_tooltip
from integration_journal.ui.pages.trends.time_scale import moment_ms, range_ms
from integration_journal.ui.widgets.fonts import scaled_font


def _styled_chart(title: str) -> QChart:
    palette = QApplication.palette()
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleBrush(QBrush(palette.color(QPalette.ColorRole.Text)))
    title_font = scaled_font(QApplication.font(), 1.1, bold=True)
    chart.setTitleFont(title_font)
    chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setLabelColor(palette.color(QPalette.ColorRole.Text))
    legend.setFont(QApplication.font())
    return chart


def _style_axis(axis: Any) -> None:
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.Text)
    axis.setLabelsColor(text)
    axis.setLabelsFont(QApplication.font())
    axis.setTitleBrush(QBrush(text))
    grid = QColor(palette.color(QPalette.ColorRole.Text))
    grid.setAlpha(40)
    axis.setGridLineColor(grid)
    axis.setMinorGridLineColor(grid)
    line = QColor(text)
    line.setAlpha(120)
    axis.setLinePenColor(line)


def _time_axis(date_range: DateRange) -> QDateTimeAxis:
    axis = QDateTimeAxis()
    start, end = range_ms(date_range)
    axis.setRange(QDateTime.fromMSecsSinceEpoch(int(start)), QDateTime.fromMSecsSinceEpoch(int(end)))
    axis.setFormat("d MMM" if date_range.days <= 120 else "MMM yyyy")
    axis.setTickCount(7 if date_range.days > 14 else max(2, date_range.days + 1))
    _style_axis(axis)
    return axis


# QtCharts gives each of N date labels the axis width / N less 4 px of padding on each side, and elides
# a label that does not fit in that (its horizontal axis layout); the label's text box adds 1 px a side.
DATE_LABEL_ROOM = 2 * 4 + 2 * 1 + 2  # and 2 px for rounding


def date_label_width(axis: QDateTimeAxis, locales: Sequence[QLocale]) -> float:
    """The widest date the axis may write (the 28th of each month, in its format) in its labels' font."""
    metrics = QFontMetricsF(axis.labelsFont())
    return max(metrics.horizontalAdvance(locale.toString(QDateTime(QDate(2000, month, 28), QTime(12, 0)),
                                                         axis.format()))
               for locale in locales for month in range(1, 13))


def fitting_tick_count(axis_width: float, label_width: float, wanted: int) -> int:
    """Up to `wanted` ticks (at least two), no more than leave room for each label whole."""
    return max(2, min(wanted, int(axis_width // (label_width + DATE_LABEL_ROOM))))


def fit_date_ticks(chart: QChart, axis: QDateTimeAxis) -> None:
    """Keep the date labels whole at any font size and width: as many ticks as the range asked for, but
    no more than fit the plot's width, counted again whenever the plot changes size."""
    wanted = axis.tickCount()
    # Charts write dates in the C locale unless told to localise; measure both to be sure.
    label_width = date_label_width(axis, (chart.locale(), QLocale.c()))

    def fit(area: QRectF) -> None:
        count = fitting_tick_count(area.width(), label_width, wanted)
        if count != axis.tickCount():
            axis.setTickCount(count)

    chart.plotAreaChanged.connect(fit)
    fit(chart.plotArea())


def _tick_count(span: int) -> int:
    """Ticks on whole numbers: every point up to 10, else every 3 (27 and 21) or every 5."""
    if span <= 10:
        return span + 1
    step = 3 if span % 3 == 0 else 5 if span % 5 == 0 else 1
    return span // step + 1


def _paler(colour: str, amount: float) -> QColor:
    """`colour` mixed with the chart background; opaque, as translucent lines paint at half the speed."""
    base, col = QApplication.palette().color(QPalette.ColorRole.Base), QColor(colour)
    return QColor.fromRgbF(*(c * (1 - amount) + b * amount for c, b in (
        (col.redF(), base.redF()), (col.greenF(), base.greenF()), (col.blueF(), base.blueF()))))


def _line(name: str, colour: str, width: float, points: list[QPointF], paler: float = 0.0) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    pen = QPen(_paler(colour, paler))
    pen.setWidthF(width)
    series.setPen(pen)
    series.replace(points)
    return series


def _attach(chart: QChart, series: Any, *axes: Any) -> None:
    chart.addSeries(series)
    for axis in axes:
        series.attachAxis(axis)


def _hide_from_legend(chart: QChart, series: Any) -> None:
    for marker in chart.legend().markers(series):
        marker.setVisible(False)


def _session_series(panel: ChartPanel, chart: QChart, markers: Sequence[SessionMarker], y: float,
                    x_axis: Any, y_axis: Any) -> QScatterSeries | None:
    if not markers:
        return None
    scheme = _scheme()
    series = QScatterSeries()
    series.setName(_tr("Treatment sessions"))
    series.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
    series.setMarkerSize(13)
    series.setColor(QColor(_SESSION_COLOUR[scheme]))
    series.setBorderColor(QColor(_SESSION_COLOUR[scheme]))
    xs = [moment_ms(m.when) for m in markers]
    series.replace([QPointF(x, y) for x in xs])
    _attach(chart, series, x_axis, y_axis)
    panel.add_tips(series, xs, lambda i: session_tooltip(markers[i]))
    return series
