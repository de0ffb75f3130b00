"""Imports from jrnl, Day One and the app's own JSON: exact mapping, problems by position, all or nothing."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
import zoneinfo
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integration_journal.core import export_json, importers
from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.errors import ImportRejected, StorageFull
from tests.helpers.records import FlakyStore, minute_clock, one_of_each

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
JRNL = FIXTURES / "jrnl_export.json"
DAYONE = FIXTURES / "dayone" / "Journal.json"
DAYONE_ZIP = FIXTURES / "dayone_export.zip"
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
UTC = dt.timezone.utc


def journal() -> tuple[Journal, FlakyStore]:
    store = FlakyStore()
    return Journal.open(store, minute_clock(), tz=UTC), store


def offset(hours: int) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


# --- jrnl ------------------------------------------------------------------------------------------------

def test_jrnl_export_maps_every_field() -> None:
    plan = importers.plan_import("jrnl", JRNL, tz=NEW_YORK)
    assert plan.ok and plan.counts == {"entry": 6} and plan.duplicates == 0
    entries = list(plan.records)
    assert [e.title for e in entries] == [
        "Before the session. Feeling nervous but @hopeful about tomorrow.", "Couldn't sleep",
        "Session day: première séance ☕ 🌱.", "Empty body entry.",
        "Ambiguous hour. The clocks went back; this half hour happens twice. @dst", "日本語のタイトル。"]
    first, starred, unicode, empty, ambiguous, japanese = entries
    assert first.body == "Packed a blanket and my @music list."
    assert first.tags == ("hopeful", "music")  # the tag symbol goes, the word stays
    assert unicode.tags == ("intention", "kap")  # jrnl lowercases; so do we
    assert starred.tags == ("insomnia", "starred")  # starred becomes the tag "starred"
    assert empty.body == "" and empty.tags == ()
    assert japanese.tags == ("日記",) and japanese.body == "本文も日本語です。 @日記 *"
    assert first.created == dt.datetime(2024, 3, 9, 21, 15, tzinfo=offset(-5))
    assert unicode.created == dt.datetime(2024, 3, 10, 10, 5, tzinfo=offset(-4))  # after the change
    # 02:30 on 10 March does not exist in New York: read with the offset from before the change.
    assert starred.created.utcoffset() == dt.timedelta(hours=-5) and starred.created.hour == 2
    # 01:30 on 3 November happens twice: the first (daylight) one is taken.
    assert ambiguous.created == dt.datetime(2024, 11, 3, 1, 30, tzinfo=offset(-4))
    assert all(e.updated == e.created for e in entries)
    assert all(type(e.created.tzinfo) is dt.timezone for e in entries)
    assert plan.titles == tuple(e.title for e in entries[:5])


def test_jrnl_times_follow_the_chosen_zone() -> None:
    plan = importers.plan_import("jrnl", JRNL, tz=UTC)
    assert plan.records[0].created == dt.datetime(2024, 3, 9, 21, 15, tzinfo=UTC)


def test_jrnl_without_a_tag_list_takes_the_at_words_of_the_text() -> None:
    data = json.dumps({"entries": [{"title": "Walk with @Ana.", "body": "Felt @calm, not @ calm", "date": "2024-05-01",
                                    "time": "07:00", "starred": False}]}).encode()
    [entry] = importers.plan_import("jrnl", data, tz=UTC).records
    assert entry.tags == ("ana", "calm")


def test_jrnl_long_title_keeps_every_word_in_the_body() -> None:
    title = "word " * 150
    data = json.dumps({"entries": [{"title": title, "body": "rest", "date": "2024-05-01", "time": "07:00",
                                    "tags": [], "starred": False}]}).encode()
    [entry] = importers.plan_import("jrnl", data, tz=UTC).records
    assert len(entry.title) <= importers.DERIVED_TITLE_MAX and entry.title.endswith("…")
    assert entry.body == title.strip() + "\n\nrest"


# --- Day One ----------------------------------------------------------------------------------------------

def test_day_one_export_maps_every_field() -> None:
    plan = importers.plan_import("dayone", DAYONE)
    assert plan.ok and plan.counts == {"entry": 4}
    heading, pinned, empty, photo = plan.records
    assert heading.title == "First session"  # the heading line becomes the title …
    assert heading.body == "I set an intention: stay curious\\. Cost was $9\\.50 for parking\\."  # … the rest stays
    assert heading.tags == ("kap", "self-care", "starred")
    # 07:30 UTC on the European change day is 09:30 summer time in Berlin.
    assert heading.created == dt.datetime(2024, 3, 31, 9, 30, tzinfo=offset(2))
    assert heading.updated == dt.datetime(2024, 3, 31, 11, 12, 44, tzinfo=offset(2))
    assert pinned.title == "Heiligabend — ruhig und dankbar. 🎄"
    assert pinned.body == "Heiligabend — ruhig und dankbar. 🎄\nÜberraschend leicht."
    assert pinned.tags == ("pinned",)
    assert pinned.created == dt.datetime(2023, 12, 24, 19, 0, tzinfo=offset(1))
    assert (empty.title, empty.body, empty.tags) == ("", "", ("sleep",))
    assert empty.created == dt.datetime(2024, 11, 3, 1, 45, tzinfo=offset(-4))  # the first 01:45 that day
    assert photo.title == "海辺を散歩した。Quiet mind, open chest."
    assert photo.body.startswith("![](dayone-moment://771BFB4BA8E04650B70E0F0C3E07A559)")
    assert photo.created == dt.datetime(2024, 7, 15, 1, 2, 10, tzinfo=offset(9))
    assert any("media" in note for note in plan.notes)


def test_day_one_zip_gives_the_same_entries_as_its_json() -> None:
    from_json = importers.plan_import("dayone", DAYONE)
    from_zip = importers.plan_import("dayone", DAYONE_ZIP)
    strip = [(e.title, e.body, e.tags, e.created, e.updated) for e in from_json.records]
    assert [(e.title, e.body, e.tags, e.created, e.updated) for e in from_zip.records] == strip
    assert importers.plan_import("dayone", DAYONE_ZIP.read_bytes()).counts == {"entry": 4}


def test_day_one_second_occurrence_of_a_repeated_hour_and_unknown_zones() -> None:
    data = json.dumps({"metadata": {"version": "1.0"}, "entries": [
        {"uuid": "A" * 32, "creationDate": "2024-11-03T06:45:00Z", "timeZone": "America/New_York", "text": "x"},
        {"uuid": "B" * 32, "creationDate": "2024-11-03T06:45:00Z", "timeZone": "Mars/Olympus", "text": "y"},
    ]}).encode()
    plan = importers.plan_import("dayone", data)
    assert plan.records[0].created == dt.datetime(2024, 11, 3, 1, 45, tzinfo=offset(-5))
    assert plan.records[1].created == dt.datetime(2024, 11, 3, 6, 45, tzinfo=UTC)
    assert any("not recognised" in note for note in plan.notes)


@pytest.mark.parametrize("text, title, body", [
    ("## Plan \\#2 ##\n\nbody", "Plan #2", "body"),
    ("\n\nJust one line", "Just one line", "Just one line"),
    ("![](dayone-moment://X)\n\n# After the photo\ntext", "After the photo", "![](dayone-moment://X)\n\ntext"),
    ("   \n", "", ""),
])
def test_day_one_title_rules(text: str, title: str, body: str) -> None:
    assert importers.split_day_one_text(text) == (title, body)


# --- problems, all or nothing, dry run --------------------------------------------------------------------

def _jrnl(*entries: object) -> bytes:
    return json.dumps({"tags": {}, "entries": list(entries)}).encode()


GOOD = {"title": "Fine", "body": "ok", "date": "2024-05-01", "time": "07:00", "tags": [], "starred": False}


@pytest.mark.parametrize("bad, reason", [
    ({k: v for k, v in GOOD.items() if k != "date"}, "It has no date."),
    (GOOD | {"date": "01/05/2024"}, "Its date is not written as YYYY-MM-DD."),
    (GOOD | {"date": "2024-02-30"}, "Its date or time does not exist in the calendar."),
    (GOOD | {"time": "7am"}, "Its time is not written as HH:MM."),
    (GOOD | {"title": 7}, "Its title is not text."),
    (GOOD | {"tags": "a, b"}, "Its tags are not a list."),
    (GOOD | {"tags": [1]}, "One of its tags is not text."),
    (GOOD | {"tags": ["@" + "x" * 80]}, "One of its tags is longer than 64 characters."),
    (GOOD | {"starred": "yes"}, "Its starred is not true or false."),
    (GOOD | {"body": "\ud800 lone"}, "Its body contains characters that are not valid Unicode."),
    ("just text", "It is not an object."),
])
def test_damaged_entries_are_reported_by_position_without_content(bad: object, reason: str) -> None:
    plan = importers.plan_import("jrnl", _jrnl(GOOD, bad, GOOD), tz=UTC)
    assert [str(p) for p in plan.problems] == [f"Entry 2: {reason}"]
    assert "Fine" not in reason and "lone" not in reason
    assert len(plan.records) == 2


@pytest.mark.parametrize("data, words", [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe\x00", "not UTF-8"),
    (b'{"entries": {}}', "no list of entries"),
    (b"[1, 2]", "no list of entries"),
    (b'{"entries": [], "entries": []}', "repeated key"),
    (b'{"entries": [NaN]}', "NaN"),
    (b"[" * 100_000, "nested too deeply"),
])
def test_unreadable_files_are_rejected_as_a_whole(data: bytes, words: str) -> None:
    for fmt in ("jrnl", "dayone"):
        with pytest.raises(ImportRejected, match=words):
            importers.plan_import(fmt, data)


def test_a_bad_entry_in_the_middle_imports_nothing() -> None:
    target, store = journal()
    target.add(r.Entry(title="Already here", body="x"))
    before = store.rows()
    plan = importers.plan_import("jrnl", _jrnl(GOOD, GOOD | {"time": "25:99"}, GOOD), journal=target, tz=UTC)
    assert [p.position for p in plan.problems] == [1]
    with pytest.raises(ImportRejected) as caught:
        importers.apply_import(target, plan)
    assert str(caught.value).startswith("Record 2 of the import file: ") and "Nothing was imported" in str(caught.value)
    assert store.rows() == before and len(target.list(kind="entry")) == 1
    assert not target.list(kind="audit")


def test_a_failing_store_leaves_the_journal_as_it_was() -> None:
    target, store = journal()
    plan = importers.plan_import("jrnl", JRNL, journal=target, tz=NEW_YORK)
    store.fail_on_put = 4
    with pytest.raises((ImportRejected, StorageFull)):
        importers.apply_import(target, plan)
    assert store.rows() == set() and len(target) == 0


def test_dry_run_writes_nothing_and_import_writes_all_with_one_log_line() -> None:
    target, store = journal()
    plan = importers.plan_import("dayone", DAYONE_ZIP, journal=target)
    assert store.rows() == set() and len(target) == 0
    added = importers.apply_import(target, plan)
    assert len(added) == 4 and len(target.list(kind="entry")) == 4
    [log] = target.list(kind="audit")
    assert log.event == "import" and dict(log.details) == {"format": "dayone", "count": 4, "duplicates_skipped": 0}
    assert target.get(added[0].id).title == "First session"


def test_importing_the_same_file_again_skips_what_is_already_there() -> None:
    target, _store = journal()
    importers.import_file(target, "jrnl", JRNL, tz=NEW_YORK)
    again = importers.plan_import("jrnl", JRNL, journal=target, tz=NEW_YORK)
    assert again.ok and again.records == () and again.duplicates == 6
    other_zone = importers.plan_import("jrnl", JRNL, journal=target, tz=UTC)
    assert len(other_zone.records) == 6  # other instants: not the same entries


def test_own_json_delegates_to_the_documented_format() -> None:
    source, _ = journal()
    source.add_many(one_of_each())
    data = export_json.export_json(source).encode()
    target, _ = journal()
    plan = importers.plan_import("json", data, journal=target)
    exported = [rec for rec in source if rec.KIND not in export_json.NOT_EXPORTED]  # no private keys
    assert plan.ok and sum(plan.counts.values()) == len(exported) == len(source) - 1
    importers.apply_import(target, plan)
    assert all(target.get(rec.id) == rec for rec in exported)
    again = importers.plan_import("json", data, journal=target)
    assert again.problems[0] == importers.Problem(0, "A record with its id is already in this journal.")
    broken = json.loads(data)
    broken["records"][2]["tags"] = "oops"
    bad = importers.plan_import("json", json.dumps(broken).encode())
    assert [p.position for p in bad.problems] == [2] and "tags" in bad.problems[0].reason


# --- files and zips ---------------------------------------------------------------------------------------

def _zip(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["../Journal.json", "/etc/Journal.json", "photos/../../x.json", "C:/x.json",
                                  "photos\\..\\x.json"])
def test_zip_slip_is_refused_and_nothing_is_extracted(name: str, tmp_path: Path) -> None:
    path = tmp_path / "inner" / "export.zip"
    path.parent.mkdir()
    path.write_bytes(_zip({"Journal.json": DAYONE.read_bytes(), name: b"{}"}))
    with pytest.raises(ImportRejected, match="points outside the archive"):
        importers.plan_import("dayone", path)
    assert list(path.parent.iterdir()) == [path]
    assert not [p for p in tmp_path.rglob("*.json")]


def test_zip_bomb_is_refused_before_it_is_inflated() -> None:
    bomb = _zip({"Journal.json": b'{"entries": [' + b" " * (20 * 1024 * 1024) + b"]}"})
    assert len(bomb) < 100_000
    with pytest.raises(ImportRejected, match="zip bomb"):
        importers.plan_import("dayone", bomb)


def test_zip_size_caps_and_contents(monkeypatch) -> None:
    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ImportRejected, match="larger than"):
        importers.plan_import("dayone", _zip({"Journal.json": b" " * 2000}, compression=zipfile.ZIP_STORED))
    with pytest.raises(ImportRejected, match="no Day One journal"):
        importers.plan_import("dayone", _zip({"photos/a.jpeg": b"x", "sub/Journal.json": b"{}"}))
    with pytest.raises(ImportRejected, match="only be a Day One export"):
        importers.plan_import("jrnl", _zip({"Journal.json": b"{}"}))
    with pytest.raises(ImportRejected, match="cannot be read as one"):
        importers.plan_import("dayone", b"PK\x03\x04 broken")


def test_oversized_and_unreadable_files(monkeypatch, tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2000)
    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ImportRejected, match="larger than"):
        importers.plan_import("jrnl", big)
    with pytest.raises(ImportRejected, match="could not be read"):
        importers.plan_import("jrnl", tmp_path / "missing.json")
    with pytest.raises(ImportRejected, match="folder"):
        importers.plan_import("jrnl", tmp_path)


def test_several_journals_in_one_zip_name_the_file_in_problems() -> None:
    good = json.dumps({"entries": [{"creationDate": "2024-01-01T10:00:00Z", "text": "a"}]}).encode()
    bad = json.dumps({"entries": [{"creationDate": "yesterday", "text": "b"}]}).encode()
    plan = importers.plan_import("dayone", _zip({"Home.json": good, "Work.json": bad}))
    assert [str(p) for p in plan.problems] == ["Entry 1 of Work.json: Its creationDate is not an ISO-8601 date and time."]


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda children: st.lists(children, max_size=4)
                    | st.dictionaries(st.sampled_from(["entries", "title", "body", "date", "time", "tags", "starred",
                                                       "creationDate", "text", "timeZone", "modifiedDate",
                                                       "isPinned", "uuid"]), children, max_size=6),
                    max_leaves=25),
       st.sampled_from(["jrnl", "dayone"]))
def test_any_json_gives_a_plan_or_a_typed_rejection(document: object, fmt: str) -> None:
    try:
        plan = importers.plan_import(fmt, json.dumps(document).encode(), tz=UTC)
    except ImportRejected:
        return
    for record in plan.records:
        assert isinstance(record, r.Entry)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_a_plan_or_a_typed_rejection(data: bytes) -> None:
    for fmt in importers.FORMATS:
        try:
            importers.plan_import(fmt, data, tz=UTC)
        except ImportRejected:
            pass


def test_progress_is_reported_while_reading() -> None:
    seen: list[tuple[int, int]] = []
    data = _jrnl(*([GOOD] * 600))
    plan = importers.plan_import("jrnl", data, tz=UTC, progress=lambda done, total: seen.append((done, total)))
    assert len(plan.records) == 600
    assert seen == [(0, 0), (250, 600), (500, 600), (600, 600)]


def test_twins_inside_one_file_are_both_kept() -> None:
    target, _store = journal()
    assert len(importers.plan_import("jrnl", _jrnl(GOOD, GOOD), journal=target, tz=UTC).records) == 2
