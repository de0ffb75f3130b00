"""Turns records into versioned JSON payload bytes and back, strictly and fast.

Two payload layouts, both decoded:

* all JSON: the compact envelope (below) with every field in "d". Every payload written before raw
  fields existed, and still every payload of a kind without raw fields.
* envelope + raw fields, for kinds whose spec names `raw_fields` (large text such as Entry.body):
  the compact JSON envelope with those fields left out of "d", one NUL byte, then the fields as UTF-8
  — a single field as the rest of the payload, several each preceded by its UTF-8 length (4 bytes,
  big-endian). Parsing a 2 KB body as a JSON string costs about as much as the rest of the record;
  decoding it as UTF-8 is nearly free. Our JSON never contains a raw NUL (the encoder escapes U+0000
  and JSON forbids raw control characters in strings), so the first NUL splits the two parts
  unambiguously; a body may contain U+0000, it lives after the split.

decode() and from_parts() check every rule of core/records/; decode_stored(), which Journal.open uses for
what the vault hands back, checks types only (see "the trusted path" below).
"""

from __future__ import annotations

import binascii
import datetime as dt
import enum
import json
import struct
import sys
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from integration_journal.core import records as r
from integration_journal.errors import (
    NewerRecordVersion,
    UndecodableRecord,
    UnknownRecordKind,
    ValidationError,
)

# The envelope: {"k": kind, "v": schema version, "c": created, "u": updated, "d": {fields}}.
ENVELOPE_KEYS = frozenset(("k", "v", "c", "u", "d"))

ToJson = Callable[[Any], Any]
FromJson = Callable[[Any], Any]
Upgrade = Callable[[dict[str, Any]], dict[str, Any]]


class _Malformed(Exception):
    """Internal: a converter met a JSON value of the wrong shape."""


@dataclass(frozen=True, slots=True)
class Conv:
    """How one field is written to JSON and read back; None means the JSON value is used as is."""

    to_json: ToJson | None
    from_json: FromJson | None


# --- converters -----------------------------------------------------------------------------------------

def _b64(value: bytes) -> str:
    return binascii.b2a_base64(value, newline=False).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise _Malformed("expected base64 text")
    try:
        # strict_mode: no stray characters, exact padding (what base64.b64decode(validate=True)
        # checks, without its Python-level wrapper).
        return binascii.a2b_base64(value, strict_mode=True)
    except (binascii.Error, ValueError):
        raise _Malformed("is not valid base64") from None


def _datetime(value: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise _Malformed("expected an ISO-8601 date and time")
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise _Malformed("is not an ISO-8601 date and time") from None


def _date(value: Any) -> dt.date:
    if not isinstance(value, str) or len(value) != 10:
        raise _Malformed("expected a date as YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _Malformed("is not a valid date") from None


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _Malformed("expected a list")
    return value


def _obj(value: Any, keys: frozenset[str]) -> dict[str, Any]:
    if not isinstance(value, dict) or value.keys() != keys:
        raise _Malformed("expected an object with the keys " + ", ".join(sorted(keys)))
    return value


def _tuple_of(conv: Conv) -> Conv:
    to_json, from_json = conv.to_json, conv.from_json
    assert to_json is not None and from_json is not None
    return Conv(lambda v: [to_json(x) for x in v], lambda v: tuple(from_json(x) for x in _list(v)))


BYTES = Conv(_b64, _unb64)
# A bytes field that may be stored raw after the envelope (then it arrives as bytes) or, in payloads
# written before that, as base64 text in the JSON.
RAW_BYTES = Conv(_b64, lambda v: v if type(v) is bytes else _unb64(v))
OPT_BYTES = Conv(lambda v: None if v is None else _b64(v), _unb64)
DATETIME = Conv(dt.datetime.isoformat, _datetime)
DATE = Conv(dt.date.isoformat, _date)
OPT_DATE = Conv(lambda v: None if v is None else v.isoformat(), lambda v: None if v is None else _date(v))
JSON = Conv(r.thaw_json, None)  # the record re-validates and freezes what json.loads gave

_BP_KEYS = frozenset(("systolic", "diastolic"))
BLOOD_PRESSURE = Conv(
    lambda bp: None if bp is None else {"systolic": bp.systolic, "diastolic": bp.diastolic},
    lambda v: r.BloodPressure(**_obj(v, _BP_KEYS)),
)
_EFFECT_KEYS = frozenset(("effect", "severity", "duration"))
SIDE_EFFECTS = _tuple_of(Conv(
    lambda e: {"effect": e.effect, "severity": e.severity, "duration": e.duration},
    lambda v: r.SideEffectReport(**_obj(v, _EFFECT_KEYS)),
))
_ANSWER_KEYS = frozenset(("prompt", "answer"))
PROMPT_ANSWERS = _tuple_of(Conv(
    lambda a: {"prompt": a.prompt_id, "answer": r.thaw_json(a.answer)},
    lambda v: r.PromptAnswer(_obj(v, _ANSWER_KEYS)["prompt"], v["answer"]),
))


# --- the trusted path's type checks -------------------------------------------------------------------------
#
# Codec.decode_stored builds records from payloads that this app encoded from validated records and
# that the vault has authenticated since (AES-GCM, bound to the record id and revision): the values
# obeyed every rule of core/records/ when they were written, and nobody else can have written them. So
# it checks only that each value has its field's declared type (what the UI relies on not to crash),
# converts what JSON cannot carry (enums, tuples, dates, bytes), and sets the fields directly. Rules
# about values (ranges, lengths, tag normalisation) are not re-run; a rule made stricter must come
# with a schema version, as anything below the current version takes the full path.

_NONE = type(None)
# Value objects that the field converters build through their own validating constructors.
_VALIDATED_VALUES = (r.BloodPressure, r.SideEffectReport, r.PromptAnswer)


class _Untrusted(Exception):
    """Internal: a stored value is not of its field's type; full validation decides what it is."""


def _exact(kind: type) -> FromJson:
    def check(value: Any) -> Any:
        if type(value) is not kind:
            raise _Untrusted
        return value
    return check


def _aware(value: Any) -> dt.datetime:
    if type(value) is not dt.datetime or type(value.tzinfo) is not dt.timezone:
        raise _Untrusted
    return value


def _texts(value: Any) -> tuple[str, ...]:
    if type(value) is not list:
        raise _Untrusted
    for item in value:
        if type(item) is not str:
            raise _Untrusted
    return tuple(value)


def _items(item: FromJson) -> FromJson:
    def check(value: Any) -> tuple[Any, ...]:
        if type(value) is not list and type(value) is not tuple:  # tuple: a converter already built it
            raise _Untrusted
        return tuple(map(item, value))
    return check


def _members(kind: type[enum.StrEnum]) -> dict[Any, Any]:
    return {member.value: member for member in kind}


def _shape(hint: Any) -> FromJson | None:
    """The check for a (converted) JSON value of a field typed `hint`, null aside: returns the field
    value or raises; None for a type not handled here."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) is tuple:
        if len(args) != 2 or args[1] is not Ellipsis:
            return None
        if args[0] is str:
            return _texts
        item = _shape(_without_none(args[0])[0])
        if item is None:
            return None
        if _NONE in typing.get_args(args[0]):  # e.g. the skipped items of a questionnaire
            return _items(lambda value: None if value is None else item(value))
        return _items(item)
    if not isinstance(hint, type):
        return None
    if issubclass(hint, enum.StrEnum):
        return _members(hint).__getitem__  # a C-level lookup; KeyError or TypeError: untrusted
    if hint is dt.datetime:
        return _aware
    if hint in (str, bool, int, float, bytes, dt.date) or hint in _VALIDATED_VALUES:
        return _exact(hint)
    return None


def _without_none(hint: Any) -> tuple[Any, bool]:
    """(`hint` without its None arm, whether it had one); other unions are left as they are."""
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (types.UnionType, typing.Union) and len(args) == 2 and _NONE in args:
        return (args[0] if args[1] is _NONE else args[1]), True
    return hint, False


def _then(reader: FromJson, shape: FromJson) -> FromJson:
    return lambda value: shape(reader(value))


def _then_items(reader: FromJson, shape: FromJson) -> FromJson:
    def read(value: Any) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _Untrusted
        return shape(reader(value)) if value else ()  # most lists are empty: no calls for them
    return read


def _trusted_fields(cls: type[r.Record], converters: Mapping[str, Conv | None]):
    """KindSpec.trusted for `cls`: per field, the type a JSON value may have to be used as is, the
    converter for any other value, and the setter of the field's slot."""
    out = []
    for f in fields(cls):
        if f.name in ("id", "created", "updated"):
            continue
        if f.name not in converters:
            return None  # a field the spec does not store: only the constructor's default can fill it
        hint, optional = _without_none(_resolved(f.type, cls))
        shape = _shape(hint)
        if shape is None:
            return None
        conv = converters[f.name]
        reader = conv.from_json if conv is not None else None
        exact: type | None = None  # None: no value is used as is, each one is converted
        if reader is not None:
            shape = (_then_items if typing.get_origin(hint) is tuple else _then)(reader, shape)
        elif hint in (str, bool, int, float):
            exact, shape = hint, None
        if optional:
            # null is used as is; a value of the exact type then goes through its check.
            shape = shape or _exact(exact)
            exact = _NONE
        out.append((f.name, exact, shape, _slot_setter(cls, f.name)))
    return tuple(out)


def _resolved(annotation: Any, cls: type) -> Any:
    """A field's type from its annotation, which is text under `from __future__ import annotations`.
    What typing.get_type_hints does, for one field and with a cache: the kinds share most of their
    field types, and resolving every class's hints at import took 8 ms of the app's start."""
    if not isinstance(annotation, str):
        return annotation
    key = (cls.__module__, annotation)
    if key not in _RESOLVED:
        _RESOLVED[key] = eval(annotation, vars(sys.modules[cls.__module__]))  # noqa: S307 - our own source
    return _RESOLVED[key]


_RESOLVED: dict[tuple[str, str], Any] = {}


def _slot_setter(cls: type, name: str) -> Callable[[Any, Any], None]:
    return getattr(cls, name).__set__


# --- the schema of every kind ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class KindSpec:
    """The stored form of one record kind at its current schema version.

    `upgrades[n]` turns the fields of version n into those of version n + 1; decoding an older record
    runs the chain up to `version`. A field missing here or in a payload is an error, not a default:
    the spec is the schema.
    """

    cls: type[r.Record]
    fields: tuple[tuple[str, Conv | None], ...]
    version: int = 1
    upgrades: Mapping[int, Upgrade] = field(default_factory=dict)
    # Fields stored after the JSON envelope (see the module docstring): plain-text fields (no
    # converter) as raw UTF-8, RAW_BYTES fields as the bytes themselves. They keep their names across
    # schema versions: decoding puts them back into the fields before any upgrade runs.
    raw_fields: tuple[str, ...] = ()
    # Derived once: decoding 10,000 records must not rebuild them 10,000 times.
    field_names: frozenset[str] = field(init=False)
    readers: tuple[tuple[str, FromJson], ...] = field(init=False)
    binary_raw: frozenset[str] = field(init=False)  # raw fields that are bytes, not text
    # For Codec.decode_stored: (name, exact type, converter, slot setter) of every field, or None when
    # a field's type is one the trusted path does not check (the kind is then always fully validated).
    trusted: tuple[tuple[str, type | None, FromJson | None, Callable[[Any, Any], None]], ...] | None = (
        field(init=False))

    def __post_init__(self) -> None:
        object.__setattr__(self, "field_names", frozenset(name for name, _ in self.fields))
        object.__setattr__(self, "readers", tuple((name, conv.from_json) for name, conv in self.fields
                                                  if conv is not None and conv.from_json is not None))
        converters = dict(self.fields)
        object.__setattr__(self, "binary_raw", frozenset(n for n in self.raw_fields if converters.get(n) is RAW_BYTES))
        for name in self.raw_fields:
            if name not in converters or converters[name] not in (None, RAW_BYTES):
                raise ValueError(f"raw field {name} must be a plain or RAW_BYTES field of {self.cls.__name__}")
        if len(set(self.raw_fields)) != len(self.raw_fields):
            raise ValueError("raw fields must not repeat")
        object.__setattr__(self, "trusted", _trusted_fields(self.cls, converters))

    @property
    def kind(self) -> str:
        return self.cls.KIND


def _spec(cls: type[r.Record], *fields: str | tuple[str, Conv], raw: tuple[str, ...] = (),
          upgrades: Mapping[int, Upgrade] | None = None) -> KindSpec:
    return KindSpec(cls, tuple((f, None) if isinstance(f, str) else f for f in fields), cls.SCHEMA_VERSION,
                    upgrades=upgrades or {}, raw_fields=raw)


# Spelled out, not TreatmentSession.COURSE_FIELDS: what schema 2 added stays fixed if later schemas add more.
_SESSION_V2_FIELDS = ("number_in_series", "product", "therapist_present", "support_person", "antiemetic",
                      "acute_duration", "experience_kind", "transport_home", "next_integration_session")


def _session_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 added the course details of docs/clinical.md §4.3; older sessions simply did not record them."""
    for name in _SESSION_V2_FIELDS:
        if name in data:
            raise ValueError(f"{name} is not a schema 1 field")
        data[name] = None
    return data


def _profile_1_to_2(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 2 added the clinic's after-hours line; older profiles have none."""
    if "clinic_after_hours" in data:
        raise ValueError("clinic_after_hours is not a schema 1 field")
    data["clinic_after_hours"] = ""
    return data


DEFAULT_SPECS: tuple[KindSpec, ...] = (
    _spec(r.Profile, "role", "display_name", "country_code", "treatment_focus", "clinic_name",
          "clinic_phone", "clinic_after_hours", upgrades={1: _profile_1_to_2}),
    _spec(r.TreatmentSession, ("when", DATETIME), "route", "setting", "dose_mg", "clinic", "provider",
          "intention", ("bp_before", BLOOD_PRESSURE), ("bp_after", BLOOD_PRESSURE), "experience",
          "experience_text", ("side_effects", SIDE_EFFECTS), "notes", "number_in_series", "product",
          "therapist_present", "support_person", "antiemetic", "acute_duration", "experience_kind",
          "transport_home", ("next_integration_session", OPT_DATE), upgrades={1: _session_1_to_2}),
    _spec(r.Entry, "title", "body", "tags", "phase", ("session_id", OPT_BYTES),
          ("prompt_answers", PROMPT_ANSWERS), "share", "bring_to_appointment", "question_for_therapist",
          raw=("body",)),
    _spec(r.CheckIn, ("date", DATE), "mood", "anxiety", "pain", "sleep_hours", "sleep_quality", "note"),
    _spec(r.QuestionnaireResponse, "instrument", "answers", ("taken_at", DATETIME), "baseline"),
    _spec(r.Reframe, "old_thought", "new_perspective", ("source_id", OPT_BYTES), "domain"),
    _spec(r.Commitment, "text", "domain", "cadence", ("checkoffs", _tuple_of(DATE)), "active"),
    _spec(r.SafetyPlan, *(name for _, name in r.SAFETY_PLAN_SECTIONS)),
    KindSpec(r.Contact, (("name", None), ("role", None), ("card", OPT_BYTES), ("verified", None),
                         ("key_fingerprints", _tuple_of(BYTES)), ("last_sequence", None),
                         ("seen_bundles", _tuple_of(BYTES))),
             r.Contact.SCHEMA_VERSION, upgrades={1: lambda d: d | {"last_sequence": None, "seen_bundles": []}}),
    _spec(r.ShareLog, ("recipient_id", BYTES), "recipient_name", ("bundle_id", BYTES), "sequence",
          ("item_ids", _tuple_of(BYTES)), ("sent_at", DATETIME)),
    KindSpec(r.ReceivedItem, (("sender_id", BYTES), ("bundle_id", BYTES), ("sequence", None),
                              ("item_kind", None), ("item_id", BYTES), ("payload", RAW_BYTES),
                              ("received_at", DATETIME), ("reviewed", None), ("discuss_next_time", None),
                              ("seen", None)),
             r.ReceivedItem.SCHEMA_VERSION, upgrades={1: lambda d: d, 2: lambda d: d | {"seen": d["reviewed"]}},
             raw_fields=("payload",)),
    _spec(r.Annotation, ("target_id", BYTES), "text", "for_patient", ("author_id", OPT_BYTES),
          upgrades={1: lambda d: d | {"author_id": None}}),
    _spec(r.PromptPackRecord, "pack_id", "title", "version", ("content", BYTES),
          ("signer_fingerprint", OPT_BYTES), "enabled"),
    _spec(r.Draft, "target_kind", ("target_id", OPT_BYTES), ("state", JSON)),
    _spec(r.AuditEvent, "event", ("details", JSON)),
    _spec(r.Settings, ("values", JSON)),
    # Schema 2 stores the earlier revision raw after the envelope (schema 1: base64 in the JSON), so a
    # light journal can hold snapshots without it, like received payloads.
    _spec(r.HistorySnapshot, ("of_id", BYTES), "revision", "deleted", ("payload", RAW_BYTES), raw=("payload",),
          upgrades={1: lambda d: d}),
    _spec(r.Identity, ("stable_id", BYTES), ("signing_seed", BYTES), ("mlkem_seed", BYTES),
          ("x25519_seed", BYTES), "next_sequence"),
)


def _field_with_bad_text(document: dict[str, Any]) -> str:
    for name, value in document["d"].items():
        try:
            _encoder.encode(value).encode("utf-8")
        except UnicodeEncodeError:
            return name
    return "record"


def _reject_constant(name: str) -> Any:
    raise ValueError("NaN and Infinity are not JSON")


_NOT_UNICODE = "contains characters that are not valid Unicode"
# A light record (Codec.decode_light) keeps this much of a raw text field: what a list's excerpt
# (ui.journal_models.excerpt reads 4 x 80 characters) and a summary's line need.
LIGHT_TEXT_CHARS = 320
_RAW_LENGTH = struct.Struct(">I")  # before each raw field when a kind has several



def _light_text(payload: bytes, split: int) -> str:
    """The first LIGHT_TEXT_CHARS characters of the raw text after the NUL at `split` (fewer if it is
    shorter). At most 4 bytes a character: enough bytes for LIGHT_TEXT_CHARS characters; "ignore" drops
    only a character the cut splits (the payload is authenticated)."""
    text = str(memoryview(payload)[split + 1:split + 1 + 4 * LIGHT_TEXT_CHARS], "utf-8", "ignore")
    if len(text) < LIGHT_TEXT_CHARS:  # the whole text is shorter: keep it all
        text = str(memoryview(payload)[split + 1:], "utf-8")
    return text[:LIGHT_TEXT_CHARS]


_decoder = json.JSONDecoder(parse_constant=_reject_constant)
_scan = _decoder.scan_once
_encoder = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


class Codec:
    """Encodes and decodes records of the kinds it is given (all of records.RECORD_TYPES by default)."""

    def __init__(self, specs: Iterable[KindSpec] = DEFAULT_SPECS) -> None:
        self._by_kind: dict[str, KindSpec] = {}
        self._by_type: dict[type[r.Record], KindSpec] = {}
        for spec in specs:
            self._by_kind[spec.kind] = spec
            self._by_type[spec.cls] = spec

    def spec_for(self, kind: str) -> KindSpec | None:
        return self._by_kind.get(kind)

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(self._by_kind)

    # --- encoding -----------------------------------------------------------------------------------

    def fields_to_json(self, record: r.Record) -> dict[str, Any]:
        """The record's own fields in their JSON form (no id, kind or timestamps)."""
        spec = self._by_type.get(type(record))
        if spec is None:
            raise ValidationError("kind", "is not a record kind this app can store")
        out: dict[str, Any] = {}
        for name, conv in spec.fields:
            value = getattr(record, name)
            out[name] = value if conv is None or conv.to_json is None else conv.to_json(value)
        return out

    def to_document(self, record: r.Record) -> dict[str, Any]:
        spec = self._by_type.get(type(record))
        if spec is None:
            raise ValidationError("kind", "is not a record kind this app can store")
        return {"k": spec.kind, "v": spec.version, "c": record.created.isoformat(),
                "u": record.updated.isoformat(), "d": self.fields_to_json(record)}

    def encode(self, record: r.Record) -> bytes:
        document = self.to_document(record)
        spec = self._by_type[type(record)]
        data = document["d"]
        # Text as the converter left it; bytes from the record itself, not their base64 form.
        raw = [(name, getattr(record, name) if name in spec.binary_raw and data.pop(name) is not None
                else data.pop(name)) for name in spec.raw_fields]
        try:
            head = _encoder.encode(document).encode("utf-8")
        except UnicodeEncodeError:
            # Only lone surrogates get here (records do not check for them: see records.check_text).
            raise ValidationError(_field_with_bad_text(document), _NOT_UNICODE) from None
        if not raw:
            return head
        parts = [head, b"\0"]
        for name, value in raw:
            if type(value) is bytes:
                encoded = value
            elif type(value) is not str:
                raise ValidationError(name, "must be text")
            else:
                try:
                    encoded = value.encode("utf-8")
                except UnicodeEncodeError:
                    raise ValidationError(name, _NOT_UNICODE) from None
            if len(raw) > 1:
                parts.append(_RAW_LENGTH.pack(len(encoded)))
            parts.append(encoded)
        return b"".join(parts)

    # --- decoding -----------------------------------------------------------------------------------

    def decode(self, record_id: bytes, payload: bytes) -> r.Record:
        """Rebuild a record; raises UndecodableRecord (or a subclass) and nothing else for bad input."""
        try:
            split = payload.find(b"\0")  # -1: all JSON; else the envelope ends there, raw fields follow
            text = str(payload if split < 0 else payload[:split], "utf-8")
            # The scanner directly: JSONDecoder.decode adds two whitespace regex matches per call,
            # which our compact payloads never need (surrounding whitespace is refused as malformed).
            document, end = _scan(text, 0)
            if end != len(text):
                raise ValueError("trailing data")
        except (UnicodeDecodeError, ValueError, TypeError, AttributeError, RecursionError, StopIteration):
            raise UndecodableRecord(record_id, "its contents are not valid JSON") from None
        if not isinstance(document, dict) or document.keys() != ENVELOPE_KEYS:
            raise UndecodableRecord(record_id, "its contents are not a record envelope")
        kind, version, data = document["k"], document["v"], document["d"]
        if split >= 0:
            spec = self._by_kind.get(kind) if type(kind) is str else None
            # Anything _build refuses anyway (unknown kind, bad or newer version, fields not an
            # object) is left to it, so the error is the same in both layouts.
            if (spec is not None and type(version) is int and 1 <= version <= spec.version
                    and type(data) is dict):
                self._read_raw(record_id, spec, data, payload, split + 1)
        # No scan for escaped lone surrogates here: our encoder cannot produce them (encode refuses
        # such text) and the vault authenticates every payload; scanning would cost ~20 % of a
        # large vault's load time. Imports, which read outside text, check for them (export_json).
        return self._build(record_id, kind, version, document["c"], document["u"], data, owned=True)

    def decode_stored(self, record_id: bytes, payload: bytes, *, light: bool = False) -> r.Record:
        """decode() for a payload as the store hands it back: written by this app from a validated
        record and authenticated by the vault since. At the current schema version each field's type
        is checked but the records' value rules are not re-run (see "the trusted path" above); any
        other payload, or any value of the wrong type, takes the full path of decode().

        `light` lets a single raw text field (an entry's body) be read only as far as decode_light
        keeps it; the caller cuts every other raw field (see decode_light)."""
        try:
            split = payload.find(b"\0")
            text = str(payload if split < 0 else payload[:split], "utf-8")
            document, end = _scan(text, 0)
            spec = self._by_kind[document["k"]]
            trusted = spec.trusted
            version = document["v"]
            data = document["d"]
            if (trusted is None or end != len(text) or len(document) != 5 or type(version) is not int
                    or version != spec.version or type(data) is not dict or type(record_id) is not bytes
                    or len(record_id) != r.RECORD_ID_BYTES):
                return self.decode(record_id, payload)
            if split >= 0:
                raw = spec.raw_fields
                if len(raw) == 1 and not spec.binary_raw and raw[0] not in data:  # Entry.body
                    if light and len(payload) - split - 1 > LIGHT_TEXT_CHARS:
                        data[raw[0]] = _light_text(payload, split)
                    else:
                        data[raw[0]] = str(memoryview(payload)[split + 1:], "utf-8")
                elif light and len(raw) == 1 and spec.binary_raw and raw[0] not in data:  # ReceivedItem.payload
                    data[raw[0]] = b""  # kept light: not even copied out of the payload
                else:
                    self._read_raw(record_id, spec, data, payload, split + 1)
            if len(data) != len(trusted):  # with every name looked up below: exactly the spec's fields
                return self.decode(record_id, payload)
            created_text, updated_text = document["c"], document["u"]
            created = _fromiso(created_text)
            updated = created if updated_text == created_text else _fromiso(updated_text)
            if type(created.tzinfo) is not dt.timezone or type(updated.tzinfo) is not dt.timezone:
                return self.decode(record_id, payload)
            record = _new(spec.cls)
            _set_id(record, record_id)
            _set_created(record, created)
            _set_updated(record, updated)
            for name, exact, convert, set_field in trusted:
                value = data[name]
                if type(value) is not exact:
                    if convert is None:
                        raise _Untrusted
                    value = convert(value)
                set_field(record, value)
            return record
        except Exception:  # noqa: BLE001 - whatever went wrong, the full path decides
            # It gives the record, or the precise error naming the field (and raises only those).
            return self.decode(record_id, payload)

    def decode_light(self, record_id: bytes, payload: bytes) -> tuple[r.Record, bool]:
        """decode_stored() keeping a record of a kind with raw fields *light*: each raw text field cut to
        its first LIGHT_TEXT_CHARS characters, each raw bytes field empty. Returns (record, light):
        light is False when nothing had to be cut (the record is whole). See docs/architecture.md,
        "Decode on demand"."""
        spec = self._heavy_spec(payload)
        if spec is None:
            record = self.decode_stored(record_id, payload)
            # Written before its bytes went raw (a schema 1 history snapshot or received item): the
            # field came out of the JSON whole, and is dropped all the same.
            older = self._by_type.get(type(record))
            if older is not None and older.binary_raw and self._cut(older, record):
                return record, True
            return record, False
        record = self.decode_stored(record_id, payload, light=True)
        if type(record) is not spec.cls:  # cannot happen for a payload of that kind; stay whole
            return record, False
        # A raw bytes field is left empty by decode_stored itself: the record is light all the same.
        return record, self._cut(spec, record) or bool(spec.binary_raw)

    def light_payload(self, payload: bytes) -> tuple[bytes, bool]:
        """The part of a stored payload that a light record needs (what the vault's record index
        keeps, docs/architecture.md "Decode on demand"), and whether anything was cut from it.

        decode_light(record_id, light) gives a record equal in every field to decode_light(record_id,
        payload); its light flag may be False where the payload's is True (a body cut to exactly
        LIGHT_TEXT_CHARS ASCII characters looks whole), which is why the cut flag is returned here. An
        entry keeps its envelope and the first LIGHT_TEXT_CHARS characters of its body; a received
        item its envelope only; anything else, or anything that is not a well-formed payload of ours,
        is kept whole (flag False). Never raises for any bytes."""
        try:
            spec = self._heavy_spec(payload)
            if spec is None or len(spec.raw_fields) != 1:
                return payload, False
            split = payload.find(b"\0")
            if spec.binary_raw:
                light = payload[:split + 1]  # decode_light leaves a raw bytes field empty
            else:
                body = memoryview(payload)[split + 1:]
                str(body, "utf-8")  # the whole body must be text, or the record is kept as it is
                light = payload[:split + 1] + _light_text(payload, split).encode("utf-8")
            if len(light) == len(payload):
                return payload, False
            return light, True
        except Exception:  # noqa: BLE001 - not a payload of ours: kept whole, decoding decides
            return payload, False

    def _heavy_spec(self, payload: bytes) -> KindSpec | None:
        """The spec of a payload that holds raw fields long enough to be cut, from its envelope's first
        key (Codec.encode writes the kind first); None for anything else, which is decoded whole."""
        split = payload.find(b"\0")
        if split < 0 or not payload.startswith(b'{"k":"'):
            return None
        end = payload.find(b'"', 6, split)
        spec = self._by_kind.get(payload[6:end].decode("ascii", "replace")) if end > 0 else None
        if spec is None or not spec.raw_fields:
            return None
        if not spec.binary_raw and len(payload) - split - 1 <= LIGHT_TEXT_CHARS:
            return None  # every character of the raw text fits: the record is whole
        return spec

    def is_heavy(self, record: r.Record) -> bool:
        """True if keeping `record` light would leave something out."""
        spec = self._by_type.get(type(record))
        if spec is None or not spec.raw_fields:
            return False
        for name in spec.raw_fields:
            value = getattr(record, name)
            if (name in spec.binary_raw and value) or (type(value) is str and len(value) > LIGHT_TEXT_CHARS):
                return True
        return False

    def lightened(self, record: r.Record) -> r.Record:
        """A copy of `record` kept light (see decode_light), or `record` itself if nothing is cut."""
        spec = self._by_type.get(type(record))
        if spec is None or not self.is_heavy(record):
            return record
        copy = _new(spec.cls)
        for cls in type(record).__mro__:
            for name in getattr(cls, "__slots__", ()):
                _slot_setter(cls, name)(copy, getattr(record, name))
        self._cut(spec, copy)
        return copy

    @staticmethod
    def _cut(spec: KindSpec, record: r.Record) -> bool:
        """Cut the raw fields of a record this codec just built (nobody else holds it); True if any was."""
        cut = False
        for name in spec.raw_fields:
            value = getattr(record, name)
            if name in spec.binary_raw:
                if value:
                    _slot_setter(spec.cls, name)(record, b"")
                    cut = True
            elif type(value) is str and len(value) >= LIGHT_TEXT_CHARS:
                if len(value) > LIGHT_TEXT_CHARS:
                    _slot_setter(spec.cls, name)(record, value[:LIGHT_TEXT_CHARS])
                cut = True  # exactly LIGHT_TEXT_CHARS after the fast path's cut: more may follow
        return cut

    @staticmethod
    def _read_raw(record_id: bytes, spec: KindSpec, data: dict[str, Any], payload: bytes, start: int) -> None:
        """Put the raw fields after the NUL at `start` into `data` (the envelope's fields)."""
        names = spec.raw_fields
        binary = spec.binary_raw
        if not names:
            raise UndecodableRecord(record_id, "its contents are not a record envelope")
        for name in names:
            if name in data:
                raise UndecodableRecord(record_id, f"field {name} is stored twice")
        name = names[0]
        try:
            if len(names) == 1:
                data[name] = payload[start:] if name in binary else str(memoryview(payload)[start:], "utf-8")
                return
            view = memoryview(payload)
            position, end = start, len(payload)
            for name in names:
                if end - position < _RAW_LENGTH.size:
                    raise ValueError("truncated")
                (size,) = _RAW_LENGTH.unpack_from(view, position)
                position += _RAW_LENGTH.size
                if size > end - position:
                    raise ValueError("truncated")
                data[name] = (bytes(view[position:position + size]) if name in binary
                              else str(view[position:position + size], "utf-8"))
                position += size
            if position != end:
                raise UndecodableRecord(record_id, "its contents have trailing data")
        except (UnicodeDecodeError, ValueError, struct.error):
            raise UndecodableRecord(record_id, f"field {name} is not valid UTF-8 text or is cut "
                                               "short") from None

    def from_parts(self, record_id: bytes, kind: Any, version: Any, created: Any, updated: Any,
                   data: Any) -> r.Record:
        """Build a record from its kind, schema version, ISO timestamps and JSON fields."""
        return self._build(record_id, kind, version, created, updated, data, owned=False)

    def _build(self, record_id: bytes, kind: Any, version: Any, created: Any, updated: Any,
               data: Any, *, owned: bool) -> r.Record:
        if not isinstance(kind, str):
            raise UndecodableRecord(record_id, "its kind is missing")
        spec = self._by_kind.get(kind)
        if spec is None:
            # The kind string itself is not repeated: it came from the payload.
            raise UnknownRecordKind(record_id, "its kind is not known to this version of the app")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise UndecodableRecord(record_id, "its schema version is not a positive whole number")
        if version > spec.version:
            raise NewerRecordVersion(record_id, f"it was written by a newer version of the app ({kind} "
                                                f"schema {version}; this version reads up to {spec.version})")
        if not isinstance(data, dict):
            raise UndecodableRecord(record_id, "its fields are not an object")
        while version < spec.version:
            upgrade = spec.upgrades.get(version)
            if upgrade is None:
                raise UndecodableRecord(record_id, f"there is no upgrade from {kind} schema {version}")
            try:
                data = upgrade(dict(data))
            except (KeyError, IndexError, TypeError, ValueError, AttributeError):
                raise UndecodableRecord(record_id, f"its {kind} schema {version} fields could not be "
                                                   "upgraded") from None
            if not isinstance(data, dict):
                raise UndecodableRecord(record_id, f"the upgrade from {kind} schema {version} failed")
            version += 1
            owned = True
        if data.keys() != spec.field_names:
            missing = sorted(spec.field_names - data.keys())
            if missing:
                raise UndecodableRecord(record_id, f"field {missing[0]} is missing")
            raise UndecodableRecord(record_id, "it has fields this version does not know")
        name = "created"
        try:
            created_at = _fromiso(created) if type(created) is str else _datetime(created)
            name = "updated"
            # Never-edited records share one datetime object for both (less to allocate at load).
            updated_at = (created_at if updated == created and type(updated) is str
                          else _fromiso(updated) if type(updated) is str else _datetime(updated))
            # Most fields are used as json.loads gave them; only the few with a reader are converted,
            # in place when the dict is ours (decoding a large vault allocates nothing extra).
            kwargs = data if owned or not spec.readers else dict(data)
            for name, read in spec.readers:
                # None and [] pass through unconverted; the record's own validation accepts or
                # rejects them (an optional id may be None, a required one may not).
                value = kwargs[name]
                if value is not None and value != []:
                    kwargs[name] = read(value)
            name = ""
            return spec.cls(id=record_id, created=created_at, updated=updated_at, **kwargs)
        except _Malformed as error:
            raise UndecodableRecord(record_id, f"field {name} {error}") from None
        except ValidationError as error:
            where = f"{name}.{error.field}" if name and name != error.field else error.field
            raise UndecodableRecord(record_id, f"field {where} {error.problem}") from None
        except (TypeError, ValueError, AttributeError):
            problem = ("is not an ISO-8601 date and time" if name in ("created", "updated")
                       else "has the wrong shape")
            raise UndecodableRecord(record_id, f"field {name or 'record'} {problem}") from None


_fromiso = dt.datetime.fromisoformat
_new = object.__new__
_set_id = _slot_setter(r.Record, "id")
_set_created = _slot_setter(r.Record, "created")
_set_updated = _slot_setter(r.Record, "updated")

DEFAULT_CODEC = Codec()


def encode(record: r.Record) -> bytes:
    """Payload bytes for `record` with the default schema."""
    return DEFAULT_CODEC.encode(record)


def decode(record_id: bytes, payload: bytes) -> r.Record:
    """The record stored under `record_id`; raises UndecodableRecord (or a subclass) when unusable."""
    return DEFAULT_CODEC.decode(record_id, payload)
