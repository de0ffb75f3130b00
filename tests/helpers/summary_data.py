"""A fixed patient journal for the appointment-summary tests (core golden files, PDF, CLI, page).

Every date is fixed and in UTC, so the golden files never change with the day the tests run.
"""

from __future__ import annotations

import datetime as dt

from integration_journal.core import records as r

UTC = dt.timezone.utc
FROM = dt.date(2025, 3, 1)
TO = dt.date(2025, 3, 30)
GENERATED = dt.datetime(2025, 3, 31, 9, 15, tzinfo=UTC)
HOSTILE = "<script>alert(1)</script> **bold** [link](http://x.example) | pipe # hash"


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), UTC)


def d(month: int, day: int) -> dt.date:
    return dt.date(2025, month, day)


def records(*, item9: bool = True) -> list[r.Record]:
    """The journal: baseline questionnaires in February, an IV series in March, check-ins, entries."""
    out: list[r.Record] = [r.Profile(role=r.Role.PATIENT, display_name="Sam <Tester>", country_code="GB",
                                     created=at(d(1, 10)))]
    phq9 = [  # (day, answers, baseline)
        (d(2, 20), (3, 3, 2, 2, 2, 2, 2, 1, 1 if item9 else 0), True),  # 18
        (d(3, 5), (2, 2, 2, 2, 1, 1, 1, 1, 0), False),  # 12
        (d(3, 12), (2, 1, 1, 1, 1, 1, 1, 0, 2 if item9 else 0), False),  # 10
        (d(3, 26), (1, 1, 1, 1, 0, 1, 1, 0, 0), False),  # 6
    ]
    for day, answers, baseline in phq9:
        out.append(r.QuestionnaireResponse(instrument="phq9", answers=answers, taken_at=at(day, 9),
                                           baseline=baseline, created=at(day, 9)))
    for day, answers in ((d(2, 20), (2, 2, 2, 2, 2, 2, 2)), (d(3, 26), (1, 1, 0, 1, 0, 1, 0))):
        out.append(r.QuestionnaireResponse(instrument="gad7", answers=answers, taken_at=at(day, 9),
                                           created=at(day, 9)))
    out.append(r.QuestionnaireResponse(instrument="peg", answers=(7, 6, 8), taken_at=at(d(2, 21)),
                                       created=at(d(2, 21))))
    out.append(r.QuestionnaireResponse(instrument="peg", answers=(4, 4, 5), taken_at=at(d(3, 27)),
                                       created=at(d(3, 27))))
    sessions = [
        (d(3, 3), r.Route.IV, (130, 82), (142, 90), 7,
         (("dissociation", 2, None), ("nausea", 1, None), ("tearful", 1, None))),
        (d(3, 10), r.Route.IV, (128, 80), (184, 122), 5,
         (("nausea", 2, None), ("headache", 1, None), ("urinary", 1, r.EffectDuration.ONGOING))),
        (d(3, 17), r.Route.IV, None, None, None, (("dizziness", 1, None),)),
    ]
    intentions = {d(3, 3): "", d(3, 10): "Be curious about the <heaviness>", d(3, 17): ""}
    details = {d(3, 3): {"acute_duration": "30-60m", "experience_kind": "mixed"},
               d(3, 10): {"acute_duration": "1-2h"}, d(3, 17): {}}
    for day, route, before, after, experience, effects in sessions:
        out.append(r.TreatmentSession(
            when=at(day), route=route, setting=r.Setting.CLINIC, bp_before=before, bp_after=after,
            experience=experience, side_effects=effects, notes="private session notes",
            intention=intentions[day], created=at(day), **details[day]))
    out.append(r.TreatmentSession(when=at(d(2, 1)), route=r.Route.NASAL, setting=r.Setting.CLINIC,
                                  side_effects=(("hallucinations", 1),), intention="Find some quiet",
                                  created=at(d(2, 1))))
    for offset in range(30):
        day = FROM + dt.timedelta(days=offset)
        if offset % 4 == 3:
            continue  # some days without a check-in
        out.append(r.CheckIn(date=day, mood=3 + offset // 6, anxiety=7 - offset // 8,
                             pain=(5 - offset // 10) if offset % 2 == 0 else None,
                             sleep_hours=6.5 + (offset % 3) * 0.5, sleep_quality=5 + offset % 3,
                             note="private check-in note", created=at(day, 20)))
    out += [
        r.Entry(title="A shift at the lake", body="I felt *lighter*.\nSecond line of the entry.",
                bring_to_appointment=True, share=True, created=at(d(3, 4), 18)),
        r.Entry(title=HOSTILE, body=HOSTILE, bring_to_appointment=True, created=at(d(3, 11), 18)),
        r.Entry(title="Dose timing", body="Could we talk about spacing the boosters?",
                question_for_therapist=True, share=True, created=at(d(3, 14), 18)),
        r.Entry(title="", body="Is the nausea expected to ease?", question_for_therapist=True,
                created=at(d(3, 18), 18)),
        r.Entry(title="Private diary", body="Not for anyone.", created=at(d(3, 15), 18)),
        r.Entry(title="Old note", body="Before the range.", bring_to_appointment=True, share=True,
                created=at(d(2, 10), 18)),
        r.Reframe(old_thought="I always fail", new_perspective="Some days are harder than others",
                  created=at(d(3, 8), 19)),
        r.Commitment(text="Ten minutes outside", domain=r.Domain.NATURE, cadence=r.Cadence.DAILY,
                     checkoffs=(d(2, 28), d(3, 2), d(3, 3), d(3, 20)), created=at(d(2, 25))),
        r.Commitment(text="Paused practice", domain=r.Domain.BODY, active=False, created=at(d(2, 25))),
    ]
    return out


def fill(journal, *, item9: bool = True) -> None:
    journal.add_many(records(item9=item9), keep_timestamps=True)
