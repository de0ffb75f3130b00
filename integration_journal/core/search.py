"""In-memory full-text search over decrypted records: query parsing, folding, matching, highlighting."""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass

from integration_journal.core.records import (
    SEARCHABLE_TYPES,
    Record,
    normalise_tag,
)
from integration_journal.errors import UsageError

# How matching works. Every searchable record becomes one bytes "blob": its text fields folded
# (casefolded, accents removed, compatibility forms unified) with every non-word character turned
# into a space, each field wrapped in spaces and the fields separated by b" \n ". A word then matches
# at a word start exactly when b" " + word occurs in the blob, which `bytes.__contains__` answers at
# C speed; no per-token Python objects are built, which is what keeps the first search (including
# building the index over ~20 MB of text) inside its budget. Phrases add a regex check on the few
# records that contain all their words.
#
# Folding is split so plain ASCII costs next to nothing: str.encode("ascii") hands only the runs of
# non-ASCII characters to an error handler, and one bytes.translate then lowercases ASCII letters and
# blanks ASCII punctuation. Letters of other scripts stay as UTF-8 bytes (>= 0x80), which the table
# leaves alone, so they are word characters too. While an index folds its records, the handler
# remembers folded runs in that index's own cache (found through a context variable): the cache
# holds fragments of journal text, so it must go when the index goes (on lock), never outlive it
# in a module-level cache.

_FOLD_ERRORS = "integration_journal.search.fold"

_TABLE = bytes(
    (b + 32 if 65 <= b <= 90 else b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b >= 128)
    else 32
    for b in range(256)
)
# Joins the folded fields of a record. Folding turns every newline of the text into a space, so this
# newline is the only one in a blob, and phrases (words joined by spaces) cannot run across fields.
_FIELD_SEP = b" \n "


def _fold_run(run: str) -> bytes:
    """Fold a run of non-ASCII characters: é -> e, ß -> ss, ﬁ -> fi, ’ and — -> space."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", run).casefold())
    out = []
    for char in decomposed:
        if unicodedata.combining(char):
            continue
        out.append(char if char.isascii() or char.isalnum() else " ")
    return "".join(out).encode("utf-8", "surrogatepass")


_RUN_CACHE: ContextVar[dict[str, bytes] | None] = ContextVar("integration_journal_fold_cache",
                                                              default=None)
_RUN_CACHE_MAX = 1 << 16


def _fold_error(error: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    run = error.object[error.start:error.end]
    cache = _RUN_CACHE.get()
    if cache is None:
        return _fold_run(run), error.end
    folded = cache.get(run)
    if folded is None:
        if len(cache) >= _RUN_CACHE_MAX:
            cache.clear()
        folded = cache[run] = _fold_run(run)
    return folded, error.end


codecs.register_error(_FOLD_ERRORS, _fold_error)


def fold(text: str) -> bytes:
    """Text in search form: lowercase, no accents, words separated by (possibly several) spaces."""
    return text.encode("ascii", _FOLD_ERRORS).translate(_TABLE)


def fold_words(text: str) -> tuple[bytes, ...]:
    return tuple(fold(text).split())


# --- queries ----------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Term:
    """One AND-ed condition: a word or a phrase. The last word is a prefix unless `whole_end`."""

    text: str  # as the person typed it (without quotes); for highlighting
    words: tuple[bytes, ...]  # folded
    whole_end: bool = False  # a closed "quoted phrase" ends at a word end

    def matcher(self) -> _Matcher:
        needle = b" " + self.words[0]
        if len(self.words) == 1:
            return _Matcher(needle + b" " if self.whole_end else needle, None)
        pattern = b" " + b" +".join(re.escape(w) for w in self.words) + (b"(?= )" if self.whole_end else b"")
        return _Matcher(needle, re.compile(pattern))


@dataclass(frozen=True, slots=True)
class _Matcher:
    needle: bytes  # must occur in the blob (the whole test for single words)
    pattern: re.Pattern[bytes] | None  # then this must match too (phrases)


@dataclass(frozen=True, slots=True)
class Query:
    terms: tuple[Term, ...] = ()
    tags: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.terms or self.tags or self.date_from or self.date_to)


# Opening quote -> its closing quote; typographic pairs too, since some keyboards insert them.
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb"}
_DATE_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def _tokens(text: str) -> Iterable[tuple[str, bool, bool]]:
    """Split a query into (token, quoted, closed); a filter's value may be quoted: tag:"self care"."""
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] not in _QUOTES:
            i += 1
        prefix = text[start:i]
        if i < n and text[i] in _QUOTES and (not prefix or prefix.endswith(":")):
            close = _QUOTES[text[i]]
            end = text.find(close, i + 1)
            if end == -1:
                end = text.find('"', i + 1)
            if end == -1:  # still being typed: the rest is the phrase, and its last word a prefix
                yield prefix + text[i + 1:], True, False
                return
            yield prefix + text[i + 1:end], True, True
            i = end + 1
            continue
        # A quote inside a word (it"s) is punctuation like any other.
        while i < n and not text[i].isspace():
            i += 1
        yield text[start:i], False, False


def _parse_date(key: str, value: str) -> dt.date:
    if not _DATE_SHAPE.match(value):
        raise UsageError(f"{key}: needs a date written as YYYY-MM-DD, for example {key}:2024-03-01.")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{key}: is not a real calendar date; use YYYY-MM-DD.") from None


def parse_query(text: str) -> Query:
    """Parse the search syntax: words AND-ed, "quoted phrases", tag:x, from:/to:YYYY-MM-DD (inclusive)."""
    if not isinstance(text, str):
        raise UsageError("The search query must be text.")
    terms: list[Term] = []
    tags: list[str] = []
    dates: dict[str, dt.date] = {}
    for token, quoted, closed in _tokens(text):
        key, sep, value = token.partition(":")
        key = key.lower()
        if sep and key == "tag":
            tag = normalise_tag(value)
            if not tag:
                raise UsageError("tag: needs a tag name, for example tag:sleep.")
            tags.append(tag)
            continue
        if sep and key in ("from", "to"):
            if key in dates:
                raise UsageError(f"{key}: appears more than once in the search.")
            dates[key] = _parse_date(key, value.strip())
            continue
        words = fold_words(token)
        if words:  # punctuation or an emoji alone asks for nothing
            terms.append(Term(token.strip() if quoted else token, words, whole_end=quoted and closed))
    date_from, date_to = dates.get("from"), dates.get("to")
    if date_from and date_to and date_from > date_to:
        raise UsageError("from: is later than to:, so nothing could match.")
    return Query(tuple(terms), tuple(dict.fromkeys(tags)), date_from, date_to)


# --- the index ----------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result; `terms` are the query's words and phrases, for highlighting (see highlight_spans)."""

    record: Record
    terms: tuple[str, ...]


class _Doc:
    __slots__ = ("record", "blob", "tags", "day")

    def __init__(self, record: Record, blob: bytes) -> None:
        self.record = record
        self.blob = blob
        self.tags: tuple[str, ...] = getattr(record, "tags", ())
        self.day: dt.date | None = None  # local date, worked out when a date filter first asks


def searchable_text(record: Record) -> tuple[str, ...]:
    """The free-text fields of a record that search covers (tags as words too)."""
    out: list[str] = []
    for name in record.SEARCH_FIELDS:
        value = getattr(record, name)
        out.append(" ".join(value) if isinstance(value, tuple) else value)
    return tuple(out)


def _blob(record: Record) -> bytes:
    return b" " + _FIELD_SEP.join([fold(text) for text in searchable_text(record)]) + b" "


def sort_key(record: Record) -> tuple[dt.datetime, dt.datetime, bytes]:
    """Newest first means descending by this: when it happened, then when it was written, then id."""
    return (record.moment, record.created, record.id)


class SearchIndex:
    """Folded text of every searchable record, kept current by the Journal on each change."""

    def __init__(self, records: Iterable[Record] = (), tz: dt.tzinfo | None = None) -> None:
        self._tz = tz
        self._docs: dict[bytes, _Doc] = {}
        self._fold_cache: dict[str, bytes] = {}  # folded non-ASCII runs; see the note at the top
        self.put_many(records)

    def __len__(self) -> int:
        return len(self._docs)

    def put(self, record: Record) -> None:
        """Index a new or changed record (other kinds are ignored)."""
        self.put_many((record,))

    def put_many(self, records: Iterable[Record]) -> None:
        token = _RUN_CACHE.set(self._fold_cache)
        try:
            docs = self._docs
            for record in records:
                if isinstance(record, SEARCHABLE_TYPES):
                    docs[record.id] = _Doc(record, _blob(record))
                else:
                    docs.pop(record.id, None)
        finally:
            _RUN_CACHE.reset(token)

    def put_pairs(self, pairs: Iterable[tuple[Record, Record]]) -> None:
        """Index (record, whole): hits give `record`, the text comes from `whole` (the same record with
        every field; a journal that holds records light keeps only the folded text of the rest)."""
        token = _RUN_CACHE.set(self._fold_cache)
        try:
            docs = self._docs
            for record, whole in pairs:
                if isinstance(record, SEARCHABLE_TYPES):
                    docs[record.id] = _Doc(record, _blob(whole))
                else:
                    docs.pop(record.id, None)
        finally:
            _RUN_CACHE.reset(token)

    def remove(self, record_id: bytes) -> None:
        self._docs.pop(record_id, None)

    def search(self, query: str | Query) -> list[SearchHit]:
        """Records matching every condition of `query`, newest first."""
        parsed = parse_query(query) if isinstance(query, str) else query
        docs: list[_Doc] = list(self._docs.values())
        for tag in parsed.tags:
            docs = [d for d in docs if tag in d.tags]
        if parsed.date_from or parsed.date_to:
            low = parsed.date_from or dt.date.min
            high = parsed.date_to or dt.date.max
            docs = [d for d in docs if low <= self._day(d) <= high]
        matchers = [t.matcher() for t in parsed.terms]
        # Longer needles first: they tend to be rarer, so later passes look at fewer records.
        matchers.sort(key=lambda m: len(m.needle), reverse=True)
        for matcher in matchers:
            needle = matcher.needle
            docs = [d for d in docs if needle in d.blob]
            if matcher.pattern is not None:
                search = matcher.pattern.search
                docs = [d for d in docs if search(d.blob)]
        docs.sort(key=lambda d: sort_key(d.record), reverse=True)
        terms = tuple(t.text for t in parsed.terms)
        return [SearchHit(d.record, terms) for d in docs]

    def _day(self, doc: _Doc) -> dt.date:
        if doc.day is None:
            doc.day = doc.record.local_date(self._tz)
        return doc.day


# --- highlighting -----------------------------------------------------------------------------------------

def highlight_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) character ranges in `text` where the search terms match, sorted, non-overlapping.

    Uses the same folding as the search, so "cafe" highlights "Café" and "medit" highlights the start
    of "Meditation". Meant for displayed text: it works character by character.
    """
    patterns = []
    for term in terms:
        words = fold_words(term)
        if words:
            patterns.append(b"(?<= )" + b" +".join(re.escape(w) for w in words))
    if not patterns or not text:
        return []
    # Fold character by character, remembering which character each folded byte came from.
    pieces: list[bytes] = [b" "]
    owner: list[int] = [-1]
    for index, char in enumerate(text):
        piece = fold(char)
        pieces.append(piece)
        owner.extend([index] * len(piece))
    blob = b"".join(pieces) + b" "
    spans: list[tuple[int, int]] = []
    for match in re.compile(b"|".join(patterns)).finditer(blob):
        first = owner[match.start()]
        last = owner[match.end() - 1] + 1
        # Carry trailing combining marks (folded to nothing) along with their letter.
        while last < len(text) and not pieces[last + 1]:
            last += 1
        if spans and first <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(last, spans[-1][1]))
        else:
            spans.append((first, last))
    return spans
