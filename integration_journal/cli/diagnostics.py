"""`self-check`: whether this installation is complete (gui/self_check.py does the work)."""

from __future__ import annotations

import argparse
import os

from integration_journal.cli.common import field, print_json, say


def add_commands(sub, common: argparse.ArgumentParser) -> None:

    def cmd_self_check(args: argparse.Namespace) -> int:
        # Offscreen: the check opens real windows, which nobody should see flash by.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtWidgets import QApplication

        from integration_journal.gui.self_check import run_self_check

        def quiet_offscreen(_kind, _context, message: str) -> None:
            # The offscreen platform says this for every window it shows; anything else is passed on.
            if message != "This plugin does not support propagateSizeHints()":
                say(message, err=True)

        qInstallMessageHandler(quiet_offscreen)
        app = QApplication.instance() or QApplication(["integration-journal"])
        report = run_self_check(app)
        if args.json:
            print_json(report.as_dict())
        else:
            for kind, count in report.content.items():
                say(f"{kind.replace('_', ' ')}: {count}")
            for role, pages in report.pages.items():
                say(f"{role} pages: {', '.join(pages)}")
            say("This installation is complete." if report.ok else "This installation has problems:")
        for problem in report.problems:
            say(f"  {field(problem)}", err=True)
        return 0 if report.ok else 1

    p = sub.add_parser("self-check", parents=[common],
                       help="check that this installation is complete (every page of both roles, the content "
                            "files), in a throw-away journal; your own is not touched")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_self_check)
