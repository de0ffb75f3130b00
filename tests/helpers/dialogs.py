"""A dialog service that answers itself: what the GUI tests hand the app instead of ui.dialogs.Dialogs."""

from __future__ import annotations

from pathlib import Path


class FakeDialogs:
    """Stands in for ui.dialogs.Dialogs: records every question and gives the configured answer."""

    def __init__(self, tmp_path: Path) -> None:
        self.calls: list[tuple[str, str]] = []
        self.confirm_answer = True
        self.save_to: Path | None = tmp_path / "kit.pdf"
        self.print_to: Path | None = tmp_path / "printed.pdf"
        self.folder: Path | None = None
        self.open_from: Path | None = None

    def inform(self, parent, title, text):
        self.calls.append(("inform", text))

    def warn(self, parent, title, text):
        self.calls.append(("warn", text))

    def confirm(self, parent, title, text, *, accept, reject):
        self.calls.append(("confirm", text))
        return self.confirm_answer

    def save_path(self, parent, title, suggested, file_filter):
        self.calls.append(("save_path", str(suggested)))
        return self.save_to

    def open_path(self, parent, title, start, file_filter):
        self.calls.append(("open_path", str(start)))
        return self.open_from

    def choose_folder(self, parent, title, start):
        self.calls.append(("choose_folder", str(start)))
        return self.folder

    def choose_printer(self, parent, printer):
        self.calls.append(("choose_printer", ""))
        if self.print_to is None:
            return False
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "printer" the test can read back
        printer.setOutputFileName(str(self.print_to))
        return True

    def texts(self, kind: str) -> list[str]:
        return [text for k, text in self.calls if k == kind]
