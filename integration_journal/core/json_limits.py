"""How much an untrusted JSON file may make Python build, counted before a single value is parsed.

The size cap on import files bounds bytes, not memory: json.loads turns the three bytes `[],` into an
empty list of 56 bytes plus its slot in the outer list, so 200 MB of empty arrays once needed 5.2 GB.
What bounds memory is the number of values. Every value but the first is announced in the text by an
opening bracket or brace or by a comma outside strings, so counting those three characters outside
strings gives an upper bound on the values json.loads would build, in one pass at the speed of a
bytes scan and before any of them exists. The cap is far above any real journal: the app's own
export of 11,000 records (10,000 entries with two years of check-ins) counts about 190,000.
docs/export-format.md ("Limits") gives the numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from integration_journal.errors import ImportTooLarge

# At most ~80 bytes per value in the worst case (an empty object and its slot): under 1 GB in all,
# against about 18 per record in a real export.
MAX_JSON_VALUES = 10_000_000
# What a file may ask to be built from those values: records (a heavy journal has some ten thousand, and
# at most ten earlier versions of each), and reports of entries that cannot be read (a file where more
# than this many cannot be read is not a journal export, and listing them would cost more than the file).
MAX_IMPORT_RECORDS = 500_000
MAX_PROBLEMS = 10_000

# A JSON string: a quote, then anything but quotes and backslashes or a backslash and any one
# character, then the closing quote, or the end of the data for a string never closed (so that a match
# is never abandoned and retried from the next quote: one pass, whatever the file holds). In UTF-8
# neither byte occurs inside a multi-byte character, so bytes work as well as text.
_STRING_BYTES = re.compile(rb'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.S)
_STRING_TEXT = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.S)


def _structure(data: bytes | str) -> int:
    if isinstance(data, str):
        return data.count("[") + data.count("{") + data.count(",")
    return data.count(b"[") + data.count(b"{") + data.count(b",")


def value_count(data: bytes | str) -> int:
    """An upper bound on the number of values json.loads builds from `data`: one, plus every '[', '{'
    and ',' outside strings. For valid JSON this is exact but for each empty list or object, which
    counts once more than it holds."""
    stripped = _STRING_TEXT.sub("", data) if isinstance(data, str) else _STRING_BYTES.sub(b"", bytes(data))
    return 1 + _structure(stripped)


def check_value_count(files: Iterable[bytes | str], limit: int | None = None) -> None:
    """Refuse (ImportTooLarge) JSON texts that together would build more than `limit` values
    (default MAX_JSON_VALUES, looked up at each call)."""
    limit = MAX_JSON_VALUES if limit is None else limit
    files = list(files)
    if sum(1 + _structure(data) for data in files) <= limit:
        return  # brackets and commas inside strings counted too: an upper bound that is already low
    if sum(value_count(data) for data in files) > limit:
        raise ImportTooLarge(f"The file holds more than {limit:,} values (lists, objects, texts and numbers), "
                             "far more than any journal export; it was not read.")


def check_record_count(count: int) -> None:
    """Refuse (ImportTooLarge) a file that lists more records or entries than MAX_IMPORT_RECORDS."""
    if count > MAX_IMPORT_RECORDS:
        raise ImportTooLarge(f"The file lists more than {MAX_IMPORT_RECORDS:,} records, far more than any journal "
                             "export; it was not read.")


def too_many_problems() -> ImportTooLarge:
    return ImportTooLarge(f"More than {MAX_PROBLEMS:,} of the file's entries cannot be read, so it cannot be a "
                          "journal export; nothing was imported.")
