"""The command line's `measure` command: score a validated questionnaire, store it, show the result.

After a PHQ-9 whose item 9 is not "Not at all", the calm support message of docs/clinical.md §3.9 follows
the score (on stderr with --json, so the JSON on stdout stays machine-readable): the emergency number
and crisis lines of the profile's country, the filled sections of the safety plan, the clinic contact
(core/safety.py). That it was shown is recorded as a "safety_flow_shown" audit event. Nothing is sent
to anyone; the message says so. After a PHQ-9 with item 9 left out, one calm line follows instead, with
the way to get help now (`help-now`, this module's other command, prints the same support as the app's
"Get help now").

The result lines are the questionnaire dialog's (ui/questionnaire_dialog.py), word for word: the total and band
as the dialog writes them, the note about the result, and after a positive PHQ-2 or GAD-2 the screening note
and the offer of the full questionnaire.
"""

from __future__ import annotations

import argparse

from integration_journal.cli.common import open_workspace, parse_datetime, print_json, say
from integration_journal.core import measures, safety
from integration_journal.core import records as r

# docs/clinical.md §3.9 panel copy lives in core.safety (names kept here for existing callers).
SAFETY_THANKS = safety.THANKS
SAFETY_EMERGENCY = safety.EMERGENCY.format(number=safety.LOCAL_EMERGENCY_NUMBER)
SAFETY_FIRMER = safety.FIRMER
SAFETY_CLINIC = safety.CLINIC
SAFETY_NOT_MONITORED = safety.NOT_MONITORED


def safety_message(value: int, clinic_name: str = "", clinic_phone: str = "", *,
                   country_code: str | None = None, plan: r.SafetyPlan | None = None) -> str:
    """The §3.9 message for a safety-item answer of 1-3 (firmer for 2 and 3), with the country's
    emergency number and crisis lines when the country is known."""
    profile = r.Profile(role=r.Role.PATIENT, display_name="-", country_code=country_code,
                        clinic_name=clinic_name, clinic_phone=clinic_phone)
    return safety.safety_flow_content(value, profile, plan).plain_text()


def parse_answers(text: str) -> list[int | None]:
    """"0,1,2,…"; an empty place or "-" is a skipped item. Raises MeasureError naming the item."""
    answers: list[int | None] = []
    for index, part in enumerate(text.split(","), start=1):
        part = part.strip()
        if part in ("", "-"):
            answers.append(None)
            continue
        try:
            answers.append(int(part, 10))
        except ValueError:
            raise measures.MeasureError(f"item {index}", "must be a whole number (or '-' to skip it)") from None
    return answers


def result_lines(measure: measures.Measure, result: measures.Score) -> list[str]:
    """What the questionnaire dialog shows after Submit, as lines: "PHQ-9: 12 of 27 — Moderate" (or why there is
    no total), the note about the result, and after a positive short screener its note and the full
    questionnaire to answer next. The support that follows item 9 is printed after these."""
    from integration_journal.ui.app_locale import texts_for_the_command_line
    from integration_journal.ui.questionnaire_dialog import FOLLOW_UP, result_text

    texts_for_the_command_line()
    lines = [f"{measure.short_title}: {result_text(measure, result)}"]
    if measure.result_note:
        lines.append(measure.result_note)
    if result.positive_screen and measure.positive_screen_note:
        lines.append(measure.positive_screen_note)
        follow = FOLLOW_UP.get(measure.id)
        if follow is not None:
            lines.append(f"Answer the full {measures.get_measure(follow).short_title} next: "
                         f"integration-journal measure {follow} --answers=…")
    return lines


def add_commands(sub, common: argparse.ArgumentParser) -> None:

    def cmd_measure(args: argparse.Namespace) -> int:
        measure = measures.get_measure(args.instrument)
        # Check the answers before asking for the passphrase: a typo never costs an unlock.
        answers = parse_answers(args.answers)
        result = measures.score(measure.id, answers)
        with open_workspace(args) as ws:
            taken_at = args.date or ws.journal.now()
            record = ws.journal.add(r.QuestionnaireResponse(
                instrument=measure.id, answers=tuple(answers), taken_at=taken_at,
                baseline=args.baseline))
            profile = next((p for p in ws.journal.list(kind="profile") if isinstance(p, r.Profile)), None)
            plan = next((p for p in ws.journal.list(kind="safety_plan") if isinstance(p, r.SafetyPlan)), None)
            if result.safety_flag:
                safety.record_safety_flow_shown(ws.journal, result.safety_value or 1, instrument=measure.id)
        if args.json:
            print_json({"id": record.id.hex(), "instrument": measure.id, "total": result.total,
                             "band": result.band, "positive_screen": result.positive_screen,
                             "safety_flag": result.safety_flag})
        else:
            say("\n".join(result_lines(measure, result)))
            say(f"Your answers are saved as {record.id.hex()}.")
        if result.safety_flag:
            message = safety.safety_flow_content(result.safety_value or 1, profile, plan).plain_text()
            say(err=args.json)
            say(message, err=args.json)
        elif result.safety_skipped:  # item 9 left out: one calm line and how to get help now, no panel
            say(err=args.json)
            say(safety.item9_skipped_text(profile), err=args.json)
        return 0

    def cmd_help_now(args: argparse.Namespace) -> int:
        """"Get help now" in a terminal: the emergency number, the crisis lines, the safety plan, the clinic."""
        with open_workspace(args) as ws:
            profile = next((p for p in ws.journal.list(kind="profile") if isinstance(p, r.Profile)), None)
            plan = next((p for p in ws.journal.list(kind="safety_plan") if isinstance(p, r.SafetyPlan)), None)
        say(safety.get_help_now_content(profile, plan).plain_text())
        return 0

    choices = {**{i: i for i in measures.INSTRUMENT_IDS}, "peg3": "peg"}
    p = sub.add_parser("measure", parents=[common],
                       help="answer a questionnaire (phq9, phq2, gad7, gad2, peg); prints the total and band")
    p.add_argument("instrument", choices=list(choices), metavar="INSTRUMENT",
                   help="phq9, phq2, gad7, gad2 or peg")
    p.add_argument("--answers", required=True, metavar="0,1,2,…",
                   help="one answer per item in order, comma-separated; '-' or nothing skips an item (write "
                        "--answers=-,1,… when the first is skipped). PHQ-9 and GAD-7 take an optional last "
                        "answer to the difficulty question (not scored)")
    p.add_argument("--date", type=parse_datetime, metavar="DATE[THH:MM]", help="when it was answered (default: now)")
    p.add_argument("--baseline", action="store_true", help="mark this as the baseline for progress")
    p.add_argument("--json", action="store_true", help="print {id, instrument, total, band, positive_screen, "
                                                       "safety_flag}")
    p.set_defaults(func=cmd_measure)

    p = sub.add_parser("help-now", parents=[common],
                       help="get help now: the emergency number, crisis lines, your safety plan and clinic")
    p.set_defaults(func=cmd_help_now)
