"""The therapist's pre-appointment briefs: per patient, what arrived, score changes, flags and what to discuss."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from integration_journal.core import measures
from integration_journal.core.codec import DEFAULT_CODEC
from integration_journal.core.records import CheckIn, Contact, Entry, QuestionnaireResponse, ReceivedItem, TreatmentSession
from integration_journal.core.summary.build import (
    _local,
    _safety_from_sessions,
    _session_rows,
    is_urgent,
    response_safety,
)
from integration_journal.core.summary.formats import Formats, using
from integration_journal.core.summary.markdown import (
    _bp_pair,
    _cell,
    _date,
    _signed,
    _table,
    ask_about_lines,
    dose,
    escape_markdown,
    incomplete_text,
    number,
    safety_lines,
    screen_text,
)
from integration_journal.core.summary.model import IncompleteRow, SafetySection, SessionRow, UrgentNote
from integration_journal.core.summary.wording import SECTION_TITLES, Translate, _same
from integration_journal.errors import UndecodableRecord


@dataclass(frozen=True, slots=True)
class ScoreChange:
    title: str
    decimals: int
    baseline: int | float
    latest: int | float
    latest_day: dt.date
    change_points: int | float | None
    band: str | None
    method: str = "sum"
    item_count: int = 0
    positive_screen_at: int | None = None  # PHQ-2 / GAD-2
    positive_screen: bool | None = None  # the latest total against that cut-off


@dataclass(frozen=True, slots=True)
class PatientBrief:
    sender_id: bytes
    name: str  # "" when the contact is no longer in the vault
    new_items: Mapping[str, int]  # item kind -> count received in the range
    scores: tuple[ScoreChange, ...]
    safety: SafetySection
    discuss: tuple[DiscussItem, ...]  # items flagged "discuss next time", oldest first
    unreadable: int
    sessions: tuple[SessionRow, ...] = ()  # the new sessions, oldest first (with the dose as reported)
    incomplete: tuple[IncompleteRow, ...] = ()  # new questionnaires with a skipped item (no total)


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
        received_day = {rec.id: _local(item.received_at, tz) for item, rec in decoded}
        answered = response_safety(responses, new_ids, tz, before=lambda rec: received_day[rec.id] < date_from)
        scores = []
        for instrument_id in measures.INSTRUMENT_IDS:
            measure = measures.get_measure(instrument_id)
            result = measures.progress(measure.id, responses)
            if result.latest is not None:
                scores.append(ScoreChange(measure.short_title, measure.decimals, result.baseline.total,
                                          result.latest.total, _local(result.latest.taken_at, tz),
                                          result.change_points, result.latest.band,
                                          measure.method, len(measure.items), measure.positive_screen_at,
                                          None if measure.positive_screen_at is None
                                          else result.latest.total >= measure.positive_screen_at))
        new_sessions = [rec for _, rec in new if isinstance(rec, TreatmentSession)]
        effect_flags, high, ask = _safety_from_sessions(new_sessions, tz)
        urgent = [UrgentNote(_local(rec.created, tz), rec.title) for _, rec in new
                  if isinstance(rec, Entry) and is_urgent(rec)]
        discuss = tuple(_discuss_item(rec, tz) for item, rec in sorted(decoded, key=lambda p: p[0].received_at)
                        if item.discuss_next_time)
        contact = contacts.get(sender_id)
        safety = SafetySection(item9=tuple(answered.item9), item9_unanswered=tuple(answered.unanswered),
                               effect_flags=tuple(effect_flags), high_readings=tuple(high),
                               urgent=tuple(sorted(urgent, key=lambda u: u.day)), ask_about=tuple(ask),
                               earlier_item9=answered.earlier, no_phq9=answered.no_phq9,
                               phq2_positive=tuple(answered.phq2_positive) if answered.no_phq9 else ())
        briefs.append(PatientBrief(sender_id, contact.name if contact else "", counts, tuple(scores), safety,
                                   discuss, unreadable, tuple(_session_rows(new_sessions, tz)),
                                   tuple(answered.incomplete)))
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


def _score_title(score: ScoreChange, tr: Translate) -> str:
    if score.method == "mean":
        return tr("{title} score (mean of {count} items)").format(title=score.title, count=score.item_count)
    return score.title


KIND_NAMES: Mapping[str, str] = {
    "entry": "entries", "session": "sessions", "checkin": "check-ins", "questionnaire": "questionnaires",
    "reframe": "reframes", "commitment": "commitments",
}


def brief_markdown(briefs: Sequence[PatientBrief], date_from: dt.date, date_to: dt.date,
                   tr: Translate = _same, formats: Formats | None = None) -> str:
    """The briefs as one Markdown document; dates and decimals in `formats` (ISO 8601 by default)."""
    with using(formats):
        return _brief_markdown(briefs, date_from, date_to, tr)


def _brief_markdown(briefs: Sequence[PatientBrief], date_from: dt.date, date_to: dt.date, tr: Translate) -> str:
    out = [f"# {tr('Pre-appointment briefs')}", "",
           f"{tr('New since')}: {_date(date_from)} – {_date(date_to)}"]
    if not briefs:
        out += ["", tr("Nothing has been received from patients yet.")]
    for brief in briefs:
        out += ["", f"## {escape_markdown(brief.name) if brief.name else tr('Unknown sender')}", ""]
        flags = safety_lines(brief.safety, tr)
        if flags:
            out += [f"**{tr(SECTION_TITLES['safety'])}**", "", *flags, ""]
        if brief.safety.ask_about:
            out += [f"**{tr(SECTION_TITLES['ask_about'])}**", "", *ask_about_lines(brief.safety, tr), ""]
        if brief.new_items:
            parts = [f"{tr(KIND_NAMES.get(kind, kind))}: {count}" for kind, count in sorted(brief.new_items.items())]
            out.append(f"{tr('New items')} — " + ", ".join(parts))
        else:
            out.append(tr("No new items in this period."))
        if brief.sessions:
            out += ["", *_table([tr("Session"), tr("Dose (patient-reported)"), tr("Route"),
                                 tr("Main side effects (severity 0–3)"), tr("Blood pressure before → after")],
                                [[_date(x.day), dose(x.dose_mg), tr(x.route),
                                  _cell(", ".join(f"{tr(label)} ({sev})" for label, sev in x.worst_effects)),
                                  _bp_pair(x.bp_before, x.bp_after)] for x in brief.sessions])]
        if brief.scores:
            out += ["", *_table([tr("Questionnaire"), tr("Baseline"), tr("Latest (date)"), tr("Change (points)"),
                                 tr("Band or screen now")],
                                [[_score_title(sc, tr), number(sc.baseline, sc.decimals),
                                  f"{number(sc.latest, sc.decimals)} ({_date(sc.latest_day)})",
                                  _signed(sc.change_points, sc.decimals),
                                  screen_text(sc.band, sc.positive_screen, sc.positive_screen_at, tr)]
                                 for sc in brief.scores])]
        if brief.incomplete:
            out += ["", f"**{tr('Incomplete questionnaires (no total)')}**", ""]
            out += ["- " + incomplete_text(row, tr) for row in brief.incomplete]
        if brief.discuss:
            out += ["", f"**{tr('Discuss next time')}**", ""]
            out += [f"- {_discuss_text(item, tr)}" for item in brief.discuss]
        if brief.unreadable:
            out += ["", tr("Received items that could not be read: {count}").format(count=brief.unreadable)]
    return "\n".join(out) + "\n"
