"""The compact search index (a vocabulary of folded words, one code per word of a record) finds exactly
what a plain scan of every record's folded text finds, in the same order, through changes, and with a
vocabulary that runs out of codes (docs/PERFORMANCE.md, "Cost against years of use")."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
import threading
import time
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
@given(records=st.lists(record, max_size=8), queries=st.lists(query_texts(), min_size=1, max_size=4),
       first=st.integers(0, 8), more=st.lists(record, max_size=3))
def test_the_index_finds_what_a_scan_of_the_folded_text_finds(records: list[r.Record], queries: list[str],
                                                               first: int, more: list[r.Record]) -> None:
    index = SearchIndex(records, tz=UTC)

    def agree(held: list[r.Record]) -> None:
        for query in queries:
            assert hits(index, query) == scan(held, parse_query(query)), query

    agree(records)  # as built: folded text
    index.compact(first)  # some records as codes, the rest folded text
    agree(records)
    assert index.compact() is False and index.compacted
    assert all(isinstance(doc.text, str) for doc in index._docs.values())
    agree(records)
    index.put_many(more)  # encoded at once, new words and all
    agree(records + more)


@settings(max_examples=150, deadline=None)
@given(records=st.lists(record, min_size=1, max_size=6), changes=st.lists(st.tuples(st.integers(0, 5), record),
                                                                           max_size=6),
       removed=st.sets(st.integers(0, 5), max_size=3), query=query_texts(), compact_at=st.integers(0, 6))
def test_changed_and_removed_records_are_found_by_their_new_text_only(records: list[r.Record],
                                                                    changes: list[tuple[int, r.Record]],
                                                                    removed: set[int], query: str,
                                                                    compact_at: int) -> None:
    index = SearchIndex(records, tz=UTC)
    current = {rec.id: rec for rec in records}
    for step, (at, new) in enumerate(changes):  # a record changed keeps its id; its old words are gone
        if step == compact_at:
            index.compact()
        old = records[at % len(records)]
        changed = dataclasses.replace(new, id=old.id)
        index.put(changed)
        current[old.id] = changed
    for at in removed:
        gone = records[at % len(records)].id
        index.remove(gone)
        current.pop(gone, None)
    assert hits(index, query) == scan(list(current.values()), parse_query(query))
    index.compact()
    assert hits(index, query) == scan(list(current.values()), parse_query(query))
    assert len(index) == len(current)


@settings(max_examples=150, deadline=None)
@given(records=st.lists(record, min_size=1, max_size=8), query=query_texts(), room=st.integers(0, 12))
def test_records_past_a_full_vocabulary_are_still_found(records: list[r.Record], query: str, room: int) -> None:
    # With room for only a few codes, most records stay folded text: both forms must agree.
    index = type("Small", (SearchIndex,), {"MAX_CODE": room})(records, tz=UTC)
    assert index.compact() is False
    assert hits(index, query) == scan(records, parse_query(query))
    index.put_many(records)  # encoded at once, or left as folded text
    assert hits(index, query) == scan(records, parse_query(query))


def test_a_full_vocabulary_keeps_a_record_as_folded_text() -> None:
    class Tiny(SearchIndex):
        MAX_CODE = 3  # three words fit

    first = r.Entry(body="one two three", created=dt.datetime(2024, 3, 1, tzinfo=UTC))
    second = r.Entry(body="one four", created=dt.datetime(2024, 3, 2, tzinfo=UTC))
    index = Tiny([first, second])
    index.compact()
    assert isinstance(index._docs[first.id].text, str) and len(index._docs[first.id].text) == 5  # + 2 field ends
    assert isinstance(index._docs[second.id].text, bytes) and index.compacted
    assert hits(index, "fo") == [second.id] and hits(index, '"one four"') == [second.id]
    assert hits(index, "one") == [second.id, first.id]
    index.put(r.Entry(id=second.id, body="two three", created=second.created))  # now every word has a code
    assert isinstance(index._docs[second.id].text, str)
    assert hits(index, '"two three"') == [second.id, first.id] and hits(index, "four") == []


def test_codes_skip_the_surrogates() -> None:
    index = SearchIndex()
    index.compact()
    index._codes.next_code = 0xD7FF
    words = [r.Entry(body=f"w{i}") for i in range(3)]
    index.put_many(words)
    codes = [index._docs[e.id].text for e in words]
    assert [ord(c[1]) for c in codes] == [0xD7FF, 0xE000, 0xE001]  # the body is an entry's 2nd field of 3
    assert [hits(index, f'"w{i}"') for i in range(3)] == [[e.id] for e in words]


def test_compacting_in_slices_while_another_thread_searches() -> None:
    # Each tenth record brings a new word the queries ask for, so the vocabulary grows under the searches.
    records = [r.Entry(title=f"day {n}", body=f"walked by the river{n % 7} and felt calm{n // 10}",
                       created=dt.datetime(2024, 3, 1, tzinfo=UTC) + dt.timedelta(hours=n)) for n in range(1500)]
    index = SearchIndex(records, tz=UTC)
    queries = ['"walked by"', "river3", "calm120", "calm7", '"felt calm99"', '"the river5 and felt calm14"']
    expected = {q: scan(records, parse_query(q)) for q in queries}
    seen: list[object] = []
    stop = threading.Event()

    def search() -> None:
        try:
            while not stop.is_set():
                seen.extend(hits(index, q) == expected[q] or q for q in queries)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            seen.append(error)

    thread = threading.Thread(target=search)
    thread.start()
    try:
        while index.compact(3):
            time.sleep(0)
    finally:
        stop.set()
        thread.join()
    assert seen and [s for s in seen if s is not True] == []
    assert all(hits(index, q) == expected[q] for q in queries)


def test_a_record_costs_one_character_per_word_not_its_text() -> None:
    body = " ".join(["yesterday", "grandmother", "kitchen", "remembered", "something"] * 40)
    records = [r.Entry(title="Evening pages", body=body, tags=("family",)) for _ in range(50)]
    index = SearchIndex(records)
    folded = sum(sys.getsizeof(doc.text) for doc in index._docs.values())
    index.compact()
    held = sum(sys.getsizeof(doc.text) for doc in index._docs.values())
    assert held * 4 < folded  # 205 one-byte codes (and the str's header) against ~1,900 bytes of text
    assert len(index._sorted) == 8  # the distinct words, held once
