"""`integration-journal self-check`: is this installation complete? For the frozen bundle's smoke test
(tests/packaging/test_frozen_app.py) and for anyone asking whether their copy is broken.

In a throwaway folder, deleted afterwards, it creates a journal of each role (the key derivation and the
migrations Alembic runs from disk), opens the real main window offscreen, builds and shows every page of
the role, and closes it; it also reads every kind of content file. Nothing of the person's own journal
or settings is read or written: the check's settings go to the throwaway folder too.
"""

from __future__ import annotations

import secrets
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from integration_journal.ui.dialogs import Dialogs

ROLES = ("patient", "therapist")


@dataclass
class SelfCheckReport:
    content: dict[str, int] = field(default_factory=dict)  # kind -> how many files loaded
    pages: dict[str, list[str]] = field(default_factory=dict)  # role -> page ids shown, in sidebar order
    expected_pages: dict[str, list[str]] = field(default_factory=dict)  # role -> the registry's page ids
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "content": self.content, "pages": self.pages,
                "expected_pages": self.expected_pages, "problems": self.problems}


class _NoQuestions(Dialogs):
    """Nobody answers during a self-check: questions are declined, messages become problems."""

    def __init__(self, problems: list[str]) -> None:
        self._problems = problems

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self._problems.append(f"{title}: {text}")

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self._problems.append(f"{title}: {text}")

    def confirm(self, parent: QWidget | None, title: str, text: str, *, accept: str, reject: str) -> bool:
        return False

    def save_path(self, *args, **kwargs) -> None:
        return None

    def open_path(self, *args, **kwargs) -> None:
        return None

    def choose_folder(self, *args, **kwargs) -> None:
        return None

    def choose_printer(self, *args, **kwargs) -> bool:
        return False


def _check_content(report: SelfCheckReport) -> None:
    from integration_journal.core.crisis_lines import builtin_crisis_lines
    from integration_journal.core.measures import builtin_measures
    from integration_journal.core.prompts import builtin_packs
    from integration_journal.ui.app_icon import app_icon
    from integration_journal.ui.help import TOPICS, topic_html
    from integration_journal.ui.theme import palette_spec, style_sheet

    checks = {
        "measures": lambda: len(builtin_measures()),
        "crisis_lines": lambda: len(builtin_crisis_lines()),
        "prompt_packs": lambda: len(builtin_packs()),
        "help_pages": lambda: sum(1 for topic in TOPICS if topic_html(topic)),
        "styles": lambda: sum(1 for name in ("light", "dark") if palette_spec(name)) + bool(style_sheet("shell")),
        "icon_sizes": lambda: len(app_icon().availableSizes()),
    }
    for kind, count in checks.items():
        try:
            report.content[kind] = count()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none stops the check
            report.problems.append(f"{kind}: {type(exc).__name__}: {exc}")
            continue
        if report.content[kind] == 0:
            report.problems.append(f"{kind}: none found")


def _check_role(report: SelfCheckReport, app: QApplication, folder: Path, role: str) -> None:
    from integration_journal.storage.paths import kdf_policy_from_env
    from integration_journal.storage.workspace import Workspace
    from integration_journal.ui.main_window import MainWindow
    from integration_journal.ui.pages import registry

    wanted = registry.THERAPIST_PAGES if role == "therapist" else registry.PATIENT_PAGES
    try:
        report.expected_pages[role] = [load.PAGE_ID for load in registry.page_classes(role)]
    except ImportError as exc:
        report.problems.append(f"{role} pages: {exc}")
        return
    if len(report.expected_pages[role]) != len(wanted):
        report.problems.append(f"{role} pages: the registry lists {len(wanted)}, {len(report.expected_pages[role])} loaded")
    ws, _kit = Workspace.create(folder / role, secrets.token_urlsafe(24), role=role, display_name="Self-check",
                                policy=kdf_policy_from_env(), remember_here=False)
    window = None
    try:
        window = MainWindow(ws, _NoQuestions(report.problems))
        window.show()
        for index in range(len(window.page_types)):
            window.show_page(index)
            app.processEvents()
        report.pages[role] = [page.PAGE_ID for page in window.pages]
        if window.current_page() is None:
            report.problems.append(f"{role}: the main window shows no page")
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
        else:
            ws.close()
        app.processEvents()
    if report.pages.get(role) != report.expected_pages.get(role):
        report.problems.append(f"{role} pages: shown {report.pages.get(role)}, expected {report.expected_pages[role]}")


def run_self_check(app: QApplication) -> SelfCheckReport:
    """The whole check, with `app` already made (offscreen: the caller chooses the platform)."""
    from integration_journal.ui.theme import load_appearance, theme_manager

    report = SelfCheckReport()
    with tempfile.TemporaryDirectory(prefix="integration-journal-self-check-") as tmp:
        folder = Path(tmp)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
        _check_content(report)
        theme_manager(app).apply(load_appearance())
        for role in ROLES:
            try:
                _check_role(report, app, folder, role)
            except Exception as exc:  # noqa: BLE001 - reported, and the other role is still checked
                report.problems.append(f"{role}: {type(exc).__name__}: {exc}")
    return report
