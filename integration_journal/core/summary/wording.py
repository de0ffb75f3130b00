"""The summary's English wording (section titles, notes, labels) and the type of the `tr` that translates it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

Translate = Callable[[str], str]


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
