"""The journal's own commands: init, verify, passwd, recover, backup, restore."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from integration_journal.cli.common import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    CliError,
    data_dir,
    kdf_policy,
    new_passphrase_from,
    open_workspace,
    passphrase_from,
    prompt,
    read_secret_file,
)

# --- commands -------------------------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from integration_journal.storage.workspace import Workspace

    folder = data_dir(args)
    passphrase = new_passphrase_from(args, file_attr="passphrase_file", env=ENV_PASSPHRASE)
    ws, kit = Workspace.create(folder, passphrase, role=args.role, display_name=args.name, policy=kdf_policy())
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

    vault = Vault.unlock(vault_file(data_dir(args)), passphrase_from(args), policy=kdf_policy())
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
    ws = open_workspace(args)
    with ws:
        new = new_passphrase_from(args, file_attr="new_passphrase_file", env=ENV_NEW_PASSPHRASE)
        ws.vault.change_passphrase(new, policy=kdf_policy())
        ws.journal.audit("passphrase_changed")
    print("Passphrase changed. Your recovery kit still works.")
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
    ws.close()
    print("Your journal is unlocked with the new passphrase. The old recovery kit no longer works.")
    print("NEW RECOVERY KIT — keep it safe; it is shown only once:")
    print()
    print("    " + kit.text())
    print()
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
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

    count = restore_backup(data_dir(args), Path(args.file).expanduser(), passphrase_from(args), policy=kdf_policy())
    print(f"Restored {count} records from {args.file}. The journal as it was is kept in the backups folder.")
    return 0




def add_commands(sub, common: argparse.ArgumentParser) -> None:
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
