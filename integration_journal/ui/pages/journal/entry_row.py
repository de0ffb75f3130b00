"""One entry as a row of the Journal list: its title and date on the first line; the first line of its
text, its tags, flags and a marker for a therapist's comments on the second. Everything is drawn as plain
text with QPainter (a title or a body is never parsed as rich text); search matches in the title are marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from integration_journal.ui.journal_models import (
    COMMENTS_ROLE,
    RECORD_ROLE,
    SPANS_ROLE,
    first_line,
    flag_labels,
)
from integration_journal.ui.markdown_view import mark_format, utf16_offsets

PAD_EMS = 0.45  # space left and right of the text, in widths of "M"
GAP_EMS = 1.0  # between the title and the date, or the text and the tags
META_SHARE = 0.55  # the most of a row's second line the tags, flags and comment marker may take


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("EntryRow", text, disambiguation, n)


def row_height(metrics: QFontMetrics) -> int:
    """Two lines of text and some air: the list's fixed row height at the current text size."""
    return 2 * metrics.lineSpacing() + max(6, metrics.height() // 2)


def meta_text(entry, comments: int) -> str:
    """The second line's right-hand part: tags, flags and how many comments, e.g. "sleep · Share · 2 comments"."""
    parts = []
    if entry.tags:
        parts.append(", ".join(entry.tags))
    parts.extend(flag_labels(entry))
    if comments:
        parts.append(_tr("%n comment(s)", "", comments))
    return " · ".join(parts)


class EntryRowDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 - Qt override
        metrics = QFontMetrics(option.font)
        return QSize(metrics.averageCharWidth() * 24, row_height(metrics))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        entry = index.data(RECORD_ROLE)
        if entry is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        base = QFont(option.font)
        metrics = QFontMetrics(base)
        em = metrics.horizontalAdvance("M")
        pad, gap = round(PAD_EMS * em), round(GAP_EMS * em)
        inner = opt.rect.adjusted(pad, 0, -pad, 0)
        line = metrics.lineSpacing()
        top = inner.top() + (inner.height() - 2 * line) // 2

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        text_colour = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                        else QPalette.ColorRole.Text)
        quiet_colour = text_colour if selected else opt.palette.color(group, QPalette.ColorRole.PlaceholderText)

        painter.save()
        painter.setClipRect(opt.rect)
        # first line: the date on the right, the title in the rest
        date = index.siblingAtColumn(0).data(Qt.ItemDataRole.DisplayRole) or ""
        date_width = metrics.horizontalAdvance(date)
        painter.setFont(base)
        painter.setPen(quiet_colour)
        first = QRect(inner.left(), top, inner.width(), line)
        painter.drawText(first, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                         date)
        title_font = QFont(opt.font)  # italic for an untitled entry (the model's FontRole)
        title_font.setBold(bool(entry.title))
        title_room = max(1, inner.width() - date_width - gap)
        self._draw_title(painter, title, index.data(SPANS_ROLE) or [], title_font, opt.palette, text_colour,
                         QRect(inner.left(), top, title_room, line))

        # second line: the first line of the text on the left, tags, flags and comments on the right
        meta = meta_text(entry, int(index.data(COMMENTS_ROLE) or 0))
        second = QRect(inner.left(), top + line, inner.width(), line)
        meta_room = min(metrics.horizontalAdvance(meta), round(inner.width() * META_SHARE)) if meta else 0
        if meta:
            painter.setPen(text_colour)
            painter.drawText(second, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextSingleLine,
                             metrics.elidedText(meta, Qt.TextElideMode.ElideRight, meta_room))
        body = first_line(entry.body) if entry.title else ""  # an untitled entry's title is its first words
        if body:
            body_room = max(0, inner.width() - meta_room - (gap if meta else 0))
            painter.setPen(quiet_colour)
            painter.drawText(QRect(second.left(), second.top(), body_room, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                             metrics.elidedText(body, Qt.TextElideMode.ElideRight, body_room))
        painter.restore()

    @staticmethod
    def _draw_title(painter: QPainter, text: str, spans, font: QFont, palette: QPalette, colour,
                    rect: QRect) -> None:
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        cut = len(shown) - 1 if shown != text else len(text)  # the characters of `text` still shown
        offsets = utf16_offsets(shown)
        ranges = []
        for start, end in spans:
            start, end = min(start, cut), min(end, cut)
            if end <= start:
                continue
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, end - start, mark_format(palette)
            ranges.append(span)
        layout = QTextLayout(shown, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(option)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(max(rect.width(), 1))
        layout.endLayout()
        painter.setPen(colour)
        y = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), y), [], QRectF(rect))
