"""The summary's English wording (section titles, notes, labels) and the type of the `tr` that translates it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

Translate = Callable[[str], str]


MEDICATION_NOTE = "Patient-reported; not verified."
SECTION_TITLES: Mapping[str, str] = {
    "safety": "Safety flags",
    "ask_about": "Severe or lasting effects to ask about",
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


# The side-effect catalogue in the clinician's words (docs/clinical.md §4.2, "What it covers"): the
# summary and the brief are read by clinicians; the app's own labels speak to the patient ("my body").
EFFECT_LABELS: Mapping[str, str] = {
    "dissociation": "Feeling detached, unreal or outside one's body",
    "perceptual": "Changes in sight, sound, or the sense of time and space",
    "hallucinations": "Perceiving things others do not",
    "nausea": "Nausea",
    "vomiting": "Vomiting",
    "dizziness": "Dizziness or light-headedness",
    "vertigo": "A spinning sensation",
    "sedation": "Very sleepy, hard to stay awake",
    "drunk_unsteady": "Feeling drunk or unsteady",
    "numbness": "Numbness or tingling, including mouth and tongue",
    "vision_blur": "Blurred or double vision",
    "headache": "Headache",
    "anxiety_agitation": "Anxiety, panic or agitation",
    "confusion": "Confusion or unclear thinking",
    "racing_heart": "A pounding or racing heart",
    "bp_high": "A high home blood-pressure reading",
    "euphoria": "Feeling unusually high or euphoric",
    "tearful": "Strong emotional release, tears",
    "nasal_throat": "Nose or throat irritation, altered taste",
    "injection_site": "Soreness at the injection site",
    "iv_site": "Soreness or bruising at the drip site",
    "mouth_saliva": "Numb mouth or a lot of saliva",
    "fatigue": "Tiredness, a 'hangover' feeling",
    "sleep_change": "Changed sleep or vivid dreams",
    "mood_dip": "A dip in mood after the session",
    "irritability": "Irritability",
    "memory": "Trouble with memory or concentration",
    "urinary": "Needing to urinate more often or urgently, or pain when urinating",
    "cravings": "Urges to take ketamine outside the treatment plan",
    "worsening": "Depression or anxiety getting worse",
    "elevated_mood": "Energy far above usual for days, little need for sleep, racing thoughts",
    "suicidal_thoughts": "Thoughts of death or of self-harm",
}

# What the app does not ask about a severe or lasting effect: the part of its red-flag condition a
# clinician would need to ask (docs/clinical.md §6.2 item 1). "Headache — severity 3; sudden onset not asked".
ASK_ABOUT_UNKNOWN: Mapping[str, str] = {
    "dissociation": "whether it was frightening not asked",
    "hallucinations": "persistence and paranoid thoughts not asked",
    "vomiting": "whether fluids stayed down not asked",
    "sedation": "rousability and breathing not asked",
    "headache": "sudden onset not asked",
    "confusion": "whether it cleared by the next day not asked",
    "racing_heart": "chest pain or breathlessness not asked",
    "bp_high": "reading not recorded",
    "mood_dip": "thoughts of self-harm not asked",
    "urinary": "blood in the urine or bladder pain not asked",
}

# How long an effect lasted, as a clause after its severity (an EffectDuration value).
DURATION_TEXT: Mapping[str, str] = {
    "under-1h": "lasted under an hour", "1-4h": "lasted 1–4 hours", "rest-of-day": "lasted the rest of the day",
    "next-day": "lasted into the next day", "ongoing": "still going",
}


def effect_label(effect: str) -> str:
    """The clinician's label of a catalogue effect (the catalogue's own label for one not listed here)."""
    from integration_journal.core.side_effects import CATALOGUE

    return EFFECT_LABELS.get(effect) or CATALOGUE[effect].label


def _same(text: str) -> str:
    return text
