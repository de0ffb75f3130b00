"""The main window for tests: fake pages in the registry, a built vault, the real window shown and
active, a storage access that notes what ran, and the idle lock on a clock that stands still."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from integration_journal.ui.pages.base import Page, PageContext
from tests.helpers.clocks import FrozenClock, IdleClock
from tests.helpers.workspaces import PASSPHRASE


class FakePage(Page):
    """Records every hook call into the class-level `log` (shared by all fake pages of a test)."""

    log: list[tuple[str, str]] = []
    vault_open_during_save: list[bool] = []

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.activations: list[dict[str, Any]] = []
        self.changes: list[set[str]] = []
        self.edit = QLineEdit()
        self.edit.setAccessibleName(f"{self.TITLE} note")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.TITLE))
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.log.append(("built", self.PAGE_ID))

    def activate(self, **args: Any) -> None:
        self.activations.append(args)
        self.log.append(("activate", self.PAGE_ID))

    def records_changed(self, kinds: set[str]) -> None:
        self.changes.append(kinds)

    def save_state(self) -> None:
        vault = getattr(self.ctx.workspace, "vault", None)
        self.vault_open_during_save.append(bool(vault is not None and vault.is_open))
        self.log.append(("save_state", self.PAGE_ID))

    def clear(self) -> None:
        self.edit.clear()
        self.log.append(("clear", self.PAGE_ID))


class PageOne(FakePage):
    PAGE_ID, TITLE = "one", "First"


class PageTwo(FakePage):
    PAGE_ID, TITLE = "two", "Second"


class PageThree(FakePage):
    PAGE_ID, TITLE = "three", "Third"


FAKE_PAGES = [PageOne, PageTwo, PageThree]


def use_fake_pages(monkeypatch, pages=None, roles: list[str] | None = None) -> None:
    """Make the registry offer the fake pages (and remember which role asked)."""
    from integration_journal.ui.pages import registry

    FakePage.log = []
    FakePage.vault_open_during_save = []
    chosen = FAKE_PAGES if pages is None else pages

    def page_classes(role: str) -> list[type[Page]]:
        if roles is not None:
            roles.append(role)
        return list(chosen)

    monkeypatch.setattr(registry, "page_classes", page_classes)


def make_workspace(data_dir: Path, policy, *, role: str = "patient", entries: int = 0, clock=None):
    """A new workspace on `clock` (default: a clock frozen at FROZEN_NOW) with `entries` entries, one a day."""
    from integration_journal.core.records import Entry
    from integration_journal.storage.workspace import Workspace

    clock = clock or FrozenClock()
    ws, _kit = Workspace.create(data_dir, PASSPHRASE, role=role, display_name="Sam", policy=policy, clock=clock)
    now = clock()
    for index in range(entries):
        ws.journal.add(Entry(title=f"Entry {index}", body="Some words.", created=now - dt.timedelta(days=index)),
                       keep_timestamps=True)
    return ws


class RecordingAccess:
    """Wraps app.StorageAccess and notes which vault-level actions ran."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.data_dir = inner.data_dir
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def change_passphrase(self, ws, old, new):
        self.calls.append("change_passphrase")
        return self.inner.change_passphrase(ws, old, new)

    def backup_to_folder(self, ws, folder):
        self.calls.append("backup_to_folder")
        return self.inner.backup_to_folder(ws, folder)


def main_window_over(qtbot, ws, dialogs):
    """The real main window over `ws`, built but not shown (the idle lock on a clock that stands still):
    for tests that drive its background steps by hand."""
    from integration_journal.ui.main_window import MainWindow

    window = MainWindow(ws, dialogs, idle_clock=IdleClock())
    qtbot.addWidget(window)
    return window


def open_main_window(qtbot, ws, dialogs, **options):
    """The real main window over `ws`, shown and active (the idle lock on a clock that stands still)."""
    from integration_journal.ui.main_window import MainWindow

    options.setdefault("idle_clock", IdleClock())
    window = MainWindow(ws, dialogs, **options)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_settings(qtbot, main):
    """Settings by its shortcut (Ctrl+,), as a person opens it, the dialog shown and active. The main window
    is made active first: the shortcut belongs to it, and a support panel may have been in front."""
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main.sidebar, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: main.settings_dialog is not None and main.settings_dialog.isVisible())
    dialog = main.settings_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def close_controller(ctl) -> None:
    """A test's AppController put away: its workspaces closed, its windows hidden and deleted."""
    ctl.shutdown()
    for window in (ctl.unlock_window, ctl.create_dialog, ctl.main_window):
        if window is not None:
            window.hide()
            window.deleteLater()
