"""The field checks every record kind shares (each names the field it rejects), the size caps, frozen JSON and tags."""

from __future__ import annotations

import datetime as dt
import math
import re
import types
from collections.abc import Iterable, Mapping
from enum import StrEnum
from typing import Any, TypeAlias, TypeVar

from integration_journal.core.store import RECORD_ID_BYTES
from integration_journal.crypto.names import name_problem, normalise_name
from integration_journal.errors import ValidationError

# Frozen JSON: what prompt answers, drafts and settings may hold. Lists become tuples and objects
# become read-only mappings so a record stays immutable all the way down.
JSONValue: TypeAlias = (
    None | bool | int | float | str | tuple["JSONValue", ...] | Mapping[str, "JSONValue"]
)

# Caps keep a damaged or hostile import from producing records the UI cannot handle; they sit far
# above anything a person types.
LINE_MAX = 500
NAME_MAX = 200
TEXT_MAX = 1_000_000
TAG_MAX = 64
TAGS_MAX = 100
LIST_MAX = 1000
BLOB_MAX = 4 * 1024 * 1024
JSON_DEPTH_MAX = 16
SERIES_MAX = 500  # sessions in one course, as a sanity bound

_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}\Z")


_E = TypeVar("_E", bound=StrEnum)


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


def check_text(name: str, value: object, max_len: int = TEXT_MAX, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise ValidationError(name, "must be text")
    if len(value) > max_len:
        raise ValidationError(name, f"is longer than {max_len} characters")
    if required and not value.strip():
        raise ValidationError(name, "must not be empty")
    # Lone surrogates are caught when the record is encoded (codec.encode): checking every text
    # here would double the cost of loading a large vault.
    return value


def check_person_name(name: str, value: object, max_len: int = NAME_MAX) -> str:
    """A person's name as typed for the profile or a contact: the rules of crypto/names.py (no controls,
    no invisible characters), returned in its one written form (NFC, single spaces). Checked where a
    name comes in, not when a stored record loads, so a journal never stops opening over an old name."""
    text = check_text(name, value, max_len, required=True)
    problem = name_problem(text)
    if problem is not None:
        raise ValidationError(name, problem)
    return normalise_name(text)


def check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(name, "must be true or false")
    return value


def check_int(name: str, value: object, low: int, high: int | None) -> int:
    # bool is an int subclass; True as a mood score is a bug, not a 1.
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(name, "must be a whole number")
    if value < low or (high is not None and value > high):
        raise ValidationError(name, f"must be between {low} and {high}" if high is not None
                              else f"must be at least {low}")
    return value


def check_opt_int(name: str, value: object, low: int, high: int) -> int | None:
    return None if value is None else check_int(name, value, low, high)


def check_float(name: str, value: object, low: float, high: float, *, low_open: bool = False) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValidationError(name, "must be a number")
    number = float(value)
    if not math.isfinite(number):
        raise ValidationError(name, "must be a finite number")
    if number < low or number > high or (low_open and number == low):
        lower = f"above {low:g}" if low_open else f"at least {low:g}"
        raise ValidationError(name, f"must be {lower} and at most {high:g}")
    return number


def check_datetime(name: str, value: object) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise ValidationError(name, "must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(name, "must carry a time zone")
    return value


def check_date(name: str, value: object) -> dt.date:
    # A datetime is a date subclass; accepting one would silently keep a time nobody asked for.
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(name, "must be a calendar date")
    return value


def check_id(name: str, value: object) -> bytes:
    if not isinstance(value, bytes) or len(value) != RECORD_ID_BYTES:
        raise ValidationError(name, f"must be a {RECORD_ID_BYTES}-byte record id")
    return value


def check_opt_id(name: str, value: object) -> bytes | None:
    return None if value is None else check_id(name, value)


def check_blob(name: str, value: object, max_len: int = BLOB_MAX) -> bytes:
    if isinstance(value, bytearray | memoryview):
        value = bytes(value)
    if not isinstance(value, bytes):
        raise ValidationError(name, "must be bytes")
    if len(value) > max_len:
        raise ValidationError(name, f"is larger than {max_len} bytes")
    return value


def check_enum(name: str, enum: type[_E], value: object) -> _E:
    # A plain dict lookup: Enum's own call path is slow enough to show when loading a large vault,
    # and a StrEnum member hashes like its value, so members and their text both find themselves.
    members = _ENUM_MEMBERS.get(enum)
    if members is None:
        members = _ENUM_MEMBERS[enum] = {m.value: m for m in enum}
    member = members.get(value) if isinstance(value, str) else None
    if member is None:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationError(name, f"must be one of: {allowed}")
    return member  # type: ignore[return-value]


_ENUM_MEMBERS: dict[type[StrEnum], dict[str, StrEnum]] = {}


def check_identifier(name: str, value: object) -> str:
    if not isinstance(value, str) or not _ID_PATTERN.match(value):
        raise ValidationError(name, "must be an identifier of lowercase letters, digits, '-', '_' or '.'")
    return value


def check_items(name: str, value: object, max_items: int = LIST_MAX) -> tuple[Any, ...]:
    if type(value) is tuple or type(value) is list:
        items = tuple(value)
    # Strings and mappings are iterable too, but a string of tags is never what the caller meant.
    elif isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise ValidationError(name, "must be a list")
    else:
        items = tuple(value)
    if len(items) > max_items:
        raise ValidationError(name, f"has more than {max_items} items")
    return items


def check_text_list(name: str, value: object, max_len: int = TEXT_MAX) -> tuple[str, ...]:
    items = check_items(name, value)
    for index, item in enumerate(items):
        check_text(f"{name}[{index}]", item, max_len)
    return items


def freeze_json(name: str, value: object, _depth: int = 0) -> JSONValue:
    """Validate a JSON-able value and return it in immutable form."""
    if _depth > JSON_DEPTH_MAX:
        raise ValidationError(name, "is nested too deeply")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return check_text(name, value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(name, "must not hold NaN or infinity")
        return value
    if isinstance(value, Mapping):
        frozen: dict[str, JSONValue] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError(name, "keys must be text")
            check_text(name, key, NAME_MAX)
            frozen[key] = freeze_json(name, item, _depth + 1)
        return types.MappingProxyType(frozen)
    if isinstance(value, list | tuple):
        return tuple(freeze_json(name, item, _depth + 1) for item in value)
    raise ValidationError(name, "must hold only text, numbers, true/false, null, lists and objects")


def thaw_json(value: JSONValue) -> Any:
    """The mutable (json.dumps-able) twin of a frozen JSON value."""
    if isinstance(value, Mapping):
        return {key: thaw_json(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return [thaw_json(item) for item in value]
    return value


def check_json_object(name: str, value: object) -> Mapping[str, JSONValue]:
    if not isinstance(value, Mapping):
        raise ValidationError(name, "must be an object")
    frozen = freeze_json(name, value)
    assert isinstance(frozen, Mapping)
    return frozen


def normalise_tag(text: str) -> str:
    """Lowercase, trimmed, inner whitespace runs as one hyphen: "  Self Care " -> "self-care"."""
    return "-".join(text.lower().split())


def normalise_tags(name: str, value: object) -> tuple[str, ...]:
    if not value and (type(value) is tuple or type(value) is list):
        return ()
    if (type(value) is tuple or type(value) is list) and len(value) <= TAGS_MAX and all(
            type(t) is str and 0 < len(t) <= TAG_MAX for t in value):
        # The common case when loading: already normal, checked with C-level string methods only.
        fast = tuple(sorted({"-".join(t.lower().split()) for t in value}))
        if len(fast) == len(value) and all(0 < len(t) <= TAG_MAX for t in fast):
            return value if fast == value else fast
    items = check_items(name, value, TAGS_MAX)
    tags: set[str] = set()
    for index, item in enumerate(items):
        tag = normalise_tag(check_text(f"{name}[{index}]", item, TAG_MAX * 4))
        if len(tag) > TAG_MAX:
            raise ValidationError(f"{name}[{index}]", f"is longer than {TAG_MAX} characters")
        if tag:
            tags.add(tag)
    result = tuple(sorted(tags))
    # Hand back the caller's own tuple when it was already normal, so nothing new is allocated.
    return items if items == result else result
