"""Layouts that hold at any font size and window width: a wrapping flow of controls, a page that
scrolls instead of squeezing, an area that grows with its content up to a share of a window, and a
splitter that stacks its two sides when they no longer fit side by side."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QWidget,
)


class FlowLayout(QLayout):
    """Lays widgets out left to right and wraps them, so chips hold at any font size and width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:  # noqa: N802 - Qt API
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):  # noqa: N802 - Qt API
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def measured_as_drawn(widget: QWidget) -> None:
    """Size a label or button to the text it draws. Qt measures text with a shortcut letter ("&To") in
    one piece, but draws the underlined letter as a run of its own, so the kerning on either side of it
    is lost ("To" draws 4 px wider than measured at 200 %) and the last letter is cut off whenever the
    layout gives the widget no more than it asked for. Without kerning the two agree."""
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    if "&" in text.replace("&&", ""):
        font = QFont()  # only kerning is set: family and size still follow the application's font
        font.setKerning(False)
        widget.setFont(font)


def flow_row(items: Sequence[QWidget | Sequence[QWidget]], spacing: int = 6) -> QWidget:
    """A row of controls that wraps instead of widening the window (large fonts, narrow windows). A
    sequence in `items` (a label and its field) stays together on one line."""
    holder = QWidget()
    flow = FlowLayout(holder, spacing)
    for item in items:
        if isinstance(item, QWidget):
            measured_as_drawn(item)
            flow.addWidget(item)
            continue
        group = QWidget()
        row = QHBoxLayout(group)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in item:
            measured_as_drawn(widget)
            row.addWidget(widget)
        flow.addWidget(group)
    return holder


def scrolling(content: QWidget, accessible_name: str) -> QScrollArea:
    """`content` in a frameless scroll area: it fills the space there is and scrolls only when the window
    is too short for it (large font sizes), instead of squeezing its rows over one another."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside, not to the frame
    area.setAccessibleName(accessible_name)
    area.setWidget(content)
    return area


class FitScrollArea(QScrollArea):
    """Shows its widget at full height up to a share of `reference`'s height, scrolling beyond that:
    notices stay in view without pushing the rest of a page away at large font sizes."""

    def __init__(self, widget: QWidget, reference: QWidget, share: float = 0.5) -> None:
        super().__init__()
        self._reference = reference
        self._share = share
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)
        reference.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self._reference and event.type() == QEvent.Type.Resize:
            self.refit()
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.refit()

    def refit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        width = self.viewport().width() or self.width()
        needed = widget.heightForWidth(width) if widget.hasHeightForWidth() else -1
        if needed <= 0:
            needed = widget.sizeHint().height()
        room = max(self.fontMetrics().lineSpacing() * 6, int(self._reference.height() * self._share))
        height = min(needed, room)
        if height != self.maximumHeight() or height != self.minimumHeight():
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)


FIRST_LEAST_CHARS, LEAST_CHARS = 11, 5  # a squeezed table column still shows this many characters


class _ColumnFitter(QObject):
    """Keeps a table's columns within its width (see fit_columns)."""

    def __init__(self, table: QTableView, stretch: int | None) -> None:
        super().__init__(table)
        self._table = table
        self._stretch = stretch
        self._busy = False
        self._model: object = None
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange, QEvent.Type.LayoutRequest):
            self._later()
        return False

    def _later(self, *_args: object) -> None:
        QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        table = self._table
        model = table.model()
        if self._busy or model is None:
            return
        if model is not self._model:  # new rows can need wider columns
            self._model = model
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
                signal.connect(self._later)
        self._busy = True
        try:
            header = table.horizontalHeader()
            columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
            if not columns:
                return
            content = {c: table.sizeHintForColumn(c) for c in columns}
            wanted = {c: max(header.sectionSizeHint(c), content[c]) for c in columns}
            char = table.fontMetrics().horizontalAdvance("m")  # a wide letter: the least holds real words
            pad = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 2
            narrow = 2 * table.fontMetrics().horizontalAdvance("n")
            header.setMinimumSectionSize(narrow)  # Qt's own least (about 5 letters) would push columns out
            least = {c: max(min(content[c], w + pad), narrow)
                     for c, w in least_widths(columns, content, char).items()}
            # the table asks its layout for room for the least widths, so a splitter or a page keeps them
            frame = table.width() - table.viewport().width()
            table.setMinimumWidth(sum(min(least[c], wanted[c]) for c in columns) + frame)
            wide = self._stretch if self._stretch in columns else columns[-1]
            for column in columns:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            widths = column_widths(columns, wanted, least, wide, table.viewport().width())
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._busy = False


def least_widths(columns: list[int], content: dict[int, int], char: int) -> dict[int, int]:
    """The narrowest each column may get: the first (a date, a name) its contents up to FIRST_LEAST_CHARS
    characters, the others up to LEAST_CHARS."""
    return {c: min(max(content[c], 0), (FIRST_LEAST_CHARS if i == 0 else LEAST_CHARS) * char)
            for i, c in enumerate(columns)}


def column_widths(columns: list[int], wanted: dict[int, int], least: dict[int, int], wide: int,
                  room: int) -> dict[int, int]:
    """Widths for `columns` in `room` pixels. All whole if they fit, `wide` taking what is left; else each
    column gives up the same share of what it has above its least width (headings and long texts end in
    "…"); never below the least widths."""
    total = sum(wanted.values())
    if total <= room:
        widths = dict(wanted)
        widths[wide] = room - sum(w for c, w in wanted.items() if c != wide)
        return widths
    floor = {c: min(least[c], wanted[c]) for c in columns}
    spare = sum(wanted[c] - floor[c] for c in columns)
    keep = max(0, room - sum(floor.values()))
    return {c: floor[c] + (wanted[c] - floor[c]) * keep // max(spare, 1) for c in columns}


def fit_columns(table: QTableView, stretch: int | None = None) -> None:
    """Columns sized to their contents while they fit the table's width; when they do not, each narrows by
    the same share and its text ends in "…" (its tooltip or the row's detail says it whole) rather than
    the table scrolling sideways. `stretch` (default: the last column) takes the width left over."""
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.horizontalHeader().setStretchLastSection(False)
    if table.findChild(_ColumnFitter) is None:
        _ColumnFitter(table, stretch)


class AdaptiveSplitter(QSplitter):
    """Two panes side by side while the splitter is at least `chars` average characters wide, one above
    the other when it is narrower (large text, a small window): neither pane is squeezed to a sliver
    or scrolled sideways. Follows resizes and text-size changes."""

    def __init__(self, chars: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.chars = chars

    def wide_enough(self) -> bool:
        return self.width() >= self.fontMetrics().averageCharWidth() * self.chars

    def _adapt(self) -> None:
        wanted = Qt.Orientation.Horizontal if self.wide_enough() else Qt.Orientation.Vertical
        if self.orientation() != wanted:
            self.setOrientation(wanted)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._adapt()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._adapt()
