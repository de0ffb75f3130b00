"""The command line's sharing commands: card, contact, share, receive, safety-number, comment."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from integration_journal.cli.common import (
    CliError,
    field,
    open_workspace,
    parse_date,
    print_json,
    say,
)
from integration_journal.core import records as r
from integration_journal.core.english import count_of


def _contact_json(service, contact: r.Contact) -> dict[str, Any]:
    card = service.card_of(contact)
    return {"id": contact.id.hex(), "name": contact.name, "role": contact.role.value,
            "verified": contact.verified, "fingerprint": card.fingerprint.hex(),
            "card_name": card.name, "added": contact.created.isoformat(),
            "last_sequence": contact.last_sequence}


def received_for_list(journal, kinds: list[str], date_from: dt.date | None, date_to: dt.date | None,
                      tag: str | None) -> list[tuple[r.Record, dict[str, Any]]]:
    """Records received from contacts, for `list`: each with the fields that say where it came from."""
    from integration_journal.core.sharing import SharingService

    normalised = r.normalise_tag(tag) if tag is not None else None
    out: list[tuple[r.Record, dict[str, Any]]] = []
    for received in SharingService(journal).received(kinds=kinds):
        record = received.record
        if record is None:
            continue
        day = record.local_date()
        if (date_from and day < date_from) or (date_to and day > date_to):
            continue
        if normalised is not None and normalised not in getattr(record, "tags", ()):
            continue
        out.append((record, {"id": received.item.id.hex(), "source_id": record.id.hex(),
                             "from": received.contact_name, "reviewed": received.item.reviewed}))
    return out


def add_commands(sub, common: argparse.ArgumentParser) -> None:

    def service(ws):
        from integration_journal.core.sharing import SharingService

        return SharingService(ws.journal)

    def contact_and_number(ws, name: str):
        sharing = service(ws)
        contact = sharing.find_contact(name)
        return sharing, contact, sharing.safety_number(contact)

    def write_file(out: Path, data: bytes) -> None:
        from integration_journal.core.export_markdown import write_private_file

        write_private_file(out, data)

    def cmd_card(args: argparse.Namespace) -> int:
        with open_workspace(args) as ws:
            card = service(ws).my_card()
            if args.text or not args.out:
                say(card.to_text().rstrip("\n"))  # Base64 and our own lines
            if args.out:
                out = Path(args.out).expanduser()
                write_file(out, card.to_bytes())
                say(f"Your contact card is in {field(out)}. It holds your name and public keys only.", err=args.text)
        return 0

    def read_card_input(path: str) -> bytes | str:
        if path == "-":
            return sys.stdin.read()
        try:
            target = Path(path).expanduser()
            if target.stat().st_size > 64 * 1024:
                raise CliError(f"{path} is too large to be a contact card.")
            return target.read_bytes()
        except OSError as exc:
            raise CliError(f"Could not read {path}: {exc.strerror}.") from exc

    def cmd_contact_add(args: argparse.Namespace) -> int:
        from integration_journal.errors import LookalikeContact

        data = read_card_input(args.file)
        with open_workspace(args) as ws:
            try:
                added = service(ws).add_contact(data, args.name, confirm_lookalike=args.allow_lookalike)
            except LookalikeContact as exc:
                raise CliError(f"“{field(exc.name)}” looks like your contact “{field(exc.existing)}”, but the card "
                               "is not theirs: its keys are different. Someone may be passing for them; nothing "
                               "was added. If it really is someone else, add the card again with --name and a "
                               "name that tells them apart (or with --allow-lookalike to keep this one).") from None
        from integration_journal.crypto.safety_number import formatted

        if added.key_changed:
            say(f"The keys of {field(added.contact.name)} have changed. Sending to them is paused until you "
                "compare the new safety number and verify them again.", err=True)
        verb = "Added" if added.new else "Updated"
        say(f"{verb} {field(added.contact.name)} ({added.contact.role.value}), not yet verified.")
        say("Safety number — compare it with theirs in person, then run `contact verify`:")
        say("    " + formatted(added.safety_number))
        return 0

    def cmd_contact_verify(args: argparse.Namespace) -> int:
        from integration_journal.crypto.safety_number import formatted, matches_qr

        with open_workspace(args) as ws:
            sharing, contact, number = contact_and_number(ws, args.name)
            if args.number is not None and not matches_qr(number, args.number):
                raise CliError("That is not the safety number for this contact; nothing was changed.")
            sharing.verify(contact)
        say(f"{field(contact.name)} is verified. Safety number: {formatted(number)}")
        return 0

    def cmd_contact_list(args: argparse.Namespace) -> int:
        with open_workspace(args) as ws:
            sharing = service(ws)
            contacts = sharing.contacts()
            if args.json:
                print_json([_contact_json(sharing, c) for c in contacts])
            else:
                for contact in contacts:
                    state = "verified" if contact.verified else "NOT verified"
                    say(f"{field(contact.name)}  ({contact.role.value}, {state})")
        return 0

    def cmd_safety_number(args: argparse.Namespace) -> int:
        from integration_journal.crypto.safety_number import formatted

        with open_workspace(args) as ws:
            _, contact, number = contact_and_number(ws, args.name)
        if args.json:
            print_json({"contact": contact.name, "safety_number": number, "verified": contact.verified})
        else:
            groups = formatted(number).split(" ")
            for row in range(0, 12, 4):
                say("    " + "  ".join(groups[row:row + 4]))
            say("verified" if contact.verified else "not yet verified")
        return 0

    def cmd_share(args: argparse.Namespace) -> int:
        from integration_journal.core.sharing import ShareSelection

        names = []
        for value in args.to_values:
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                names.append(value)
                continue
            if args.date_to is not None and args.date_to != day:
                raise CliError("Two different last days were given.")
            args.date_to = day
        if len(names) != 1:
            raise CliError("Give exactly one contact with --to NAME.")
        args.recipient = names[0]
        if args.date_from and args.date_to and args.date_from > args.date_to:
            raise CliError("--from is after --to.")
        summary = None
        if args.summary:
            try:
                text = Path(args.summary).expanduser().read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise CliError(f"Could not read {args.summary} as UTF-8 text.") from exc
            summary = (args.summary_title or "Summary", text)
        out = Path(args.out).expanduser() if args.out else None
        with open_workspace(args) as ws:
            sharing = service(ws)
            contact = sharing.find_contact(args.recipient)
            journal = ws.journal
            packs = []
            for pack_file in args.prompt_pack or ():
                packs.append(_stored_pack(journal, Path(pack_file).expanduser()).id)
            selection = ShareSelection(
                entry_ids=tuple(journal.resolve_id(i) for i in args.entry or ()), flagged=args.flagged,
                session_ids=tuple(journal.resolve_id(i) for i in args.session or ()),
                questionnaire_ids=tuple(journal.resolve_id(i) for i in args.questionnaire or ()),
                checkins=args.checkins, date_from=args.date_from, date_to=args.date_to, summary=summary,
                withdraw_ids=tuple(_withdraw_id(journal, i) for i in args.withdraw or ()),
                pending_comments=args.comments, prompt_pack_ids=tuple(packs))
            preview = sharing.preview(contact, selection)
            say(f"To {field(contact.name)}:")
            for line in preview.lines:
                note = " (update)" if line.update and line.kind != "withdraw" else ""
                say(f"  {line.kind:<13} {field(line.label)}{note}")
            if args.dry_run or out is None:
                say("Nothing written (no --out, or --dry-run).")
                return 0
            sharing.write_share(preview, lambda data: write_file(out, data))
        say(f"Share file written to {field(out)}: {count_of(len(preview.lines), 'item')}, readable only by "
            f"{field(contact.name)}.")
        return 0

    def cmd_receive(args: argparse.Namespace) -> int:
        path = Path(args.file).expanduser()
        with open_workspace(args) as ws:
            sharing = service(ws)
            if path.is_dir():
                scan = sharing.scan_folder(path)
                for found, result in scan.imported:
                    say(f"Imported {field(found.name)} from {field(result.contact.name)}.")
                for found, reason in scan.rejected:
                    say(f"Not imported {field(found.name)}: {reason.value}", err=True)
                say(f"{len(scan.imported)} imported, {len(scan.already)} imported before, "
                      f"{len(scan.ignored)} addressed to someone else (left in place), "
                      f"{len(scan.rejected)} refused.")
                return 1 if scan.rejected else 0
            result = sharing.receive_file(path)
        parts = [f"{result.added} new", f"{result.updated} updated"]
        if result.withdrawn:
            parts.append(f"{result.withdrawn} withdrawn")
        if result.comments:
            parts.append(count_of(result.comments, "comment"))
        if result.prompt_packs:
            parts.append(count_of(result.prompt_packs, "prompt pack"))
        say(f"Imported from {field(result.contact.name)}: " + ", ".join(parts) + ".")
        return 0

    def cmd_comment(args: argparse.Namespace) -> int:
        with open_workspace(args) as ws:
            sharing = service(ws)
            target = ws.journal.resolve_id(args.item)
            note = sharing.annotate(target, args.text, for_patient=not args.private)
            if args.discuss:
                sharing.mark(target, discuss_next_time=True)
        say(note.id.hex())
        return 0

    p = sub.add_parser("card", parents=[common], help="write your contact card (public keys) to share")
    p.add_argument("--out", metavar="FILE", help="write the .ijcard file")
    p.add_argument("--text", action="store_true", help="print the card as text to copy and paste (the "
                                                       "default without --out)")
    p.set_defaults(func=cmd_card)

    contact = sub.add_parser("contact", help="add, verify and list contacts")
    contact_sub = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    p = contact_sub.add_parser("add", parents=[common], help="add a contact from their card; prints the safety number")
    p.add_argument("file", metavar="FILE", help="an .ijcard file, or - to paste the card text")
    p.add_argument("--name", help="how you call them (default: the name on the card)")
    p.add_argument("--allow-lookalike", action="store_true",
                   help="add the card even though its name looks like another contact's (only when you are "
                        "sure it is someone else)")
    p.set_defaults(func=cmd_contact_add)
    p = contact_sub.add_parser("verify", parents=[common], help="mark a contact verified after comparing numbers")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--number", metavar="DIGITS", help="the 60 digits they read to you (checked if given)")
    p.set_defaults(func=cmd_contact_verify)
    p = contact_sub.add_parser("list", parents=[common], help="your contacts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_contact_list, reads_only=True)  # see open_workspace

    p = sub.add_parser("safety-number", parents=[common], help="show the safety number with a contact")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_safety_number, reads_only=True)  # see open_workspace

    p = sub.add_parser("share", parents=[common], help="write an encrypted share file for a contact")
    # `--to NAME` names the recipient and `--to DATE` ends the date range (the documented interface);
    # a value that reads as a date is the date.
    p.add_argument("--to", dest="to_values", action="append", required=True, metavar="NAME|DATE",
                   help="the contact to share with; a second --to DATE is the last day")
    p.add_argument("--entry", action="append", metavar="ID", help="an entry to share (repeatable)")
    p.add_argument("--flagged", action="store_true", help="every entry marked 'share'")
    p.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE",
                   help="first day for --flagged and --checkins")
    p.add_argument("--until", dest="date_to", type=parse_date, metavar="DATE",
                   help="last day for --flagged and --checkins (same as --to DATE)")
    p.add_argument("--checkins", action="store_true", help="the check-ins between --from and --until")
    p.add_argument("--session", action="append", metavar="ID")
    p.add_argument("--questionnaire", action="append", metavar="ID")
    p.add_argument("--summary", metavar="FILE", help="a Markdown summary to include")
    p.add_argument("--summary-title", metavar="TEXT")
    p.add_argument("--withdraw", action="append", metavar="ID", help="ask the receiver to remove an entry")
    p.add_argument("--comments", action="store_true", help="therapist: comments not yet sent to this patient")
    p.add_argument("--prompt-pack", action="append", metavar="FILE", help="therapist: a prompt pack to send")
    p.add_argument("--out", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="show what would be sent, write nothing")
    p.set_defaults(func=cmd_share)

    p = sub.add_parser("receive", parents=[common], help="check and import a share file (or every one in a folder)")
    p.add_argument("file", metavar="FILE_OR_FOLDER")
    p.set_defaults(func=cmd_receive)

    p = sub.add_parser("comment", parents=[common], help="therapist: comment on a received item")
    p.add_argument("item", metavar="ID", help="the received item's id (from list)")
    p.add_argument("--text", required=True)
    p.add_argument("--private", action="store_true", help="a private note, never sent")
    p.add_argument("--discuss", action="store_true", help="also put it on the discuss-next-time list")
    p.set_defaults(func=cmd_comment)


def _withdraw_id(journal, text: str) -> bytes:
    """An id to withdraw: the record may be deleted already, so a full id need not resolve."""
    cleaned = text.strip().lower()
    if len(cleaned) == 32:
        try:
            return bytes.fromhex(cleaned)
        except ValueError:
            pass
    return journal.resolve_id(cleaned)


def _stored_pack(journal, path: Path) -> r.PromptPackRecord:
    """The pack file as a PromptPackRecord (stored once per pack id and version)."""
    from integration_journal.core.prompts import PackSource, parse_pack

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"Could not read {path}: {exc.strerror}.") from exc
    pack = parse_pack(data, path.name, source=PackSource.IMPORTED)
    for record in journal.list(r.PromptPackRecord):
        if record.pack_id == pack.id and record.content == data:
            return record
    return journal.add(r.PromptPackRecord(pack_id=pack.id, title=pack.title, version=pack.version, content=data))
