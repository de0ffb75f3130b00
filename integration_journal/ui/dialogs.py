"""Every modal question the UI asks goes through one small service, so tests answer without real boxes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


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
        path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(path) if path else None

    def open_path(self, parent: QWidget | None, title: str, start: Path, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(parent, title, str(start), file_filter)
        return Path(path) if path else None

    def choose_folder(self, parent: QWidget | None, title: str, start: Path) -> Path | None:
        path = QFileDialog.getExistingDirectory(parent, title, str(start))
        return Path(path) if path else None

    def choose_printer(self, parent: QWidget | None, printer) -> bool:
        """Let the person pick a printer and its options; False if they cancelled."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted
