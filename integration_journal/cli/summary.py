"""The command line's `export-summary`: the appointment summary (a therapist's vault: the pre-appointment
briefs) as PDF, Markdown or HTML, written 0600 and recorded in the audit log like the app's export.

The default range is the app's: since the last exported summary, else the last 30 days, counted from
today in the journal's zone. The text is the app's export, word for word: dates and decimals in the app's
locale (ui/summary_locale.py: the computer's country conventions, as the app writes them). PDF needs Qt
(QtCharts, QPdfWriter); without a display it runs on Qt's offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from integration_journal.cli.common import CliError, field, open_workspace, parse_date, say
from integration_journal.core import summary
from integration_journal.errors import UsageError

FORMATS = ("pdf", "md", "html")
UNENCRYPTED = ("Note: the summary file is not encrypted; anyone who can open it can read it. Keep it "
               "somewhere private and delete it when you no longer need it.")


def _qt_application() -> Any:
    """A QApplication (QtCharts needs widgets); offscreen when there is no display to talk to."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["integration-journal"])


def app_formats() -> summary.Formats:
    """The dates and decimals the app would write (its locale: English with this computer's country)."""
    from integration_journal.ui.app_locale import ui_locale
    from integration_journal.ui.summary_locale import summary_formats

    return summary_formats(ui_locale())


def render(journal, options: summary.SummaryOptions, fmt: str) -> bytes:
    """The export's bytes: the summary, or the briefs in a therapist's vault (Markdown or HTML only)."""
    formats = app_formats()
    if fmt != "pdf":
        return summary.text_export(journal, options, fmt, formats=formats).encode("utf-8")
    if summary.is_therapist(journal):
        raise UsageError("Briefs are exported as md or html.")
    built = summary.build_summary(journal, options)
    app = _qt_application()  # must live while the charts and the PDF are drawn
    from integration_journal.ui import summary_pdf

    data = summary_pdf.write_pdf(built, summary_pdf.chart_images(built, formats), formats=formats)
    del app
    return data


def add_commands(sub, common: argparse.ArgumentParser) -> None:

    def cmd_export_summary(args: argparse.Namespace) -> int:
        from integration_journal.storage.exports import write_export

        out = Path(args.out).expanduser()
        if args.date_from and args.date_to and args.date_from > args.date_to:
            raise CliError(f"--from {args.date_from.isoformat()} is after --to {args.date_to.isoformat()}.")
        say(UNENCRYPTED, err=True)
        with open_workspace(args) as ws:
            journal = ws.journal
            today = journal.today()  # the day the app's page counts from
            start, end = summary.default_range(journal, today)
            start, end = args.date_from or start, args.date_to or end
            if start > end:
                raise CliError(f"--from {start.isoformat()} is after --to {end.isoformat()}.")
            options = summary.SummaryOptions(start, end, shared_only=args.shared_only)
            data = render(journal, options, args.format)
            write_export(out, data)
            summary.record_export(journal, options, args.format)
        say(f"Wrote the summary for {start.isoformat()} – {end.isoformat()} to {field(out)}.")
        return 0

    p = sub.add_parser("export-summary", parents=[common],
                       help="write the appointment summary (PDF, Markdown or HTML); the file is not encrypted")
    p.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE",
                   help="first day (default: the day of the last exported summary, else 30 days ago)")
    p.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE", help="last day (default: today)")
    p.add_argument("--shared-only", action="store_true",
                   help="only entries marked to share with the therapist (leaves out intentions, reframes "
                        "and commitments)")
    p.add_argument("--format", choices=FORMATS, required=True)
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export_summary)
