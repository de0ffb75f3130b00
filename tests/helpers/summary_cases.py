"""Summary test cases: small patient journals for each clinical case the appointment summary must get
right (item 9 left out, a low baseline, steady improvement, conditional effects with one real alarm,
a PHQ-2-only period, thoughts of self-harm logged as a side effect; a French and a German patient), and
how the tests build, brief and compare them with the golden files."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from integration_journal.core import codec, summary
from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.store import MemoryStore
from tests.helpers.clocks import FrozenClock

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UTC = dt.timezone.utc
FROM = dt.date(2025, 3, 1)
TO = dt.date(2025, 3, 30)
GENERATED = dt.datetime(2025, 3, 31, 9, 15, tzinfo=UTC)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("INTEGRATION_JOURNAL_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


def d(month: int, day: int) -> dt.date:
    return dt.date(2025, month, day)


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), UTC)


def profile() -> r.Profile:
    return r.Profile(role=r.Role.PATIENT, display_name="Sam", country_code="GB", created=at(d(1, 10)))


def answered(instrument: str, day: dt.date, answers, *, baseline: bool = False) -> r.QuestionnaireResponse:
    return r.QuestionnaireResponse(instrument=instrument, answers=tuple(answers), taken_at=at(day, 9),
                                   baseline=baseline, created=at(day, 9))


def phq9_total(total: int, item9: int = 0) -> tuple[int, ...]:
    """Nine answers adding up to `total` with item 9 as given (items 1-8 filled from the front)."""
    rest, answers = total - item9, []
    for _ in range(8):
        answers.append(min(3, rest))
        rest -= answers[-1]
    assert rest == 0
    return (*answers, item9)


def session(day: dt.date, dose: float | None, effects=(), before=None, after=None, intention: str = "",
            route: r.Route = r.Route.IV) -> r.TreatmentSession:
    return r.TreatmentSession(when=at(day), route=route, setting=r.Setting.CLINIC, dose_mg=dose, bp_before=before,
                              bp_after=after, side_effects=tuple(effects), intention=intention, created=at(day))


# --- the cases ------------------------------------------------------------------------------------------

def item9_skipped() -> list[r.Record]:
    """`measure phq9 --answers=2,2,2,2,2,2,2,2,-`: items 1-8 = 16/24, no total; a GAD-7 the same day."""
    return [profile(),
            answered("phq9", d(3, 12), [2] * 8 + [None]),
            answered("gad7", d(3, 12), [2, 2, 1, 1, 2, 1, 1]),
            session(d(3, 10), 35.0)]


def low_baseline() -> list[r.Record]:
    """PHQ-9 3 → 1 and GAD-7 4 → 2: far below the range response and remission are defined for."""
    return [profile(),
            answered("phq9", d(3, 2), phq9_total(3), baseline=True),
            answered("phq9", d(3, 23), phq9_total(1)),
            answered("gad7", d(3, 2), [1, 1, 1, 1, 0, 0, 0]),
            answered("gad7", d(3, 23), [1, 1, 0, 0, 0, 0, 0])]


def steady_improvement() -> list[r.Record]:
    """PHQ-9 weekly 19 → 15 → 11 → 7 → 4 (the baseline in February); PEG 7 → 6 → 4.7 → 4.3; whole-number
    check-ins; an intention before the period and two within it."""
    records: list[r.Record] = [profile(), answered("phq9", d(2, 23), phq9_total(19), baseline=True)]
    for day, total in ((d(3, 2), 15), (d(3, 9), 11), (d(3, 16), 7), (d(3, 23), 4)):
        records.append(answered("phq9", day, phq9_total(total)))
    for day, answers in ((d(2, 23), (7, 7, 7)), (d(3, 9), (6, 6, 6)), (d(3, 16), (5, 5, 4)), (d(3, 23), (4, 4, 5))):
        records.append(answered("peg", day, answers))
    records.append(session(d(2, 24), 56.0, intention="Feel something again", route=r.Route.NASAL))
    records.append(session(d(3, 3), 56.0, intention="Notice small good moments", route=r.Route.NASAL))
    records.append(session(d(3, 10), 84.0, route=r.Route.NASAL))
    records.append(session(d(3, 17), 84.0, intention="Go for walks again", route=r.Route.NASAL))
    for offset in range(14):
        day = d(3, 17) + dt.timedelta(days=offset)
        records.append(r.CheckIn(date=day, mood=2 + offset // 3, anxiety=6 - offset // 4, created=at(day, 20)))
    return records


def conditional_effects() -> list[r.Record]:
    """Severe effects whose red-flag conditions were never asked (a severity-3 headache is not a thunderclap
    headache), one real blood-pressure alarm, cravings and an entry the patient tagged urgent."""
    return [profile(),
            answered("phq9", d(3, 4), phq9_total(9)),
            session(d(3, 5), 50.0, route=r.Route.IM, before=(150, 95), after=(160, 100),
                    effects=(("headache", 3, None), ("racing_heart", 3, None), ("sedation", 3, None),
                             ("nausea", 2, None))),
            session(d(3, 12), 50.0, route=r.Route.IM, before=(132, 84), after=(186, 104),
                    effects=(("bp_high", 1, None), ("cravings", 1, None))),
            session(d(3, 19), 75.0, route=r.Route.IM,
                    effects=(("dissociation", 2, r.EffectDuration.NEXT_DAY), ("urinary", 1, None))),
            r.Entry(title="Call about the dose", body="Felt shaky for two days.", tags=("urgent",),
                    created=at(d(3, 20), 18))]


def phq2_only() -> list[r.Record]:
    """Only the short screeners in the period: a positive PHQ-2, then a negative one, and a GAD-2."""
    return [profile(),
            answered("phq2", d(3, 5), [2, 2]),
            answered("phq2", d(3, 19), [1, 1]),
            answered("gad2", d(3, 19), [1, 1])]


def self_harm() -> list[r.Record]:
    """Thoughts of self-harm logged as a session's side effect (a flag ranked with item 9, whatever the PHQ-9
    says), a PHQ-9 with item 9 at 0 the same week, and a severe mood dip whose link to self-harm was not asked."""
    return [profile(),
            answered("phq9", d(3, 3), phq9_total(16), baseline=True),
            session(d(3, 6), 40.0, effects=(("suicidal_thoughts", 2, r.EffectDuration.REST_OF_DAY),
                                            ("mood_dip", 3, r.EffectDuration.NEXT_DAY), ("nausea", 1, None))),
            answered("phq9", d(3, 9), phq9_total(13)),
            session(d(3, 20), 40.0, effects=(("mood_dip", 1, r.EffectDuration.UNDER_1H),))]


CASES: dict[str, Callable[[], list[r.Record]]] = {
    "item9_skipped": item9_skipped, "low_baseline": low_baseline, "steady_improvement": steady_improvement,
    "conditional_effects": conditional_effects, "phq2_only": phq2_only, "self_harm": self_harm,
}


# --- patients abroad: the country's crisis lines, the app locale's dates and decimals ---------------------

def abroad(country: str, name: str) -> list[r.Record]:
    """A patient in `country`: an item-9 answer in the period (so the safety section, and the crisis lines the app
    showed them, are there), a PEG and sleep hours with decimals, a dose of 37.5 mg, and an intention."""
    records: list[r.Record] = [
        r.Profile(role=r.Role.PATIENT, display_name=name, country_code=country, created=at(d(1, 10))),
        answered("phq9", d(2, 24), phq9_total(17), baseline=True),
        answered("phq9", d(3, 10), phq9_total(12, 1)),
        answered("phq9", d(3, 24), phq9_total(8)),
        answered("peg", d(2, 24), (7, 6, 6)),
        answered("peg", d(3, 24), (5, 4, 4)),
        session(d(3, 3), 37.5, effects=(("dissociation", 2, None), ("nausea", 1, None)), before=(128, 82),
                after=(141, 88), intention="Stay curious", route=r.Route.LOZENGE),
        session(d(3, 17), 37.5, effects=(("headache", 1, None),), route=r.Route.LOZENGE),
    ]
    for offset in range(10):
        day = d(3, 20) + dt.timedelta(days=offset)
        records.append(r.CheckIn(date=day, mood=4 + offset // 4, anxiety=5, sleep_hours=6.5 + (offset % 2) * 0.5,
                                 created=at(day, 20)))
    return records


# case name -> (the journal, the system locale the app's locale is made from: ui/app_locale.py)
ABROAD: dict[str, tuple[Callable[[], list[r.Record]], str]] = {
    "french_patient": (lambda: abroad("FR", "Camille"), "fr_FR"),
    "german_patient": (lambda: abroad("DE", "Jonas"), "de_DE"),
}


def patient(records: list[r.Record]) -> Journal:
    journal = Journal.open(MemoryStore(), clock=FrozenClock(GENERATED), tz=UTC)
    journal.add_many(records, keep_timestamps=True)
    return journal


def build(records: list[r.Record], **options) -> summary.Summary:
    return summary.build_summary(patient(records), summary.SummaryOptions(FROM, TO, **options), tz=UTC)


def therapist(records: list[r.Record]) -> Journal:
    """A therapist's vault that received every record on its own day (the profile stays with the patient)."""
    journal = Journal.open(MemoryStore(), clock=FrozenClock(GENERATED), tz=UTC)
    alex = r.Contact(name="Alex", role=r.Role.PATIENT)
    items = []
    for index, record in enumerate(rec for rec in records if not isinstance(rec, r.Profile)):
        received = record.moment + dt.timedelta(hours=2)
        items.append(r.ReceivedItem(sender_id=alex.id, bundle_id=bytes(16), sequence=index + 1,
                                    item_kind=record.KIND, item_id=record.id, payload=codec.encode(record),
                                    received_at=received, created=received))
    journal.add_many([alex, *items], keep_timestamps=True)
    return journal


def brief(records: list[r.Record]) -> summary.PatientBrief:
    [one] = summary.build_briefs(therapist(records), FROM, TO, tz=UTC)
    return one


def brief_text(records: list[r.Record], formats: summary.Formats | None = None) -> str:
    return summary.brief_markdown(summary.build_briefs(therapist(records), FROM, TO, tz=UTC), FROM, TO,
                                  formats=formats)
