"""The frozen app's entry point: the same `main` as the installed `integration-journal` command (no
command opens the app). PyInstaller starts here; see integration-journal.spec."""

import multiprocessing
import sys

from integration_journal.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a no-op unless a library starts worker processes on Windows/macOS
    sys.exit(main())
