"""What every command of the command line shares: passphrases, the journal folder, opening the
journal, argument parsers for dates and numbers, JSON output, and the command line's own error."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

PROG = "integration-journal"
ENV_PASSPHRASE = "INTEGRATION_JOURNAL_PASSPHRASE"
ENV_NEW_PASSPHRASE = "INTEGRATION_JOURNAL_NEW_PASSPHRASE"


class CliError(Exception):
    """A user error in the command line's own logic (exit 1)."""


# --- passphrases ----------------------------------------------------------------------------------

def read_secret_file(path: str, what: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"Could not read the {what} file {path}: {exc.strerror}.") from exc
    return text.rstrip("\r\n")


def prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CliError(f"No passphrase given: use --passphrase-file, set {ENV_PASSPHRASE}, or run in a terminal.")
    return getpass.getpass(label)


def passphrase_from(args: argparse.Namespace) -> str:
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file, "passphrase")
    env = os.environ.get(ENV_PASSPHRASE)
    if env is not None:
        return env
    return prompt("Passphrase: ")


def new_passphrase_from(args: argparse.Namespace, *, file_attr: str, env: str) -> str:
    """A new passphrase: from a file or the environment, or typed twice at a terminal."""
    from integration_journal.core.passphrase import estimate

    path = getattr(args, file_attr, None)
    if path:
        value = read_secret_file(path, "passphrase")
    elif os.environ.get(env) is not None:
        value = os.environ[env]
    else:
        value = prompt("New passphrase: ")
        if prompt("Repeat the new passphrase: ") != value:
            raise CliError("The two passphrases do not match.")
    strength = estimate(value)
    if not strength.acceptable:
        raise CliError(f"That passphrase is too weak. {strength.advice}")
    return value


# --- helpers --------------------------------------------------------------------------------------

def data_dir(args: argparse.Namespace) -> Path:
    from integration_journal.storage.paths import default_data_dir

    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def kdf_policy():
    from integration_journal.storage.paths import kdf_policy_from_env

    return kdf_policy_from_env()


# What the person can do about an integrity problem, named by this command line's own commands.
INTEGRITY_CHOICES = (f"Run `{PROG} verify` to see what is affected, then either `{PROG} restore FILE` to go back "
                     f"to a backup or `{PROG} accept-current-state` to keep the journal as it is now.")


def integrity_refusal(problems) -> str:
    """The one line a refused write prints (storage.integrity; nothing was changed)."""
    return f"Nothing was changed: {problems[0].message} {INTEGRITY_CHOICES}"


def open_workspace(args: argparse.Namespace, *, backup: bool = True):
    """Unlock the journal. While its integrity is in question (storage.integrity) commands that only
    read (marked `reads_only` on their parser) go on with a warning on stderr; every other command is
    refused here, before it does anything (a write, an export, its audit event) — exit 1, one line."""
    from integration_journal.storage.workspace import Workspace

    ws = Workspace.open(data_dir(args), passphrase_from(args), policy=kdf_policy(), backup=backup)
    if ws.integrity_problems and not getattr(args, "reads_only", False):
        problems = ws.integrity_problems
        ws.close()
        raise CliError(integrity_refusal(problems))
    for damaged in ws.damaged:
        print(f"{PROG}: warning: record {damaged.record_id.hex()} skipped: {damaged.reason}", file=sys.stderr)
    warn_about_integrity(ws)
    return ws


def warn_about_integrity(ws) -> None:
    """One warning line per integrity problem, and what to do, on stderr."""
    for problem in ws.integrity_problems:
        print(f"{PROG}: warning: {problem.message} What is shown may not be the journal's latest state.",
              file=sys.stderr)
    if ws.integrity_problems:
        print(f"{PROG}: warning: nothing can be saved until you choose. {INTEGRITY_CHOICES}", file=sys.stderr)


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def parse_datetime(text: str) -> dt.datetime:
    """DATE or DATETHH:MM, in local time."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date or date-time (YYYY-MM-DD[THH:MM]): {text!r}") from None
    if value.tzinfo is None:
        value = value.astimezone()
    return value


def int_range(low: int, high: int) -> Callable[[str], int]:
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


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
