"""Journal → Import… / Export…: a checked preview, problems by position, all-or-nothing import, warned export."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from integration_journal.ui.main_window import MainWindow
from tests.helpers.clocks import IdleClock
from tests.helpers.main_window import make_workspace, use_fake_pages

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
JRNL = FIXTURES / "jrnl_export.json"
DAYONE_ZIP = FIXTURES / "dayone_export.zip"


@pytest.fixture
def window(qtbot, monkeypatch, data_dir, fast_kdf, dialogs):
    use_fake_pages(monkeypatch)
    ws = make_workspace(data_dir, fast_kdf, entries=1)
    main = MainWindow(ws, dialogs, idle_clock=IdleClock())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.changes = []
    main.events.records_changed.connect(main.changes.append)
    yield main
    if not main.is_locked:
        main.close()


def _open(qtbot, action):
    action.trigger()
    main = action.parent()
    qtbot.waitUntil(lambda: main.portability_dialog is not None and main.portability_dialog.isVisible())
    qtbot.waitExposed(main.portability_dialog)
    return main.portability_dialog


def _entries(main) -> list:
    return main.ctx.journal.list(kind="entry")


def test_import_checks_first_then_imports_everything(qtbot, window, dialogs) -> None:
    dialog = _open(qtbot, window.import_action)
    assert dialog.windowTitle() == "Import" and dialog.isModal()
    assert not dialog.zone_combo.isVisible()
    qtbot.keyClicks(dialog.format_combo, "jrnl")
    assert dialog.fmt() == "jrnl" and dialog.zone_combo.isVisible()
    qtbot.keyClicks(dialog.zone_combo, "America/New_York")
    assert dialog.zone_combo.currentData() == "America/New_York"
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    qtbot.keyClicks(dialog.path_edit, str(JRNL))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    text = dialog.summary_label.text()
    assert text.startswith("Ready to import 6 records.\njournal entries: 6\nThe first few titles:\n"
                           "  • Before the session.")
    assert "Couldn't sleep" in text and not dialog.problem_list.isVisible()
    assert len(_entries(window)) == 1  # the check wrote nothing
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.portability_dialog is None)
    entries = _entries(window)
    assert len(entries) == 7
    starred = next(e for e in entries if e.title == "Couldn't sleep")
    assert starred.tags == ("insomnia", "starred") and starred.created.isoformat() == "2024-03-10T02:30:00-05:00"
    assert any("entry" in kinds for kinds in window.changes)
    assert window.count_label.text() == "7 entries"
    assert dialogs.texts("inform") == ["6 records were added to your journal."]
    [log] = [a for a in window.ctx.journal.list(kind="audit") if a.event == "import"]
    assert dict(log.details) == {"format": "jrnl", "count": 6, "duplicates_skipped": 0}


def test_problems_are_listed_by_position_and_nothing_is_imported(qtbot, window, tmp_path: Path) -> None:
    data = json.loads(JRNL.read_text(encoding="utf-8"))
    data["entries"][1]["date"] = "soon"
    data["entries"][3]["tags"] = "not a list"
    damaged = tmp_path / "damaged.json"
    damaged.write_text(json.dumps(data), encoding="utf-8")
    dialog = _open(qtbot, window.import_action)
    qtbot.keyClicks(dialog.format_combo, "jrnl")
    qtbot.keyClicks(dialog.path_edit, str(damaged))
    qtbot.keyClick(dialog.check_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    items = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert items == ["Entry 2: Its date is not written as YYYY-MM-DD.", "Entry 4: Its tags are not a list."]
    assert dialog.problem_list.isVisible() and "2 problems were found" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    dialog.start_import()  # even if asked directly: nothing happens without a clean check
    assert len(_entries(window)) == 1
    qtbot.keyClicks(dialog.path_edit, "x")  # a changed file needs a new check
    assert dialog.plan is None and dialog.problem_list.count() == 0


def test_choose_a_day_one_zip_through_the_file_dialog(qtbot, window, dialogs) -> None:
    asked = []
    dialogs.open_path = lambda parent, title, start, file_filter: asked.append(file_filter) or DAYONE_ZIP
    dialog = _open(qtbot, window.import_action)
    qtbot.keyClicks(dialog.format_combo, "Day")
    assert dialog.fmt() == "dayone"
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert asked == ["Day One export (*.zip *.json)"] and dialog.path_edit.text() == str(DAYONE_ZIP)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert "Ready to import 4 records." in dialog.summary_label.text()
    assert "Note: Entries that refer to photos or other media: 1." in dialog.summary_label.text()


def test_an_unreadable_file_is_explained(qtbot, window, tmp_path: Path) -> None:
    dialog = _open(qtbot, window.import_action)
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "missing.json"))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and "could not be read" in dialog.message_label.text())
    assert dialog.plan is None and not dialog.import_button.isEnabled()


def test_export_folder_warns_writes_and_logs(qtbot, window, dialogs, tmp_path: Path) -> None:
    dest = tmp_path / "dest"
    dest.mkdir()
    dialogs.folder = dest
    dialog = _open(qtbot, window.export_action)
    assert dialog.folder_radio.isChecked() and "not encrypted" in dialog.warning_label.text()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.portability_dialog is None)
    [folder] = dest.iterdir()
    assert folder.name.startswith("Integration Journal export ")
    assert (folder / "journal.json").is_file() and len(list((folder / "entries").iterdir())) == 1
    assert stat.S_IMODE((folder / "journal.json").stat().st_mode) == 0o600
    [question] = dialogs.texts("confirm")
    assert f"The export at {folder} will not be encrypted." in question
    [log] = [a for a in window.ctx.journal.list(kind="audit") if a.event == "plaintext_export"]
    assert dict(log.details) == {"format": "markdown", "entries": 1}
    assert dialogs.texts("inform") == [f"Your journal was exported to {folder}. It is not encrypted."]


def test_export_json_file_and_a_cancelled_export(qtbot, window, dialogs, tmp_path: Path) -> None:
    dialogs.save_to = tmp_path / "journal.json"
    dialogs.confirm_answer = False
    dialog = _open(qtbot, window.export_action)
    # On its label, as a person would (the button itself stretches across the dialog).
    qtbot.mouseClick(dialog.json_radio, Qt.MouseButton.LeftButton, pos=QPoint(12, dialog.json_radio.height() // 2))
    assert dialog.json_radio.isChecked()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialogs.save_to.exists() and dialog.isVisible()
    assert not [a for a in window.ctx.journal.list(kind="audit") if a.event == "plaintext_export"]
    dialogs.confirm_answer = True
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.portability_dialog is None)
    document = json.loads(dialogs.save_to.read_text(encoding="utf-8"))
    assert document["format"] == "integration-journal-export"
    assert stat.S_IMODE(dialogs.save_to.stat().st_mode) == 0o600
    [log] = [a for a in window.ctx.journal.list(kind="audit") if a.event == "plaintext_export"]
    assert dict(log.details) == {"format": "json"}


def test_lock_closes_the_dialog_and_forgets_what_it_showed(qtbot, window) -> None:
    dialog = _open(qtbot, window.import_action)
    qtbot.keyClicks(dialog.format_combo, "jrnl")
    qtbot.keyClicks(dialog.path_edit, str(JRNL))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    window.lock()
    assert window.portability_dialog is None and not dialog.isVisible()
    assert dialog.plan is None and dialog.summary_label.text() == "" and dialog.discarded


def test_every_control_has_an_accessible_name(qtbot, window) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QProgressBar

    for action in (window.import_action, window.export_action):
        dialog = _open(qtbot, action)
        for cls in (QAbstractButton, QComboBox, QLineEdit, QListWidget, QProgressBar):
            for widget in dialog.findChildren(cls):
                assert widget.accessibleName(), widget
        dialog.reject()
        qtbot.waitUntil(lambda: window.portability_dialog is None)


def test_progress_from_the_worker_reaches_the_bar(qtbot, window) -> None:
    import threading

    dialog = _open(qtbot, window.import_action)
    worker = threading.Thread(target=dialog.report_progress, args=(250, 1000))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 1000 and dialog.progress.value() == 250)
    dialog.report_progress(0, 0)
    qtbot.waitUntil(lambda: dialog.progress.maximum() == 0)
