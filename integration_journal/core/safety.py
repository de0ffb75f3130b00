"""The safety flow's content (docs/clinical.md §3.9, §5): plain data and Markdown, no Qt.

- `safety_flow_content(item9_value, profile, plan)`: after a submitted PHQ-9 whose item 9 is 1, 2 or
  3. In order: the thanks, the local emergency number, firmer copy for 2 and 3, the crisis lines of
  the patient's country, the filled sections of their safety plan, the clinic contact if known, and
  the plain statement that nothing is monitored in real time.
- `get_help_now_content(profile, plan)`: the same support without the score context.
- `ITEM9_SKIPPED` / `item9_skipped_text(profile)`: after a PHQ-9 submitted with item 9 left out, one calm
  line with the way to "Get help now" (no panel opens by itself).
- `safety_plan_markdown(plan)`: the seven sections of §5.1 (our own wording) for printing.
- `record_safety_flow_shown(journal, value)`: the audit event that the flow was shown.

Nothing here contacts anyone; the copy never says or implies that someone is watching (§5.3).
Copy is the original wording of docs/clinical.md; clinical sign-off is pending (§7 item 7).
"""

from __future__ import annotations

from dataclasses import dataclass

from integration_journal.core import countries
from integration_journal.core.crisis_lines import CountryLines, CrisisLine, lines_for
from integration_journal.core.records import SAFETY_PLAN_SECTIONS, AuditEvent, Profile, SafetyPlan
from integration_journal.errors import ValidationError

# docs/clinical.md §3.9, panel copy.
THANKS = ("Thank you for answering honestly. You said thoughts of being better off dead or of hurting "
          "yourself have come up. You don't have to handle that alone.")
EMERGENCY = "If you might act on these thoughts or are in danger now, call {number}."
LOCAL_EMERGENCY_NUMBER = "your local emergency number"
FIRMER = "Please reach out today."
CLINIC = "It can help to contact your clinician or clinic and tell them."
NOT_MONITORED = ("This app does not monitor your answers in real time. Your therapist will only see this "
                 "if you share or export it.")
OPEN_PLAN = "Open my safety plan"
MAKE_PLAN = "Make a safety plan with my therapist"
# "Get help now" (§3.9 "persistent button", §5.3): our own wording, no score context.
HELP_NOW_INTRO = "You don't have to handle this alone. Here is who you can reach."
HELP_NOW_EMERGENCY = "If you are in danger now, call {number}."
# The app is a companion to care, not a monitor (§1.6): said wherever safety content appears.
HELP_NOW_NOT_MONITORED = ("This app does not monitor what you write or answer. Your therapist will only see it "
                          "if you share or export it.")

# docs/clinical.md §3.9: a PHQ-9 submitted with item 9 left out. One calm line beside the "Get help now"
# action; no panel opens by itself (nothing was reported, and leaving a question out is allowed).
ITEM9_SKIPPED = ("You left question 9 unanswered, and that's okay. If you would like support at any time, "
                 "Get help now shows who you can reach.")
# The terminal's "Get help now" button: the command that prints the same support, and the emergency number.
HELP_NOW_COMMAND = "Get help now: run `integration-journal help-now`, or call {number} in an emergency."

# docs/clinical.md §5.1: (title, help) per section id, our own wording.
SAFETY_PLAN_TEXT: dict[str, tuple[str, str]] = {
    "sp-1": ("My early signs",
             "Thoughts, feelings, situations or behaviours that tell me things are starting to slide. Be "
             "specific ('three bad nights in a row', 'cancelling everything')."),
    "sp-2": ("Things I can do on my own to get through the moment",
             "Simple activities that shift my attention or calm my body, without needing anyone else."),
    "sp-3": ("People and places that help me feel less alone",
             "Someone to be around or a place to go — I don't have to explain what's happening to them."),
    "sp-4": ("People I can tell I'm struggling and ask for help",
             "Names and numbers of people I trust to talk to directly."),
    "sp-5": ("Professionals and crisis services",
             "My therapist, prescriber/clinic, after-hours line, local crisis line and emergency number "
             "(pre-filled from my country, editable)."),
    "sp-6": ("Making my surroundings safer",
             "Steps to put distance between me and anything I could use to hurt myself, and who can help "
             "with that."),
    "sp-7": ("What matters most to me", "Reasons to keep going — people, pets, plans, values."),
}
SAFETY_PLAN_TITLE = "My safety plan"


@dataclass(frozen=True, slots=True)
class PlanSection:
    id: str  # "sp-1" …
    field: str  # the SafetyPlan field
    title: str
    help: str
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ClinicContact:
    name: str
    phone: str
    after_hours: str = ""  # the clinic's after-hours line (Settings, "Your clinic")

    @property
    def text(self) -> str:
        if self.phone:
            return f"Your clinic{f' ({self.name})' if self.name else ''}: {self.phone}"
        if self.name:
            return f"Your clinic: {self.name}"
        return ""

    @property
    def after_hours_text(self) -> str:
        return f"Your clinic's after-hours line: {self.after_hours}" if self.after_hours else ""

    def lines(self) -> list[str]:
        """The clinic's contact and its after-hours line, each that is known, in that order."""
        return [text for text in (self.text, self.after_hours_text) if text]


@dataclass(frozen=True, slots=True)
class SafetyContent:
    """What the safety panel (or "Get help now") shows, in display order."""

    item9_value: int | None  # None for "Get help now"
    intro: str
    emergency_numbers: tuple[str, ...]  # the first is the main one; empty when the country is unknown
    emergency_text: str
    emergency_note: str | None
    firmer: str | None  # item 9 = 2 or 3 only
    country_code: str | None
    country_name: str | None
    crisis: CountryLines  # where the lines came from (the country's file, EU, or the fallback)
    crisis_lines: tuple[CrisisLine, ...]
    crisis_advice: str | None
    plan_sections: tuple[PlanSection, ...]  # filled sections only
    plan_action: str  # "Open my safety plan" or "Make a safety plan with my therapist"
    clinic_suggestion: str
    clinic: ClinicContact | None
    not_monitored: str

    @property
    def has_plan(self) -> bool:
        return bool(self.plan_sections)

    def plain_text(self) -> str:
        """Plain text for a terminal, in display order."""
        out = [self.intro, "", self.emergency_text]
        if self.emergency_note:
            out.append(self.emergency_note)
        if self.firmer:
            out.append(self.firmer)
        if self.crisis_lines or self.crisis_advice:
            out.append("")
            out.append(f"Crisis lines ({self.crisis.name}):" if self.crisis_lines else "Crisis lines:")
            for line in self.crisis_lines:
                out.append(f"  {_line_heading(line)}: {'; '.join(c.label for c in line.contacts)}"
                           + (f" ({line.hours})" if line.hours else ""))
                if line.notes:
                    out.append(f"    {line.notes}")
            if self.crisis_advice:
                out.append(f"  {self.crisis_advice}")
        if self.plan_sections:
            out += ["", f"{SAFETY_PLAN_TITLE}:"]
            for section in self.plan_sections:
                out.append(f"  {section.title}:")
                out += [f"    - {item}" for item in section.items]
        out += ["", self.clinic_suggestion]
        if self.clinic:
            out += self.clinic.lines()
        out += ["", self.not_monitored]
        return "\n".join(out)

    def markdown(self) -> str:
        """The same content as Markdown (user text escaped)."""
        out = [self.intro, "", f"**{self.emergency_text}**"]
        if self.emergency_note:
            out += ["", self.emergency_note]
        if self.firmer:
            out += ["", f"**{self.firmer}**"]
        if self.crisis_lines or self.crisis_advice:
            out += ["", "## Crisis lines", ""]
            for line in self.crisis_lines:
                detail = "; ".join(c.label for c in line.contacts) + (f" ({line.hours})" if line.hours else "")
                out.append(f"- **{_line_heading(line)}**: {detail}" + (f". {line.notes}" if line.notes else ""))
            if self.crisis_advice:
                out += ["", self.crisis_advice] if self.crisis_lines else [self.crisis_advice]
        out += ["", f"## {SAFETY_PLAN_TITLE}", ""]
        if self.plan_sections:
            for section in self.plan_sections:
                out += [f"### {section.title}", ""]
                out += [f"- {escape_markdown(item)}" for item in section.items]
                out.append("")
            out.pop()
        else:
            out.append(self.plan_action)
        out += ["", "## Your clinic", "", self.clinic_suggestion]
        if self.clinic:
            for line in self.clinic.lines():
                out += ["", escape_markdown(line)]
        out += ["", self.not_monitored]
        return "\n".join(out) + "\n"


def _line_heading(line: CrisisLine) -> str:
    return f"{line.name} ({line.region})" if line.region else line.name


def escape_markdown(text: str) -> str:
    """The person's own text, shown literally (no headings, links, emphasis or HTML from it)."""
    special = set("\\`*_{}[]()#+-.!|<>~&")
    escaped = "".join(f"\\{ch}" if ch in special else ch for ch in text)
    return " ".join(escaped.splitlines())


def plan_sections(plan: SafetyPlan | None, *, filled_only: bool = True) -> tuple[PlanSection, ...]:
    sections = []
    for section_id, field in SAFETY_PLAN_SECTIONS:
        items = tuple(item for item in (getattr(plan, field) if plan is not None else ()) if item.strip())
        if items or not filled_only:
            title, help_text = SAFETY_PLAN_TEXT[section_id]
            sections.append(PlanSection(section_id, field, title, help_text, items))
    return tuple(sections)


def _content(item9_value: int | None, profile: Profile | None, plan: SafetyPlan | None) -> SafetyContent:
    country_code = profile.country_code if profile is not None else None
    crisis = lines_for(country_code)
    numbers = crisis.emergency_numbers
    number_text = " or ".join(numbers) if numbers else LOCAL_EMERGENCY_NUMBER
    sections = plan_sections(plan)
    clinic_name = profile.clinic_name.strip() if profile is not None else ""
    clinic_phone = profile.clinic_phone.strip() if profile is not None else ""
    after_hours = profile.clinic_after_hours.strip() if profile is not None else ""
    help_now = item9_value is None
    return SafetyContent(
        item9_value=item9_value,
        intro=HELP_NOW_INTRO if help_now else THANKS,
        emergency_numbers=numbers,
        emergency_text=(HELP_NOW_EMERGENCY if help_now else EMERGENCY).format(number=number_text),
        emergency_note=crisis.emergency_note,
        firmer=FIRMER if item9_value is not None and item9_value >= 2 else None,
        country_code=country_code,
        country_name=countries.country_name(country_code) if country_code and countries.is_country(country_code)
        else None,
        crisis=crisis, crisis_lines=crisis.lines, crisis_advice=crisis.advice,
        plan_sections=sections, plan_action=OPEN_PLAN if sections else MAKE_PLAN,
        clinic_suggestion=CLINIC,
        clinic=(ClinicContact(clinic_name, clinic_phone, after_hours) if clinic_name or clinic_phone or after_hours
                else None),
        not_monitored=HELP_NOW_NOT_MONITORED if help_now else NOT_MONITORED,
    )


def safety_flow_content(item9_value: int, profile: Profile | None = None,
                        plan: SafetyPlan | None = None) -> SafetyContent:
    """The §3.9 panel for a PHQ-9 item-9 answer of 1, 2 or 3 (firmer copy for 2 and 3)."""
    if isinstance(item9_value, bool) or not isinstance(item9_value, int) or not 1 <= item9_value <= 3:
        raise ValidationError("item 9", "the safety flow is for an answer of 1, 2 or 3")
    return _content(item9_value, profile, plan)


def item9_skipped(score) -> bool:
    """A submitted PHQ-9 whose item 9 was left out (a `measures.Score`): the calm line, not the panel."""
    return bool(getattr(score, "safety_skipped", False))


def item9_skipped_text(profile: Profile | None = None) -> str:
    """For a terminal: the calm line, then how to get help now (the command, and the emergency number)."""
    numbers = lines_for(profile.country_code if profile is not None else None).emergency_numbers
    number = " or ".join(numbers) if numbers else LOCAL_EMERGENCY_NUMBER
    return f"{ITEM9_SKIPPED}\n{HELP_NOW_COMMAND.format(number=number)}"


def get_help_now_content(profile: Profile | None = None, plan: SafetyPlan | None = None) -> SafetyContent:
    """"Get help now": the emergency number, crisis lines, plan and clinic, whatever the scores."""
    return _content(None, profile, plan)


def safety_plan_markdown(plan: SafetyPlan | None) -> str:
    """The safety plan for printing: all seven sections as headings, empty ones left to fill in by hand."""
    out = [f"# {SAFETY_PLAN_TITLE}", ""]
    for section in plan_sections(plan, filled_only=False):
        out += [f"## {section.title}", "", f"_{section.help}_", ""]
        if section.items:
            out += [f"- {escape_markdown(item)}" for item in section.items]
        else:
            out.append("_Nothing written here yet._")
        out.append("")
    return "\n".join(out)


def record_safety_flow_shown(journal, value: int, instrument: str = "phq9") -> AuditEvent:
    """Record that the safety flow was shown (an audit event: the instrument and the item value only)."""
    return journal.audit("safety_flow_shown", instrument=instrument, value=value)
