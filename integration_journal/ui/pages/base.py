"""What every main-window page gets (PageContext) and must offer (Page).

Pages present and edit; they reach data only through `ctx.journal` (core.journal.Journal) and the
small services on the context, never SQL or keys. The shell (ui/main_window/) builds the pages
listed in ui/pages/registry.py, shows one at a time, and calls `save_state()` then `clear()` on
every page before it locks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class JournalEvents(QObject):
    """Tells every page when records change, so Today, lists and counts stay current.

    `records_changed` carries the set of record kinds (e.g. {"entry"}) that were added, edited or
    deleted; pages emit it after their own writes through `PageContext.notify_changed`.
    `navigate_requested(page_id, args)` asks the shell to show another page ("journal", {"entry_id":
    b"…"}), or, with page_id "prompts", to open the guided-prompt wizard (a dialog, not a page):
    ("prompts", {"phase": "same-day", "session_id": b"…"}).
    """

    records_changed = Signal(object)
    navigate_requested = Signal(str, object)


@dataclass
class PageContext:
    """The unlocked journal and the app's services, as one object handed to every page."""

    journal: Any  # integration_journal.core.journal.Journal
    workspace: Any  # integration_journal.storage.workspace.Workspace (vault-level actions only)
    dialogs: Any  # integration_journal.ui.dialogs.Dialogs (message boxes, file dialogs)
    events: JournalEvents
    clock: Callable[[], Any] = field(default=lambda: None)  # aware datetime "now"; see journal.now

    def notify_changed(self, *kinds: str) -> None:
        self.events.records_changed.emit(set(kinds))

    def navigate(self, page_id: str, **args: Any) -> None:
        self.events.navigate_requested.emit(page_id, args)

    def now(self):
        return self.journal.now()

    def today(self):
        """Today's date in the journal's zone: the day check-ins, check-offs and ranges count from."""
        return self.journal.today()


class Page(QWidget):
    """A main-window page. Subclasses set PAGE_ID and TITLE, build their widgets in __init__, and
    override the hooks they need."""

    PAGE_ID = ""
    TITLE = ""  # sidebar label, translated with QCoreApplication.translate("pages", TITLE)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def activate(self, **args: Any) -> None:
        """Shown (again); `args` come from ctx.navigate(). Refresh cheap views here."""

    def records_changed(self, kinds: set[str]) -> None:
        """Records of these kinds changed somewhere in the app."""

    def save_state(self) -> None:
        """Before a lock or quit: write any open draft, encrypted, through the journal."""

    def clear(self) -> None:
        """After save_state, before the keys go: drop models, undo stacks, search text, and every
        widget's decrypted content. The page is never used again after this."""
