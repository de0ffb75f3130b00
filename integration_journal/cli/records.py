"""The command line's record commands: entries, sessions, check-ins, list/search, history.

Export and import live in cli/portability.py.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from integration_journal.cli.common import (
    CliError,
    field,
    int_range,
    open_workspace,
    parse_date,
    parse_datetime,
    print_json,
    say,
    terminal_text,
)
from integration_journal.core import records as r
from integration_journal.core import safety, session_guidance, side_effects

# Kinds a person asks for by name; internal bookkeeping (history, drafts, audit) stays out of `list`.
LISTABLE_KINDS = {
    "entry": r.Entry, "session": r.TreatmentSession, "checkin": r.CheckIn,
    "questionnaire": r.QuestionnaireResponse, "reframe": r.Reframe, "commitment": r.Commitment,
}
_ROUTE_ALIASES = {
    "iv": r.Route.IV, "infusion": r.Route.IV, "im": r.Route.IM, "injection": r.Route.IM,
    "nasal": r.Route.NASAL, "esketamine": r.Route.NASAL, "spravato": r.Route.NASAL,
    "lozenge": r.Route.LOZENGE, "sublingual": r.Route.LOZENGE, "troche": r.Route.LOZENGE,
    "oral": r.Route.ORAL, "other": r.Route.OTHER,
}
_SETTING_ALIASES = {
    "clinic": r.Setting.CLINIC, "office": r.Setting.OFFICE, "home": r.Setting.HOME_SUPPORTED,
    "home_supported": r.Setting.HOME_SUPPORTED, "home-supported": r.Setting.HOME_SUPPORTED,
    "other": r.Setting.OTHER,
}


# --- parsing helpers ----------------------------------------------------------------------------------

def _route(text: str) -> r.Route:
    try:
        return _ROUTE_ALIASES[text.strip().lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"unknown route {text!r}; use one of: iv, im, nasal, lozenge, oral, other") from None


def _setting(text: str) -> r.Setting:
    try:
        return _SETTING_ALIASES[text.strip().lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(
            f"unknown setting {text!r}; use one of: clinic, office, home, other") from None


def _product(text: str) -> r.Product:
    try:
        return r.Product(text.strip().lower())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unknown medicine {text!r}; use one of: racemic, esketamine, unknown") from None


def _phase(text: str) -> r.Phase:
    try:
        return r.Phase(text.strip().lower())
    except ValueError:
        raise argparse.ArgumentTypeError(
            "unknown phase {!r}; use one of: {}".format(text, ", ".join(p.value for p in r.Phase))) from None


def _bp(text: str) -> r.BloodPressure:
    try:
        systolic, diastolic = (int(part) for part in text.split("/"))
        return r.BloodPressure(systolic, diastolic)
    except (ValueError, TypeError):
        raise argparse.ArgumentTypeError(f"blood pressure must look like 120/80, not {text!r}") from None
    except r.ValidationError as exc:
        raise argparse.ArgumentTypeError(f"blood pressure {text!r}: {exc}") from None


def _side_effect(text: str) -> r.SideEffectReport:
    name, sep, level = text.rpartition(":")
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"side effect must look like NAME:0-3 (e.g. nausea:1), not {text!r}")
    key = name.strip().lower().replace("-", "_")
    if key not in side_effects.CATALOGUE:
        known = ", ".join(side_effects.CATALOGUE)
        raise argparse.ArgumentTypeError(f"unknown side effect {name!r}; known: {known}")
    try:
        return r.SideEffectReport(key, int(level))
    except (ValueError, r.ValidationError):
        raise argparse.ArgumentTypeError(f"side effect severity must be 0, 1, 2 or 3, not {level!r}") from None


def _kind(text: str) -> str:
    if text not in LISTABLE_KINDS:
        raise argparse.ArgumentTypeError(f"unknown kind {text!r}; use one of: {', '.join(LISTABLE_KINDS)}")
    return text


def _read_body(args: argparse.Namespace) -> str | None:
    if args.body is not None and args.body_file is not None:
        raise CliError("Give either --body or --body-file, not both.")
    if args.body_file is None:
        return args.body
    if args.body_file == "-":
        return sys.stdin.read()
    try:
        return Path(args.body_file).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"Could not read {args.body_file}: {exc.strerror}.") from exc
    except UnicodeDecodeError:
        raise CliError(f"{args.body_file} is not UTF-8 text.") from None


# --- presenting -------------------------------------------------------------------------------------

def _iso(value: dt.datetime | dt.date) -> str:
    return value.isoformat()


def summary_dict(record: r.Record) -> dict[str, Any]:
    """The JSON shape of `list`/`search`: id, kind, created (ISO 8601), plus each kind's key fields."""
    out: dict[str, Any] = {"id": record.id.hex(), "kind": record.KIND, "created": _iso(record.created),
                           "updated": _iso(record.updated), "date": record.local_date().isoformat()}
    if isinstance(record, r.Entry):
        out.update(title=record.title, tags=list(record.tags), phase=record.phase.value if record.phase else None,
                   session=record.session_id.hex() if record.session_id else None, share=record.share,
                   bring_to_appointment=record.bring_to_appointment,
                   question_for_therapist=record.question_for_therapist)
    elif isinstance(record, r.TreatmentSession):
        out.update(when=_iso(record.when), route=record.route.value, setting=record.setting.value,
                   dose_mg=record.dose_mg, intention=record.intention,
                   bp_before=_bp_text(record.bp_before), bp_after=_bp_text(record.bp_after),
                   side_effects={s.effect: s.severity for s in record.side_effects})
    elif isinstance(record, r.CheckIn):
        out.update(mood=record.mood, anxiety=record.anxiety, pain=record.pain, sleep_hours=record.sleep_hours,
                   sleep_quality=record.sleep_quality)
    elif isinstance(record, r.QuestionnaireResponse):
        out.update(instrument=record.instrument, answers=list(record.answers))
    elif isinstance(record, r.Reframe):
        out.update(old_thought=record.old_thought, new_perspective=record.new_perspective)
    elif isinstance(record, r.Commitment):
        out.update(text=record.text, domain=record.domain.value)
    return out


def _bp_text(bp: r.BloodPressure | None) -> str | None:
    return f"{bp.systolic}/{bp.diastolic}" if bp else None


def _one_line(record: r.Record) -> str:
    """One line for `list` and `search`: every value from the record goes through `field`."""
    return f"{record.id.hex()[:8]}  {record.local_date().isoformat()}  {record.KIND:<13} {_what(record)}"


def _what(record: r.Record, show: Callable[[object], str] = field) -> str:
    """What the record is about, in a few words: `show` makes each value from the record safe for a
    terminal line (`str` for JSON, which keeps the exact text)."""
    if isinstance(record, r.Entry):
        tags = " ".join(f"#{show(t)}" for t in record.tags)
        text = (show(record.title) or "(untitled)") + (f"  {tags}" if tags else "")
    elif isinstance(record, r.TreatmentSession):
        text = f"{record.route.value} session" + (f", {record.dose_mg:g} mg" if record.dose_mg else "")
    elif isinstance(record, r.CheckIn):
        text = f"mood {record.mood}/10, anxiety {record.anxiety}/10" + (
            f", pain {record.pain}/10" if record.pain is not None else "")
    elif isinstance(record, r.QuestionnaireResponse):
        text = show(record.instrument)
    elif isinstance(record, r.Reframe):
        text = show(record.new_perspective.splitlines()[0]) if record.new_perspective else "(reframe)"
    elif isinstance(record, r.Commitment):
        text = show(record.text.splitlines()[0]) if record.text else "(commitment)"
    else:
        text = ""
    return text


def _show(record: r.Record) -> str:
    """`show`: one line per field (each value through `field`), and an entry's text below them."""
    lines = [f"id:       {record.id.hex()}", f"kind:     {record.KIND}",
             f"created:  {_iso(record.created)}", f"updated:  {_iso(record.updated)}"]
    if isinstance(record, r.Entry):
        lines += [f"title:    {field(record.title)}", f"tags:     {', '.join(field(t) for t in record.tags)}"]
        if record.phase:
            lines.append(f"phase:    {record.phase.value}")
        if record.session_id:
            lines.append(f"session:  {record.session_id.hex()}")
        flags = [name for name in ("share", "bring_to_appointment", "question_for_therapist") if getattr(record, name)]
        if flags:
            lines.append(f"flags:    {', '.join(flags)}")
        # The text keeps its lines, each indented (as `git log` does) so that none can pass for a line
        # of the app's own.
        lines += [""] + [f"    {line}" if line else "" for line in terminal_text(record.body).split("\n")]
        return "\n".join(lines)
    for f in dataclasses.fields(record):
        if f.name in ("id", "created", "updated"):
            continue
        value = getattr(record, f.name)
        if isinstance(value, bytes):
            value = value.hex()
        elif isinstance(value, (dt.datetime, dt.date)):
            value = value.isoformat()
        elif isinstance(value, r.BloodPressure):
            value = _bp_text(value)
        elif isinstance(value, tuple) and value and isinstance(value[0], r.SideEffectReport):
            value = ", ".join(f"{s.effect}:{s.severity}" for s in value)
        elif hasattr(value, "value"):
            value = value.value
        lines.append(f"{f.name + ':':<22}{field(value)}")
    return "\n".join(lines)


# --- commands ---------------------------------------------------------------------------------------

def add_commands(sub, common: argparse.ArgumentParser) -> None:

    def entry_options(p: argparse.ArgumentParser, *, editing: bool) -> None:
        p.add_argument("--title", required=not editing)
        p.add_argument("--body", help="the entry text (Markdown)")
        p.add_argument("--body-file", metavar="FILE", help="read the entry text from FILE ('-' for standard input)")
        p.add_argument("--tag", action="append", metavar="TAG", help="a tag (repeat for several)"
                       + ("; replaces the entry's tags" if editing else ""))
        p.add_argument("--phase", type=_phase, help="preparation, same-day, next-day, few-days, one-week, ongoing")
        p.add_argument("--session", metavar="ID", help="link to a treatment session (id or unique prefix)")
        for flag, text in (("share", "mark for sharing with your therapist"),
                           ("bring", "bring to your next appointment"),
                           ("question", "a question for your therapist")):
            if editing:
                group = p.add_mutually_exclusive_group()
                group.add_argument(f"--{flag}", dest=flag, action="store_true", default=None, help=text)
                group.add_argument(f"--no-{flag}", dest=flag, action="store_false", default=None)
            else:
                p.add_argument(f"--{flag}", action="store_true", help=text)

    def session_link(ws, text: str | None) -> bytes | None:
        if text is None:
            return None
        record = ws.journal.get(ws.journal.resolve_id(text))
        if not isinstance(record, r.TreatmentSession):
            raise CliError(f"{text} is not a treatment session.")
        return record.id

    def cmd_add(args: argparse.Namespace) -> int:
        body = _read_body(args)
        with open_workspace(args) as ws:
            entry = r.Entry(title=args.title, body=body or "", tags=tuple(args.tag or ()), phase=args.phase,
                            session_id=session_link(ws, args.session), share=args.share,
                            bring_to_appointment=args.bring, question_for_therapist=args.question)
            ws.journal.add(entry)
        say(entry.id.hex())
        return 0

    def cmd_edit(args: argparse.Namespace) -> int:
        body = _read_body(args)
        with open_workspace(args) as ws:
            record = ws.journal.get(ws.journal.resolve_id(args.id))
            if not isinstance(record, r.Entry):
                raise CliError(f"{args.id} is a {record.KIND}; only journal entries can be edited here.")
            changes: dict[str, Any] = {}
            if args.title is not None:
                changes["title"] = args.title
            if body is not None:
                changes["body"] = body
            if args.tag is not None:
                changes["tags"] = tuple(args.tag)
            if args.phase is not None:
                changes["phase"] = args.phase
            if args.session is not None:
                changes["session_id"] = session_link(ws, args.session)
            for flag, field in (("share", "share"), ("bring", "bring_to_appointment"),
                                ("question", "question_for_therapist")):
                if getattr(args, flag) is not None:
                    changes[field] = getattr(args, flag)
            if not changes:
                raise CliError("Nothing to change: give at least one option such as --title or --body.")
            ws.journal.update(dataclasses.replace(record, **changes))
        say(record.id.hex())
        return 0

    def cmd_show(args: argparse.Namespace) -> int:
        with open_workspace(args) as ws:
            record = ws.journal.get(ws.journal.resolve_id(args.id))
            if args.json:
                print_json(summary_dict(record) | ({"body": record.body} if isinstance(record, r.Entry) else {}))
            else:
                say(_show(record))
        return 0

    def cmd_delete(args: argparse.Namespace) -> int:
        with open_workspace(args) as ws:
            record_id = ws.journal.resolve_id(args.id)
            if args.purge:
                ws.journal.purge(record_id)
                say(f"Deleted {record_id.hex()} and its earlier versions for good.")
            else:
                ws.journal.delete(record_id)
                say(f"Deleted {record_id.hex()}. Its earlier versions can still be restored.")
        return 0

    def cmd_list(args: argparse.Namespace) -> int:
        if args.date_from and args.date_to and args.date_from > args.date_to:
            raise CliError("--from is after --to.")
        with open_workspace(args) as ws:
            kinds = [args.kind] if args.kind else list(LISTABLE_KINDS)
            found: list[r.Record] = []
            for kind in kinds:
                found += ws.journal.list(kind=kind, date_from=args.date_from, date_to=args.date_to, tag=args.tag)
            from integration_journal.cli.sharing import received_for_list

            # Records received from contacts come along, each saying whom it is from.
            received = received_for_list(ws.journal, kinds, args.date_from, args.date_to, args.tag)
            found += [rec for rec, _ in received]
            extras = {id(rec): extra for rec, extra in received}
            found.sort(key=lambda rec: rec.moment, reverse=True)
            _emit(found[:args.limit] if args.limit else found, args.json, extras)
        return 0

    def cmd_search(args: argparse.Namespace) -> int:
        with open_workspace(args) as ws:
            hits = ws.journal.search(args.query)
            found = [getattr(hit, "record", hit) for hit in hits]
            _emit(found[:args.limit] if args.limit else found, args.json)
        return 0

    def _emit(found: list[r.Record], as_json: bool, extras: dict[int, dict[str, Any]] | None = None) -> None:
        extras = extras or {}
        if as_json:
            print_json([summary_dict(rec) | extras.get(id(rec), {}) for rec in found])
        else:
            for rec in found:
                extra = extras.get(id(rec))
                say(_one_line(rec) + (f"  (from {field(extra['from'])})" if extra else ""))

    def cmd_session(args: argparse.Namespace) -> int:
        """Only the route is required (the quick log right after a session: date, route, dose, a note);
        everything else is optional. Afterwards, on stderr so the id stays the one line on stdout: the
        guidance the app's form shows for what was logged, and, when thoughts of self-harm were logged, the
        same support the app's panel shows (docs/clinical.md §4.2, §3.9), recorded as the same audit event."""
        with open_workspace(args) as ws:
            when = args.date or ws.journal.now().replace(second=0, microsecond=0)
            session = r.TreatmentSession(
                when=when, route=args.route, setting=args.setting, dose_mg=args.dose_mg,
                clinic=args.clinic or "", intention=args.intention or "", bp_before=args.bp_before,
                bp_after=args.bp_after, side_effects=tuple(args.side_effect or ()), notes=args.notes or "",
                product=args.product)
            ws.journal.add(session)
            guidance = session_guidance.guidance_for_session(session, ws.journal.now())
            value = session_guidance.safety_flow_value(session)
            content = None
            if value is not None:
                profile = next((p for p in ws.journal.list(kind="profile") if isinstance(p, r.Profile)), None)
                plan = next((p for p in ws.journal.list(kind="safety_plan") if isinstance(p, r.SafetyPlan)), None)
                safety.record_safety_flow_shown(ws.journal, value, instrument=session_guidance.SAFETY_FLOW_INSTRUMENT)
                content = safety.safety_flow_content(value, profile, plan)
        say(session.id.hex())
        _print_guidance(guidance)
        if content is not None:
            say(err=True)
            say(content.plain_text(), err=True)
        return 0

    def cmd_checkin(args: argparse.Namespace) -> int:
        day = args.date or dt.date.today()
        with open_workspace(args) as ws:
            existing = [c for c in ws.journal.list(kind="checkin", date_from=day, date_to=day)
                        if isinstance(c, r.CheckIn) and c.date == day]
            values = dict(date=day, mood=args.mood, anxiety=args.anxiety, pain=args.pain,
                          sleep_hours=args.sleep_hours, sleep_quality=args.sleep_quality, note=args.note or "")
            if existing:
                checkin = ws.journal.update(dataclasses.replace(existing[0], **values))
                verb = "Updated"
            else:
                checkin = ws.journal.add(r.CheckIn(**values))
                verb = "Saved"
        say(checkin.id.hex())
        say(f"{verb} the check-in for {day.isoformat()}.", err=True)
        return 0

    def _snapshot_line(snapshot: r.HistorySnapshot) -> dict[str, Any]:
        from integration_journal.core.codec import decode

        earlier = decode(snapshot.of_id, snapshot.payload)
        return {"snapshot": snapshot.id.hex(), "of": snapshot.of_id.hex(), "kind": earlier.KIND,
                "revision": snapshot.revision, "deleted": snapshot.deleted, "saved": _iso(snapshot.created),
                "title": _what(earlier, str) or earlier.KIND}

    def _emit_snapshots(snapshots: list[r.HistorySnapshot], as_json: bool) -> None:
        lines = [_snapshot_line(s) for s in snapshots]
        if as_json:
            print_json(lines)
            return
        for line in lines:
            what = "deleted" if line["deleted"] else f"revision {line['revision']}"
            say(f"{line['snapshot'][:8]}  {line['saved'][:16].replace('T', ' ')}  {what:<11} {field(line['title'])}")

    def cmd_history(args: argparse.Namespace) -> int:
        with open_workspace(args) as ws:
            snapshots = ws.journal.history(ws.journal.resolve_id(args.id))
            if not snapshots and not args.json:
                say("No earlier versions are kept for this record.")
            _emit_snapshots(snapshots, args.json)
        return 0

    def cmd_trash(args: argparse.Namespace) -> int:
        with open_workspace(args) as ws:
            _emit_snapshots(ws.journal.trash(), args.json)
        return 0

    def cmd_revert(args: argparse.Namespace) -> int:
        with open_workspace(args) as ws:
            restored = ws.journal.restore(ws.journal.resolve_id(args.snapshot))
        say(restored.id.hex())
        return 0

    p = sub.add_parser("add", parents=[common], help="add a journal entry; prints its id")
    entry_options(p, editing=False)
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("edit", parents=[common], help="change a journal entry (earlier versions are kept)")
    p.add_argument("id", metavar="ID")
    entry_options(p, editing=True)
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("show", parents=[common], help="show one record")
    p.add_argument("id", metavar="ID", help="the id or a unique prefix of it (at least 4 characters)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_show, reads_only=True)  # see open_workspace

    p = sub.add_parser("delete", parents=[common], help="delete a record (earlier versions are kept)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--purge", action="store_true", help="also remove every earlier version, for good")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("history", parents=[common], help="earlier versions of a record (the last 10 are kept)")
    p.add_argument("id", metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history, reads_only=True)  # see open_workspace

    p = sub.add_parser("trash", parents=[common], help="deleted records that can still be brought back")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_trash, reads_only=True)  # see open_workspace

    p = sub.add_parser("revert", parents=[common], help="bring back an earlier version (from history or trash)")
    p.add_argument("snapshot", metavar="SNAPSHOT_ID")
    p.set_defaults(func=cmd_revert)

    p = sub.add_parser("list", parents=[common], help="list records, newest first")
    p.add_argument("--kind", type=_kind, help=", ".join(LISTABLE_KINDS))
    p.add_argument("--from", dest="date_from", type=parse_date, metavar="DATE")
    p.add_argument("--to", dest="date_to", type=parse_date, metavar="DATE")
    p.add_argument("--tag")
    p.add_argument("--limit", type=int_range(1, 10**9), metavar="N", help="only the newest N")
    p.add_argument("--json", action="store_true", help="a JSON array with id, kind, created, …")
    p.set_defaults(func=cmd_list, reads_only=True)  # see open_workspace

    p = sub.add_parser("search", parents=[common], help='search: words, "phrases", tag:x, from:DATE, to:DATE')
    p.add_argument("query")
    p.add_argument("--limit", type=int_range(1, 10**9), metavar="N", help="only the newest N")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search, reads_only=True)  # see open_workspace

    p = sub.add_parser("session", parents=[common], help="log a treatment session (only --route is required); "
                                                         "prints its id")
    p.add_argument("--date", type=parse_datetime, metavar="DATE[THH:MM]", help="when it was (default: now)")
    p.add_argument("--route", type=_route, required=True, help="iv, im, nasal, lozenge, oral, other")
    p.add_argument("--dose-mg", type=float, metavar="X", help="as your clinic told you (optional)")
    p.add_argument("--setting", type=_setting, default=r.Setting.CLINIC,
                   help="clinic (default), office, home (with a support person), other")
    p.add_argument("--clinic", metavar="NAME")
    p.add_argument("--bp-before", type=_bp, metavar="120/80")
    p.add_argument("--bp-after", type=_bp, metavar="135/85")
    p.add_argument("--side-effect", type=_side_effect, action="append", metavar="NAME:0-3")
    p.add_argument("--intention", metavar="TEXT")
    p.add_argument("--product", type=_product, help="racemic, esketamine or unknown (optional)")
    p.add_argument("--notes", "--note", metavar="TEXT", help="how it was, in a line or more (optional)")
    p.set_defaults(func=cmd_session)

    p = sub.add_parser("checkin", parents=[common], help="save (or update) the daily check-in")
    p.add_argument("--date", type=parse_date, metavar="DATE", help="default: today")
    p.add_argument("--mood", type=int_range(0, 10), required=True, metavar="0-10")
    p.add_argument("--anxiety", type=int_range(0, 10), required=True, metavar="0-10")
    p.add_argument("--pain", type=int_range(0, 10), metavar="0-10")
    p.add_argument("--sleep-hours", type=float, metavar="H")
    p.add_argument("--sleep-quality", type=int_range(0, 10), metavar="0-10")
    p.add_argument("--note", metavar="TEXT")
    p.set_defaults(func=cmd_checkin)


def _print_guidance(items: tuple[session_guidance.Guidance, ...]) -> None:
    """The guidance for what was logged, worded as the form's guidance panel words it, under its heading."""
    if items:
        say("Something to keep in mind:", err=True)
        for line in session_guidance.plain_lines(items):
            say(f"  {line}", err=True)

