"""Two panels side by side while the width holds them, one above the other when it does not."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class SideBySide(QWidget):
    """Two panels side by side while the width holds both at their minimum widths, one above the other
    when it does not (large font sizes, narrow windows): a tab that scrolls then scrolls down, never
    sideways. Its minimum width is the stacked one, so the narrow width can reach it to switch."""

    def __init__(self, first: QWidget, second: QWidget, stretch: tuple[int, int] = (1, 1),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(first, stretch[0])
        self.box.addWidget(second, stretch[1])

    def _widths(self) -> list[int]:
        return [self.box.itemAt(i).minimumSize().width() for i in range(self.box.count())]

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(max(self._widths()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        wanted = sum(self._widths()) + max(0, self.box.spacing())
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= wanted
                     else QBoxLayout.Direction.TopToBottom)
        if direction != self.box.direction():
            self.box.setDirection(direction)
            self.updateGeometry()  # the height it needs changes with the direction
