"""Guided-prompt packs: the data model, a strict loader and validator, and the library the wizard reads.

A pack is one JSON file (built in, under `resources/prompts/`) or the bytes of an imported
`PromptPackRecord` (a therapist's pack). Every problem is reported as `PromptPackError(path, problem)`
naming the file and the exact place, e.g. ``core.json: phases[1].prompts[3].input: must be one of …``.
The loader never echoes free text from a pack in an error: only its own words, positions and ids.

Pack format (schema_version 1)::

    {"schema_version": 1, "id": "builtin-core", "title": "…", "author": "…", "version": 1,
     "description": "…",                                # optional
     "phases": [{"id": "same-day",                      # a records.Phase value
                 "when": "…", "banner": "…",            # optional, for people reading the pack
                 "max_prompts": 3,                      # optional, 2-4 prompts per sitting
                 "prompts": [{"id": "sd-01", "text": "…", "hint": "…", "input": "chips",
                              "options": [{"id": "calm", "label": "Calm"}],
                              "tags": ["core", "body"],
                              "cadence": "weekly",                          # optional
                              "note": true,                                 # optional: slider/choice + a note
                              "link": {"option": "yes", "target": "side-effects"},  # optional, choice only
                              "share_default": "ask"}]}]}                   # optional: offer "bring to appointment"
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from importlib.resources.abc import Traversable
from pathlib import PurePath
from typing import Any

from integration_journal.core.records import Domain, Phase, PromptPackRecord
from integration_journal.core.resource_files import resource
from integration_journal.errors import JournalError

SCHEMA_VERSION = 1

# Limits: far above the built-in packs, low enough that a hostile file cannot make the UI unusable.
PACK_BYTES_MAX = 512 * 1024
PROMPTS_PER_PHASE_MAX = 100
PROMPT_TEXT_MAX = 300
HINT_MAX = 500
OPTION_LABEL_MAX = 60
OPTIONS_MIN, OPTIONS_MAX = 2, 20
TAGS_MAX = 8
TITLE_MAX = 120
AUTHOR_MAX = 120
DESCRIPTION_MAX = 1000
WHEN_MAX = 500
VERSION_MAX = 1_000_000
SITTING_MIN, SITTING_MAX = 2, 4

# Prompt, option and pack ids: also valid `PromptAnswer.prompt_id`s (records.check_identifier).
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,47}\Z")
# Field names are echoed in errors only when they look like field names.
_SAFE_KEY = re.compile(r"[A-Za-z0-9_-]{1,40}\Z")


class InputType(StrEnum):
    CHIPS = "chips"  # tap any number of words
    CHIPS_PLUS_TEXT = "chips_plus_text"  # chips and an optional line of text
    SLIDER_0_10 = "slider_0_10"
    CHOICE = "choice"  # exactly one option
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"


class Tag(StrEnum):
    CORE = "core"
    PAIN = "pain"  # offered only when the treatment focus includes chronic pain
    MIND = "mind"
    BODY = "body"
    SPIRIT = "spirit"
    RELATIONSHIPS = "relationships"
    LIFESTYLE = "lifestyle"
    NATURE = "nature"


class PromptCadence(StrEnum):
    """How often an ongoing prompt is meant to come round (docs/clinical.md §2, phase "ongoing")."""

    DAILY = "daily"
    SEVERAL_PER_WEEK = "2-3-per-week"
    WEEKLY = "weekly"
    DAILY_OPTIONAL = "daily-optional"
    BEFORE_NEXT_SESSION = "before-next-session"  # offered only while a session is planned


class LinkTarget(StrEnum):
    SIDE_EFFECTS = "side-effects"  # the side-effect log of the session


class PackSource(StrEnum):
    BUILTIN = "builtin"
    IMPORTED = "imported"


TAP_INPUTS = frozenset({InputType.CHIPS, InputType.SLIDER_0_10, InputType.CHOICE})
OPTION_INPUTS = frozenset({InputType.CHIPS, InputType.CHIPS_PLUS_TEXT, InputType.CHOICE})
NOTE_INPUTS = frozenset({InputType.SLIDER_0_10, InputType.CHOICE})
_DOMAIN_VALUES = {d.value: d for d in Domain}


class PromptPackError(JournalError):
    """A prompt pack cannot be used; `path` names the file (or imported pack), `problem` what is wrong."""

    def __init__(self, path: str | PurePath | Traversable, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


# --- the model ---------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True, slots=True)
class PromptLink:
    """Choosing `option` offers to open `target` once the sitting is over (e.g. the side-effect log)."""

    option: str
    target: LinkTarget


@dataclass(frozen=True, slots=True, repr=False)
class Prompt:
    id: str
    text: str
    hint: str
    input: InputType
    tags: tuple[Tag, ...]
    phase: Phase
    pack_id: str
    options: tuple[Option, ...] = ()
    cadence: PromptCadence | None = None
    note: bool = False
    link: PromptLink | None = None
    share_default: str | None = None
    order: int = 0  # position across the library: packs in load order, prompts in file order

    def __repr__(self) -> str:
        return f"Prompt({self.id!r})"

    @property
    def domains(self) -> tuple[Domain, ...]:
        return tuple(_DOMAIN_VALUES[t.value] for t in self.tags if t.value in _DOMAIN_VALUES)

    @property
    def is_pain(self) -> bool:
        return Tag.PAIN in self.tags

    @property
    def tap_only(self) -> bool:
        """Answerable with taps and sliders alone (same-day mode)."""
        return self.input in TAP_INPUTS and not self.note

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    def option_label(self, option_id: str) -> str:
        found = self.option(option_id)
        return found.label if found else option_id


@dataclass(frozen=True, slots=True)
class PackPhase:
    phase: Phase
    prompts: tuple[Prompt, ...]
    when: str = ""
    banner: str = ""
    max_prompts: int | None = None


@dataclass(frozen=True, slots=True)
class PromptPack:
    id: str
    title: str
    author: str
    version: int
    phases: tuple[PackPhase, ...]
    description: str = ""
    schema_version: int = SCHEMA_VERSION
    source: PackSource = PackSource.BUILTIN
    path: str = ""  # where it came from, as errors name it
    record_id: bytes | None = None  # the PromptPackRecord of an imported pack

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        return tuple(p for phase in self.phases for p in phase.prompts)


@dataclass(frozen=True, slots=True)
class PhaseInfo:
    """What the packs say about a phase as a whole (the first pack that says it wins)."""

    phase: Phase
    when: str = ""
    banner: str = ""
    max_prompts: int | None = None


# --- loading -----------------------------------------------------------------------------------------------

def _reject_constant(name: str) -> Any:
    raise ValueError("NaN and Infinity are not JSON")


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _Bad(Exception):
    """A problem at a place in the document; turned into PromptPackError by parse_pack."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(where, problem)
        self.where = where
        self.problem = problem


def _key_name(key: object) -> str:
    return f"'{key}'" if isinstance(key, str) and _SAFE_KEY.match(key) else "an unexpected field"


def _object(where: str, value: object, required: Iterable[str], optional: Iterable[str] = ()) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(where, "must be an object")
    required = tuple(required)
    allowed = set(required) | set(optional)
    for key in value:
        if key not in allowed:
            raise _Bad(where, f"has {_key_name(key)}, which is not a field of this format "
                              f"(allowed: {', '.join(sorted(allowed))})")
    for key in required:
        if key not in value:
            raise _Bad(where, f"is missing the field '{key}'")
    return value


def _at(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


def _text(where: str, value: object, max_len: int, *, required: bool = True) -> str:
    if not isinstance(value, str):
        raise _Bad(where, "must be text")
    if required and not value.strip():
        raise _Bad(where, "must not be empty")
    if len(value) > max_len:
        raise _Bad(where, f"is longer than {max_len} characters")
    for char in value:
        category = unicodedata.category(char)
        if category == "Cs":
            raise _Bad(where, "contains characters that are not valid Unicode")
        if category == "Cc":
            raise _Bad(where, "contains a control character or line break")
    if value != value.strip():
        raise _Bad(where, "starts or ends with spaces")
    return value


def _int(where: str, value: object, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Bad(where, "must be a whole number")
    if not low <= value <= high:
        raise _Bad(where, f"must be between {low} and {high}")
    return value


def _identifier(where: str, value: object) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise _Bad(where, "must be an id of 1-48 lowercase letters, digits and '-', starting with a "
                          "letter or digit")
    return value


def _member(where: str, enum: type[StrEnum], value: object) -> Any:
    for member in enum:
        if value == member.value and isinstance(value, str):
            return member
    raise _Bad(where, "must be one of: " + ", ".join(m.value for m in enum))


def _list(where: str, value: object, low: int, high: int) -> list[Any]:
    if not isinstance(value, list):
        raise _Bad(where, "must be a list")
    if len(value) < low:
        raise _Bad(where, "must not be empty" if low == 1 else f"must have at least {low} items")
    if len(value) > high:
        raise _Bad(where, f"has more than {high} items")
    return value


def _parse_option(where: str, value: object) -> Option:
    data = _object(where, value, ("id", "label"))
    return Option(_identifier(_at(where, "id"), data["id"]), _text(_at(where, "label"), data["label"],
                                                                     OPTION_LABEL_MAX))


def _parse_prompt(where: str, value: object, phase: Phase, pack_id: str) -> Prompt:
    data = _object(where, value, ("id", "text", "input", "tags"),
                   ("hint", "options", "cadence", "note", "link", "share_default"))
    prompt_id = _identifier(_at(where, "id"), data["id"])
    text = _text(_at(where, "text"), data["text"], PROMPT_TEXT_MAX)
    hint = _text(_at(where, "hint"), data.get("hint", ""), HINT_MAX, required=False)
    kind: InputType = _member(_at(where, "input"), InputType, data["input"])

    options: tuple[Option, ...] = ()
    if kind in OPTION_INPUTS:
        if "options" not in data:
            raise _Bad(where, f"is a {kind.value} prompt and needs 'options'")
        items = _list(_at(where, "options"), data["options"], OPTIONS_MIN, OPTIONS_MAX)
        options = tuple(_parse_option(f"{where}.options[{i}]", item) for i, item in enumerate(items))
        seen: dict[str, int] = {}
        for index, option in enumerate(options):
            if option.id in seen:
                raise _Bad(f"{where}.options[{index}].id", f"'{option.id}' is used twice in this prompt "
                                                           f"(also options[{seen[option.id]}])")
            seen[option.id] = index
    elif "options" in data:
        raise _Bad(_at(where, "options"), f"only chips and choice prompts have options, not {kind.value}")

    tag_items = _list(_at(where, "tags"), data["tags"], 1, TAGS_MAX)
    tags: list[Tag] = []
    for index, item in enumerate(tag_items):
        tag: Tag = _member(f"{where}.tags[{index}]", Tag, item)
        if tag in tags:
            raise _Bad(f"{where}.tags[{index}]", f"'{tag.value}' is listed twice")
        tags.append(tag)

    cadence = None
    if "cadence" in data:
        cadence = _member(_at(where, "cadence"), PromptCadence, data["cadence"])

    note = False
    if "note" in data:
        if not isinstance(data["note"], bool):
            raise _Bad(_at(where, "note"), "must be true or false")
        note = data["note"]
        if note and kind not in NOTE_INPUTS:
            raise _Bad(_at(where, "note"), "only slider and choice prompts can add a note")

    link = None
    if "link" in data:
        link_where = _at(where, "link")
        if kind is not InputType.CHOICE:
            raise _Bad(link_where, "only choice prompts can link to another part of the app")
        link_data = _object(link_where, data["link"], ("option", "target"))
        option_id = _identifier(_at(link_where, "option"), link_data["option"])
        if not any(o.id == option_id for o in options):
            raise _Bad(_at(link_where, "option"), f"'{option_id}' is not one of this prompt's options")
        link = PromptLink(option_id, _member(_at(link_where, "target"), LinkTarget, link_data["target"]))

    share_default = None
    if "share_default" in data:
        if data["share_default"] != "ask":
            raise _Bad(_at(where, "share_default"), "must be \"ask\"")
        share_default = "ask"

    return Prompt(id=prompt_id, text=text, hint=hint, input=kind, tags=tuple(tags), phase=phase,
                  pack_id=pack_id, options=options, cadence=cadence, note=note, link=link,
                  share_default=share_default)


def _parse_phase(where: str, value: object, pack_id: str) -> PackPhase:
    data = _object(where, value, ("id", "prompts"), ("when", "banner", "max_prompts"))
    phase: Phase = _member(_at(where, "id"), Phase, data["id"])
    when = _text(_at(where, "when"), data.get("when", ""), WHEN_MAX, required=False)
    banner = _text(_at(where, "banner"), data.get("banner", ""), PROMPT_TEXT_MAX, required=False)
    max_prompts = None
    if "max_prompts" in data:
        max_prompts = _int(_at(where, "max_prompts"), data["max_prompts"], SITTING_MIN, SITTING_MAX)
    items = _list(_at(where, "prompts"), data["prompts"], 1, PROMPTS_PER_PHASE_MAX)
    prompts = tuple(_parse_prompt(f"{where}.prompts[{i}]", item, phase, pack_id)
                    for i, item in enumerate(items))
    return PackPhase(phase, prompts, when, banner, max_prompts)


def _parse_document(document: object, source: PackSource) -> PromptPack:
    data = _object("", document, ("schema_version", "id", "title", "author", "version", "phases"),
                   ("description",))
    version = data["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise _Bad("schema_version", "must be a whole number")
    if version > SCHEMA_VERSION:
        raise _Bad("schema_version", f"is {version}, newer than this app understands "
                                     f"(up to {SCHEMA_VERSION}); updating the app will read it")
    if version != SCHEMA_VERSION:
        raise _Bad("schema_version", f"must be {SCHEMA_VERSION}")
    pack_id = _identifier("id", data["id"])
    title = _text("title", data["title"], TITLE_MAX)
    author = _text("author", data["author"], AUTHOR_MAX)
    pack_version = _int("version", data["version"], 1, VERSION_MAX)
    description = _text("description", data.get("description", ""), DESCRIPTION_MAX, required=False)
    items = _list("phases", data["phases"], 1, len(Phase))
    phases = tuple(_parse_phase(f"phases[{i}]", item, pack_id) for i, item in enumerate(items))

    seen_phases: dict[Phase, int] = {}
    for index, phase in enumerate(phases):
        if phase.phase in seen_phases:
            raise _Bad(f"phases[{index}].id", f"phase '{phase.phase.value}' appears twice "
                                              f"(also phases[{seen_phases[phase.phase]}])")
        seen_phases[phase.phase] = index
    seen_prompts: dict[str, str] = {}
    for p_index, phase in enumerate(phases):
        for q_index, prompt in enumerate(phase.prompts):
            where = f"phases[{p_index}].prompts[{q_index}].id"
            if prompt.id in seen_prompts:
                raise _Bad(where, f"prompt id '{prompt.id}' is used twice (also {seen_prompts[prompt.id]})")
            seen_prompts[prompt.id] = where.removesuffix(".id")
    return PromptPack(id=pack_id, title=title, author=author, version=pack_version, phases=phases,
                      description=description, schema_version=version, source=source)


def parse_pack(data: bytes | bytearray | memoryview, path: str | PurePath | Traversable, *,
               source: PackSource = PackSource.BUILTIN, record_id: bytes | None = None) -> PromptPack:
    """The pack in `data`; raises PromptPackError naming `path` and the problem, and nothing else."""
    where = str(path)
    if not isinstance(data, bytes | bytearray | memoryview):
        raise PromptPackError(where, "is not file content (expected bytes)")
    data = bytes(data)
    if len(data) > PACK_BYTES_MAX:
        raise PromptPackError(where, f"is larger than {PACK_BYTES_MAX // 1024} KiB")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark some editors add
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise PromptPackError(where, f"is not UTF-8 text (bad byte at offset {error.start})") from None
    try:
        document = json.loads(text, object_pairs_hook=_unique_pairs, parse_constant=_reject_constant)
    except _DuplicateKey as error:
        raise PromptPackError(where, f"is not valid: the field {_key_name(error.key)} appears twice in "
                                     "one object") from None
    except json.JSONDecodeError as error:
        raise PromptPackError(where, f"is not valid JSON (line {error.lineno}, column {error.colno}: "
                                     f"{error.msg})") from None
    except (ValueError, RecursionError):
        raise PromptPackError(where, "is not valid JSON") from None
    try:
        pack = _parse_document(document, source)
    except _Bad as bad:
        raise PromptPackError(where, f"{bad.where}: {bad.problem}" if bad.where else bad.problem) from None
    except RecursionError:
        raise PromptPackError(where, "is nested too deeply") from None
    return dataclasses.replace(pack, path=where, record_id=record_id)


def builtin_pack_files() -> list[Traversable]:
    """The built-in pack files, in name order (core before pain)."""
    folder = resource("prompts")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".json") and f.is_file()),
                  key=lambda f: f.name)


def load_pack_file(path: Traversable | PurePath) -> PromptPack:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise PromptPackError(path, f"cannot be read ({error.strerror or 'input/output error'})") from None
    return parse_pack(data, path)


@functools.cache
def builtin_packs() -> tuple[PromptPack, ...]:
    """The packs shipped with the app (read once; they are immutable)."""
    return tuple(load_pack_file(f) for f in builtin_pack_files())


def imported_pack_label(record: PromptPackRecord) -> str:
    """How errors name an imported pack: its id, never its title or content."""
    return f"imported pack '{record.pack_id}'"


def parse_pack_record(record: PromptPackRecord) -> PromptPack:
    label = imported_pack_label(record)
    pack = parse_pack(record.content, label, source=PackSource.IMPORTED, record_id=record.id)
    if pack.id != record.pack_id:
        raise PromptPackError(label, f"id: the pack says '{pack.id}' but was stored as '{record.pack_id}'")
    return pack


# --- the library -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PromptLibrary:
    """Every usable prompt: the built-in packs first, then enabled imported packs. Prompt ids are unique
    across the library. `rejected` lists imported packs that could not be used, with the reason."""

    packs: tuple[PromptPack, ...]
    rejected: tuple[PromptPackError, ...] = ()
    _by_id: Mapping[str, Prompt] = field(init=False, repr=False)
    _by_phase: Mapping[Phase, tuple[Prompt, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_id: dict[str, Prompt] = {}
        owner: dict[str, str] = {}
        by_phase: dict[Phase, list[Prompt]] = {phase: [] for phase in Phase}
        ordered: list[PromptPack] = []
        order = 0
        for pack in self.packs:
            if any(other.id == pack.id for other in ordered):
                raise PromptPackError(pack.path or pack.id, f"id: pack '{pack.id}' is already loaded")
            for prompt in pack.prompts:
                if prompt.id in by_id:
                    raise PromptPackError(pack.path or pack.id, f"prompt id '{prompt.id}' is already used "
                                                                f"by pack '{owner[prompt.id]}'")
                by_id[prompt.id] = prompt
                owner[prompt.id] = pack.id
            ordered.append(pack)
        # Order: per phase, packs in load order and prompts in file order.
        numbered: dict[str, Prompt] = {}
        for pack in ordered:
            for prompt in pack.prompts:
                numbered[prompt.id] = dataclasses.replace(prompt, order=order)
                by_phase[prompt.phase].append(numbered[prompt.id])
                order += 1
        object.__setattr__(self, "_by_id", numbered)
        object.__setattr__(self, "_by_phase", {k: tuple(v) for k, v in by_phase.items()})

    @classmethod
    def builtin(cls) -> PromptLibrary:
        return cls(builtin_packs())

    @classmethod
    def with_imported(cls, records: Iterable[PromptPackRecord],
                      base: Sequence[PromptPack] | None = None) -> PromptLibrary:
        """The built-in packs (or `base`) plus every enabled imported pack that parses and does not
        clash with what is already loaded; the others go to `rejected`."""
        packs = list(builtin_packs() if base is None else base)
        rejected: list[PromptPackError] = []
        for record in sorted(records, key=lambda rec: (rec.created, rec.id)):
            if not record.enabled:
                continue
            try:
                pack = parse_pack_record(record)
                cls(tuple(packs) + (pack,))  # the clash check, on a throw-away library
            except PromptPackError as error:
                rejected.append(error)
                continue
            packs.append(pack)
        return cls(tuple(packs), tuple(rejected))

    @classmethod
    def for_journal(cls, journal: Any) -> PromptLibrary:
        """Built-in packs plus the journal's enabled imported packs."""
        return cls.with_imported(journal.list(kind=PromptPackRecord))

    def prompt(self, prompt_id: str) -> Prompt | None:
        return self._by_id.get(prompt_id)

    def prompts(self, phase: Phase | str) -> tuple[Prompt, ...]:
        return self._by_phase.get(Phase(phase), ())

    def __iter__(self):
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def pack(self, pack_id: str) -> PromptPack | None:
        return next((p for p in self.packs if p.id == pack_id), None)

    def phase_info(self, phase: Phase | str) -> PhaseInfo:
        phase = Phase(phase)
        when = banner = ""
        max_prompts = None
        for pack in self.packs:
            for pack_phase in pack.phases:
                if pack_phase.phase is not phase:
                    continue
                when = when or pack_phase.when
                banner = banner or pack_phase.banner
                max_prompts = max_prompts if max_prompts is not None else pack_phase.max_prompts
        return PhaseInfo(phase, when, banner, max_prompts)
