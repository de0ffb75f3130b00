"""Counting in English for the texts that do not go through Qt (the command line, error messages):
"1 comment", "2 comments", never "1 comment(s)". The desktop app counts through Qt's plural forms
(docs/architecture.md); these are the same words for the terminal."""

from __future__ import annotations


def count_of(n: int, one: str, many: str | None = None) -> str:
    """"1 record", "3 records"; `many` for a plural that is not `one` + "s" ("1 entry", "2 entries")."""
    return f"{n} {one if n == 1 else (many if many is not None else one + 's')}"
