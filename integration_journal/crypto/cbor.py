"""A strict, canonical subset of CBOR (RFC 8949 §4.2) for cards and share bundles.

Only what the formats need: unsigned integers, byte strings, text strings, arrays, maps with text
keys, true/false/null. Encoding is deterministic (shortest heads, map keys sorted by their encoded
bytes); decoding accepts exactly that form and nothing else — no indefinite lengths, no tags, no
floats, no duplicate or unsorted keys, no trailing bytes — so every value has one byte encoding and
a signature over the bytes is a signature over the value. Every length is checked against the bytes
that remain before anything is allocated, and one decode builds at most MAX_VALUES values: an empty
array is one byte of input but some 64 bytes of Python, so bytes alone do not bound memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

MAX_DEPTH = 8
MAX_ITEMS = 100_000  # per array or map
# Values one decode may build: the largest share file holds 100,000 items of 9 values each, twice over
# is the cap. At most about 130 MB of Python objects, where 64 MB of empty arrays would need 4 GB.
MAX_VALUES = 2_000_000


class CborError(ValueError):
    """Input is not canonical CBOR of the supported subset (the text never quotes the input)."""


def encode(value: Any) -> bytes:
    out = bytearray()
    _encode(value, out, 0)
    return bytes(out)


def _head(major: int, number: int, out: bytearray) -> None:
    if number < 0:
        raise CborError("negative numbers are not supported")
    if number < 24:
        out.append(major << 5 | number)
    elif number < 0x100:
        out += bytes((major << 5 | 24, number))
    elif number < 0x10000:
        out.append(major << 5 | 25)
        out += number.to_bytes(2, "big")
    elif number < 0x1_0000_0000:
        out.append(major << 5 | 26)
        out += number.to_bytes(4, "big")
    elif number < 1 << 64:
        out.append(major << 5 | 27)
        out += number.to_bytes(8, "big")
    else:
        raise CborError("number too large")


def _encode(value: Any, out: bytearray, depth: int) -> None:
    if depth > MAX_DEPTH:
        raise CborError("nested too deeply")
    if value is False:
        out.append(0xF4)
    elif value is True:
        out.append(0xF5)
    elif value is None:
        out.append(0xF6)
    elif type(value) is int:
        _head(0, value, out)
    elif isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        _head(2, len(data), out)
        out += data
    elif isinstance(value, str):
        data = value.encode("utf-8")
        _head(3, len(data), out)
        out += data
    elif isinstance(value, list | tuple):
        _head(4, len(value), out)
        for item in value:
            _encode(item, out, depth + 1)
    elif isinstance(value, Mapping):
        pairs = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise CborError("map keys must be text")
            pairs.append((encode(key), item))
        pairs.sort(key=lambda pair: pair[0])
        _head(5, len(pairs), out)
        for key_bytes, item in pairs:
            out += key_bytes
            _encode(item, out, depth + 1)
    else:
        raise CborError(f"cannot encode a {type(value).__name__}")


def decode(data: bytes, *, max_values: int | None = None) -> Any:
    """The single canonical value that is all of `data`; raises CborError for anything else, and for
    data that holds more than `max_values` values (arrays, maps, keys, strings and numbers; default
    MAX_VALUES, looked up at each call)."""
    view = memoryview(data)
    value, end = _decode(view, 0, 0, [MAX_VALUES if max_values is None else max_values])
    if end != len(view):
        raise CborError("trailing bytes after the value")
    return value


def _read_head(view: memoryview, pos: int) -> tuple[int, int, int]:
    if pos >= len(view):
        raise CborError("ends early")
    first = view[pos]
    major, info = first >> 5, first & 0x1F
    pos += 1
    if info < 24:
        return major, info, pos
    if info > 27:
        raise CborError("indefinite lengths and reserved values are not allowed")
    size = 1 << (info - 24)
    if pos + size > len(view):
        raise CborError("ends early")
    number = int.from_bytes(view[pos:pos + size], "big")
    minimum = 24 if size == 1 else 1 << (4 * size)  # 1 byte: 24; 2: 256; 4: 65536; 8: 2**32
    if number < minimum:
        raise CborError("a number is not in its shortest form")
    return major, number, pos + size


def _decode(view: memoryview, pos: int, depth: int, budget: list[int]) -> tuple[Any, int]:
    if depth > MAX_DEPTH:
        raise CborError("nested too deeply")
    budget[0] -= 1
    if budget[0] < 0:
        raise CborError("holds more values than the format allows")
    if pos < len(view) and view[pos] >> 5 == 7:
        simple = {0xF4: False, 0xF5: True, 0xF6: None}
        if view[pos] not in simple:
            raise CborError("floats and other simple values are not allowed")
        return simple[view[pos]], pos + 1
    major, number, pos = _read_head(view, pos)
    if major == 0:
        return number, pos
    if major in (2, 3):
        if number > len(view) - pos:
            raise CborError("a string is longer than the data")
        chunk = bytes(view[pos:pos + number])
        if major == 2:
            return chunk, pos + number
        try:
            return chunk.decode("utf-8"), pos + number
        except UnicodeDecodeError:
            raise CborError("text is not valid UTF-8") from None
    if major == 4:
        # Each item takes at least one byte: a count above what remains cannot be honest.
        if number > MAX_ITEMS or number > len(view) - pos:
            raise CborError("an array is longer than the data")
        items = []
        for _ in range(number):
            item, pos = _decode(view, pos, depth + 1, budget)
            items.append(item)
        return items, pos
    if major == 5:
        if number > MAX_ITEMS or 2 * number > len(view) - pos:
            raise CborError("a map is longer than the data")
        result: dict[str, Any] = {}
        previous = b""
        for index in range(number):
            key_start = pos
            key, pos = _decode(view, pos, depth + 1, budget)
            if not isinstance(key, str):
                raise CborError("map keys must be text")
            key_bytes = bytes(view[key_start:pos])
            if index and key_bytes <= previous:
                raise CborError("map keys are duplicated or not in canonical order")
            previous = key_bytes
            result[key], pos = _decode(view, pos, depth + 1, budget)
        return result, pos
    raise CborError("negative numbers and tags are not allowed")
