"""The profile on the command line: `profile show`, `profile set` (country and clinic), `profile countries`.

The country picks the emergency number and crisis lines the journal shows (docs/clinical.md §5.2); the clinic
(name, phone, after-hours line) is named by "Get help now" and the appointment summary. Both are written
through core.settings.SettingsService, the same path as the Settings dialog, so the checks are the same.
`init --country CC` (cli/vault.py) sets the country when the journal is made; `parse_country` is shared.
"""

from __future__ import annotations

import argparse
import dataclasses
from typing import Any

from integration_journal.cli.common import PROG, CliError, field, open_workspace, print_json, say
from integration_journal.core.english import count_of

# The option that sets each Profile field, for messages that name what to fix.
OPTIONS = {"country_code": "--country", "clinic_name": "--clinic-name", "clinic_phone": "--clinic-phone",
           "clinic_after_hours": "--clinic-after-hours"}
CLEAR = ("", "none")  # `--country none` (or "") clears the country


def parse_country(text: str) -> str | None:
    """A country code as typed ("gb", " DE ") -> "GB"; "none" or "" -> None. argparse shows the error."""
    from integration_journal.core import countries

    code = text.strip()
    if code.lower() in CLEAR:
        return None
    if countries.is_country(code) and len(code) == 2:
        return code.upper()
    raise argparse.ArgumentTypeError(
        f"unknown country code {text!r}: use a two-letter ISO 3166 code such as GB, US or DE "
        f"(`{PROG} profile countries` lists them)")


def _profile(ws) -> Any:
    from integration_journal.core.records import Profile

    found = [p for p in ws.journal.list(kind="profile") if isinstance(p, Profile)]
    if not found:
        raise CliError(f"This journal has no profile yet; create one with `{PROG} init`.")
    return found[0]


def profile_facts(profile) -> dict[str, Any]:
    """What `profile show` prints: the profile, and what its country means for the support the app shows."""
    from integration_journal.core import countries
    from integration_journal.core.crisis_lines import lines_for

    crisis = lines_for(profile.country_code)
    code = profile.country_code
    return {
        "role": profile.role.value,
        "name": profile.display_name,
        "country": code,
        "country_name": countries.country_name(code) if code and countries.is_country(code) else None,
        "emergency_numbers": list(crisis.emergency_numbers),
        "crisis_lines": [line.name for line in crisis.lines],
        "treatment_focus": [focus.value for focus in profile.treatment_focus],
        "clinic_name": profile.clinic_name,
        "clinic_phone": profile.clinic_phone,
        "clinic_after_hours": profile.clinic_after_hours,
    }


def _print_facts(facts: dict[str, Any]) -> None:
    unset = "(not set)"
    if facts["country"]:
        say(f"Country:            {facts['country_name']} ({facts['country']})")
    else:
        say(f"Country:            {unset}: set it with `{PROG} profile set --country CC` to see your "
              "emergency number and crisis lines")
    numbers = " or ".join(facts["emergency_numbers"])
    say(f"Emergency number:   {numbers or 'your local emergency number'}")
    lines = "; ".join(facts["crisis_lines"])
    say(f"Crisis lines:       {lines or 'none listed for this country yet: ask your clinic'}")
    say(f"Role:               {facts['role']}")
    say(f"Name:               {field(facts['name'])}")
    if facts["treatment_focus"]:
        say(f"Treatment focus:    {', '.join(facts['treatment_focus'])}")
    say(f"Clinic:             {field(facts['clinic_name']) or unset}")
    say(f"Clinic phone:       {field(facts['clinic_phone']) or unset}")
    say(f"After-hours line:   {field(facts['clinic_after_hours']) or unset}")


def cmd_profile_show(args: argparse.Namespace) -> int:
    with open_workspace(args, backup=False) as ws:
        facts = profile_facts(_profile(ws))
    if args.json:
        print_json(facts)
    else:
        _print_facts(facts)
    return 0


def cmd_profile_set(args: argparse.Namespace) -> int:
    from integration_journal.core.settings import SettingsService
    from integration_journal.errors import ValidationError

    changes = {field: getattr(args, field) for field in OPTIONS if getattr(args, field) is not _UNSET}
    if not changes:
        raise CliError("Nothing to change: give --country, --clinic-name, --clinic-phone or --clinic-after-hours.")
    with open_workspace(args) as ws:
        _profile(ws)  # a journal without a profile has nowhere to keep these
        service = SettingsService(ws.journal)
        try:
            written = service.save(dataclasses.replace(service.load(), **changes))
        except ValidationError as exc:
            option = OPTIONS.get(exc.field, exc.field)
            raise CliError(f"{option}: {exc.problem} Nothing was changed.") from None
        facts = profile_facts(_profile(ws))
    if not written:
        say("Nothing changed: the profile already says that.")
    else:
        say("Profile updated.")
    _print_facts(facts)
    return 0


def cmd_profile_countries(args: argparse.Namespace) -> int:
    from integration_journal.core import countries
    from integration_journal.core.crisis_lines import lines_for

    rows = []
    for code, name in countries.sorted_by_name():
        crisis = lines_for(code)
        rows.append({"code": code, "name": name, "emergency_numbers": list(crisis.emergency_numbers),
                     "crisis_lines": len(crisis.lines)})
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        numbers = " or ".join(row["emergency_numbers"]) or "-"
        lines = count_of(row["crisis_lines"], "crisis line") if row["crisis_lines"] else ""
        say(f"{row['code']}  {row['name']:<44} {numbers:<18} {lines}".rstrip())
    return 0


class _Unset:
    def __repr__(self) -> str:
        return "(unchanged)"


_UNSET = _Unset()


def add_commands(sub, common: argparse.ArgumentParser) -> None:
    profile = sub.add_parser("profile", help="your country (for crisis lines) and your clinic")
    actions = profile.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    p = actions.add_parser("show", parents=[common],
                           help="your country, its emergency number and crisis lines, and your clinic")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_profile_show, reads_only=True)  # see open_workspace

    p = actions.add_parser("set", parents=[common], help="change your country or your clinic's details")
    p.add_argument("--country", dest="country_code", type=parse_country, default=_UNSET, metavar="CC",
                   help="two-letter country code (GB, US, DE...), or none to clear it")
    p.add_argument("--clinic-name", dest="clinic_name", default=_UNSET, metavar="NAME",
                   help="your clinic's name ('' clears it)")
    p.add_argument("--clinic-phone", dest="clinic_phone", default=_UNSET, metavar="PHONE",
                   help="your clinic's phone number ('' clears it)")
    p.add_argument("--clinic-after-hours", dest="clinic_after_hours", default=_UNSET, metavar="PHONE",
                   help="your clinic's after-hours line ('' clears it)")
    p.set_defaults(func=cmd_profile_set)

    p = actions.add_parser("countries", help="the country codes, with each country's emergency number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_profile_countries)
