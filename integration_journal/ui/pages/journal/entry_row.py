"""One entry as a row of the Journal list: its title across the first line; its date, the first line of
its text, its tags, flags and a marker for a therapist's comments on the second. Everything is drawn as plain
text with QPainter (a title or a body is never parsed as rich text); search matches in the title are marked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from integration_journal.ui.journal_models import (
    COMMENTS_ROLE,
    RECORD_ROLE,
    SPANS_ROLE,
    first_line,
    flag_labels,
)
from integration_journal.ui.markdown_view import draw_item_without_text, mark_format, utf16_offsets

PAD_EMS = 0.45  # space left and right of the text, in widths of "M"
GAP_EMS = 1.0  # between the date, the text and the tags
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
        opt, title, _style = draw_item_without_text(self, painter, option, index)

        base = QFont(option.font)
        metrics = QFontMetrics(base)
        gap = round(GAP_EMS * metrics.horizontalAdvance("M"))
        first, second = self.line_rects(opt.rect, base)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        text_colour = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                        else QPalette.ColorRole.Text)
        quiet_colour = text_colour if selected else opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        single = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine

        painter.save()
        painter.setClipRect(opt.rect)
        # first line: the title, the whole width (italic for an untitled entry: the model's FontRole)
        title_font = QFont(opt.font)
        title_font.setBold(bool(entry.title))
        self._draw_title(painter, title, index.data(SPANS_ROLE) or [], title_font, opt.palette, text_colour, first)

        # second line: the date, then the first line of the text; tags, flags and comments on the right
        painter.setFont(base)
        date = index.siblingAtColumn(0).data(Qt.ItemDataRole.DisplayRole) or ""
        date_width = metrics.horizontalAdvance(date)
        painter.setPen(quiet_colour)
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | single, date)
        rest = second.adjusted(date_width + gap, 0, 0, 0)
        meta = meta_text(entry, int(index.data(COMMENTS_ROLE) or 0))
        meta_room = min(metrics.horizontalAdvance(meta), round(rest.width() * META_SHARE)) if meta else 0
        if meta_room < metrics.averageCharWidth() * 5:  # a few letters and "…" say nothing: leave it out
            meta, meta_room = "", 0
        if meta:
            painter.setPen(text_colour)
            painter.drawText(rest, Qt.AlignmentFlag.AlignRight | single,
                             metrics.elidedText(meta, Qt.TextElideMode.ElideRight, meta_room))
        body = first_line(entry.body) if entry.title else ""  # an untitled entry's title is its first words
        body_room = rest.width() - meta_room - (gap if meta else 0)
        if body and body_room > metrics.horizontalAdvance("M…"):
            painter.setPen(quiet_colour)
            painter.drawText(QRect(rest.left(), rest.top(), body_room, rest.height()),
                             Qt.AlignmentFlag.AlignLeft | single,
                             metrics.elidedText(body, Qt.TextElideMode.ElideRight, body_room))
        painter.restore()

    @staticmethod
    def line_rects(rect: QRect, font: QFont) -> tuple[QRect, QRect]:
        """Where a row's two lines go inside `rect`: the title's, and the date's with the rest."""
        metrics = QFontMetrics(font)
        pad = round(PAD_EMS * metrics.horizontalAdvance("M"))
        inner = rect.adjusted(pad, 0, -pad, 0)
        line = metrics.lineSpacing()
        top = inner.top() + (inner.height() - 2 * line) // 2
        return QRect(inner.left(), top, inner.width(), line), QRect(inner.left(), top + line, inner.width(), line)

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
