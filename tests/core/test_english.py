"""English counts for the command line and error messages: never "1 comment(s)"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from integration_journal.core.english import count_of

PACKAGE = Path(__file__).resolve().parents[2] / "integration_journal"


@pytest.mark.parametrize(("n", "one", "many", "text"), [
    (1, "record", None, "1 record"), (0, "record", None, "0 records"), (2, "prompt pack", None, "2 prompt packs"),
    (1, "entry", "entries", "1 entry"), (3, "entry", "entries", "3 entries"),
])
def test_count_of(n, one, many, text) -> None:
    assert count_of(n, one, many) == text


def _docstrings(tree: ast.AST) -> set[int]:
    return {id(node.body[0].value) for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body
            and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}


def test_no_text_outside_the_ui_says_word_s() -> None:
    """The ui counts through Qt (tests/ui/test_plurals.py); everything else through count_of."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
                    and re.search(r"[a-z]\(s\)", node.value.replace("number(s)", ""))):
                found.append(f"{path.relative_to(PACKAGE)}: {node.value[:60]!r}")
    assert not found, found
