"""The summary as Markdown, section by section, with every piece of the person's own text escaped."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from integration_journal.core import measures
from integration_journal.core.records import BloodPressure
from integration_journal.core.summary.model import TREND_WINDOWS, SafetySection, SelectedEntry, SessionRow, Summary
from integration_journal.core.summary.wording import (
    ACUTE_DURATION_LABELS,
    APP_ITEMS_NOTE,
    EXPERIENCE_LABELS,
    HEADER_TITLE,
    MEDICATION_NOTE,
    NOT_A_RECORD,
    NOT_MONITORED,
    OVERLAP_NOTE,
    SECTION_TITLES,
    Translate,
    _same,
)

_MD_SPECIAL = frozenset("\\`*_{}[]()#+-.!|~")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape_markdown(text: str) -> str:
    """The person's text shown literally, on one line: Markdown punctuation backslash-escaped, and
    <, >, & as entities (python-markdown has no backslash escape for "<", so "\\<" would show)."""
    out = "".join(_ENTITIES.get(ch) or (f"\\{ch}" if ch in _MD_SPECIAL else ch) for ch in text)
    return " ".join(out.splitlines())


def number(value: int | float | None, decimals: int = 0) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and decimals == 0 and value.is_integer():
        return str(int(value))
    return f"{value:.{decimals}f}" if isinstance(value, float) else str(value)


def _signed(value: int | float | None, decimals: int = 0, suffix: str = "") -> str:
    if value is None:
        return "–"
    text = number(abs(value), decimals)
    return f"{'+' if value > 0 else '−' if value < 0 else '±'}{text}{suffix}"


def _bp(reading: BloodPressure | None) -> str:
    return f"{reading.systolic}/{reading.diastolic}" if reading is not None else ""


def _bp_pair(before: BloodPressure | None, after: BloodPressure | None) -> str:
    if before is None and after is None:
        return " "
    return f"{_bp(before) or '–'} → {_bp(after) or '–'}"


def _rule(outcome: measures.RuleOutcome | None, tr: Translate) -> str:
    if outcome is None:
        return "–"
    text = tr("Yes") if outcome.met else tr("No")
    return f"{text} ({tr('by analogy')})" if outcome.by_analogy else text


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
    return day.isoformat()


def _user_block(text: str) -> list[str]:
    """The person's text as literal lines (escaped; line breaks kept)."""
    lines = [escape_markdown(line) for line in text.strip().splitlines()]
    return [f"{line}  " if line and index < len(lines) - 1 else line for index, line in enumerate(lines)]


def safety_lines(s: SafetySection, tr: Translate = _same) -> list[str]:
    """The flags as Markdown list items: item 9 first, then red-flag side effects, then high readings."""
    lines = []
    for flag in s.item9:
        lines.append("- " + tr("{day}: PHQ-9 item 9 (thoughts of being better off dead or of hurting "
                               "oneself) answered \"{label}\" ({value} of 3){total}.").format(
            day=_date(flag.day), label=tr(flag.label), value=flag.value,
            total="" if flag.total is None else tr("; total {total}").format(total=number(flag.total))))
    for effect in s.red_flags:
        lines.append("- " + tr("{day}: {label}, severity {severity} of 3 (red flag: {when}).").format(
            day=_date(effect.day), label=tr(effect.label), severity=effect.severity, when=tr(effect.when)))
    for reading in s.high_readings:
        lines.append("- " + tr("{day}: blood pressure {reading} {which} the session (180/120 or higher).").format(
            day=_date(reading.day), reading=_bp(reading.reading), which=tr(reading.which)))
    return lines


def section_markdown(summary: Summary, tr: Translate = _same) -> list[tuple[str, str]]:
    """(section id, Markdown) in template order; empty sections left out, "header" and "footer" always."""
    o = summary.options
    out: list[tuple[str, str]] = []
    head = [f"# {tr(HEADER_TITLE)}", ""]
    if summary.display_name:
        head += [f"**{escape_markdown(summary.display_name)}**  "]
    head += [f"{tr('Period')}: {_date(o.date_from)} – {_date(o.date_to)}  ",
             f"{tr('Generated')}: {summary.generated_at.strftime('%Y-%m-%d %H:%M')}  ",
             f"_{tr(NOT_A_RECORD)}_"]
    if o.shared_only:
        head += ["", tr("Only entries marked for sharing are included.")]
    out.append(("header", "\n".join(head)))

    if summary.safety:
        lines = [f"## {tr(SECTION_TITLES['safety'])}", "", *safety_lines(summary.safety, tr)]
        out.append(("safety", "\n".join(lines)))

    if summary.measures:
        headers = [tr(h) for h in ("Questionnaire", "Baseline (date)", "Latest (date)", "Change (points)",
                                   "Change (%)", "Band now", "Response?", "Remission?", "Scores in period")]
        rows = []
        for m in summary.measures:
            response = m.response if m.response is not None else m.meaningful_change
            rows.append([
                m.title,
                f"{number(m.baseline.total, m.decimals)} ({_date(m.baseline_day)})" if m.baseline else "–",
                f"{number(m.latest.total, m.decimals)} ({_date(m.latest_day)})" if m.latest else "–",
                _signed(m.change_points, m.decimals),
                _signed(m.change_percent, 1, " %"),
                tr(m.band) if m.band else "–",
                _rule(response, tr),
                _rule(m.remission, tr),
                " → ".join(number(v, m.decimals) for _, v in m.points[-8:]),
            ])
        lines = [f"## {tr(SECTION_TITLES['measures'])}", "", *_table(headers, rows), ""]
        lines.append(tr("Response: a drop of 50 % or more from baseline. Remission: PHQ-9 below 5 (GAD-7 below 5 "
                        "by analogy). PEG: a drop of 30 % or more counts as meaningful by analogy with IMMPACT "
                        "pain benchmarks. Scores are symptom scores, not a diagnosis."))
        if summary.overlapping_recall:
            lines += ["", tr(OVERLAP_NOTE)]
        out.append(("measures", "\n".join(lines)))

    if summary.sessions:
        headers = [tr(h) for h in ("Date", "Route", "Setting", "Acute effects lasted", "Overall experience",
                                   "Main side effects (severity 0–3)", "Blood pressure before → after")]
        rows = [[_date(x.day), tr(x.route), tr(x.setting),
                 tr(ACUTE_DURATION_LABELS[x.acute_duration]) if x.acute_duration else "–",
                 _experience(x, tr),
                 _cell(", ".join(f"{tr(label)} ({sev})" for label, sev in x.worst_effects)),
                 _bp_pair(x.bp_before, x.bp_after)]
                for x in summary.sessions]
        out.append(("sessions", "\n".join([f"## {tr(SECTION_TITLES['sessions'])}", "", *_table(headers, rows)])))

    if summary.trends:
        headers = [tr("Item"), *(tr("{days}-day average").format(days=d) for d in TREND_WINDOWS),
                   tr("Lowest"), tr("Highest"), tr("Days")]
        rows = [[tr(t.label), *(number(a, 1) for a in t.averages), number(t.low, 1), number(t.high, 1),
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
            labels = (tr("First"), tr("Latest")) if len(summary.intentions) > 1 else (tr("Intention"),)
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


def summary_markdown(summary: Summary, tr: Translate = _same) -> str:
    return "\n\n".join(text for _, text in section_markdown(summary, tr)) + "\n"
