"""Test data for the domain layer: one record of every kind, a clock that ticks a minute per read, a
store that fails on cue."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

from integration_journal.core import records as r
from integration_journal.core.store import MemoryStore, StoredRecord
from integration_journal.errors import StorageFull
from tests.helpers.clocks import TickingClock

UTC = dt.timezone.utc
T0 = dt.datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def minute_clock(start: dt.datetime = T0) -> TickingClock:
    """A clock whose each read is a minute later than the one before (the first: `start` + 1 minute):
    every change gets its own time."""
    return TickingClock(start, step=dt.timedelta(minutes=1))


def rid(n: int) -> bytes:
    return n.to_bytes(16, "big")


def one_of_each() -> list[r.Record]:
    """A fully populated record of every kind; fixed ids and a non-UTC offset keep round trips honest."""
    plus2 = dt.timezone(dt.timedelta(hours=2))
    created = dt.datetime(2024, 2, 1, 8, 30, 15, 123456, tzinfo=plus2)
    updated = created + dt.timedelta(minutes=5)
    common = {"created": created, "updated": updated}
    records: list[r.Record] = [
        r.Profile(id=rid(1), role=r.Role.PATIENT, display_name="Sam", country_code="gb",
                  treatment_focus=["chronic_pain", "depression"], clinic_name="Riverside",
                  clinic_phone="+44 20 0000 0000", **common),
        r.TreatmentSession(id=rid(2), when=dt.datetime(2024, 1, 31, 10, tzinfo=plus2), route=r.Route.NASAL,
                           setting="clinic", dose_mg=56, clinic="Riverside", provider="Dr Lee",
                           intention="Open to seeing my worry from further away", bp_before=(128, 82),
                           bp_after=r.BloodPressure(141, 88), experience=7,
                           experience_text="Floaty, then calm", notes="Rested after",
                           side_effects=[("dissociation", 2, "1-4h"), r.SideEffectReport("nausea", 1)],
                           number_in_series=3, product="esketamine", therapist_present=False,
                           support_person=True, antiemetic="unsure", acute_duration="30-60m",
                           experience_kind="mixed", transport_home="driven",
                           next_integration_session=dt.date(2024, 2, 6), **common),
        r.Entry(id=rid(3), title="Morning after — café", body="# Heading\n\nI noticed *less* urgency.\n",
                tags=["insight", "Self Care"], phase="next-day", session_id=rid(2),
                prompt_answers=[("nd-01", "The light"), ("sd-01", ["calm", "floaty"]),
                                ("sd-04", 7), ("w1-06", {"choice": "no", "note": None})],
                share=True, bring_to_appointment=True, question_for_therapist=False, **common),
        r.CheckIn(id=rid(4), date=dt.date(2024, 2, 1), mood=6, anxiety=3, pain=2, sleep_hours=7.5,
                  sleep_quality=8, note="Slept well", **common),
        r.QuestionnaireResponse(id=rid(5), instrument="phq9", answers=[1, 2, 1, 0, None, 1, 0, 0, 0],
                                taken_at=created, baseline=True, **common),
        r.Reframe(id=rid(6), old_thought="I always ruin things", new_perspective="Sometimes things go wrong",
                  source_id=rid(3), domain="mind", **common),
        r.Commitment(id=rid(7), text="Ten minutes outside", domain=r.Domain.NATURE, cadence="weekly",
                     checkoffs=[dt.date(2024, 2, 3), dt.date(2024, 2, 2), dt.date(2024, 2, 3)],
                     active=False, **common),
        r.SafetyPlan(id=rid(8), early_signs=["Three bad nights"], coping_on_my_own=["Walk", "Music"],
                     people_and_places=["The library"], people_to_ask=["Alex"],
                     professionals=["Clinic"], safer_surroundings=["Ask Alex to hold medicines"],
                     what_matters=["My dog"], **common),
        r.Contact(id=rid(9), name="Dr Lee", role="therapist", card=b"IJCARD1\x00\x01\x02", verified=True,
                  key_fingerprints=[b"\x01" * 32, b"\x02" * 32], **common),
        r.ShareLog(id=rid(10), recipient_id=rid(9), recipient_name="Dr Lee", bundle_id=rid(100),
                   sequence=3, item_ids=[rid(3), rid(5)], sent_at=updated, **common),
        r.ReceivedItem(id=rid(11), sender_id=rid(9), bundle_id=rid(101), sequence=4, item_kind="entry",
                       item_id=rid(3), payload=b'{"k":"entry"}', received_at=updated, reviewed=True,
                       discuss_next_time=True, **common),
        r.Annotation(id=rid(12), target_id=rid(11), text="Ask about sleep", for_patient=True, **common),
        r.PromptPackRecord(id=rid(13), pack_id="pain-pack", title="Pain pack", version=2,
                           content=b"phases: []\n", signer_fingerprint=b"\x03" * 32, enabled=False, **common),
        r.Draft(id=rid(14), target_kind="entry", target_id=rid(3),
                state={"page": 2, "answers": {"nd-01": "half"}, "list": [1, 2.5, None, True]}, **common),
        r.AuditEvent(id=rid(15), event="export", details={"format": "json", "count": 12, "ok": True,
                                                          "note": None}, **common),
        r.Settings(id=rid(16), values={"theme": "dark", "idle_minutes": 5, "panels": ["today"]}, **common),
        r.HistorySnapshot(id=rid(17), of_id=rid(3), revision=1, deleted=False,
                          payload=b'{"k":"entry","v":1,"c":"2024-02-01T08:30:15+02:00",'
                                  b'"u":"2024-02-01T08:30:15+02:00","d":{"title":"","body":"","tags":[],'
                                  b'"phase":null,"session_id":null,"prompt_answers":[],"share":false,'
                                  b'"bring_to_appointment":false,"question_for_therapist":false}}',
                          **common),
        r.Identity(id=rid(18), stable_id=rid(19), signing_seed=b"\x04" * 32, mlkem_seed=b"\x05" * 64,
                   x25519_seed=b"\x06" * 32, next_sequence=7, **common),
    ]
    assert {type(x) for x in records} == set(r.RECORD_TYPES), "add a sample for the new kind"
    return records


class FlakyStore(MemoryStore):
    """A MemoryStore that can fail on the n-th put of a transaction, on a delete, or at commit."""

    def __init__(self) -> None:
        super().__init__()
        self.fail_on_put: int | None = None  # 1-based, within one transaction
        self.fail_on_delete = False
        self.fail_on_commit = False

    @contextlib.contextmanager
    def transaction(self) -> Iterator[_FlakyTx]:  # type: ignore[override]
        with super().transaction() as tx:
            flaky = _FlakyTx(tx, self)
            yield flaky
            if self.fail_on_commit:
                raise StorageFull()

    def rows(self) -> set[tuple[bytes, int, bytes]]:
        stored, _ = self.load()
        return {(s.record_id, s.revision, s.payload) for s in stored}

    def stored(self) -> list[StoredRecord]:
        return self.load()[0]


class _FlakyTx:
    def __init__(self, tx, store: FlakyStore) -> None:
        self._tx = tx
        self._store = store
        self._puts = 0

    def put(self, record_id: bytes, payload: bytes) -> int:
        self._puts += 1
        if self._store.fail_on_put == self._puts:
            raise StorageFull()
        return self._tx.put(record_id, payload)

    def delete(self, record_id: bytes) -> None:
        if self._store.fail_on_delete:
            raise StorageFull()
        self._tx.delete(record_id)
