"""Prompt packs: the built-in packs hold every prompt of docs/clinical.md §2, and the loader rejects every
malformed pack with a typed error naming the file and the exact problem."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integration_journal.core import prompts as pp
from integration_journal.core.prompts import (
    InputType,
    PackSource,
    PromptLibrary,
    PromptPackError,
    Tag,
    parse_pack,
)
from integration_journal.core.records import Phase, PromptPackRecord
from integration_journal.core.resource_files import resource
from integration_journal.errors import JournalError

# Every prompt id of docs/clinical.md §2, per phase, in the order given there.
CLINICAL_IDS: dict[Phase, list[str]] = {
    Phase.PREPARATION: ["prep-01", "prep-02", "prep-03", "prep-04", "prep-05", "prep-06", "prep-07-pain",
                        "prep-08-pain"],
    Phase.SAME_DAY: ["sd-01", "sd-02", "sd-03", "sd-04", "sd-05", "sd-06", "sd-07-pain"],
    Phase.NEXT_DAY: ["nd-01", "nd-02", "nd-03", "nd-04", "nd-05", "nd-06", "nd-07-pain", "nd-08-pain"],
    Phase.FEW_DAYS: ["d3-01", "d3-02", "d3-03", "d3-04", "d3-05", "d3-06", "d3-07-pain", "d3-08-pain"],
    Phase.ONE_WEEK: ["w1-01", "w1-02", "w1-03", "w1-04", "w1-05", "w1-06", "w1-07-pain", "w1-08-pain"],
    Phase.ONGOING: ["on-01", "on-02", "on-03", "on-04", "on-05", "on-06", "on-07", "on-08-pain"],
}

# A sample of the wording, character for character (dashes, ellipses, arrows and quotes included).
VERBATIM = {
    "prep-03": ("Write one intention for this session as an open invitation rather than a demand.",
                "For example, 'I'm open to seeing my worry from a little further away' rather than 'I must get "
                "rid of my worry'. You can reuse or revise it each session."),
    "sd-01": ("Right now my body feels…", "Tap any that fit — no sentences needed."),
    "sd-04": ("Mood right now.", "0 = lowest, 10 = best. It's normal for this to shift over the next day or two."),
    "nd-05": ("Was any part of the experience confusing, uncomfortable or frightening?",
              "Difficult moments are common and often valuable to explore with your therapist. You don't have "
              "to make sense of them alone."),
    "d3-08-pain": ("When the pain flared, what did you tell yourself? Is there a kinder or more accurate version?",
                   "e.g., 'This will never end' → 'This is a flare; flares have eased before.'"),
    "w1-05": ("What would you like to bring to your next therapy or integration session?",
              "Questions, stuck points, things you're proud of. Marked items can be added to your appointment "
              "summary."),
    "on-08-pain": ("Weekly pain goal check: which meaningful activity are you working back toward, and what's the "
                   "next small step?",
                   "Link it to the goal you set during preparation; small, repeatable steps beat big pushes."),
}


@pytest.fixture(scope="module")
def library() -> PromptLibrary:
    return PromptLibrary.builtin()


def minimal_pack(**overrides: Any) -> dict[str, Any]:
    pack = {
        "schema_version": 1, "id": "test-pack", "title": "Test pack", "author": "Dr Lee", "version": 1,
        "phases": [{"id": "next-day", "prompts": [
            {"id": "t-01", "text": "How are you?", "hint": "A word is enough.", "input": "short_text",
             "tags": ["core", "mind"]},
            {"id": "t-02", "text": "Pick any.", "input": "chips", "tags": ["body"],
             "options": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}]},
            {"id": "t-03", "text": "Any effects?", "input": "choice", "tags": ["core"],
             "options": [{"id": "no", "label": "No"}, {"id": "yes", "label": "Yes"}],
             "link": {"option": "yes", "target": "side-effects"}, "note": True},
        ]}],
    }
    pack.update(overrides)
    return pack


def encode(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


# --- the built-in packs ------------------------------------------------------------------------------------

def test_builtin_packs_hold_every_clinical_prompt_in_order(library: PromptLibrary) -> None:
    for phase, ids in CLINICAL_IDS.items():
        assert [p.id for p in library.prompts(phase)] == (
            [i for i in ids if not i.endswith("-pain")] + [i for i in ids if i.endswith("-pain")]), phase
    assert len(library) == sum(len(ids) for ids in CLINICAL_IDS.values()) == 47


def test_builtin_wording_is_verbatim(library: PromptLibrary) -> None:
    for prompt_id, (text, hint) in VERBATIM.items():
        prompt = library.prompt(prompt_id)
        assert prompt is not None
        assert (prompt.text, prompt.hint) == (text, hint)
    for prompt in library:
        assert prompt.text and prompt.hint, prompt.id


def test_builtin_tags_input_types_and_options(library: PromptLibrary) -> None:
    pain = [p.id for p in library if p.is_pain]
    assert pain == [i for ids in CLINICAL_IDS.values() for i in ids if i.endswith("-pain")]
    assert all(Tag.CORE in p.tags for p in library if not p.is_pain)
    by_id = {p.id: p for p in library}
    assert by_id["sd-01"].input is InputType.CHIPS and len(by_id["sd-01"].options) == 11
    assert [o.label for o in by_id["sd-05"].options] == ["Rest", "Food", "Water", "Quiet", "Company",
                                                         "Early night", "Nothing in particular"]
    assert by_id["sd-04"].input is InputType.SLIDER_0_10
    assert by_id["sd-07-pain"].input is InputType.CHOICE
    assert by_id["prep-06"].input is InputType.CHIPS_PLUS_TEXT
    assert by_id["d3-07-pain"].input is InputType.SLIDER_0_10 and by_id["d3-07-pain"].note
    assert by_id["w1-06"].link is not None and by_id["w1-06"].link.target is pp.LinkTarget.SIDE_EFFECTS
    assert by_id["w1-05"].share_default == "ask"
    assert by_id["on-07"].cadence is pp.PromptCadence.BEFORE_NEXT_SESSION
    assert {p.input for p in library} == set(InputType)
    # Same-day mode must be answerable with taps alone.
    assert [p.id for p in library.prompts(Phase.SAME_DAY) if p.tap_only] == ["sd-01", "sd-04", "sd-05",
                                                                             "sd-07-pain"]


def test_phase_info_comes_from_the_packs(library: PromptLibrary) -> None:
    info = library.phase_info(Phase.SAME_DAY)
    assert info.max_prompts == 3
    assert info.banner == "Keep it brief today. Rest, drink water, no driving, and hold off on big decisions."
    assert library.phase_info(Phase.NEXT_DAY).max_prompts is None


def test_builtin_packs_have_metadata_and_paths(library: PromptLibrary) -> None:
    assert [p.id for p in library.packs] == ["builtin-core", "builtin-pain"]
    for pack in library.packs:
        assert pack.source is PackSource.BUILTIN and pack.author and pack.title and pack.version >= 1
        assert pack.path.endswith(".json") and Path(pack.path).is_file()


# --- malformed packs ---------------------------------------------------------------------------------------

def _set(path: str, value: Any):
    """A mutation that sets a value at a dotted path like 'phases.0.prompts.1.input'."""
    def mutate(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = doc
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is _DELETE:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value
    return mutate


_DELETE = object()
P0 = "phases.0.prompts.0"
P1 = "phases.0.prompts.1"
P2 = "phases.0.prompts.2"

MALFORMED: list[tuple[str, Any, str]] = [
    ("schema missing", _set("schema_version", _DELETE), "is missing the field 'schema_version'"),
    ("schema newer", _set("schema_version", 2),
     "schema_version: is 2, newer than this app understands (up to 1); updating the app will read it"),
    ("schema old", _set("schema_version", 0), "schema_version: must be 1"),
    ("schema text", _set("schema_version", "1"), "schema_version: must be a whole number"),
    ("unknown top field", _set("colour", "red"),
     "has 'colour', which is not a field of this format (allowed: author, description, id, phases, "
     "schema_version, title, version)"),
    ("bad pack id", _set("id", "Test Pack"),
     "id: must be an id of 1-48 lowercase letters, digits and '-', starting with a letter or digit"),
    ("empty title", _set("title", "  "), "title: must not be empty"),
    ("long title", _set("title", "x" * 121), "title: is longer than 120 characters"),
    ("author missing", _set("author", _DELETE), "is missing the field 'author'"),
    ("version zero", _set("version", 0), "version: must be between 1 and 1000000"),
    ("version bool", _set("version", True), "version: must be a whole number"),
    ("no phases", _set("phases", []), "phases: must not be empty"),
    ("phases not list", _set("phases", {}), "phases: must be a list"),
    ("unknown phase", _set("phases.0.id", "day_3"),
     "phases[0].id: must be one of: preparation, same-day, next-day, few-days, one-week, ongoing"),
    ("phase without prompts", _set("phases.0.prompts", []), "phases[0].prompts: must not be empty"),
    ("max prompts too many", _set("phases.0.max_prompts", 5), "phases[0].max_prompts: must be between 2 and 4"),
    ("prompt not object", _set(P0, "text"), "phases[0].prompts[0]: must be an object"),
    ("prompt id missing", _set(f"{P0}.id", _DELETE), "phases[0].prompts[0]: is missing the field 'id'"),
    ("prompt id bad", _set(f"{P0}.id", "T 01"),
     "phases[0].prompts[0].id: must be an id of 1-48 lowercase letters, digits and '-', starting with a "
     "letter or digit"),
    ("duplicate prompt id", _set(f"{P1}.id", "t-01"),
     "phases[0].prompts[1].id: prompt id 't-01' is used twice (also phases[0].prompts[0])"),
    ("unknown input type", _set(f"{P0}.input", "voice_note"),
     "phases[0].prompts[0].input: must be one of: chips, chips_plus_text, slider_0_10, choice, short_text, "
     "long_text"),
    ("options missing", _set(f"{P1}.options", _DELETE),
     "phases[0].prompts[1]: is a chips prompt and needs 'options'"),
    ("options on text", _set(f"{P0}.options", [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}]),
     "phases[0].prompts[0].options: only chips and choice prompts have options, not short_text"),
    ("one option", _set(f"{P1}.options", [{"id": "a", "label": "A"}]),
     "phases[0].prompts[1].options: must have at least 2 items"),
    ("duplicate option", _set(f"{P1}.options.1.id", "a"),
     "phases[0].prompts[1].options[1].id: 'a' is used twice in this prompt (also options[0])"),
    ("option label long", _set(f"{P1}.options.0.label", "x" * 61),
     "phases[0].prompts[1].options[0].label: is longer than 60 characters"),
    ("unknown tag", _set(f"{P0}.tags", ["core", "soul"]),
     "phases[0].prompts[0].tags[1]: must be one of: core, pain, mind, body, spirit, relationships, lifestyle, "
     "nature"),
    ("no tags", _set(f"{P0}.tags", []), "phases[0].prompts[0].tags: must not be empty"),
    ("duplicate tag", _set(f"{P0}.tags", ["mind", "mind"]), "phases[0].prompts[0].tags[1]: 'mind' is listed twice"),
    ("text too long", _set(f"{P0}.text", "x" * 301), "phases[0].prompts[0].text: is longer than 300 characters"),
    ("text empty", _set(f"{P0}.text", ""), "phases[0].prompts[0].text: must not be empty"),
    ("text with newline", _set(f"{P0}.text", "Two\nlines"),
     "phases[0].prompts[0].text: contains a control character or line break"),
    ("text padded", _set(f"{P0}.text", " Hello"), "phases[0].prompts[0].text: starts or ends with spaces"),
    ("hint not text", _set(f"{P0}.hint", 3), "phases[0].prompts[0].hint: must be text"),
    ("hint too long", _set(f"{P0}.hint", "x" * 501), "phases[0].prompts[0].hint: is longer than 500 characters"),
    ("unknown cadence", _set(f"{P0}.cadence", "hourly"),
     "phases[0].prompts[0].cadence: must be one of: daily, 2-3-per-week, weekly, daily-optional, "
     "before-next-session"),
    ("note on text", _set(f"{P0}.note", True), "phases[0].prompts[0].note: only slider and choice prompts can add a note"),
    ("note not bool", _set(f"{P2}.note", "yes"), "phases[0].prompts[2].note: must be true or false"),
    ("link on chips", _set(f"{P1}.link", {"option": "a", "target": "side-effects"}),
     "phases[0].prompts[1].link: only choice prompts can link to another part of the app"),
    ("link to unknown option", _set(f"{P2}.link.option", "maybe"),
     "phases[0].prompts[2].link.option: 'maybe' is not one of this prompt's options"),
    ("link to unknown place", _set(f"{P2}.link.target", "settings"),
     "phases[0].prompts[2].link.target: must be one of: side-effects"),
    ("share default", _set(f"{P0}.share_default", "always"), "phases[0].prompts[0].share_default: must be \"ask\""),
    ("unknown prompt field", _set(f"{P0}.voice", True),
     "phases[0].prompts[0]: has 'voice', which is not a field of this format (allowed: cadence, hint, id, input, "
     "link, note, options, share_default, tags, text)"),
    ("lone surrogate", _set(f"{P0}.text", "bad \ud800 text"),
     "phases[0].prompts[0].text: contains characters that are not valid Unicode"),
]


@pytest.mark.parametrize(("mutate", "problem"), [(m, p) for _, m, p in MALFORMED],
                         ids=[name for name, _, _ in MALFORMED])
def test_malformed_pack_names_file_and_problem(mutate, problem: str) -> None:
    document = minimal_pack()
    mutate(document)
    data = json.dumps(document).encode("ascii")  # \u escapes: a lone surrogate survives to the parser
    with pytest.raises(PromptPackError) as caught:
        parse_pack(data, "packs/bad.json")
    assert caught.value.path == "packs/bad.json"
    assert caught.value.problem == problem
    assert str(caught.value) == f"packs/bad.json: {problem}"


def test_the_unmutated_minimal_pack_is_valid() -> None:
    pack = parse_pack(encode(minimal_pack()), "good.json")
    assert [p.id for p in pack.prompts] == ["t-01", "t-02", "t-03"]
    assert pack.prompts[2].link == pp.PromptLink("yes", pp.LinkTarget.SIDE_EFFECTS)
    assert pack.path == "good.json"


@pytest.mark.parametrize(("data", "problem"), [
    (b"\xff\xfe{}", "is not UTF-8 text (bad byte at offset 0)"),
    (b"{\"schema_version\": 1,", "is not valid JSON (line 1, column 22: Expecting property name enclosed in "
                                 "double quotes)"),
    (b"[]", "must be an object"),
    (b"{\"id\": \"a\", \"id\": \"b\"}", "is not valid: the field 'id' appears twice in one object"),
    (b"{\"version\": NaN}", "is not valid JSON"),
    (b"x" * (pp.PACK_BYTES_MAX + 1), "is larger than 512 KiB"),
    (b"[" * 100_000 + b"]" * 100_000, "is not valid JSON"),
])
def test_unreadable_files_are_rejected_by_name(data: bytes, problem: str) -> None:
    with pytest.raises(PromptPackError) as caught:
        parse_pack(data, "odd.json")
    assert (caught.value.path, caught.value.problem) == ("odd.json", problem)


def test_a_byte_order_mark_is_accepted() -> None:
    assert parse_pack(b"\xef\xbb\xbf" + encode(minimal_pack()), "bom.json").id == "test-pack"


def test_duplicate_phase_is_rejected() -> None:
    document = minimal_pack()
    document["phases"].append({"id": "next-day", "prompts": [
        {"id": "t-09", "text": "Again?", "input": "long_text", "tags": ["core"]}]})
    with pytest.raises(PromptPackError, match=r"phases\[1\]\.id: phase 'next-day' appears twice \(also phases\[0\]\)"):
        parse_pack(encode(document), "twice.json")


def test_the_same_id_in_two_phases_is_rejected() -> None:
    document = minimal_pack()
    document["phases"].append({"id": "ongoing", "prompts": [
        {"id": "t-01", "text": "Again?", "input": "long_text", "tags": ["core"]}]})
    with pytest.raises(PromptPackError) as caught:
        parse_pack(encode(document), "twice.json")
    assert caught.value.problem == ("phases[1].prompts[0].id: prompt id 't-01' is used twice "
                                    "(also phases[0].prompts[0])")


def test_files_on_disk_are_named_in_errors(tmp_path: Path) -> None:
    bad = tmp_path / "mine.json"
    bad.write_bytes(encode(minimal_pack(version="one")))
    with pytest.raises(PromptPackError) as caught:
        pp.load_pack_file(bad)
    assert caught.value.path == str(bad)
    assert caught.value.problem == "version: must be a whole number"
    with pytest.raises(PromptPackError, match="cannot be read"):
        pp.load_pack_file(tmp_path / "missing.json")


def test_errors_never_quote_pack_text() -> None:
    secret = "my private words"
    for document in (minimal_pack(title=secret * 10), minimal_pack(**{secret: 1})):
        with pytest.raises(PromptPackError) as caught:
            parse_pack(encode(document), "x.json")
        assert secret not in str(caught.value)


def test_the_error_is_a_journal_error() -> None:
    assert issubclass(PromptPackError, JournalError)


# --- across packs, and imported packs ----------------------------------------------------------------------

def test_prompt_ids_are_unique_across_packs(library: PromptLibrary) -> None:
    clash = minimal_pack()
    clash["phases"][0]["prompts"][0]["id"] = "sd-01"
    pack = parse_pack(encode(clash), "clash.json")
    with pytest.raises(PromptPackError) as caught:
        PromptLibrary(library.packs + (pack,))
    assert caught.value.path == "clash.json"
    assert caught.value.problem == "prompt id 'sd-01' is already used by pack 'builtin-core'"


def _record(document: dict[str, Any], **fields: Any) -> PromptPackRecord:
    values = {"pack_id": document.get("id", "x"), "title": "Therapist pack", "version": 1,
              "content": encode(document)}
    values.update(fields)
    return PromptPackRecord(**values)


def test_imported_packs_load_from_bytes_after_the_builtin_ones() -> None:
    good = _record(minimal_pack())
    library = PromptLibrary.with_imported([good])
    assert [p.id for p in library.packs] == ["builtin-core", "builtin-pain", "test-pack"]
    imported = library.pack("test-pack")
    assert imported is not None
    assert imported.source is PackSource.IMPORTED and imported.author == "Dr Lee"
    assert imported.record_id == good.id
    ids = [p.id for p in library.prompts(Phase.NEXT_DAY)]
    assert ids[-3:] == ["t-01", "t-02", "t-03"]
    assert library.rejected == ()


def test_bad_imported_packs_are_set_aside_with_the_reason() -> None:
    clash = minimal_pack(id="clash")
    clash["phases"][0]["prompts"][0]["id"] = "nd-01"
    broken = _record(minimal_pack(id="broken", version=0))
    renamed = _record(minimal_pack(id="inner"), pack_id="outer")
    disabled = _record(minimal_pack(id="off"), enabled=False)
    library = PromptLibrary.with_imported([_record(clash), broken, renamed, disabled])
    assert [p.id for p in library.packs] == ["builtin-core", "builtin-pain"]
    reasons = {(e.path, e.problem) for e in library.rejected}
    assert reasons == {
        ("imported pack 'clash'", "prompt id 'nd-01' is already used by pack 'builtin-core'"),
        ("imported pack 'broken'", "version: must be between 1 and 1000000"),
        ("imported pack 'outer'", "id: the pack says 'inner' but was stored as 'outer'"),
    }


def test_a_second_pack_with_the_same_id_is_rejected() -> None:
    first = _record(minimal_pack())
    second_doc = minimal_pack()
    for index, prompt in enumerate(second_doc["phases"][0]["prompts"]):
        prompt["id"] = f"u-0{index}"
    library = PromptLibrary.with_imported([first, _record(second_doc)])
    assert [e.problem for e in library.rejected] == ["id: pack 'test-pack' is already loaded"]


# --- fuzzing: whatever the input, only typed errors --------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**7) | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=30,
)


def _paths(document: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(document, dict):
        for key, value in document.items():
            found += _paths(value, prefix + (key,))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += _paths(value, prefix + (index,))
    return found


def _parse_only_typed_errors(data: bytes) -> None:
    try:
        parse_pack(data, "fuzz.json")
    except PromptPackError as error:
        assert error.path == "fuzz.json" and error.problem
    # Anything else propagates and fails the test.


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data: bytes) -> None:
    _parse_only_typed_errors(data)


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_fuzz_random_json(document: Any) -> None:
    _parse_only_typed_errors(encode(document))


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_fuzz_mutated_valid_packs(data: st.DataObject) -> None:
    document = minimal_pack()
    for _ in range(data.draw(st.integers(1, 3))):
        paths = _paths(document)
        path = data.draw(st.sampled_from(paths))
        replacement = data.draw(json_values)
        if not path:
            document = replacement
            break
        parent = document
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = copy.deepcopy(replacement)
    _parse_only_typed_errors(encode(document))


@settings(max_examples=100, deadline=None)
@given(st.binary(min_size=1, max_size=60), st.integers(0, 2000))
def test_fuzz_corrupted_builtin_bytes(chunk: bytes, offset: int) -> None:
    original = resource("prompts", "core.json").read_bytes()
    at = offset % len(original)
    _parse_only_typed_errors(original[:at] + chunk + original[at + len(chunk):])
