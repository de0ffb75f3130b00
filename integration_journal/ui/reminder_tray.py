"""The reminder helper's tray icon: a desktop notification when a due time passes, holding no key.

`ReminderWatch` is the logic: every `interval_ms` it reads the times file (storage.reminder_file) and,
when a time has passed that was not announced yet, calls its notifier once with `READY_TEXT` and
records that time as announced. It reads nothing else and says nothing else: no kind, no title, no
session (docs/design.md "Reminders when the window is closed", SECURITY.md). `ReminderTray` is the thin
Qt shell around it: the icon, its menu, and `QSystemTrayIcon.showMessage`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from integration_journal.storage.reminder_file import mark_fired, read_times
from integration_journal.ui.messages import report_unexpected

CHECK_MS = 30_000  # how often the helper looks at the times file
MESSAGE_MS = 15_000  # how long a notification stays, where the desktop lets the app say
UTC = dt.timezone.utc


def _tr(text: str) -> str:
    return QCoreApplication.translate("reminder_tray", text)


def ready_text() -> str:
    """The only thing a notification ever says."""
    return _tr("A reflection is ready in Integration Journal")


def notification_title() -> str:
    return _tr("Integration Journal")


def tray_available() -> bool:
    """Whether this desktop shows tray icons (tests replace this; offscreen has none)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def _system_now() -> dt.datetime:
    return dt.datetime.now(UTC)


class ReminderWatch(QObject):
    """Announces each passed time of the times file once. `clock()` returns an aware "now"; `notify(text)`
    shows the notification. `turned_off` is emitted when the file is gone (the helper was turned off)."""

    turned_off = Signal()

    def __init__(self, data_dir: Path, notify: Callable[[str], None], *,
                 clock: Callable[[], dt.datetime] = _system_now, interval_ms: int = CHECK_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._notify = notify
        self._clock = clock
        self._announced: int | None = None  # in memory too, in case the file cannot be written
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self, self.check)

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> bool:
        """Announce what has fallen due since the last check. Returns whether a notification was shown."""
        try:
            content = read_times(self.data_dir)
        except Exception as exc:  # noqa: BLE001 - a reminder must never take the app down
            report_unexpected(exc)
            return False
        if content is None:
            self.turned_off.emit()
            return False
        due = [t for t in content.due(self._clock()) if self._announced is None or t > self._announced]
        if not due:
            return False
        latest = max(due)
        self._announced = latest if self._announced is None else max(latest, self._announced)
        try:
            mark_fired(self.data_dir, latest)
        except Exception as exc:  # noqa: BLE001 - still announced once, from memory
            report_unexpected(exc)
        self._notify(ready_text())  # however many passed at once: one notification
        return True


def tray_pixmap(size: int = 64) -> QPixmap:
    """A plain mark for the tray: a rounded square with an open page; it says nothing about the journal."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#3d6b63"))
    painter.drawRoundedRect(QRectF(2, 2, size - 4, size - 4), size * 0.2, size * 0.2)
    painter.setBrush(QColor("#f4efe4"))
    painter.drawRoundedRect(QRectF(size * 0.24, size * 0.2, size * 0.52, size * 0.6), size * 0.05, size * 0.05)
    painter.setBrush(QColor("#3d6b63"))
    for row in range(3):
        painter.drawRect(QRectF(size * 0.32, size * (0.32 + 0.13 * row), size * 0.36, size * 0.05))
    painter.end()
    return pixmap


class ReminderTray(QObject):
    """The tray icon with its menu (open the app, turn reminders off, quit) around a `ReminderWatch`.
    Where the desktop has no tray, or in tests, `icon` is None and `notify` (injectable) does the showing."""

    open_requested = Signal()
    turn_off_requested = Signal()
    quit_requested = Signal()

    def __init__(self, data_dir: Path, *, clock: Callable[[], dt.datetime] = _system_now,
                 notify: Callable[[str], None] | None = None, interval_ms: int = CHECK_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notify_hook = notify
        self.watch = ReminderWatch(data_dir, self._show, clock=clock, interval_ms=interval_ms, parent=self)
        self.watch.turned_off.connect(self.turn_off_requested)

        self.menu = QMenu()
        self.menu.setAccessibleName(_tr("Integration Journal reminders"))
        self.open_action = QAction(_tr("&Open Integration Journal"), self.menu)
        self.open_action.triggered.connect(self.open_requested)
        self.off_action = QAction(_tr("&Turn reminders off"), self.menu)
        self.off_action.triggered.connect(self.turn_off_requested)
        self.quit_action = QAction(_tr("&Quit"), self.menu)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.off_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)

        self.icon: QSystemTrayIcon | None = None
        if tray_available():
            self.icon = QSystemTrayIcon(QIcon(tray_pixmap()), self)
            self.icon.setToolTip(_tr("Integration Journal reminders"))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.open_requested)

    def start(self) -> None:
        if self.icon is not None:
            self.icon.show()
        self.watch.start()

    def stop(self) -> None:
        """Hide the icon and stop looking at the times; the object can then be deleted."""
        self.watch.stop()
        if self.icon is not None:
            self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def _show(self, text: str) -> None:
        if self._notify_hook is not None:
            self._notify_hook(text)
        elif self.icon is not None:
            self.icon.showMessage(notification_title(), text, self.icon.icon(), MESSAGE_MS)

    def deleteLater(self) -> None:  # noqa: N802 - Qt override: the menu has no parent to take it along
        self.menu.deleteLater()
        super().deleteLater()
