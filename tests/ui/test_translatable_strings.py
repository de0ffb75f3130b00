"""Every user-visible string in ui/ goes through tr()/translate: no string literal is handed straight to
a Qt text setter or widget constructor (an AST scan), and the translation catalogue is generated from
these sources (`make translations`) with each text under the context the code looks it up in."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "integration_journal" / "ui"
CATALOGUE = ROOT / "integration_journal" / "resources" / "translations" / "integration_journal_en.ts"

NOT_YET_SCANNED: set[str] = set()  # ui/ files left out of the scan while being written (none now)
# A line may pass a literal on purpose when it says why, e.g. `QLabel("RFC 9106")  # i18n-ok: a standard's name`.
ALLOW_MARK = re.compile(r"#\s*i18n-ok:\s*\S")

# Qt methods and the positions of their text arguments.
TEXT_SETTERS: dict[str, tuple[int, ...]] = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setPlaceholderText": (0,), "setAccessibleName": (0,), "setAccessibleDescription": (0,), "setTitle": (0,),
    "setPlainText": (0,), "setLabelText": (0,), "setPrefix": (0,), "setSuffix": (0,), "setSpecialValueText": (0,),
    "setFormat": (0,), "showMessage": (0,), "addItem": (0,), "addItems": (0,), "insertItem": (1,),
    "addTab": (1,), "insertTab": (2,), "setTabText": (1,), "setTabToolTip": (1,), "addAction": (0,),
    "addMenu": (0,), "setHorizontalHeaderLabels": (0,), "setHeaderLabels": (0,), "setNameFilter": (0,),
    "setWindowIconText": (0,),
    # ui/dialogs.Dialogs (and QMessageBox's static helpers): the title and the message.
    "inform": (1, 2), "warn": (1, 2), "confirm": (1, 2), "information": (1, 2), "warning": (1, 2),
    "question": (1, 2), "critical": (1, 2),
}
TEXT_KEYWORDS = {"accept", "reject", "text", "title"}
WIDGETS_WITH_TEXT = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QAction", "QMenu",
    "QListWidgetItem", "QCommandLinkButton", "QToolBar",
}


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _literal_text(node: ast.AST) -> str | None:
    """The visible words a plain literal argument would put on screen, or None if it has none."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_words(node.value) else None
    if isinstance(node, ast.JoinedStr):  # an f-string of only placeholders and punctuation is fine
        words = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return words if _has_words(words) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _literal_text(node.func.value)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((t for t in map(_literal_text, node.elts) if t), None)
    return None


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"ui/{self.path}:{self.line}: {self.call}({self.text!r})"


def scan_source(source: str, path: str = "<string>") -> list[Finding]:
    lines = source.splitlines()
    found: list[Finding] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in TEXT_SETTERS:
            name, positions = func.attr, TEXT_SETTERS[func.attr]
        elif isinstance(func, ast.Name) and func.id in WIDGETS_WITH_TEXT:
            name, positions = func.id, (0,)
        else:
            continue
        arguments = [node.args[p] for p in positions if p < len(node.args)]
        arguments += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for argument in arguments:
            text = _literal_text(argument)
            if text is None:
                continue
            span = lines[node.lineno - 1:(node.end_lineno or node.lineno)]
            if any(ALLOW_MARK.search(line) for line in span):
                continue
            found.append(Finding(path, node.lineno, name, text))
    return found


def ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.relative_to(UI).as_posix() not in NOT_YET_SCANNED)


def test_no_user_visible_literal_skips_translation() -> None:
    findings = [f for path in ui_sources()
                for f in scan_source(path.read_text(encoding="utf-8"), path.relative_to(UI).as_posix())]
    assert not findings, "untranslated text (wrap it in tr()/translate, or mark `# i18n-ok: why`):\n" + "\n".join(
        map(str, findings))


@pytest.mark.parametrize("code", [
    'label.setText("Saved")',
    'w.setWindowTitle("Settings")',
    'QLabel("No entries yet")',
    'QPushButton("&Save", self)',
    'combo.addItem("Last 30 days", "30d")',
    'tabs.addTab(page, "History")',
    'w.setToolTip(f"{count} entries")',
    'w.setAccessibleName("Total: {n}".format(n=n))',
    'w.setText("Saved " + name)',
    'table.setHorizontalHeaderLabels(["Date", "Title"])',
    'self.ctx.dialogs.warn(self, self.tr("Export"), "The file could not be written")',
    'dialogs.confirm(self, t, m, accept="Delete", reject=self.tr("Keep"))',
])
def test_the_scan_finds_literals(code: str) -> None:
    assert len(scan_source(code)) == 1


@pytest.mark.parametrize("code", [
    'label.setText(self.tr("Saved"))',
    'QLabel(QCoreApplication.translate("pages", "Journal"))',
    'label.setText("")',
    'label.setText(" · ")',
    'button.setText(f"{value} · {label}")',
    'combo.addItem(self.tr("Custom dates"), "custom")',
    'w.setObjectName("sidebar")',
    'label.setText(text)',
    'QLabel("Argon2id")  # i18n-ok: the name of an algorithm',
])
def test_the_scan_lets_translated_or_wordless_text_pass(code: str) -> None:
    assert scan_source(code) == []


def _tool():
    """tools/update_translations.py, which `make translations` runs (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = sys.modules.setdefault(spec.name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)  # registered first: its dataclasses look their module up by name
    if shutil.which("pyside6-lupdate") is None and not Path(sys.executable).with_name("pyside6-lupdate").exists():
        pytest.skip("pyside6-lupdate is not installed")
    return module


def catalogue_texts(path: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message in a .ts file."""
    root = ET.parse(path).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context")
            for m in c.iter("message")}


def test_the_catalogue_lists_every_translatable_source_text(tmp_path: Path) -> None:
    """The committed catalogue is current: regenerating it (as `make translations` does) adds nothing."""
    assert CATALOGUE.exists(), "run `make translations`"
    fresh = tmp_path / "fresh.ts"
    _tool().regenerate(fresh, locations="none", quiet=True)
    missing = catalogue_texts(fresh) - catalogue_texts(CATALOGUE)
    assert not missing, f"{len(missing)} texts are not in the catalogue; run `make translations`: {sorted(missing)[:5]}"


def test_no_text_is_filed_under_no_context() -> None:
    """Nothing is ever looked up under the empty context, so a translation filed there would never show."""
    orphans = sorted(text for context, text in catalogue_texts(CATALOGUE) if not context)
    assert not orphans, f"{len(orphans)} texts have no context, e.g. {orphans[:3]}"


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level `def name(text): return QCoreApplication.translate("context", text)` -> {name: context}."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.args.args and isinstance(node.body[-1], ast.Return):
            returned = node.body[-1].value
            if (isinstance(returned, ast.Call) and ast.unparse(returned.func) == "QCoreApplication.translate"
                    and len(returned.args) == 2 and isinstance(returned.args[0], ast.Constant)
                    and ast.unparse(returned.args[1]) == node.args.args[0].arg):
                found[node.name] = returned.args[0].value
    return found


def _expected_contexts(tree: ast.Module) -> Iterator[tuple[int, str, str]]:
    """(line, context, text) for literals given to this module's wrappers and to `self.tr` in a class."""
    wrappers = _wrappers(tree)

    def walk(node: ast.AST, cls: str | None) -> Iterator[tuple[int, str, str]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call) and child.args and isinstance(child.args[0], ast.Constant):
                func = ast.unparse(child.func)
                context = wrappers.get(func) or (cls if func == "self.tr" else None)
                if context:
                    yield child.lineno, context, child.args[0].value
            yield from walk(child, child.name if isinstance(child, ast.ClassDef) else cls)
    return walk(tree, None)


def test_every_text_is_filed_under_the_context_it_is_looked_up_in() -> None:
    """`_tr("…")` in ui/messages.py looks up under "messages", `self.tr("…")` in TrendsPage under "TrendsPage":
    the catalogue must file each text there, or a translator's work for it never shows."""
    filed = catalogue_texts(CATALOGUE)
    trees = {path.relative_to(UI).as_posix(): ast.parse(path.read_text(encoding="utf-8")) for path in ui_sources()}
    assert len({context for tree in trees.values() for context in _wrappers(tree).values()}) >= 10  # the scan sees them
    misfiled = [f"ui/{name}:{line}: {text!r} not under {context!r}" for name, tree in trees.items()
                for line, context, text in _expected_contexts(tree) if (context, text) not in filed]
    assert not misfiled, f"{len(misfiled)} texts are filed under another context:\n" + "\n".join(misfiled[:20])


def test_the_tool_knows_every_translate_wrapper() -> None:
    tool = _tool()
    for path in ui_sources():
        module = tool.Module(path)
        assert {name: module.wrappers.get(name) for name in _wrappers(module.tree)} == _wrappers(module.tree), path


def test_lupdate_reads_copies_with_each_call_written_out_on_its_own_line(tmp_path: Path) -> None:
    tool = _tool()
    (tmp_path / "pages").mkdir()
    (tmp_path / "words.py").write_text(
        'from PySide6.QtCore import QCoreApplication\n\n\n'
        'def _tr(text):\n    """Our words."""\n    return QCoreApplication.translate("words", text)\n\n\n'
        'def tr(text: str) -> str:\n    return _tr(text)\n', encoding="utf-8")
    source = ('from integration_journal.ui import words\n'
              'from integration_journal.ui.words import tr as say\n\n\n'
              'class Other:\n    TITLE = "Not a page"\n\n\n'
              'class Panel:\n    PAGE_ID = "panel"\n    TITLE = "Panel"\n\n'
              '    def build(self):\n        def inner():\n            return self.tr("Ünïcode first", "a note")\n'
              '        return words.tr(\n            "Split"\n            " words") + say("Said") + tr("Unknown")\n\n\n'
              'def show(page: "Panel") -> str:\n'
              '    tr = page.tr\n    return tr("Shown") + page.tr("Also") + str(len("x"))\n\n\n'
              'def bold(page: Panel) -> str:\n'
              '    return f"""<b>{page.tr(\'Bold "one"\')}</b>""" + f"{words.tr(\'In\')}"\n')
    (tmp_path / "pages" / "panel.py").write_text(source, encoding="utf-8")
    catalogue = tool.Catalogue(tmp_path)
    panel = catalogue.modules["pages.panel"]
    calls = list(catalogue.calls(panel))
    assert sorted((c.context, c.text) for c in calls) == [
        ("Panel", "Also"), ("Panel", 'Bold "one"'), ("Panel", "Shown"), ("Panel", "Ünïcode first"),
        ("pages", "Panel"), ("words", "In"), ("words", "Said"), ("words", "Split words")]
    written = tool.spelled_out(panel.source, calls)
    assert len(written.splitlines()) == len(source.splitlines())
    assert 'TITLE = QT_TRANSLATE_NOOP("pages", "Panel")' in written
    assert 'return QCoreApplication.translate("Panel", "Ünïcode first", "a note")' in written
    assert 'return QCoreApplication.translate(\n            "words", "Split"' in written
    assert 'QCoreApplication.translate("words", "Said") + tr("Unknown")' in written
    assert ('return QCoreApplication.translate("Panel", "Shown") + QCoreApplication.translate("Panel", "Also")'
            in written)
    # lupdate reads an f-string as one string, so a call inside one is marked again right after it.
    assert ('''f"""<b>{page.tr('Bold "one"')}</b>""" QT_TRANSLATE_NOOP("Panel", "Bold \\"one\\"") '''
            '''+ f"{words.tr('In')}" QT_TRANSLATE_NOOP("words", "In")''') in written


def test_a_translation_in_the_catalogue_shows_at_run_time(qapp, tmp_path: Path) -> None:
    """A translator's work reaches the screen: edit two texts in a copy of the catalogue, compile it with lrelease,
    install it, and the wrapper-translated error message and the page title come out translated."""
    from integration_journal.core.errors import WrongPassphrase
    from integration_journal.ui.main_window import EntryListPage, _page_title
    from integration_journal.ui.messages import describe

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    wanted = {("messages", describe(WrongPassphrase())): "Falsches Passwort.", ("pages", "Journal"): "Tagebuch"}
    tree = ET.parse(CATALOGUE)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name"), message.findtext("source"))
            if key in wanted:
                translation = message.find("translation")
                translation.text = wanted.pop(key)
                translation.attrib.clear()
    assert not wanted, f"not in the catalogue: {wanted}"
    ts, qm = tmp_path / "de.ts", tmp_path / "de.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert describe(WrongPassphrase()) == "Falsches Passwort."
        assert _page_title(EntryListPage) == "Tagebuch"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert _page_title(EntryListPage) == "Journal"
