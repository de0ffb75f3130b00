"""Composition root: the application object, the data folder, the vault access, and the windows.

Only PySide6 and the unlock screen are imported up front, so the first window appears quickly; the
storage layer (SQLAlchemy, Alembic, the vault) is imported on a worker thread while the person types.
"""

from __future__ import annotations

import datetime as dt
import html
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QProgressDialog

from integration_journal.storage.memory import limit_heap_arenas
from integration_journal.storage.paths import reminder_times_file, vault_file
from integration_journal.ui.app_icon import app_icon
from integration_journal.ui.app_locale import apply_ui_locale, install_translations
from integration_journal.ui.clipboard import install_clipboard_guard
from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.input_behaviour import install_wheel_guard
from integration_journal.ui.session import VaultAccess, close_quietly
from integration_journal.ui.theme import load_appearance, theme_manager
from integration_journal.ui.unlock_window import UnlockWindow
from integration_journal.ui.widgets.labels import install_plain_text_labels
from integration_journal.ui.workers import run_in_background

if TYPE_CHECKING:
    from integration_journal.core.journal import Clock
    from integration_journal.core.records import Role
    from integration_journal.crypto.kdf import KdfPolicy
    from integration_journal.crypto.recovery import RecoveryKit
    from integration_journal.gui.demo import DemoJournal
    from integration_journal.storage.backups import BackupFile
    from integration_journal.storage.workspace import Workspace
    from integration_journal.ui.create_dialog import CreateJournalDialog
    from integration_journal.ui.main_window import MainWindow

EXTRA_BACKUPS_KEPT = 10

ORGANIZATION = "integration-journal"
APPLICATION = "integration-journal"
DISPLAY_NAME = "Integration Journal"
# The desktop entry's name without ".desktop" (resources/desktop/): Wayland compositors and docks match
# the running app to its entry, and so to its name and icon, by this id.
DESKTOP_ID = "io.github.integration_journal.IntegrationJournal"


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


@dataclass
class StorageAccess:
    """The windows' only door to storage (ui.session.VaultAccess). Every method but `exists` runs on
    a worker thread and imports storage itself."""

    data_dir: Path
    policy: KdfPolicy
    clock: Clock | None = None  # the journal's "now" (default: the system clock); tests pass a frozen one
    tz: dt.tzinfo | None = None  # the zone of the journal's calendar days (default: the computer's)
    # Keep this computer's anti-rollback memory of the journal (storage.rollback_guard); off for the demo.
    remember_here: bool = True

    def exists(self) -> bool:
        return vault_file(self.data_dir).is_file()

    def prepare(self) -> None:
        import integration_journal.storage.workspace  # noqa: F401 - warm the import while the person types

    def create(self, passphrase: str, *, role: Role, display_name: str,
               progress: Callable[[float], None] | None = None) -> tuple[Workspace, RecoveryKit]:
        from integration_journal.storage.workspace import Workspace

        return Workspace.create(self.data_dir, passphrase, role=role, display_name=display_name,
                                policy=self.policy, progress=progress, clock=self.clock, tz=self.tz,
                                remember_here=self.remember_here)

    def open(self, passphrase: str) -> Workspace:
        from integration_journal.storage.workspace import Workspace

        # The rotating backup (a full copy when anything changed) is written after the main window
        # shows, by rotating_backup below, so a person is not kept waiting for it. Entries are decoded
        # after it shows too (MainWindow._load_step), in steps that leave the window responsive.
        # Entry bodies and received payloads are held light and read whole when a page opens one
        # (docs/architecture.md, "Decode on demand").
        return Workspace.open(self.data_dir, passphrase, policy=self.policy, backup=False, defer_entries=True,
                              light=True, clock=self.clock, tz=self.tz, remember_here=self.remember_here)

    def rotating_backup(self, ws: Workspace) -> Path | None:
        from integration_journal.storage.backups import keep_rotating_backup

        return keep_rotating_backup(ws.vault, self.data_dir)

    def recover(self, kit_text: str, new_passphrase: str) -> tuple[Workspace, RecoveryKit]:
        from integration_journal.storage.workspace import Workspace

        # Workspace.recover writes the "recovered_with_kit" event (or defers it to an acceptance).
        return Workspace.recover(self.data_dir, kit_text, new_passphrase, policy=self.policy,
                                 clock=self.clock, tz=self.tz, remember_here=self.remember_here)

    def backups(self) -> list[BackupFile]:
        from integration_journal.storage.backups import describe_backups

        return describe_backups(self.data_dir)

    def restore(self, backup: Path, passphrase: str) -> Workspace:
        """Put a verified backup in place of the journal (the journal as it was is kept as a backup first),
        then open it with the same passphrase."""
        from integration_journal.storage.backups import restore_backup

        restore_backup(self.data_dir, backup, passphrase, policy=self.policy, remember_here=self.remember_here)
        return self.open(passphrase)

    def change_passphrase(self, ws: Workspace, old: str, new: str) -> None:
        """Check the current passphrase (full KDF cost), then re-wrap the data key under the new one.
        The caller writes the audit event on the UI thread."""
        ws.vault.check_passphrase(old)
        ws.vault.change_passphrase(new, policy=self.policy)

    def backup_to_folder(self, ws: Workspace, folder: str, keep: int = EXTRA_BACKUPS_KEPT) -> Path | None:
        """An extra encrypted copy in a folder the person chose (e.g. a USB stick), unless the newest
        copy there already holds this state; keeps the newest `keep` copies of ours in that folder."""
        from integration_journal.storage.backups import rotate_into

        return rotate_into(ws.vault, Path(folder), keep)


def preload_main_window_modules() -> None:
    """Import the main window and every page of either role (charts, Markdown, the measures) on a
    worker while the person types their passphrase: otherwise those imports (~400 ms on the bench VM)
    would fall between the end of the key derivation and a usable window. Module imports and Qt's
    Python types only; no widget is made here."""
    import integration_journal.ui.main_window  # noqa: F401
    from integration_journal.ui.pages import registry

    for role in ("patient", "therapist"):
        registry.page_classes(role)
    touch_qt_classes()


# The Qt modules the main window and its pages use.
_QT_MODULES = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtCharts")


def touch_qt_classes() -> None:
    """PySide makes each Qt class's Python type, with its enums, the first time the class is used,
    and a widget's first use of many of them fell inside the main window's first build (~30-50 ms on
    the bench VM). Make them all now (~130 ms on a worker), yielding between classes so that the
    unlock window stays smooth while the person types."""
    for module_name in _QT_MODULES:
        module = sys.modules.get(module_name)
        if module is None:  # not used by what was imported
            continue
        for index, name in enumerate(dir(module)):
            if name.startswith("Q"):
                getattr(module, name, None)
            if index % 16 == 15:
                time.sleep(0)  # give the GIL to the unlock window's thread


class AppController(QObject):
    """Which window is on screen, and who holds the unlocked workspace. Emits `finished` when the
    person closes the app (not on lock).

    While the reminder helper is on (storage.reminder_helper; its times file is the switch), the app
    keeps a tray icon (ui.reminder_tray) and closing the window locks and hides instead of ending it:
    the process then holds no key, like any locked app, and only the tray's Quit or turning reminders
    off ends it (docs/design.md "Reminders when the window is closed")."""

    finished = Signal()

    def __init__(self, access: VaultAccess, dialogs: Dialogs, parent: QObject | None = None, *,
                 banner: str = "", demo: bool = False, window_options: dict | None = None,
                 insecure_kdf: bool = False, tray_options: dict | None = None) -> None:
        super().__init__(parent)
        self.access = access
        self.dialogs = dialogs
        self.banner = banner
        # The test suite's cheap key derivation is on (storage.paths.insecure_test_kdf_active): every
        # window says so in its title, the unlock window in its banner, the main window in its status bar.
        self.insecure_kdf = insecure_kdf
        self.demo = demo
        self.window_options = dict(window_options or {})  # e.g. idle_clock, idle_tick_ms (tests)
        # ui.reminder_tray.ReminderTray's clock, notify, interval_ms (tests: a frozen clock, a fake notifier)
        self.tray_options = dict(tray_options or {})
        self.unlock_window: UnlockWindow | None = None
        self.create_dialog: CreateJournalDialog | None = None
        self.main_window: MainWindow | None = None
        self.session_watcher: QObject | None = None
        self.tray: QObject | None = None  # ui.reminder_tray.ReminderTray while the helper runs here
        self.beacon: QObject | None = None  # ui.single_instance.InstanceBeacon, from then on

    def lock(self) -> None:
        """Lock now, whatever is on screen. An unlock still deriving its key loses: its workspace is
        closed as soon as it arrives and the unlock window stays."""
        if self.main_window is not None and not self.main_window.is_locked:
            self.main_window.lock()
            return
        if self.unlock_window is not None and self.unlock_window.isVisible():
            busy = self.unlock_window.busy or (self.unlock_window.recover_dialog is not None
                                               and self.unlock_window.recover_dialog.busy)
            self.unlock_window.cancel_pending()
            if busy:
                self.unlock_window.reset()

    def watch_session(self) -> None:
        """Lock when the desktop session locks or the computer suspends (where the desktop tells us)."""
        from integration_journal.ui.idle import SessionLockWatcher

        if self.session_watcher is None:
            self.session_watcher = SessionLockWatcher(self)
            self.session_watcher.lock_requested.connect(self.lock)
            self.session_watcher.start()

    # --- the reminder helper -----------------------------------------------------------------------

    @property
    def data_dir(self) -> Path | None:
        folder = getattr(self.access, "data_dir", None)
        return Path(folder) if folder is not None else None

    def helper_on(self) -> bool:
        """Whether the person has the reminder helper on for this journal (never for the demo)."""
        data_dir = self.data_dir
        return not self.demo and data_dir is not None and reminder_times_file(data_dir).is_file()

    def sync_tray(self) -> None:
        """Show the tray icon while the helper is on and this desktop can show it; remove it otherwise."""
        wanted = self.helper_on()
        if wanted:
            from integration_journal.ui import reminder_tray

            wanted = reminder_tray.tray_available() or "notify" in self.tray_options
        if wanted and self.tray is None:
            from integration_journal.ui.reminder_tray import ReminderTray

            self.tray = ReminderTray(self.data_dir, parent=self, **self.tray_options)
            self.tray.open_requested.connect(self.show_window)
            self.tray.turn_off_requested.connect(self.turn_off_reminders)
            self.tray.quit_requested.connect(self.finished)
            self.tray.start()
            self.listen_for_later_starts()
        elif not wanted and self.tray is not None:
            tray, self.tray = self.tray, None
            tray.stop()
            tray.deleteLater()

    def listen_for_later_starts(self) -> None:
        """From now on a later start of the app for this journal folder (from the menu, or the login
        entry) hands its wish to this one instead of running a second tray icon (run_gui asks first)."""
        if self.beacon is not None or self.data_dir is None or self.demo:
            return
        from integration_journal.ui.single_instance import InstanceBeacon, server_name

        beacon = InstanceBeacon(server_name(self.data_dir), self)
        if not beacon.listen():
            beacon.deleteLater()  # the app still works; a later start just is not redirected
            return
        beacon.requested.connect(self._later_start)
        self.beacon = beacon

    def _later_start(self, wish: str) -> None:
        from integration_journal.ui.single_instance import OPEN

        if wish == OPEN:
            self.show_window()

    def turn_off_reminders(self) -> None:
        """From the tray (or the times file gone): no login entry, no times, no icon; and the app ends
        unless a window of it is open."""
        if self.data_dir is not None:
            from integration_journal.storage.reminder_helper import turn_off

            try:
                turn_off(self.data_dir)
            except Exception as exc:  # noqa: BLE001 - say what is left; the icon still goes
                from integration_journal.ui.messages import describe

                self.dialogs.warn(None, DISPLAY_NAME, describe(exc))
        self.sync_tray()
        if not self.window_showing():
            self.finished.emit()

    def window_showing(self) -> bool:
        windows = (self.main_window, self.unlock_window, self.create_dialog)
        return any(window is not None and window.isVisible() for window in windows)

    def show_window(self) -> None:
        """Bring the app to the front: the journal if it is unlocked, else the unlock (or first-run) window."""
        if self.main_window is not None and not self.main_window.is_locked:
            self.main_window.showNormal()
            self.main_window.raise_()
            self.main_window.activateWindow()
        elif self.create_dialog is not None and self.create_dialog.isVisible():
            self.create_dialog.raise_()
            self.create_dialog.activateWindow()
        elif self.access.exists():
            first = self.unlock_window is None
            self.show_unlock()
            if first:
                self.unlock_window.first_painted.connect(self._warm_up, Qt.ConnectionType.SingleShotConnection)
        else:
            self.show_create()

    def _window_closed(self) -> None:
        """The person closed the window: the app ends, unless the reminder helper keeps it in the tray
        (the journal is already locked: closing the main window released the workspace)."""
        if self.tray is None:
            self.finished.emit()
            return
        window, self.main_window = self.main_window, None
        if window is not None:
            window.hide()
            window.deleteLater()

    def start(self) -> None:
        if self.access.exists():
            self.show_unlock()
            # Importing storage competes with the first paint for the interpreter: start it after.
            self.unlock_window.first_painted.connect(self._warm_up, Qt.ConnectionType.SingleShotConnection)
        else:
            self.show_create()
            self._warm_up()

    def _warm_up(self) -> None:
        # A failed warm-up is not reported: the unlock itself imports again and says what went wrong.
        def warm() -> None:
            self.access.prepare()
            preload_main_window_modules()

        run_in_background(warm, lambda _result: None, lambda _exc: None, parent=self)

    def show_create(self) -> None:
        from integration_journal.ui.create_dialog import CreateJournalDialog

        self.create_dialog = CreateJournalDialog(self.access, self.dialogs)
        self._mark_insecure(self.create_dialog)
        self.create_dialog.workspace_ready.connect(self.show_main)
        self.create_dialog.rejected.connect(self._window_closed)
        self.create_dialog.show()

    def show_unlock(self) -> None:
        if self.unlock_window is None:
            self.unlock_window = UnlockWindow(self.access, self.dialogs)
            self.unlock_window.unlocked.connect(self.show_main)
            self.unlock_window.closed.connect(self._window_closed)
            lock_action = QAction(self.unlock_window)
            lock_action.setShortcut(QKeySequence("Ctrl+L"))
            lock_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            lock_action.triggered.connect(self.lock)
            self.unlock_window.addAction(lock_action)
            banner = "<br><br>".join(part for part in (
                self.banner, f"<b>{html.escape(insecure_kdf_text())}</b>" if self.insecure_kdf else "") if part)
            if banner:
                self.unlock_window.set_banner(banner)
            self._mark_insecure(self.unlock_window)
        self.unlock_window.reset()
        self.unlock_window.show()
        self.unlock_window.raise_()
        self.unlock_window.activateWindow()

    def show_main(self, ws: Workspace) -> None:
        from integration_journal.ui.main_window import MainWindow

        try:
            self.main_window = MainWindow(ws, self.dialogs, access=self.access, demo=self.demo,
                                          **self.window_options)
        except BaseException:
            close_quietly(ws)
            raise
        self._mark_insecure(self.main_window)
        if self.insecure_kdf:
            from PySide6.QtWidgets import QLabel

            notice = QLabel(insecure_kdf_text())
            notice.setStyleSheet("QLabel { color: #b00020; font-weight: bold; }")
            notice.setAccessibleName(_tr("Security warning"))
            self.main_window.statusBar().addPermanentWidget(notice)
        self.main_window.locked.connect(self._locked)
        self.main_window.closed.connect(self._window_closed)
        self.main_window.settings_applied.connect(self.sync_tray)
        self.main_window.show()
        if self.unlock_window is not None:
            self.unlock_window.hide()
        self.main_window.start_rotating_backup()
        self.main_window.start_backup_copy()
        self.sync_tray()  # the first run may have turned the helper on

    def _mark_insecure(self, window) -> None:
        if self.insecure_kdf:
            # First, where a narrow title bar still shows it; the title still ends with the app's name, so
            # the window system does not add the name a second time.
            window.setWindowTitle(f"{insecure_kdf_text()} — {window.windowTitle()}")

    def _locked(self) -> None:
        window, self.main_window = self.main_window, None
        self.show_unlock()
        if window is not None:
            window.hide()
            window.deleteLater()

    def shutdown(self) -> None:
        """Close every workspace still held, including ones an unlock in flight is about to deliver."""
        if self.unlock_window is not None:
            self.unlock_window.cancel_pending()
        if self.create_dialog is not None:
            self.create_dialog.release()
        if self.main_window is not None:
            self.main_window.close()
        if self.tray is not None:
            tray, self.tray = self.tray, None
            tray.stop()
            tray.deleteLater()
        if self.beacon is not None:
            self.beacon.close()
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.sendPostedEvents()  # results of cancelled attempts reach their closers


def _application() -> QApplication:
    limit_heap_arenas()  # before Qt or the app starts a thread: see storage.memory
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())  # every window without its own icon shows the application's
    app.setQuitOnLastWindowClosed(False)  # the controller decides: a lock hides windows, it does not quit
    apply_ui_locale()
    install_translations(app)
    install_wheel_guard(app)
    install_plain_text_labels(app)
    install_clipboard_guard(app)
    return app


class _DemoProgress(QObject):
    """Carries progress from the worker that fills the demo journal to the progress dialog."""

    changed = Signal(float)

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.changed.connect(self._show)

    @Slot(float)
    def _show(self, fraction: float) -> None:
        self._dialog.setValue(round(fraction * 100))


def insecure_kdf_text() -> str:
    return _tr("INSECURE TEST KEY DERIVATION: not for a real journal")


def demo_banner(passphrase: str) -> str:
    return _tr("This is a demo journal filled with made-up entries.<br>Its passphrase is: "
               "<b>{passphrase}</b><br>Everything in it is deleted when you quit.").format(
        passphrase=html.escape(passphrase))


def prepare_demo(dialogs: Dialogs, policy: KdfPolicy, *, entries: int = 10_000) -> DemoJournal | None:
    """Create and fill the demo journal off the UI thread while a progress dialog shows how far it got.
    Returns None (after saying why) if it could not be made."""
    from integration_journal.gui.demo import create_demo

    dialog = QProgressDialog(_tr("Preparing a demo journal with made-up entries…"), "", 0, 100)
    dialog.setWindowTitle(DISPLAY_NAME)
    dialog.setCancelButton(None)  # a half-made demo is removed anyway; there is nothing to cancel
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAccessibleName(_tr("Preparing the demo journal"))
    bridge = _DemoProgress(dialog)
    result: dict[str, object] = {}
    loop = QEventLoop()

    def done(value: object) -> None:
        result["demo"] = value
        loop.quit()

    def failed(exc: BaseException) -> None:
        result["error"] = exc
        loop.quit()

    dialog.show()
    run_in_background(lambda: create_demo(entries=entries, policy=policy, progress=bridge.changed.emit),
                      done, failed, parent=dialog)
    loop.exec()
    dialog.hide()
    dialog.deleteLater()
    if "error" in result:
        from integration_journal.ui.messages import describe

        dialogs.warn(None, _tr("Demo mode"), _tr("The demo journal could not be prepared. {reason}").format(
            reason=describe(result["error"])))  # type: ignore[arg-type]
        return None
    return result["demo"]  # type: ignore[return-value]


def report_first_paint(app: QApplication) -> None:
    """--startup-probe: one JSON line on stdout (the wall-clock time the first window was drawn, and every
    module loaded by then), then quit. What bench/startup.py reads, from the venv and the frozen bundle."""
    import json

    print(json.dumps({"painted": time.time(), "modules": sorted(sys.modules)}), flush=True)
    QTimer.singleShot(0, app.quit)


def run_gui(data_dir: Path | None = None, demo: bool = False, *, dialogs: Dialogs | None = None,
            demo_entries: int = 10_000, tray: bool = False, startup_probe: bool = False) -> int:
    """The desktop app. `tray`: started at login as the reminder helper (storage.autostart): no window,
    only the tray icon, and nothing at all unless the person has the helper on. `startup_probe`: see
    report_first_paint."""
    app = _application()
    from integration_journal.storage.paths import default_data_dir, insecure_test_kdf_active, kdf_policy_from_env

    tray = tray and not demo  # the demo never runs the helper
    if not demo:
        data_dir = data_dir or default_data_dir()
        helper_on = reminder_times_file(data_dir).is_file()
        if tray and not helper_on:
            return 0  # turned off since the login entry was made: start nothing
        if helper_on and _hand_over(data_dir, "tray" if tray else "open"):
            return 0  # the app already running for this journal (in the tray) took the wish over
    theme_manager(app).apply(load_appearance())
    dialogs = dialogs or Dialogs()
    policy = kdf_policy_from_env()
    demo_journal: DemoJournal | None = None
    banner = ""
    if demo:
        demo_journal = prepare_demo(dialogs, policy, entries=demo_entries)
        if demo_journal is None:
            return 1
        data_dir, banner = demo_journal.data_dir, demo_banner(demo_journal.passphrase)
    access = StorageAccess(data_dir or default_data_dir(), policy, remember_here=demo_journal is None)
    controller = AppController(access, dialogs, banner=banner, demo=demo_journal is not None,
                               insecure_kdf=insecure_test_kdf_active())
    controller.finished.connect(app.quit)
    if tray:
        if not _wait_for_tray(controller):
            return 0
    else:
        controller.start()
        if startup_probe and controller.unlock_window is not None:
            # No warm-up: its worker would be importing storage while the probe lists the modules.
            controller.unlock_window.first_painted.disconnect(controller._warm_up)
            controller.unlock_window.first_painted.connect(lambda: report_first_paint(app),
                                                           Qt.ConnectionType.SingleShotConnection)
        controller.sync_tray()
    controller.watch_session()
    try:
        return app.exec()
    finally:
        controller.shutdown()
        if demo_journal is not None:
            demo_journal.remove()


TRAY_WAIT_S = 120  # at login the desktop's tray may appear a little after the helper starts
TRAY_POLL_MS = 5_000


def _hand_over(data_dir: Path, wish: str) -> bool:
    """Give `wish` to the app already running for this journal folder, if one listens (it does while its
    reminder helper runs: AppController.listen_for_later_starts). Asked only while the helper is on, so
    an ordinary start does not load Qt's network module."""
    from integration_journal.ui.single_instance import server_name, tell_running

    return tell_running(server_name(data_dir), wish)


def _wait_for_tray(controller: AppController) -> bool:
    """Start the helper's icon as soon as the desktop shows a tray, giving up after TRAY_WAIT_S."""
    from integration_journal.ui import reminder_tray

    if reminder_tray.tray_available():
        controller.sync_tray()
        return controller.tray is not None
    deadline = time.monotonic() + TRAY_WAIT_S
    loop = QEventLoop()

    def poll() -> None:
        if reminder_tray.tray_available() or time.monotonic() > deadline:
            loop.quit()

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(TRAY_POLL_MS)
    loop.exec()
    timer.stop()
    controller.sync_tray()
    return controller.tray is not None
