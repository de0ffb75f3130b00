"""The command line: `integration-journal COMMAND`, or no command for the GUI.

Exit codes: 0 ok, 1 error (one line on stderr), 2 usage. Passphrases come from --passphrase-file,
INTEGRATION_JOURNAL_PASSPHRASE, or a terminal prompt. Each command group lives in its own module.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from integration_journal.cli.common import PROG, CliError, Parser, field, say

# --- parser ---------------------------------------------------------------------------------------

# Each command group's module registers its commands; importing one costs up to a few hundred ms (the
# questionnaires, the summary), so only the group of the command being run is imported, and none for the
# app. tests/cli/test_lazy_commands.py checks this table against what the groups register.
GROUPS = ("vault", "profile", "records", "measures", "sharing", "portability", "summary", "diagnostics",
          "reminders")
COMMAND_GROUPS = {
    **dict.fromkeys(("init", "verify", "accept-current-state", "passwd", "recover", "backup", "restore"), "vault"),
    "profile": "profile",
    **dict.fromkeys(("add", "edit", "delete", "list", "show", "search", "history", "revert", "trash", "session",
                     "checkin"), "records"),
    **dict.fromkeys(("measure", "help-now"), "measures"),
    **dict.fromkeys(("card", "contact", "safety-number", "share", "receive", "comment"), "sharing"),
    **dict.fromkeys(("export", "import"), "portability"),
    "export-summary": "summary",
    "self-check": "diagnostics",
    "reminders": "reminders",
}


def global_options(default: object) -> Parser:
    """--data-dir and --passphrase-file, accepted before and after the command (SUPPRESS on the command
    keeps an earlier value)."""
    options = Parser(add_help=False)
    options.add_argument("--data-dir", metavar="DIR", default=default,
                         help="the journal's folder (default: your user data folder, or "
                              "$INTEGRATION_JOURNAL_DATA_DIR)")
    options.add_argument("--passphrase-file", metavar="FILE", default=default,
                         help="read the passphrase from FILE (first line)")
    return options


def groups_for(argv: Sequence[str]) -> tuple[str, ...]:
    """The command groups a command line needs: none to open the app, the command's own group to run
    it, all of them for --help, --version or anything the parser must explain (a typo, an unknown
    option)."""
    light = global_options(None)
    light.add_argument("--demo", action="store_true")
    light.add_argument("--tray", action="store_true")
    light.add_argument("--startup-probe", action="store_true")
    _known, rest = light.parse_known_args(list(argv))
    if not rest:
        return ()
    group = COMMAND_GROUPS.get(rest[0])
    return (group,) if group is not None else GROUPS


def build_parser(groups: Sequence[str] = GROUPS) -> Parser:
    import importlib

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
    # bench/startup.py: print when the first window was drawn and which modules were loaded by then, and
    # quit (works the same from the frozen bundle, where nothing can be patched in).
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in GROUPS:  # in this order, so --help lists the commands as always
        if name in groups:
            importlib.import_module(f"integration_journal.cli.{name}").add_commands(sub, common)
    return parser


def _version() -> str:
    from integration_journal import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    from integration_journal.storage.paths import INSECURE_TEST_KDF_WARNING, harden_process, insecure_test_kdf_active

    harden_process()
    if insecure_test_kdf_active():  # every run, the app's too, before anything else (even a usage error)
        say(f"{PROG}: {INSECURE_TEST_KDF_WARNING}", err=True)
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(groups_for(argv))
    args = parser.parse_args(argv)
    if args.command is None:
        from integration_journal.gui.app import run_gui

        return run_gui(data_dir=Path(args.data_dir).expanduser() if args.data_dir else None, demo=args.demo,
                       tray=args.tray, startup_probe=args.startup_probe)
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
