"""Strict loading of the app's JSON data files (measures, crisis lines): one way to read, check and
report them, so every file problem names the file and the exact place."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.resources.abc import Traversable
from pathlib import PurePath
from typing import Any, TypeVar

from integration_journal.errors import JournalError

T = TypeVar("T")
PathLike = str | PurePath | Traversable


class DataFileError(JournalError):
    """A data file cannot be used; `path` names the file, `problem` what is wrong."""

    def __init__(self, path: PathLike, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class Invalid(Exception):
    """A problem at a place in a document (`where`, e.g. "items[3].text"); parsers raise it and
    parse_json_file turns it into the file's own DataFileError."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(where, problem)
        self.where = where
        self.problem = problem


def unique_object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json object_pairs_hook: a key repeated in one object is an error, not a silent overwrite."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise Invalid("", f"has the field {key!r} twice in one object" if len(key) <= 40
                          else "has a field twice in one object")
        result[key] = value
    return result


def require_object(where: str, value: object, required: set[str],
                   optional: set[str] = frozenset()) -> dict[str, Any]:
    """`value` must be an object with every required field and no field outside the two sets."""
    if not isinstance(value, dict):
        raise Invalid(where, "must be an object")
    for key in value:
        if key not in required and key not in optional:
            raise Invalid(where, f"has an unknown field {key!r}" if len(key) <= 40 else "has an unknown field")
    for key in sorted(required):
        if key not in value:
            raise Invalid(where, f"is missing the field {key!r}")
    return value


def parse_json_file(data: bytes, path: PathLike, error: type[DataFileError], max_bytes: int,
                    parse: Callable[[Any], T]) -> T:
    """Size cap, UTF-8, JSON without repeated keys, then `parse(document)`; every failure is
    `error(path, problem)`."""
    if len(data) > max_bytes:
        raise error(path, f"is larger than {max_bytes // 1024} KiB")
    try:
        document = json.loads(data.decode("utf-8"), object_pairs_hook=unique_object_pairs)
    except UnicodeDecodeError as exc:
        raise error(path, f"is not UTF-8 text (bad byte at offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise error(path, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    except RecursionError:
        raise error(path, "is nested too deeply") from None
    except Invalid as bad:
        raise error(path, bad.problem) from None
    try:
        return parse(document)
    except Invalid as bad:
        raise error(path, f"{bad.where}: {bad.problem}" if bad.where else bad.problem) from None


def read_data_file(path: Traversable | PurePath, error: type[DataFileError]) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise error(path, f"cannot be read ({exc.strerror or 'input/output error'})") from None


def id_from_file_name(path: Traversable | PurePath) -> str | None:
    """The id a file's name promises: "phq9.json" -> "phq9"."""
    name = path.name
    return name[:-5] if name.endswith(".json") else None
