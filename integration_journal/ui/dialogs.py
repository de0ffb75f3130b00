"""Every modal question the UI asks goes through one small service, so tests answer without real boxes."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

# Qt's own settings group where its file dialog keeps the folders it visited, in clear text
# (~/.config/QtProject.conf on Linux: history=, lastVisited=).
QT_FILE_DIALOG_GROUP = "FileDialog"


def forget_file_dialog_history() -> None:
    """Remove what Qt's file dialog remembered (recent folders, the last one visited) from Qt's settings."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.remove(QT_FILE_DIALOG_GROUP)
    settings.sync()


def choose_path(parent: QWidget | None, title: str, start: Path, file_filter: str, *, mode: str) -> Path | None:
    """Ask for a file to save ("save"), a file to open ("open") or a folder ("folder"), leaving no trace
    of where in Qt's settings: the dialog starts with no history, and once it is gone (its destructor
    writes the settings) Qt's file-dialog group is removed. What a platform's native dialog records
    itself is listed in SECURITY.md."""
    dialog = QFileDialog(parent, title, str(start), file_filter)
    dialog.setHistory([])
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    elif mode == "open":
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    else:
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    try:
        chosen = dialog.selectedFiles() if dialog.exec() == QFileDialog.DialogCode.Accepted else []
    finally:
        dialog.setHistory([])
        shiboken6.delete(dialog)
        forget_file_dialog_history()
    return Path(chosen[0]) if chosen and chosen[0] else None


def _plain_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None,
               buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A message box whose text is plain: messages quote names, titles and file names."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


class Dialogs:
    """Real dialogs. Windows receive one of these; tests pass a stand-in with the same methods."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        _plain_box(QMessageBox.Icon.Information, title, text, parent).exec()

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        _plain_box(QMessageBox.Icon.Warning, title, text, parent).exec()

    def confirm(self, parent: QWidget | None, title: str, text: str, *, accept: str, reject: str) -> bool:
        """A yes/no question with the answers spelled out; the safe answer (reject) is the default."""
        box = _plain_box(QMessageBox.Icon.Warning, title, text, parent, QMessageBox.StandardButton.NoButton)
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes

    def save_path(self, parent: QWidget | None, title: str, suggested: Path, file_filter: str) -> Path | None:
        return choose_path(parent, title, suggested, file_filter, mode="save")

    def open_path(self, parent: QWidget | None, title: str, start: Path, file_filter: str) -> Path | None:
        return choose_path(parent, title, start, file_filter, mode="open")

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        return choose_path(parent, title, start, "", mode="folder")

    def choose_printer(self, parent: QWidget | None, printer) -> bool:
        """Let the person pick a printer and its options; False if they cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted
