"""Text a person or a file supplied is shown as text, never parsed as HTML (issue #14, item 2).

Both roles' real main windows over real vaults whose every person-supplied text is hostile: entry
titles, tags and bodies, check-in notes, session notes, display names on contact cards, therapist
comments and a prompt pack's texts, each carrying `<img src="file:…canary.png">`, `<h1>`, a link and
an entity. Every page is shown, the first row of every list selected (so detail panes fill), the
prompt wizard opened over the hostile pack, and every label walked: one that shows a hostile text must
be plain text (or escaped rich text), a tool tip with one is shown as plain text, and the canary image
is never opened (the kernel's own inotify events tell; docs/security-design.md, "Text from people
and files")."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QToolTip, QWidget

from integration_journal.core import records as r
from integration_journal.core.sharing import ShareSelection, SharingService
from integration_journal.ui.widgets.labels import install_plain_text_labels
from tests.helpers import file_reads
from tests.helpers.input import click
from tests.helpers.main_window import open_main_window
from tests.helpers.sharing_sides import connect, make_side, share_file

pytestmark = pytest.mark.skipif(not file_reads.AVAILABLE, reason="inotify (Linux) tells whether the canary is read")

MARKER = "fake-heading"  # lower case: tags are folded to lower case


def hostile(canary: Path, what: str) -> str:
    """At most 120 characters (a pack's title) while the canary's path is short."""
    return f'<h1>{MARKER} {what}</h1><img src="file://{canary}"><a href="x">a</a>&lt;'


@pytest.fixture
def canary():
    """A picture at a short path (so hostile texts fit the shortest fields), removed after the test."""
    folder = Path(tempfile.mkdtemp(prefix="ij"))
    path = folder / "c.png"
    image = QImage(150, 127, QImage.Format.Format_RGB32)
    image.fill(0)
    assert image.save(str(path))
    yield path
    shutil.rmtree(folder)


@pytest.fixture
def plain_text_app(qapp):
    """The app's label default, installed as gui.app does."""
    return install_plain_text_labels(qapp)


def _pack(canary: Path) -> dict:
    return {"schema_version": 1, "id": "hostile-pack", "title": hostile(canary, "pack title"),
            "author": hostile(canary, "pack author"), "version": 1,
            "phases": [{"id": "ongoing", "when": hostile(canary, "pack when"), "prompts": [
                {"id": "hostile-01", "text": hostile(canary, "prompt text"), "input": "short_text",
                 "tags": ["core"]}]}]}


@pytest.fixture
def hostile_sides(tmp_path, fast_kdf, canary):
    patient = make_side(tmp_path, "patient", "patient", hostile(canary, "patient name"), fast_kdf)
    therapist = make_side(tmp_path, "therapist", "therapist", hostile(canary, "therapist name"), fast_kdf)
    stranger = make_side(tmp_path, "stranger", "therapist", hostile(canary, "stranger name"), fast_kdf)
    newcomer = make_side(tmp_path, "newcomer", "therapist", hostile(canary, "newcomer name"), fast_kdf)
    # The therapist's name on new keys: the patient's app warns that the keys changed.
    impostor = make_side(tmp_path, "impostor", "therapist", hostile(canary, "therapist name"), fast_kdf)
    now = patient.journal.now()
    journal = patient.journal
    entry = journal.add(r.Entry(title=hostile(canary, "entry title"), body=hostile(canary, "entry body"),
                                tags=(f"<h1>{MARKER}</h1>",), share=True, question_for_therapist=True,
                                bring_to_appointment=True, created=now - dt.timedelta(days=1)),
                        keep_timestamps=True)
    journal.add(r.CheckIn(date=(now - dt.timedelta(days=1)).date(), mood=5, anxiety=4,
                          note=hostile(canary, "check-in note")))
    session = journal.add(r.TreatmentSession(when=now - dt.timedelta(days=2), route=r.Route.NASAL, setting="clinic",
                                             clinic=hostile(canary, "clinic"),
                                             provider=hostile(canary, "provider"),
                                             intention=hostile(canary, "intention"),
                                             notes=hostile(canary, "session notes")))
    journal.add(r.Commitment(text=hostile(canary, "commitment"), domain=r.Domain.NATURE, cadence="weekly"))
    journal.add(r.Reframe(old_thought=hostile(canary, "old thought"), new_perspective=hostile(canary, "new view"),
                          source_id=entry.id, domain="mind"))

    at_patient, at_therapist = connect(patient, therapist)
    connect(patient, stranger, verified=False)  # a pending, unverified contact on both sides
    share_file(patient, at_patient, ShareSelection(flagged=True, session_ids=(session.id,), checkins=True),
               tmp_path / "to-therapist.ijshare")
    therapist_service = SharingService(therapist.journal)
    therapist_service.receive_file(tmp_path / "to-therapist.ijshare")
    received = therapist_service.received()
    for item in received:
        therapist_service.annotate(item.item.id, hostile(canary, "private comment"))
        therapist_service.annotate(item.item.id, hostile(canary, "comment for the patient"), for_patient=True)
    pack = therapist.journal.add(r.PromptPackRecord(pack_id="hostile-pack", title=hostile(canary, "pack record"),
                                                    version=1, content=json.dumps(_pack(canary)).encode()))
    share_file(therapist, at_therapist, ShareSelection(pending_comments=True, prompt_pack_ids=(pack.id,)),
               tmp_path / "to-patient.ijshare")
    SharingService(patient.journal).receive_file(tmp_path / "to-patient.ijshare")
    yield patient, therapist, [SharingService(side.journal).my_card().to_text() for side in (newcomer, impostor)]
    for side in (patient, therapist, stranger, newcomer, impostor):
        side.ws.close()


def _labels_showing_markup(root: QWidget) -> list[str]:
    """Every label under `root` whose text holds a hostile marker and would be parsed as HTML."""
    found = []
    for label in [root, *root.findChildren(QLabel)] if isinstance(root, QLabel) else root.findChildren(QLabel):
        text = label.text()
        if MARKER not in text.lower():
            continue
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))
        if rich and ("<img" in text or "<h1" in text or "<a " in text):
            found.append(f"{type(label.window()).__name__}/{label.objectName() or label.accessibleName()}: {text[:80]}")
    return found


def _tool_tips(root: QWidget) -> list[tuple[QWidget, str]]:
    tips = [(w, w.toolTip()) for w in [root, *root.findChildren(QWidget)] if MARKER in w.toolTip().lower()]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(QModelIndex()), 20)):
            for column in range(12):  # (a list model's columnCount is private in PySide)
                index = model.index(row, column)
                if not index.isValid():
                    break
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and MARKER in tip.lower():
                    tips.append((view.viewport(), tip))
    return tips


def _visible_labels_check(seen: set[str]) -> list[str]:
    problems = []
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            problems += _labels_showing_markup(top)
            seen.update(label.text() for label in top.findChildren(QLabel)
                        if label.isVisible() and MARKER in label.text().lower())
    return problems


def _walk(qtbot, window, seen: set[str]) -> tuple[list[str], int]:
    """Show every page; in each, select each of the first rows of every list in turn (so detail panes
    fill) and check the labels after each; show up to three of the page's hostile tool tips."""
    problems: list[str] = []
    tips = 0
    for index in range(len(window.page_types)):
        window.show_page(index)
        page = window.page(index)
        qtbot.waitUntil(page.isVisible)
        problems += _visible_labels_check(seen)
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if not view.isVisible() or model is None:
                continue
            for row in range(min(model.rowCount(QModelIndex()), 6)):
                view.setCurrentIndex(model.index(row, 0))
                qtbot.wait(1)
                problems += _visible_labels_check(seen)
        for widget, tip in _tool_tips(page)[:3]:
            QToolTip.showText(widget.mapToGlobal(QPoint(2, 2)), tip, widget)
            tip_labels = [w for w in QApplication.topLevelWidgets()
                          if isinstance(w, QLabel) and w.objectName() == "qtooltip_label" and w.isVisible()]
            assert tip_labels, "the tool tip did not show"
            problems += [f"tool tip: {tip[:80]}" for w in tip_labels if w.textFormat() != Qt.TextFormat.PlainText]
            QToolTip.hideText()
            tips += 1
    return problems, tips


def test_no_hostile_text_is_parsed_as_html_in_either_role(qtbot, plain_text_app, hostile_sides, canary) -> None:
    patient, therapist, pasted_cards = hostile_sides
    seen_by_therapist: set[str] = set()
    seen_by_patient: set[str] = set()
    with file_reads.FileReads(canary) as reads:
        therapist_window = open_main_window(qtbot, therapist.ws, therapist.dialogs)
        problems, tips = _walk(qtbot, therapist_window, seen_by_therapist)
        therapist_window.hide()
        patient_window = open_main_window(qtbot, patient.ws, patient.dialogs)
        more, more_tips = _walk(qtbot, patient_window, seen_by_patient)
        problems += more
        # Cards pasted in: "{name} was added", then the key-change warning.
        sharing = patient_window.page(patient_window.page_index("sharing"))
        patient_window.show_page(patient_window.page_index("sharing"))
        key_change_seen: set[str] = set()
        for card, seen in zip(pasted_cards, (seen_by_patient, key_change_seen), strict=True):
            sharing.contacts.paste_edit.setPlainText(card)
            click(qtbot, sharing.contacts.paste_button)
            problems += _visible_labels_check(seen)
        # The prompt wizard over the therapist's hostile pack.
        patient_window.open_prompt_wizard()
        wizard = patient_window.prompt_wizard
        assert wizard is not None
        qtbot.waitUntil(wizard.isVisible)
        problems += _visible_labels_check(seen_by_patient)
        qtbot.wait(20)
        opened = reads.poll()
    assert problems == []
    assert opened == [], "the canary image was opened: some text was laid out as HTML"
    # The walk met the hostile texts, shown as text, where they belong.
    assert any("patient name" in text for text in seen_by_therapist)
    assert any("entry title" in text for text in seen_by_therapist)
    assert any("therapist name" in text for text in seen_by_patient)
    assert any("stranger name" in text for text in seen_by_patient)
    assert any("newcomer name" in text and "added" in text for text in seen_by_patient)
    assert any("therapist name" in text and "changed" in text for text in key_change_seen)
    assert tips + more_tips > 0  # hostile tool tips were shown, as plain text
