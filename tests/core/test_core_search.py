"""Search semantics: AND, phrases, tags, dates, accents, word-start prefixes, bad queries."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.search import SearchIndex, fold, highlight_spans, parse_query
from integration_journal.core.store import MemoryStore
from integration_journal.errors import UsageError
from tests.helpers.records import minute_clock

UTC = dt.timezone.utc


def at(day: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(2024, 3, day, hour, tzinfo=UTC)


@pytest.fixture
def journal() -> Journal:
    return Journal.open(MemoryStore(), minute_clock(), tz=UTC)


def add(journal: Journal, record: r.Record) -> r.Record:
    return journal.add(record, keep_timestamps=True)


def found(journal: Journal, query: str) -> list[bytes]:
    return [hit.record.id for hit in journal.search(query)]


def entry(journal: Journal, title: str = "", body: str = "", day: int = 1, **more: object) -> bytes:
    return add(journal, r.Entry(title=title, body=body, created=at(day), **more)).id  # type: ignore[arg-type]


def test_words_are_anded_and_results_are_newest_first(journal: Journal) -> None:
    a = entry(journal, "River walk", "The water was calm.", day=1)
    b = entry(journal, "Walk", "Calm morning by the river.", day=3)
    c = entry(journal, "Kitchen", "Calm, warm memories.", day=2)
    assert found(journal, "calm") == [b, c, a]
    assert found(journal, "river calm") == [b, a]
    assert found(journal, "river calm kitchen") == []
    assert found(journal, "RIVER") == [b, a]


def test_words_match_at_word_starts_only(journal: Journal) -> None:
    e = entry(journal, body="Meditation helped; self-compassion too (mostly).")
    assert found(journal, "medit") == [e]
    assert found(journal, "meditation") == [e]
    assert found(journal, "compass") == [e]  # hyphen separates words
    assert found(journal, "mostly") == [e]  # punctuation around a word does not matter
    assert found(journal, "tat") == []
    assert found(journal, "itation") == []
    assert found(journal, "meditations") == []


def test_accents_and_case_are_ignored_both_ways(journal: Journal) -> None:
    nfc = entry(journal, body="Un café à Zürich", day=1)
    nfd = entry(journal, body=unicodedata.normalize("NFD", "Le CAFÉ naïf"), day=2)
    plain = entry(journal, body="cafe latte", day=3)
    assert found(journal, "cafe") == [plain, nfd, nfc]
    assert found(journal, "Café") == [plain, nfd, nfc]
    assert found(journal, "zurich") == [nfc]
    assert found(journal, "ZÜR") == [nfc]
    assert found(journal, "naif") == [nfd]
    strasse = entry(journal, body="Die Straße", day=4)
    assert found(journal, "strasse") == [strasse]


def test_typographic_apostrophes_and_dashes_separate_words(journal: Journal) -> None:
    e = entry(journal, body="I don’t know—maybe tomorrow")
    assert found(journal, "don't") == [e]
    assert found(journal, "don’t") == [e]
    assert found(journal, "maybe") == [e]


def test_other_scripts_are_searchable(journal: Journal) -> None:
    e = entry(journal, body="Сегодня было спокойно. Ελπίδα")
    assert found(journal, "спок") == [e]
    assert found(journal, "СЕГОДНЯ") == [e]
    assert found(journal, "ελπιδα") == [e]


def test_phrases(journal: Journal) -> None:
    a = entry(journal, body="A deep breath, then quiet.", day=1)
    b = entry(journal, body="Breath deep in the quiet.", day=2)
    c = entry(journal, body="A deep breathing exercise.", day=3)
    assert found(journal, '"deep breath"') == [a]  # closed quote: whole words, in order
    assert found(journal, '"deep breath') == [c, a]  # still typing: last word is a prefix
    assert found(journal, "deep breath") == [c, b, a]
    assert found(journal, '“deep breath”') == [a]  # typographic quotes work too
    assert found(journal, '"breath then"') == [a]  # punctuation between words is ignored
    assert found(journal, '"quiet a"') == []


def test_phrases_do_not_run_across_fields(journal: Journal) -> None:
    entry(journal, title="Morning light", body="Walking slowly")
    assert found(journal, '"light walking"') == []


def test_tags(journal: Journal) -> None:
    a = entry(journal, body="notes", tags=["Self Care", "sleep"], day=1)
    b = entry(journal, body="notes", tags=["sleep"], day=2)
    add(journal, r.Reframe(old_thought="sleep", new_perspective="notes", created=at(3)))
    assert found(journal, "tag:sleep") == [b, a]
    assert found(journal, "tag:self-care") == [a]
    assert found(journal, 'tag:"Self Care"') == [a]
    assert found(journal, "tag:SLEEP tag:self-care notes") == [a]
    assert found(journal, "tag:slee") == []  # tags match whole
    assert found(journal, "care") == [a]  # tag words are searchable text too


def test_date_filters_are_inclusive_local_days() -> None:
    tz = dt.timezone(dt.timedelta(hours=-5))
    journal = Journal.open(MemoryStore(), minute_clock(), tz=tz)
    early = add(journal, r.Entry(body="x", created=at(2, 3))).id  # 1 March 22:00 local
    mid = add(journal, r.Entry(body="x", created=at(2, 12))).id
    late = add(journal, r.Entry(body="x", created=at(4, 4))).id  # 3 March 23:00 local
    assert found(journal, "x from:2024-03-02") == [late, mid]
    assert found(journal, "x to:2024-03-01") == [early]
    assert found(journal, "from:2024-03-02 to:2024-03-02") == [mid]
    assert found(journal, "from:2024-03-01 to:2024-03-03") == [late, mid, early]


def test_searches_every_text_kind_and_only_text_fields(journal: Journal) -> None:
    reframe = add(journal, r.Reframe(old_thought="I am a burden", new_perspective="People choose me",
                                     created=at(1))).id
    commitment = add(journal, r.Commitment(text="Morning stretches", domain="body", created=at(2))).id
    session = add(journal, r.TreatmentSession(when=at(3), route="iv", setting="clinic", clinic="Harbour",
                                              intention="curiosity", notes="felt spacious",
                                              experience_text="glowing", created=at(3))).id
    check = add(journal, r.CheckIn(date=dt.date(2024, 3, 4), mood=5, anxiety=2, note="tired but hopeful",
                                   created=at(4))).id
    add(journal, r.Contact(name="Hopeful Harbour Clinic", role="therapist", created=at(5)))
    add(journal, r.Annotation(target_id=reframe, text="burden glowing", created=at(5)))
    assert found(journal, "burden") == [reframe]
    assert found(journal, "choose") == [reframe]
    assert found(journal, "stretch") == [commitment]
    assert found(journal, "curio") == [session]
    assert found(journal, "spacious") == [session]
    assert found(journal, "glowing") == [session]
    assert found(journal, "harbour") == []  # clinic names and contacts are not journal text
    assert found(journal, "hopeful") == [check]


def test_hits_carry_terms_for_highlighting(journal: Journal) -> None:
    e = entry(journal, body="Café meditation and a deep breath")
    [hit] = journal.search('medit "deep breath"')
    assert hit.record.id == e and hit.terms == ("medit", "deep breath")
    text = hit.record.body
    spans = highlight_spans(text, hit.terms + ("cafe",))
    assert [text[a:b] for a, b in spans] == ["Café", "medit", "deep breath"]


def test_highlight_keeps_combining_marks_with_their_letter() -> None:
    text = unicodedata.normalize("NFD", "Zoë and zoe")
    spans = highlight_spans(text, ["zoe"])
    assert [text[a:b] for a, b in spans] == ["Zoe\u0308", "zoe"]
    assert highlight_spans("abc", []) == [] and highlight_spans("", ["a"]) == []


def test_empty_query_and_punctuation_only_query_match_everything(journal: Journal) -> None:
    a = entry(journal, "a", day=1)
    b = entry(journal, "b", day=2)
    assert found(journal, "") == [b, a]
    assert found(journal, " — ") == [b, a]


@pytest.mark.parametrize(("query", "problem"), [
    ("from:2024-13-01", "from: is not a real calendar date"),
    ("to:2024-02-30", "to: is not a real calendar date"),
    ("from:yesterday", "from: needs a date written as YYYY-MM-DD"),
    ("from:24-1-1", "from: needs a date"),
    ("from:", "from: needs a date"),
    ("tag:", "tag: needs a tag name"),
    ('tag:""', "tag: needs a tag name"),
    ("from:2024-03-02 to:2024-03-01", "from: is later than to:"),
    ("from:2024-03-02 from:2024-03-03", "from: appears more than once"),
])
def test_malformed_queries_raise_usage_error_naming_the_problem(journal: Journal, query: str,
                                                                 problem: str) -> None:
    with pytest.raises(UsageError, match=re.escape(problem)):
        journal.search(query)


def test_filter_names_are_case_insensitive_and_unknown_prefixes_are_words(journal: Journal) -> None:
    e = entry(journal, body="note: see https://example.org", tags=["x"])
    assert found(journal, "TAG:x") == [e]
    assert found(journal, "note:see") == [e]
    assert found(journal, "https://example") == [e]


def test_parse_query_structure() -> None:
    query = parse_query('walk "deep breath" tag:Sleep from:2024-01-01 to:2024-01-31 "open')
    assert [t.text for t in query.terms] == ["walk", "deep breath", "open"]
    assert [t.whole_end for t in query.terms] == [False, True, False]
    assert query.tags == ("sleep",)
    assert (query.date_from, query.date_to) == (dt.date(2024, 1, 1), dt.date(2024, 1, 31))


def test_index_can_be_used_on_its_own() -> None:
    e = r.Entry(body="lighthouse")
    index = SearchIndex([e, r.Contact(name="lighthouse", role="patient")])
    assert len(index) == 1
    assert [h.record for h in index.search("light")] == [e]
    index.remove(e.id)
    assert index.search("light") == []


# --- properties ---------------------------------------------------------------------------------------

# Not the dotless ı: its uppercase I folds to i, so "word.upper() finds it" would not hold.
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâäôöûüçñøåÉÀÖÜßñ"
WORD = st.text(alphabet=LETTERS + "0123456789", min_size=1, max_size=12)
FILLER = st.text(alphabet=LETTERS + " .,;:!?'’\"-—()\n*#_", max_size=200)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(word=WORD, before=FILLER, after=FILLER, cut=st.integers(1, 12))
def test_an_added_entry_is_found_by_any_word_in_it_and_by_its_prefixes(word: str, before: str, after: str,
                                                                        cut: int) -> None:
    journal = Journal.open(MemoryStore(), minute_clock(), tz=UTC)
    noise = journal.add(r.Entry(body=before + after))
    target = journal.add(r.Entry(body=f"{before} {word} {after}"))
    hits = found(journal, word)
    assert target.id in hits
    assert target.id in found(journal, word[:cut])
    assert target.id in found(journal, word.upper())
    assert target.id in found(journal, f'"{word}"')
    if noise.id in hits:  # only if the word (as a word start) is in the noise as well
        assert fold(word).strip() and (b" " + fold(word).split()[0]) in b" " + fold(before + after)


def reference_match(text: str, query_word: str) -> bool:
    """A slow, obviously-correct model: fold character by character, split on non-alphanumerics."""
    def fold_slow(s: str) -> str:
        s = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", s).casefold())
        return "".join(c for c in s if not unicodedata.combining(c))
    words = re.findall(r"[^\W_]+", fold_slow(text))
    wanted = re.findall(r"[^\W_]+", fold_slow(query_word))
    assume(len(wanted) == 1)
    return any(w.startswith(wanted[0]) for w in words)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(FILLER, min_size=1, max_size=6), query=WORD)
def test_single_word_search_agrees_with_a_reference_model(texts: list[str], query: str) -> None:
    records = [r.Entry(body=t) for t in texts]
    index = SearchIndex(records)
    expected = {rec.id for rec in records if reference_match(rec.body, query)}
    assert {h.record.id for h in index.search(query)} == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_query_text_parses_or_raises_usage_error(query: str) -> None:
    index = SearchIndex([r.Entry(body="something to look at")])
    try:
        index.search(query)
    except UsageError:
        pass


def test_control_characters_in_text_do_not_hide_words(journal: Journal) -> None:
    e = entry(journal, body="alpha\x1fbeta\x00gamma")
    assert found(journal, "beta") == [e] and found(journal, "gamma") == [e]
    assert found(journal, "beta\x1fgamma") == [e]


def test_folded_text_is_cached_per_index_only() -> None:
    from integration_journal.core import search

    index = SearchIndex([r.Entry(body="Привет, café")])
    assert index._fold_cache  # the index keeps its own cache of folded fragments...
    assert search._RUN_CACHE.get() is None  # ...and nothing outlives it at module level
    module_dicts = [v for k, v in vars(search).items() if isinstance(v, dict) and k != "__builtins__"]
    assert not any("Привет" in d or ", " in d for d in module_dicts)
