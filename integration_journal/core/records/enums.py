"""The enumerations record fields take: values are the stored form, never renumbered or renamed."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    PATIENT = "patient"
    THERAPIST = "therapist"


class TreatmentFocus(StrEnum):
    """What the person's treatment is for (any number of them). Only chronic pain changes what the app
    offers (pain prompts, the PEG); the others tell the person's own summary and care team."""

    DEPRESSION = "depression"
    ANXIETY = "anxiety"
    CHRONIC_PAIN = "chronic_pain"
    PTSD = "ptsd"
    OCD = "ocd"
    SUBSTANCE_USE = "substance_use"  # alcohol or other substance use
    OTHER = "other"  # something else


class Route(StrEnum):
    IV = "iv"
    IM = "im"
    NASAL = "nasal"  # intranasal esketamine
    LOZENGE = "lozenge"  # sublingual or oral lozenge ("troche")
    ORAL = "oral"
    OTHER = "other"


class Setting(StrEnum):
    CLINIC = "clinic"
    OFFICE = "office"
    HOME_SUPPORTED = "home_supported"  # at home with a support person present
    OTHER = "other"


class Product(StrEnum):
    """Which ketamine the clinic used (docs/clinical.md §4.3)."""

    RACEMIC = "racemic"
    ESKETAMINE = "esketamine"
    UNKNOWN = "unknown"


class YesNoUnsure(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


class AcuteDuration(StrEnum):
    """How long the acute effects lasted (docs/clinical.md §4.3)."""

    UNDER_30M = "under-30m"
    MIN_30_TO_60 = "30-60m"
    HOURS_1_TO_2 = "1-2h"
    OVER_2H = "over-2h"


class ExperienceKind(StrEnum):
    """The patient's one-word rating of the session overall (docs/clinical.md §4.3)."""

    PLEASANT = "pleasant"
    NEUTRAL = "neutral"
    MIXED = "mixed"
    DIFFICULT = "difficult"


class TransportHome(StrEnum):
    DRIVEN = "driven"  # driven by someone else
    TAXI = "taxi"  # taxi or rideshare
    WALKED = "walked"
    NOT_NEEDED = "not-needed"  # the session was at home
    OTHER = "other"


class Phase(StrEnum):
    PREPARATION = "preparation"
    SAME_DAY = "same-day"
    NEXT_DAY = "next-day"
    FEW_DAYS = "few-days"
    ONE_WEEK = "one-week"
    ONGOING = "ongoing"


class Domain(StrEnum):
    """The six integration domains (docs/clinical.md §1.1)."""

    MIND = "mind"
    BODY = "body"
    SPIRIT = "spirit"
    RELATIONSHIPS = "relationships"
    LIFESTYLE = "lifestyle"
    NATURE = "nature"


class Cadence(StrEnum):
    """How often a commitment is meant to be done (prompts have their own rhythm: prompts.PromptCadence)."""

    DAILY = "daily"
    SEVERAL_PER_WEEK = "several-per-week"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    AS_NEEDED = "as-needed"


class EffectDuration(StrEnum):
    """How long a side effect lasted (docs/clinical.md §4.2, optional)."""

    UNDER_1H = "under-1h"
    ONE_TO_4H = "1-4h"
    REST_OF_DAY = "rest-of-day"
    NEXT_DAY = "next-day"
    ONGOING = "ongoing"
