"""The command line: `integration-journal COMMAND`, or no command for the GUI.

Exit codes: 0 ok, 1 error (one line on stderr), 2 usage. Passphrases come from --passphrase-file,
INTEGRATION_JOURNAL_PASSPHRASE, or a terminal prompt. Each command group lives in its own module.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from integration_journal.cli.common import PROG, CliError, Parser, field, say

# --- parser ---------------------------------------------------------------------------------------

def build_parser() -> Parser:
    # The command groups are imported only when a command line is parsed (not for the GUI's imports).
    from integration_journal.cli import (
        measures,
        portability,
        profile,
        records,
        reminders,
        sharing,
        summary,
        vault,
    )

    def global_options(default: object) -> Parser:
        # Accepted before and after the command; SUPPRESS on the command keeps an earlier value.
        options = Parser(add_help=False)
        options.add_argument("--data-dir", metavar="DIR", default=default,
                             help="the journal's folder (default: your user data folder, or "
                                  "$INTEGRATION_JOURNAL_DATA_DIR)")
        options.add_argument("--passphrase-file", metavar="FILE", default=default,
                             help="read the passphrase from FILE (first line)")
        return options

    common = global_options(argparse.SUPPRESS)
    parser = Parser(
        prog=PROG, parents=[global_options(None)],
        description="Integration Journal: a private, encrypted journal for ketamine-assisted therapy. "
                    "Run without a command to open the app.",
    )
    parser.add_argument("--demo", action="store_true", help="open a throw-away journal filled with sample data")
    parser.add_argument("--tray", action="store_true",
                        help="start only the reminder helper's tray icon (used at login when reminders are on)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    for group in (vault, profile, records, measures, sharing, portability, summary, reminders):
        group.add_commands(sub, common)
    return parser


def _version() -> str:
    from integration_journal import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    from integration_journal.storage.paths import INSECURE_TEST_KDF_WARNING, harden_process, insecure_test_kdf_active

    harden_process()
    if insecure_test_kdf_active():  # every run, the app's too, before anything else (even a usage error)
        say(f"{PROG}: {INSECURE_TEST_KDF_WARNING}", err=True)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from integration_journal.gui.app import run_gui

        return run_gui(data_dir=Path(args.data_dir).expanduser() if args.data_dir else None, demo=args.demo,
                       tray=args.tray)
    from integration_journal.errors import IntegrityUnresolved, JournalError

    try:
        return args.func(args)
    except IntegrityUnresolved as exc:  # a write that got past open_workspace's refusal
        from integration_journal.cli.common import integrity_refusal

        say(f"{PROG}: error: {field(integrity_refusal(exc.problems))}", err=True)
        return 1
    except (JournalError, CliError) as exc:  # one line, whatever the message quotes
        say(f"{PROG}: error: {field(exc)}", err=True)
        return 1
    except KeyboardInterrupt:
        say(f"{PROG}: interrupted; nothing more was changed.", err=True)
        return 1
    except BrokenPipeError:
        return 0
    except MemoryError:  # every write is one transaction, rolled back as the error passed through it
        pass
    # Only a MemoryError gets here, and only once its handler has let go of the half-built values.
    say(f"{PROG}: error: there was not enough free memory to finish; nothing more was changed.", err=True)
    return 1
