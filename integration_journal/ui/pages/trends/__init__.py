"""The Trends page, its charts and their table; TrendsPage is re-exported for the page registry."""

from integration_journal.ui.pages.trends.page import TrendsPage

__all__ = ["TrendsPage"]
