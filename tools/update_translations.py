"""Regenerates the translation catalogue with every ui/ string filed under the context it is looked up in.

pyside6-lupdate understands `QCoreApplication.translate("context", "text")` and `self.tr("text")`, but it files
the strings of our module-level wrappers (`_tr("text")`, which look up under a fixed context such as "messages")
under no context or skips them, guesses a `self.tr` call's class from indentation (and guesses wrong after a
nested `def`), and cannot know that a page's `TITLE` is looked up under "pages". So lupdate reads copies of ui/
in which each such call is written out as `QCoreApplication.translate("<context>", ...)` with the context the
code uses at run time, worked out from Python's own parse tree. Only the call's name changes and nothing moves
to another line, so the catalogue's locations point at the real sources.

    python tools/update_translations.py        # what `make translations` runs
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "integration_journal" / "ui"
CATALOGUE = ROOT / "integration_journal" / "resources" / "translations" / "integration_journal_en.ts"
UI_PACKAGE = "integration_journal.ui"
PAGE_TITLE_CONTEXT = "pages"  # main_window._page_title translates a page's TITLE under this context
LUPDATE_OPTIONS = ("-no-obsolete", "-source-language", "en", "-target-language", "en")


@dataclass(frozen=True)
class Call:
    """A translated literal, the context it is looked up in, and how to spell that for lupdate."""
    context: str
    text: str
    edits: tuple[tuple[int, int, int, str], ...]  # (line, start column, end column, replacement), UTF-8 columns


def _translate_context(call: ast.expr, param: str) -> str | None:
    """"C" for `QCoreApplication.translate("C", param)`."""
    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate"
            and isinstance(call.func.value, ast.Name) and call.func.value.id == "QCoreApplication"
            and len(call.args) == 2 and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name) and call.args[1].id == param):
        return call.args[0].value
    return None


class Module:
    """One ui/ module: its translate wrappers and what its imported names refer to."""

    def __init__(self, path: Path, ui: Path = UI) -> None:
        self.path = path
        self.name = ".".join(path.relative_to(ui).with_suffix("").parts)
        self.source = path.read_text(encoding="utf-8")
        self.tree = ast.parse(self.source, str(path))
        self.wrappers: dict[str, str | ast.expr] = {}  # name -> context, or the wrapper it passes its text on to
        self.imports: dict[str, tuple[str, str | None]] = {}  # local name -> (ui module, name in it or None)
        for node in self.tree.body:
            if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1 and not node.args.vararg:
                body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
                param = node.args.args[0].arg
                if len(body) == 1 and isinstance(body[0], ast.Return) and isinstance(body[0].value, ast.Call):
                    returned = body[0].value
                    context = _translate_context(returned, param)
                    if context is not None:
                        self.wrappers[node.name] = context
                    elif [type(a) for a in returned.args] == [ast.Name] and returned.args[0].id == param:
                        self.wrappers[node.name] = returned.func
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(UI_PACKAGE):
                inner = node.module[len(UI_PACKAGE) + 1:]
                for alias in node.names:
                    local = alias.asname or alias.name
                    if inner:
                        self.imports[local] = (inner, alias.name)
                    else:
                        self.imports[local] = (alias.name, None)


class Catalogue:
    """All ui/ modules, and the run-time context of any call in them."""

    def __init__(self, ui: Path = UI) -> None:
        self.modules = {m.name: m for m in (Module(path, ui) for path in sorted(ui.rglob("*.py")))}

    def wrapper_context(self, module: Module, func: ast.expr, seen: frozenset[str] = frozenset()) -> str | None:
        """The context a call to `func` (a wrapper's name, or `module.wrapper`) translates under."""
        if isinstance(func, ast.Name):
            if func.id in module.wrappers and func.id not in seen:
                target = module.wrappers[func.id]
                return target if isinstance(target, str) else self.wrapper_context(module, target, seen | {func.id})
            owner, name = module.imports.get(func.id, ("", None))
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            owner, imported = module.imports.get(func.value.id, ("", ""))
            name = func.attr if imported is None else None  # `summary_pdf.tr`: an imported ui module's wrapper
        else:
            return None
        other = self.modules.get(owner)
        return None if other is None or name is None else self.wrapper_context(other, ast.Name(name), frozenset())

    def calls(self, module: Module) -> list[Call]:
        return _CallFinder(self, module).run()


class _CallFinder(ast.NodeVisitor):
    def __init__(self, catalogue: Catalogue, module: Module) -> None:
        self.catalogue, self.module = catalogue, module
        self.classes: list[str] = []
        self.params: list[dict[str, str]] = [{}]  # per function: parameter -> the class it is annotated with
        self.aliases: list[dict[str, str]] = [{}]  # per function: a local name for `page.tr` -> page's class
        self.fstring: ast.JoinedStr | None = None  # the outermost f-string the visit is in
        self.found: list[Call] = []

    def run(self) -> list[Call]:
        self.visit(self.module.tree)
        return self.found

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        assigned = {t.id: s.value for s in node.body if isinstance(s, ast.Assign) for t in s.targets
                    if isinstance(t, ast.Name)}
        if "PAGE_ID" in assigned and _literal(assigned.get("TITLE")):
            value = assigned["TITLE"]
            self.found.append(Call(PAGE_TITLE_CONTEXT, value.value, (
                (value.lineno, value.col_offset, value.col_offset, f'QT_TRANSLATE_NOOP("{PAGE_TITLE_CONTEXT}", '),
                (value.end_lineno, value.end_col_offset, value.end_col_offset, ")"))))
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        params, aliases = dict(self.params[-1]), dict(self.aliases[-1])
        for arg in node.args.args + node.args.kwonlyargs:
            annotation = arg.annotation
            if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
                annotation = ast.parse(annotation.value, mode="eval").body
            if isinstance(annotation, ast.Name):
                params[arg.arg] = annotation.id
        self.params.append(params)
        # `tr = page.tr` makes `tr` a second name for the page's tr.
        for statement in ast.walk(node):
            if isinstance(statement, ast.Assign) and [type(t) for t in statement.targets] == [ast.Name]:
                owner = self._tr_owner(statement.value)
                if owner:
                    aliases[statement.targets[0].id] = owner
        self.aliases.append(aliases)
        self.generic_visit(node)
        self.params.pop()
        self.aliases.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def _tr_owner(self, func: ast.expr) -> str | None:
        """The class whose `tr` this is: `self.tr` in a class, `page.tr` for a parameter annotated with a class."""
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name):
            if func.value.id == "self" and self.classes:
                return self.classes[-1]
            return self.params[-1].get(func.value.id)
        return None

    def _context(self, func: ast.expr) -> str | None:
        if isinstance(func, ast.Name) and func.id in self.aliases[-1]:
            return self.aliases[-1][func.id]
        return self._tr_owner(func) or self.catalogue.wrapper_context(self.module, func)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        outer, self.fstring = self.fstring, self.fstring or node
        self.generic_visit(node)
        self.fstring = outer

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        context = self._context(node.func) if node.args and _literal(node.args[0]) else None
        if context is None:
            return
        func, first = node.func, node.args[0]
        if self.fstring:  # lupdate reads an f-string as one string: the text is marked again just after it
            line, column = self.fstring.end_lineno, self.fstring.end_col_offset
            marked = f' QT_TRANSLATE_NOOP("{context}", {json.dumps(first.value, ensure_ascii=False)})'
            edits = ((line, column, column, marked),)
        else:
            edits = ((func.lineno, func.col_offset, func.end_col_offset, "QCoreApplication.translate"),
                     (first.lineno, first.col_offset, first.col_offset, f'"{context}", '))
        self.found.append(Call(context, first.value, edits))


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value != ""


def spelled_out(source: str, calls: list[Call]) -> str:
    """The source with every call written the way lupdate reads it; each line keeps its number."""
    lines = source.encode("utf-8").split(b"\n")
    edits = sorted((e for c in calls for e in c.edits), key=lambda e: (e[0], e[1], e[2]), reverse=True)
    for line, start, end, replacement in edits:
        text = lines[line - 1]
        lines[line - 1] = text[:start] + replacement.encode("utf-8") + text[end:]
    return b"\n".join(lines).decode("utf-8")


def lupdate() -> Path:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    found = beside if beside.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("pyside6-lupdate was not found; run `make venv` first")
    return Path(found)


def regenerate(out: Path = CATALOGUE, *, locations: str = "relative", quiet: bool = False) -> None:
    """Writes the catalogue to `out`, keeping the translations an existing `out` already has."""
    catalogue = Catalogue()
    with tempfile.TemporaryDirectory() as tmp:
        copy_root = Path(tmp)
        sources = []
        for module in catalogue.modules.values():
            copy = copy_root / module.path.relative_to(ROOT)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(spelled_out(module.source, list(catalogue.calls(module))), encoding="utf-8")
            sources.append(str(copy))
        # Where the real catalogue lives, so the locations come out relative to it.
        ts = copy_root / CATALOGUE.relative_to(ROOT)
        ts.parent.mkdir(parents=True, exist_ok=True)
        if out.exists():
            shutil.copyfile(out, ts)
        subprocess.run([str(lupdate()), *LUPDATE_OPTIONS, "-locations", locations, *sources, "-ts", str(ts)],
                       check=True, cwd=copy_root, capture_output=quiet)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ts, out)


def without_context(ts: Path) -> list[str]:
    """Source texts filed under no context: nothing looks a text up there, so a translation would never show."""
    root = ET.parse(ts).getroot()
    return [m.findtext("source") or "" for c in root.iter("context") if not c.findtext("name")
            for m in c.iter("message")]


def main() -> int:
    regenerate()
    orphans = without_context(CATALOGUE)
    if orphans:
        print(f"{len(orphans)} texts have no context (a tr() the tools cannot place), e.g. {orphans[0]!r}; "
              "use self.tr in a class or a module wrapper around QCoreApplication.translate", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
