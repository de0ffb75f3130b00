"""Texts that count read as English does: "1 comment", "2 comments", never "1 comment(s)".

A counting text is written once in the code with %n and "word(s)" and looked up with its count
(`self.tr("%n comment(s)", "", n)`); `make translations` marks it as a plural in the catalogue, fills in
the English forms and compiles the catalogue that gui/app.py installs. These tests hold each step: the
tool's forms, the committed compiled file, every counting text on screen, and that no "(s)" is left for a
reader to untangle.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from integration_journal.core.resource_files import resource_path
from integration_journal.ui.app_locale import CATALOGUE_NAME, install_translations

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resource_path("translations")
CATALOGUE = TRANSLATIONS / "integration_journal_en.ts"
COMPILED = TRANSLATIONS / CATALOGUE_NAME


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = sys.modules.setdefault(spec.name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


def _lrelease() -> Path:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = beside if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    return Path(found)


def _counting_messages() -> list[tuple[str, str, list[str]]]:
    """(context, source, [singular, plural]) of every plural in the committed catalogue."""
    root = ET.parse(CATALOGUE).getroot()
    return [(c.findtext("name") or "", m.findtext("source") or "",
             [f.text or "" for f in m.iter("numerusform")])
            for c in root.iter("context") for m in c.iter("message") if m.get("numerus") == "yes"]


@pytest.mark.parametrize(("source", "one", "many"), [
    ("%n comment(s) not sent yet", "%n comment not sent yet", "%n comments not sent yet"),
    ("Incomplete: %n question(s) (item(s) {numbers})", "Incomplete: %n question (item {numbers})",
     "Incomplete: %n questions (items {numbers})"),
    ("%n file(s) of {total}", "%n file of {total}", "%n files of {total}"),
])
def test_the_tool_writes_the_english_singular_and_plural(source: str, one: str, many: str) -> None:
    assert _tool().english_forms(source) == (one, many)


def test_the_tool_marks_a_counting_text_as_a_plural_and_leaves_others_as_lupdate_wrote_them(tmp_path) -> None:
    ts = tmp_path / "x.ts"
    plain = ('    <message>\n        <location line="+3"/>\n        <source>Save</source>\n'
             '        <translation type="unfinished"></translation>\n    </message>\n')
    counting = ('    <message>\n        <location line="+1"/>\n        <source>%n entry file(s)</source>\n'
                '        <translation type="unfinished"></translation>\n    </message>\n')
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">\n'
                  f'<context>\n    <name>pages</name>\n{plain}{counting}</context>\n</TS>\n', encoding="utf-8")
    assert _tool().english_plurals(ts) == 1
    text = ts.read_text(encoding="utf-8")
    assert plain in text  # untouched, byte for byte
    message = ET.parse(ts).getroot().find("context/message[@numerus='yes']")
    assert [f.text for f in message.iter("numerusform")] == ["%n entry file", "%n entry files"]


def test_the_committed_compiled_catalogue_is_the_committed_catalogue_compiled(tmp_path: Path) -> None:
    """A stale .qm would show last month's plurals: `make translations` compiles it with the catalogue."""
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(_lrelease()), "-silent", str(CATALOGUE), "-qm", str(fresh)], check=True,
                   capture_output=True)
    assert COMPILED.read_bytes() == fresh.read_bytes(), "run `make translations`"


def test_every_counting_text_in_the_code_is_a_plural_in_the_catalogue() -> None:
    """A "(s)" that is not counted by Qt would reach the screen as "1 comment(s)"."""
    root = ET.parse(CATALOGUE).getroot()
    loose = [m.findtext("source") for m in root.iter("message")
             if re.search(r"[A-Za-z]\(s\)", m.findtext("source") or "") and m.get("numerus") != "yes"]
    assert not loose, f"write these with %n and look them up with their count: {loose}"
    assert _counting_messages(), "the catalogue has no plurals: has `make translations` run?"


def test_the_app_shows_each_counting_text_in_the_form_for_its_count(qapp) -> None:
    assert install_translations(qapp) is not None, "the compiled catalogue did not load"
    for context, source, (one, many) in _counting_messages():
        assert QCoreApplication.translate(context, source, "", 1) == one.replace("%n", "1")
        assert QCoreApplication.translate(context, source, "", 3) == many.replace("%n", "3")
        assert QCoreApplication.translate(context, source, "", 0) == many.replace("%n", "0")
        assert "(s)" not in QCoreApplication.translate(context, source, "", 1)


def test_installing_twice_keeps_one_translator(qapp) -> None:
    first = install_translations(qapp)
    assert install_translations(qapp) is first
    assert len(qapp.findChildren(QTranslator, CATALOGUE_NAME)) == 1
