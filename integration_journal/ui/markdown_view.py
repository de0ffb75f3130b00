"""Showing sanitised Markdown and search matches: a preview that never loads anything, and a list
delegate that marks matched words."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRectF, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTextEdit,
    QToolTip,
    QWidget,
)

from integration_journal.core.search import highlight_spans
from integration_journal.ui.journal_models import SPANS_ROLE


class _Bridge(QObject):
    """Carries a finished render back to the UI thread (it lives as long as the application)."""

    done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._run)

    @Slot(object)
    def _run(self, deliver: Callable[[], None]) -> None:
        deliver()


_bridge: _Bridge | None = None
_setup_lock = threading.Lock()


class BackgroundLane:
    """One long-lived worker thread for one kind of work (preview rendering, search), whose results
    come back on the UI thread through an application-wide bridge. Nothing created per call can be
    deleted while the work still runs, whatever happens to the widget that asked: its `deliver`
    callback must check that it is still wanted (see JournalPage._show_preview)."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._executor: ThreadPoolExecutor | None = None

    def submit(self, work: Callable[[], Any], deliver: Callable[[Any, BaseException | None], None]) -> None:
        """Run `work()` off the UI thread, then `deliver(result, None)` or `deliver(None, error)` on it.
        Call from the UI thread."""
        global _bridge
        with _setup_lock:
            if _bridge is None:
                _bridge = _Bridge()
            if self._executor is None:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
            bridge, executor = _bridge, self._executor

        def run() -> None:
            try:
                result, error = work(), None
            except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which decides
                result, error = None, exc
            bridge.done.emit(lambda: deliver(result, error))

        executor.submit(run)


PREVIEW_LANE = BackgroundLane("markdown-preview")


def render_later(text: str, deliver: Callable[[str | None], None]) -> None:
    """Render Markdown (core.markdown_render) off the UI thread; `deliver(html)` gets the sanitised HTML,
    or None if rendering failed, on the UI thread."""
    def work() -> str:
        from integration_journal.core.markdown_render import render_markdown

        return render_markdown(text)

    PREVIEW_LANE.submit(work, lambda html, error: deliver(None if error else html))


def mark_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) for a search match: amber on light themes, deep amber on dark ones; both keep
    a contrast ratio above 7:1 with their text."""
    if palette.color(QPalette.ColorRole.Base).lightness() >= 128:
        return QColor("#ffd54f"), QColor("#000000")
    return QColor("#7a5a00"), QColor("#ffffff")


def mark_format(palette: QPalette) -> QTextCharFormat:
    background, foreground = mark_colours(palette)
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    fmt.setForeground(foreground)
    fmt.setFontWeight(QFont.Weight.Bold)  # not colour alone: a match is also bold
    return fmt


def utf16_offsets(text: str) -> list[int] | None:
    """Qt counts positions in UTF-16 units; Python in code points. None when they agree (no character
    outside the Basic Multilingual Plane, the usual case), else the Qt position of each character."""
    if all(ord(c) < 0x10000 for c in text):
        return None
    offsets, position = [], 0
    for char in text:
        offsets.append(position)
        position += 2 if ord(char) >= 0x10000 else 1
    offsets.append(position)
    return offsets


def _stylesheet(palette: QPalette) -> str:
    mid = palette.color(QPalette.ColorRole.Mid).name()
    alt = palette.color(QPalette.ColorRole.AlternateBase).name()
    return (
        "h1 { font-size: x-large; } h2 { font-size: large; } h3 { font-size: medium; }"
        f" code, pre {{ font-family: monospace; background-color: {alt}; }}"
        f" blockquote {{ margin-left: 12px; color: {palette.color(QPalette.ColorRole.PlaceholderText).name()}; }}"
        f" table {{ border-collapse: collapse; }} th, td {{ border: 1px solid {mid}; padding: 3px 6px; }}"
        " a { text-decoration: underline; }"
    )


class NothingLoadedDocument(QTextDocument):
    """A document that loads nothing. Qt asks the document for images and style sheets
    (QTextDocument::resource); a QTextBrowser's Python loadResource is not reached from there, and the
    document's own fallback reads file: URLs from disk, so the document refuses them itself.
    `requests` lists what was asked for (for tests)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.requests: list[str] = []

    def loadResource(self, kind: int, name: QUrl) -> Any:  # noqa: N802 - Qt override
        self.requests.append(name.toString() if isinstance(name, QUrl) else str(name))
        return None


class MarkdownView(QTextBrowser):
    """A read-only preview of already sanitised HTML (core.markdown_render). Nothing is ever loaded:
    no images, style sheets or files, and links are shown (their address on hover) but not opened."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(NothingLoadedDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setSearchPaths([])
        self._terms: tuple[str, ...] = ()
        self._stylesheet_for = ""
        self.highlighted.connect(self._hover_link)
        self.anchorClicked.connect(self._hover_link)

    def loadResource(self, kind: int, name: QUrl) -> Any:  # noqa: N802 - Qt override
        return None  # never fetch: not from the network, not from disk

    def set_html(self, html: str) -> None:
        sheet = _stylesheet(self.palette())
        if sheet != self._stylesheet_for:
            self.document().setDefaultStyleSheet(sheet)
            self._stylesheet_for = sheet
        self.setHtml(html)
        self._apply_terms()

    def set_terms(self, terms: Sequence[str]) -> None:
        terms = tuple(terms)
        if terms != self._terms:
            self._terms = terms
            self._apply_terms()

    @property
    def terms(self) -> tuple[str, ...]:
        return self._terms

    def clear_content(self) -> None:
        self.clear()
        self._terms = ()
        self.setExtraSelections([])
        self.document().clearUndoRedoStacks()

    def marked_texts(self) -> list[str]:
        """The text of every highlighted match (what a sighted reader sees marked)."""
        return [selection.cursor.selectedText() for selection in self.extraSelections()]

    def _apply_terms(self) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        if self._terms:
            fmt = mark_format(self.palette())
            block = self.document().begin()
            while block.isValid():
                text = block.text()
                spans = highlight_spans(text, self._terms) if text else []
                if spans:
                    offsets = utf16_offsets(text)
                    for start, end in spans:
                        if offsets is not None:
                            start, end = offsets[start], offsets[end]
                        cursor = QTextCursor(self.document())
                        cursor.setPosition(block.position() + start)
                        cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                        selection = QTextEdit.ExtraSelection()
                        selection.cursor = cursor
                        selection.format = fmt
                        selections.append(selection)
                block = block.next()
        self.setExtraSelections(selections)

    def _hover_link(self, url: QUrl) -> None:
        if url.isEmpty():
            QToolTip.hideText()
            return
        QToolTip.showText(self.cursor().pos(), self.tr("Links are not opened from the journal.\n{address}").format(
            address=url.toString()), self)


def draw_item_without_text(delegate: QStyledItemDelegate, painter, option: QStyleOptionViewItem,
                           index) -> tuple[QStyleOptionViewItem, str, QStyle]:
    """Draw an item's background, selection and focus as the style does, but not its text: for
    delegates that lay the text out themselves. Returns the item's options, its text and the style."""
    opt = QStyleOptionViewItem(option)
    delegate.initStyleOption(opt, index)
    text = opt.text
    opt.text = ""
    widget = opt.widget
    style = widget.style() if widget is not None else QApplication.style()
    style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
    return opt, text, style


class HighlightDelegate(QStyledItemDelegate):
    """Paints an item's text with the search matches that the model gives in SPANS_ROLE marked."""

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:  # noqa: D401 - Qt override
        spans = index.data(SPANS_ROLE)
        if not spans:
            super().paint(painter, option, index)
            return
        opt, text, style = draw_item_without_text(self, painter, option, index)
        widget = opt.widget
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)

        offsets = utf16_offsets(text)
        fmt = mark_format(opt.palette)
        ranges = []
        for start, end in spans:
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = start, end - start, fmt
            ranges.append(span)
        layout = QTextLayout(text, opt.font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        layout.setTextOption(text_option)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(max(rect.width(), 1))
        layout.endLayout()

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(opt.palette.color(group, role))
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), top), [], QRectF(rect))
        painter.restore()
