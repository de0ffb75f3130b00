"""What "every screen fits" means, measured on real widgets (docs/design.md): no horizontal scroll bar, every
visible input and button inside the visible area of its page (or reachable by scrolling down), no label cut
short, the window no wider than it was asked to be. `problems(window)` lists what is wrong, in words."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollBar,
    QStyle,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QAbstractSlider,
          QAbstractItemView)
SLACK = 2  # pixels a frame or focus rectangle may overhang its parent
MIN_LABEL_CHARS = 12  # a label cut shorter than this (or than its whole text, if shorter) says too little
MIN_CELL_CHARS = 5  # a table cell among others may be cut shorter, but not to a few letters


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName()
    if not name and hasattr(widget, "text"):
        try:
            name = str(widget.text()).replace("&", "")[:40]
        except TypeError:
            name = ""
    return f"{type(widget).__name__}({name!r})"


def _scroll_viewport(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return parent
    return None


def clipped(widget: QWidget, top: QWidget) -> str:
    """Where `widget` lies outside what `top` shows of it ("" if nowhere), allowing vertical scrolling."""
    rect = QRect(widget.rect())
    child = widget
    while child is not top and child.parentWidget() is not None:
        parent = child.parentWidget()
        rect.translate(child.pos())
        bounds = parent.rect()
        area = _scroll_viewport(parent)
        if rect.left() < bounds.left() - SLACK or rect.right() > bounds.right() + SLACK:
            return f"cut at the side inside {describe(area or parent)}"
        if area is not None:  # reachable by scrolling down: keep only what the viewport can show
            top_ = min(max(rect.top(), 0), bounds.bottom())
            rect = QRect(rect.left(), top_, rect.width(), max(1, min(rect.bottom(), bounds.bottom()) - top_ + 1))
        elif rect.top() < bounds.top() - SLACK or rect.bottom() > bounds.bottom() + SLACK:
            return f"cut below or above inside {describe(parent)}"
        child = parent
    return ""


def elided_label(label: QLabel) -> str:
    """A one-line label narrower than its text: the end is simply not drawn."""
    text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text or label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        return ""
    metrics = label.fontMetrics()
    line = max(text.splitlines() or [""], key=metrics.horizontalAdvance)
    needed = metrics.horizontalAdvance(line) + 2 * label.margin()
    shown = label.contentsRect().width()
    if shown >= needed - SLACK:
        return ""
    visible = len(metrics.elidedText(line, Qt.TextElideMode.ElideRight, shown)) - 1 if shown > 0 else 0
    if visible >= min(len(line), MIN_LABEL_CHARS):
        return ""
    return f"label {line[:30]!r} shows {shown} of {needed} px"


def sidebar_elided(sidebar: QListWidget) -> list[str]:
    """Sidebar titles cut to fewer than MIN_LABEL_CHARS characters (a longer one may end in "…")."""
    found = []
    metrics = sidebar.fontMetrics()
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        room = sidebar.visualItemRect(item).width() - round(1.6 * metrics.horizontalAdvance("M"))  # its padding
        shown = len(metrics.elidedText(item.text(), Qt.TextElideMode.ElideRight, max(room, 0))) - 1
        if metrics.horizontalAdvance(item.text()) > room and shown < min(len(item.text()), MIN_LABEL_CHARS):
            found.append(f"sidebar item {item.text()!r} cut to {shown} characters")
    return found


def item_view_elided(view: QAbstractItemView) -> str:
    """The first row of a table or list cut to fewer than MIN_CELL_CHARS characters in a text column."""
    model = view.model()
    if model is None or view.objectName() == "sidebar" or model.rowCount(QModelIndex()) == 0:
        return ""
    metrics = view.fontMetrics()
    for column in range(model.columnCount(QModelIndex())):
        if isinstance(view, QTableView) and view.isColumnHidden(column):
            continue
        index = model.index(0, column)
        if view.visualRect(index).left() > view.viewport().width() - SLACK \
                or view.visualRect(index).right() > view.viewport().width() + SLACK:
            return f"{describe(view)} column {column} lies past the right edge"
        text = str(index.data() or "")
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        room = view.visualRect(index).width() - 2 * margin  # as QItemDelegate leaves around the text
        if metrics.horizontalAdvance(text) <= room:
            continue
        shown = len(metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))) - 1
        if shown < min(len(text), MIN_CELL_CHARS):
            return f"{describe(view)} column {column} shows {shown} of {text[:20]!r}"
    return ""


def problems(page: QWidget) -> list[str]:
    """Everything about `page` (as shown now) that breaks the rules above."""
    found: list[str] = []
    found += journal_titles(page)
    for area in [page, *page.findChildren(QAbstractScrollArea)]:
        if isinstance(area, QAbstractScrollArea) and area.isVisible() and area.horizontalScrollBar().isVisible():
            found.append(f"horizontal scroll bar on {describe(area)}")
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QScrollBar) or isinstance(widget.parentWidget(), QTabBar):
            continue
        if isinstance(widget, INPUTS):
            where = clipped(widget, page)
            if where:
                found.append(f"{describe(widget)} {where}")
            if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) \
                    and not isinstance(widget.parentWidget(), QComboBox):
                cut = item_view_elided(widget)
                if cut:
                    found.append(cut)
        elif isinstance(widget, QLabel):
            cut = elided_label(widget)
            if cut:
                found.append(cut)
    return found


def journal_titles(page: QWidget) -> list[str]:
    """The Journal list's first row: its title shown with at least MIN_LABEL_CHARS characters of room."""
    from PySide6.QtGui import QFont, QFontMetrics

    from integration_journal.ui.journal_models import EntryListModel
    from integration_journal.ui.pages.journal.entry_row import EntryRowDelegate

    views = [v for v in page.findChildren(QTableView)
             if v.isVisible() and isinstance(v.itemDelegate(), EntryRowDelegate) and v.model().rowCount()]
    if not views:
        return []
    view = views[0]
    index = view.model().index(0, EntryListModel.COL_TITLE)
    font = QFont(view.font())
    first, _second = EntryRowDelegate.line_rects(view.visualRect(index), font)
    font.setBold(True)
    title = str(index.data())
    shown = len(QFontMetrics(font).elidedText(title, Qt.TextElideMode.ElideRight, first.width()))
    shown = shown - 1 if shown < len(title) else shown
    if shown < min(len(title), MIN_LABEL_CHARS):
        return [f"the Journal shows {shown} characters of the title {title[:30]!r}"]
    return []


def patient_workspace(data_dir, policy):
    """A patient's journal with a long title, a shared entry with a therapist's comment, and check-ins:
    what the screens must fit."""
    from integration_journal.core import records as r
    from tests.helpers.main_window import make_workspace

    ws = make_workspace(data_dir, policy, entries=12)
    entry = ws.journal.list(r.Entry)[0]
    ws.journal.update(dataclasses.replace(
        entry, title="The hardest part of the week was the long drive home after the session",
        body="# Morning\nI noticed the light on the water and stayed with it for a while.",
        tags=("sleep", "family", "integration"), share=True, bring_to_appointment=True))
    ws.journal.add(r.Annotation(target_id=entry.id, text="Thank you for writing this.", for_patient=True))
    today = ws.journal.today()
    ws.journal.add_many([r.CheckIn(date=today - dt.timedelta(days=n), mood=n % 11, anxiety=(n * 3) % 11, pain=4,
                                   sleep_hours=7.5, sleep_quality=6) for n in range(5)])
    return ws
