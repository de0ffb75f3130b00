"""Questionnaire and check-in drafts: written state reads back, and drafts from elsewhere never break reading."""

from __future__ import annotations

import datetime as dt

import pytest

from integration_journal.core import measures
from integration_journal.core.form_drafts import (
    CHECKIN_TARGET,
    QUESTIONNAIRE_TARGET,
    CheckinValues,
    checkin_drafts,
    question_values,
    questionnaire_draft_ids,
    questionnaire_drafts,
    questionnaire_state,
    read_checkin_draft,
    read_questionnaire_draft,
)
from integration_journal.core.records import Draft

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.timezone.utc)


def draft(target: str, state: dict, minutes: int = 0) -> Draft:
    at = T0 + dt.timedelta(minutes=minutes)
    return Draft(target_kind=target, state=state, created=at, updated=at)


def test_question_values_cover_the_scored_items_and_the_functional_one() -> None:
    phq9 = question_values(measures.get_measure("phq9"))
    assert len(phq9) == 10 and phq9[0] == frozenset({0, 1, 2, 3}) and phq9[9] == frozenset({0, 1, 2, 3})
    peg = question_values(measures.get_measure("peg"))
    assert len(peg) == 3 and peg[0] == frozenset(range(11))


def test_a_questionnaire_draft_reads_back_by_canonical_id_newest_first() -> None:
    older = draft(QUESTIONNAIRE_TARGET, questionnaire_state("phq9", [1, None, 2] + [None] * 7))
    newer = draft(QUESTIONNAIRE_TARGET, questionnaire_state("phq9", [3] + [None] * 9), minutes=5)
    other = draft(QUESTIONNAIRE_TARGET, questionnaire_state("gad7", [1] * 7 + [None]))
    entry = draft("entry", {"title": "x"})
    found = questionnaire_drafts([older, entry, newer, other], "phq9")
    assert [d.draft.id for d in found] == [newer.id, older.id]
    assert found[1].answers == (1, None, 2) + (None,) * 7 and found[1].answered == 2
    assert [d.instrument for d in questionnaire_drafts([other], "gad7")] == ["gad7"]
    peg = draft(QUESTIONNAIRE_TARGET, questionnaire_state("peg3", [4, 5, 6]))
    assert questionnaire_drafts([peg], "peg")[0].answers == (4, 5, 6)


@pytest.mark.parametrize("state", [
    {},
    {"instrument": "phq9"},
    {"instrument": "nope", "answers": [1] * 10},
    {"instrument": 9, "answers": [1] * 10},
    {"instrument": "phq9", "answers": "1111111111"},
    {"instrument": "phq9", "answers": [1] * 9},  # one short: from a different definition
    {"instrument": "phq9", "answers": [None] * 10},  # nothing worth continuing
    {"instrument": "phq9", "answers": [7, True, "2", 1.5, -1, None, None, None, None, None]},
])
def test_drafts_that_do_not_fit_are_ignored(state) -> None:
    assert read_questionnaire_draft(draft(QUESTIONNAIRE_TARGET, state)) is None


def test_odd_single_answers_become_unanswered() -> None:
    state = {"instrument": "phq9", "answers": [2, True, "2", 4, None, 0, 1, 1, 1, 1]}
    item = read_questionnaire_draft(draft(QUESTIONNAIRE_TARGET, state))
    assert item is not None and item.answers == (2, None, None, None, None, 0, 1, 1, 1, 1)


def test_draft_ids_include_unusable_drafts_of_the_instrument_only() -> None:
    broken = draft(QUESTIONNAIRE_TARGET, {"instrument": "phq9", "answers": [1]})
    good = draft(QUESTIONNAIRE_TARGET, questionnaire_state("phq9", [1] * 10))
    unknown = draft(QUESTIONNAIRE_TARGET, {"instrument": "nope"})
    gad = draft(QUESTIONNAIRE_TARGET, questionnaire_state("gad7", [1] * 8))
    assert set(questionnaire_draft_ids([broken, good, unknown, gad], "phq9")) == {broken.id, good.id}


def test_a_check_in_draft_keeps_partial_values_and_rejects_out_of_range_ones() -> None:
    values = CheckinValues(mood=4, sleep_hours=6.5, note="slept badly")
    kept = draft(CHECKIN_TARGET, values.to_state(dt.date(2026, 2, 27)))
    item = read_checkin_draft(kept)
    assert item is not None and item.day == dt.date(2026, 2, 27) and item.values == values
    odd = draft(CHECKIN_TARGET, {"date": "2026-02-27", "mood": 11, "anxiety": True, "pain": 3,
                                 "sleep_hours": 99, "sleep_quality": "5", "note": 7})
    assert read_checkin_draft(odd).values == CheckinValues(pain=3)
    assert read_checkin_draft(draft(CHECKIN_TARGET, {"date": "yesterday", "mood": 3})) is None
    assert read_checkin_draft(draft(CHECKIN_TARGET, CheckinValues().to_state(dt.date(2026, 2, 27)))) is None
    assert read_checkin_draft(draft("entry", values.to_state(dt.date(2026, 2, 27)))) is None


def test_check_in_drafts_come_newest_first() -> None:
    a = draft(CHECKIN_TARGET, CheckinValues(mood=1).to_state(dt.date(2026, 2, 1)))
    b = draft(CHECKIN_TARGET, CheckinValues(mood=2).to_state(dt.date(2026, 2, 2)), minutes=3)
    assert [d.values.mood for d in checkin_drafts([a, draft("entry", {}), b])] == [2, 1]

