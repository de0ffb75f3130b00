"""In-memory full-text search over decrypted records: query parsing, folding, matching, highlighting."""

from __future__ import annotations

import bisect
import codecs
import datetime as dt
import re
import threading
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass

from integration_journal.core.records import (
    SEARCHABLE_TYPES,
    Record,
    normalise_tag,
)
from integration_journal.errors import UsageError

# How matching works. Every searchable record's text fields are folded (casefolded, accents removed,
# compatibility forms unified, every non-word character turned into a space): b" " + the fields joined by
# b" \n " + b" ". A word of the query matches at a word start exactly when b" " + word occurs in that
# text, which `bytes.__contains__` answers at C speed; phrases add a regex check on the few records
# that contain their first word. Folding is quick, so the index is built in this form.
#
# The compact form (SearchIndex.compact) is what the app keeps for the session: a vocabulary of the
# distinct folded words, each with a one-character code, and per record one str of its words' codes in
# order, fields separated by _FIELD_SEP. A query word stands for the words it starts (a range of the
# sorted vocabulary), so a record matches it when its str contains one of their codes, and a phrase
# when it contains the codes of the phrase's words one after the other: again str.__contains__ or one
# compiled character class. A word costs one character (one byte while the vocabulary has fewer than
# 256 words, two up to 65,536) instead of its folded text and a space: a quarter of the memory or less
# (docs/PERFORMANCE.md, "Cost against years of use"). Encoding costs a dict lookup per word, ~10 times
# the folding, so it is done in slices after the index is built. Should the vocabulary ever run out of
# characters, a record with a new word stays as folded text, which search still reads.
#
# Folding is split so plain ASCII costs next to nothing: str.encode("ascii") hands only the runs of
# non-ASCII characters to an error handler, and one bytes.translate then lowercases ASCII letters and
# blanks ASCII punctuation. Letters of other scripts stay as UTF-8 bytes (>= 0x80), which the table
# leaves alone, so they are word characters too. While an index folds its records, the handler
# remembers folded runs in that index's own cache (found through a context variable): the cache
# holds fragments of journal text, so it must go when the index goes (on lock), never outlive it
# in a module-level cache; so must the vocabulary, which is why it belongs to the index.

_FOLD_ERRORS = "integration_journal.search.fold"

_TABLE = bytes(
    (b + 32 if 65 <= b <= 90 else b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b >= 128)
    else 32
    for b in range(256)
)
# Separates the fields of a record's codes: no word has it as its code, so a phrase (codes one after
# the other) cannot run across fields. _FIELD_END stands for it in folded text while it is encoded.
_FIELD_SEP = "\x00"
_FIELD_END = b"\x00"
# Word codes are characters from 1 up, leaving out the surrogates (kept out of regular expressions).
_SURROGATES = range(0xD800, 0xE000)
_MAX_CODE = 0x10FFFF


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
    """One indexed record. `text` is its folded text (bytes, see _folded_text) until the index compacts
    it, then the codes of its words (str). Its text never changes: compacting or a new version of the
    record puts a new _Doc in the index, so a search that took the old one stays consistent."""

    __slots__ = ("record", "text", "tags", "day")

    def __init__(self, record: Record, text: str | bytes) -> None:
        self.record = record
        self.text = text
        self.tags: tuple[str, ...] = getattr(record, "tags", ())
        self.day: dt.date | None = None  # local date, worked out when a date filter first asks


class _VocabularyFull(Exception):
    pass


class _Codes(dict[bytes, str]):
    """Folded word -> its one-character code; a new word gets the next free code on first lookup."""

    def __init__(self, max_code: int) -> None:
        super().__init__()
        dict.__setitem__(self, _FIELD_END, _FIELD_SEP)  # not a word: never in the sorted vocabulary
        self.next_code = 1  # 0 is _FIELD_SEP
        self.max_code = max_code
        self.new_words: list[bytes] = []

    def __missing__(self, word: bytes) -> str:
        code = self.next_code
        if code in _SURROGATES:
            code = _SURROGATES.stop
        if code > self.max_code:
            raise _VocabularyFull
        self.next_code = code + 1
        self[word] = char = chr(code)
        self.new_words.append(word)
        return char


def searchable_text(record: Record) -> tuple[str, ...]:
    """The free-text fields of a record that search covers (tags as words too)."""
    out: list[str] = []
    for name in record.SEARCH_FIELDS:
        value = getattr(record, name)
        out.append(" ".join(value) if isinstance(value, tuple) else value)
    return tuple(out)


def _folded_text(record: Record) -> bytes:
    """b" " + the folded fields joined by b" \\n " + b" ": every word follows a space, and the newline
    (the only one: folding blanks every other) keeps phrases from running across fields."""
    return b" " + b" \n ".join([fold(text) for text in searchable_text(record)]) + b" "


def sort_key(record: Record) -> tuple[dt.datetime, dt.datetime, bytes]:
    """Newest first means descending by this: when it happened, then when it was written, then id."""
    return (record.moment, record.created, record.id)


def _text_filter(term: Term) -> Callable[[list[_Doc]], list[_Doc]]:
    """The docs, of those held as folded text, that match `term`."""
    needle = b" " + term.words[0]
    if len(term.words) == 1:
        whole = needle + b" " if term.whole_end else needle
        return lambda docs: [d for d in docs if whole in d.text]  # type: ignore[operator]
    search = re.compile(b" " + b" +".join(re.escape(w) for w in term.words)
                        + (b"(?= )" if term.whole_end else b"")).search
    return lambda docs: [d for d in docs if needle in d.text and search(d.text)]  # type: ignore[operator, arg-type]


def _code_filter(how: str | re.Pattern[str] | None) -> Callable[[list[_Doc]], list[_Doc]]:
    """The docs, of those held as codes, that match what SearchIndex._code_test answered."""
    if how is None:
        return lambda docs: []
    if type(how) is str:
        return lambda docs: [d for d in docs if how in d.text]  # type: ignore[operator]
    search = how.search  # type: ignore[union-attr]
    return lambda docs: [d for d in docs if search(d.text)]  # type: ignore[arg-type]


class SearchIndex:
    """The words of every searchable record, kept current by the Journal on each change.

    Records come in as folded text, which is quick to make (the first search of a large journal
    stays fast); `compact()` then re-encodes them as codes, a few hundred at a time, and from the
    first call on, new and changed records are encoded at once. Searching works on either form. One
    thread may search while another changes or compacts the index (a lock guards the vocabulary)."""

    MAX_CODE = _MAX_CODE  # the last code a word may get (lowered by tests of the full vocabulary)

    def __init__(self, records: Iterable[Record] = (), tz: dt.tzinfo | None = None) -> None:
        self._tz = tz
        self._docs: dict[bytes, _Doc] = {}
        self._fold_cache: dict[str, bytes] = {}  # folded non-ASCII runs; see the note at the top
        self._codes = _Codes(self.MAX_CODE)
        self._sorted: list[bytes] = []  # the vocabulary in byte order: a prefix's words are a range
        self._uncompacted: deque[bytes] = deque()  # ids of records put as folded text, in order
        self._compacting = False
        self._lock = threading.Lock()
        self.put_many(records)

    def __len__(self) -> int:
        return len(self._docs)

    @property
    def compacted(self) -> bool:
        """True once every record is held as codes (or, past a full vocabulary, cannot be)."""
        return self._compacting and not self._uncompacted

    def put(self, record: Record) -> None:
        """Index a new or changed record (other kinds are ignored)."""
        self.put_many((record,))

    def put_many(self, records: Iterable[Record]) -> None:
        self.put_pairs((record, record) for record in records)

    def put_pairs(self, pairs: Iterable[tuple[Record, Record]]) -> None:
        """Index (record, whole): hits give `record`, the text comes from `whole` (the same record with
        every field; a journal that holds records light keeps only the index's form of the rest)."""
        token = _RUN_CACHE.set(self._fold_cache)
        try:
            with self._lock:
                docs = self._docs
                for record, whole in pairs:
                    if not isinstance(record, SEARCHABLE_TYPES):
                        docs.pop(record.id, None)
                        continue
                    text: str | bytes = _folded_text(whole)
                    if self._compacting:
                        text = self._encode(text)
                    else:
                        self._uncompacted.append(record.id)
                    docs[record.id] = _Doc(record, text)
                self._sort_new_words()
        finally:
            _RUN_CACHE.reset(token)

    def remove(self, record_id: bytes) -> None:
        with self._lock:
            self._docs.pop(record_id, None)

    def compact(self, limit: int | None = None) -> bool:
        """Re-encode up to `limit` (default all) records held as folded text as the codes of their
        words; True while more remain."""
        with self._lock:
            self._compacting = True
            pending, docs = self._uncompacted, self._docs
            done = 0
            while pending and (limit is None or done < limit):
                doc = docs.get(pending.popleft())
                if doc is not None and type(doc.text) is bytes:
                    docs[doc.record.id] = compact = _Doc(doc.record, self._encode(doc.text))
                    compact.day = doc.day
                    done += 1
            self._sort_new_words()
            return bool(pending)

    def _encode(self, text: bytes) -> str | bytes:
        """Folded text as codes; the folded text itself if the vocabulary is full."""
        try:
            return "".join(map(self._codes.__getitem__, text.replace(b"\n", _FIELD_END).split()))
        except _VocabularyFull:
            return text

    def _sort_new_words(self) -> None:
        new = self._codes.new_words
        if new:
            self._sorted.extend(new)  # a sorted run and a short tail: sort() merges them in linear time
            self._sorted.sort()
            new.clear()

    def _prefix_codes(self, prefix: bytes) -> str:
        """The codes of every word that starts with `prefix`."""
        words = self._sorted
        # Folded text is UTF-8, which never has the byte 0xff: every word starting with the prefix sorts
        # before prefix + b"\xff", and every word from there on does not start with it.
        low = bisect.bisect_left(words, prefix)
        high = bisect.bisect_left(words, prefix + b"\xff", low)
        codes = self._codes
        return "".join([codes[word] for word in words[low:high]])

    def _code_test(self, term: Term) -> tuple[int, str | re.Pattern[str] | None]:
        """How a term is tested against a record's codes, cheapest first: (0, None) no record's codes
        can match (a word the vocabulary lacks), (1, needle) the codes must contain that str, (2,
        pattern) the pattern must occur in them (a prefix that starts several words)."""
        codes = self._codes
        head = []
        for word in term.words[:-1]:  # every word but the last is a whole word
            code = codes.get(word)
            if code is None:
                return 0, None
            head.append(code)
        last = term.words[-1]
        ends = codes.get(last, "") if term.whole_end else self._prefix_codes(last)
        if not ends:
            return 0, None
        if len(ends) == 1:
            return 1, "".join(head) + ends
        return 2, re.compile(re.escape("".join(head)) + "[" + "".join(re.escape(c) for c in ends) + "]")

    def search(self, query: str | Query) -> list[SearchHit]:
        """Records matching every condition of `query`, newest first."""
        parsed = parse_query(query) if isinstance(query, str) else query
        with self._lock:  # the docs and the vocabulary as they are now: later changes make new _Docs
            docs: list[_Doc] = list(self._docs.values())
            tests = sorted(((*self._code_test(term), term) for term in parsed.terms), key=lambda t: t[0])
        for tag in parsed.tags:
            docs = [d for d in docs if tag in d.tags]
        if parsed.date_from or parsed.date_to:
            low = parsed.date_from or dt.date.min
            high = parsed.date_to or dt.date.max
            docs = [d for d in docs if low <= self._day(d) <= high]
        coded = [d for d in docs if type(d.text) is str]
        folded = [d for d in docs if type(d.text) is not str] if len(coded) < len(docs) else []
        for _cost, how, term in tests:
            coded = _code_filter(how)(coded) if coded else coded
            folded = _text_filter(term)(folded) if folded else folded
        docs = coded + folded
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
