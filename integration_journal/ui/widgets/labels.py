"""Labels show plain text unless they say otherwise.

A QLabel's default format, Qt.AutoText, parses any text that looks like markup as HTML: a patient's
entry title or the name on a contact card made `<img src="file:…">` read a file from the therapist's
disk into the Inbox heading, and `<h1>` drew fake headings. Almost every label in the app shows words
a person or a file supplied, so plain text is the app-wide default, set once for every label
(`PlainTextLabels`, installed by gui/app.py like the input behaviour): a label still in AutoText when
Qt polishes it (just before it is first shown) becomes PlainText. The few labels that are
deliberately rich (`rich_label`, or `setTextFormat(Qt.RichText)` explicitly) keep their format and
must escape whatever data they include (`html.escape`). Tool tips are labels too (QToolTip shows a
QLabel), so the same default covers them. See docs/security-design.md, "Text from people and files".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel


def wrapping_label(text: str = "", *, secondary: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if secondary:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # follows the theme
    return label


def rich_label(html: str = "") -> QLabel:
    """A label that deliberately shows app-written HTML. Escape every piece of data put into it."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(html)
    return label


def make_plain(widget: QObject) -> None:
    """Turn a label still in Qt's AutoText (markup guessed from the text) into plain text."""
    if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.AutoText:
        widget.setTextFormat(Qt.TextFormat.PlainText)


class PlainTextLabels(QObject):
    """An application event filter: every label, tool tip included, is plain text from its first
    showing unless it chose rich text before that."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Polish:
            make_plain(watched)
        return False


def install_plain_text_labels(app: QApplication) -> PlainTextLabels:
    """Install the application's one PlainTextLabels (again: the same one), and apply it to the labels
    that exist already."""
    found = app.findChild(PlainTextLabels)
    if found is not None:
        return found
    guard = PlainTextLabels(app)
    app.installEventFilter(guard)
    for widget in app.allWidgets():
        make_plain(widget)
    return guard
