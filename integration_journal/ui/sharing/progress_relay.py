"""Carries a background worker's progress to the UI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class _Relay(QObject):
    """Lives on the UI thread; the worker reports progress through its queued signal."""

    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)
