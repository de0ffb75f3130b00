"""Background work with one pattern: run a plain function off the UI thread, deliver the result on it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the UI, which decides what to say
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)


def run_in_background(
    fn: Callable[[], Any], on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None],
    *, parent: QObject,
) -> _Job:
    """The callbacks run on the UI thread (signals are queued across threads to `parent`'s thread)."""
    job = _Job(fn)
    job.setAutoDelete(False)
    receiver = _Receiver(parent, on_success, on_failure, job)
    job.signals.succeeded.connect(receiver.success)
    job.signals.failed.connect(receiver.failure)
    QThreadPool.globalInstance().start(job)
    return job


class _Receiver(QObject):
    def __init__(self, parent: QObject, on_success, on_failure, job: _Job) -> None:
        super().__init__(parent)
        self._on_success, self._on_failure, self._job = on_success, on_failure, job

    @Slot(object)
    def success(self, result: object) -> None:
        self._finish()
        self._on_success(result)

    @Slot(object)
    def failure(self, exc: object) -> None:
        self._finish()
        self._on_failure(exc)  # type: ignore[arg-type]

    def _finish(self) -> None:
        self._job = None
        self.deleteLater()
