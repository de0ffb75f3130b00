"""The built-in guide and About: every topic renders, nothing remote is loaded, links switch topics."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from integration_journal.ui.help import TOPICS, AboutDialog, HelpDialog, render_markdown, topic_html, topic_title
from tests.helpers.clocks import IdleClock
from tests.helpers.main_window import make_workspace, use_fake_pages


def test_every_topic_renders_to_clean_html_with_a_title() -> None:
    for topic in TOPICS:
        html = topic_html(topic)
        assert html.startswith("<h1>") and topic_title(topic) in html
        for banned in ("<img", "<script", "<style", "<iframe", "http:", "https:", "src=", "style="):
            assert banned not in html, (topic, banned)


def test_rendering_strips_remote_and_active_content() -> None:
    html = render_markdown(
        "# T\n\n![x](https://tracker.example/p.png) [away](https://example.com) [inside](help:journal) "
        "<script>alert(1)</script> <img src=\"file:///etc/passwd\"> <a href=\"javascript:alert(1)\">j</a>")
    assert "<img" not in html and "<script" not in html and "javascript" not in html
    assert "https://" not in html and "file:" not in html
    assert 'href="help:journal"' in html


def test_the_guide_shows_topics_follows_help_links_and_loads_nothing(qtbot) -> None:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.topic_list.count() == len(TOPICS)
    assert dialog.topic == "getting-started"
    assert "companion to your care" in dialog.browser.toPlainText()
    for row in range(dialog.topic_list.count()):
        dialog.topic_list.setCurrentRow(row)
        assert dialog.browser.toPlainText().startswith(topic_title(TOPICS[row]))
    dialog.topic_list.setCurrentRow(0)
    dialog.browser.anchorClicked.emit(QUrl("help:sessions"))  # what clicking an in-guide link does
    assert dialog.topic == "sessions" and dialog.topic_list.currentRow() == TOPICS.index("sessions")
    dialog.browser.anchorClicked.emit(QUrl("https://example.com"))
    assert dialog.topic == "sessions"
    assert dialog.browser.resource_requests == []
    qtbot.keyClick(dialog.topic_list, Qt.Key.Key_Down)
    assert dialog.topic == TOPICS[TOPICS.index("sessions") + 1]


def test_the_shortcuts_topic_names_the_shell_shortcuts() -> None:
    text = topic_html("shortcuts")
    for keys in ("Ctrl+L", "Ctrl+,", "F1", "Ctrl+1", "Ctrl+Q"):
        assert keys in text


@pytest.mark.parametrize("wording", ["not a crisis service", "emergency"])
def test_getting_started_says_what_the_app_is_not(wording) -> None:
    assert wording in topic_html("getting-started")


def test_about_names_version_licence_and_attributions(qtbot) -> None:
    from integration_journal import __version__

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.attributions.toPlainText()
    assert dialog.version_label.text() == f"Version {__version__}"
    for name in ("PySide6", "LGPL", "cryptography", "SQLAlchemy", "Alembic", "Markdown", "nh3", "platformdirs"):
        assert name in text
    labels = " ".join(label.text() for label in dialog.findChildren(type(dialog.version_label)))
    assert "GPL-3.0-or-later" in labels
    assert dialog.attributions.resource_requests == []


def test_f1_opens_the_guide_and_the_help_menu_opens_about(qtbot, monkeypatch, data_dir, fast_kdf, dialogs) -> None:
    from integration_journal.ui.main_window import MainWindow

    use_fake_pages(monkeypatch)
    ws = make_workspace(data_dir, fast_kdf)
    window = MainWindow(ws, dialogs, idle_clock=IdleClock())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.help_dialog is not None and window.help_dialog.isVisible())
    window.shortcuts_action.trigger()
    assert window.help_dialog.topic == "shortcuts"
    window.about_action.trigger()
    qtbot.waitUntil(lambda: window.about_dialog is not None and window.about_dialog.isVisible())
    window.close()


def test_the_guide_never_reads_a_local_file(qtbot, tmp_path) -> None:
    """Qt's document falls back to reading file: URLs itself; the browser's loadResource alone did not
    stop it (a guide page, or a hand-made one, must not pull in files from disk)."""
    from integration_journal.ui.help import LocalBrowser

    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG not really")
    browser = LocalBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(f'<p>x</p><img src="{secret.as_uri()}"><link rel="stylesheet" href="{secret.as_uri()}">')
    browser.show()
    qtbot.waitExposed(browser)
    assert secret.as_uri() in browser.document_requests  # asked for, and refused
    assert browser.document().resource(1, QUrl(secret.as_uri())) is None
