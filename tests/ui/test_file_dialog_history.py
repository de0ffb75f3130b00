"""Choosing a file or a folder leaves no trace of where in Qt's own settings (issue #14, item 8).

Qt's widget file dialog wrote the export and import folders in clear text to QtProject.conf
(`history=`, `lastVisited=`). Here the real dialogs of ui.dialogs.Dialogs are driven (the offscreen
platform has no native dialogs, so Qt's own widget dialog is what runs) with Qt's settings in a
throwaway folder; afterwards that file names none of the chosen places."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit

from integration_journal.ui.dialogs import Dialogs

SECRET_FOLDER = "therapy-notes-for-dr-lee"


@pytest.fixture
def qt_settings_dir(qapp, tmp_path: Path):
    """Qt's user settings (QtProject.conf included) in tmp_path for this test only; QSettings keeps its
    folder for the whole process, so the previous one is put back after."""
    fmt, scope = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    previous = Path(QSettings(fmt, scope, "QtProject").fileName()).parent
    folder = tmp_path / "qt-config"
    folder.mkdir()
    QSettings.setPath(fmt, scope, str(folder))
    yield folder
    QSettings.setPath(fmt, scope, str(previous))


def _answer(qtbot, path: Path | None) -> list[QFileDialog]:
    """When the file dialog shows, choose `path` in it (or cancel); returns the dialogs seen."""
    seen: list[QFileDialog] = []

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, answer)
            return
        dialog = dialogs[0]
        seen.append(dialog)
        if path is None:
            dialog.reject()
            return
        if path.is_dir():
            dialog.setDirectory(str(path))
        else:
            dialog.setDirectory(str(path.parent))
            dialog.findChild(QLineEdit, "fileNameEdit").setText(path.name)  # as if typed
        dialog.accept()
        if dialog.isVisible():  # refused (a message box of its own): give up rather than hang
            dialog.reject()

    QTimer.singleShot(20, answer)
    return seen


def _qt_settings_text(folder: Path) -> str:
    files = list(folder.rglob("*.conf"))
    return "\n".join(f.read_text(errors="replace") for f in files)


@pytest.mark.parametrize("kind", ["save", "open", "folder"])
def test_the_chosen_place_is_not_written_to_qt_settings(qtbot, qt_settings_dir, tmp_path, kind) -> None:
    place = tmp_path / SECRET_FOLDER
    place.mkdir()
    target = place / "journal-export.json"
    if kind == "open":
        target.write_text("{}")
    seen = _answer(qtbot, place if kind == "folder" else target)
    dialogs = Dialogs()
    if kind == "save":
        chosen = dialogs.save_path(None, "Export", tmp_path / "start.json", "JSON (*.json)")
    elif kind == "open":
        chosen = dialogs.open_path(None, "Import", tmp_path, "JSON (*.json)")
    else:
        chosen = dialogs.choose_folder(None, "Backup folder", tmp_path)
    assert seen, "the file dialog never showed"
    assert chosen == (place if kind == "folder" else target)
    written = _qt_settings_text(qt_settings_dir)
    assert SECRET_FOLDER not in written
    assert "lastVisited" not in written and "history" not in written


def test_a_cancelled_dialog_leaves_nothing_either(qtbot, qt_settings_dir, tmp_path) -> None:
    start = tmp_path / SECRET_FOLDER
    start.mkdir()
    _answer(qtbot, None)
    assert Dialogs().open_path(None, "Import", start, "JSON (*.json)") is None
    assert SECRET_FOLDER not in _qt_settings_text(qt_settings_dir)


def test_message_boxes_show_their_text_as_plain_text(qtbot) -> None:
    """A message that quotes a name or a title shows it as written, never as HTML."""
    shown: list[tuple[str, object]] = []

    def read_and_close() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QMessageBox")]
        if not boxes:
            QTimer.singleShot(20, read_and_close)
            return
        shown.extend((label.text(), label.textFormat()) for label in boxes[0].findChildren(QLabel)
                     if "<h1>" in label.text())
        boxes[0].accept()

    QTimer.singleShot(20, read_and_close)
    Dialogs().warn(None, "Problem", "<h1>Sam</h1> could not be added")
    from PySide6.QtCore import Qt

    assert shown == [("<h1>Sam</h1> could not be added", Qt.TextFormat.PlainText)]
