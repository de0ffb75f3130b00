"""The Insights page and its reframes and commitments tabs; InsightsPage is re-exported for the page registry."""

from integration_journal.ui.pages.insights.page import InsightsPage

__all__ = ["InsightsPage"]
