"""The command line shows what the app shows (issue #13): `export-summary` writes the same text as the Summaries
page's export, in the same locale, and `measure` prints the questionnaire dialog's result lines and support."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from integration_journal.core import measures, safety
from integration_journal.core import records as r
from integration_journal.storage.workspace import Workspace
from integration_journal.ui import app_locale
from integration_journal.ui.pages.summaries import SummariesPage
from integration_journal.ui.questionnaire_dialog import QuestionnaireDialog
from tests.helpers.input import type_date
from tests.helpers.summary_cases import FROM, TO, abroad
from tests.helpers.workspaces import PASSPHRASE, page_context

LEFT = Qt.MouseButton.LeftButton


def _french_computer(monkeypatch) -> None:
    """The app's locale as on a computer set to fr_FR: the GUI's default QLocale, the CLI's ui_locale()."""
    french = app_locale.ui_locale(QLocale("fr_FR"))
    QLocale.setDefault(french)  # the suite's autouse fixture puts en_US back
    monkeypatch.setattr(app_locale, "ui_locale", lambda *args, **kwargs: french)


def _without_generated(text: str) -> str:
    """The text without its "Generated:" line (the app and the command line run on their own clocks)."""
    return "\n".join(line for line in text.splitlines() if "Generated: " not in line)


@pytest.fixture
def french_patient(run, data_dir: Path, fast_kdf) -> Path:
    assert run("init", "--role", "patient", "--name", "Camille").code == 0
    ws = Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf)
    with ws:
        [me] = ws.journal.list(kind="profile")
        ws.journal.update(dataclasses.replace(me, country_code="FR"))
        ws.journal.add_many([rec for rec in abroad("FR", "Camille") if not isinstance(rec, r.Profile)],
                            keep_timestamps=True)
    return data_dir


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_export_summary_writes_the_page_s_export_word_for_word(qtbot, run, french_patient, fast_kdf, dialogs,
                                                              tmp_path, monkeypatch, fmt) -> None:
    _french_computer(monkeypatch)
    ws = Workspace.open(french_patient, PASSPHRASE, policy=fast_kdf)
    with ws:
        page = SummariesPage(page_context(ws, dialogs))
        qtbot.addWidget(page)
        page.show()
        type_date(qtbot, page.date_from, FROM)
        type_date(qtbot, page.date_to, TO)
        qtbot.waitUntil(lambda: "Safety flags" in page.preview.toPlainText(), timeout=3000)
        dialogs.save_to = tmp_path / f"app.{fmt}"
        qtbot.mouseClick(page.export_buttons[fmt], LEFT)
        app_text = dialogs.save_to.read_text(encoding="utf-8")
        page.clear()
    out = tmp_path / f"cli.{fmt}"
    result = run("export-summary", "--from", FROM.isoformat(), "--to", TO.isoformat(), "--format", fmt,
                 "--out", str(out))
    assert result.code == 0, result.err
    cli_text = out.read_text(encoding="utf-8")
    assert "01/03/2025 – 30/03/2025" in cli_text and "37,5 mg" in cli_text and "(France)" in cli_text
    assert _without_generated(cli_text) == _without_generated(app_text)


def _dialog_result(qtbot, ctx, instrument: str, answers) -> list[str]:
    """Answer the questionnaire dialog with the mouse and read the result it shows, line by line, as shown."""
    dialog = QuestionnaireDialog(ctx, instrument)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for question, value in zip(dialog.questions, answers, strict=False):
        if value is not None:
            qtbot.mouseClick(question.buttons[value], LEFT)
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.mouseClick(dialog.submit_button, LEFT)
    assert dialog.on_result()
    shown = [dialog.total_label.text()]
    shown += [label.text() for label in (dialog.note_label, dialog.screen_label, dialog.item9_label)
              if label.isVisible()]
    if dialog.follow_up_button.isVisible():
        shown.append(dialog.follow_up_button.text().replace("&", ""))
    dialog.discard()
    return shown


CASES = [  # (instrument, answers)
    ("phq9", [1, 2, 1, 2, 1, 1, 1, 1, 0]),
    ("phq9", [0, 1, 0, 0, 0, 0, 0, 0, 2]),
    ("phq9", [2, 2, 2, 2, 2, 2, 2, 2, None]),
    ("phq9", [1, 1, None, 1, 1, None, 1, 1, 0]),
    ("phq2", [2, 2]),
    ("gad2", [1, 1]),
    ("gad7", [3, 3, 3, 3, 3, 0, 0]),
    ("peg", [5, 6, 6]),
]


@pytest.mark.parametrize(("instrument", "answers"), CASES)
def test_measure_prints_what_the_questionnaire_dialog_shows(qtbot, run, journal_dir, fast_kdf, dialogs,
                                                           instrument, answers) -> None:
    ws = Workspace.open(journal_dir, PASSPHRASE, policy=fast_kdf)
    with ws:
        shown = _dialog_result(qtbot, page_context(ws, dialogs), instrument, answers)
        [profile] = ws.journal.list(kind="profile")
    text = ",".join("-" if a is None else str(a) for a in answers)
    result = run("measure", instrument, f"--answers={text}")
    assert result.code == 0, result.err
    measure = measures.get_measure(instrument)
    printed = result.out.splitlines()
    assert printed[0] == f"{measure.short_title}: {shown[0]}"
    for line in shown[1:]:  # the note, the screen, the calm item-9 line: each as its own line
        if line.startswith("Answer the full "):
            assert f"{line} next: integration-journal measure " in result.out
        else:
            assert line in printed
    score = measures.score(instrument, answers)
    if score.safety_flag:  # the dialog opens the support panel: the terminal prints its content
        assert safety.safety_flow_content(score.safety_value or 1, profile).plain_text() in result.out
    else:
        assert safety.THANKS not in result.out
