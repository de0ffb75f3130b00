"""The appointment summary as a PDF: QTextDocument laid out on the page, a header and page numbers on
every page, the safety flags boxed at the top, QtCharts line charts embedded as images: one per
questionnaire over the severity bands the Trends page shows (the same tints, on white paper), and the
daily check-ins.

Threads: the charts are QGraphicsWidgets, so `chart_images` runs on the UI thread (a few ms each);
`write_pdf` builds its own QTextDocument and paints it on a QPdfWriter, which Qt allows on any thread
that owns them, so the page runs that part in the background (ui/workers.py). bench/summary.py prints
both figures.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping

from PySide6.QtCharts import QAreaSeries, QCategoryAxis, QChart, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QDateTime,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsScene

from integration_journal.core import measures
from integration_journal.core import summary as core_summary
from integration_journal.core.summary import ISO, Formats, MeasureRow, Summary
from integration_journal.ui.pages.trends.colours import _BAND_TINTS
from integration_journal.ui.summary_locale import qt_date_pattern

Progress = Callable[[int, int], None]

DPI = 96  # the document is laid out in screen pixels; text and charts stay sharp (vector / 2x images)
CHART_SIZE = (640, 200)  # CSS pixels; rendered at twice that
QUESTIONNAIRE_CHART_SIZE = (640, 170)  # one per questionnaire, so a little lower
BAND_TINTS = _BAND_TINTS["light"]  # the Trends page's band tints; paper is white whatever the app's theme
CHART_SCALE = 2
HEADER_HEIGHT = 30
FOOTER_HEIGHT = 22
MARGINS_MM = QMarginsF(16, 12, 16, 12)
LETTER_TERRITORIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada}
SAFETY_RED = "#a40000"


def tr(text: str) -> str:
    return QCoreApplication.translate("summary", text)


def paper_size(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """Letter in the United States and Canada, A4 everywhere else."""
    territory = (locale or QLocale()).territory()
    return QPageSize.PageSizeId.Letter if territory in LETTER_TERRITORIES else QPageSize.PageSizeId.A4


# --- charts (UI thread) ------------------------------------------------------------------------------------

def _msecs(day: dt.date) -> float:
    return float(QDateTime(day.year, day.month, day.day, 12, 0, 0).toMSecsSinceEpoch())


def _render(chart: QChart, size: tuple[int, int] = CHART_SIZE) -> QImage:
    width, height = size
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(width, height)
    image = QImage(width * CHART_SCALE, height * CHART_SCALE, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(1)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image


def _axes(chart: QChart, y_max: float, date_from: dt.date, date_to: dt.date,
          formats: Formats) -> tuple[QDateTimeAxis, QValueAxis]:
    x_axis = QDateTimeAxis()
    x_axis.setFormat(qt_date_pattern(formats))  # the document's dates: "dd/MM/yyyy", "yyyy-MM-dd"
    x_axis.setTickCount(5)
    x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(date_from))),
                    QDateTime.fromMSecsSinceEpoch(int(_msecs(date_to))))
    y_axis = QValueAxis()
    y_axis.setRange(0, y_max)
    y_axis.setLabelFormat("%d")
    y_axis.setTickCount(4 if y_max % 3 == 0 else 6)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    return x_axis, y_axis


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)  # paper is white whatever the app's theme
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    chart.setMargins(chart.margins() * 0)
    return chart


def _add_line(chart: QChart, name: str, points, x_axis: QDateTimeAxis, y_axis: QValueAxis) -> QLineSeries:
    line = QLineSeries()
    line.setName(name)
    line.setPointsVisible(True)
    for day, value in points:
        line.append(QPointF(_msecs(day), float(value)))
    chart.addSeries(line)
    line.attachAxis(x_axis)
    line.attachAxis(y_axis)
    return line


def _line_chart(title: str, series: list[tuple[str, list[tuple[dt.date, float]]]], y_max: float,
                date_from: dt.date, date_to: dt.date, formats: Formats) -> QImage:
    chart = _new_chart(title)
    x_axis, y_axis = _axes(chart, y_max, date_from, date_to, formats)
    for name, points in series:
        _add_line(chart, name, points, x_axis, y_axis)
    return _render(chart)


def questionnaire_chart(row: MeasureRow, date_from: dt.date, date_to: dt.date, formats: Formats = ISO) -> QChart:
    """One questionnaire's totals in the period over its severity bands, drawn as the Trends page draws them:
    a tinted area per band, named on a second axis at the right (docs/clinical.md §3). The PHQ-2, GAD-2 and PEG
    have no validated bands, so their charts have none."""
    measure = measures.get_measure(row.instrument)
    # The PEG is a mean (docs/clinical.md §3.6): its table and its chart call it a score, not a total.
    name = (tr("{title} score") if row.method == "mean" else tr("{title} total")).format(title=row.title)
    chart = _new_chart(name)
    low, high = float(measure.range[0]), float(measure.range[1])
    x_axis, y_axis = _axes(chart, high, date_from, date_to, formats)
    if measure.bands:
        band_axis = QCategoryAxis()
        band_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        band_axis.setRange(low, high)
        band_axis.setGridLineVisible(False)
        x0, x1 = _msecs(date_from) - 12 * 3600 * 1000, _msecs(date_to) + 12 * 3600 * 1000
        for index, band in enumerate(measure.bands):
            bottom, top = max(low, band.min - 0.5), min(high, band.max + 0.5)
            upper, lower = QLineSeries(), QLineSeries()
            upper.replace([QPointF(x0, top), QPointF(x1, top)])
            lower.replace([QPointF(x0, bottom), QPointF(x1, bottom)])
            area = QAreaSeries(upper, lower)
            upper.setParent(area)  # the area does not own its edges; Python would free them otherwise
            lower.setParent(area)
            label = QCoreApplication.translate("measures", band.label)
            area.setName(label)
            area.setBrush(QBrush(QColor(BAND_TINTS[min(index, len(BAND_TINTS) - 1)])))
            area.setPen(QPen(Qt.PenStyle.NoPen))
            chart.addSeries(area)
            area.attachAxis(x_axis)
            area.attachAxis(y_axis)
            for marker in chart.legend().markers(area):
                marker.setVisible(False)
            band_axis.append(label, top)
        chart.addAxis(band_axis, Qt.AlignmentFlag.AlignRight)
    _add_line(chart, name, row.points, x_axis, y_axis)
    chart.legend().setVisible(False)  # one line, named in the title
    return chart


def chart_images(summary: Summary, formats: Formats = ISO) -> dict[str, QImage]:
    """"measures:<instrument>" (each questionnaire's totals in the range, over its bands) and "trends" (daily
    mood, anxiety, pain), each only when there is something to draw, dates in `formats`. Call on the UI thread."""
    o = summary.options
    images: dict[str, QImage] = {}
    # Totals within the range only (the baseline is in the table): a baseline from long ago would
    # squeeze the period itself into a corner of the chart.
    for row in summary.measures:
        if row.points:
            images[f"measures:{row.instrument}"] = _render(questionnaire_chart(row, o.date_from, o.date_to, formats),
                                                           QUESTIONNAIRE_CHART_SIZE)
    trend_series = [(tr(t.label.split(" (")[0]), list(t.points)) for t in summary.trends
                    if t.item in ("mood", "anxiety", "pain")]
    if trend_series:
        images["trends"] = _line_chart(tr("Daily check-ins (0–10)"), trend_series, 10, o.date_from, o.date_to,
                                       formats)
    return images


# --- the document (any thread) -------------------------------------------------------------------------------

def document_html(summary: Summary, charts: Mapping[str, QImage], formats: Formats = ISO) -> str:
    """The sanitised sections (dates and decimals in `formats`), with our own frame round the safety flags and
    the chart images."""
    parts = []
    width = CHART_SIZE[0]
    for name, html in core_summary.section_html(summary, tr, formats):
        if name == "safety":
            html = (f'<table width="100%" border="2" cellspacing="0" cellpadding="6" '
                    f'style="border-color: {SAFETY_RED}; border-style: solid;"><tr><td>{html}</td></tr></table>')
        parts.append(html)
        parts += [f'<p><img src="chart:{key}" width="{width}"></p>' for key in charts
                  if key == name or key.startswith(f"{name}:")]
    # Tables get their grid from attributes: QTextDocument ignores most CSS borders.
    return "\n".join(parts).replace(
        "<table>", '<table border="1" cellspacing="0" cellpadding="3" '
                   'style="border-style: solid; border-color: #8a8a8a;">')


STYLE = """
h1 { font-size: 15pt; margin-bottom: 4px; }
h2 { font-size: 12pt; margin-top: 12px; margin-bottom: 4px; }
h3 { font-size: 10.5pt; margin-top: 8px; margin-bottom: 2px; }
table { border-collapse: collapse; }
th { background-color: #ececec; font-weight: bold; }
th, td { padding: 2px 4px; font-size: 8.5pt; }
"""


def summary_document(summary: Summary, charts: Mapping[str, QImage], page_width: float,
                     formats: Formats = ISO) -> QTextDocument:
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    # Break lines between words only: the default also breaks inside them ("2025-02-2 / 0") when a
    # table column is narrow.
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet(STYLE)
    for name, image in charts.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    document.setHtml(document_html(summary, charts, formats))
    document.setTextWidth(page_width)
    return document


def _header_text(summary: Summary, formats: Formats) -> str:
    o = summary.options
    return f"{tr(core_summary.HEADER_TITLE)} · {formats.date(o.date_from)} – {formats.date(o.date_to)}"


def _line_spans(document: QTextDocument) -> list[tuple[float, float]]:
    """(top, bottom) of every laid-out line outside tables, in document coordinates."""
    layout = document.documentLayout()
    spans = []
    block = document.begin()
    while block.isValid():
        if QTextCursor(block).currentTable() is None:
            top = layout.blockBoundingRect(block).y()
            lines = block.layout()
            for index in range(lines.lineCount()):
                line = lines.lineAt(index)
                spans.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    return spans


def page_ends(document: QTextDocument, height: float, count: int) -> list[float]:
    """Where to stop drawing each page: its bottom, or higher where QTextDocument's pagination left a
    line across the boundary (a heading right after a table): that line is drawn on the next page only."""
    spans = _line_spans(document)
    ends = []
    for index in range(count):
        start, end = index * height, (index + 1) * height
        crossing = [top for top, bottom in spans if start < top < end < bottom]
        ends.append(min(crossing, default=end))
    return ends


class _Pages:
    """The document cut into pages of one size, each with the header and a "Page n of m" line."""

    def __init__(self, summary: Summary, charts: Mapping[str, QImage], size: QSizeF, formats: Formats) -> None:
        self.summary = summary
        self.size = size
        self.formats = formats
        body = QSizeF(size.width(), size.height() - HEADER_HEIGHT - FOOTER_HEIGHT)
        self.document = summary_document(summary, charts, size.width(), formats)
        self.document.setPageSize(body)
        self.body = body
        self.count = self.document.pageCount()
        self.ends = page_ends(self.document, body.height(), self.count)

    def paint(self, painter: QPainter, index: int) -> None:
        width, body_height = self.size.width(), self.body.height()
        small = QFont(self.document.defaultFont())
        small.setPointSizeF(8)
        painter.save()
        painter.setFont(small)
        painter.setPen(QColor("#444444"))
        header = QRectF(0, 0, width, HEADER_HEIGHT - 8)
        painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         _header_text(self.summary, self.formats))
        painter.drawText(header, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         tr("Page {page} of {count}").format(page=index + 1, count=self.count))
        painter.drawLine(QPointF(0, HEADER_HEIGHT - 6), QPointF(width, HEADER_HEIGHT - 6))
        footer = QRectF(0, HEADER_HEIGHT + body_height + 4, width, FOOTER_HEIGHT - 4)
        painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         tr(core_summary.NOT_A_RECORD))
        painter.restore()
        painter.save()
        painter.translate(0, HEADER_HEIGHT - index * body_height)
        page = QRectF(0, index * body_height, width, self.ends[index] - index * body_height)
        painter.setClipRect(page)  # drawContents only picks blocks by the rectangle; it does not clip
        self.document.drawContents(painter, page)
        painter.restore()


def _layout(page_size: QPageSize.PageSizeId) -> QPageLayout:
    return QPageLayout(QPageSize(page_size), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


def write_pdf(summary: Summary, charts: Mapping[str, QImage], *, page_size: QPageSize.PageSizeId | None = None,
              progress: Progress | None = None, formats: Formats = ISO) -> bytes:
    """The PDF's bytes (nothing touches the disk here), dates and decimals in `formats` (work them out on the
    UI thread: ui/summary_locale.py). `progress(done, total)` after each page."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageLayout(_layout(page_size if page_size is not None else paper_size()))
    writer.setTitle(tr(core_summary.HEADER_TITLE))
    writer.setCreator("Integration Journal")
    rect = writer.pageLayout().paintRectPixels(DPI)
    pages = _Pages(summary, charts, QSizeF(rect.width(), rect.height()), formats)
    painter = QPainter(writer)
    try:
        for index in range(pages.count):
            if index:
                writer.newPage()
            pages.paint(painter, index)
            if progress is not None:
                progress(index + 1, pages.count)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data())


def page_images(summary: Summary, charts: Mapping[str, QImage], *,
                page_size: QPageSize.PageSizeId = QPageSize.PageSizeId.A4, formats: Formats = ISO) -> list[QImage]:
    """Each page as the PDF paints it, on white (for looking at the result and for tests)."""
    layout = _layout(page_size)
    full = layout.fullRectPixels(DPI)
    rect = layout.paintRectPixels(DPI)
    pages = _Pages(summary, charts, QSizeF(rect.width(), rect.height()), formats)
    images = []
    for index in range(pages.count):
        image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.translate(rect.x(), rect.y())
        pages.paint(painter, index)
        painter.end()
        images.append(image)
    return images


def page_count(pdf: bytes) -> int:
    """Pages in a PDF we wrote (Qt's writer lists each page object once, uncompressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
