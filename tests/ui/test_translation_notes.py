"""Translator notes on the validated questionnaires (issue #13 item 11, docs/clinical.md §3.1 and §7 item 1): only
an official translation of the PHQ, GAD or PEG may replace their wording, so every instrument string in the
catalogue (`make translations`, tools/update_translations.py) tells translators so in its note."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from integration_journal.core import measures
from integration_journal.core.resource_files import resource_path

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = resource_path("translations", "integration_journal_en.ts")


def _tool():
    """tools/update_translations.py (tools/ is not a package); only its pure functions are used here."""
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = sys.modules.setdefault(spec.name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


def _instrument_texts() -> set[str]:
    """The published wording of every shipped questionnaire, read from resources/measures/*.json."""
    texts: set[str] = set()
    for m in measures.builtin_measures().values():
        texts |= {m.title, m.stem, m.recall, *(o.label for o in m.options), *(b.label for b in m.bands)}
        for item in m.items:
            texts |= {item.text, *(item.anchors or ())}
        if m.functional_item is not None:
            texts |= {m.functional_item.text, *(o.label for o in m.functional_item.options)}
    return {t for t in texts if t}


def test_every_instrument_message_in_the_catalogue_carries_the_official_translation_note() -> None:
    note = _tool().INSTRUMENT_NOTE
    assert "official" in note and "leave the English text" in note
    wording = _instrument_texts()
    root = ET.parse(CATALOGUE).getroot()
    found: dict[str, list[str]] = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source in wording and context.findtext("name") in ("measures", "summary"):
                found.setdefault(source, []).append(message.findtext("extracomment") or "")
    assert set(found) == wording, f"instrument texts missing from the catalogue: {sorted(wording - set(found))[:5]}"
    lacking = sorted(source for source, comments in found.items() if not all(note in c for c in comments))
    assert not lacking, f"{len(lacking)} instrument texts lack the note; run `make translations`: {lacking[:5]}"


def test_the_app_s_own_notes_about_a_measure_are_not_held_to_the_official_wording() -> None:
    """A result note is the app's own writing: translators may translate it freely."""
    note = _tool().INSTRUMENT_NOTE
    phq9 = measures.get_measure("phq9")
    root = ET.parse(CATALOGUE).getroot()
    comments = [m.findtext("extracomment") or "" for c in root.iter("context") if c.findtext("name") == "measures"
                for m in c.iter("message") if m.findtext("source") == phq9.result_note]
    assert comments and not any(note in c for c in comments)


def test_the_data_module_writes_the_note_once_after_the_places() -> None:
    tool = _tool()
    module = tool.data_module([tool.DataText("measures", "Feeling tired", "a.json: items[3].text", "Official only."),
                               tool.DataText("measures", "Feeling tired", "b.json: items[3].text", "Official only."),
                               tool.DataText("measures", "A note", "a.json: result_note")])
    assert module.splitlines()[2:] == [
        "#: a.json: items[3].text; b.json: items[3].text. Official only.",
        'QT_TRANSLATE_NOOP("measures", "Feeling tired")',
        "#: a.json: result_note", 'QT_TRANSLATE_NOOP("measures", "A note")']
