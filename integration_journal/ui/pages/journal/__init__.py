"""The Journal page and the widgets only it uses; JournalPage is re-exported for the page registry."""

from integration_journal.ui.pages.journal.page import JournalPage

__all__ = ["JournalPage"]
