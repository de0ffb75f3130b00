"""The built-in guide (resources/help/*.md, rendered with markdown and cleaned with nh3) and About.

Nothing here loads a remote resource: the HTML is cleaned to a small set of tags without images, only
`help:` links survive, and the browser refuses every resource request.
"""

from __future__ import annotations

import platform
from functools import cache
from typing import Any

from PySide6 import __version__ as PYSIDE_VERSION  # noqa: N812 - a constant here
from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from integration_journal import __version__
from integration_journal.core.resource_files import resource
from integration_journal.ui.markdown_view import NothingLoadedDocument
from integration_journal.ui.theme import style_sheet
from integration_journal.ui.widgets.fonts import heading_font

HELP_SCHEME = "help"
# Order of the guide; each id is resources/help/<id>.md whose first line is "# Title".
TOPICS: tuple[str, ...] = (
    "getting-started", "sessions", "prompts", "journal", "checkins", "trends", "summaries", "sharing",
    "therapist", "privacy", "recovery-kit", "shortcuts",
)
_ALLOWED_TAGS = {
    "h1", "h2", "h3", "h4", "p", "br", "hr", "ul", "ol", "li", "strong", "em", "b", "i", "code", "pre",
    "blockquote", "table", "thead", "tbody", "tr", "th", "td", "a",
}
_BROWSER_CSS = """
h1 { font-size: x-large; margin-bottom: 8px; }
h2 { font-size: large; margin-top: 18px; margin-bottom: 6px; }
p, li { line-height: 140%; }
td, th { padding: 4px 10px 4px 0; }
th { text-align: left; }
code { font-family: monospace; }
"""


def _keep_help_links(tag: str, attribute: str, value: str) -> str | None:
    if tag == "a" and attribute == "href":
        return value if value.startswith(f"{HELP_SCHEME}:") else None
    return value


def render_markdown(text: str) -> str:
    """Markdown to clean HTML: a fixed set of tags, no images, no styles, only help: links."""
    import markdown
    import nh3

    html = markdown.markdown(text, extensions=["tables", "sane_lists"], output_format="html")
    return nh3.clean(html, tags=_ALLOWED_TAGS, attributes={"a": {"href"}}, attribute_filter=_keep_help_links,
                     url_schemes={HELP_SCHEME}, link_rel=None, strip_comments=True)


@cache
def topic_source(topic: str) -> str:
    if topic not in TOPICS:
        raise KeyError(topic)
    path = resource("help", f"{topic}.md")
    return path.read_text(encoding="utf-8")


def topic_title(topic: str) -> str:
    first = topic_source(topic).lstrip().splitlines()[0]
    return first.lstrip("#").strip()


def topic_html(topic: str) -> str:
    return render_markdown(topic_source(topic))


class LocalBrowser(QTextBrowser):
    """A text browser that never fetches anything; `help:` links switch topics."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(NothingLoadedDocument(self))  # the browser's own loadResource is not enough
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(_BROWSER_CSS)
        self.document().setDocumentMargin(14)
        self.resource_requests: list[str] = []

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 - Qt override
        self.resource_requests.append(url.toString() if isinstance(url, QUrl) else str(url))
        return None

    @property
    def document_requests(self) -> list[str]:
        return self.document().requests


class HelpDialog(QDialog):
    """The guide: topics on the left, the page on the right. Non-modal, so it can stay open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Integration Journal Guide"))
        self.topic_list = QListWidget()
        self.topic_list.setObjectName("help_topics")
        self.topic_list.setStyleSheet(style_sheet("shell"))
        self.topic_list.setAccessibleName(self.tr("Guide topics"))
        for topic in TOPICS:
            title = QCoreApplication.translate("help", topic_title(topic))
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, topic)
            self.topic_list.addItem(item)
        self.browser = LocalBrowser()
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.browser.anchorClicked.connect(self._link)
        self.topic_list.currentRowChanged.connect(self._row_changed)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.topic_list)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        metrics = self.topic_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.topic_list.item(i).text())
                     for i in range(self.topic_list.count()))
        # The window grows with the font size (within the screen), so the page keeps room for its text.
        list_width = widest + metrics.averageCharWidth() * 6
        screen = self.screen().availableGeometry()
        self.resize(min(max(880, list_width + metrics.averageCharWidth() * 66), screen.width()),
                    min(max(620, metrics.lineSpacing() * 30), screen.height()))
        list_width = min(list_width, self.width() // 2)  # a small screen: long topic names are shortened
        splitter.setSizes([list_width, self.width() - list_width])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.topic = ""
        self.topic_list.setCurrentRow(0)
        self.topic_list.setFocus()

    def show_topic(self, topic: str) -> None:
        if topic in TOPICS:
            self.topic_list.setCurrentRow(TOPICS.index(topic))

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(TOPICS):
            self.topic = TOPICS[row]
            self.browser.setHtml(topic_html(self.topic))

    def _link(self, url: QUrl) -> None:
        if url.scheme() == HELP_SCHEME:
            self.show_topic(url.path())


ATTRIBUTIONS: tuple[tuple[str, str, str], ...] = (
    ("Qt and PySide6", "LGPL-3.0", "The Qt Company and the Qt for Python project"),
    ("cryptography", "Apache-2.0 or BSD-3-Clause", "The Python Cryptographic Authority"),
    ("SQLAlchemy", "MIT", "Mike Bayer and contributors"),
    ("Alembic", "MIT", "Mike Bayer and contributors"),
    ("Python-Markdown", "BSD-3-Clause", "The Python-Markdown project"),
    ("nh3 (ammonia)", "MIT", "messense and the ammonia authors"),
    ("platformdirs", "MIT", "The platformdirs developers"),
    ("segno (QR codes)", "BSD-3-Clause", "Lars Heuer and contributors"),
    ("SQLite", "public domain", "D. Richard Hipp and contributors"),
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Integration Journal"))
        title = QLabel(self.tr("Integration Journal"))
        title.setFont(heading_font(self.font(), 1.5))
        title.setAccessibleName(self.tr("Integration Journal"))
        self.version_label = QLabel(self.tr("Version {version}").format(version=__version__))
        self.version_label.setAccessibleName(self.tr("Version"))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = QLabel(self.tr("A private, encrypted journal for ketamine-assisted therapy. A companion to "
                               "care, not a crisis service: nobody reads your journal unless you share it."))
        intro.setWordWrap(True)
        licence = QLabel(self.tr("Free software under the GNU General Public License, version 3 or (at your "
                                 "option) any later version (GPL-3.0-or-later). It comes with no warranty."))
        licence.setWordWrap(True)
        licence.setAccessibleName(self.tr("Licence"))
        self.attributions = LocalBrowser()
        self.attributions.setAccessibleName(self.tr("Acknowledgements"))
        rows = "".join(f"<tr><td><b>{name}</b></td><td>{licence_name}</td><td>{who}</td></tr>"
                       for name, licence_name, who in ATTRIBUTIONS)
        runtime = self.tr("Running on Python {python}, Qt {qt}, PySide6 {pyside}.").format(
            python=platform.python_version(), qt=qVersion(), pyside=PYSIDE_VERSION)
        self.attributions.setHtml(
            "<p>" + self.tr("Built with these projects, with thanks:") + "</p>"
            f"<table>{rows}</table><p>{runtime}</p><p>"
            + self.tr("Qt and PySide6 are used under the LGPL-3.0; you may replace them with your own build.")
            + "</p>")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.version_label)
        layout.addWidget(intro)
        layout.addWidget(licence)
        layout.addWidget(self.attributions, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, activated=self.reject)
