"""Record kinds: construction, normalisation and validation errors that name the field."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from integration_journal.core import records as r
from integration_journal.core import side_effects
from integration_journal.errors import ValidationError
from tests.helpers.records import T0, one_of_each, rid

NAIVE = dt.datetime(2024, 3, 1, 9, 0)


def test_defaults_give_a_valid_record_with_a_random_id_and_updated_equal_to_created() -> None:
    a, b = r.Entry(), r.Entry()
    assert len(a.id) == 16 and a.id != b.id
    assert a.created.utcoffset() is not None
    assert a.updated == a.created
    assert r.Entry(created=T0).updated == T0


def test_records_are_frozen_and_their_lists_are_tuples() -> None:
    entry = r.Entry(tags=["a"], prompt_answers=[("p1", ["x", {"k": [1]}])])
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.title = "changed"  # type: ignore[misc]
    assert entry.tags == ("a",)
    answer = entry.prompt_answers[0].answer
    assert answer[0] == "x" and answer[1]["k"] == (1,)
    with pytest.raises(TypeError):
        answer[1]["k"] = 2  # type: ignore[index]


def test_repr_never_shows_content() -> None:
    entry = r.Entry(title="my secret title", body="private words", prompt_answers=[("p1", "hidden")])
    assert "secret" not in repr(entry) and "private" not in repr(entry)
    assert entry.id.hex() in repr(entry)
    assert "hidden" not in repr(entry.prompt_answers)


@pytest.mark.parametrize(("raw", "expected"), [
    ([" Self Care ", "self-care", "GRIEF", "", "a \t b", "grief"], ("a-b", "grief", "self-care")),
    (("zeta", "Alpha"), ("alpha", "zeta")),
    ([], ()),
])
def test_tags_are_normalised(raw: list[str], expected: tuple[str, ...]) -> None:
    assert r.Entry(tags=raw).tags == expected
    assert r.normalise_tag("  Deep   Rest ") == "deep-rest"


def test_treatment_focus_and_checkoffs_are_deduplicated_and_ordered() -> None:
    profile = r.Profile(role="therapist", display_name="Dr Lee",
                        treatment_focus=["chronic_pain", "depression", "chronic_pain"])
    assert profile.treatment_focus == (r.TreatmentFocus.DEPRESSION, r.TreatmentFocus.CHRONIC_PAIN)
    assert profile.role is r.Role.THERAPIST
    days = [dt.date(2024, 1, 3), dt.date(2024, 1, 1), dt.date(2024, 1, 3)]
    assert r.Commitment(text="walk", domain="body", checkoffs=days).checkoffs == (
        dt.date(2024, 1, 1), dt.date(2024, 1, 3))


def test_enum_fields_accept_their_text_value() -> None:
    session = r.TreatmentSession(when=T0, route="lozenge", setting="home_supported")
    assert session.route is r.Route.LOZENGE and session.setting is r.Setting.HOME_SUPPORTED
    assert r.Entry(phase="few-days").phase is r.Phase.FEW_DAYS


def session(**changes: object) -> r.TreatmentSession:
    values: dict[str, object] = {"when": T0, "route": r.Route.IV, "setting": r.Setting.CLINIC}
    values.update(changes)
    return r.TreatmentSession(**values)  # type: ignore[arg-type]


INVALID = [
    (lambda: r.Entry(id=b"short"), "id"),
    (lambda: r.Entry(created=NAIVE), "created"),
    (lambda: r.Entry(updated=NAIVE), "updated"),
    (lambda: r.Entry(title=3), "title"),
    (lambda: r.Entry(title="x" * (r.LINE_MAX + 1)), "title"),
    (lambda: r.Entry(tags="sleep"), "tags"),
    (lambda: r.Entry(tags=["ok", 5]), "tags[1]"),
    (lambda: r.Entry(tags=["x" * 65]), "tags[0]"),
    (lambda: r.Entry(phase="tomorrow"), "phase"),
    (lambda: r.Entry(session_id=b"x"), "session_id"),
    (lambda: r.Entry(share=1), "share"),
    (lambda: r.Entry(prompt_answers=[("Bad Id", "x")]), "prompt_answers[0].prompt_id"),
    (lambda: r.Entry(prompt_answers=[("p1", {1: "x"})]), "prompt_answers[0].answer"),
    (lambda: r.Entry(prompt_answers=[("p1", float("nan"))]), "prompt_answers[0].answer"),
    (lambda: r.Entry(prompt_answers=["just text"]), "prompt_answers[0]"),
    (lambda: session(when=NAIVE), "when"),
    (lambda: session(route="rectal"), "route"),
    (lambda: session(setting="car"), "setting"),
    (lambda: session(dose_mg=0), "dose_mg"),
    (lambda: session(dose_mg=-5), "dose_mg"),
    (lambda: session(dose_mg=float("inf")), "dose_mg"),
    (lambda: session(dose_mg=True), "dose_mg"),
    (lambda: session(bp_before=(400, 80)), "bp_before.systolic"),
    (lambda: session(bp_after=(120, 10)), "bp_after.diastolic"),
    (lambda: session(bp_after=(80, 120)), "bp_after.diastolic"),
    (lambda: session(bp_before="120/80"), "bp_before"),
    (lambda: session(experience=11), "experience"),
    (lambda: session(experience=True), "experience"),
    (lambda: session(side_effects=[("not-a-thing", 1)]), "side_effects[0].effect"),
    (lambda: session(side_effects=[("nausea", 4)]), "side_effects[0].severity"),
    (lambda: session(side_effects=[("nausea", 1, "forever")]), "side_effects[0].duration"),
    (lambda: session(side_effects=[("nausea", 1), ("nausea", 2)]), "side_effects[1]"),
    (lambda: r.CheckIn(date=T0, mood=5, anxiety=5), "date"),
    (lambda: r.CheckIn(date=T0.date(), mood=-1, anxiety=5), "mood"),
    (lambda: r.CheckIn(date=T0.date(), mood=5, anxiety=11), "anxiety"),
    (lambda: r.CheckIn(date=T0.date(), mood=5, anxiety=5, pain=12), "pain"),
    (lambda: r.CheckIn(date=T0.date(), mood=5, anxiety=5, sleep_hours=25), "sleep_hours"),
    (lambda: r.CheckIn(date=T0.date(), mood=5, anxiety=5, sleep_quality=3.5), "sleep_quality"),
    (lambda: r.QuestionnaireResponse(instrument="PHQ 9", answers=[1], taken_at=T0), "instrument"),
    (lambda: r.QuestionnaireResponse(instrument="phq9", answers=[], taken_at=T0), "answers"),
    (lambda: r.QuestionnaireResponse(instrument="phq9", answers=[1, 11], taken_at=T0), "answers[1]"),
    (lambda: r.QuestionnaireResponse(instrument="phq9", answers=[1], taken_at=NAIVE), "taken_at"),
    (lambda: r.Profile(role="doctor", display_name="x"), "role"),
    (lambda: r.Profile(role="patient", display_name="  "), "display_name"),
    (lambda: r.Profile(role="patient", display_name="x", country_code="GBR"), "country_code"),
    (lambda: r.Profile(role="patient", display_name="x", treatment_focus=["insomnia"]), "treatment_focus"),
    (lambda: r.Reframe(old_thought="a", new_perspective="b", domain="mood"), "domain"),
    (lambda: r.Commitment(text="", domain="mind"), "text"),
    (lambda: r.Commitment(text="x", domain="mind", cadence="hourly"), "cadence"),
    (lambda: r.Commitment(text="x", domain="mind", checkoffs=[T0]), "checkoffs[0]"),
    (lambda: r.SafetyPlan(early_signs=["ok", 3]), "early_signs[1]"),
    (lambda: r.SafetyPlan(what_matters="my dog"), "what_matters"),
    (lambda: r.Contact(name="x", role="patient", key_fingerprints=[b""]), "key_fingerprints[0]"),
    (lambda: r.Contact(name="x", role="patient", card="text"), "card"),
    (lambda: r.ShareLog(recipient_id=rid(1), recipient_name="x", bundle_id=rid(2), sequence=-1,
                        item_ids=[], sent_at=T0), "sequence"),
    (lambda: r.ShareLog(recipient_id=rid(1), recipient_name="x", bundle_id=rid(2), sequence=0,
                        item_ids=[b"x"], sent_at=T0), "item_ids[0]"),
    (lambda: r.ReceivedItem(sender_id=rid(1), bundle_id=rid(2), sequence=0, item_kind="entry",
                            item_id=rid(3), payload=b"", received_at=NAIVE), "received_at"),
    (lambda: r.Annotation(target_id=None, text="x"), "target_id"),
    (lambda: r.PromptPackRecord(pack_id="p", title="t", version=0, content=b""), "version"),
    (lambda: r.Draft(target_kind="entry", state=["not", "an", "object"]), "state"),
    (lambda: r.AuditEvent(event="Unlock!"), "event"),
    (lambda: r.AuditEvent(event="unlock", details={"nested": {"a": 1}}), "details.nested"),
    (lambda: r.AuditEvent(event="unlock", details={"x": "y" * 201}), "details.x"),
    (lambda: r.Settings(values={"bad": {1, 2}}), "values"),
    (lambda: r.HistorySnapshot(of_id=rid(1), revision=-1, deleted=False, payload=b""), "revision"),
]


@pytest.mark.parametrize(("make", "field"), INVALID)
def test_validation_error_names_the_field(make, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make()
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}: ")


def test_validation_messages_do_not_quote_the_value() -> None:
    with pytest.raises(ValidationError) as caught:
        r.Entry(tags="my most private word")
    assert "private" not in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        r.TreatmentSession(when=T0, route="secret-route-name", setting="clinic")
    assert "secret" not in str(caught.value)


def test_moment_and_local_date_follow_what_the_record_describes() -> None:
    when = dt.datetime(2024, 3, 1, 23, 30, tzinfo=dt.timezone.utc)
    s = session(when=when, created=T0)
    assert s.moment == when
    assert s.local_date(dt.timezone.utc) == dt.date(2024, 3, 1)
    assert s.local_date(dt.timezone(dt.timedelta(hours=2))) == dt.date(2024, 3, 2)
    check = r.CheckIn(date=dt.date(2024, 2, 2), mood=5, anxiety=5, created=T0)
    assert check.local_date(dt.timezone(dt.timedelta(hours=-11))) == dt.date(2024, 2, 2)
    assert r.Entry(created=when).moment == when


def test_every_kind_has_a_unique_kind_name_and_reserved_names_are_not_fields() -> None:
    kinds = [t.KIND for t in r.RECORD_TYPES]
    assert len(set(kinds)) == len(kinds) and all(kinds)
    for record in one_of_each():
        assert not {"id", "kind", "schema", "created", "updated"} & set(record.field_names())


def test_safety_plan_has_the_seven_sections_in_order() -> None:
    names = [name for _, name in r.SAFETY_PLAN_SECTIONS]
    assert [f"sp-{n}" for n in range(1, 8)] == [sid for sid, _ in r.SAFETY_PLAN_SECTIONS]
    assert list(r.SafetyPlan().field_names()) == names


def test_side_effect_catalogue_is_complete_and_consistent() -> None:
    catalogue = side_effects.CATALOGUE
    assert len(catalogue) == 32
    for must in ("dissociation", "bp_high", "urinary", "cravings", "suicidal_thoughts", "mood_dip"):
        assert must in catalogue
    assert catalogue["suicidal_thoughts"].red_flag.action is side_effects.Action.CRISIS_PANEL
    assert catalogue["sedation"].red_flag.action is side_effects.Action.EMERGENCY
    for effect in catalogue.values():
        assert effect.label
        if effect.red_flag:
            assert effect.red_flag.when and effect.red_flag.guidance
        if effect.window is side_effects.Window.ROUTE:
            assert effect.route in {route.value for route in r.Route}
    routes = {e.id for e in side_effects.effects_for_route("nasal")}
    assert "nasal_throat" in routes and "iv_site" not in routes and "nausea" in routes
    assert set(side_effects.SEVERITY_LABELS) == {0, 1, 2, 3}


def test_session_red_flags_lists_flagged_effects_above_severity_zero() -> None:
    s = session(side_effects=[("urinary", 2), ("nausea", 3), ("hallucinations", 0)])
    assert [e.id for e in s.red_flags()] == ["urinary"]


def test_blood_pressure_crisis_threshold() -> None:
    assert r.BloodPressure(180, 100).at_or_above_crisis_threshold
    assert r.BloodPressure(150, 120).at_or_above_crisis_threshold
    assert not r.BloodPressure(179, 119).at_or_above_crisis_threshold
