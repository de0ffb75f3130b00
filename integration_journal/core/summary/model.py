"""The summary as plain frozen data: the options, each section's rows, and the Summary itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from integration_journal.core import measures
from integration_journal.core.crisis_lines import CountryLines
from integration_journal.core.records import BloodPressure

TREND_WINDOWS = (7, 14, 30)

# Sections the person may switch off. Safety flags follow the sections they come from: PHQ-9 item 9
# is shown whenever measures are, red-flag side effects whenever sessions or side effects are
# (docs/clinical.md §3.9: sharing PHQ-9 always includes item 9).
SECTIONS: tuple[str, ...] = ("measures", "sessions", "trends", "side_effects", "selected", "questions",
                              "medication")


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


@dataclass(frozen=True, slots=True)
class Item9Flag:
    day: dt.date
    value: int  # 1-3
    label: str  # the answer option, e.g. "Several days"
    total: int | float | None


@dataclass(frozen=True, slots=True)
class Item9Unanswered:
    """A PHQ-9 submitted with item 9 left out: no total, and nobody knows the answer (docs/clinical.md §3.9)."""

    day: dt.date
    answered_items: tuple[int, ...]
    answered_sum: int | None
    answered_max: int | None


@dataclass(frozen=True, slots=True)
class EffectFlag:
    """A side effect that is a flag whenever it is logged: thoughts of self-harm, cravings, elevated mood."""

    day: dt.date
    effect: str
    severity: int
    duration: str | None  # an EffectDuration value


@dataclass(frozen=True, slots=True)
class AskAbout:
    """A severe or lasting side effect whose red-flag condition (e.g. a headache's sudden onset) the app
    does not ask about: a question for the clinician, not an event that happened."""

    day: dt.date
    effect: str
    severity: int
    duration: str | None


@dataclass(frozen=True, slots=True)
class HighReading:
    day: dt.date
    which: str  # "before" or "after" the session
    reading: BloodPressure


@dataclass(frozen=True, slots=True)
class UrgentNote:
    """An entry the patient tagged "urgent" (URGENT_TAGS)."""

    day: dt.date
    title: str


@dataclass(frozen=True, slots=True)
class EarlierItem9:
    """PHQ-9 item-9 answers above 0 before the period (a baseline, say): how many, and the last day."""

    count: int
    last_day: dt.date


@dataclass(frozen=True, slots=True)
class CrisisInfo:
    """The emergency number and crisis lines the app shows the patient (core/crisis_lines.py, their profile's
    country): with the flags, so the clinician knows where the patient was pointed."""

    country: str | None  # the profile's country name; None when no country is set
    lines: CountryLines


# Flags sort by urgency, then date (docs/clinical.md §6.2 item 1): 0 is the most urgent.
URGENCY_ITEM9 = 0  # PHQ-9 item 9 answered 1-3, and logged thoughts of self-harm
URGENCY_BLOOD_PRESSURE = 1
URGENCY_MARKED_URGENT = 2
URGENCY_ITEM9_UNANSWERED = 3
EFFECT_URGENCY = {"suicidal_thoughts": URGENCY_ITEM9, "elevated_mood": 4, "cravings": 5}
FLAG_EFFECTS = frozenset(EFFECT_URGENCY)  # always a flag when logged above severity 0


@dataclass(frozen=True, slots=True)
class SafetySection:
    item9: tuple[Item9Flag, ...] = ()
    item9_unanswered: tuple[Item9Unanswered, ...] = ()
    effect_flags: tuple[EffectFlag, ...] = ()
    high_readings: tuple[HighReading, ...] = ()
    urgent: tuple[UrgentNote, ...] = ()
    ask_about: tuple[AskAbout, ...] = ()
    earlier_item9: EarlierItem9 | None = None
    # Questionnaires in the period but no PHQ-9 (a PHQ-2-only week): item 9 was not asked, which is not
    # the same as "no concerns" (docs/clinical.md §3.3).
    no_phq9: bool = False
    phq2_positive: tuple[dt.date, ...] = ()  # with no_phq9: the days a PHQ-2 screened positive (3 or more)
    crisis: CrisisInfo | None = None  # with flags, in a patient's summary

    def flags(self) -> list[Item9Flag | Item9Unanswered | EffectFlag | HighReading | UrgentNote]:
        """Every flag, most urgent first, then oldest first."""
        ranked: list[tuple[int, dt.date, int, object]] = []
        ranked += [(URGENCY_ITEM9, f.day, -f.value, f) for f in self.item9]
        ranked += [(EFFECT_URGENCY[f.effect], f.day, -f.severity, f) for f in self.effect_flags]
        ranked += [(URGENCY_BLOOD_PRESSURE, f.day, 0, f) for f in self.high_readings]
        ranked += [(URGENCY_MARKED_URGENT, f.day, 0, f) for f in self.urgent]
        ranked += [(URGENCY_ITEM9_UNANSWERED, f.day, 0, f) for f in self.item9_unanswered]
        return [flag for *_, flag in sorted(ranked, key=lambda t: t[:3])]  # type: ignore[misc]

    @property
    def has_flags(self) -> bool:
        return bool(self.item9 or self.item9_unanswered or self.effect_flags or self.high_readings or self.urgent)

    def __bool__(self) -> bool:
        return self.has_flags or bool(self.ask_about or self.earlier_item9 or self.no_phq9)


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
    method: str = "sum"  # "mean" for the PEG
    item_count: int = 0
    positive_screen_at: int | None = None  # PHQ-2 / GAD-2: the latest total's screen against this cut-off
    positive_screen: bool | None = None


@dataclass(frozen=True, slots=True)
class IncompleteRow:
    """A questionnaire in the period with a skipped item: listed, never given a total."""

    title: str
    day: dt.date
    missing_items: tuple[int, ...]
    answered_items: tuple[int, ...]
    answered_sum: int | None
    answered_max: int | None


@dataclass(frozen=True, slots=True)
class SessionRow:
    day: dt.date
    dose_mg: float | None  # as the patient reported it
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
    incomplete: tuple[IncompleteRow, ...] = ()
    overlapping_recall: bool = False
    sessions: tuple[SessionRow, ...] = ()
    trends: tuple[TrendRow, ...] = ()
    side_effects: tuple[EffectCount, ...] = ()
    entries: tuple[SelectedEntry, ...] = ()
    reframes: tuple[ReframeItem, ...] = ()
    commitments: tuple[CommitmentItem, ...] = ()
    questions: tuple[SelectedEntry, ...] = ()
    medication: tuple[SelectedEntry, ...] = ()  # entries tagged MEDICATION_TAGS, oldest first
    intentions: tuple[Intention, ...] = ()  # the first and the latest in the range (§6.2: "current vs first")
    more_entries: int = 0  # chosen entries left out beyond ENTRY_LIMIT (the oldest)
    more_questions: int = 0
    more_medication: int = 0
    attributions: tuple[str, ...] = field(default=())
    # The patient's clinic as the profile names it: (name, phone, after-hours line), "" where not set.
    clinic: tuple[str, str, str] = ("", "", "")
