"""Every modal question the UI asks goes through one small service, so tests answer without real boxes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Dialogs:
    """Real dialogs. Windows receive one of these; tests pass a stand-in with the same methods."""

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str, *, accept: str, reject: str) -> bool:
        """A yes/no question with the answers spelled out; the safe answer (reject) is the default."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
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
