"""The guide's Trends and Summaries topics: listed, rendered, and true to the pages they describe."""

from __future__ import annotations

import importlib.util
import re

import pytest

from integration_journal.ui.help import TOPICS, HelpDialog, topic_source, topic_title
from integration_journal.ui.pages import registry
from integration_journal.ui.pages.summaries import SummariesPage
from integration_journal.ui.pages.trends.page import TrendsPage

PAGES = {"trends": TrendsPage, "summaries": SummariesPage}


@pytest.mark.parametrize("topic", sorted(PAGES))
def test_the_topic_names_the_page_and_its_shortcut(topic: str) -> None:
    page = PAGES[topic]
    source = topic_source(topic)
    assert topic in TOPICS and topic_title(topic) == page.TITLE
    assert f"**{page.TITLE}** ({registry.shortcut('patient', page)})" in source
    # Every "Ctrl+N" a topic names is the shortcut of the page it says, per the registry order.
    for shortcut in re.findall(r"Ctrl\+\d", source):
        assert shortcut in {"Ctrl+6", "Ctrl+7", "Ctrl+8"}, shortcut


@pytest.mark.parametrize("topic", sorted(PAGES))
def test_the_topic_says_plainly_that_exported_files_are_not_encrypted(topic: str) -> None:
    source = topic_source(topic)
    assert "not encrypted" in source and "security log" in source
    for word in ("cure", "diagnose you", "must ", "should "):  # docs/clinical.md §1.6: calm, non-directive
        assert word not in source.lower()


def test_sharing_is_mentioned_as_it_exists() -> None:
    exists = importlib.util.find_spec("integration_journal.ui.pages.sharing") is not None
    source = topic_source("summaries")
    if exists:
        assert "**Sharing** page (Ctrl+7)" in source and "coming" not in source.lower()
    else:
        assert "coming" in source.lower()


def test_the_guide_shows_the_new_topics(qtbot) -> None:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    for topic in PAGES:
        dialog.show_topic(topic)
        assert dialog.browser.toPlainText().startswith(topic_title(topic))
