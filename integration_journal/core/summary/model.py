"""The summary as plain frozen data: the options, each section's rows, and the Summary itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from integration_journal.core import measures
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
