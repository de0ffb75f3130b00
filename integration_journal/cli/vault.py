"""The journal's own commands: init, verify, accept-current-state, passwd, recover, backup, restore."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from integration_journal.cli.common import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    INTEGRITY_CHOICES,
    PROG,
    CliError,
    data_dir,
    field,
    kdf_policy,
    new_passphrase_from,
    open_workspace,
    passphrase_from,
    prompt,
    read_secret_file,
    say,
    warn_about_integrity,
)
from integration_journal.cli.profile import parse_country
from integration_journal.core.english import count_of

# --- commands -------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from integration_journal.storage.workspace import Workspace

    folder = data_dir(args)
    passphrase = new_passphrase_from(args, file_attr="passphrase_file", env=ENV_PASSPHRASE)
    ws, kit = Workspace.create(folder, passphrase, role=args.role, display_name=args.name, policy=kdf_policy())
    with ws:
        if args.country:
            profile = next(p for p in ws.journal.list(kind="profile"))
            ws.journal.update(dataclasses.replace(profile, country_code=args.country))
    say("Your journal is ready.")
    say()
    say(_country_line(args.country))
    say()
    say("RECOVERY KIT — write this down or print it, and keep it somewhere safe.")
    say("It is the only way back into your journal if you forget your passphrase.")
    say("It is shown only once.")
    say()
    say("    " + kit.text())
    say()
    return 0


def _country_line(code: str | None) -> str:
    """What the country means for the support the journal shows (docs/clinical.md §5.2)."""
    from integration_journal.core import countries
    from integration_journal.core.crisis_lines import lines_for

    if not code:
        return (f"No country is set, so no emergency number is shown. Set it with `{PROG} profile set --country CC` "
                f"(`{PROG} profile countries` lists the codes).")
    crisis = lines_for(code)
    numbers = " or ".join(crisis.emergency_numbers) or "your local emergency number"
    lines = f" and {count_of(len(crisis.lines), 'crisis line')}" if crisis.lines else ""
    return f"Country: {countries.country_name(code)} ({code}). In an emergency call {numbers}{lines}: run " \
           f"`{PROG} help-now` to see them."


def cmd_verify(args: argparse.Namespace) -> int:
    """Opens the journal exactly as every other command does (Workspace.open: the same integrity
    checks, the same anti-rollback memory), so verify, unlocking and writing always agree."""
    from integration_journal.storage.workspace import Workspace

    with Workspace.open(data_dir(args), passphrase_from(args), policy=kdf_policy(), backup=False) as ws:
        problems = ws.integrity_problems
        damaged = [d for d in ws.vault.verify() if d.record_id != bytes(16)]
        damaged += [d for d in ws.journal.damaged if d not in damaged]
        count = ws.vault.record_count
    for problem in problems:
        say(f"INTEGRITY {problem.code.value}: {field(problem.message)}")
    for d in damaged:
        say(f"DAMAGED record {d.record_id.hex()}: {field(d.reason)}")
    if problems or damaged:
        say(f"{count_of(len(problems) + len(damaged), 'problem')} found in {count_of(count, 'record')}.", err=True)
        if problems:
            say(f"Nothing can be saved until you choose. {INTEGRITY_CHOICES}", err=True)
        return 1
    say(f"OK: all {count} records decrypted and match the integrity record.")
    return 0


def cmd_accept_current_state(args: argparse.Namespace) -> int:
    """The explicit choice to keep the journal as it is now (see Workspace.accept_current_state)."""
    from integration_journal.storage.workspace import Workspace

    with Workspace.open(data_dir(args), passphrase_from(args), policy=kdf_policy(), backup=False) as ws:
        if not ws.integrity_problems:
            say("Nothing to accept: the journal's integrity checks out.")
            return 0
        for problem in ws.integrity_problems:
            say(f"Accepting: {field(problem.message)}", err=True)
        kept = ws.accept_current_state()
        count, damaged = len(ws.journal), len(ws.journal.damaged)
    note = f" {count_of(damaged, 'damaged record')} stay reported by `{PROG} verify`." if damaged else ""
    say(f"Accepted the journal as it is now ({count} records) as its current state; saving works again. "
        f"This was recorded in the security log, and a copy of the journal as it was is in {field(kept)}.{note}")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    with ws:
        new = new_passphrase_from(args, file_attr="new_passphrase_file", env=ENV_NEW_PASSPHRASE)
        ws.vault.change_passphrase(new, policy=kdf_policy())
        ws.journal.audit("passphrase_changed")
    say("Passphrase changed. Your recovery kit still works.")
    return 0


def cmd_recover(args: argparse.Namespace) -> int:
    from integration_journal.storage.workspace import Workspace

    if args.recovery_kit_file:
        kit_text = read_secret_file(args.recovery_kit_file, "recovery kit")
    else:
        kit_text = prompt("Recovery kit: ")
    from integration_journal.crypto.recovery import RecoveryKit

    RecoveryKit.parse(kit_text)  # report a typo before asking for anything else
    new = new_passphrase_from(args, file_attr="new_passphrase_file", env=ENV_NEW_PASSPHRASE)
    ws, kit = Workspace.recover(data_dir(args), kit_text, new, policy=kdf_policy())  # writes the audit event
    with ws:
        warn_about_integrity(ws)
    say("Your journal is unlocked with the new passphrase. The old recovery kit no longer works.")
    say("NEW RECOVERY KIT — keep it safe; it is shown only once:")
    say()
    say("    " + kit.text())
    say()
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    with ws:
        out = Path(args.out).expanduser()
        if out.is_dir():
            raise CliError(f"{out} is a folder; give a file name for the backup.")
        ws.vault.backup_to(out)
        ws.journal.audit("backup_written")
    say(f"Encrypted backup written to {field(out)}. It opens with your current passphrase.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from integration_journal.storage.backups import restore_backup

    count = restore_backup(data_dir(args), Path(args.file).expanduser(), passphrase_from(args), policy=kdf_policy())
    say(f"Restored {count} records from {field(args.file)}. The journal as it was is kept in the backups folder.")
    return 0




def add_commands(sub, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create a new journal and print its recovery kit")
    p.add_argument("--role", choices=("patient", "therapist"), required=True)
    p.add_argument("--name", required=True, help="your name as it appears to people you share with")
    p.add_argument("--country", type=parse_country, metavar="CC",
                   help="your country's two-letter code (GB, US, DE...): picks the emergency number and crisis "
                        "lines shown; change it later with `profile set --country`")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", parents=[common], help="decrypt every record and check the integrity record")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("accept-current-state", parents=[common],
                       help="after a failed integrity check: keep the journal as it is now (recorded in the "
                            "security log); restore a backup instead to go back")
    p.set_defaults(func=cmd_accept_current_state)

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
