"""The recovery kit, shown once: large groups, print or save as PDF (no copy), then a check of one group.

Two building blocks, `KitSheet` (the kit and its Print / Save as PDF) and `KitCheckForm` ("type group N
back"), serve both the first-run wizard and `RecoveryKitPanel`, which the recovery dialog shows after a
new kit replaced the old one. Whether a typed group is right is decided by core.onboarding.KitCheck.

There is deliberately no "Copy": clipboard managers keep a history that outlives the app.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetrics,
    QPageLayout,
    QPageSize,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.onboarding import KitCheck, StepError
from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.passphrase_widgets import step_error_text
from integration_journal.ui.widgets.fonts import heading_font
from integration_journal.ui.widgets.form_parts import (
    button_row,
    show_problem,
)

__all__ = ["KitCheckForm", "KitSheet", "RecoveryKitPanel", "kit_document", "write_pdf"]

GROUPS_PER_ROW = 7  # on paper, and on screen when it fits


def _tr(text: str) -> str:
    return QCoreApplication.translate("recovery_kit", text)


def _html(text: str) -> str:
    return html.escape(text, quote=False)


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



def fitting_columns(widget: QWidget, cell_width: int, *, reserve: int = 0) -> int:
    """How many groups fit side by side on this screen (7 on paper; fewer with large fonts)."""
    from PySide6.QtGui import QGuiApplication

    screen = widget.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry().width() if screen is not None else 1280
    for columns in (GROUPS_PER_ROW, 5, 4, 3):  # 14 groups: 2, 3, 4 or 5 rows
        if columns * cell_width + reserve <= available * 0.9:
            return columns
    return 2


class KitSheet(QWidget):
    """The kit on screen, like a sheet of paper in either theme, with Print… and Save as PDF…."""

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None, *, reserve_width: int = 0) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._groups: list[str] = []
        self._reserve_width = reserve_width
        self.group_labels: list[QLabel] = []

        self.frame = QFrame()
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setBackgroundRole(QPalette.ColorRole.Base)
        self.frame.setAutoFillBackground(True)
        self.frame.setAccessibleName(self.tr("Recovery kit"))
        self.grid = QGridLayout(self.frame)
        self.grid.setContentsMargins(18, 14, 18, 14)
        self.grid.setHorizontalSpacing(22)
        self.grid.setVerticalSpacing(4)

        self.warning = QLabel(self.tr("It is shown only this once. Anyone who has it can open your journal, "
                                      "so treat it like a spare key."))
        self.warning.setWordWrap(True)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery kit"))
        self.print_button.clicked.connect(self.print_kit)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the recovery kit as a PDF file"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.output_label = QLabel()
        self.output_label.setWordWrap(True)
        self.output_label.setAccessibleName(self.tr("Print and save status"))
        self.output_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.output_label.hide()

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frame, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(4)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        layout.addWidget(self.output_label)

    def _group_font(self) -> QFont:
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(18.0, self.font().pointSizeF() * 1.8))
        mono.setBold(True)
        return mono

    def _columns(self) -> tuple[int, int]:
        """(groups per row, width of one column) for this font and screen."""
        cell = QFontMetrics(self._group_font()).horizontalAdvance("WWWW") + self.grid.horizontalSpacing()
        return fitting_columns(self, cell, reserve=self._reserve_width + 36), cell

    def needed_width(self) -> int:
        """The width a kit will take, known before there is a kit (so a wizard need not grow later)."""
        columns, cell = self._columns()
        margins = self.grid.contentsMargins()
        return columns * cell + margins.left() + margins.right() + 2 * self.frame.frameWidth()

    def needed_rows_height(self, count: int = 14) -> int:
        """The height the rows of a kit of `count` groups add to the empty frame."""
        columns, _cell = self._columns()
        rows = -(-count // columns)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        line = QFontMetrics(self._group_font()).height() + QFontMetrics(small).height()
        return rows * (line + 2 * self.grid.verticalSpacing())

    def set_groups(self, groups: Sequence[str]) -> None:
        self._clear_grid()
        self._groups = list(groups)
        mono = self._group_font()
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        columns, _cell = self._columns()
        for i, group in enumerate(self._groups):
            row, col = divmod(i, columns)
            number = QLabel(str(i + 1))
            number.setFont(small)
            number.setEnabled(False)  # drawn in the muted colour of the current theme
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(group)
            label.setFont(mono)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # no selection, no copy
            label.setAccessibleName(self.tr("Group {number}").format(number=i + 1))
            self.grid.addWidget(number, row * 2, col)
            self.grid.addWidget(label, row * 2 + 1, col)
            self.group_labels.append(label)

    def clear(self) -> None:
        self._clear_grid()
        self._groups = []

    def _clear_grid(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.group_labels = []

    def print_kit(self) -> None:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Recovery kit"))
        if not self._dialogs.choose_printer(self, printer):
            return
        kit_document(self._groups).print_(printer)
        self._say(self.tr("Sent to the printer. Please check that every group printed clearly."))

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
        try:
            write_pdf(self._groups, path)
            written = path.is_file() and path.stat().st_size > 0
        except OSError:
            written = False
        if written:
            self._say(self.tr("Saved to {path}.").format(path=str(path)))
        else:
            self._dialogs.warn(self, self.tr("Not saved"),
                               self.tr("The PDF could not be written there. Please choose another place."))

    def _say(self, text: str) -> None:
        self.output_label.setText(text)
        self.output_label.setVisible(bool(text))

    def forget(self) -> None:
        """Once the copy is confirmed, the kit leaves the screen for good."""
        for label in self.group_labels:
            label.clear()
        self._groups = ["" for _ in self._groups]


class KitCheckForm(QWidget):
    """"Type group N from your copy": the prompt, one field, and what was wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check_prompt = QLabel()
        self.check_prompt.setWordWrap(True)
        self.check_edit = QLineEdit()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(16.0, self.font().pointSizeF() * 1.6))
        self.check_edit.setFont(mono)
        self.check_edit.setMaxLength(12)
        # Room for a group typed with spaces or dashes, and no wider: one group is asked for.
        self.check_edit.setMaximumWidth(self.check_edit.fontMetrics().horizontalAdvance("W-W-W-W-W") + 16)
        self.check_edit.setAccessibleName(self.tr("Group of the recovery kit"))
        self.check_prompt.setBuddy(self.check_edit)
        self.check_feedback = QLabel()
        self.check_feedback.setWordWrap(True)
        self.check_feedback.setAccessibleName(self.tr("Check result"))
        self.check_feedback.hide()
        hint = QLabel(self.tr("Upper or lower case both work; O and 0, I and 1 are read alike."))
        hint.setWordWrap(True)
        hint.setEnabled(False)  # muted

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check_prompt)
        layout.addSpacing(8)
        layout.addWidget(self.check_edit)
        layout.addWidget(hint)
        layout.addSpacing(4)
        layout.addWidget(self.check_feedback)

    def set_check(self, number: int, count: int) -> None:
        self.check_prompt.setText(self.tr(
            "To make sure your copy is complete, please type &group {number} from it. "
            "Groups are numbered 1 to {count}.").format(number=number, count=count))
        self.check_edit.setAccessibleName(self.tr("Group {number} of the recovery kit").format(number=number))

    def typed(self) -> str:
        return self.check_edit.text()

    def show_problem(self, text: str) -> None:
        show_problem(self.check_feedback, text)
        if text:
            self.check_edit.setFocus()
            self.check_edit.selectAll()

    def reset(self) -> None:
        self.check_edit.clear()
        self.show_problem("")


class RecoveryKitPanel(QStackedWidget):
    """After a recovery: the new kit, then "type group N back" so a missing or mistyped copy shows up
    now, not on the day it is needed. Emits `confirmed` once the group matches."""

    confirmed = Signal()
    SHOW_PAGE, CHECK_PAGE = 0, 1

    def __init__(self, groups: list[str], dialogs: Dialogs, parent: QWidget | None = None, *,
                 intro: str | None = None) -> None:
        super().__init__(parent)
        self._check = KitCheck(groups)
        self.addWidget(self._build_show_page(groups, dialogs, intro))
        self.addWidget(self._build_check_page())
        self.setCurrentIndex(self.SHOW_PAGE)

    @property
    def check_number(self) -> int:
        return self._check.number

    @property
    def group_labels(self) -> list[QLabel]:
        return self.sheet.group_labels

    def _build_show_page(self, groups: list[str], dialogs: Dialogs, intro: str | None) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Your recovery kit"))
        title.setFont(heading_font(self.font(), 1.4))
        text = QLabel(intro or self.tr(
            "If you ever forget your passphrase, this kit is the only way back into your journal. "
            "Write it down or print it, and keep it somewhere private and safe."))
        text.setWordWrap(True)
        self.sheet = KitSheet(dialogs)
        self.sheet.set_groups(groups)
        self.print_button, self.pdf_button = self.sheet.print_button, self.sheet.pdf_button
        self.output_label = self.sheet.output_label
        self.written_button = QPushButton(self.tr("I have a copy — &continue"))
        self.written_button.setAccessibleName(self.tr("I have a copy of the recovery kit, continue"))
        self.written_button.setAutoDefault(False)
        self.written_button.clicked.connect(self.show_check)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(6)
        layout.addWidget(self.sheet)
        layout.addStretch(1)
        layout.addLayout(button_row([], [self.written_button]))
        return page

    def _build_check_page(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Check your copy"))
        title.setFont(heading_font(self.font(), 1.4))
        self.form = KitCheckForm()
        self.form.set_check(self._check.number, self._check.count)
        self.check_prompt, self.check_edit = self.form.check_prompt, self.form.check_edit
        self.check_feedback = self.form.check_feedback
        self.check_edit.returnPressed.connect(self.check)
        self.back_button = QPushButton(self.tr("&Back to the kit"))
        self.back_button.setAccessibleName(self.tr("Back to the recovery kit"))
        self.back_button.clicked.connect(lambda: self.setCurrentIndex(self.SHOW_PAGE))
        self.continue_button = QPushButton(self.tr("&Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.clicked.connect(self.check)
        for button in (self.back_button, self.continue_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addLayout(button_row([self.back_button], [self.continue_button]))
        return page

    def show_check(self) -> None:
        self.form.reset()
        self.setCurrentIndex(self.CHECK_PAGE)
        self.check_edit.setFocus()

    def check(self) -> None:
        try:
            self._check.judge(self.form.typed())
        except StepError as err:
            self.form.show_problem(step_error_text(err))
            return
        self.forget()
        self.confirmed.emit()

    def forget(self) -> None:
        self._check.forget()
        self.sheet.forget()
        self.form.reset()

