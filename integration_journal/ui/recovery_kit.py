"""The recovery kit, shown once: large groups, print or save as PDF (no copy), then a check of one group.

There is deliberately no "Copy": clipboard managers keep a history that outlives the app.
"""

from __future__ import annotations

import datetime as dt
import html
import secrets
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from integration_journal.ui.dialogs import Dialogs

GROUPS_PER_ROW = 7
_SEPARATORS = str.maketrans("", "", " -_.\t")
# Crockford Base32 reads O as 0 and I/L as 1; accept the same look-alikes when a group is typed back.
_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("recovery_kit", text)


def _html(text: str) -> str:
    return html.escape(text, quote=False)


def normalise_group(text: str) -> str:
    return text.translate(_SEPARATORS).upper().translate(_LOOK_ALIKES)


def heading_font(widget: QWidget, scale: float = 1.4) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    return font


def kit_document(groups: list[str]) -> QTextDocument:
    """The printable kit. It names no person: a found kit should not say whose journal it opens."""
    cells = "".join(
        f'<td><div style="font-size: 9pt; color: #555;">{i}</div>'
        f'<div style="font-family: monospace; font-size: 17pt; font-weight: bold; white-space: nowrap;">{html.escape(g)}</div>'
        "</td>"
        + ("</tr><tr>" if i % GROUPS_PER_ROW == 0 and i < len(groups) else "")
        for i, g in enumerate(groups, start=1)
    )
    paragraphs = (
        _tr("This kit lets you back into your journal if you ever forget your passphrase. Anyone who has it "
            "can open the journal and set a new passphrase, so keep it somewhere private, the way you would "
            "keep a spare key."),
        _tr("To use it: open Integration Journal, choose “Use recovery kit…” on the unlock screen and type "
            "the groups in order. Upper or lower case both work; the dashes are optional."),
        _tr("When you use the kit, the app gives you a new one and this one stops working."),
    )
    created = _tr("Created on {date}.").format(date=dt.date.today().isoformat())
    body = (f"<h1>{_html(_tr('Integration Journal — recovery kit'))}</h1>"
            f"<p>{_html(paragraphs[0])}</p>"
            f'<table cellspacing="0" cellpadding="12"><tr>{cells}</tr></table>'
            + "".join(f"<p>{_html(text)}</p>" for text in paragraphs[1:])
            + f'<p style="color: #555;">{_html(created)}</p>')
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setHtml(body)
    return document


def write_pdf(groups: list[str], path: Path) -> None:
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)  # the document adds 2 cm
    writer.setTitle(_tr("Recovery kit"))
    writer.setCreator("Integration Journal")
    kit_document(groups).print_(writer)


class RecoveryKitPanel(QStackedWidget):
    """Two steps: the kit itself, then "type group N back" so a missing or mistyped copy shows up now,
    not on the day it is needed. Emits `confirmed` once the group matches."""

    confirmed = Signal()
    SHOW_PAGE, CHECK_PAGE = 0, 1

    def __init__(self, groups: list[str], dialogs: Dialogs, parent: QWidget | None = None, *,
                 intro: str | None = None) -> None:
        super().__init__(parent)
        self._groups = list(groups)
        self._dialogs = dialogs
        self.check_number = secrets.randbelow(len(self._groups)) + 1  # 1-based, as printed
        self.addWidget(self._build_show_page(intro))
        self.addWidget(self._build_check_page())
        self.setCurrentIndex(self.SHOW_PAGE)

    # --- the kit --------------------------------------------------------------------------------

    def _build_show_page(self, intro: str | None) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Your recovery kit"))
        title.setFont(heading_font(self))
        text = QLabel(intro or self.tr(
            "If you ever forget your passphrase, this kit is the only way back into your journal. "
            "Write it down or print it, and keep it somewhere private and safe."))
        text.setWordWrap(True)

        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setBackgroundRole(QPalette.ColorRole.Base)  # reads like a sheet of paper in either theme
        frame.setAutoFillBackground(True)
        frame.setAccessibleName(self.tr("Recovery kit"))
        grid = QGridLayout(frame)
        grid.setContentsMargins(18, 14, 18, 14)
        grid.setHorizontalSpacing(22)
        grid.setVerticalSpacing(4)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(18.0, self.font().pointSizeF() * 1.8))
        mono.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        self.group_labels: list[QLabel] = []
        for i, group in enumerate(self._groups):
            row, col = divmod(i, GROUPS_PER_ROW)
            number = QLabel(str(i + 1))
            number.setFont(small)
            number.setEnabled(False)  # drawn in the muted colour of the current theme
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(group)
            label.setFont(mono)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # no selection, no copy
            label.setAccessibleName(self.tr("Group {number}").format(number=i + 1))
            grid.addWidget(number, row * 2, col)
            grid.addWidget(label, row * 2 + 1, col)
            self.group_labels.append(label)

        warning = QLabel(self.tr("It is shown only this once. Anyone who has it can open your journal, "
                                 "so treat it like a spare key."))
        warning.setWordWrap(True)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery kit"))
        self.print_button.clicked.connect(self.print_kit)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the recovery kit as a PDF file"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.written_button = QPushButton(self.tr("I have a copy — &continue"))
        self.written_button.setAccessibleName(self.tr("I have a copy of the recovery kit, continue"))
        self.written_button.clicked.connect(self.show_check)
        self.output_label = QLabel()
        self.output_label.setWordWrap(True)
        self.output_label.setAccessibleName(self.tr("Print and save status"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.written_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(6)
        layout.addWidget(frame, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(6)
        layout.addWidget(warning)
        layout.addWidget(self.output_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for button in (self.print_button, self.pdf_button, self.written_button):
            button.setAutoDefault(False)
        return page

    def print_kit(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Recovery kit"))
        if not self._dialogs.choose_printer(self, printer):
            return
        kit_document(self._groups).print_(printer)
        self.output_label.setText(self.tr("Sent to the printer. Please check that every group printed "
                                          "clearly."))

    def save_pdf(self) -> None:
        if not self._dialogs.confirm(
            self, self.tr("Save the recovery kit as a file?"),
            self.tr("Anyone who can open this PDF can reset your passphrase and read your journal. "
                    "Save it only somewhere private, such as a USB stick you keep safe, and consider "
                    "deleting it once it is printed."),
            accept=self.tr("Choose where to save…"), reject=self.tr("Cancel"),
        ):
            return
        path = self._dialogs.save_path(self, self.tr("Save recovery kit"),
                                       Path.home() / "integration-journal-recovery-kit.pdf",
                                       self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        write_pdf(self._groups, path)
        if path.is_file() and path.stat().st_size > 0:
            self.output_label.setText(self.tr("Saved to {path}.").format(path=str(path)))
        else:
            self._dialogs.warn(self, self.tr("Not saved"),
                               self.tr("The PDF could not be written there. Please choose another place."))

    # --- the check ------------------------------------------------------------------------------

    def _build_check_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Check your copy"))
        title.setFont(heading_font(self))
        self.check_prompt = QLabel(self.tr(
            "To make sure your copy is complete, please type group {number} from it. "
            "Groups are numbered 1 to {count}.").format(number=self.check_number, count=len(self._groups)))
        self.check_prompt.setWordWrap(True)
        self.check_edit = QLineEdit()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(16.0, self.font().pointSizeF() * 1.6))
        self.check_edit.setFont(mono)
        self.check_edit.setMaxLength(12)
        self.check_edit.setMaximumWidth(self.check_edit.fontMetrics().horizontalAdvance("WWWWWWWW"))
        self.check_edit.setAccessibleName(self.tr("Group {number} of the recovery kit").format(
            number=self.check_number))
        self.check_edit.returnPressed.connect(self.check)
        self.check_feedback = QLabel()
        self.check_feedback.setWordWrap(True)
        self.check_feedback.setAccessibleName(self.tr("Check result"))
        self.back_button = QPushButton(self.tr("&Back to the kit"))
        self.back_button.setAccessibleName(self.tr("Back to the recovery kit"))
        self.back_button.clicked.connect(lambda: self.setCurrentIndex(self.SHOW_PAGE))
        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.clicked.connect(self.check)

        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.check_prompt)
        layout.addSpacing(8)
        layout.addWidget(self.check_edit)
        layout.addWidget(self.check_feedback)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for button in (self.back_button, self.continue_button):
            button.setAutoDefault(False)
        return page

    def show_check(self) -> None:
        self.check_feedback.clear()
        self.check_edit.clear()
        self.setCurrentIndex(self.CHECK_PAGE)
        self.check_edit.setFocus()

    def check(self) -> None:
        typed = normalise_group(self.check_edit.text())
        if typed == self._groups[self.check_number - 1]:
            self.forget()
            self.confirmed.emit()
            return
        self.check_feedback.setText(self.tr(
            "That is not group {number}. Please go back to the kit and compare your copy.").format(
                number=self.check_number))
        self.check_edit.setFocus()
        self.check_edit.selectAll()

    def forget(self) -> None:
        """Once the copy is confirmed, the kit leaves the screen for good."""
        for label in self.group_labels:
            label.clear()
        self._groups = ["" for _ in self._groups]
        self.check_edit.clear()
