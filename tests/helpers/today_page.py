"""The Today page shown on its own, wired to the context's events as the main window wires every page."""

from __future__ import annotations

from integration_journal.ui.pages.today import TodayPage


def make_page(qtbot, ctx) -> TodayPage:
    page = TodayPage(ctx)
    ctx.events.records_changed.connect(page.records_changed)  # as the main window does for every page
    qtbot.addWidget(page)
    page.resize(800, 1000)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page
