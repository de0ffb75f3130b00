"""MainWindow: the sidebar of pages, the page on show, menus, the status bar, reminders, the idle lock and locking."""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import inspect
import time
from collections import deque
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.records import KIND_TO_TYPE
from integration_journal.errors import VaultLocked
from integration_journal.ui.clipboard import secure_clipboard
from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.idle import COUNTDOWN_SECONDS, TICK_MS, IdleWatcher
from integration_journal.ui.main_window.countdown_banner import CountdownBanner
from integration_journal.ui.main_window.entry_list_page import ENTRY_KIND, EntryListPage
from integration_journal.ui.messages import describe, report_unexpected
from integration_journal.ui.models import EntryTableModel
from integration_journal.ui.pages import registry
from integration_journal.ui.pages.base import JournalEvents, Page, PageContext
from integration_journal.ui.screen_fit import free_area
from integration_journal.ui.theme import style_sheet
from integration_journal.ui.unlock_window import APP_TITLE
from integration_journal.ui.widgets.layout import scrolling
from integration_journal.ui.workers import run_in_background

RECEIVED_KIND = "received_item"
PROFILE_KIND = "profile"
PROMPTS_PAGE_ID = "prompts"
HELP_NOW_ID = "help_now"  # not a page: ctx.navigate("help_now") opens the "Get help now" panel
PROMPT_WIZARD_MODULE = "integration_journal.ui.prompt_wizard"
# Entries left undecoded at unlock (Workspace.open's defer_entries) are decoded after the window shows,
# this many per turn of the event loop (about 10 ms each on the bench VM), so input is never kept waiting.
LOAD_STEP = 1000
# Records the unlock took from the encrypted index unchecked are checked after that, this many per turn
# (a read, AES-GCM and the manifest check of each row: about 5 ms per 500 on the bench VM).
VERIFY_STEP = 500
SIDEBAR_MIN_EMS = 9  # the narrowest the sidebar can be dragged, in widths of "M"
SIDEBAR_SHARE = 0.24  # the most of the window's width the sidebar opens with,
SIDEBAR_READABLE_CHARS = 14  # unless its titles would show fewer characters than this
MIN_DEFAULT_SIZE, MAX_DEFAULT_SIZE = QSize(1000, 680), QSize(1440, 960)  # the window's first size, within
LEGACY_GEOMETRY_KEY = "main_window/geometry"  # before sizes were kept per vault
REMINDER_MS = 60_000  # how often the shell looks for newly due guided prompts and questionnaires
REMINDER_TIMES_DELAY_MS = 500  # the helper's times are rewritten this long after the last change


class _PageStack(QStackedWidget):
    """The pages, asking for the room of the page on show only (a stack asks for its largest page's)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        current = self.currentWidget()
        return current.minimumSizeHint().expandedTo(current.minimumSize()) if current is not None \
            else super().minimumSizeHint()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()


def default_window_size(area: QSize) -> QSize:
    """A first window size for a screen whose free area (less panels and the window's frame) is `area`:
    most of a laptop screen, a comfortable part of a large one, never smaller than 1000×680 (the size
    every page is made to fit) unless the screen is."""
    width = max(MIN_DEFAULT_SIZE.width(), min(round(area.width() * 0.8), MAX_DEFAULT_SIZE.width()))
    height = max(MIN_DEFAULT_SIZE.height(), min(round(area.height() * 0.85), MAX_DEFAULT_SIZE.height()))
    return QSize(width, height).boundedTo(area)


def _page_title(cls: type[Page]) -> str:
    return QCoreApplication.translate("pages", cls.TITLE) if cls.TITLE else cls.__name__


class MainWindow(QMainWindow):
    """Owns the unlocked workspace it is given. `lock()` saves and clears every page, closes the
    workspace and emits `locked`; closing the window does the same and emits `closed`. The title
    never shows content.

    `access` (app.StorageAccess) offers the vault-level actions of Settings; `settings_service` and
    `idle_clock`/`idle_tick_ms` are injectable for tests."""

    locked = Signal()
    closed = Signal()  # by the person: the app ends (after a lock the window is hidden, not closed)
    settings_applied = Signal()

    def __init__(self, ws: Any, dialogs: Dialogs, parent: QWidget | None = None, *, access: Any = None,
                 idle_clock: Callable[[], float] = time.monotonic, idle_tick_ms: int = TICK_MS,
                 demo: bool = False, reminder_ms: int = REMINDER_MS) -> None:
        super().__init__(parent)
        self._ws = ws
        self._dialogs = dialogs
        self._access = access
        self._demo = demo
        self.setWindowTitle(APP_TITLE)
        self.resize(MIN_DEFAULT_SIZE)  # until _restore_geometry picks this vault's size or the screen's

        self.events = JournalEvents(self)
        self.ctx = PageContext(journal=ws.journal, workspace=ws, dialogs=dialogs, events=self.events,
                               clock=self._now)
        self.events.records_changed.connect(self._records_changed)
        self.events.navigate_requested.connect(self._navigate_requested)
        self.prompt_wizard: Any = None
        self.settings_dialog: Any = None
        self.portability_dialog: Any = None  # Import… or Export… (ui/import_export.py)
        self.help_dialog: Any = None
        self.about_dialog: Any = None
        self._pending_args: dict[str, Any] = {}

        # --- pages (built on first show, so unlocking stays fast) ---------------------------------
        role = self._role()
        self.page_types: list[type[Page]] = list(registry.page_classes(role)) or [EntryListPage]
        self._pages: dict[int, Page] = {}
        self.stack = _PageStack()
        self.stack.setAccessibleName(self.tr("Page"))
        self._slots: list[QWidget] = []
        for _cls in self.page_types:
            slot = QWidget()  # replaced by the page when it is first shown
            self._slots.append(slot)
            self.stack.addWidget(slot)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setAccessibleDescription(self.tr("Choose a section; Ctrl+1 to Ctrl+9 switch directly"))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.page_actions: list[QAction] = []
        for index, cls in enumerate(self.page_types):
            title = _page_title(cls)
            shortcut = QKeySequence(f"Ctrl+{index + 1}" if index < 9 else "")  # registry.shortcut()
            item = QListWidgetItem(title)
            item.setToolTip(title if shortcut.isEmpty()
                            else f"{title} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.sidebar.addItem(item)
            action = QAction(title.replace("&", "&&"), self)  # a title's "&" is a word, not an underline
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            self.addAction(action)
            self.page_actions.append(action)
        self.sidebar.currentRowChanged.connect(self._row_changed)

        self.lock_button = QPushButton(self.tr("&Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock the journal"))
        self.lock_button.setToolTip(self.tr("Close the journal and ask for the passphrase again (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock)
        side = QWidget()
        side.setObjectName("side_panel")
        side.setStyleSheet(style_sheet("shell"))
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 4, 8)
        side_layout.addWidget(self.sidebar, 1)
        side_layout.addWidget(self.lock_button)

        self.countdown_banner = CountdownBanner()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 8, 8, 4)
        right_layout.addWidget(self.countdown_banner)
        # A window shorter than the page needs (a small screen, a large text size) scrolls the page down,
        # never squeezes it; the window does not grow past the screen for the tallest or widest page.
        self.page_area = scrolling(self.stack, self.tr("Page area"))
        right_layout.addWidget(self.page_area, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(side)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self._fit_sidebar()

        # --- menus ---------------------------------------------------------------------------------
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setStatusTip(self.tr("Close the journal and ask for the passphrase again"))
        self.lock_action.triggered.connect(self.lock)
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.setStatusTip(self.tr("Bring in a jrnl or Day One export, or this app's own export"))
        self.import_action.triggered.connect(self.open_import)
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setStatusTip(self.tr("Save everything as an unencrypted JSON file or Markdown folder"))
        self.export_action.triggered.connect(self.open_export)
        self.quit_action = QAction(self.tr("&Quit"), self)
        # Cmd+Q on macOS; the platform default (StandardKey.Quit) is empty on some desktops.
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.help_action = QAction(self.tr("&Guide"), self)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(self.open_help)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(lambda: self.open_help("shortcuts"))
        self.about_action = QAction(self.tr("&About Integration Journal"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)

        menu_bar = self.menuBar()
        menu_bar.setAccessibleName(self.tr("Menu bar"))
        journal_menu = menu_bar.addMenu(self.tr("&Journal"))
        journal_menu.addAction(self.lock_action)
        journal_menu.addAction(self.settings_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.import_action)
        journal_menu.addAction(self.export_action)
        journal_menu.addSeparator()
        journal_menu.addAction(self.quit_action)
        go_menu = menu_bar.addMenu(self.tr("&Go"))
        for action in self.page_actions:
            go_menu.addAction(action)
        help_menu = menu_bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self._add_support_actions(help_menu, go_menu)

        # --- status bar ----------------------------------------------------------------------------
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of entries"))
        self.damaged_label = QLabel()
        self.damaged_label.setAccessibleName(self.tr("Damaged records"))
        self.notice_label = QLabel()
        self.notice_label.setAccessibleName(self.tr("Notice"))
        self.notice_label.hide()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.notice_label)
        self.statusBar().addPermanentWidget(self.damaged_label)
        self.statusBar().setAccessibleName(self.tr("Status bar"))
        if demo:
            self.set_notice(self.tr("Demo journal with made-up entries — deleted when you quit"))

        # --- idle lock -----------------------------------------------------------------------------
        self.idle = IdleWatcher(self._timeout_seconds(), clock=idle_clock, tick_ms=idle_tick_ms,
                                countdown_seconds=COUNTDOWN_SECONDS, parent=self)
        self.idle.countdown.connect(self._countdown)
        self.idle.timed_out.connect(self._idle_timeout)

        # --- reminders for due guided prompts and questionnaires (Settings → reminders) -----------
        self._reminded: set[str] = set()
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setInterval(reminder_ms)
        self.reminder_timer.timeout.connect(self.check_reminders)
        self.reminder_timer.timeout.connect(self.refresh_reminder_times)
        self.reminder_timer.start()
        QTimer.singleShot(0, self, self.check_reminders)
        # The reminder helper's due times (storage.reminder_helper), when it is on: now, a moment after
        # each change to the journal, every reminder tick, and a last time before locking.
        self.reminder_times_timer = QTimer(self)
        self.reminder_times_timer.setSingleShot(True)
        self.reminder_times_timer.setInterval(REMINDER_TIMES_DELAY_MS)
        self.reminder_times_timer.timeout.connect(self.refresh_reminder_times)
        self.reminder_times_timer.start()
        self.restyle()

        # --- after the window shows, one short turn of the event loop at a time: the rest of the
        # entries when the unlock deferred them, then what shows them refreshes, then the records the
        # unlock took unchecked are checked (issue #16: no turn over 100 ms at 100,000 entries) ---------
        self.load_timer = self._zero_timer(self._load_step)
        self.refresh_timer = self._zero_timer(self._refresh_step)
        self.verify_timer = self._zero_timer(self._verify_step)
        self._refresh_steps: deque[Callable[[], None]] = deque()
        self._verify_next = True  # once the refresh steps are done
        if ws.loading:
            self.load_timer.start()
        else:
            self.verify_timer.start()

        self._restore_geometry()
        self.reload()
        self.sidebar.setCurrentRow(0)
        self.sidebar.setFocus()
        # The pages built over the journal are long-lived too: out of the cyclic collector's walks until
        # the lock, with the records (its first full pass scanned them all in one turn: ~90 ms at 100,000).
        ws.keep_out_of_collector()

    # --- context ----------------------------------------------------------------------------------

    @property
    def workspace(self) -> Any:
        return self._ws

    @property
    def is_locked(self) -> bool:
        return self._ws is None

    def _now(self) -> Any:
        now = getattr(self.ctx.journal, "now", None)
        return now() if now is not None else None

    def _role(self) -> str:
        try:
            profiles = self._ws.journal.list(kind=PROFILE_KIND)
        except Exception as exc:  # noqa: BLE001 - a page list must still appear
            report_unexpected(exc)
            profiles = []
        role = getattr(profiles[0], "role", "patient") if profiles else "patient"
        return str(getattr(role, "value", role))

    def _settings_service(self) -> Any:
        from integration_journal.core.settings import SettingsService

        return SettingsService(self.ctx.journal)

    def _timeout_seconds(self) -> float:
        from integration_journal.core.settings import LOCK_TIMEOUT_DEFAULT

        try:
            minutes = self._settings_service().lock_timeout_minutes()
        except Exception as exc:  # noqa: BLE001 - the default still locks
            report_unexpected(exc)
            minutes = LOCK_TIMEOUT_DEFAULT
        return minutes * 60.0

    # --- pages --------------------------------------------------------------------------------------

    @property
    def pages(self) -> list[Page]:
        """The pages built so far, in sidebar order."""
        return [self._pages[i] for i in sorted(self._pages)]

    def page(self, index: int) -> Page:
        """The page at `index`, built on first use."""
        page = self._pages.get(index)
        if page is None:
            page = self.page_types[index](self.ctx)
            page.setAccessibleName(_page_title(self.page_types[index]))
            slot = self._slots[index]
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(slot)
            slot.deleteLater()
            self._slots[index] = page
            self._pages[index] = page
        return page

    def page_index(self, page_id: str) -> int | None:
        for index, cls in enumerate(self.page_types):
            if cls.PAGE_ID == page_id:
                return index
        return None

    def current_page(self) -> Page | None:
        return self._pages.get(self.stack.currentIndex())

    def show_page(self, index: int, **args: Any) -> None:
        if self._ws is None or not 0 <= index < len(self.page_types):
            return
        if self.sidebar.currentRow() != index:
            self._pending_args = args
            self.sidebar.setCurrentRow(index)  # -> _row_changed
            return
        self._activate(index, args)

    def _row_changed(self, row: int) -> None:
        args, self._pending_args = self._pending_args, {}
        if self._ws is not None and row >= 0:
            self._activate(row, args)

    def _activate(self, index: int, args: dict[str, Any]) -> None:
        try:
            page = self.page(index)
            self.stack.setCurrentWidget(page)
            page.activate(**args)
        except Exception as exc:  # noqa: BLE001 - one page's failure must not take the window down
            self._dialogs.warn(self, self.tr("Integration Journal"), describe(exc))

    def _records_changed(self, kinds: object) -> None:
        kinds = set(kinds) if kinds else set()
        for page in self.pages:
            self._tell_page(page, kinds)
        self._after_change(kinds)

    def _tell_page(self, page: Page, kinds: set[str]) -> None:
        if self._ws is None:
            return
        try:
            page.records_changed(kinds)
        except Exception as exc:  # noqa: BLE001 - the other pages still refresh
            report_unexpected(exc)

    def _after_change(self, kinds: set[str]) -> None:
        """What the window itself follows when records change (the pages are told first)."""
        if self._ws is None:
            return
        if ENTRY_KIND in kinds or RECEIVED_KIND in kinds:
            self._update_count()
        if "settings" in kinds:
            self.idle.set_timeout(self._timeout_seconds())
        if self._ws is not None:
            self.reminder_times_timer.start()

    def _navigate_requested(self, page_id: str, args: object) -> None:
        args = dict(args) if isinstance(args, dict) else {}
        if page_id == PROMPTS_PAGE_ID:
            self.open_prompt_wizard(**args)
            return
        if page_id == HELP_NOW_ID:
            self.open_help_now()
            return
        index = self.page_index(page_id)
        if index is not None:
            self.show_page(index, **args)

    def open_prompt_wizard(self, **args: Any) -> None:
        if self._ws is None or importlib.util.find_spec(PROMPT_WIZARD_MODULE) is None:
            return
        cls = getattr(importlib.import_module(PROMPT_WIZARD_MODULE), "PromptWizard")
        try:
            params = inspect.signature(cls).parameters
        except (TypeError, ValueError):
            params = {}
        kwargs = dict(args)
        if "parent" in params:
            kwargs["parent"] = self
        self._close_prompt_wizard(save=True)
        self.prompt_wizard = cls(self.ctx, **kwargs)
        opener = getattr(self.prompt_wizard, "open", None) or self.prompt_wizard.show
        opener()

    def _close_prompt_wizard(self, *, save: bool) -> None:
        wizard, self.prompt_wizard = self.prompt_wizard, None
        if wizard is None:
            return
        for hook in (("save_state",) if save else ()) + ("clear",):
            method = getattr(wizard, hook, None)
            if method is not None:
                try:
                    method()
                except Exception as exc:  # noqa: BLE001 - locking goes on regardless
                    report_unexpected(exc)
        wizard.hide()
        wizard.deleteLater()

    # --- status -------------------------------------------------------------------------------------

    def reload(self) -> None:
        if self._ws is None:
            return
        self._update_count()
        damaged = len(self._ws.damaged)
        if damaged:
            text = (self.tr("1 record could not be read — run Verify") if damaged == 1
                    else self.tr("{count} records could not be read — run Verify").format(count=damaged))
            self.damaged_label.setText(text)
            self.damaged_label.setToolTip(self.tr(
                "The rest of the journal is fine. Verify lists which records are affected; from a terminal: "
                "integration-journal verify"))
        else:
            self.damaged_label.clear()
        self.damaged_label.setVisible(bool(damaged))

    def _load_step(self) -> None:
        """Decode the next few deferred entries; at the end, everything that shows entries refreshes.
        (Anything that needs entries sooner, like opening the Journal page, decodes the rest at once.)"""
        if self._ws is None:
            return
        try:
            more = self._ws.load_more(LOAD_STEP)
        except Exception as exc:  # noqa: BLE001 - decoding reports damage, never raises; be safe anyway
            report_unexpected(exc)
            return
        if more:
            self.load_timer.start()
            return
        self._refresh_in_steps({ENTRY_KIND})

    @property
    def working_in_background(self) -> bool:
        """True while steps after the window showed are still to run (decoding entries, refreshing what
        shows them, checking records the unlock took unchecked)."""
        return self._ws is not None and (
            self._ws.loading or self.load_timer.isActive() or self.refresh_timer.isActive()
            or self.verify_timer.isActive() or bool(self._refresh_steps))

    def _zero_timer(self, step: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(step)
        return timer

    def _refresh_in_steps(self, kinds: set[str]) -> None:
        """Records of these kinds changed in the background: the status bar, then each page, then the
        rest of the window follow, each in its own turn of the event loop, so no turn does it all."""
        steps = self._refresh_steps
        steps.append(self.reload)
        steps.extend(partial(self._tell_page, page, set(kinds)) for page in self.pages)
        steps.append(partial(self._after_change, set(kinds)))
        self.refresh_timer.start()

    def _refresh_step(self) -> None:
        if self._ws is None:
            self._refresh_steps.clear()
            return
        if self._refresh_steps:
            step = self._refresh_steps.popleft()
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - the next steps still run
                report_unexpected(exc)
        if self._refresh_steps:
            self.refresh_timer.start()
        elif self._verify_next:
            self.verify_timer.start()

    def _verify_step(self) -> None:
        """Check the next few records the unlock took unchecked; when one is damaged, show it as the
        unlock would have (the status bar, and every page without it), then go on."""
        journal = getattr(self._ws, "journal", None)
        verify = getattr(journal, "verify_more", None)
        if verify is None:
            return
        before = len(journal.damaged_so_far)
        try:
            more = bool(verify(VERIFY_STEP))
        except VaultLocked:  # closed without this window's lock (the app quitting): nothing left to check
            more = False
        except Exception as exc:  # noqa: BLE001 - checking reports damage, never raises; be safe anyway
            report_unexpected(exc)
            more = False
        self._verify_next = more
        if len(journal.damaged_so_far) != before:
            self._refresh_in_steps(set(KIND_TO_TYPE))  # gone records could be of any kind
        elif more:
            self.verify_timer.start()

    def _update_count(self) -> None:
        if self._ws is not None and self._ws.loading:
            self.count_label.setText(self.tr("Opening entries…"))
            return
        if self._role() == "therapist":  # what a therapist's journal holds is what patients shared
            count = self.ctx.journal.count(RECEIVED_KIND)
            self.count_label.setText(self.tr("1 shared item") if count == 1
                                     else self.tr("{count} shared items").format(count=QLocale().toString(count)))
            return
        count = self.ctx.journal.count(ENTRY_KIND)
        self.count_label.setText(self.tr("1 entry") if count == 1
                                 else self.tr("{count} entries").format(count=QLocale().toString(count)))

    def start_rotating_backup(self) -> bool:
        """At unlock: keep the rotating encrypted backup in the journal's folder, off the UI thread
        (it copies the whole vault when anything changed since the last one)."""
        rotate = getattr(self._access, "rotating_backup", None)
        if self._ws is None or rotate is None:
            return False
        ws = self._ws
        run_in_background(lambda: rotate(ws), lambda _dest: None, self._rotating_backup_failed, parent=self)
        return True

    def _rotating_backup_failed(self, exc: BaseException) -> None:
        if self._ws is None:
            return  # locked meanwhile: the vault closed under the copy; the next unlock tries again
        self.statusBar().showMessage(
            self.tr("The automatic backup could not be written: {reason}").format(reason=describe(exc)), 15000)

    def start_backup_copy(self) -> bool:
        """At unlock: write the extra encrypted copy to the backup folder from Settings, if one is set,
        off the UI thread. Returns whether a copy was started."""
        backup = getattr(self._access, "backup_to_folder", None)
        if self._ws is None or backup is None:
            return False
        try:
            folder = self._settings_service().backup_folder()
        except Exception as exc:  # noqa: BLE001
            report_unexpected(exc)
            return False
        if not folder:
            return False
        ws = self._ws
        run_in_background(lambda: backup(ws, folder), self._backup_done, self._backup_failed, parent=self)
        return True

    def _backup_done(self, dest: object) -> None:
        self.backup_result = dest
        if dest is not None:
            self.statusBar().showMessage(self.tr("An extra encrypted copy was saved in your backup folder."),
                                         8000)

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_result = exc
        if self._ws is None:
            return  # locked meanwhile: the copy simply waits for the next unlock
        self.set_notice(self.tr("The extra backup copy could not be saved: {reason}").format(reason=describe(exc)))

    backup_result: object = None

    def set_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def restyle(self) -> None:
        from integration_journal.ui.theme import current_scheme, notice_colours

        self.countdown_banner.restyle(notice_colours(current_scheme()))

    # --- fallback journal view (when no page could be registered: the stand-in entry list) --------

    def _fallback(self) -> EntryListPage | None:
        for index, cls in enumerate(self.page_types):
            if cls is EntryListPage:
                page = self._pages.get(index)
                return page if isinstance(page, EntryListPage) else None
        return None

    @property
    def entry_model(self) -> EntryTableModel | None:
        page = self._fallback()
        return page.entry_model if page is not None else None

    @property
    def entry_view(self) -> QTableView | None:
        page = self._fallback()
        return page.entry_view if page is not None else None

    @property
    def central(self) -> QStackedWidget | None:
        page = self._fallback()
        return page.central if page is not None else None

    @property
    def empty_label(self) -> QLabel | None:
        page = self._fallback()
        return page.empty_label if page is not None else None

    # --- dialogs ------------------------------------------------------------------------------------

    def open_settings(self) -> None:
        if self._ws is None:
            return
        from integration_journal.ui.settings_dialog import SettingsDialog

        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        self.settings_dialog = SettingsDialog(self.ctx, self._dialogs, access=self._access, parent=self)
        self.settings_dialog.applied.connect(self._settings_applied)
        self.settings_dialog.finished.connect(self._settings_closed)
        self.settings_dialog.open()

    def _settings_closed(self, _result: int = 0) -> None:
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def open_import(self) -> None:
        self._open_portability("ImportDialog")

    def open_export(self) -> None:
        self._open_portability("ExportDialog")

    def _open_portability(self, name: str) -> None:
        if self._ws is None:
            return
        from integration_journal.ui import import_export

        if self.portability_dialog is not None:
            self.portability_dialog.raise_()
            self.portability_dialog.activateWindow()
            return
        self.portability_dialog = getattr(import_export, name)(self.ctx, self._dialogs, parent=self)
        self.portability_dialog.finished.connect(self._portability_closed)
        self.portability_dialog.open()

    def _portability_closed(self, _result: int = 0) -> None:
        dialog, self.portability_dialog = self.portability_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _settings_applied(self, kinds: object) -> None:
        if kinds:
            self.ctx.notify_changed(*kinds)
        self.idle.set_timeout(self._timeout_seconds())
        self.restyle()
        self.settings_applied.emit()

    def open_help(self, topic: str | None = None) -> None:
        from integration_journal.ui.help import HelpDialog

        if self.help_dialog is None:
            self.help_dialog = HelpDialog(self)
        if topic:
            self.help_dialog.show_topic(topic)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def _add_support_actions(self, help_menu: Any, go_menu: Any) -> None:
        """"Get help now" on a toolbar over every page and in Help (docs/clinical.md §3.9, §5.3), and the
        daily check-in shortcut."""
        from PySide6.QtWidgets import QToolBar

        self.help_now_panel: Any = None
        self.help_now_action = QAction(self.tr("Get help now"), self)
        self.help_now_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.help_now_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_now_action.setToolTip(self.tr("Get help now: emergency number, crisis lines, your safety plan "
                                                "(Ctrl+Shift+H)"))
        self.help_now_action.triggered.connect(self.open_help_now)
        self.checkin_action = QAction(self.tr("Daily check-in"), self)
        self.checkin_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.checkin_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.checkin_action.triggered.connect(lambda: self._navigate_requested("checkins", {"focus": "checkin"}))
        self.addAction(self.checkin_action)
        if self.page_index("checkins") is not None:
            go_menu.addSeparator()
            go_menu.addAction(self.checkin_action)
        self.support_toolbar = QToolBar(self.tr("Support"))
        self.support_toolbar.setObjectName("support_toolbar")
        self.support_toolbar.setAccessibleName(self.tr("Support"))
        self.support_toolbar.setMovable(False)
        self.support_toolbar.setFloatable(False)
        self.support_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.support_toolbar.addWidget(spacer)
        self.support_toolbar.addAction(self.help_now_action)
        help_now_button = self.support_toolbar.widgetForAction(self.help_now_action)
        help_now_button.setAccessibleName(self.tr("Get help now"))
        # An unmistakable button on every page, not a word in the toolbar: framed (a toolbar's buttons
        # are flat), in bold, with room around the words.
        help_now_button.setObjectName("help_now_button")
        help_now_button.setAutoRaise(False)
        bold = QFont(help_now_button.font())
        bold.setBold(True)
        help_now_button.setFont(bold)
        help_now_button.setMinimumHeight(help_now_button.sizeHint().height() + 8)
        help_now_button.setMinimumWidth(help_now_button.sizeHint().width() + 24)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.support_toolbar)
        help_menu.insertAction(self.help_action, self.help_now_action)
        help_menu.insertSeparator(self.help_action)

    def open_help_now(self) -> None:
        """The support panel without score context; never blocks the window."""
        if self._ws is None:
            return
        from integration_journal.ui.safety_panel import show_help_now

        panel = self.help_now_panel
        if panel is not None and panel.isVisible():
            panel.present()
            return
        self._close_help_now()
        self.help_now_panel = show_help_now(self.ctx, parent=self)

    def _close_help_now(self) -> None:
        panel, self.help_now_panel = getattr(self, "help_now_panel", None), None
        if panel is not None:
            panel.wipe()

    def open_about(self) -> None:
        from integration_journal.ui.help import AboutDialog

        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    # --- idle ---------------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._ws is not None:
            self.idle.start()

    def _countdown(self, seconds: int) -> None:
        if seconds < 0:
            self.countdown_banner.hide()
        else:
            self.countdown_banner.show_seconds(seconds)

    def _idle_timeout(self) -> None:
        self.lock()

    # --- locking and closing ------------------------------------------------------------------------

    def lock(self) -> None:
        """Save every draft, drop everything decrypted, close the vault (keys wiped, instance lock
        released), then tell the application, which shows the unlock screen."""
        if self._ws is None:
            return
        self._release()
        self.locked.emit()

    def check_reminders(self) -> bool:
        """If reminders are on, point to the Today page when a guided-prompt window has opened, or a
        questionnaire has become due (core.measure_reminders), that was not pointed out yet. Quiet: a
        status-bar line, never a pop-up. Returns whether it spoke."""
        if self._ws is None:
            return False
        try:
            if not self._settings_service().reminders():
                return False
            from integration_journal.core.measure_reminders import MeasureReminders
            from integration_journal.core.schedule import Schedule

            now = self.ctx.journal.now()
            due = {item.key for item in Schedule(self.ctx.journal).due(now)}
            measures_due = MeasureReminders(self.ctx.journal).due(now)
        except Exception as exc:  # noqa: BLE001 - a reminder must never break the window
            report_unexpected(exc)
            return False
        # A questionnaire is pointed out once per round: answering it starts a new one with a new day.
        keys = due | {f"measure:{m.instrument}:{m.due_from.isoformat()}" for m in measures_due}
        fresh = keys - self._reminded
        self._reminded |= keys
        if not fresh:
            return False
        parts = []
        if due:
            parts.append(self.tr("A few gentle questions are ready for you on the Today page.") if len(due) == 1
                         else self.tr("{count} sets of gentle questions are ready for you on the Today page.")
                         .format(count=len(due)))
        if measures_due:
            names = [m.short_title for m in measures_due]
            listed = names[0] if len(names) == 1 else self.tr("{first} and {last}").format(
                first=", ".join(names[:-1]), last=names[-1])
            parts.append(self.tr("The {names} is ready to answer on the Today page, whenever suits you.")
                         .format(names=listed) if len(names) == 1 else
                         self.tr("The {names} are ready to answer on the Today page, whenever suits you.")
                         .format(names=listed))
        self.reminder_message = " ".join(parts)
        self.statusBar().showMessage(self.reminder_message, 60_000)
        return True

    def refresh_reminder_times(self) -> bool:
        """If the reminder helper is on, give it the journal's next due times (times only: nothing of
        what falls due; core.reminder_times). Returns whether it is on."""
        data_dir = getattr(self._ws, "data_dir", None)
        if self._ws is None or data_dir is None:
            return False
        try:
            from integration_journal.storage.reminder_helper import refresh

            return refresh(data_dir, self.ctx.journal, tz=getattr(self._ws, "tz", None))
        except Exception as exc:  # noqa: BLE001 - a reminder must never break the window
            report_unexpected(exc)
            return False

    def _release(self) -> None:
        self.reminder_times_timer.stop()
        self.refresh_reminder_times()  # the last chance while the key is here
        self.reminder_timer.stop()
        self._reminded.clear()
        self.idle.stop()
        self.countdown_banner.hide()
        self._save_geometry()
        for dialog in (self.settings_dialog, self.portability_dialog):
            if dialog is not None:
                dialog.discard()
        self._settings_closed()
        self._portability_closed()
        self._close_help_now()
        self._close_prompt_wizard(save=True)
        self._save_child_windows()
        pages = self.pages
        # Every draft is written while the keys are still there; only then is anything dropped.
        for page in pages:
            try:
                page.save_state()
            except Exception as exc:  # noqa: BLE001 - a failed save must not keep the journal open
                report_unexpected(exc)
        for page in pages:
            try:
                page.clear()
            except Exception as exc:  # noqa: BLE001
                report_unexpected(exc)
        for timer in (self.load_timer, self.refresh_timer, self.verify_timer):
            timer.stop()
        self._refresh_steps.clear()
        secure_clipboard().clear_now()  # what was copied from the journal does not outlive it
        self.count_label.clear()
        self.damaged_label.clear()
        self.sidebar.setEnabled(False)
        ws, self._ws = self._ws, None
        try:
            ws.close()
        finally:
            self.ctx.journal = None
            self.ctx.workspace = None

    def _save_child_windows(self) -> None:
        """Open child windows that keep unfinished work (a questionnaire being answered) write their
        encrypted draft now, while the keys are still there; their page drops them afterwards."""
        from PySide6.QtWidgets import QDialog

        for dialog in self.findChildren(QDialog):
            save = getattr(dialog, "save_state", None)
            if dialog.isVisible() and callable(save):
                try:
                    save()
                except Exception as exc:  # noqa: BLE001 - locking goes on regardless
                    report_unexpected(exc)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._ws is not None:
            self._release()
        super().closeEvent(event)
        self.closed.emit()

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest title at the current font size, with the items' padding."""
        metrics = self.sidebar.fontMetrics()
        em = metrics.horizontalAdvance("M")
        widest = max((metrics.horizontalAdvance(self.sidebar.item(i).text())
                      for i in range(self.sidebar.count())), default=0)
        widest = max(widest, metrics.horizontalAdvance(self.lock_button.text().replace("&", "")))
        list_width = widest + round(2.4 * em) + 8  # the item padding (0.8 em each side) and margins
        # It opens wide enough for every title; dragged narrower, the longest end in "…" (their tooltips
        # say them whole), so at a large font size the sidebar does not set the window's minimum width.
        self.sidebar.setMinimumWidth(min(list_width, SIDEBAR_MIN_EMS * em))
        # At a large text size the titles would take a third of a small window: then they share what
        # SIDEBAR_SHARE of the width allows, and the page keeps the rest.
        readable = metrics.averageCharWidth() * SIDEBAR_READABLE_CHARS + round(2.4 * em) + 8
        side = max(min(list_width, max(round(self.width() * SIDEBAR_SHARE), readable)),
                   self.sidebar.minimumWidth()) + 16
        self.splitter.setSizes([side, max(400, self.width() - side)])

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.ApplicationFontChange):
            QTimer.singleShot(0, self, self._fit_sidebar)
        elif event.type() in (event.Type.PaletteChange, event.Type.ApplicationPaletteChange):
            QTimer.singleShot(0, self, self.restyle)

    def _geometry_key(self) -> str:
        """Where this vault's window geometry is kept in QSettings: under a digest of the vault's id (which
        the vault file shows anyway), so two journals on one computer each open as they were left."""
        vault_id = getattr(getattr(getattr(self._ws, "vault", None), "header", None), "vault_id", None)
        if not isinstance(vault_id, bytes):
            return LEGACY_GEOMETRY_KEY
        return f"main_window/{hashlib.sha256(b'window:' + vault_id).hexdigest()[:16]}/geometry"

    def _save_geometry(self) -> None:
        settings = QSettings()
        settings.setValue(self._geometry_key_text, self.saveGeometry())
        if self._geometry_key_text != LEGACY_GEOMETRY_KEY:
            settings.remove(LEGACY_GEOMETRY_KEY)  # one window size for every journal, before

    def _restore_geometry(self) -> None:
        self._geometry_key_text = self._geometry_key()
        geometry = QSettings().value(self._geometry_key_text)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(default_window_size(free_area(self)))
