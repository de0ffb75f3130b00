"""What every command of the command line shares: passphrases, the journal folder, opening the
journal, argument parsers for dates and numbers, what reaches the terminal (`say`, `field`, JSON
output), and the command line's own error."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import re
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
        say(f"{PROG}: warning: record {damaged.record_id.hex()} skipped: {field(damaged.reason)}", err=True)
    warn_about_integrity(ws)
    return ws


def warn_about_integrity(ws) -> None:
    """One warning line per integrity problem, and what to do, on stderr."""
    for problem in ws.integrity_problems:
        say(f"{PROG}: warning: {field(problem.message)} What is shown may not be the journal's latest state.",
            err=True)
    if ws.integrity_problems:
        say(f"{PROG}: warning: nothing can be saved until you choose. {INTEGRITY_CHOICES}", err=True)


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


# --- what reaches the terminal -----------------------------------------------------------------------
#
# Titles, tags, names, comments and file names come from the person, from an import file or from someone
# they share with. Written raw they could drive the terminal: OSC 52 sets the clipboard in several
# terminals, CSI 2J clears the screen, a carriage return or a newline starts a fake line ("OK: all records
# verified"), U+009B is a one-character CSI, U+202E reverses the text that follows. Every human-readable
# line therefore goes through `say`, and every value from a record or a file that sits inside one line
# goes through `field` first. Each character that could act on the terminal is shown as its escape text
# instead: `\x1b` for C0 controls, DEL and C1 controls, `\u202e` for the bidirectional controls, line and
# paragraph separators and lone surrogates (docs/security-design.md, "What reaches the terminal").
# Backslashes stay as they are: `--json` gives the exact text.

# C0 except tab and newline, DEL, C1, U+061C, U+200E/U+200F, U+2028-U+202E, U+2066-U+2069, surrogates.
_BLOCK_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e"
                           "\u2066-\u2069\ud800-\udfff]")
# The same plus tab and newline: inside one line a value must not start another.
_FIELD_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"
                           "\ud800-\udfff]")
# In JSON text: what json.dumps leaves raw with ensure_ascii=False but a terminal may act on.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def field(value: object) -> str:
    """A value from a record or a file, made safe to sit inside one line of output: every control,
    newline and tab included, and every bidirectional control shown as its escape text."""
    return _FIELD_UNSAFE.sub(_escape, str(value))


def terminal_text(text: str) -> str:
    """Text of several lines made safe for a terminal: newlines and tabs stay, every other control and
    bidirectional control is shown as its escape text."""
    return _BLOCK_UNSAFE.sub(_escape, text)


def say(text: object = "", *, err: bool = False) -> None:
    """Print one human-readable line (or several, our own) to stdout, or to stderr with `err`. Values
    from records and files are passed through `field` by the caller; whatever was missed still cannot
    reach the terminal as a control."""
    stream = sys.stderr if err else sys.stdout
    stream.write(terminal_text(str(text)) + "\n")


def print_json(value: object) -> None:
    """JSON on stdout: exactly the values (json.loads gives them back), with the characters a terminal
    could act on written as \\u escapes, which JSON reads as the same characters."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    sys.stdout.write(_JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")


class Parser(argparse.ArgumentParser):
    """argparse with its messages (usage errors quote the command line) escaped like every other line."""

    def _print_message(self, message: str, file=None) -> None:  # noqa: ANN001 - argparse's signature
        if message:
            (file or sys.stderr).write(terminal_text(message))

    def error(self, message: str):  # noqa: ANN201 - never returns, like argparse's
        """The usage, then one line: what the person typed is quoted as escape text, newlines too."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {field(message)}\n")
