"""The Insights page: reframes (an old thought, a new perspective) and commitments (a practice to carry
into daily life) with check-offs and a small view of how the last four weeks went."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.pages.insights.commitments_tab import CommitmentsTab
from integration_journal.ui.pages.insights.kinds import COMMITMENT_KIND, REFRAME_KIND, SOURCE_KINDS
from integration_journal.ui.pages.insights.reframes_tab import ReframesTab
from integration_journal.ui.widgets.fonts import heading_font


class InsightsPage(Page):
    PAGE_ID = "insights"
    TITLE = "Insights"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Insights"))
        heading.setFont(heading_font(self.font()))
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Insights"))
        self.tabs.tabBar().setAccessibleName(self.tr("Insights"))  # Tab stops on the tab list
        self.reframes = ReframesTab(ctx)
        self.commitments = CommitmentsTab(ctx)
        self.tabs.addTab(self.reframes, self.tr("&Reframes"))
        self.tabs.addTab(self.commitments, self.tr("&Commitments"))
        layout.addWidget(self.tabs, 1)
        self.reframes.reload()
        self.commitments.reload()
        restored_reframe = self.reframes.restore_draft()
        if self.commitments.restore_draft() and not restored_reframe:
            self.tabs.setCurrentWidget(self.commitments)

    def activate(self, **args: Any) -> None:
        tab = args.get("tab")
        if tab == "commitments" or isinstance(args.get("commitment_id"), bytes):
            self.tabs.setCurrentWidget(self.commitments)
        elif tab == "reframes" or isinstance(args.get("reframe_id"), bytes):
            self.tabs.setCurrentWidget(self.reframes)
        if isinstance(args.get("commitment_id"), bytes):
            self.commitments.select(args["commitment_id"])
        if isinstance(args.get("reframe_id"), bytes):
            self.reframes.select(args["reframe_id"])
        # A new day may have begun since the page was last shown.
        self.commitments.reload()

    def records_changed(self, kinds: set[str]) -> None:
        if REFRAME_KIND in kinds or kinds & SOURCE_KINDS:
            self.reframes.reload()
        if kinds & SOURCE_KINDS:
            self.reframes.mark_sources_stale()
        if COMMITMENT_KIND in kinds:
            self.commitments.reload()

    def save_state(self) -> None:
        """Unsaved words in either editor are kept as encrypted drafts and come back after unlock."""
        self.reframes.save_draft()
        self.commitments.save_draft()

    def clear(self) -> None:
        self.reframes.clear()
        self.commitments.clear()
