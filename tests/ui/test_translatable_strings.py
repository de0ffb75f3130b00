"""Every user-visible string in ui/ goes through tr()/translate: no string literal is handed straight to
a Qt text setter or widget constructor (an AST scan), and the translation catalogue is generated from
these sources (`make translations`)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

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


def _lupdate() -> Path:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    found = exe if exe.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    return Path(found)


def test_the_catalogue_lists_every_translatable_source_text(tmp_path: Path) -> None:
    """The committed catalogue is current: regenerating it (as `make translations` does) adds nothing."""
    assert CATALOGUE.exists(), "run `make translations`"
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted(UI.rglob("*.py"))]
    subprocess.run([str(_lupdate()), "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True, cwd=ROOT)
    pattern = re.compile(r"<context>\s*<name>(.*?)</name>|<source>(.*?)</source>", re.S)

    def texts(path: Path) -> set[tuple[str, str]]:
        context, found = "", set()
        for ctx, source in pattern.findall(path.read_text(encoding="utf-8")):
            if ctx or source == "":
                context = ctx if ctx else context
            if source:
                found.add((context, source))
        return found

    missing = texts(fresh) - texts(CATALOGUE)
    assert not missing, f"{len(missing)} texts are not in the catalogue; run `make translations`"
