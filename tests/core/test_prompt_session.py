"""The prompt-wizard state machine without a GUI: choosing and rotating prompts, paging, skip and
"Not today", drafts that survive a lock, and the entry a finished sitting writes."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.prompt_session import (
    DRAFT_KIND,
    PromptSitting,
    SittingStatus,
    answers_markdown,
    choose_prompts,
    normalise_answer,
    open_drafts,
)
from integration_journal.core.prompts import LinkTarget, PromptLibrary, parse_pack
from integration_journal.core.records import Phase, Route, Setting, TreatmentFocus
from integration_journal.core.schedule import DueStatus, Schedule, item_key
from integration_journal.core.store import MemoryStore
from integration_journal.errors import UsageError, ValidationError
from tests.helpers.clocks import TickingClock

UTC = dt.timezone.utc
H = dt.timedelta(hours=1)
D = dt.timedelta(days=1)
SESSION_AT = dt.datetime(2024, 3, 4, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def library() -> PromptLibrary:
    return PromptLibrary.builtin()


@pytest.fixture
def clock() -> TickingClock:
    return TickingClock(SESSION_AT - D, step=dt.timedelta(seconds=1))  # every change gets its own time


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


@pytest.fixture
def journal(store: MemoryStore, clock: TickingClock) -> Journal:
    journal = Journal.open(store, clock, tz=UTC)
    journal.add(r.Profile(role="patient", display_name="Sam", treatment_focus=["depression"]))
    return journal


def set_focus(journal: Journal, *focus: str) -> None:
    profile = journal.list(kind=r.Profile)[0]
    journal.update(r.Profile(id=profile.id, role=profile.role, display_name=profile.display_name,
                             treatment_focus=list(focus), created=profile.created))


def log_session(journal: Journal, when: dt.datetime = SESSION_AT, route: Route = Route.IV,
                setting: Setting = Setting.CLINIC) -> r.TreatmentSession:
    return journal.add(r.TreatmentSession(when=when, route=route, setting=setting))


def sitting(journal: Journal, library: PromptLibrary, phase: Phase, session: r.TreatmentSession | None = None,
            **kwargs) -> PromptSitting:
    return PromptSitting.start(journal, library, phase, session.id if session else None,
                               schedule=Schedule(journal, tz=UTC), **kwargs)


def answer_everything(s: PromptSitting) -> None:
    while True:
        prompt = s.current
        if prompt.input.value == "slider_0_10":
            s.answer({"value": 4, "note": "walked"} if prompt.note else 4)
        elif prompt.input.value == "chips":
            s.answer([prompt.options[0].id])
        elif prompt.input.value == "chips_plus_text":
            s.answer({"chips": [prompt.options[0].id], "text": "and more"})
        elif prompt.input.value == "choice":
            s.answer({"choice": prompt.options[0].id, "note": ""} if prompt.note else prompt.options[0].id)
        else:
            s.answer(f"answer to {prompt.id}")
        if not s.next():
            return


# --- choosing ----------------------------------------------------------------------------------------------

def test_sittings_hold_two_to_four_prompts_of_the_phase(library: PromptLibrary) -> None:
    for phase in Phase:
        chosen = choose_prompts(library, phase, focus=[TreatmentFocus.CHRONIC_PAIN], next_session_planned=True)
        assert 2 <= len(chosen) <= 4
        assert all(p.phase is phase for p in chosen)
        assert chosen == sorted(chosen, key=lambda p: p.order)
    assert len(choose_prompts(library, Phase.NEXT_DAY, limit=10)) == 4
    assert len(choose_prompts(library, Phase.NEXT_DAY, limit=1)) == 2


def test_pain_prompts_only_with_the_chronic_pain_focus(library: PromptLibrary) -> None:
    for phase in Phase:
        for focus in ((), (TreatmentFocus.DEPRESSION, TreatmentFocus.ANXIETY)):
            for limit in (2, 3, 4):
                assert not any(p.is_pain for p in choose_prompts(library, phase, focus=focus, limit=limit))
        with_pain = choose_prompts(library, phase, focus=[TreatmentFocus.CHRONIC_PAIN])
        assert sum(p.is_pain for p in with_pain) >= 1, phase


def test_same_day_offers_taps_and_sliders_only(library: PromptLibrary) -> None:
    chosen = choose_prompts(library, Phase.SAME_DAY, tap_only=True)
    assert [p.id for p in chosen] == ["sd-01", "sd-04", "sd-05"]
    assert all(p.tap_only for p in chosen)
    pain = choose_prompts(library, Phase.SAME_DAY, tap_only=True, focus=[TreatmentFocus.CHRONIC_PAIN])
    assert len(pain) == 3 and "sd-07-pain" in [p.id for p in pain] and all(p.tap_only for p in pain)


def test_a_fresh_sitting_spreads_over_domains(library: PromptLibrary) -> None:
    chosen = choose_prompts(library, Phase.FEW_DAYS)
    domains = [set(d.value for d in p.domains) for p in chosen]
    assert len(set().union(*domains)) >= 3
    assert [p.id for p in chosen] == ["d3-01", "d3-03", "d3-05"]  # mind+relationships, lifestyle, body+nature


def test_before_next_session_prompts_need_a_planned_session(library: PromptLibrary) -> None:
    offered = set()
    for limit in (2, 3, 4):
        offered |= {p.id for p in choose_prompts(library, Phase.ONGOING, limit=limit, exclude=["on-01", "on-02"])}
    assert "on-07" not in offered
    planned = choose_prompts(library, Phase.ONGOING, limit=4, next_session_planned=True,
                             exclude=["on-01", "on-02", "on-03", "on-04", "on-05", "on-06"])
    assert "on-07" in [p.id for p in planned]


def test_rotation_offers_different_prompts_over_sittings(journal: Journal, library: PromptLibrary,
                                                         clock: TickingClock) -> None:
    offered: list[list[str]] = []
    for week in range(4):
        clock.now = SESSION_AT + 14 * D + week * 7 * D
        s = sitting(journal, library, Phase.ONGOING)
        offered.append([p.id for p in s.prompts])
        answer_everything(s)
        assert s.finish() is not None
    assert offered[0] != offered[1]
    assert not set(offered[0]) & set(offered[1])  # nothing repeats until every prompt was offered once
    core = {"on-01", "on-02", "on-03", "on-04", "on-05", "on-06"}  # on-07 needs a planned session
    assert set(offered[0]) | set(offered[1]) == core
    assert offered[2] != offered[1]
    seen = set().union(*offered)
    assert seen == core


# --- paging ------------------------------------------------------------------------------------------------

def test_paging_progress_answers_and_skip(journal: Journal, library: PromptLibrary, clock: TickingClock) -> None:
    session = log_session(journal)
    clock.now = SESSION_AT + 20 * H
    s = sitting(journal, library, Phase.NEXT_DAY, session)
    assert s.position == (1, 3) and s.is_first and not s.is_last
    assert s.due_key == item_key(session.id, Phase.NEXT_DAY)
    first = s.current.id
    s.answer("  It was the light.  ")
    assert s.answer_for(first) == "It was the light."
    assert s.next() and s.position == (2, 3)
    s.answer("Something")
    assert s.skip() and s.position == (3, 3) and s.is_last
    assert s.answer_for(s.prompts[1].id) is None  # skipping clears the page
    assert not s.next()
    assert s.back() and s.back() and not s.back()
    assert s.answer_for() == "It was the light."  # answers are kept while moving
    s.answer("")
    assert s.answers == {}
    with pytest.raises(UsageError):
        s.go_to(7)


def test_answers_are_checked_against_the_prompt(library: PromptLibrary) -> None:
    sd01, sd04, prep06 = library.prompt("sd-01"), library.prompt("sd-04"), library.prompt("prep-06")
    w106, d307 = library.prompt("w1-06"), library.prompt("d3-07-pain")
    assert normalise_answer(sd01, ["calm", "heavy", "calm"]) == ["heavy", "calm"]  # option order, once each
    assert normalise_answer(sd01, []) is None
    assert normalise_answer(sd04, 0) == 0
    assert normalise_answer(prep06, {"chips": ["ride"], "text": " "}) == {"chips": ["ride"], "text": ""}
    assert normalise_answer(prep06, {"chips": [], "text": ""}) is None
    assert normalise_answer(w106, "yes") == "yes"
    assert normalise_answer(d307, {"value": 6, "note": "walked to the shop"}) == {"value": 6,
                                                                                   "note": "walked to the shop"}
    assert normalise_answer(d307, {"value": None, "note": ""}) is None
    for prompt, bad in ((sd01, ["nope"]), (sd01, "calm"), (sd04, 11), (sd04, True), (sd04, 5.5),
                        (w106, "maybe"), (prep06, ["ride"]), (library.prompt("nd-01"), 3),
                        (library.prompt("nd-02"), "x" * 2001)):
        with pytest.raises(ValidationError):
            normalise_answer(prompt, bad)


# --- drafts ------------------------------------------------------------------------------------------------

def test_resume_from_the_draft_after_a_lock(journal: Journal, library: PromptLibrary, store: MemoryStore,
                                            clock: TickingClock) -> None:
    session = log_session(journal)
    clock.now = SESSION_AT + 20 * H
    s = sitting(journal, library, Phase.NEXT_DAY, session)
    prompts = [p.id for p in s.prompts]
    s.answer("The light through the window")
    s.next()
    s.bring_to_appointment = True
    s.save_draft()
    draft_payloads = [payload for _, (_, payload) in store._rows.items() if b"window" in payload]
    assert draft_payloads  # the store holds it (encrypted by the vault in the real app)

    # Lock: the journal and everything decrypted goes; unlock: a new journal over the same store.
    relocked = Journal.open(store, clock, tz=UTC)
    [draft] = open_drafts(relocked)
    assert draft.target_kind == DRAFT_KIND
    again = PromptSitting.start(relocked, library, Phase.NEXT_DAY, session.id, schedule=Schedule(relocked, tz=UTC))
    assert [p.id for p in again.prompts] == prompts
    assert again.index == 1 and again.draft_id == draft.id
    assert again.answer_for(prompts[0]) == "The light through the window"
    assert again.bring_to_appointment
    again.next()
    again.save_draft()
    assert len(open_drafts(relocked)) == 1  # updated in place, not a second draft


def test_resume_drops_prompts_no_longer_available(journal: Journal, library: PromptLibrary) -> None:
    journal.add(r.Draft(target_kind=DRAFT_KIND, state={
        "v": 1, "phase": "ongoing", "session": None, "prompts": ["gone-01", "on-02"], "index": 1,
        "answers": {"gone-01": "x", "on-02": "A laugh"}}))
    s = sitting(journal, library, Phase.ONGOING)
    assert [p.id for p in s.prompts] == ["on-02"] and s.answers == {"on-02": "A laugh"} and s.index == 0


def test_a_draft_with_nothing_usable_is_replaced(journal: Journal, library: PromptLibrary) -> None:
    journal.add(r.Draft(target_kind=DRAFT_KIND, state={"v": 1, "phase": "ongoing", "session": None,
                                                      "prompts": ["gone-01"], "answers": {}}))
    s = sitting(journal, library, Phase.ONGOING)
    assert len(s.prompts) >= 2 and open_drafts(journal) == []


# --- ending ------------------------------------------------------------------------------------------------

def test_finishing_writes_the_entry_and_marks_the_item_done(journal: Journal, library: PromptLibrary,
                                                            clock: TickingClock) -> None:
    session = log_session(journal, route=Route.NASAL)
    clock.now = SESSION_AT + 20 * H
    schedule = Schedule(journal, tz=UTC)
    [due] = schedule.due()
    s = PromptSitting.start(journal, library, Phase.NEXT_DAY, session.id, schedule=schedule)
    s.answer("The light")
    s.next()
    s.next()
    s.answer("A *walk* tomorrow")
    s.save_draft()
    entry = s.finish()
    assert entry is not None and s.status is SittingStatus.FINISHED
    stored = journal.get_as(entry.id, r.Entry)
    assert stored.title == "Next day after session of 4 March"
    assert stored.phase is Phase.NEXT_DAY and stored.session_id == session.id
    assert [(a.prompt_id, a.answer) for a in stored.prompt_answers] == [
        (s.prompts[0].id, "The light"), (s.prompts[2].id, "A *walk* tomorrow")]
    assert stored.body == (f"**{s.prompts[0].text}**\n\nThe light\n\n"
                           f"**{s.prompts[2].text}**\n\nA *walk* tomorrow\n")
    assert {"next-day", "guided"} <= set(stored.tags)
    assert schedule.states()[due.key].status is DueStatus.DONE
    assert schedule.states()[due.key].entry_id == entry.id
    assert schedule.due() == [] and open_drafts(journal) == []
    with pytest.raises(UsageError):
        s.next()


def test_finishing_with_everything_skipped_writes_nothing(journal: Journal, library: PromptLibrary,
                                                          clock: TickingClock) -> None:
    session = log_session(journal)
    clock.now = SESSION_AT + 3 * H
    s = sitting(journal, library, Phase.SAME_DAY, session)
    while s.skip():
        pass
    assert s.finish() is None
    assert journal.list(kind=r.Entry) == []
    assert Schedule(journal, tz=UTC).due() == []


def test_not_today_snoozes_until_tomorrow_and_keeps_answers(journal: Journal, library: PromptLibrary,
                                                            clock: TickingClock) -> None:
    session = log_session(journal)
    clock.now = SESSION_AT + 20 * H  # Tuesday 06:00
    s = sitting(journal, library, Phase.NEXT_DAY, session)
    s.answer("Half a thought")
    until = s.not_today()
    assert until == dt.datetime(2024, 3, 6, 7, 0, tzinfo=UTC)
    assert s.status is SittingStatus.POSTPONED
    schedule = Schedule(journal, tz=UTC)
    assert schedule.due() == []
    assert len(open_drafts(journal)) == 1
    clock.now = until
    assert [i.phase for i in schedule.due()] == [Phase.NEXT_DAY]
    resumed = sitting(journal, library, Phase.NEXT_DAY, session)
    assert resumed.answers == {s.prompts[0].id: "Half a thought"}


def test_not_today_without_answers_leaves_no_draft(journal: Journal, library: PromptLibrary, clock: TickingClock) -> None:
    session = log_session(journal)
    clock.now = SESSION_AT + 20 * H
    s = sitting(journal, library, Phase.NEXT_DAY, session)
    s.save_draft()
    s.not_today()
    assert open_drafts(journal) == []


def test_discard_removes_the_draft(journal: Journal, library: PromptLibrary) -> None:
    s = sitting(journal, library, Phase.ONGOING)
    s.answer("x")
    s.save_draft()
    s.discard()
    assert open_drafts(journal) == [] and s.status is SittingStatus.DISCARDED


def test_same_day_can_add_a_few_words_but_never_needs_them(journal: Journal, library: PromptLibrary,
                                                           clock: TickingClock) -> None:
    session = log_session(journal, route=Route.LOZENGE, setting=Setting.HOME_SUPPORTED)
    clock.now = SESSION_AT + 3 * H
    s = sitting(journal, library, Phase.SAME_DAY, session)
    assert s.same_day and s.at_home and s.tap_only and s.count == 3
    assert s.banner.startswith("Keep it brief today.")
    assert s.can_add_prompt
    added = s.add_prompt()
    assert added.input.value == "short_text" and s.count == 4 and s.is_last
    assert not s.can_add_prompt  # four at most


def test_links_and_appointment_flag(journal: Journal, library: PromptLibrary, clock: TickingClock) -> None:
    session = log_session(journal)
    clock.now = SESSION_AT + 6 * D + H
    w106, w105 = library.prompt("w1-06"), library.prompt("w1-05")
    s = PromptSitting(journal, library, phase=Phase.ONE_WEEK, prompts=[w105, w106], session=session,
                      due_key=item_key(session.id, Phase.ONE_WEEK))
    s.answer("Ask about sleep")
    s.bring_to_appointment = True
    s.next()
    s.answer("yes")
    assert s.follow_ups() == (LinkTarget.SIDE_EFFECTS,)
    entry = s.finish(title="Custom title")
    assert entry.bring_to_appointment and entry.title == "Custom title"
    assert "Yes" in entry.body


def test_titles_without_a_session_and_translated_templates(journal: Journal, library: PromptLibrary,
                                                           clock: TickingClock) -> None:
    clock.now = dt.datetime(2024, 3, 6, 12, tzinfo=UTC)
    s = sitting(journal, library, Phase.ONGOING)
    assert s.title() == "Reflection, 6 March"
    assert s.title(templates_no_session={p: "Nachdenken, {today}" for p in Phase},
                   date_format=lambda d: d.strftime("%d.%m.")) == "Nachdenken, 06.03."


def test_markdown_body_is_readable_and_escapes_option_labels() -> None:
    pack = parse_pack(json.dumps({
        "schema_version": 1, "id": "md", "title": "t", "author": "a", "version": 1,
        "phases": [{"id": "ongoing", "prompts": [
            {"id": "m-1", "text": "Pick *one*", "input": "chips_plus_text", "tags": ["core"],
             "options": [{"id": "a", "label": "A_b"}, {"id": "b", "label": "C"}]},
            {"id": "m-2", "text": "Rate", "input": "slider_0_10", "tags": ["core"], "note": True}]}],
    }).encode(), "md.json")
    p1, p2 = pack.prompts
    body = answers_markdown(pack.prompts, {"m-1": {"chips": ["a", "b"], "text": "more"},
                                           "m-2": {"value": 3, "note": "ok"}})
    assert body == "**Pick \\*one\\***\n\nA\\_b, C\n\nmore\n\n**Rate**\n\n3 / 10\n\nok\n"
