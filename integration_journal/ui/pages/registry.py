"""The sidebar's pages in order: (module, class). A module that does not exist yet is skipped, so a
page appears in the app exactly when it is built."""

from __future__ import annotations

import importlib
import importlib.util

from integration_journal.ui.pages.base import Page

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
    found: list[type[Page]] = []
    for module_name, class_name in (THERAPIST_PAGES if role == "therapist" else PATIENT_PAGES):
        if importlib.util.find_spec(module_name) is None:
            continue
        found.append(getattr(importlib.import_module(module_name), class_name))
    return found


def shortcut(role: str, page: type[Page]) -> str:
    """The key that switches to `page` in `role`'s window: Ctrl+N for the N-th page, up to Ctrl+9."""
    classes = page_classes(role)
    position = classes.index(page) + 1 if page in classes else 0
    return f"Ctrl+{position}" if 1 <= position <= 9 else ""
