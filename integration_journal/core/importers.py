"""Imports from the app's own JSON, jrnl's JSON export and Day One's JSON export: check all, then add all.

Reading never writes: `plan_import` checks a whole file and returns an ImportPlan (what would be added,
counts, the first titles, every problem by position). `apply_import` adds a plan's records and the
security-log line in one transaction, and refuses a plan that has any problem. The field mapping is
documented in docs/export-format.md ("Importing from other journals").
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import stat
import unicodedata
import zipfile
import zoneinfo
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from integration_journal.core import export_json, json_limits
from integration_journal.core.journal import Journal
from integration_journal.core.records import (
    LINE_MAX,
    TAG_MAX,
    TAGS_MAX,
    TEXT_MAX,
    AuditEvent,
    Entry,
    Record,
    normalise_tag,
)
from integration_journal.errors import ImportRejected, ImportTooLarge, JournalError, ValidationError

FORMATS = ("json", "jrnl", "dayone")
FORMAT_NAMES = {"json": "Integration Journal export", "jrnl": "jrnl JSON export", "dayone": "Day One JSON export"}

# Far above any real journal (10,000 entries of 2 KB is 20 MB of JSON), low enough that reading one
# cannot exhaust memory. A Day One zip may be larger (photos); only its JSON is read, under the same cap.
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_ZIP_MEMBERS = 200_000
MAX_COMPRESSION_RATIO = 200  # JSON compresses 5-20x; hundreds of times more is a decompression bomb
RATIO_CHECK_FROM = 1024 * 1024  # tiny members may compress oddly well without harm
PREVIEW_TITLES = 5
STARRED_TAG = "starred"
PINNED_TAG = "pinned"
DERIVED_TITLE_MAX = 80
PROGRESS_EVERY = 250

Progress = Callable[[int, int], None]  # (done, total); called from the thread doing the work


@dataclass(frozen=True, slots=True)
class Problem:
    """Why one entry (position: 0-based in its list) or the whole file (position None) cannot be used."""

    position: int | None
    reason: str
    source: str = ""  # the journal file inside a Day One zip, when it holds several

    def __str__(self) -> str:
        if self.position is None:
            return self.reason
        where = f" of {self.source}" if self.source else ""
        return f"Entry {self.position + 1}{where}: {self.reason}"


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do. Titles are content: show them to the person, never log them."""

    format: str
    records: tuple[Record, ...] = ()
    problems: tuple[Problem, ...] = ()
    duplicates: int = 0  # entries equal to one already in the journal (same time, title, text): skipped
    notes: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)
    titles: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> dict[str, Any]:
        """The dry-run report as plain JSON-able data (counts, titles, problems, notes)."""
        return {"format": self.format, "counts": dict(self.counts), "total": len(self.records),
                "duplicates_skipped": self.duplicates, "first_titles": list(self.titles),
                "problems": [{"position": None if p.position is None else p.position + 1, "source": p.source,
                              "reason": p.reason} for p in self.problems],
                "notes": list(self.notes)}


def _plan(fmt: str, records: list[Record], problems: list[Problem], *, duplicates: int = 0,
          notes: Iterable[str] = ()) -> ImportPlan:
    counts = Counter(r.KIND for r in records)
    titles = tuple(r.title or "(untitled)" for r in records if isinstance(r, Entry))[:PREVIEW_TITLES]
    return ImportPlan(format=fmt, records=tuple(records), problems=tuple(problems), duplicates=duplicates,
                      notes=tuple(notes), counts=dict(sorted(counts.items())), titles=titles)


# --- reading files safely ---------------------------------------------------------------------------------

def read_source(path: Path) -> bytes | zipfile.ZipFile:
    """The file's bytes, or an open ZipFile for a zip archive (only its JSON members are read later)."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ImportRejected("That is a folder; choose the exported file.")
        with path.open("rb") as fh:
            head = fh.read(4)
            if head == b"PK\x03\x04":
                try:
                    return zipfile.ZipFile(path)
                except (zipfile.BadZipFile, ValueError):
                    raise ImportRejected("The file looks like a zip archive but cannot be read as one.") from None
            if info.st_size > MAX_FILE_BYTES:
                raise ImportRejected(_too_large())
            data = head + fh.read(MAX_FILE_BYTES + 1 - len(head))
    except OSError as exc:
        raise ImportRejected(f"The file could not be read ({exc.strerror or type(exc).__name__}).") from None
    if len(data) > MAX_FILE_BYTES:
        raise ImportRejected(_too_large())
    return data


def _too_large() -> str:
    return f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, more than any journal export this app reads."


def _unsafe_member(name: str) -> bool:
    if not name or "\x00" in name or "\\" in name or name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return True
    return any(part == ".." for part in PurePosixPath(name).parts)


def zip_journals(archive: zipfile.ZipFile) -> list[tuple[str, bytes]]:
    """The Day One journal files (*.json at the top level) of a zip, each checked against the caps.

    Nothing is extracted to disk; an archive with a member name that points outside it, an encrypted
    member, or a member that inflates far beyond its compressed size is refused as a whole.
    """
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise ImportRejected(f"The archive holds more than {MAX_ZIP_MEMBERS} files; it is not a Day One export.")
    for info in members:
        if _unsafe_member(info.filename):
            raise ImportRejected("The archive contains a file whose name points outside the archive. It was "
                                 "not read; a Day One export never contains such names.")
    wanted = [info for info in members if not info.is_dir() and "/" not in info.filename
              and info.filename.lower().endswith(".json") and not info.filename.startswith(".")]
    if not wanted:
        raise ImportRejected("The archive holds no Day One journal (a .json file at its top level).")
    total = 0
    found: list[tuple[str, bytes]] = []
    for info in sorted(wanted, key=lambda i: i.filename):
        if info.flag_bits & 0x1:
            raise ImportRejected("The archive is password-protected; export it again without a password.")
        total += info.file_size
        if info.file_size > MAX_FILE_BYTES or total > MAX_FILE_BYTES:
            raise ImportRejected(_too_large())
        if info.file_size > RATIO_CHECK_FROM and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise ImportRejected("The archive unpacks to far more data than it holds (a \"zip bomb\"); it was "
                                 "not read.")
        try:
            with archive.open(info) as fh:
                data = fh.read(info.file_size + 1)  # never more than declared, whatever the stream says
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError):
            raise ImportRejected("A journal file inside the archive is damaged.") from None
        if len(data) != info.file_size:
            raise ImportRejected("A journal file inside the archive is not the size the archive states.")
        found.append((info.filename, data))
    return found


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ImportRejected("The file has an object with a repeated key; it has been edited or damaged.")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ImportRejected("The file contains NaN or Infinity, which are not valid JSON numbers.")


def load_json(data: bytes, what: str) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected("The file is not UTF-8 text.") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)
    except ValueError:
        raise ImportRejected(f"The file is not valid JSON, so it cannot be a {what}.") from None
    except RecursionError:
        raise ImportRejected("The file is nested too deeply to be a journal export.") from None


# --- shared entry building --------------------------------------------------------------------------------

class _Bad(Exception):
    """One entry cannot be read; the reason names the field, never its content."""


def _text(item: dict[str, Any], key: str, *, required: bool = True) -> str:
    if key not in item:
        if required:
            raise _Bad(f"it has no {key}.")
        return ""
    value = item[key]
    if not isinstance(value, str):
        raise _Bad(f"its {key} is not text.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _Bad(f"its {key} contains characters that are not valid Unicode.") from None
    return unicodedata.normalize("NFC", value)


def _flag(item: dict[str, Any], key: str) -> bool:
    value = item.get(key, False)
    if not isinstance(value, bool):
        raise _Bad(f"its {key} is not true or false.")
    return value


def _tags(raw: object, *, strip_symbol: bool) -> list[str]:
    if not isinstance(raw, list):
        raise _Bad("its tags are not a list.")
    tags: set[str] = set()
    for value in raw:
        if not isinstance(value, str):
            raise _Bad("one of its tags is not text.")
        if strip_symbol and value and not value[0].isalnum():
            value = value[1:]  # jrnl keeps the tag symbol ("@work"); ours are bare words
        tag = normalise_tag(value)
        if len(tag) > TAG_MAX:
            raise _Bad(f"one of its tags is longer than {TAG_MAX} characters.")
        if tag:
            tags.add(tag)
    return sorted(tags)


def _entry(*, title: str, body: str, tags: list[str], created: dt.datetime,
           updated: dt.datetime | None = None) -> Entry:
    title = title.strip()
    if "\n" in title or "\r" in title or len(title) > LINE_MAX:
        # Keep every word: the whole title goes to the top of the text, a short form becomes the title.
        body = f"{title}\n\n{body}" if body else title
        title = " ".join(title.split())[:DERIVED_TITLE_MAX - 1].rstrip() + "…"
    if len(body) > TEXT_MAX:
        raise _Bad(f"its text is longer than the {TEXT_MAX:,} characters an entry can hold.")
    if len(tags) > TAGS_MAX:
        raise _Bad(f"it has more than {TAGS_MAX} tags.")
    updated = updated if updated is not None and updated >= created else created
    try:
        return Entry(title=title, body=body, tags=tuple(tags), created=created, updated=updated)
    except ValidationError as error:
        raise _Bad(f"its {error.field} {error.problem}.") from None


def _fixed(moment: dt.datetime) -> dt.datetime:
    """The same instant with a plain UTC offset (what the vault stores and gives back)."""
    offset = moment.utcoffset()
    assert offset is not None
    return moment.replace(tzinfo=dt.timezone(offset)) if type(moment.tzinfo) is not dt.timezone else moment


def _duplicate_key(entry: Entry) -> tuple[dt.datetime, str, str]:
    return (entry.created.astimezone(dt.timezone.utc), entry.title, entry.body)


def _drop_duplicates(journal: Journal | None, entries: list[Record]) -> tuple[list[Record], int]:
    """Entries already in the journal (an earlier import of the same file) are left out, not doubled."""
    if journal is None:
        return entries, 0
    seen = {_duplicate_key(e) for e in journal.list(kind=Entry)}
    kept: list[Record] = []
    for record in entries:
        if isinstance(record, Entry):
            if _duplicate_key(record) in seen:
                continue  # twins inside the file itself are both kept, as the file has them
        kept.append(record)
    return kept, len(entries) - len(kept)


def _entry_list(document: Any, what: str) -> list[Any]:
    if not isinstance(document, dict):
        raise ImportRejected(f"The file is not a {what}: it holds no list of entries.")
    entries = document.get("entries")
    if not isinstance(entries, list):
        raise ImportRejected(f"The file is not a {what}: it holds no list of entries.")
    json_limits.check_record_count(len(entries))
    return entries


def _each(items: list[Any], read: Callable[[Any], Record], progress: Progress | None, *, source: str = "",
          offset: int = 0, total: int | None = None) -> tuple[list[Record], list[Problem]]:
    records: list[Record] = []
    problems: list[Problem] = []
    total = len(items) if total is None else total
    for position, item in enumerate(items):
        try:
            if not isinstance(item, dict):
                raise _Bad("it is not an object.")
            records.append(read(item))
        except _Bad as bad:
            problems.append(Problem(position, _capital(str(bad)), source))
            if len(problems) > json_limits.MAX_PROBLEMS:  # each report costs memory and time too
                raise json_limits.too_many_problems() from None
        if progress is not None and (position + 1) % PROGRESS_EVERY == 0:
            progress(offset + position + 1, total)
    return records, problems


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- jrnl ---------------------------------------------------------------------------------------------------

_JRNL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_JRNL_TIME = re.compile(r"\d{2}:\d{2}\Z")
_JRNL_TAG = re.compile(r"(?<!\S)@([-+*#/\w]+)")  # jrnl's own tag pattern with its default symbol


def local_moment(day: dt.date, clock: dt.time, tz: dt.tzinfo | None) -> dt.datetime:
    """A wall-clock time in `tz` (None: this computer's zone) as a fixed-offset datetime.

    An hour that happens twice when clocks go back takes its first occurrence; a time skipped when
    clocks go forward is read with the offset from before the change (PEP 495's fold=0)."""
    naive = dt.datetime.combine(day, clock)
    aware = naive.astimezone() if tz is None else naive.replace(tzinfo=tz)
    return _fixed(aware)


def parse_jrnl(data: bytes, *, tz: dt.tzinfo | None = None, progress: Progress | None = None
               ) -> tuple[list[Record], list[Problem], list[str]]:
    """jrnl's `--export json`: {"tags": {...}, "entries": [{title, body, date, time, tags, starred}]}.

    Times carry no zone in jrnl; they are read as wall-clock times in `tz`."""
    entries = _entry_list(load_json(data, "jrnl JSON export"), "jrnl JSON export")

    def read(item: dict[str, Any]) -> Record:
        title, body = _text(item, "title"), _text(item, "body")
        day, clock = _text(item, "date"), _text(item, "time")
        if not _JRNL_DATE.match(day):
            raise _Bad("its date is not written as YYYY-MM-DD.")
        if not _JRNL_TIME.match(clock):
            raise _Bad("its time is not written as HH:MM.")
        try:
            created = local_moment(dt.date.fromisoformat(day), dt.time.fromisoformat(clock), tz)
        except (ValueError, OverflowError):
            raise _Bad("its date or time does not exist in the calendar.") from None
        if "tags" in item:
            tags = _tags(item["tags"], strip_symbol=True)
        else:  # older exports had no tag list: jrnl's tags are the @words of the text
            tags = _tags(["@" + t for t in _JRNL_TAG.findall(f"{title} {body}")], strip_symbol=True)
        if _flag(item, "starred"):
            tags = sorted({*tags, STARRED_TAG})
        return _entry(title=title, body=body, tags=tags, created=created)

    records, problems = _each(entries, read, progress)
    return records, problems, []


# --- Day One -------------------------------------------------------------------------------------------------

_MEDIA_KEYS = ("photos", "videos", "audios", "pdfAttachments")
_HEADING = re.compile(r"#{1,6}\s+(.*)\Z")
_IMAGE_LINE = re.compile(r"!\[[^\]]*\]\([^)]*\)\Z")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def _zone(name: str) -> dt.tzinfo | None:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError, OSError):
        return None


def _day_one_moment(item: dict[str, Any], key: str, *, required: bool) -> dt.datetime | None:
    if key not in item and not required:
        return None
    raw = _text(item, key)
    try:
        moment = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise _Bad(f"its {key} is not an ISO-8601 date and time.") from None
    if moment.utcoffset() is None:
        raise _Bad(f"its {key} has no time zone (Day One writes UTC, ending in Z).")
    return moment


def split_day_one_text(text: str) -> tuple[str, str]:
    """Title and body of a Day One entry's Markdown: a leading heading line becomes the title; without
    one, the first line with words (shortened) names the entry and the text stays whole."""
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip() and not _IMAGE_LINE.match(line.strip())), None)
    if first is None:  # nothing but photos, or nothing at all
        return "", text.strip("\n") if text.strip() else ""
    line = lines[first].strip()
    heading = _HEADING.match(line)
    if heading:
        title = _MARKDOWN_ESCAPE.sub(r"\1", heading.group(1).strip().rstrip("#").strip())
        return title, "\n".join(lines[:first] + lines[first + 1:]).strip("\n")
    title = " ".join(_MARKDOWN_ESCAPE.sub(r"\1", line).split())
    if len(title) > DERIVED_TITLE_MAX:
        title = title[:DERIVED_TITLE_MAX - 1].rstrip() + "…"
    return title, text.strip("\n")


def parse_day_one(files: list[tuple[str, bytes]], *, progress: Progress | None = None
                  ) -> tuple[list[Record], list[Problem], list[str]]:
    """Day One's JSON export: {"metadata": {"version": "1.0"}, "entries": [{uuid, creationDate (UTC),
    modifiedDate, timeZone, text (Markdown), richText, tags, starred, isPinned, photos, …}]}."""
    lists = [(name, _entry_list(load_json(data, "Day One JSON export"), "Day One JSON export"))
             for name, data in files]
    total = sum(len(entries) for _, entries in lists)
    json_limits.check_record_count(total)
    unknown_zones: set[str] = set()
    with_media = 0

    def read(item: dict[str, Any]) -> Record:
        nonlocal with_media
        created = _day_one_moment(item, "creationDate", required=True)
        modified = _day_one_moment(item, "modifiedDate", required=False)
        assert created is not None
        zone_name = _text(item, "timeZone", required=False)
        zone = _zone(zone_name) if zone_name else None
        if zone_name and zone is None:
            unknown_zones.add(zone_name)
        if zone is not None:  # shown at the wall-clock time where it was written
            created = created.astimezone(zone)
            modified = modified.astimezone(zone) if modified is not None else None
        text = _text(item, "text", required=False)
        title, body = split_day_one_text(text)
        tags = _tags(item.get("tags", []), strip_symbol=False)
        if _flag(item, "starred"):
            tags.append(STARRED_TAG)
        if _flag(item, "isPinned"):
            tags.append(PINNED_TAG)
        if "uuid" in item:
            _text(item, "uuid")
        if any(item.get(key) for key in _MEDIA_KEYS) or "dayone-moment:" in text:
            with_media += 1
        return _entry(title=title, body=body, tags=sorted(set(tags)), created=_fixed(created),
                      updated=_fixed(modified) if modified is not None else None)

    records: list[Record] = []
    problems: list[Problem] = []
    done = 0
    for name, entries in lists:
        found, bad = _each(entries, read, progress, source=name if len(lists) > 1 else "", offset=done,
                           total=total)
        records += found
        problems += bad
        if len(problems) > json_limits.MAX_PROBLEMS:
            raise json_limits.too_many_problems()
        done += len(entries)
    notes: list[str] = []
    if with_media:
        notes.append(f"Entries that refer to photos or other media: {with_media}. Their text is imported; "
                     "the media files themselves are not.")
    if unknown_zones:
        notes.append(f"Time zone names that were not recognised: {len(unknown_zones)}. Those entries keep "
                     "their time in UTC.")
    return records, problems, notes


# --- the public entry points -----------------------------------------------------------------------------------

def plan_import(fmt: str, source: Path | bytes, *, journal: Journal | None = None, tz: dt.tzinfo | None = None,
                progress: Progress | None = None) -> ImportPlan:
    """Read and check a whole import file without writing anything (this is the dry run).

    `journal` (optional) lets the plan skip entries already there and refuse ids it already has;
    `tz` is the zone of jrnl's zone-less times (None: this computer's). A file that cannot be read
    at all raises ImportRejected; problems with single entries are collected in the plan. A file
    that would build more values than json_limits allows is refused before it is parsed, and running
    out of memory all the same is one ImportTooLarge too (both: nothing was read into the journal)."""
    try:
        return _plan_import(fmt, source, journal=journal, tz=tz, progress=progress)
    except MemoryError:
        pass
    # Raised outside the handler, so that the half-built values (held by the MemoryError's traceback)
    # are gone before anything else needs memory.
    raise ImportTooLarge(OUT_OF_MEMORY)


OUT_OF_MEMORY = "There is not enough free memory to read this file; nothing was imported."


def _plan_import(fmt: str, source: Path | bytes, *, journal: Journal | None, tz: dt.tzinfo | None,
                 progress: Progress | None) -> ImportPlan:
    if fmt not in FORMATS:
        raise ImportRejected("Unknown import format; use one of: " + ", ".join(FORMATS) + ".")
    loaded = read_source(source) if isinstance(source, Path) else _zip_or_bytes(bytes(source))
    if isinstance(loaded, zipfile.ZipFile):
        with loaded:
            if fmt != "dayone":
                raise ImportRejected("A zip archive can only be a Day One export; choose the Day One format.")
            files = zip_journals(loaded)
    else:
        files = [("", loaded)]
    if progress is not None:
        progress(0, 0)
    if fmt == "json":
        plan = _plan_own(files[0][1], journal)  # export_json.parse_export counts the values itself
    else:
        json_limits.check_value_count(data for _, data in files)  # every journal of a Day One zip together
        if fmt == "jrnl":
            records, problems, notes = parse_jrnl(files[0][1], tz=tz, progress=progress)
        else:
            records, problems, notes = parse_day_one(files, progress=progress)
        kept, duplicates = _drop_duplicates(journal, records)
        plan = _plan(fmt, kept, problems, duplicates=duplicates, notes=notes)
    if progress is not None:
        progress(len(plan.records), len(plan.records))
    return plan


def _zip_or_bytes(data: bytes) -> bytes | zipfile.ZipFile:
    if data[:4] != b"PK\x03\x04":
        return data
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise ImportRejected("The file looks like a zip archive but cannot be read as one.") from None


def _plan_own(data: bytes, journal: Journal | None) -> ImportPlan:
    try:
        records = export_json.parse_export(data)
    except ImportRejected as error:
        return _plan("json", [], [Problem(error.position, error.reason)])
    problems: list[Problem] = []
    if journal is not None:
        damaged = {d.record_id for d in journal.damaged}
        problems = [Problem(position, "A record with its id is already in this journal.")
                    for position, record in enumerate(records) if record.id in journal or record.id in damaged]
    return _plan("json", records, problems)


def apply_import(journal: Journal, plan: ImportPlan) -> list[Record]:
    """Add every record of a problem-free plan, with one security-log line, in one transaction."""
    if plan.problems:
        first = plan.problems[0]
        more = len(plan.problems) - 1
        extra = f" ({more} more problem{'s' if more != 1 else ''}; a dry run lists them all)" if more else ""
        raise ImportRejected(f"{first.reason}{extra} Nothing was imported.", first.position)
    now = journal.now()
    audit = AuditEvent(event="import", details={"format": plan.format, "count": len(plan.records),
                                                "duplicates_skipped": plan.duplicates},
                       created=now, updated=now)
    try:
        added = export_json.import_records(journal, [*plan.records, audit])
    except ImportRejected:
        raise
    except JournalError as error:
        raise ImportRejected(f"Nothing was imported: {error}") from None
    return added[:-1]


def import_file(journal: Journal, fmt: str, source: Path | bytes, *, tz: dt.tzinfo | None = None,
                progress: Progress | None = None) -> list[Record]:
    """plan_import then apply_import: all of the file or, on any problem, nothing."""
    return apply_import(journal, plan_import(fmt, source, journal=journal, tz=tz, progress=progress))
