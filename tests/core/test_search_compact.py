"""The compact search index (a vocabulary of folded words, one code per word of a record) finds exactly
what a plain scan of every record's folded text finds, in the same order, through changes, and with a
vocabulary that runs out of codes (docs/PERFORMANCE.md, "Cost against years of use")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from integration_journal.core import records as r
from integration_journal.core.search import Query, SearchIndex, fold, parse_query, searchable_text, sort_key

UTC = dt.timezone.utc

# Words that fold into each other or start one another, in several scripts, with ligatures, combining
# marks, sharp s and a digit, so that prefixes, accents and phrases all have something to find.
POOL = ["walk", "walked", "walking", "Walk", "calm", "café", "Cafe", "cafés", unicodedata.normalize("NFD", "naïve"),
        "naive", "Straße", "strasse", "ﬁne", "fine", "finer", "Привет", "привычка", "Ελπίδα", "ελ", "a", "an",
        "and", "i", "I", "deep", "breath", "breathing", "2024", "x1", "日記", "日"]
SEPARATORS = [" ", "  ", ", ", ". ", "\n", " — ", "’", "-", "\t", " (", ") "]

word = st.sampled_from(POOL)
text = st.lists(st.tuples(word, st.sampled_from(SEPARATORS)), max_size=12).map(
    lambda parts: "".join(w + s for w, s in parts))
tag = st.sampled_from(["sleep", "self-care", "calm", "walk"])
entry = st.builds(lambda title, body, tags, day: r.Entry(title=title, body=body, tags=tags,
                                                         created=dt.datetime(2024, 3, day, 12, tzinfo=UTC)),
                  text, text, st.lists(tag, max_size=2, unique=True).map(tuple), st.integers(1, 28))
checkin = st.builds(lambda note, day: r.CheckIn(date=dt.date(2024, 3, day), mood=5, anxiety=2, note=note,
                                                created=dt.datetime(2024, 3, day, 8, tzinfo=UTC)),
                    text, st.integers(1, 28))
record = st.one_of(entry, checkin)


@st.composite
def query_texts(draw: st.DrawFn) -> str:
    """Words, prefixes, upper case, closed and open phrases, and now and then a filter."""
    parts = []
    for _ in range(draw(st.integers(0, 3))):
        words = draw(st.lists(word, min_size=1, max_size=3))
        cut = draw(st.integers(1, 8))
        words[-1] = words[-1][:cut]
        if draw(st.booleans()):
            words = [w.upper() for w in words]
        shape = draw(st.sampled_from(["words", "closed", "open"]))
        if shape == "words":
            parts.extend(words)
        elif shape == "closed":
            parts.append('"' + " ".join(words) + '"')
        else:  # a phrase still being typed: it must come last
            parts.append('"' + " ".join(words))
            break
    if draw(st.booleans()):
        parts.insert(0, "tag:" + draw(tag))
    if draw(st.booleans()):
        parts.insert(0, f"from:2024-03-{draw(st.integers(1, 28)):02d}")
    return " ".join(parts)


def scan(records: list[r.Record], query: Query) -> list[bytes]:
    """What search means, by a plain scan of each record's folded text: a word matches where a word of
    the text starts with it; a phrase's words follow one another in one field, all but the last whole."""
    def blob(rec: r.Record) -> bytes:
        return b" " + b" \n ".join(fold(t) for t in searchable_text(rec)) + b" "

    patterns = [re.compile(b" " + b" +".join(re.escape(w) for w in term.words) + (b"(?= )" if term.whole_end else b""))
                for term in query.terms]
    found = []
    for rec in records:
        if not all(t in getattr(rec, "tags", ()) for t in query.tags):
            continue
        day = rec.local_date(UTC)
        if (query.date_from and day < query.date_from) or (query.date_to and day > query.date_to):
            continue
        text = blob(rec)
        if all(p.search(text) for p in patterns):
            found.append(rec)
    found.sort(key=sort_key, reverse=True)
    return [rec.id for rec in found]


def hits(index: SearchIndex, query: str) -> list[bytes]:
    return [hit.record.id for hit in index.search(query)]


@settings(max_examples=300, deadline=None)
@given(records=st.lists(record, max_size=8), queries=st.lists(query_texts(), min_size=1, max_size=4))
def test_the_index_finds_what_a_scan_of_the_folded_text_finds(records: list[r.Record], queries: list[str]) -> None:
    index = SearchIndex(records, tz=UTC)
    for query in queries:
        assert hits(index, query) == scan(records, parse_query(query)), query


@settings(max_examples=150, deadline=None)
@given(records=st.lists(record, min_size=1, max_size=6), changes=st.lists(st.tuples(st.integers(0, 5), record),
                                                                           max_size=6),
       removed=st.sets(st.integers(0, 5), max_size=3), query=query_texts())
def test_changed_and_removed_records_are_found_by_their_new_text_only(records: list[r.Record],
                                                                    changes: list[tuple[int, r.Record]],
                                                                    removed: set[int], query: str) -> None:
    index = SearchIndex(records, tz=UTC)
    current = {rec.id: rec for rec in records}
    for at, new in changes:  # a record changed keeps its id; its words before the change are gone
        old = records[at % len(records)]
        changed = dataclasses.replace(new, id=old.id)
        index.put(changed)
        current[old.id] = changed
    for at in removed:
        gone = records[at % len(records)].id
        index.remove(gone)
        current.pop(gone, None)
    assert hits(index, query) == scan(list(current.values()), parse_query(query))
    assert len(index) == len(current)


@settings(max_examples=150, deadline=None)
@given(records=st.lists(record, min_size=1, max_size=8), query=query_texts(), room=st.integers(0, 12))
def test_records_past_a_full_vocabulary_are_still_found(records: list[r.Record], query: str, room: int) -> None:
    # With room for only a few codes, most records keep their folded text: both kinds must agree.
    index = type("Small", (SearchIndex,), {"MAX_CODE": room})(records, tz=UTC)
    assert hits(index, query) == scan(records, parse_query(query))
    for rec in records:
        index.remove(rec.id)
    assert index.search("") == [] and index._folded == 0


def test_a_full_vocabulary_keeps_a_record_as_folded_text() -> None:
    class Tiny(SearchIndex):
        MAX_CODE = 3  # three words fit

    first = r.Entry(body="one two three")
    second = r.Entry(body="one four")
    index = Tiny([first, second])
    assert isinstance(index._docs[first.id].codes, str) and len(index._docs[first.id].codes) == 5  # 3 fields
    assert isinstance(index._docs[second.id].codes, bytes) and index._folded == 1
    assert hits(index, "fo") == [second.id] and hits(index, '"one four"') == [second.id]
    assert hits(index, "one") == sorted([first.id, second.id], key=lambda i: sort_key(index._docs[i].record),
                                        reverse=True)
    index.put(r.Entry(id=second.id, body="two three"))  # now every word has a code
    assert isinstance(index._docs[second.id].codes, str) and index._folded == 0
    assert set(hits(index, '"two three"')) == {first.id, second.id} and hits(index, "four") == []


def test_codes_skip_the_surrogates() -> None:
    index = SearchIndex()
    index._codes.next_code = 0xD7FF
    words = [r.Entry(body=f"w{i}") for i in range(3)]
    index.put_many(words)
    codes = [index._docs[e.id].codes for e in words]
    assert [ord(c[1]) for c in codes] == [0xD7FF, 0xE000, 0xE001]  # field 2 of an entry's 3
    assert [hits(index, f'"w{i}"') for i in range(3)] == [[e.id] for e in words]


def test_a_record_costs_one_character_per_word_not_its_text() -> None:
    body = " ".join(["yesterday", "grandmother", "kitchen", "remembered", "something"] * 40)
    records = [r.Entry(title="Evening pages", body=body, tags=("family",)) for _ in range(50)]
    index = SearchIndex(records)
    folded = sum(len(fold(t)) for rec in records for t in searchable_text(rec))
    held = sum(sys.getsizeof(doc.codes) for doc in index._docs.values())
    assert held * 4 < folded  # 203 one-byte codes (and the str's header) against ~1,900 bytes of text
    assert len(index._codes) == 8  # the distinct words, held once
