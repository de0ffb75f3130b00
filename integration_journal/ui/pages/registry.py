"""The sidebar's pages in order: (module, class). Every registered page must import: a page that
cannot (say, left out of a frozen bundle) raises PageUnavailable naming it, instead of a main window
that silently lacks it."""

from __future__ import annotations

import importlib

from integration_journal.ui.pages.base import Page


class PageUnavailable(ImportError):
    """A registered page's module or class cannot be loaded."""

    def __init__(self, module_name: str, class_name: str, reason: str) -> None:
        super().__init__(f"The page {class_name} ({module_name}) is registered but cannot be loaded: {reason}")
        self.module_name = module_name
        self.class_name = class_name

# docs/design.md §6. Shortcuts: Ctrl+1 … Ctrl+9 in this order, per role (see shortcut()): a page in both
# roles' lists, like Summaries, has the key of its place in each.
PATIENT_PAGES: tuple[tuple[str, str], ...] = (
    ("integration_journal.ui.pages.today", "TodayPage"),
    ("integration_journal.ui.pages.sessions", "SessionsPage"),
    ("integration_journal.ui.pages.journal", "JournalPage"),
    ("integration_journal.ui.pages.checkins", "CheckinsPage"),
    ("integration_journal.ui.pages.insights", "InsightsPage"),
    ("integration_journal.ui.pages.trends", "TrendsPage"),
    ("integration_journal.ui.pages.sharing", "SharingPage"),
    ("integration_journal.ui.pages.summaries", "SummariesPage"),
    ("integration_journal.ui.pages.safety_plan", "SafetyPlanPage"),
)

THERAPIST_PAGES: tuple[tuple[str, str], ...] = (
    ("integration_journal.ui.pages.inbox", "InboxPage"),
    ("integration_journal.ui.pages.patients", "PatientsPage"),
    ("integration_journal.ui.pages.prompt_packs", "PromptPacksPage"),
    ("integration_journal.ui.pages.summaries", "SummariesPage"),
    ("integration_journal.ui.pages.journal", "JournalPage"),
)


def page_classes(role: str) -> list[type[Page]]:
    return [load_page(module_name, class_name)
            for module_name, class_name in (THERAPIST_PAGES if role == "therapist" else PATIENT_PAGES)]


def load_page(module_name: str, class_name: str) -> type[Page]:
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise PageUnavailable(module_name, class_name, str(exc) or type(exc).__name__) from exc
    page = getattr(module, class_name, None)
    if not (isinstance(page, type) and issubclass(page, Page)):
        raise PageUnavailable(module_name, class_name, f"the module has no page class {class_name}")
    return page


def shortcut(role: str, page: type[Page]) -> str:
    """The key that switches to `page` in `role`'s window: Ctrl+N for the N-th page, up to Ctrl+9."""
    classes = page_classes(role)
    position = classes.index(page) + 1 if page in classes else 0
    return f"Ctrl+{position}" if 1 <= position <= 9 else ""
