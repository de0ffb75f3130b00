"""Realistic, entirely fictional sample journals for the demo mode and the benchmarks.

Deterministic for a given seed. A course of ketamine-assisted therapy: an induction series, boosters,
daily check-ins, weekly questionnaires, and journal entries across the integration phases.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterator

from integration_journal.core import records as r

_OPENINGS = [
    "This morning felt a little different.", "I woke up before the alarm and lay there for a while.",
    "The day after the session was quieter than I expected.", "I noticed the usual heaviness less.",
    "Talking with my therapist helped me put words to it.", "I went for a walk by the river after lunch.",
    "The fog lifted around midday.", "I was tired, but it was a softer kind of tired.",
]
_MIDDLES = [
    "During the infusion I had the sense of watching my worries from a distance, like boats on water.",
    "An old memory of my grandmother's kitchen came back, and it felt warm rather than sad.",
    "I kept thinking about how much energy I spend bracing for things that never happen.",
    "My body felt heavy and then very light; the music seemed to carry me somewhere open.",
    "There was a moment of feeling connected to everyone I love, without needing anything from them.",
    "I noticed the critical voice again, but it sounded smaller and a bit tired itself.",
    "The pain in my back was there, but I related to it differently, with less urgency.",
    "I cried for a while at the end, and it felt like a release rather than a collapse.",
    "I wondered what it would be like to treat myself the way I treat my friends.",
    "It was hard to put into words; mostly colours and a feeling of spaciousness.",
]
_ENDINGS = [
    "I want to bring this to my next appointment.", "Small step for this week: ten minutes outside each day.",
    "I'm curious whether this will last, and I'm trying not to force it.",
    "I'll try the breathing exercise when the worry loop starts.", "Grateful for a gentle day.",
    "I noticed I was kinder to myself at dinner.", "Going to text my sister back tomorrow.",
]
_TITLES = [
    "After the session", "Morning reflection", "Something shifted", "Notes for my therapist", "A harder day",
    "Walking and thinking", "What I noticed", "Integration notes", "Evening check", "Old thought, new angle",
    "Sleep and dreams", "Pain and space", "Reconnecting", "Small wins",
]
_TAGS = ["insight", "body", "sleep", "family", "work", "pain", "nature", "gratitude", "fear", "music",
         "relationships", "self-compassion", "meditation"]
_PHASES = list(r.Phase)
_DOMAINS = list(r.Domain)


def _paragraphs(rng: random.Random, target_chars: int) -> str:
    parts: list[str] = []
    size = 0
    while size < target_chars:
        paragraph = " ".join([rng.choice(_OPENINGS), *rng.sample(_MIDDLES, 3), rng.choice(_ENDINGS)])
        parts.append(paragraph)
        size += len(paragraph) + 2
    return "\n\n".join(parts)


def generate(
    *, entries: int = 10_000, days: int = 730, seed: int = 7, end: dt.date | None = None,
    tz: dt.tzinfo | None = None, name: str = "Sam (demo)",
) -> Iterator[r.Record]:
    """Yield a profile, sessions, check-ins, questionnaires, reframes, commitments and `entries`
    journal entries spread over `days` days ending at `end` (default today)."""
    rng = random.Random(seed)
    tz = tz or dt.datetime.now().astimezone().tzinfo
    end = end or dt.date.today()
    start = end - dt.timedelta(days=days - 1)

    def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute), tz)

    first = at(start, 9)
    yield r.Profile(role=r.Role.PATIENT, display_name=name, country_code="US",
                    treatment_focus=(r.TreatmentFocus.DEPRESSION, r.TreatmentFocus.ANXIETY),
                    clinic_name="Riverside Ketamine Clinic (demo)", created=first)

    # Induction: six IV infusions over about three weeks, then roughly monthly boosters.
    session_days = [start + dt.timedelta(days=d) for d in (7, 9, 12, 14, 17, 20)]
    day = session_days[-1] + dt.timedelta(days=28)
    while day <= end:
        session_days.append(day)
        day += dt.timedelta(days=rng.randint(24, 40))
    sessions: list[r.TreatmentSession] = []
    for index, day in enumerate(session_days):
        when = at(day, 10)
        effects = tuple(r.SideEffectReport(e, rng.randint(0, 2)) for e in
                        rng.sample(["dissociation", "nausea", "dizziness", "headache", "fatigue", "tearful"], 3))
        session = r.TreatmentSession(
            when=when, route=r.Route.IV, setting=r.Setting.CLINIC, dose_mg=round(0.5 * 70, 1),
            clinic="Riverside Ketamine Clinic (demo)", intention=rng.choice(_MIDDLES)[:80],
            bp_before=r.BloodPressure(rng.randint(112, 128), rng.randint(70, 82)),
            bp_after=r.BloodPressure(rng.randint(124, 146), rng.randint(78, 92)),
            experience=rng.randint(4, 9), side_effects=effects,
            notes=f"Session {index + 1}. " + rng.choice(_MIDDLES), created=when + dt.timedelta(hours=3))
        # The course details follow from what was drawn above (no new draws: the data stays as it was).
        session = dataclasses.replace(
            session, number_in_series=index + 1, product=r.Product.RACEMIC, therapist_present=index % 3 == 0,
            support_person=True, antiemetic=r.YesNoUnsure.YES if index % 2 == 0 else r.YesNoUnsure.NO,
            acute_duration=r.AcuteDuration.MIN_30_TO_60, transport_home=r.TransportHome.DRIVEN,
            experience_kind=(r.ExperienceKind.PLEASANT if session.experience >= 7
                             else r.ExperienceKind.MIXED if session.experience >= 5 else r.ExperienceKind.DIFFICULT),
            next_integration_session=(when + dt.timedelta(days=2)).date())
        sessions.append(session)
        yield session

    # Daily check-ins with a slow improvement and noise; weekly PHQ-9 and GAD-7.
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        progress = offset / max(days - 1, 1)
        mood = max(0, min(10, round(3 + 4 * progress + rng.gauss(0, 1.2))))
        anxiety = max(0, min(10, round(7 - 3.5 * progress + rng.gauss(0, 1.2))))
        yield r.CheckIn(date=day, mood=mood, anxiety=anxiety, pain=max(0, min(10, round(rng.gauss(3, 1.5)))),
                        sleep_hours=round(min(10.0, max(3.0, rng.gauss(7, 1))), 1),
                        sleep_quality=rng.randint(3, 9), note="", created=at(day, 21))
        if offset % 7 == 0:
            level = max(0.0, 1 - progress)
            phq = tuple(min(3, max(0, round(rng.gauss(2 * level, 0.6)))) for _ in range(9))
            phq = phq[:8] + (0,)
            gad = tuple(min(3, max(0, round(rng.gauss(1.8 * level, 0.6)))) for _ in range(7))
            yield r.QuestionnaireResponse(instrument="phq9", answers=phq, taken_at=at(day, 20),
                                          baseline=offset == 0, created=at(day, 20))
            yield r.QuestionnaireResponse(instrument="gad7", answers=gad, taken_at=at(day, 20, 5),
                                          baseline=offset == 0, created=at(day, 20, 5))

    for index in range(24):
        day = start + dt.timedelta(days=rng.randrange(days))
        yield r.Reframe(old_thought="I always ruin things.", new_perspective=rng.choice(_MIDDLES),
                        domain=rng.choice(_DOMAINS), created=at(day, 19))
    for index in range(6):
        day = start + dt.timedelta(days=rng.randrange(max(days - 30, 1)))
        checkoffs = tuple(day + dt.timedelta(days=d) for d in range(30) if rng.random() < 0.6)
        yield r.Commitment(text=rng.choice(["Ten minutes outside every morning", "Call a friend each week",
                                            "Breathing exercise when the worry loop starts", "Stretch before bed",
                                            "Write three lines before sleep", "Eat lunch away from the desk"]),
                           domain=rng.choice(_DOMAINS), checkoffs=checkoffs, created=at(day, 18))

    for index in range(entries):
        offset = (index * days) // max(entries, 1)
        day = start + dt.timedelta(days=offset)
        created = at(day, rng.randint(7, 22), rng.randint(0, 59))
        linked = [s for s in sessions if s.when.date() <= day]
        session = linked[-1] if linked else None
        yield r.Entry(
            title=rng.choice(_TITLES), body=_paragraphs(rng, rng.randint(900, 2600)),
            tags=tuple(rng.sample(_TAGS, rng.randint(0, 3))), phase=rng.choice(_PHASES),
            session_id=session.id if session and rng.random() < 0.5 else None,
            share=rng.random() < 0.1, bring_to_appointment=rng.random() < 0.05,
            question_for_therapist=rng.random() < 0.05, created=created)


_FIRST_NAMES = ["Alex", "Sam", "Jordan", "Riley", "Casey", "Morgan", "Taylor", "Jamie", "Robin", "Avery",
                "Quinn", "Charlie", "Drew", "Emery", "Finley", "Harper", "Kai", "Logan", "Noa", "Rowan"]


def generate_therapist(
    *, patients: int = 50, entries_per_patient: int = 1000, days: int = 730, seed: int = 11,
    end: dt.date | None = None, tz: dt.tzinfo | None = None, name: str = "Dr. Lee (demo)",
) -> Iterator[r.Record]:
    """A therapist's vault: a profile, verified patient contacts, and the journal entries each
    patient shared, stored as received items the way imported share bundles keep them."""
    from integration_journal.core import codec

    rng = random.Random(seed)
    tz = tz or dt.datetime.now().astimezone().tzinfo
    end = end or dt.date.today()
    start = end - dt.timedelta(days=days - 1)
    first = dt.datetime.combine(start, dt.time(9), tz)
    yield r.Profile(role=r.Role.THERAPIST, display_name=name, country_code="US", created=first)
    for index in range(patients):
        contact = r.Contact(name=f"{_FIRST_NAMES[index % len(_FIRST_NAMES)]} {index + 1} (demo)",
                            role=r.Role.PATIENT, verified=True,
                            key_fingerprints=(rng.randbytes(32),), created=first)
        yield contact
        bundle_id = rng.randbytes(16)
        for n, entry in enumerate(generate(entries=entries_per_patient, days=days, seed=seed + index,
                                           end=end, tz=tz)):
            if not isinstance(entry, r.Entry):
                continue
            if n % 20 == 0:
                bundle_id = rng.randbytes(16)
            received = entry.created + dt.timedelta(days=rng.randint(0, 6))
            yield r.ReceivedItem(sender_id=contact.id, bundle_id=bundle_id, sequence=n // 20 + 1,
                                 item_kind=r.Entry.KIND, item_id=entry.id, payload=codec.encode(entry),
                                 received_at=received, reviewed=rng.random() < 0.8,
                                 discuss_next_time=rng.random() < 0.03, created=received)
