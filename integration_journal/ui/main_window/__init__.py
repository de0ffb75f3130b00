"""The main window after unlock: a sidebar of pages, the page on show, menus, the status bar, and the lock.

Pages come from ui/pages/registry.py (only those already built) and share one PageContext. Locking
asks every page to save its draft (encrypted), then to drop what it shows, then closes the workspace
(keys wiped) and hands over to the unlock window. While the window is open an IdleWatcher locks it
after the configured time without input, with a visible countdown for the last 30 seconds.
"""

from integration_journal.ui.main_window.window import MainWindow

__all__ = ["MainWindow"]
