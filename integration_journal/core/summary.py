"""The appointment summary (docs/clinical.md §6.2) and the therapist's pre-appointment brief, as data, Markdown and HTML.

`build_summary(journal, options)` reads the journal and returns a `Summary`: plain frozen data in the
order of the template — safety flags first, then measures, sessions, daily trends, side effects, what
the patient chose to bring, questions for the clinician, and the footer. `summary_markdown` and
`summary_html` present it; every piece of the person's own text is escaped, and the HTML is python-
markdown output cleaned by nh3 (core.markdown_render), so nothing in an entry can become markup.

"Since the last appointment": the app does not know appointment dates, so it takes the day of the last
summary export (the "summary_exported" audit event, written by every export) before today as the
last appointment; without one the range is the last 30 days (`default_range`).

What "shared only" means: entries count only when their "share with therapist" flag is on. Session
intentions, reframes and commitments have no share flag, so that option leaves them out; measures,
sessions, check-ins and side effects are the patient's choice through the section switches. Chosen
entries and questions are capped (the most recent ENTRY_LIMIT / QUESTION_LIMIT, shortened) so the
summary stays near the template's one or two pages; the text says how many more there are.

The brief (`build_briefs`) reads a therapist vault's received items (each payload is the sender's
record as `core.codec` encodes it) and groups them per patient.

Text is English here; the UI passes `tr` (QCoreApplication.translate) to translate every label.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from integration_journal.core import measures, side_effects
from integration_journal.core.codec import DEFAULT_CODEC
from integration_journal.core.markdown_render import render_markdown
from integration_journal.core.records import (
    BloodPressure,
    CheckIn,
    Commitment,
    Contact,
    EffectDuration,
    Entry,
    Profile,
    QuestionnaireResponse,
    ReceivedItem,
    Reframe,
    Role,
    TreatmentSession,
)
from integration_journal.errors import UndecodableRecord, UsageError

Translate = Callable[[str], str]

EXPORT_EVENT = "summary_exported"
DEFAULT_DAYS = 30
# The template asks for one or two pages: the most recent chosen entries and questions, shortened.
ENTRY_LIMIT = 8
QUESTION_LIMIT = 12
EXCERPT_CHARS = 400
TREND_WINDOWS = (7, 14, 30)

# Sections the person may switch off. Safety flags follow the sections they come from: PHQ-9 item 9
# is shown whenever measures are, red-flag side effects whenever sessions or side effects are
# (docs/clinical.md §3.9: sharing PHQ-9 always includes item 9).
SECTIONS: tuple[str, ...] = ("measures", "sessions", "trends", "side_effects", "selected", "questions",
                              "medication")
# docs/clinical.md §6.2 item 8: patient-reported medication changes. There is no record kind for them: an
# entry tagged with one of these is one.
MEDICATION_TAGS = frozenset(("medication", "medications", "meds"))
MEDICATION_NOTE = "Patient-reported; not verified."
SECTION_TITLES: Mapping[str, str] = {
    "safety": "Safety flags",
    "measures": "Questionnaires",
    "sessions": "Treatment sessions",
    "trends": "Daily check-ins",
    "side_effects": "Side effects",
    "selected": "What I chose to bring",
    "questions": "Questions for my clinician",
    "medication": "Medication changes",
}

HEADER_TITLE = "Appointment summary"
NOT_A_RECORD = "Patient-generated; not a clinical record"
NOT_MONITORED = "This app does not monitor entries in real time."
APP_ITEMS_NOTE = "Daily check-in items are app-specific and not validated measures."
OVERLAP_NOTE = ("Some questionnaires were answered less than two weeks apart, so their two-week "
                "recall periods overlap.")

ROUTE_LABELS: Mapping[str, str] = {
    "iv": "IV infusion", "im": "Intramuscular", "nasal": "Nasal esketamine",
    "lozenge": "Lozenge (sublingual)", "oral": "Oral", "other": "Other",
}
SETTING_LABELS: Mapping[str, str] = {
    "clinic": "Clinic", "office": "Office", "home_supported": "Home, with support", "other": "Other",
}
ACUTE_DURATION_LABELS: Mapping[str, str] = {
    "under-30m": "Under 30 min", "30-60m": "30–60 min", "1-2h": "1–2 h", "over-2h": "Over 2 h",
}
EXPERIENCE_LABELS: Mapping[str, str] = {
    "pleasant": "Pleasant", "neutral": "Neutral", "mixed": "Mixed", "difficult": "Difficult",
}
TREND_ITEMS: tuple[tuple[str, str], ...] = (
    ("mood", "Mood (0 lowest – 10 best)"),
    ("anxiety", "Anxiety (0 not at all – 10 extremely)"),
    ("pain", "Pain (0 none – 10 worst)"),
    ("sleep_quality", "Sleep quality (0–10)"),
    ("sleep_hours", "Sleep (hours)"),
)


def _same(text: str) -> str:
    return text


_MD_SPECIAL = frozenset("\\`*_{}[]()#+-.!|~")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape_markdown(text: str) -> str:
    """The person's text shown literally, on one line: Markdown punctuation backslash-escaped, and
    <, >, & as entities (python-markdown has no backslash escape for "<", so "\\<" would show)."""
    out = "".join(_ENTITIES.get(ch) or (f"\\{ch}" if ch in _MD_SPECIAL else ch) for ch in text)
    return " ".join(out.splitlines())


# --- options and the default range ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SummaryOptions:
    date_from: dt.date
    date_to: dt.date
    shared_only: bool = False
    sections: frozenset[str] = frozenset(SECTIONS)
    include_name: bool = True

    def __post_init__(self) -> None:
        if self.date_from > self.date_to:
            raise ValueError("date_from must not be after date_to")
        unknown = set(self.sections) - set(SECTIONS)
        if unknown:
            raise ValueError(f"unknown sections: {', '.join(sorted(unknown))}")

    def has(self, section: str) -> bool:
        return section in self.sections


def last_appointment(journal, today: dt.date, tz: dt.tzinfo | None = None) -> dt.date | None:
    """The day of the most recent summary export before `today` (our stand-in for the last appointment)."""
    days = [event.created.astimezone(tz).date() for event in journal.list(kind="audit")
            if event.event == EXPORT_EVENT]
    earlier = [day for day in days if day < today]
    return max(earlier) if earlier else None


def default_range(journal, today: dt.date, tz: dt.tzinfo | None = None) -> tuple[dt.date, dt.date]:
    """Since the last appointment (see `last_appointment`), else the last 30 days, up to today."""
    start = last_appointment(journal, today, tz)
    return (start if start is not None else today - dt.timedelta(days=DEFAULT_DAYS - 1)), today


def record_export(journal, options: SummaryOptions, fmt: str) -> None:
    """The audit event of a plaintext export: format ("brief-…" for a therapist's briefs) and range,
    never content."""
    journal.audit(EXPORT_EVENT, format=f"brief-{fmt}" if is_therapist(journal) else fmt, date_from=options.date_from.isoformat(),
                  date_to=options.date_to.isoformat(), shared_only=options.shared_only)


# --- the model -----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Item9Flag:
    day: dt.date
    value: int  # 1-3
    label: str  # the answer option, e.g. "Several days"
    total: int | float | None


@dataclass(frozen=True, slots=True)
class RedFlagEffect:
    day: dt.date
    effect: str
    label: str
    severity: int
    when: str  # the catalogue's "when it matters" text


@dataclass(frozen=True, slots=True)
class HighReading:
    day: dt.date
    which: str  # "before" or "after" the session
    reading: BloodPressure


@dataclass(frozen=True, slots=True)
class SafetySection:
    item9: tuple[Item9Flag, ...] = ()
    red_flags: tuple[RedFlagEffect, ...] = ()
    high_readings: tuple[HighReading, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.item9 or self.red_flags or self.high_readings)


@dataclass(frozen=True, slots=True)
class MeasureRow:
    instrument: str
    title: str
    range_max: int | float
    decimals: int
    baseline: measures.Point | None
    latest: measures.Point | None
    baseline_day: dt.date | None
    latest_day: dt.date | None
    change_points: int | float | None
    change_percent: float | None
    band: str | None
    response: measures.RuleOutcome | None
    remission: measures.RuleOutcome | None
    meaningful_change: measures.RuleOutcome | None
    points: tuple[tuple[dt.date, int | float], ...]  # totals within the range, oldest first
    attribution: str


@dataclass(frozen=True, slots=True)
class SessionRow:
    day: dt.date
    route: str
    setting: str
    experience: int | None  # 0 (very hard) - 10 (very good)
    experience_kind: str | None  # an EXPERIENCE_LABELS key
    acute_duration: str | None  # an ACUTE_DURATION_LABELS key
    worst_effects: tuple[tuple[str, int], ...]  # (label, severity), worst first, at most three
    bp_before: BloodPressure | None
    bp_after: BloodPressure | None


@dataclass(frozen=True, slots=True)
class TrendRow:
    item: str
    label: str
    averages: tuple[float | None, ...]  # one per TREND_WINDOWS, windows ending on date_to
    low: float | None
    high: float | None
    count: int
    points: tuple[tuple[dt.date, float], ...]


@dataclass(frozen=True, slots=True)
class EffectCount:
    effect: str
    label: str
    count: int
    max_severity: int
    ongoing: bool


@dataclass(frozen=True, slots=True)
class SelectedEntry:
    day: dt.date
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class ReframeItem:
    day: dt.date
    old_thought: str
    new_perspective: str


@dataclass(frozen=True, slots=True)
class Intention:
    day: dt.date
    text: str


@dataclass(frozen=True, slots=True)
class CommitmentItem:
    text: str
    cadence: str
    done_days: int  # check-offs within the range


@dataclass(frozen=True, slots=True)
class Summary:
    options: SummaryOptions
    generated_at: dt.datetime
    display_name: str | None
    safety: SafetySection
    measures: tuple[MeasureRow, ...] = ()
    overlapping_recall: bool = False
    sessions: tuple[SessionRow, ...] = ()
    trends: tuple[TrendRow, ...] = ()
    side_effects: tuple[EffectCount, ...] = ()
    entries: tuple[SelectedEntry, ...] = ()
    reframes: tuple[ReframeItem, ...] = ()
    commitments: tuple[CommitmentItem, ...] = ()
    questions: tuple[SelectedEntry, ...] = ()
    medication: tuple[SelectedEntry, ...] = ()  # entries tagged MEDICATION_TAGS, oldest first
    intentions: tuple[Intention, ...] = ()  # the first ever, then the latest in the range (§6.2: "current vs first")
    more_entries: int = 0  # chosen entries left out beyond ENTRY_LIMIT (the oldest)
    more_questions: int = 0
    more_medication: int = 0
    attributions: tuple[str, ...] = field(default=())


# --- building ------------------------------------------------------------------------------------------

def _local(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    return moment.astimezone(tz).date()


def _option_label(measure: measures.Measure, value: int) -> str:
    return next((o.label for o in measure.options if o.value == value), str(value))


def _measure_rows(responses: Sequence[QuestionnaireResponse], options: SummaryOptions,
                  tz: dt.tzinfo | None) -> tuple[list[MeasureRow], list[Item9Flag], bool]:
    """Rows for instruments answered within the range; baseline from the whole history up to its end."""
    upto = [r for r in responses if _local(r.taken_at, tz) <= options.date_to]
    in_range = {r.id for r in upto if _local(r.taken_at, tz) >= options.date_from}
    rows: list[MeasureRow] = []
    flags: list[Item9Flag] = []
    overlap = False
    for instrument_id in measures.INSTRUMENT_IDS:
        measure = measures.get_measure(instrument_id)
        aliases = {measure.id, *measure.aliases}
        mine = [r for r in upto if r.instrument in aliases]
        if not any(r.id in in_range for r in mine):
            continue
        result = measures.progress(measure.id, mine)
        for flag in result.safety_flags:
            if flag.record_id in in_range:
                flags.append(Item9Flag(_local(flag.taken_at, tz), flag.value,
                                       _option_label(measure, flag.value), flag.total))
        within = [r for r in mine if r.id in in_range]
        points = tuple((_local(p.taken_at, tz), p.total) for p in _points(within, measure))
        if "2 weeks" in measure.recall:
            days = [p[0] for p in points]
            overlap = overlap or any((b - a).days < 14 for a, b in zip(days, days[1:]))
        if result.latest is None:
            continue
        rows.append(MeasureRow(
            instrument=measure.id, title=measure.short_title, range_max=measure.range[1],
            decimals=measure.decimals, baseline=result.baseline, latest=result.latest,
            baseline_day=_local(result.baseline.taken_at, tz), latest_day=_local(result.latest.taken_at, tz),
            change_points=result.change_points, change_percent=result.change_percent,
            band=result.latest.band, response=result.response, remission=result.remission,
            meaningful_change=result.meaningful_change, points=points, attribution=measure.attribution))
    flags.sort(key=lambda f: f.day)
    return rows, flags, overlap


def _points(responses: Sequence[QuestionnaireResponse], measure: measures.Measure) -> list[measures.Point]:
    found = []
    for response in sorted(responses, key=lambda r: (r.taken_at, r.created)):
        try:
            scored = measures.score(measure.id, response.answers)
        except measures.MeasureError:
            continue
        if scored.total is not None:
            found.append(measures.Point(response.id, response.taken_at, scored.total, scored.band,
                                        response.baseline))
    return found


def _value(session: TreatmentSession, name: str) -> str | None:
    # Course details (docs/clinical.md §4.3) that sessions of schema version 1 do not carry.
    value = getattr(session, name, None)
    return None if value is None else str(value)


def _session_rows(sessions: Sequence[TreatmentSession], tz) -> list[SessionRow]:
    rows = []
    for session in sorted(sessions, key=lambda s: s.when):
        logged = sorted((r for r in session.side_effects if r.severity > 0),
                        key=lambda r: (-r.severity, list(side_effects.CATALOGUE).index(r.effect)))
        rows.append(SessionRow(
            day=_local(session.when, tz), route=ROUTE_LABELS[session.route.value],
            setting=SETTING_LABELS[session.setting.value], experience=session.experience,
            experience_kind=_value(session, "experience_kind"), acute_duration=_value(session, "acute_duration"),
            worst_effects=tuple((side_effects.CATALOGUE[r.effect].label, r.severity) for r in logged[:3]),
            bp_before=session.bp_before, bp_after=session.bp_after))
    return rows


def _safety_from_sessions(sessions: Sequence[TreatmentSession], tz) -> tuple[list[RedFlagEffect], list[HighReading]]:
    flags: list[RedFlagEffect] = []
    readings: list[HighReading] = []
    for session in sorted(sessions, key=lambda s: s.when):
        day = _local(session.when, tz)
        for report in session.side_effects:
            effect = side_effects.CATALOGUE[report.effect]
            if effect.red_flag is not None and effect.red_flag.met_by(report):
                flags.append(RedFlagEffect(day, effect.id, effect.label, report.severity, effect.red_flag.when))
        for which, reading in (("before", session.bp_before), ("after", session.bp_after)):
            if reading is not None and reading.at_or_above_crisis_threshold:
                readings.append(HighReading(day, which, reading))
    return flags, readings


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return round(statistics.fmean(values), 1) if values else None


def _trend_rows(checkins: Sequence[CheckIn], options: SummaryOptions) -> list[TrendRow]:
    rows = []
    for item, label in TREND_ITEMS:
        points = sorted((c.date, float(getattr(c, item))) for c in checkins
                        if getattr(c, item) is not None)
        if not points:
            continue
        averages = tuple(_mean(v for day, v in points if (options.date_to - day).days < days)
                         for days in TREND_WINDOWS)
        values = [v for _, v in points]
        rows.append(TrendRow(item, label, averages, min(values), max(values), len(points), tuple(points)))
    return rows


def _effect_counts(sessions: Sequence[TreatmentSession]) -> list[EffectCount]:
    counts: dict[str, list[int]] = {}
    ongoing: set[str] = set()
    for session in sessions:
        for report in session.side_effects:
            if report.severity > 0:
                counts.setdefault(report.effect, []).append(report.severity)
                if report.duration == EffectDuration.ONGOING:
                    ongoing.add(report.effect)
    order = list(side_effects.CATALOGUE)
    return [EffectCount(effect, side_effects.CATALOGUE[effect].label, len(sev), max(sev), effect in ongoing)
            for effect, sev in sorted(counts.items(), key=lambda kv: (-len(kv[1]), order.index(kv[0])))]


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """At most `limit` characters, cut at a word boundary, with "…" when shortened."""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = head.rsplit(None, 1)[0] if len(head.split()) > 1 else head
    return cut.rstrip() + "…"


def build_summary(journal, options: SummaryOptions, *, tz: dt.tzinfo | None = None,
                  generated_at: dt.datetime | None = None) -> Summary:
    """The summary of `options.date_from`..`date_to` (local calendar days in `tz`, inclusive)."""
    lo, hi = options.date_from, options.date_to
    profile = next((p for p in journal.list(kind="profile") if isinstance(p, Profile)), None)
    sessions = [s for s in journal.list(kind="session") if lo <= _local(s.when, tz) <= hi]

    rows: list[MeasureRow] = []
    item9: list[Item9Flag] = []
    overlap = False
    if options.has("measures"):
        responses = [r for r in journal.list(kind="questionnaire") if isinstance(r, QuestionnaireResponse)]
        rows, item9, overlap = _measure_rows(responses, options, tz)
    red: list[RedFlagEffect] = []
    high: list[HighReading] = []
    if options.has("sessions") or options.has("side_effects"):
        red, high = _safety_from_sessions(sessions, tz)

    # One pass over every entry for both lists; the flags are rare, the date check is not free.
    wants_medication = options.has("medication")
    flagged = [e for e in journal.list(kind="entry") if type(e) is Entry
               and (e.bring_to_appointment or e.question_for_therapist
                    or (wants_medication and not MEDICATION_TAGS.isdisjoint(e.tags)))
               and (e.share or not options.shared_only)]

    def chosen(wanted: Callable[[Entry], bool]) -> list[SelectedEntry]:
        found = [e for e in flagged if wanted(e) and lo <= _local(e.created, tz) <= hi]
        return [SelectedEntry(_local(e.created, tz), e.title, excerpt(e.body))
                for e in sorted(found, key=lambda e: e.created)]

    reframes: list[ReframeItem] = []
    commitments: list[CommitmentItem] = []
    intentions: list[Intention] = []
    if options.has("selected") and not options.shared_only:
        stated = sorted((s for s in journal.list(kind="session") if isinstance(s, TreatmentSession)
                         and s.intention.strip() and _local(s.when, tz) <= hi), key=lambda s: s.when)
        recent = [s for s in stated if _local(s.when, tz) >= lo]
        if recent:
            chosen_sessions = [stated[0]] + ([recent[-1]] if recent[-1] is not stated[0] else [])
            intentions = [Intention(_local(s.when, tz), excerpt(s.intention)) for s in chosen_sessions]
        reframes = [ReframeItem(_local(r.created, tz), r.old_thought, r.new_perspective)
                    for r in sorted(journal.list(kind="reframe"), key=lambda r: r.created)
                    if isinstance(r, Reframe) and lo <= _local(r.created, tz) <= hi]
        commitments = [CommitmentItem(c.text, c.cadence.value, sum(lo <= d <= hi for d in c.checkoffs))
                       for c in sorted(journal.list(kind="commitment"), key=lambda c: c.created)
                       if isinstance(c, Commitment) and c.active]

    attributions = [row.attribution for row in rows]
    entries = chosen(lambda e: e.bring_to_appointment) if options.has("selected") else []
    questions = chosen(lambda e: e.question_for_therapist) if options.has("questions") else []
    medication = chosen(lambda e: not MEDICATION_TAGS.isdisjoint(e.tags)) if wants_medication else []
    return Summary(
        options=options,
        generated_at=(generated_at or journal.now()).astimezone(tz),
        display_name=profile.display_name if profile is not None and options.include_name else None,
        safety=SafetySection(tuple(item9), tuple(red), tuple(high)),
        measures=tuple(rows),
        overlapping_recall=overlap,
        sessions=tuple(_session_rows(sessions, tz)) if options.has("sessions") else (),
        trends=tuple(_trend_rows([c for c in journal.list(kind="checkin") if lo <= c.date <= hi], options))
        if options.has("trends") else (),
        side_effects=tuple(_effect_counts(sessions)) if options.has("side_effects") else (),
        entries=tuple(entries[-ENTRY_LIMIT:]),
        reframes=tuple(reframes),
        commitments=tuple(commitments),
        intentions=tuple(intentions),
        questions=tuple(questions[-QUESTION_LIMIT:]),
        medication=tuple(medication[-QUESTION_LIMIT:]),
        more_medication=max(0, len(medication) - QUESTION_LIMIT),
        more_entries=max(0, len(entries) - ENTRY_LIMIT),
        more_questions=max(0, len(questions) - QUESTION_LIMIT),
        attributions=tuple(dict.fromkeys(attributions)),
    )


# --- presenting ----------------------------------------------------------------------------------------

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


def section_html(summary: Summary, tr: Translate = _same) -> list[tuple[str, str]]:
    """(section id, sanitised HTML fragment) per section: the Markdown, rendered and cleaned."""
    return [(name, render_markdown(text)) for name, text in section_markdown(summary, tr)]


HTML_STYLE = """
body { font-family: sans-serif; font-size: 11pt; line-height: 1.35; max-width: 60em; margin: 1.5em auto;
       color: #1d1d1f; background: #ffffff; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #9a9a9a; padding: 0.2em 0.45em; text-align: left; vertical-align: top; }
th { background: #ececec; }
.safety-flags { border: 2px solid #a40000; padding: 0.2em 1em; margin: 1em 0; }
.safety-flags h2 { color: #a40000; }
@media print { body { margin: 0; } }
""".strip()


def html_document(body: str, title: str) -> str:
    """A printable HTML document: our own head and style around an already sanitised body."""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{escape_html(title)}</title>\n<style>\n{HTML_STYLE}\n</style>\n</head>\n<body>\n"
            f"{body}\n</body>\n</html>\n")


def summary_html(summary: Summary, tr: Translate = _same) -> str:
    """The summary as a printable HTML document; the safety flags in a framed block."""
    parts = []
    for name, html in section_html(summary, tr):
        parts.append(f'<div class="safety-flags">\n{html}\n</div>' if name == "safety" else html)
    return html_document("\n".join(parts), tr(HEADER_TITLE))


def escape_html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


# --- the therapist's pre-appointment brief ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ScoreChange:
    title: str
    decimals: int
    baseline: int | float
    latest: int | float
    latest_day: dt.date
    change_points: int | float | None
    band: str | None


@dataclass(frozen=True, slots=True)
class PatientBrief:
    sender_id: bytes
    name: str  # "" when the contact is no longer in the vault
    new_items: Mapping[str, int]  # item kind -> count received in the range
    scores: tuple[ScoreChange, ...]
    safety: SafetySection
    discuss: tuple[DiscussItem, ...]  # items flagged "discuss next time", oldest first
    unreadable: int


@dataclass(frozen=True, slots=True)
class DiscussItem:
    kind: str  # the record kind, e.g. "entry"
    name: str  # an entry's title or a questionnaire's short title (may be empty)
    day: dt.date


def _discuss_item(record, tz) -> DiscussItem:
    if isinstance(record, Entry):
        return DiscussItem(record.KIND, record.title.strip(), _local(record.created, tz))
    if isinstance(record, QuestionnaireResponse):
        try:
            name = measures.get_measure(record.instrument).short_title
        except measures.MeasureError:
            name = ""
        return DiscussItem(record.KIND, name, _local(record.taken_at, tz))
    if isinstance(record, CheckIn):
        return DiscussItem(record.KIND, "", record.date)
    return DiscussItem(record.KIND, "", _local(record.moment, tz))


def build_briefs(journal, date_from: dt.date, date_to: dt.date, *, tz: dt.tzinfo | None = None) -> list[PatientBrief]:
    """One brief per patient who sent anything, by name: what arrived in the range, score changes over
    everything received, flags among the new items, and the "discuss next time" list."""
    contacts = {c.id: c for c in journal.list(kind="contact") if isinstance(c, Contact)}
    by_sender: dict[bytes, list[ReceivedItem]] = {}
    for item in journal.list(kind="received_item"):
        if isinstance(item, ReceivedItem):
            by_sender.setdefault(item.sender_id, []).append(item)
    briefs = []
    for sender_id, items in by_sender.items():
        decoded = []
        unreadable = 0
        for item in items:
            try:
                decoded.append((item, DEFAULT_CODEC.decode(item.item_id, item.payload)))
            except UndecodableRecord:
                unreadable += 1
        new = [(i, rec) for i, rec in decoded if date_from <= _local(i.received_at, tz) <= date_to]
        counts: dict[str, int] = {}
        for item, _ in new:
            counts[item.item_kind] = counts.get(item.item_kind, 0) + 1
        responses = [rec for _, rec in decoded if isinstance(rec, QuestionnaireResponse)]
        new_ids = {rec.id for _, rec in new}
        scores = []
        item9 = []
        for instrument_id in measures.INSTRUMENT_IDS:
            measure = measures.get_measure(instrument_id)
            result = measures.progress(measure.id, responses)
            item9 += [Item9Flag(_local(flag.taken_at, tz), flag.value, _option_label(measure, flag.value), flag.total)
                      for flag in result.safety_flags if flag.record_id in new_ids]
            if result.latest is not None:
                scores.append(ScoreChange(measure.short_title, measure.decimals, result.baseline.total,
                                          result.latest.total, _local(result.latest.taken_at, tz),
                                          result.change_points, result.latest.band))
        red, high = _safety_from_sessions([rec for _, rec in new if isinstance(rec, TreatmentSession)], tz)
        discuss = tuple(_discuss_item(rec, tz) for item, rec in sorted(decoded, key=lambda p: p[0].received_at)
                        if item.discuss_next_time)
        contact = contacts.get(sender_id)
        briefs.append(PatientBrief(sender_id, contact.name if contact else "", counts,
                                   tuple(scores), SafetySection(tuple(sorted(item9, key=lambda f: f.day)),
                                                                tuple(red), tuple(high)),
                                   discuss, unreadable))
    briefs.sort(key=lambda b: b.name.casefold())
    return briefs


KIND_LABELS: Mapping[str, str] = {
    "entry": "Entry", "session": "Session", "checkin": "Check-in", "questionnaire": "Questionnaire",
    "reframe": "Reframe", "commitment": "Commitment",
}


def _discuss_text(item: DiscussItem, tr: Translate) -> str:
    if item.kind == "entry" and item.name:
        label = escape_markdown(item.name)
    elif item.name:  # a questionnaire's short title (ours)
        label = item.name
    else:
        label = tr(KIND_LABELS.get(item.kind, "Item"))
    return f"{label} ({_date(item.day)})"


KIND_NAMES: Mapping[str, str] = {
    "entry": "entries", "session": "sessions", "checkin": "check-ins", "questionnaire": "questionnaires",
    "reframe": "reframes", "commitment": "commitments",
}


def is_therapist(journal) -> bool:
    profile = next((p for p in journal.list(kind="profile") if isinstance(p, Profile)), None)
    return profile is not None and profile.role == Role.THERAPIST


def text_export(journal, options: SummaryOptions, fmt: str, tr: Translate = _same, *,
                tz: dt.tzinfo | None = None) -> str:
    """"md" or "html": the summary, or in a therapist's vault the briefs (built from received items)."""
    if fmt not in ("md", "html"):
        raise UsageError("A text export is md or html.")
    if is_therapist(journal):
        text = brief_markdown(build_briefs(journal, options.date_from, options.date_to, tz=tz),
                              options.date_from, options.date_to, tr)
        return text if fmt == "md" else html_document(render_markdown(text), tr("Pre-appointment briefs"))
    built = build_summary(journal, options, tz=tz)
    return summary_markdown(built, tr) if fmt == "md" else summary_html(built, tr)


def brief_markdown(briefs: Sequence[PatientBrief], date_from: dt.date, date_to: dt.date,
                   tr: Translate = _same) -> str:
    out = [f"# {tr('Pre-appointment briefs')}", "",
           f"{tr('New since')}: {_date(date_from)} – {_date(date_to)}"]
    if not briefs:
        out += ["", tr("Nothing has been received from patients yet.")]
    for brief in briefs:
        out += ["", f"## {escape_markdown(brief.name) if brief.name else tr('Unknown sender')}", ""]
        if brief.safety:
            out += [f"**{tr(SECTION_TITLES['safety'])}**", "", *safety_lines(brief.safety, tr), ""]
        if brief.new_items:
            parts = [f"{tr(KIND_NAMES.get(kind, kind))}: {count}" for kind, count in sorted(brief.new_items.items())]
            out.append(f"{tr('New items')} — " + ", ".join(parts))
        else:
            out.append(tr("No new items in this period."))
        if brief.scores:
            out += ["", *_table([tr("Questionnaire"), tr("Baseline"), tr("Latest (date)"), tr("Change (points)"),
                                 tr("Band now")],
                                [[sc.title, number(sc.baseline, sc.decimals),
                                  f"{number(sc.latest, sc.decimals)} ({_date(sc.latest_day)})",
                                  _signed(sc.change_points, sc.decimals), tr(sc.band) if sc.band else "–"]
                                 for sc in brief.scores])]
        if brief.discuss:
            out += ["", f"**{tr('Discuss next time')}**", ""]
            out += [f"- {_discuss_text(item, tr)}" for item in brief.discuss]
        if brief.unreadable:
            out += ["", tr("Received items that could not be read: {count}").format(count=brief.unreadable)]
    return "\n".join(out) + "\n"
