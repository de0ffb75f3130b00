"""The summary as Markdown, section by section, with every piece of the person's own text escaped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from integration_journal.core import measures
from integration_journal.core.records import BloodPressure
from integration_journal.core.summary.formats import Formats, current, using
from integration_journal.core.summary.model import (
    TREND_WINDOWS,
    AskAbout,
    CrisisInfo,
    EffectFlag,
    HighReading,
    IncompleteRow,
    Item9Flag,
    Item9Unanswered,
    MeasureRow,
    SafetySection,
    SelectedEntry,
    SessionRow,
    Summary,
    UrgentNote,
)
from integration_journal.core.summary.wording import (
    ACUTE_DURATION_LABELS,
    APP_ITEMS_NOTE,
    ASK_ABOUT_UNKNOWN,
    DURATION_TEXT,
    EXPERIENCE_LABELS,
    HEADER_TITLE,
    MEDICATION_NOTE,
    NOT_A_RECORD,
    NOT_MONITORED,
    OVERLAP_NOTE,
    SECTION_TITLES,
    Translate,
    _same,
    effect_label,
)

_MD_SPECIAL = frozenset("\\`*_{}[]()#+-.!|~")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape_markdown(text: str) -> str:
    """The person's text shown literally, on one line: Markdown punctuation backslash-escaped, and
    <, >, & as entities (python-markdown has no backslash escape for "<", so "\\<" would show)."""
    out = "".join(_ENTITIES.get(ch) or (f"\\{ch}" if ch in _MD_SPECIAL else ch) for ch in text)
    return " ".join(out.splitlines())


def number(value: int | float | None, decimals: int = 0) -> str:
    """A score with the measure's `decimals` ("4.3"; "4,3" with a decimal comma); "–" for none."""
    if value is None:
        return "–"
    if isinstance(value, float) and decimals == 0 and value.is_integer():
        return str(int(value))
    return current().number(f"{value:.{decimals}f}" if isinstance(value, float) else str(value))


def trimmed(value: int | float | None, decimals: int = 1) -> str:
    """At most `decimals` places and no stray zeros: 2.0 → "2", 6.25 → "6.2" (one place), None → "–"; with a
    decimal comma 6.5 → "6,5"."""
    if value is None:
        return "–"
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return current().number("0" if text == "-0" else text)


def _signed(value: int | float | None, decimals: int = 0, suffix: str = "", *, trim: bool = False) -> str:
    if value is None:
        return "–"
    text = trimmed(abs(value), decimals) if trim else number(abs(value), decimals)
    return f"{'+' if value > 0 else '−' if value < 0 else '±'}{text}{suffix}"


def dose(value: float | None) -> str:
    """The dose as the patient reported it, in mg ("56 mg", "0.5 mg"); "–" when not recorded."""
    return "–" if value is None else f"{trimmed(value, 2)} mg"


def _bp(reading: BloodPressure | None) -> str:
    return f"{reading.systolic}/{reading.diastolic}" if reading is not None else ""


def _bp_pair(before: BloodPressure | None, after: BloodPressure | None) -> str:
    if before is None and after is None:
        return " "
    return f"{_bp(before) or '–'} → {_bp(after) or '–'}"


def _rule(outcome: measures.RuleOutcome | None, tr: Translate) -> str:
    """"Yes", "No", "Yes (single score, by analogy)", or "n/a (baseline below 10)" (docs/clinical.md §6.2)."""
    if outcome is None:
        return "–"
    if not outcome.applies:
        return tr("n/a (baseline below {minimum})").format(minimum=trimmed(outcome.min_baseline))
    notes = [tr("single score")] if outcome.met and not outcome.sustained else []
    if outcome.by_analogy:
        notes.append(tr("by analogy"))
    text = tr("Yes") if outcome.met else tr("No")
    return f"{text} ({', '.join(notes)})" if notes else text


def _experience(row: SessionRow, tr: Translate) -> str:
    parts = [tr(EXPERIENCE_LABELS[row.experience_kind])] if row.experience_kind else []
    if row.experience is not None:
        parts.append(tr("{value} of 10").format(value=row.experience))
    return ", ".join(parts) or "–"


def _cell(text: str) -> str:
    return escape_markdown(text) if text else " "


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows]
    return out


def _date(day: dt.date) -> str:
    """A day as the document writes them (`formats.current()`: ISO 8601 unless the app's locale says otherwise)."""
    return current().date(day)


def _user_block(text: str) -> list[str]:
    """The person's text as literal lines (escaped; line breaks kept)."""
    lines = [escape_markdown(line) for line in text.strip().splitlines()]
    return [f"{line}  " if line and index < len(lines) - 1 else line for index, line in enumerate(lines)]


def _items(numbers: Sequence[int], tr: Translate) -> str:
    text = measures.item_ranges(numbers)
    return (tr("item {numbers}") if len(numbers) == 1 else tr("items {numbers}")).format(numbers=text)


def _severity(severity: int, duration: str | None, tr: Translate) -> str:
    text = tr("severity {severity} of 3").format(severity=severity)
    return f"{text}, {tr(DURATION_TEXT[duration])}" if duration in DURATION_TEXT else text


def flag_text(flag: Item9Flag | Item9Unanswered | EffectFlag | HighReading | UrgentNote, tr: Translate = _same) -> str:
    """One flag in the clinician's words, its date last."""
    day = _date(flag.day)
    if isinstance(flag, Item9Flag):
        return tr("PHQ-9 item 9 (thoughts of being better off dead or of hurting oneself) answered \"{label}\" "
                  "({value} of 3){total} ({day}).").format(
            label=tr(flag.label), value=flag.value, day=day,
            total="" if flag.total is None else tr(", total {total}").format(total=number(flag.total)))
    if isinstance(flag, Item9Unanswered):
        return tr("PHQ-9 item 9 left unanswered ({day}).").format(day=day)
    if isinstance(flag, EffectFlag):
        return tr("{label} — {severity} ({day}).").format(
            label=tr(effect_label(flag.effect)), severity=_severity(flag.severity, flag.duration, tr), day=day)
    if isinstance(flag, HighReading):
        return tr("Blood pressure {reading} {which} the session — at or above 180 systolic or 120 diastolic "
                  "({day}).").format(reading=_bp(flag.reading), which=tr(flag.which), day=day)
    title = escape_markdown(flag.title) if flag.title.strip() else tr("an untitled entry")
    return tr("Marked urgent by the patient: “{title}” ({day}).").format(title=title, day=day)


def ask_about_text(item: AskAbout, tr: Translate = _same) -> str:
    """"Headache — severity 3 of 3; sudden onset not asked (2025-03-10)."."""
    unknown = ASK_ABOUT_UNKNOWN.get(item.effect)
    return tr("{label} — {severity}{unknown} ({day}).").format(
        label=tr(effect_label(item.effect)), severity=_severity(item.severity, item.duration, tr),
        unknown=f"; {tr(unknown)}" if unknown else "", day=_date(item.day))


def safety_notes(s: SafetySection, tr: Translate = _same) -> list[str]:
    """What is not a flag but must not read as "no concerns": item 9 not asked, earlier item-9 answers."""
    notes = []
    if s.no_phq9 and s.phq2_positive:
        notes.append(tr("No PHQ-9 in this period — item 9 not asked. The PHQ-2 screened positive (3 or more) on "
                        "{days}.").format(days=", ".join(_date(day) for day in s.phq2_positive)))
    elif s.no_phq9:
        notes.append(tr("No PHQ-9 in this period — item 9 not asked."))
    if s.earlier_item9 is not None:
        notes.append(tr("Earlier item-9 answers above 0 (before this period): {count}, last on {day}.").format(
            count=s.earlier_item9.count, day=_date(s.earlier_item9.last_day)))
    return notes


def safety_lines(s: SafetySection, tr: Translate = _same) -> list[str]:
    """The flags as Markdown list items, most urgent first, then by date; then the notes (item 9 not asked,
    earlier item-9 answers), each a paragraph of its own; then the crisis lines the app shows the patient."""
    lines = ["- " + flag_text(flag, tr) for flag in s.flags()]
    for note in safety_notes(s, tr):
        lines += ["", f"_{note}_"] if lines else [f"_{note}_"]
    if s.crisis is not None:
        lines += ["", *crisis_lines_markdown(s.crisis, tr)]
    return lines


_DATA_SPECIAL = frozenset("\\`*_[]|")


def _data_text(text: str) -> str:
    """The app's own data (crisis lines) on one line, with Markdown's emphasis, link and table marks escaped."""
    out = "".join(_ENTITIES.get(ch) or (f"\\{ch}" if ch in _DATA_SPECIAL else ch) for ch in text)
    return " ".join(out.splitlines())


def crisis_lines_markdown(crisis: CrisisInfo, tr: Translate = _same) -> list[str]:
    """"Crisis lines the app shows the patient (France):", the emergency number(s), each line with its contacts
    and hours, and the file's advice (core/crisis_lines.py; docs/clinical.md §5.2)."""
    data = crisis.lines
    heading = (tr("Crisis lines the app shows the patient ({country}):").format(country=crisis.country)
               if crisis.country else tr("Crisis lines the app shows the patient:"))
    items = []
    if data.emergency_numbers:
        items.append("- " + tr("Emergency: {numbers}").format(numbers=tr(" or ").join(data.emergency_numbers)))
    for line in data.lines:
        name = f"{line.name} ({line.region})" if line.region else line.name
        contacts = "; ".join(contact.label for contact in line.contacts)
        items.append(f"- {_data_text(name)}: {_data_text(contacts)}"
                     + (f" ({_data_text(line.hours)})" if line.hours else ""))
    out = [f"**{heading}**"]
    if items:
        out += ["", *items]
    if data.advice:
        out += ["", _data_text(data.advice)]
    return out


def ask_about_lines(s: SafetySection, tr: Translate = _same) -> list[str]:
    """Severe or lasting effects, as Markdown list items, oldest first."""
    return ["- " + ask_about_text(item, tr) for item in s.ask_about]


def incomplete_text(row: IncompleteRow, tr: Translate = _same) -> str:
    """"PHQ-9 (2025-03-12): incomplete — item 9 not answered; items 1–8 = 16/24"."""
    text = tr("{title} ({day}): incomplete — {missing} not answered").format(
        title=row.title, day=_date(row.day), missing=_items(row.missing_items, tr))
    if row.answered_items and row.answered_sum is not None:
        text += "; " + tr("{answered} = {sum}/{max}").format(
            answered=_items(row.answered_items, tr), sum=row.answered_sum, max=row.answered_max)
    return text


def screen_text(band: str | None, positive_screen: bool | None, cutoff: int | None, tr: Translate = _same) -> str:
    """The band now, or for a short screener (PHQ-2, GAD-2: no bands) the screen against its cut-off."""
    if positive_screen is None:
        return tr(band) if band else "–"
    if positive_screen:
        return tr("Positive screen (≥ {cutoff})").format(cutoff=cutoff)
    return tr("Below the screening cut-off (< {cutoff})").format(cutoff=cutoff)


def _screen(m: MeasureRow, tr: Translate) -> str:
    return screen_text(m.band, m.positive_screen, m.positive_screen_at, tr)


def _rule_headers(tr: Translate) -> tuple[str, str, str]:
    """Column names saying what each rule measures, with the thresholds of the definitions."""
    phq9, peg = measures.get_measure("phq9"), measures.get_measure("peg")
    response = tr("Response (≥ {percent} % drop)").format(percent=trimmed(phq9.response.drop_percent))
    remission = tr("Remission (latest < {below})").format(below=trimmed(phq9.remission.below))
    meaningful = tr("Meaningful change (≥ {percent} %)").format(percent=trimmed(peg.meaningful_change.drop_percent))
    return response, remission, meaningful


def _measure_title(m: MeasureRow, tr: Translate) -> str:
    if m.method == "mean":
        return tr("{title} score (mean of {count} items)").format(title=m.title, count=m.item_count)
    return m.title


def _measure_lines(summary: Summary, tr: Translate) -> list[str]:
    response, remission, meaningful = _rule_headers(tr)
    lines = [f"## {tr(SECTION_TITLES['measures'])}"]

    def base(m: MeasureRow) -> list[str]:
        return [_measure_title(m, tr),
                f"{number(m.baseline.total, m.decimals)} ({_date(m.baseline_day)})" if m.baseline else "–",
                f"{number(m.latest.total, m.decimals)} ({_date(m.latest_day)})" if m.latest else "–",
                _signed(m.change_points, m.decimals), _signed(m.change_percent, 1, " %", trim=True)]

    def scores(m: MeasureRow) -> str:
        def one(value: int | float) -> str:
            text = number(value, m.decimals)
            if m.positive_screen_at is not None and value >= m.positive_screen_at:  # PHQ-2 / GAD-2 (§3.3)
                text += f" ({tr('positive screen')})"
            return text

        return " → ".join(one(v) for _, v in m.points[-8:]) or "–"

    sums = [m for m in summary.measures if m.method != "mean"]
    means = [m for m in summary.measures if m.method == "mean"]
    if sums:
        headers = [tr(h) for h in ("Questionnaire", "Baseline (date)", "Latest (date)", "Change (points)",
                                   "Change (%)", "Band or screen now")] + [response, remission, tr("Scores in period")]
        rows = [[*base(m), _screen(m, tr), _rule(m.response, tr), _rule(m.remission, tr), scores(m)] for m in sums]
        lines += ["", *_table(headers, rows)]
    if means:
        headers = [tr(h) for h in ("Questionnaire", "Baseline (date)", "Latest (date)", "Change (points)",
                                   "Change (%)")] + [meaningful, tr("Scores in period")]
        rows = [[*base(m), _rule(m.meaningful_change, tr), scores(m)] for m in means]
        lines += ["", *_table(headers, rows)]
    if summary.incomplete:
        lines += ["", f"**{tr('Incomplete questionnaires (no total)')}**", ""]
        lines += ["- " + incomplete_text(row, tr) for row in summary.incomplete]
    if summary.measures:
        lines += ["", tr("Response: a drop of 50 % or more from baseline. Remission: the latest PHQ-9 below 5 "
                         "(GAD-7 below 5 by analogy). Both are worked out only from a baseline of 10 or more; "
                         "below that they read n/a. “Single score”: only the latest score meets the rule, not the "
                         "two latest. PEG: a drop of 30 % or more counts as meaningful by analogy with IMMPACT "
                         "pain benchmarks. Scores are symptom scores, not a diagnosis.")]
    if summary.overlapping_recall:
        lines += ["", tr(OVERLAP_NOTE)]
    return lines


def clinic_lines(summary: Summary, tr: Translate = _same) -> list[str]:
    """The header's clinic line, when the profile names a clinic: "Clinic: Riverside · 0100 200 · after hours:
    0800 123" (each part that is set), so whoever reads the summary knows whom the patient would call."""
    name, phone, after_hours = summary.clinic
    parts = [escape_markdown(text) for text in (name, phone) if text]
    if after_hours:
        parts.append(tr("after hours: {phone}").format(phone=escape_markdown(after_hours)))
    return [f"{tr('Clinic')}: {' · '.join(parts)}  "] if parts else []


def section_markdown(summary: Summary, tr: Translate = _same,
                     formats: Formats | None = None) -> list[tuple[str, str]]:
    """(section id, Markdown) in template order; empty sections left out, "header" and "footer" always. Dates
    and decimals in `formats` (the app's locale), else as the caller's (ISO 8601 by default)."""
    with using(formats):
        return _sections(summary, tr)


def _sections(summary: Summary, tr: Translate) -> list[tuple[str, str]]:
    o = summary.options
    out: list[tuple[str, str]] = []
    head = [f"# {tr(HEADER_TITLE)}", ""]
    if summary.display_name:
        head += [f"**{escape_markdown(summary.display_name)}**  "]
    head += clinic_lines(summary, tr)
    head += [f"{tr('Period')}: {_date(o.date_from)} – {_date(o.date_to)}  ",
             f"{tr('Generated')}: {current().moment(summary.generated_at)}  ",
             f"_{tr(NOT_A_RECORD)}_"]
    if o.shared_only:
        head += ["", tr("Only entries marked for sharing are included.")]
    out.append(("header", "\n".join(head)))

    lines = safety_lines(summary.safety, tr)
    if lines:
        out.append(("safety", "\n".join([f"## {tr(SECTION_TITLES['safety'])}", "", *lines])))
    if summary.safety.ask_about:
        out.append(("ask_about", "\n".join([f"## {tr(SECTION_TITLES['ask_about'])}", "",
                                             *ask_about_lines(summary.safety, tr)])))

    if summary.measures or summary.incomplete:
        out.append(("measures", "\n".join(_measure_lines(summary, tr))))

    if summary.sessions:
        headers = [tr(h) for h in ("Date", "Dose (patient-reported)", "Route", "Setting", "Acute effects lasted",
                                   "Overall experience", "Main side effects (severity 0–3)",
                                   "Blood pressure before → after")]
        rows = [[_date(x.day), dose(x.dose_mg), tr(x.route), tr(x.setting),
                 tr(ACUTE_DURATION_LABELS[x.acute_duration]) if x.acute_duration else "–",
                 _experience(x, tr),
                 _cell(", ".join(f"{tr(label)} ({sev})" for label, sev in x.worst_effects)),
                 _bp_pair(x.bp_before, x.bp_after)]
                for x in summary.sessions]
        out.append(("sessions", "\n".join([f"## {tr(SECTION_TITLES['sessions'])}", "", *_table(headers, rows)])))

    if summary.trends:
        headers = [tr("Item"), *(tr("{days}-day average").format(days=d) for d in TREND_WINDOWS),
                   tr("Lowest"), tr("Highest"), tr("Days")]
        rows = [[tr(t.label), *(trimmed(a) for a in t.averages), trimmed(t.low), trimmed(t.high),
                 str(t.count)] for t in summary.trends]
        out.append(("trends", "\n".join([f"## {tr(SECTION_TITLES['trends'])}", "", *_table(headers, rows), "",
                                         tr(APP_ITEMS_NOTE)])))

    if summary.side_effects:
        headers = [tr("Side effect"), tr("Sessions"), tr("Worst severity (0–3)"), tr("Still going")]
        rows = [[tr(e.label), str(e.count), str(e.max_severity), tr("Yes") if e.ongoing else " "]
                for e in summary.side_effects]
        out.append(("side_effects", "\n".join([f"## {tr(SECTION_TITLES['side_effects'])}", "",
                                               *_table(headers, rows)])))

    if summary.entries or summary.reframes or summary.commitments or summary.intentions:
        lines = [f"## {tr(SECTION_TITLES['selected'])}"]
        if summary.more_entries:
            lines += ["", tr("The {shown} most recent of {total} entries marked to bring, shortened; the rest "
                             "are in the app.").format(shown=len(summary.entries),
                                                       total=len(summary.entries) + summary.more_entries)]
        for entry in summary.entries:
            title = escape_markdown(entry.title) if entry.title.strip() else tr("Untitled entry")
            lines += ["", f"### {title} ({_date(entry.day)})", "", *_user_block(entry.body)]
        if summary.intentions:
            lines += ["", f"### {tr('Intentions')}", ""]
            labels = ((tr("First in this period"), tr("Latest")) if len(summary.intentions) > 1
                      else (tr("Intention"),))
            lines += [f"- {label} ({_date(x.day)}): “{escape_markdown(x.text)}”"
                      for label, x in zip(labels, summary.intentions)]
        if summary.reframes:
            lines += ["", f"### {tr('Reframes')}", ""]
            lines += ["- " + tr("{day}: “{old}” → “{new}”").format(
                day=_date(x.day), old=escape_markdown(x.old_thought), new=escape_markdown(x.new_perspective))
                for x in summary.reframes]
        if summary.commitments:
            lines += ["", f"### {tr('Commitments')}", ""]
            lines += ["- " + tr("{text} — done on {days} days in this period").format(
                text=escape_markdown(c.text), days=c.done_days) for c in summary.commitments]
        out.append(("selected", "\n".join(lines)))

    if summary.questions:
        lines = [f"## {tr(SECTION_TITLES['questions'])}", ""]
        lines += _entry_lines(summary.questions)
        if summary.more_questions:
            lines += ["", tr("And {count} earlier questions, in the app.").format(count=summary.more_questions)]
        out.append(("questions", "\n".join(lines)))

    if summary.medication:
        lines = [f"## {tr(SECTION_TITLES['medication'])}", "", f"_{tr(MEDICATION_NOTE)}_", ""]
        lines += _entry_lines(summary.medication)
        if summary.more_medication:
            lines += ["", tr("And {count} earlier notes, in the app.").format(count=summary.more_medication)]
        out.append(("medication", "\n".join(lines)))

    foot = ["---", "", f"_{tr(NOT_A_RECORD)}._ {tr(NOT_MONITORED)}"]
    if summary.trends:
        foot += ["", tr("Non-validated app items are labelled as such.")]
    for attribution in summary.attributions:
        foot += ["", tr(attribution)]
    out.append(("footer", "\n".join(foot)))
    return out


def _entry_lines(entries: Iterable[SelectedEntry]) -> list[str]:
    """One bullet per entry: the bold title (if any), the text on one line, the day."""
    lines = []
    for entry in entries:
        title = escape_markdown(entry.title) if entry.title.strip() else ""
        body = " ".join(escape_markdown(line) for line in entry.body.strip().splitlines() if line.strip())
        text = f"**{title}** {body}".strip() if title else body
        lines.append(f"- {text} ({_date(entry.day)})")
    return lines


def summary_markdown(summary: Summary, tr: Translate = _same, formats: Formats | None = None) -> str:
    return "\n\n".join(text for _, text in section_markdown(summary, tr, formats)) + "\n"
