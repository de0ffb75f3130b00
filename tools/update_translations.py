"""Regenerates the translation catalogue with every ui/ string filed under the context it is looked up in.

pyside6-lupdate understands `QCoreApplication.translate("context", "text")` and `self.tr("text")`, but it files
the strings of our module-level wrappers (`_tr("text")`, which look up under a fixed context such as "messages")
under no context or skips them, guesses a `self.tr` call's class from indentation (and guesses wrong after a
nested `def`), and cannot know that a page's `TITLE` is looked up under "pages". So lupdate reads copies of ui/
in which each such call is written out as `QCoreApplication.translate("<context>", ...)` with the context the
code uses at run time, worked out from Python's own parse tree. Only the call's name changes and nothing moves
to another line, so the catalogue's locations point at the real sources.

Some texts are translated at run time through a fixed context but are not literals in ui/: a constant
(`_tr(safety.OPEN_PLAN)`, `self.tr(ROUTE_LABELS.get(route, "Other"))`), or words from data files and core/
(measure items, crisis lines, country names, side effects, prompts, help titles, refusal reasons, core's
messages and core/summary/, which translates through the function the ui hands it). Constants are read
from the parse trees and marked right after the call that looks them up; data texts are loaded with the
app's own loaders and written to a generated module of `QT_TRANSLATE_NOOP` lines, each with a comment
naming the file and field the words come from (translators see it as a note); the validated questionnaires'
wording carries INSTRUMENT_NOTE as well: only an official translation may replace it.

    python tools/update_translations.py        # what `make translations` runs
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from integration_journal.core.resource_files import resource_path

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "integration_journal" / "ui"
CATALOGUE = resource_path("translations", "integration_journal_en.ts")
COMPILED = CATALOGUE.with_suffix(".qm")  # what the app loads: the English plural forms (see english_plurals)
UI_PACKAGE = "integration_journal.ui"
PAGE_TITLE_CONTEXT = "pages"  # main_window._page_title translates a page's TITLE under this context
# core/ modules that translate through a function the ui passes in: {path: {parameter: the context it looks up in}}
# (summary_pdf.tr, handed to core/summary/, looks texts up under "summary").
TRANSLATED_BY_UI = {f"integration_journal/core/summary/{name}.py": {"tr": "summary"}
                    for name in ("markdown", "html", "brief", "export")}
DATA_TEXTS = "data_texts.py"  # the generated module of data texts, beside the catalogue in lupdate's copy
LUPDATE_OPTIONS = ("-no-obsolete", "-source-language", "en", "-target-language", "en")


@dataclass(frozen=True)
class Call:
    """A translated literal, the context it is looked up in, and how to spell that for lupdate."""
    context: str
    text: str
    edits: tuple[tuple[int, int, int, str], ...]  # (line, start column, end column, replacement), UTF-8 columns


def _translate_context(call: ast.expr, param: str) -> str | None:
    """"C" for `QCoreApplication.translate("C", param)`; with param "", for a text that is not a literal."""
    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "translate"
            and isinstance(call.func.value, ast.Name) and call.func.value.id == "QCoreApplication"
            and len(call.args) == 2 and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
            and (isinstance(call.args[1], ast.Name) and call.args[1].id == param
                 or param == "" and not _literal(call.args[1]))):
        return call.args[0].value
    return None


class Module:
    """One ui/ module: its translate wrappers and what its imported names refer to."""

    def __init__(self, path: Path, ui: Path = UI, *, name: str | None = None,
                 wrappers: dict[str, str] | None = None) -> None:
        self.path = path
        self.name = name or ".".join(path.relative_to(ui).with_suffix("").parts)
        self.source = path.read_text(encoding="utf-8")
        self.tree = ast.parse(self.source, str(path))
        self.wrappers: dict[str, str | ast.expr] = dict(wrappers or {})  # name -> context, or the wrapper it
        # passes its text on to
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


# A module's top-level assignments (name -> value), and what it imports from the app's package:
# local name -> (module, name in it), or (module, None) for a module imported whole.
TopLevel = tuple[dict[str, ast.expr], dict[str, tuple[str, str | None]]]


def _top_level(tree: ast.Module, root: Path = ROOT) -> TopLevel:
    assigned: dict[str, ast.expr] = {}
    imported: dict[str, tuple[str, str | None]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            assigned.update((t.id, node.value) for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            assigned[node.target.id] = node.value
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("integration_journal"):
            for alias in node.names:
                whole = f"{node.module}.{alias.name}"
                path = root.joinpath(*whole.split("."))
                is_module = path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()
                imported[alias.asname or alias.name] = (whole, None) if is_module else (node.module, alias.name)
    return assigned, imported


class Constants:
    """The texts a constant can hold, read from the sources: `HEADER_TITLE`, `safety.OPEN_PLAN`,
    `ROUTE_LABELS[route]` and `KIND_LABELS.get(kind, "Item")` (every value of a constant dict), either branch
    of `a if c else b`. Anything else (a record's field, a local variable) is None: not a constant."""

    def __init__(self, root: Path = ROOT) -> None:
        self.root = root
        self._modules: dict[str, TopLevel] = {}

    def module(self, dotted: str) -> TopLevel:
        if dotted not in self._modules:
            path = self.root.joinpath(*dotted.split(".")).with_suffix(".py")
            if not path.is_file():  # a package: what its __init__ assigns and re-exports
                path = path.with_suffix("") / "__init__.py"
            tree = ast.parse(path.read_text(encoding="utf-8")) if path.is_file() else ast.Module([], [])
            self._modules[dotted] = _top_level(tree, self.root)
        return self._modules[dotted]

    def dotted(self, path: Path) -> str:
        """"integration_journal.ui.pages.trends.page" for its file; "" for a file outside the app."""
        try:
            return ".".join(path.resolve().relative_to(self.root.resolve()).with_suffix("").parts)
        except ValueError:
            return ""

    def _definition(self, home: str, node: ast.expr) -> tuple[str, ast.expr] | None:
        """(module, value) of the constant a name or `module.NAME` refers to."""
        assigned, imported = self.module(home)
        if isinstance(node, ast.Name):
            if node.id in assigned:
                return home, assigned[node.id]
            owner, name = imported.get(node.id, ("", None))
            return self._definition(owner, ast.Name(name)) if name else None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner, name = imported.get(node.value.id, ("", ""))
            return self._definition(owner, ast.Name(node.attr)) if owner and name is None else None
        return None

    def texts(self, home: str, node: ast.expr, bound: dict[str, list[str]] | None = None,
              depth: int = 0) -> list[str] | None:
        """Every text `node`, in module `home`, can be; `bound` names loop variables over literals."""
        if depth > 10:
            return None
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) and node.value else None
        if isinstance(node, ast.IfExp):
            body = self.texts(home, node.body, bound, depth + 1)
            orelse = self.texts(home, node.orelse, bound, depth + 1)
            return body + orelse if body is not None and orelse is not None else None
        if isinstance(node, ast.Name) and bound and node.id in bound:
            return bound[node.id]
        if isinstance(node, ast.Subscript):
            return self._values(home, node.value, depth + 1)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
                and node.args):
            values = self._values(home, node.func.value, depth + 1)
            default = self.texts(home, node.args[1], bound, depth + 1) if len(node.args) > 1 else None
            return None if values is None else values + (default or [])  # a default that is not a text is the key
        found = self._definition(home, node)
        return self.texts(*found, depth=depth + 1) if found else None

    def _dict(self, home: str, node: ast.expr) -> tuple[str, ast.Dict] | None:
        """(its module, the literal) of a constant dict, also one wrapped as in `MappingProxyType({...})`."""
        found = self._definition(home, node)
        if found is None:
            return None
        owner, value = found
        if isinstance(value, ast.Call) and len(value.args) == 1:
            value = value.args[0]
        return (owner, value) if isinstance(value, ast.Dict) else None

    def _values(self, home: str, node: ast.expr, depth: int) -> list[str] | None:
        """The texts of a constant dict's values."""
        found = self._dict(home, node)
        if found is None:
            return None
        texts = [self.texts(found[0], v, None, depth + 1) for v in found[1].values]
        return None if any(t is None for t in texts) else [text for t in texts for text in t]

    def loop_texts(self, home: str, target: ast.expr, iterable: ast.expr) -> dict[str, list[str]]:
        """The texts each loop variable can be when a loop runs over literals or a constant:
        `for h in ("Date", "Route")`, `for fmt, label in FORMAT_LABELS`, `for k, (text, f) in FORMATS.items()`."""
        found = self._rows(home, iterable, 0)
        bound: dict[str, list[str]] = {}
        if found:
            self._bind(found[0], target, found[1], bound)
        return bound

    def unpacked_texts(self, home: str, target: ast.expr, value: ast.expr) -> dict[str, list[str]]:
        """The same for `one, many = KIND_COUNTS.get(kind, default)` or `_, file_filter = FORMATS[fmt]`: a row
        of a constant dict's values, taken apart."""
        if isinstance(value, ast.Subscript):
            table = value.value
        elif isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "get":
            table = value.func.value  # its default, made from the key, is not a row of texts
        else:
            return {}
        found = self._dict(home, table)
        bound: dict[str, list[str]] = {}
        if found:
            self._bind(found[0], target, found[1].values, bound)
        return bound

    def _rows(self, home: str, node: ast.expr, depth: int) -> tuple[str, list[ast.expr]] | None:
        if isinstance(node, (ast.Tuple, ast.List)):
            return home, list(node.elts)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "items"
                and not node.args):
            found = self._dict(home, node.func.value)
            return (found[0], [ast.Tuple([k, v]) for k, v in zip(found[1].keys, found[1].values)]) if found else None
        found = self._definition(home, node) if depth < 10 else None
        return self._rows(found[0], found[1], depth + 1) if found else None

    def _bind(self, home: str, target: ast.expr, rows: list[ast.expr], bound: dict[str, list[str]]) -> None:
        if isinstance(target, ast.Name):
            texts = [self.texts(home, row) for row in rows]
            if texts and all(t is not None for t in texts):
                bound[target.id] = [text for t in texts for text in t]
        elif isinstance(target, (ast.Tuple, ast.List)) and all(
                isinstance(row, ast.Tuple) and len(row.elts) == len(target.elts) for row in rows):
            for index, part in enumerate(target.elts):
                self._bind(home, part, [row.elts[index] for row in rows], bound)


class Catalogue:
    """All ui/ modules (and the core/ modules the ui hands its translate function), and the run-time context
    of any call in them."""

    def __init__(self, ui: Path = UI, translated_by_ui: dict[str, dict[str, str]] | None = None, *,
                 root: Path = ROOT) -> None:
        self.modules = {m.name: m for m in (Module(path, ui) for path in sorted(ui.rglob("*.py")))}
        for relative, wrappers in (TRANSLATED_BY_UI if translated_by_ui is None else translated_by_ui).items():
            self.modules[relative] = Module(root / relative, name=relative, wrappers=wrappers)
        self.constants = Constants(root)

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

    def unresolved(self, module: Module) -> list[tuple[int, str, str]]:
        """(line, context, code) of every call translating a text that is neither a literal nor a constant."""
        finder = _CallFinder(self, module)
        finder.run()
        return finder.unresolved


class _CallFinder(ast.NodeVisitor):
    def __init__(self, catalogue: Catalogue, module: Module) -> None:
        self.catalogue, self.module = catalogue, module
        self.dotted = catalogue.constants.dotted(module.path)  # "" outside the app: no constants to look up
        self.bound: list[dict[str, list[str]]] = [{}]  # loop variables over literal texts, innermost last
        self.classes: list[str] = []
        self.wrapper = False  # inside a module-level translate wrapper, whose own text is its parameter
        self.params: list[dict[str, str]] = [{}]  # per function: parameter -> the class it is annotated with
        self.aliases: list[dict[str, str]] = [{}]  # per function: a local name for `page.tr` -> page's class
        self.fstring: ast.JoinedStr | None = None  # the outermost f-string the visit is in
        self.found: list[Call] = []
        self.unresolved: list[tuple[int, str, str]] = []  # (line, context, the code) of texts no constant holds

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
        outer_wrapper = self.wrapper
        self.wrapper = outer_wrapper or (not self.classes and node.name in self.module.wrappers)
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
        bound = dict(self.bound[-1])
        for statement in ast.walk(node):
            if isinstance(statement, ast.Assign) and [type(t) for t in statement.targets] == [ast.Tuple]:
                bound.update(self.catalogue.constants.unpacked_texts(self.dotted, statement.targets[0],
                                                                     statement.value))
        self.bound.append(bound)
        self.generic_visit(node)
        self.params.pop()
        self.aliases.pop()
        self.bound.pop()
        self.wrapper = outer_wrapper

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815 - ast.NodeVisitor's names

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

    def _visit_loop(self, node: ast.AST, loops: list[tuple[ast.expr, ast.expr]]) -> None:
        """`for h in ("Date", "Route")` (a statement or a comprehension): `tr(h)` in it is one of those texts."""
        bound = dict(self.bound[-1])
        for target, values in loops:
            bound.update(self.catalogue.constants.loop_texts(self.dotted, target, values))
        self.bound.append(bound)
        self.generic_visit(node)
        self.bound.pop()

    def visit_For(self, node: ast.For) -> None:
        self._visit_loop(node, [(node.target, node.iter)])

    def _visit_comprehension(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp) -> None:
        self._visit_loop(node, [(g.target, g.iter) for g in node.generators])

    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _visit_comprehension  # noqa: N815

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        outer, self.fstring = self.fstring, self.fstring or node
        self.generic_visit(node)
        self.fstring = outer

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        counted = _counted_translate(node)
        if counted is not None:  # `QCoreApplication.translate("C", "%n item(s)", "", len(items))`, read natively
            self.found.append(counted)
            return
        context = self._context(node.func) if node.args else None
        func, first = node.func, node.args[0] if node.args else None
        fixed = _translate_context(node, "") if len(node.args) == 2 else None
        if fixed is not None and not self.wrapper:  # `QCoreApplication.translate("C", some_value)`
            context, first = fixed, node.args[1]
        if context is None or first is None:
            return
        if not _literal(first) and self.wrapper:  # a wrapper's own parameter: its callers' texts are found there
            return
        if not _literal(first):  # a constant: each text it can be is marked just after the call (or its f-string)
            texts = self.catalogue.constants.texts(self.dotted, first, self.bound[-1]) if self.dotted else None
            line, column = ((self.fstring.end_lineno, self.fstring.end_col_offset) if self.fstring
                            else (node.end_lineno, node.end_col_offset))
            if texts is None:
                self.unresolved.append((node.lineno, context, ast.unparse(first)))
            for text in dict.fromkeys(texts or ()):
                marked = f' QT_TRANSLATE_NOOP("{context}", {json.dumps(text, ensure_ascii=False)})'
                self.found.append(Call(context, text, ((line, column, column, marked),)))
            return
        if self.fstring:  # lupdate reads an f-string as one string: the text is marked again just after it
            line, column = self.fstring.end_lineno, self.fstring.end_col_offset
            marked = f' QT_TRANSLATE_NOOP("{context}", {json.dumps(first.value, ensure_ascii=False)})'
            edits = ((line, column, column, marked),)
        else:
            edits = ((func.lineno, func.col_offset, func.end_col_offset, "QCoreApplication.translate"),
                     (first.lineno, first.col_offset, first.col_offset, f'"{context}", ')) + _plain_count(node, 2)
        self.found.append(Call(context, first.value, edits))


def _plain_count(node: ast.Call, index: int) -> tuple[tuple[int, int, int, str], ...]:
    """lupdate skips a call whose count is itself a call (`len(items)`): in its copy the count is written `n`."""
    count = node.args[index] if len(node.args) > index else None
    if count is None or isinstance(count, (ast.Name, ast.Constant)) or count.lineno != count.end_lineno:
        return ()
    return ((count.lineno, count.col_offset, count.end_col_offset, "n"),)


def _counted_translate(node: ast.Call) -> Call | None:
    """A `QCoreApplication.translate` with a literal context and text and a count, as lupdate reads it once the
    count is a plain name."""
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(func.value, ast.Name)
            and func.value.id == "QCoreApplication" and len(node.args) == 4 and _literal(node.args[0])
            and _literal(node.args[1])):
        return None
    return Call(node.args[0].value, node.args[1].value, _plain_count(node, 3))


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value != ""


def spelled_out(source: str, calls: list[Call]) -> str:
    """The source with every call written the way lupdate reads it; each line keeps its number."""
    lines = source.encode("utf-8").split(b"\n")
    edits = [e for c in calls for e in c.edits]
    # From the end backwards, so columns stay true; marks at one place come out in the order they were found.
    for _, (line, start, end, replacement) in sorted(enumerate(edits), key=lambda i_e: (*i_e[1][:3], i_e[0]),
                                                     reverse=True):
        text = lines[line - 1]
        lines[line - 1] = text[:start] + replacement.encode("utf-8") + text[end:]
    return b"\n".join(lines).decode("utf-8")


# --- texts whose words come from data files and core/ -------------------------------------------------------
# Each loader reads what the app reads, with the app's own loaders, and yields exactly the fields the ui passes
# to QCoreApplication.translate under that context (the ui code it follows is named in its docstring).

@dataclass(frozen=True)
class DataText:
    context: str
    text: str
    origin: str  # where the words are, for translators: ".../resources/measures/phq9.json: items[0].text"
    note: str = ""  # a rule for translators, after the origin (INSTRUMENT_NOTE)


def _content(*parts: str) -> str:
    """Where a content file is in the repository (resources/...), for the translators' notes."""
    return resource_path(*parts).relative_to(ROOT).as_posix()


# The validated questionnaires' published wording may only be replaced by its official translation
# (docs/clinical.md §3.1, §7 item 1): translators see this on every instrument string.
INSTRUMENT_NOTE = ("Validated questionnaire wording: use only the official published translation of the "
                   "PHQ-9/PHQ-2, GAD-7/GAD-2 or PEG for your language; if there is none, leave the English text.")


def _texts(context: str, where: str, fields: Iterable[tuple[str, str | None]], note: str = "") -> Iterator[DataText]:
    for field, text in fields:
        if text:
            yield DataText(context, text, f"{where}: {field}" if field else where, note)


def instrument_fields(m) -> list[tuple[str, str | None]]:
    """The published wording of a questionnaire (a `measures.Measure`): title, stem, recall period, answers, items,
    anchors, the functional item and the severity bands. Not the app's own notes, rule labels or attribution."""
    fields: list[tuple[str, str | None]] = [("title", m.title), ("stem", m.stem), ("recall", m.recall)]
    fields += [(f"options[{i}].label", o.label) for i, o in enumerate(m.options)]
    for i, item in enumerate(m.items):
        fields.append((f"items[{i}].text", item.text))
        fields += zip((f"items[{i}].anchors.min", f"items[{i}].anchors.max"), item.anchors or ())
    if m.functional_item is not None:
        fields.append(("functional_item.text", m.functional_item.text))
        fields += [(f"functional_item.options[{i}].label", o.label) for i, o in enumerate(m.functional_item.options)]
    fields += [(f"bands[{i}].label", b.label) for i, b in enumerate(m.bands)]
    return fields


def country_texts() -> Iterator[DataText]:
    """Every country name: the pickers of onboarding_pages.country_text and settings_dialog.countries, and the
    crisis-lines heading of safety_panel."""
    from integration_journal.core.countries import COUNTRIES
    yield from _texts("countries", "integration_journal/core/countries.py", COUNTRIES.items())


def measure_texts() -> Iterator[DataText]:
    """What questionnaire_dialog.wording, pages/trends/, pages/checkins.py and sharing/texts.py translate under
    "measures": wording, answers, anchors, bands, the change rules' labels and the notes. Not the short title, the
    missing-answers rule or the functional item's note, which the ui does not show translated."""
    from integration_journal.core import measures
    for m in measures.builtin_measures().values():
        where = _content("measures", f"{m.id}.json")
        yield from _texts("measures", where, instrument_fields(m), INSTRUMENT_NOTE)
        fields: list[tuple[str, str | None]] = [
            ("bands_note", None if m.bands else m.bands_note)]  # trends shows it for a chart without bands
        fields += [(f"change_rules.{kind}.label", rule.label) for kind, rule in (
            ("response", m.response), ("remission", m.remission), ("meaningful_change", m.meaningful_change)) if rule]
        fields += [("result_note", m.result_note), ("positive_screen_note", m.positive_screen_note),
                   ("attribution", m.attribution), ("licence", m.licence)]
        yield from _texts("measures", where, fields)


def crisis_line_texts() -> Iterator[DataText]:
    """safety_panel._data and pages/safety_plan.py: each file's emergency note and advice; each line's name,
    region, hours and notes, and a call's next step. Not the file's name: the panel heads the lines with the
    country's name (only the fallback, which has no lines, has no country)."""
    from integration_journal.core.crisis_lines import builtin_crisis_lines
    for entry in builtin_crisis_lines().values():
        fields = [("emergency.note", entry.emergency_note), ("advice", entry.advice)]
        for i, line in enumerate(entry.lines):
            fields += [(f"lines[{i}].{key}", getattr(line, key)) for key in ("name", "region", "hours", "notes")]
            fields += [(f"lines[{i}].contacts[{j}].then", c.then) for j, c in enumerate(line.contacts)]
        yield from _texts("crisis_lines", _content("crisis_lines", f"{entry.id}.json"), fields)


def side_effect_texts() -> Iterator[DataText]:
    """session_models.catalogue_text: each effect's label, the severity and duration labels; session_form's
    guidance: a red flag's advice, and its condition unless it is "always" or about blood pressure (those name
    their own); a blood-pressure flag's advice is BP_CRISIS_GUIDANCE (core/session_guidance.py); the driving note
    after nasal esketamine."""
    from integration_journal.core.side_effects import (
        BP_CRISIS_GUIDANCE,
        CATALOGUE,
        DURATION_LABELS,
        ESKETAMINE_DRIVING_GUIDANCE,
        ESKETAMINE_DRIVING_SUBJECT,
        ESKETAMINE_DRIVING_WHEN,
        SEVERITY_LABELS,
        Action,
    )
    fields: list[tuple[str, str | None]] = [(f"{e.id}.label", e.label) for e in CATALOGUE.values()]
    fields += [(f"SEVERITY_LABELS[{k}]", v) for k, v in SEVERITY_LABELS.items()]
    fields += [(f"DURATION_LABELS[{k!r}]", v) for k, v in DURATION_LABELS.items()]
    fields.append(("BP_CRISIS_GUIDANCE", BP_CRISIS_GUIDANCE))  # a high reading, and the blood-pressure flag
    fields += [("ESKETAMINE_DRIVING_SUBJECT", ESKETAMINE_DRIVING_SUBJECT),  # the aftercare note after nasal
               ("ESKETAMINE_DRIVING_WHEN", ESKETAMINE_DRIVING_WHEN),  # esketamine (core/session_guidance.py)
               ("ESKETAMINE_DRIVING_GUIDANCE", ESKETAMINE_DRIVING_GUIDANCE)]
    for effect in CATALOGUE.values():
        flag = effect.red_flag
        if flag is not None and flag.action is not Action.BLOOD_PRESSURE:
            fields += [(f"{effect.id}.red_flag.guidance", flag.guidance),
                       (f"{effect.id}.red_flag.when", None if flag.when == "always" else flag.when)]
    yield from _texts("side_effects", "integration_journal/core/side_effects.py", fields)


def prompt_texts() -> Iterator[DataText]:
    """prompt_wizard.pack_text, for the built-in packs only (imported packs are shown as sent): a prompt's text,
    hint and choices, and a phase's banner."""
    from integration_journal.core.prompts import builtin_packs
    for pack in builtin_packs():
        fields: list[tuple[str, str | None]] = []
        for phase in pack.phases:
            fields.append((f"{phase.phase.value}.banner", phase.banner))
            for p in phase.prompts:
                fields += [(f"{p.id}.text", p.text), (f"{p.id}.hint", p.hint)]
                fields += [(f"{p.id}.options.{o.id}", o.label) for o in p.options]
        yield from _texts("prompts", _content("prompts", Path(str(pack.path)).name), fields)


def help_texts() -> Iterator[DataText]:
    """help.HelpDialog's topic list: each topic's title, the first line of its page."""
    from integration_journal.ui.help import TOPICS, topic_title
    for topic in TOPICS:
        yield from _texts("help", _content("help", f"{topic}.md"), [("", topic_title(topic))])


def problem_texts() -> Iterator[DataText]:
    """sharing.texts.problem_text: the sentence of every reason a share file or a contact card is refused."""
    from integration_journal.errors import BundleProblem, CardProblem
    for context, enum in (("bundle_problems", BundleProblem), ("card_problems", CardProblem)):
        yield from _texts(context, "integration_journal/errors.py", [(f"{enum.__name__}.{m.name}", m.value)
                                                                          for m in enum])


def core_texts() -> Iterator[DataText]:
    """passphrase_widgets.core_text: the templates of core.onboarding.StepError (translated, then filled in) and
    core.passphrase.estimate's advice. An advice built from constants is catalogued as it comes out."""
    from integration_journal.core import passphrase
    for path in sorted((ROOT / "integration_journal" / "core").glob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "StepError"
                    and len(node.args) >= 3 and _literal(node.args[2])):
                yield DataText("core", node.args[2].value, f"{relative}:{node.lineno}: StepError")
    for node in ast.walk(ast.parse(Path(passphrase.__file__).read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == ["advice"]:
            advice = _filled_in(node.value, vars(passphrase))
            if advice:
                yield DataText("core", advice, f"integration_journal/core/passphrase.py:{node.lineno}: advice")


def _filled_in(node: ast.expr, constants: dict[str, object]) -> str | None:
    """The text of a literal, or of an f-string whose fields are all module constants (`{MIN_LENGTH}`)."""
    if _literal(node):
        return node.value
    if not isinstance(node, ast.JoinedStr):
        return None
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value))
        elif (isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.Name) and value.conversion == -1
              and value.format_spec is None and value.value.id.isupper() and value.value.id in constants):
            parts.append(str(constants[value.value.id]))
        else:
            return None
    return "".join(parts)


def safety_texts() -> Iterator[DataText]:
    """safety_panel._tr and pages/safety_plan.py translate core/safety.py's wording under "safety": the panel's
    texts (SafetyContent's fields) and each safety-plan section's title and help."""
    from integration_journal.core import safety
    where = "integration_journal/core/safety.py"
    yield from _texts("safety", where, [(name, value) for name, value in vars(safety).items()
                                        if name.isupper() and isinstance(value, str)])
    for section, (title, help_text) in safety.SAFETY_PLAN_TEXT.items():
        yield from _texts("safety", where, [(f"SAFETY_PLAN_TEXT[{section!r}]", title),
                                            (f"SAFETY_PLAN_TEXT[{section!r}]", help_text)])


def summary_texts() -> Iterator[DataText]:
    """The record fields core/summary/ hands its `tr` (summary_pdf.tr, "summary"); its literals and constants
    are read from the source like ui/'s. Bands, the safety item's answers and attributions of the measures;
    side effects' labels and red-flag conditions, and their clinician labels, what is not asked about them and
    how long they lasted; session routes and settings; the check-in trend labels
    (and their first words, the chart's legend in summary_pdf); "before"/"after" a session."""
    from integration_journal.core import measures, side_effects, summary
    where = "integration_journal/core/summary/wording.py"
    for m in measures.builtin_measures().values():
        safety_item = any(item.safety_item for item in m.items)
        measure_file = _content("measures", f"{m.id}.json")
        yield from _texts("summary", measure_file,
                          [(f"bands[{i}].label", b.label) for i, b in enumerate(m.bands)]
                          + [(f"options[{i}].label", o.label) for i, o in enumerate(m.options) if safety_item],
                          INSTRUMENT_NOTE)
        yield from _texts("summary", measure_file, [("attribution", m.attribution)])
    yield from _texts("summary", "integration_journal/core/side_effects.py",
                      [(f"{e.id}.label", e.label) for e in side_effects.CATALOGUE.values()]
                      + [(f"{e.id}.red_flag.when", e.red_flag.when) for e in side_effects.CATALOGUE.values()
                         if e.red_flag])
    yield from _texts("summary", where, [(f"ROUTE_LABELS[{k!r}]", v) for k, v in summary.ROUTE_LABELS.items()]
                      + [(f"SETTING_LABELS[{k!r}]", v) for k, v in summary.SETTING_LABELS.items()])
    yield from _texts("summary", where, [(f"TREND_ITEMS {item}", label) for item, label in summary.TREND_ITEMS])
    yield from _texts("summary", "integration_journal/ui/summary_pdf.py", [
        (f"the chart legend for {item}", label.split(" (")[0]) for item, label in summary.TREND_ITEMS
        if item in ("mood", "anxiety", "pain")])
    yield from _texts("summary", "integration_journal/core/summary/build.py",
                      [("HighReading.which", "before"), ("HighReading.which", "after")])
    yield from _texts("summary", where, [(f"EFFECT_LABELS[{k!r}]", v) for k, v in summary.EFFECT_LABELS.items()]
                      + [(f"ASK_ABOUT_UNKNOWN[{k!r}]", v) for k, v in summary.ASK_ABOUT_UNKNOWN.items()]
                      + [(f"DURATION_TEXT[{k!r}]", v) for k, v in summary.DURATION_TEXT.items()])


DATA_SOURCES = (country_texts, measure_texts, crisis_line_texts, side_effect_texts, prompt_texts, help_texts,
                problem_texts, core_texts, safety_texts, summary_texts)


def data_texts() -> list[DataText]:
    return [text for source in DATA_SOURCES for text in source()]


def data_module(texts: Iterable[DataText]) -> str:
    """A module lupdate reads: one `QT_TRANSLATE_NOOP` per text, after a `#:` line (a note for translators)
    saying where its words come from; a text from several places is listed once, with each place."""
    origins: dict[tuple[str, str], list[str]] = {}
    notes: dict[tuple[str, str], list[str]] = {}
    for t in texts:
        origins.setdefault((t.context, t.text), []).append(t.origin)
        notes.setdefault((t.context, t.text), []).extend([t.note] if t.note else [])
    lines = ['"""Generated by tools/update_translations.py for lupdate: texts from data files and core/."""', ""]
    for (context, text), places in origins.items():
        rules = "".join(f" {note}" for note in dict.fromkeys(notes[context, text]))
        lines.append("#: " + "; ".join(dict.fromkeys(places)) + ("." + rules if rules else ""))
        lines.append(f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})")
    return "\n".join(lines) + "\n"


def pyside_tool(name: str) -> Path:
    """A PySide6 command (`pyside6-lupdate`, `pyside6-lrelease`): the venv's own, else one on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = beside if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; run `make venv` first")
    return Path(found)


def lupdate() -> Path:
    return pyside_tool("pyside6-lupdate")


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
        generated = ts.with_name(DATA_TEXTS)
        generated.write_text(data_module(data_texts()), encoding="utf-8")
        sources.append(str(generated))
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


# A plural written as "%n comment(s)" reads "1 comment" and "2 comments" once Qt picks the form for n; an
# English word whose plural is not the word plus "s" is written out here: {"(s)" word: (one, many)}.
IRREGULAR_PLURALS: dict[str, tuple[str, str]] = {}
_PLURAL_WORD = re.compile(r"([A-Za-z]+)\(s\)")


def english_forms(source: str) -> tuple[str, str]:
    """The singular and plural English text of a source that counts with %n and marks plurals "word(s)"."""
    def form(index: int) -> str:
        def word(match: re.Match[str]) -> str:
            stem = match.group(1)
            forms = IRREGULAR_PLURALS.get(stem, (stem, stem + "s"))
            return forms[index]
        return _PLURAL_WORD.sub(word, source)
    return form(0), form(1)


_MESSAGE = re.compile(r"<message(?: numerus=\"yes\")?>(.*?)</message>", re.DOTALL)
_TRANSLATION = re.compile(r"( *)<translation[^>]*?(?:/>|>.*?</translation>)", re.DOTALL)


def english_plurals(ts: Path = CATALOGUE) -> int:
    """Marks every text that counts with %n as a plural (lupdate only does so for `self.tr(text, "", n)`,
    not for the `translate(context, text, "", n)` the catalogue is read from) and fills in its two English
    forms; returns how many. The English catalogue carries no other translation. Edits lupdate's own
    layout in place, so the file stays as lupdate writes it."""
    count = 0

    def plural(match: re.Match[str]) -> str:
        nonlocal count
        body = match.group(1)
        source = re.search(r"<source>(.*?)</source>", body, re.DOTALL)
        if source is None or "%n" not in source.group(1):
            return match.group(0)
        count += 1

        def forms(found: re.Match[str]) -> str:
            indent = found.group(1)
            inner = "".join(f"\n{indent}    <numerusform>{text}</numerusform>"
                            for text in english_forms(source.group(1)))
            return f"{indent}<translation>{inner}\n{indent}</translation>"
        return '<message numerus="yes">' + _TRANSLATION.sub(forms, body, count=1) + "</message>"

    text = ts.read_text(encoding="utf-8")
    ts.write_text(_MESSAGE.sub(plural, text), encoding="utf-8")
    return count


def lrelease() -> Path:
    return pyside_tool("pyside6-lrelease")


def release(ts: Path = CATALOGUE, qm: Path = COMPILED) -> None:
    """Compiles the catalogue into the .qm file the app installs at start."""
    subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def main() -> int:
    regenerate()
    english_plurals()
    release()
    orphans = without_context(CATALOGUE)
    if orphans:
        print(f"{len(orphans)} texts have no context (a tr() the tools cannot place), e.g. {orphans[0]!r}; "
              "use self.tr in a class or a module wrapper around QCoreApplication.translate", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
