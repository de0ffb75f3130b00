"""Entry drafts in core: editor fields <-> Entry <-> Draft state, tolerant reading, one draft per entry."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from integration_journal.core.drafts import (
    DRAFT_TARGET,
    EntryFields,
    entry_drafts,
    make_draft,
    parse_tags,
    read_entry_draft,
)
from integration_journal.core.journal import Journal
from integration_journal.core.records import TAG_MAX, Draft, Entry, Phase
from integration_journal.core.store import MemoryStore, new_record_id
from integration_journal.errors import ValidationError


def test_parse_tags_splits_on_commas_and_normalises() -> None:
    assert parse_tags(" Self care, sleep,, SLEEP , ") == ("self-care", "sleep")
    assert parse_tags("") == ()
    with pytest.raises(ValidationError):
        parse_tags("x" * (TAG_MAX + 1))


def test_fields_round_trip_through_an_entry() -> None:
    session = new_record_id()
    fields = EntryFields("Title", "Body *md*", "body, Family", Phase.NEXT_DAY, session, True, False, True)
    entry = fields.to_entry()
    assert (entry.title, entry.body, entry.tags, entry.phase, entry.session_id) == (
        "Title", "Body *md*", ("body", "family"), Phase.NEXT_DAY, session)
    assert (entry.share, entry.bring_to_appointment, entry.question_for_therapist) == (True, False, True)
    assert EntryFields.of(entry).same_content(fields)
    assert EntryFields.of(entry).tags_text == "body, family"


def test_to_entry_keeps_the_base_record_and_uses_a_given_id() -> None:
    base = Entry(title="Old", body="old body", tags=("a",))
    edited = EntryFields("New", "new body").to_entry(base)
    assert edited.id == base.id and edited.created == base.created and edited.tags == ()
    wanted = new_record_id()
    assert EntryFields("x").to_entry(entry_id=wanted).id == wanted


def test_to_entry_rejects_what_cannot_be_saved() -> None:
    with pytest.raises(ValidationError):
        EntryFields(title="t" * 501).to_entry()


def test_blank_and_same_content() -> None:
    assert EntryFields().is_blank
    assert EntryFields(title="  ", body="\n").is_blank
    assert not EntryFields(share=True).is_blank
    assert not EntryFields(phase=Phase.ONGOING).is_blank
    assert EntryFields(tags_text="a, b").same_content(EntryFields(tags_text="b,a"))
    assert not EntryFields(body="x").same_content(EntryFields(body="y"))


def test_draft_state_round_trip() -> None:
    entry_id, session = new_record_id(), new_record_id()
    fields = EntryFields("T", "B", "half typed, ta", Phase.SAME_DAY, session, True, True, False)
    draft = make_draft(fields, entry_id=entry_id, is_new=True)
    assert draft.target_kind == DRAFT_TARGET and draft.target_id is None
    read = read_entry_draft(draft)
    assert read is not None and read.is_new and read.entry_id == entry_id
    assert read.fields == fields  # tags exactly as typed, not tidied
    existing = make_draft(fields, entry_id=entry_id, is_new=False, draft_id=draft.id)
    assert existing.id == draft.id and existing.target_id == entry_id
    assert not read_entry_draft(existing).is_new


@pytest.mark.parametrize("state", [
    {}, {"title": 5, "body": None, "tags": ["x"], "phase": "tomorrow", "session_id": "zz", "share": "yes"},
    {"phase": 3, "session_id": "00" * 15},
])
def test_malformed_draft_state_reads_as_empty_values(state) -> None:
    draft = Draft(target_kind="entry", target_id=new_record_id(), state=state)
    read = read_entry_draft(draft)
    assert read is not None
    assert read.fields == EntryFields()


def test_drafts_of_other_kinds_or_without_an_entry_are_ignored() -> None:
    assert read_entry_draft(Draft(target_kind="prompt_session", state={"x": 1})) is None
    assert read_entry_draft(Draft(target_kind="entry", state={"entry_id": "nothex"})) is None


def test_entry_drafts_newest_first_one_per_entry_through_a_journal() -> None:
    now = [dt.datetime(2025, 3, 1, 9, tzinfo=dt.timezone.utc)]

    def clock() -> dt.datetime:
        now[0] += dt.timedelta(minutes=1)
        return now[0]

    journal = Journal.open(MemoryStore(), clock)
    a, b = new_record_id(), new_record_id()
    first = journal.add(make_draft(EntryFields("a1"), entry_id=a, is_new=True))
    journal.add(make_draft(EntryFields("b1"), entry_id=b, is_new=False))
    journal.update(make_draft(EntryFields("a2"), entry_id=a, is_new=True, draft_id=first.id))
    journal.add(Draft(target_kind="prompt_session", state={}))
    found = entry_drafts(journal.list(kind="draft"))
    assert [(d.entry_id, d.fields.title) for d in found] == [(a, "a2"), (b, "b1")]
    assert found[0].saved_at > found[1].saved_at
    assert journal.history(first.id) == []  # drafts keep no history: autosave would flood it
    stray = dataclasses.replace(found[1].draft, id=new_record_id(), updated=found[1].draft.updated)
    assert len(entry_drafts([*journal.list(kind="draft"), stray])) == 2
