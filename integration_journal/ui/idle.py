"""Idle lock: time since the last keyboard or mouse input anywhere in the app, with a final countdown.

The clock and the tick interval are injectable, so tests advance time instead of sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

COUNTDOWN_SECONDS = 30
TICK_MS = 1000

# Input a person makes. Focus, paint and timer events are not activity: a window that repaints
# itself must not keep the journal open.
_ACTIVITY = frozenset(int(t) for t in (
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.TabletMove, QEvent.Type.InputMethod, QEvent.Type.ShortcutOverride,
))


class IdleWatcher(QObject):
    """Watches input app-wide (an event filter on the QApplication) while started.

    Emits `countdown(seconds_left)` every tick during the last COUNTDOWN_SECONDS, `countdown(-1)` once
    when input cancels a running countdown, and `timed_out` once when the time is up (then stops).
    """

    countdown = Signal(int)
    timed_out = Signal()

    def __init__(self, timeout_seconds: float, *, clock: Callable[[], float] = time.monotonic,
                 tick_ms: int = TICK_MS, countdown_seconds: int = COUNTDOWN_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timeout = float(timeout_seconds)
        self._countdown_seconds = countdown_seconds
        self._last_input = clock()
        self._counting = False
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)

    # --- control ----------------------------------------------------------------------------------

    @property
    def timeout_seconds(self) -> float:
        return self._timeout

    def set_timeout(self, seconds: float) -> None:
        self._timeout = float(seconds)
        self.poke()

    @property
    def running(self) -> bool:
        return self._running

    @property
    def counting_down(self) -> bool:
        return self._counting

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._last_input = self._clock()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._end_countdown()

    def seconds_left(self) -> float:
        return self._timeout - (self._clock() - self._last_input)

    # --- input --------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if int(event.type()) in _ACTIVITY:
            self.poke()
        return False

    def poke(self) -> None:
        """Input happened (also used by the shell for its own "stay" button)."""
        self._last_input = self._clock()
        if self._counting:
            self._end_countdown()

    def _end_countdown(self) -> None:
        if self._counting:
            self._counting = False
            self.countdown.emit(-1)

    # --- ticks -------------------------------------------------------------------------------------

    def check(self) -> None:
        if not self._running:
            return
        left = self.seconds_left()
        if left <= 0:
            self.stop()
            self.timed_out.emit()
        elif left <= self._countdown_seconds:
            self._counting = True
            self.countdown.emit(max(1, int(left + 0.999)))  # whole seconds, never "0 s" before locking


class SessionLockWatcher(QObject):
    """Asks for a lock when the desktop session locks or the computer is about to sleep, where the
    desktop says so cheaply over D-Bus (logind and the freedesktop screensaver on Linux). Elsewhere,
    or without a bus, it does nothing: the idle timeout still applies."""

    lock_requested = Signal()

    _LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager")
    _SESSION = ("org.freedesktop.login1", "/org/freedesktop/login1/session/auto", "org.freedesktop.login1.Session")
    _SCREENSAVERS = (
        ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []

    def start(self) -> bool:
        """Subscribe to whatever the buses offer; returns whether anything was connected."""
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return False
        system, session = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        if system.isConnected():
            if system.connect(*self._LOGIN1, "PrepareForSleep", self, SLOT("about_to_sleep(bool)")):
                self.connected.append("sleep")
            if system.connect(*self._SESSION, "Lock", self, SLOT("session_locked()")):
                self.connected.append("session")
        if session.isConnected():
            for service in self._SCREENSAVERS:
                if session.connect(*service, "ActiveChanged", self, SLOT("screensaver_changed(bool)")):
                    self.connected.append(service[0])
        return bool(self.connected)

    @Slot(bool)
    def about_to_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self.lock_requested.emit()

    @Slot()
    def session_locked(self) -> None:
        self.lock_requested.emit()

    @Slot(bool)
    def screensaver_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit()
