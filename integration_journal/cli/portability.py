"""The command line's way in and out: the full export (JSON, Markdown folder) and imports (own JSON, jrnl, Day One)."""

from __future__ import annotations

import argparse
import datetime as dt
import zoneinfo
from pathlib import Path
from typing import Any

from integration_journal.cli.common import CliError, field, open_workspace, print_json, say
from integration_journal.core.english import count_of

PLAINTEXT_WARNING = ("Warning: the export is NOT encrypted. Anyone who can read it can read your whole journal. "
                     "Keep it somewhere safe and delete it when you no longer need it.")


def _zone(text: str) -> dt.tzinfo:
    try:
        return zoneinfo.ZoneInfo(text)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(f"unknown time zone {text!r}; use a name such as Europe/Berlin") from None


def _plan_lines(plan: Any, *, dry_run: bool) -> list[str]:
    from integration_journal.core.importers import FORMAT_NAMES

    total = len(plan.records)
    what = ", ".join(f"{kind}: {count}" for kind, count in plan.counts.items()) or "nothing"
    lines = [f"{FORMAT_NAMES[plan.format]}: {'would import' if dry_run else 'importing'} {total} records ({what})."]
    if plan.duplicates:
        lines.append(f"{plan.duplicates} entries are already in this journal and would be skipped.")
    if plan.titles:
        lines.append("First titles:")
        lines += [f"  {field(title)}" for title in plan.titles]  # from the file: shown, never obeyed
    lines += [f"Note: {field(note)}" for note in plan.notes]
    if plan.problems:
        lines.append(f"{count_of(len(plan.problems), 'problem')}; nothing can be imported until the file is fixed:")
        lines += [f"  {field(problem)}" for problem in plan.problems]
    return lines


def add_commands(sub, common: argparse.ArgumentParser) -> None:

    def cmd_export(args: argparse.Namespace) -> int:
        from integration_journal.core import export_json, export_markdown

        if args.markdown is not None and args.out is not None:
            raise CliError("Give either --out or --markdown, not both.")
        fmt = "markdown" if args.markdown is not None else args.format
        target = args.markdown if args.markdown is not None else args.out
        if fmt is None or target is None:
            raise CliError("Give --format json --out FILE, or --markdown DIR for the full export folder.")
        out = Path(target).expanduser()
        say(PLAINTEXT_WARNING, err=True)
        with open_workspace(args) as ws:
            if fmt == "json":
                export_markdown.write_private_file(out, export_json.export_json(ws.journal).encode("utf-8"))
                ws.journal.audit("plaintext_export", format="json")
                say(f"Exported to {field(out)}.")
            else:
                result = export_markdown.write_export_folder(ws.journal, out)
                ws.journal.audit("plaintext_export", format="markdown", entries=result.entries)
                say(f"Exported {result.files} files to {field(out)}: the JSON, tables, and one Markdown file per "
                      f"entry (entries: {result.entries}).")
        return 0

    def cmd_import(args: argparse.Namespace) -> int:
        from integration_journal.core import importers

        if args.time_zone is not None and args.format != "jrnl":
            raise CliError("--time-zone applies to jrnl files only (the other formats carry their time zones).")
        path = Path(args.file).expanduser()
        with open_workspace(args) as ws:
            plan = importers.plan_import(args.format, path, journal=ws.journal, tz=args.time_zone)
            if args.dry_run:
                if args.json:
                    print_json(plan.summary() | {"dry_run": True})
                else:
                    say("Dry run: nothing was written.")
                    say("\n".join(_plan_lines(plan, dry_run=True)))
                return 0 if plan.ok else 1
            added = importers.apply_import(ws.journal, plan)
        if args.json:
            print_json(plan.summary() | {"dry_run": False, "imported": len(added)})
        else:
            skipped = f" ({plan.duplicates} already in the journal were skipped)" if plan.duplicates else ""
            say(f"Imported {len(added)} records{skipped}.")
            for note in plan.notes:
                say(f"Note: {field(note)}")
        return 0

    p = sub.add_parser("export", parents=[common],
                       help="export everything as PLAINTEXT: a JSON file or a folder of Markdown plus the JSON "
                            "(warns first)")
    p.add_argument("--format", choices=("json", "markdown"),
                   help="json: one file; markdown: a new folder with one file per entry, tables and the JSON")
    p.add_argument("--out", metavar="PATH", help="the file (json) or new folder (markdown) to write")
    p.add_argument("--markdown", metavar="DIR", help="shorthand for --format markdown --out DIR")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[common],
                       help="import the app's JSON export, a jrnl JSON export or a Day One export (all or nothing)")
    p.add_argument("--format", choices=("json", "jrnl", "dayone"), required=True,
                   help="json: this app's export; jrnl: `jrnl --export json`; dayone: Day One's .json or its zip")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true",
                   help="only check the file and show what would be imported; write nothing")
    p.add_argument("--time-zone", type=_zone, metavar="ZONE",
                   help="jrnl only: the time zone its times were written in (default: this computer's)")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_import)
