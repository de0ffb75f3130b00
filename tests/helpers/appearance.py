"""A private QSettings file and the app's look (style, palette, font, style sheet) put back afterwards, for
tests that change the text size through Settings or keep window sizes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette

from integration_journal.ui.input_behaviour import input_style
from integration_journal.ui.theme import ThemeManager


@contextmanager
def private_settings_and_look(qapp, name: str) -> Iterator[QSettings]:
    names = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("integration-journal-test")
    qapp.setApplicationName(name)
    palette, font, style, sheet = QPalette(qapp.palette()), qapp.font(), qapp.style().name(), qapp.styleSheet()
    managers = {m: m.appearance for m in qapp.findChildren(ThemeManager)}
    QSettings().clear()
    try:
        yield QSettings()
    finally:
        QSettings().clear()
        QSettings().sync()
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
        for manager, appearance in managers.items():
            manager.appearance = appearance
        qapp.setStyle(input_style(style))
        qapp.setPalette(palette)
        qapp.setFont(font)
        qapp.setStyleSheet(sheet)


def set_text_size(qtbot, window, percent: int) -> None:
    """Settings ▸ Text size in `window` (a MainWindow), as the person does it: the spin box, then OK."""
    from integration_journal.ui.theme import load_appearance

    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.font_spin.setValue(percent)
    dialog.accept()
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    assert load_appearance().font_scale == percent
