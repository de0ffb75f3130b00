"""Starting the app installs the plain-text default for labels and the secure clipboard (issue #14):
both are application-wide event filters, so they must be there before any window is built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from integration_journal.gui import app
from integration_journal.ui.clipboard import ClipboardGuard, SecureClipboard
from integration_journal.ui.widgets.labels import PlainTextLabels


def test_starting_the_app_installs_both_guards(qtbot, qapp) -> None:
    app._application()
    assert qapp.findChild(PlainTextLabels) is not None
    assert qapp.findChild(ClipboardGuard) is not None
    assert qapp.findChild(SecureClipboard) is not None
    label = QLabel("<h1>Sam</h1>")
    rich = QLabel("<b>app-written</b>")
    rich.setTextFormat(Qt.TextFormat.RichText)
    for widget in (label, rich):
        qtbot.addWidget(widget)
        widget.show()
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert rich.textFormat() == Qt.TextFormat.RichText  # a label that opted in keeps it
