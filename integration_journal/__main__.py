"""`python -m integration_journal` runs the same entry point as the installed command."""

from integration_journal.cli import main

raise SystemExit(main())
