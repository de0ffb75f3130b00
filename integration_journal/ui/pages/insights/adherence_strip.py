"""The row of day squares that shows how a commitment went over the last four weeks."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from integration_journal.core.adherence import DEFAULT_DAYS, DayMark


class AdherenceStrip(QWidget):
    """A row of small squares, one per day of the last four weeks: filled when done, outlined when
    not, faint before the commitment started; today is marked. Drawn from the palette, so it follows
    the theme, and sized from the font, so it grows with the font scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: tuple[DayMark, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("The last four weeks, day by day"))
        self.setToolTip(self.tr("One square per day, today last. Filled: checked off. Faint: before this "
                                "commitment started."))

    def set_marks(self, marks: tuple[DayMark, ...]) -> None:
        self._marks = tuple(marks)
        done = sum(1 for m in self._marks if m.done)
        self.setAccessibleDescription(self.tr("Done on {done} of the last {days} days.").format(
            done=done, days=len(self._marks)))
        self.updateGeometry()
        self.update()

    @property
    def marks(self) -> tuple[DayMark, ...]:
        return self._marks

    def _cell(self, width: float | None = None) -> tuple[float, float]:
        """Square size and gap: from the font, shrunk to fit `width` when that is narrower."""
        size = max(6.0, self.fontMetrics().height() * 0.7)
        if width is not None:
            count = max(len(self._marks), DEFAULT_DAYS)
            weeks = (count + 6) // 7
            units = count + (count - 1) * 0.35 + (weeks - 1) * 0.7  # cells, gaps, week gaps
            size = max(3.0, min(size, (width - 4) / units))
        return size, size * 0.35

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        size, gap = self._cell()
        count = max(len(self._marks), DEFAULT_DAYS)
        weeks = (count + 6) // 7
        width = count * size + (count - 1) * gap + (weeks - 1) * gap * 2
        return QSize(round(width) + 4, round(size) + 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.sizeHint()
        return QSize(min(hint.width(), DEFAULT_DAYS * 5), hint.height())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self._marks:
            return
        size, gap = self._cell(self.width())
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        done_colour = palette.color(QPalette.ColorRole.Highlight)
        line = palette.color(QPalette.ColorRole.WindowText)
        faint = QColor(line)
        faint.setAlphaF(0.25)
        open_line = QColor(line)
        open_line.setAlphaF(0.6)
        x = 1.0
        count = len(self._marks)
        for index, mark in enumerate(self._marks):
            # A wider gap between weeks counted back from today, so the row reads as four weeks.
            if index and (count - index) % 7 == 0:
                x += gap * 2
            rect = QRectF(x, 3, size, size)
            if mark.done:
                painter.setPen(QPen(done_colour, 1))
                painter.setBrush(done_colour)
            else:
                painter.setPen(QPen(open_line if mark.counted else faint, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
            if index == count - 1:  # today
                painter.setPen(QPen(line, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3)
            x += size + gap
        painter.end()
