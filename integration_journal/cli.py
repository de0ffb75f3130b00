"""Command-line front-end: the same services as the GUI, for automation and power users.

`integration-journal` with no command starts the GUI. Exit codes: 0 ok, 1 error (one line on stderr),
2 usage. Passphrases come from --passphrase-file, INTEGRATION_JOURNAL_PASSPHRASE, or a terminal prompt.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

PROG = "integration-journal"
ENV_PASSPHRASE = "INTEGRATION_JOURNAL_PASSPHRASE"
ENV_NEW_PASSPHRASE = "INTEGRATION_JOURNAL_NEW_PASSPHRASE"


class CliError(Exception):
    """A user error in the command line's own logic (exit 1)."""


# --- passphrases ----------------------------------------------------------------------------------

def _read_secret_file(path: str, what: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"Could not read the {what} file {path}: {exc.strerror}.") from exc
    return text.rstrip("\r\n")


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(f"No passphrase given: use --passphrase-file, set {ENV_PASSPHRASE}, or run in a terminal.")
    return getpass.getpass(label)


def passphrase_from(args: argparse.Namespace) -> str:
    if getattr(args, "passphrase_file", None):
        return _read_secret_file(args.passphrase_file, "passphrase")
    env = os.environ.get(ENV_PASSPHRASE)
    if env is not None:
        return env
    return _prompt("Passphrase: ")


def new_passphrase_from(args: argparse.Namespace, *, file_attr: str, env: str) -> str:
    """A new passphrase: from a file or the environment, or typed twice at a terminal."""
    from integration_journal.core.passphrase import estimate

    path = getattr(args, file_attr, None)
    if path:
        value = _read_secret_file(path, "passphrase")
    elif os.environ.get(env) is not None:
        value = os.environ[env]
    else:
        value = _prompt("New passphrase: ")
        if _prompt("Repeat the new passphrase: ") != value:
            raise CliError("The two passphrases do not match.")
    strength = estimate(value)
    if not strength.acceptable:
        raise CliError(f"That passphrase is too weak. {strength.advice}")
    return value


# --- helpers --------------------------------------------------------------------------------------

def _data_dir(args: argparse.Namespace) -> Path:
    from integration_journal.paths import default_data_dir

    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def _policy():
    from integration_journal.paths import kdf_policy_from_env

    return kdf_policy_from_env()


def _open(args: argparse.Namespace):
    from integration_journal.storage.workspace import Workspace

    ws = Workspace.open(_data_dir(args), passphrase_from(args), policy=_policy())
    for damaged in ws.damaged:
        print(f"{PROG}: warning: record {damaged.record_id.hex()} skipped: {damaged.reason}", file=sys.stderr)
    return ws


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _datetime(text: str) -> dt.datetime:
    """DATE or DATETHH:MM, in local time."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date or date-time (YYYY-MM-DD[THH:MM]): {text!r}") from None
    if value.tzinfo is None:
        value = value.astimezone()
    return value


def _int_range(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is outside {low}–{high}")
        return value
    parse.__name__ = f"number {low}-{high}"
    return parse


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# --- vault commands -------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from integration_journal.storage.workspace import Workspace

    data_dir = _data_dir(args)
    passphrase = new_passphrase_from(args, file_attr="passphrase_file", env=ENV_PASSPHRASE)
    ws, kit = Workspace.create(data_dir, passphrase, role=args.role, display_name=args.name, policy=_policy())
    ws.close()
    print("Your journal is ready.")
    print()
    print("RECOVERY KIT — write this down or print it, and keep it somewhere safe.")
    print("It is the only way back into your journal if you forget your passphrase.")
    print("It is shown only once.")
    print()
    print("    " + kit.text())
    print()
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from integration_journal.storage.vault import Vault, vault_file

    vault = Vault.unlock(vault_file(_data_dir(args)), passphrase_from(args), policy=_policy())
    with vault:
        damaged = vault.verify()
        from integration_journal.core.journal import Journal

        journal = Journal.open(vault)
        damaged += [d for d in journal.damaged if d not in damaged]
        count = vault.record_count
    if damaged:
        for d in damaged:
            label = "integrity record" if d.record_id == bytes(16) else f"record {d.record_id.hex()}"
            print(f"DAMAGED {label}: {d.reason}")
        print(f"{len(damaged)} problem(s) found in {count} records.", file=sys.stderr)
        return 1
    print(f"OK: all {count} records decrypted and match the integrity record.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    ws = _open(args)
    with ws:
        new = new_passphrase_from(args, file_attr="new_passphrase_file", env=ENV_NEW_PASSPHRASE)
        ws.vault.change_passphrase(new, policy=_policy())
        ws.journal.audit("passphrase_changed")
    print("Passphrase changed. Your recovery kit still works.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from integration_journal.storage.workspace import Workspace

    if args.recovery_kit_file:
        kit_text = _read_secret_file(args.recovery_kit_file, "recovery kit")
    else:
        kit_text = _prompt("Recovery kit: ")
    from integration_journal.crypto.recovery import RecoveryKit

    RecoveryKit.parse(kit_text)  # report a typo before asking for anything else
    new = new_passphrase_from(args, file_attr="new_passphrase_file", env=ENV_NEW_PASSPHRASE)
    ws, kit = Workspace.recover(_data_dir(args), kit_text, new, policy=_policy())
    with ws:
        ws.journal.audit("recovered_with_kit")
    print("Your journal is unlocked with the new passphrase. The old recovery kit no longer works.")
    print("NEW RECOVERY KIT — keep it safe; it is shown only once:")
    print()
    print("    " + kit.text())
    print()
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    ws = _open(args)
    with ws:
        out = Path(args.out).expanduser()
        if out.is_dir():
            raise CliError(f"{out} is a folder; give a file name for the backup.")
        ws.vault.backup_to(out)
        ws.journal.audit("backup_written")
    print(f"Encrypted backup written to {out}. It opens with your current passphrase.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from integration_journal.storage.backups import restore_backup

    count = restore_backup(_data_dir(args), Path(args.file).expanduser(), passphrase_from(args), policy=_policy())
    print(f"Restored {count} records from {args.file}. The journal as it was is kept in the backups folder.")
    return 0


# --- parser ---------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    from integration_journal import cli_measures, cli_records, cli_sharing

    def global_options(default: object) -> argparse.ArgumentParser:
        # Accepted before and after the command; SUPPRESS on the command keeps an earlier value.
        options = argparse.ArgumentParser(add_help=False)
        options.add_argument("--data-dir", metavar="DIR", default=default,
                             help="the journal's folder (default: your user data folder, or "
                                  "$INTEGRATION_JOURNAL_DATA_DIR)")
        options.add_argument("--passphrase-file", metavar="FILE", default=default,
                             help="read the passphrase from FILE (first line)")
        return options

    common = global_options(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog=PROG, parents=[global_options(None)],
        description="Integration Journal: a private, encrypted journal for ketamine-assisted therapy. "
                    "Run without a command to open the app.",
    )
    parser.add_argument("--demo", action="store_true", help="open a throw-away journal filled with sample data")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[common], help="create a new journal and print its recovery kit")
    p.add_argument("--role", choices=("patient", "therapist"), required=True)
    p.add_argument("--name", required=True, help="your name as it appears to people you share with")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", parents=[common], help="decrypt every record and check the integrity record")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("passwd", parents=[common], help="change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recover", parents=[common], help="unlock with the recovery kit and set a new passphrase")
    p.add_argument("--recovery-kit-file", metavar="FILE")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("backup", parents=[common], help="write an encrypted backup")
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", parents=[common], help="replace the journal with a verified backup")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(func=cmd_restore)

    cli_records.add_commands(sub, common, helpers={
        "open": _open, "date": _date, "datetime": _datetime, "int_range": _int_range,
        "print_json": _print_json, "CliError": CliError,
    })
    cli_measures.add_commands(sub, common, helpers={"open": _open, "datetime": _datetime, "print_json": _print_json})
    cli_sharing.add_commands(sub, common, helpers={"open": _open, "date": _date, "print_json": _print_json,
                                                   "CliError": CliError})
    from integration_journal import cli_portability

    cli_portability.add_commands(sub, common, helpers={"open": _open, "print_json": _print_json, "CliError": CliError})
    from integration_journal import cli_summary

    cli_summary.add_commands(sub, common, helpers={"open": _open, "date": _date, "CliError": CliError})
    return parser


def _version() -> str:
    from integration_journal import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    from integration_journal.paths import harden_process

    harden_process()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from integration_journal.app import run_gui

        return run_gui(data_dir=Path(args.data_dir).expanduser() if args.data_dir else None, demo=args.demo)
    from integration_journal.core.errors import JournalError

    try:
        return args.func(args)
    except (JournalError, CliError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing more was changed.", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
