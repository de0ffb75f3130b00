"""The way to crisis support looks like what it is: an unmistakable button, on every page."""

from __future__ import annotations

from integration_journal.ui.main_window import MainWindow
from tests.helpers.clocks import FrozenClock
from tests.helpers.workspaces import new_workspace


def test_get_help_now_is_a_framed_bold_button_on_every_page(qtbot, data_dir, dialogs) -> None:
    """#12 item 12: in the toolbar it read as plain text."""
    ws = new_workspace(data_dir, clock=FrozenClock())
    try:
        window = MainWindow(ws, dialogs, idle_clock=lambda: 0.0)
        qtbot.addWidget(window)
        window.show()
        button = window.support_toolbar.widgetForAction(window.help_now_action)
        assert button.objectName() == "help_now_button" and not button.autoRaise() and button.font().bold()
        for index in range(len(window.page_types)):
            window.show_page(index)
            assert button.isVisible()
    finally:
        ws.close()
