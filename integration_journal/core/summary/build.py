"""build_summary: reads the journal and builds each section's rows for a date range."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from integration_journal.core import countries, crisis_lines, measures, side_effects
from integration_journal.core.records import (
    CheckIn,
    Commitment,
    EffectDuration,
    Entry,
    Profile,
    QuestionnaireResponse,
    Reframe,
    TreatmentSession,
)
from integration_journal.core.summary.model import (
    FLAG_EFFECTS,
    TREND_WINDOWS,
    AskAbout,
    CommitmentItem,
    CrisisInfo,
    EarlierItem9,
    EffectCount,
    EffectFlag,
    HighReading,
    IncompleteRow,
    Intention,
    Item9Flag,
    Item9Unanswered,
    MeasureRow,
    ReframeItem,
    SafetySection,
    SelectedEntry,
    SessionRow,
    Summary,
    SummaryOptions,
    TrendRow,
    UrgentNote,
)
from integration_journal.core.summary.wording import ROUTE_LABELS, SETTING_LABELS, TREND_ITEMS, effect_label

# The template asks for one or two pages: the most recent chosen entries and questions, shortened.
ENTRY_LIMIT = 8
QUESTION_LIMIT = 12
EXCERPT_CHARS = 400


# docs/clinical.md §6.2 item 8: patient-reported medication changes. There is no record kind for them: an
# entry tagged with one of these is one.
MEDICATION_TAGS = frozenset(("medication", "medications", "meds"))
# docs/clinical.md §6.2 item 1: an entry the patient tagged with one of these is a flag ("marked urgent").
URGENT_TAGS = frozenset(("urgent",))


def is_urgent(entry: Entry) -> bool:
    return any(tag.casefold() in URGENT_TAGS for tag in entry.tags)


def _local(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.date:
    return moment.astimezone(tz).date()


def _option_label(measure: measures.Measure, value: int) -> str:
    return next((o.label for o in measure.options if o.value == value), str(value))


@dataclass(frozen=True, slots=True)
class ResponseSafety:
    """What a set of questionnaire responses says for the safety section and the incomplete list."""

    item9: list[Item9Flag]
    unanswered: list[Item9Unanswered]
    incomplete: list[IncompleteRow]
    earlier: EarlierItem9 | None
    no_phq9: bool
    phq2_positive: list[dt.date]


def response_safety(responses: Sequence[QuestionnaireResponse], current: set[bytes], tz: dt.tzinfo | None,
                    *, before: Callable[[QuestionnaireResponse], bool]) -> ResponseSafety:
    """Item-9 answers above 0 and item 9 left out among the `current` responses (the period's, or a brief's new
    ones), every incomplete one of them, the item-9 answers above 0 among those `before` them, and whether
    there were current questionnaires but no PHQ-9 among them."""
    item9: list[Item9Flag] = []
    unanswered: list[Item9Unanswered] = []
    incomplete: list[IncompleteRow] = []
    earlier: list[dt.date] = []
    positive: list[dt.date] = []
    by_id = {r.id: r for r in responses}
    answered: set[str] = set()
    for instrument_id in measures.INSTRUMENT_IDS:
        measure = measures.get_measure(instrument_id)
        result = measures.progress(measure.id, responses)
        for flag in result.safety_flags:
            if flag.record_id in current:
                item9.append(Item9Flag(_local(flag.taken_at, tz), flag.value, _option_label(measure, flag.value),
                                       flag.total))
            elif before(by_id[flag.record_id]):
                earlier.append(_local(flag.taken_at, tz))
        for left in result.incomplete:
            if left.record_id not in current:
                continue
            day = _local(left.taken_at, tz)
            incomplete.append(IncompleteRow(measure.short_title, day, left.missing_items, left.answered_items,
                                            left.answered_sum, left.answered_max))
            if left.safety_skipped:
                unanswered.append(Item9Unanswered(day, left.answered_items, left.answered_sum, left.answered_max))
        aliases = {measure.id, *measure.aliases}
        if any(r.id in current and r.instrument in aliases for r in responses):
            answered.add(measure.id)
        if measure.id == "phq2":
            positive += [_local(r.taken_at, tz) for r in responses if r.id in current and r.instrument in aliases
                         and _screens_positive(measure, r)]
    return ResponseSafety(
        sorted(item9, key=lambda f: f.day), sorted(unanswered, key=lambda f: f.day),
        sorted(incomplete, key=lambda f: f.day),
        # Earlier answers are read against this period's questionnaires: none answered, nothing to read them by.
        EarlierItem9(len(earlier), max(earlier)) if earlier and answered else None,
        bool(answered) and "phq9" not in answered, sorted(set(positive)))


def _screens_positive(measure: measures.Measure, response: QuestionnaireResponse) -> bool:
    try:
        return bool(measures.score(measure.id, response.answers).positive_screen)
    except measures.MeasureError:
        return False


def _measure_rows(responses: Sequence[QuestionnaireResponse], options: SummaryOptions,
                  tz: dt.tzinfo | None) -> tuple[list[MeasureRow], ResponseSafety, bool]:
    """Rows for instruments answered within the range; baseline from the whole history up to its end."""
    upto = [r for r in responses if _local(r.taken_at, tz) <= options.date_to]
    in_range = {r.id for r in upto if _local(r.taken_at, tz) >= options.date_from}
    rows: list[MeasureRow] = []
    overlap = False
    for instrument_id in measures.INSTRUMENT_IDS:
        measure = measures.get_measure(instrument_id)
        aliases = {measure.id, *measure.aliases}
        mine = [r for r in upto if r.instrument in aliases]
        if not any(r.id in in_range for r in mine):
            continue
        result = measures.progress(measure.id, mine)
        within = [r for r in mine if r.id in in_range]
        points = tuple((_local(p.taken_at, tz), p.total) for p in _points(within, measure))
        if "2 weeks" in measure.recall:
            days = [p[0] for p in points]
            overlap = overlap or any((b - a).days < 14 for a, b in zip(days, days[1:]))
        if result.latest is None:
            continue  # only incomplete answers: listed under the table, never given a total
        rows.append(MeasureRow(
            instrument=measure.id, title=measure.short_title, range_max=measure.range[1],
            decimals=measure.decimals, baseline=result.baseline, latest=result.latest,
            baseline_day=_local(result.baseline.taken_at, tz), latest_day=_local(result.latest.taken_at, tz),
            change_points=result.change_points, change_percent=result.change_percent,
            band=result.latest.band, response=result.response, remission=result.remission,
            meaningful_change=result.meaningful_change, points=points, attribution=measure.attribution,
            method=measure.method, item_count=len(measure.items), positive_screen_at=measure.positive_screen_at,
            positive_screen=None if measure.positive_screen_at is None
            else result.latest.total >= measure.positive_screen_at))
    found = response_safety(upto, in_range, tz, before=lambda r: _local(r.taken_at, tz) < options.date_from)
    return rows, found, overlap


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
            day=_local(session.when, tz), dose_mg=session.dose_mg, route=ROUTE_LABELS[session.route.value],
            setting=SETTING_LABELS[session.setting.value], experience=session.experience,
            experience_kind=_value(session, "experience_kind"), acute_duration=_value(session, "acute_duration"),
            worst_effects=tuple((effect_label(r.effect), r.severity) for r in logged[:3]),
            bp_before=session.bp_before, bp_after=session.bp_after))
    return rows


def _safety_from_sessions(sessions: Sequence[TreatmentSession],
                          tz) -> tuple[list[EffectFlag], list[HighReading], list[AskAbout]]:
    """Flags (self-harm thoughts, cravings, elevated mood whenever logged; a reading of 180/120 or more) and the
    severe or lasting effects whose red-flag condition the app did not ask about."""
    flags: list[EffectFlag] = []
    readings: list[HighReading] = []
    ask: list[AskAbout] = []
    for session in sorted(sessions, key=lambda s: s.when):
        day = _local(session.when, tz)
        for report in session.side_effects:
            effect = side_effects.CATALOGUE[report.effect]
            duration = None if report.duration is None else str(report.duration)
            if report.effect in FLAG_EFFECTS and report.severity > 0:
                flags.append(EffectFlag(day, effect.id, report.severity, duration))
            elif effect.red_flag is not None and effect.red_flag.met_by(report):
                ask.append(AskAbout(day, effect.id, report.severity, duration))
        for which, reading in (("before", session.bp_before), ("after", session.bp_after)):
            if reading is not None and reading.at_or_above_crisis_threshold:
                readings.append(HighReading(day, which, reading))
    return flags, readings, ask


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
    return [EffectCount(effect, effect_label(effect), len(sev), max(sev), effect in ongoing)
            for effect, sev in sorted(counts.items(), key=lambda kv: (-len(kv[1]), order.index(kv[0])))]


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """At most `limit` characters, cut at a word boundary, with "…" when shortened."""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = head.rsplit(None, 1)[0] if len(head.split()) > 1 else head
    return cut.rstrip() + "…"


def _crisis(profile: Profile | None) -> CrisisInfo:
    """What the app's safety panel shows this patient: their country's lines (or the fallback's advice)."""
    code = profile.country_code if profile is not None else None
    name = countries.country_name(code) if code and countries.is_country(code) else None
    return CrisisInfo(name, crisis_lines.lines_for(code))


def build_summary(journal, options: SummaryOptions, *, tz: dt.tzinfo | None = None,
                  generated_at: dt.datetime | None = None) -> Summary:
    """The summary of `options.date_from`..`date_to` (local calendar days in `tz`, inclusive)."""
    lo, hi = options.date_from, options.date_to
    profile = next((p for p in journal.list(kind="profile") if isinstance(p, Profile)), None)
    sessions = [s for s in journal.list(kind="session") if lo <= _local(s.when, tz) <= hi]

    rows: list[MeasureRow] = []
    answered = ResponseSafety([], [], [], None, False, [])
    overlap = False
    if options.has("measures"):
        responses = [r for r in journal.list(kind="questionnaire") if isinstance(r, QuestionnaireResponse)]
        rows, answered, overlap = _measure_rows(responses, options, tz)
    effect_flags: list[EffectFlag] = []
    high: list[HighReading] = []
    ask: list[AskAbout] = []
    if options.has("sessions") or options.has("side_effects"):
        effect_flags, high, ask = _safety_from_sessions(sessions, tz)

    # One pass over every entry for both lists; the flags are rare, the date check is not free.
    wants_medication = options.has("medication")
    # Held light where the journal does so (bodies cut): the few chosen are read whole below.
    flagged = [e for e in journal.list(kind="entry", light=True) if type(e) is Entry
               and (e.bring_to_appointment or e.question_for_therapist or is_urgent(e)
                    or (wants_medication and not MEDICATION_TAGS.isdisjoint(e.tags)))
               and (e.share or not options.shared_only)]

    def chosen(wanted: Callable[[Entry], bool]) -> list[SelectedEntry]:
        found = [e for e in flagged if wanted(e) and lo <= _local(e.created, tz) <= hi]
        return [SelectedEntry(_local(e.created, tz), e.title, excerpt(e.body))
                for e in journal.get_many([e.id for e in sorted(found, key=lambda e: e.created)])]

    reframes: list[ReframeItem] = []
    commitments: list[CommitmentItem] = []
    intentions: list[Intention] = []
    if options.has("selected") and not options.shared_only:
        # The first and the latest intention within the period: one from before it is not this period's "First".
        recent = sorted((s for s in journal.list(kind="session") if isinstance(s, TreatmentSession)
                         and s.intention.strip() and lo <= _local(s.when, tz) <= hi), key=lambda s: s.when)
        if recent:
            chosen_sessions = [recent[0]] + ([recent[-1]] if len(recent) > 1 else [])
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
    urgent = [UrgentNote(e.day, e.title) for e in chosen(is_urgent)]
    has_flags = bool(answered.item9 or answered.unanswered or effect_flags or high or urgent)
    return Summary(
        options=options,
        generated_at=(generated_at or journal.now()).astimezone(tz),
        display_name=profile.display_name if profile is not None and options.include_name else None,
        clinic=((profile.clinic_name.strip(), profile.clinic_phone.strip(), profile.clinic_after_hours.strip())
                if profile is not None else ("", "", "")),
        safety=SafetySection(item9=tuple(answered.item9), item9_unanswered=tuple(answered.unanswered),
                             effect_flags=tuple(effect_flags), high_readings=tuple(high), urgent=tuple(urgent),
                             ask_about=tuple(ask), earlier_item9=answered.earlier, no_phq9=answered.no_phq9,
                             phq2_positive=tuple(answered.phq2_positive) if answered.no_phq9 else (),
                             crisis=_crisis(profile) if has_flags else None),
        measures=tuple(rows),
        incomplete=tuple(answered.incomplete),
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
