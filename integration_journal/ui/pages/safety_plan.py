"""My safety plan: the seven sections of docs/clinical.md §5.1 (our own wording), each a list of short lines.

Lines can be added, edited (F2 or double-click), removed and moved up or down. Ctrl+S saves; a lock
saves unsaved changes first (save_state). Print goes through the print dialog; "Save as PDF" writes
an unencrypted file, so it warns first and is recorded in the audit log.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core import safety
from integration_journal.core.crisis_lines import lines_for
from integration_journal.core.export_markdown import write_private_file
from integration_journal.core.markdown_render import render_markdown
from integration_journal.core.records import LINE_MAX, SAFETY_PLAN_SECTIONS, SafetyPlan
from integration_journal.errors import JournalError
from integration_journal.ui.messages import describe
from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.safety_panel import contact_label, support_records
from integration_journal.ui.widgets.fonts import scaled_font
from integration_journal.ui.widgets.layout import FlowLayout

SAFETY_PLAN_KIND = SafetyPlan.KIND
PROFESSIONALS_SECTION = "sp-5"
_EDITABLE = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
             | Qt.ItemFlag.ItemNeverHasChildren)


def _tr(text: str) -> str:
    return QCoreApplication.translate("safety", text)


def plan_document(plan: SafetyPlan) -> QTextDocument:
    """The plan as a printable document (every section, empty ones left to fill in by hand)."""
    document = QTextDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(11)
    document.setDefaultFont(font)
    document.setHtml(render_markdown(safety.safety_plan_markdown(plan)))
    return document


def plan_pdf(plan: SafetyPlan) -> bytes:
    """The plan as PDF bytes, built in memory (no temporary file holds it)."""
    from PySide6.QtGui import QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(_tr(safety.SAFETY_PLAN_TITLE))
    writer.setCreator("Integration Journal")
    plan_document(plan).print_(writer)
    del writer  # finishes the file
    return bytes(buffer.data())


class SectionEditor(QFrame):
    """One section: its title and help, the lines, and the buttons to add, remove and reorder them.
    A frame with a wrapping heading rather than a group box: a long title must wrap at 200 % text size."""

    changed = Signal()

    def __init__(self, section_id: str, field: str, parent: QWidget | None = None) -> None:
        title, help_text = safety.SAFETY_PLAN_TEXT[section_id]
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.section_id, self.field, self.title_text = section_id, field, _tr(title)
        self.setAccessibleName(self.title_text)
        self.heading = QLabel(self.title_text)
        self.heading.setWordWrap(True)
        self.heading.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.heading.setAccessibleName(self.title_text)
        self.help_label = QLabel(_tr(help_text))
        self.help_label.setWordWrap(True)
        self.help_label.setEnabled(False)  # the theme's muted colour
        self.help_label.setAccessibleName(_tr("About {section}").format(section=self.title_text))
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("{section}: lines").format(section=self.title_text))
        self.list.setAccessibleDescription(_tr("F2 edits the selected line"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setWordWrap(True)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.new_edit = QLineEdit()
        self.new_edit.setMaxLength(LINE_MAX)
        self.new_edit.setPlaceholderText(_tr("Add a line, then press Enter"))
        self.new_edit.setAccessibleName(_tr("New line for {section}").format(section=self.title_text))
        self.new_edit.returnPressed.connect(self.add_from_edit)
        self.new_edit.textChanged.connect(lambda _t: self._update_buttons())
        self.add_button = self._button(_tr("Add"), _tr("Add the line to {section}"), self.add_from_edit)
        self.remove_button = self._button(_tr("Remove"), _tr("Remove the selected line from {section}"),
                                          self.remove_selected)
        self.up_button = self._button(_tr("Move up"), _tr("Move the selected line up in {section}"),
                                      lambda: self.move_selected(-1))
        self.down_button = self._button(_tr("Move down"), _tr("Move the selected line down in {section}"),
                                        lambda: self.move_selected(1))
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_edit, 1)
        add_row.addWidget(self.add_button)
        buttons = FlowLayout()
        for button in (self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        self.extra_row = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.help_label)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(add_row)
        layout.addLayout(self.extra_row)
        self._update_buttons()

    def title(self) -> str:
        return self.title_text

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name.format(section=self.title_text))
        button.clicked.connect(slot)
        return button

    def lines(self) -> tuple[str, ...]:
        texts = (self.list.item(row).text().strip() for row in range(self.list.count()))
        return tuple(text[:LINE_MAX] for text in texts if text)

    def set_lines(self, lines: tuple[str, ...]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for line in lines:
            self._append(line)
        self.list.blockSignals(False)
        self._fit()
        self._update_buttons()

    def _append(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(_EDITABLE)
        self.list.addItem(item)

    def add_line(self, text: str) -> None:
        text = " ".join(text.split())[:LINE_MAX]
        if not text:
            return
        self._append(text)
        self.list.setCurrentRow(self.list.count() - 1)
        self._fit()
        self.changed.emit()

    def add_from_edit(self) -> None:
        self.add_line(self.new_edit.text())
        self.new_edit.clear()
        self.new_edit.setFocus()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._fit()
        self._update_buttons()
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _fit(self) -> None:
        """Tall enough for its lines (at least two), so the page scrolls rather than each list."""
        rows = max(2, self.list.count())
        line = self.list.fontMetrics().lineSpacing() + 8
        self.list.setFixedHeight(rows * line + 2 * self.list.frameWidth() + 4)

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        self.add_button.setEnabled(bool(self.new_edit.text().strip()))


class SafetyPlanPage(Page):
    PAGE_ID = "safety_plan"
    TITLE = "Safety plan"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._plan: SafetyPlan | None = None
        self._loaded: dict[str, tuple[str, ...]] = {}

        heading = QLabel(_tr(safety.SAFETY_PLAN_TITLE))
        heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        heading.setAccessibleName(_tr(safety.SAFETY_PLAN_TITLE))
        intro = QLabel(_tr("A plan for hard moments, best made together with your therapist: start with what you "
                           "can do on your own, then people, then professionals. You can change it any time."))
        intro.setWordWrap(True)
        intro.setAccessibleName(_tr("About the safety plan"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(_tr("Status"))

        self.sections: list[SectionEditor] = []
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(intro)
        for section_id, field in SAFETY_PLAN_SECTIONS:
            editor = SectionEditor(section_id, field)
            editor.changed.connect(self._changed)
            self.sections.append(editor)
            column.addWidget(editor)
        column.addStretch(1)
        self.prefill_button = QPushButton(_tr("Add the &crisis lines for my country"))
        self.prefill_button.setAccessibleName(_tr("Add the emergency number and crisis lines for my country"))
        self.prefill_button.clicked.connect(self.add_country_lines)
        self.section(PROFESSIONALS_SECTION).extra_row.addWidget(self.prefill_button)
        self.section(PROFESSIONALS_SECTION).extra_row.addStretch(1)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # everything wraps
        self.area.setWidget(body)
        self.area.setAccessibleName(_tr("Safety plan sections"))

        self.save_button = QPushButton(_tr("&Save"))
        self.save_button.setAccessibleName(_tr("Save the safety plan"))
        self.save_button.setToolTip(_tr("Save the safety plan (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(_tr("&Print…"))
        self.print_button.setAccessibleName(_tr("Print the safety plan"))
        self.print_button.clicked.connect(self.print_plan)
        self.pdf_button = QPushButton(_tr("Save as P&DF…"))
        self.pdf_button.setAccessibleName(_tr("Save the safety plan as a PDF file"))
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        for button in (self.print_button, self.pdf_button, self.save_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.area, 1)
        layout.addLayout(buttons)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self.load()

    # --- reading and writing ------------------------------------------------------------------------

    def section(self, section_id: str) -> SectionEditor:
        return next(editor for editor in self.sections if editor.section_id == section_id)

    def values(self) -> dict[str, tuple[str, ...]]:
        return {editor.field: editor.lines() for editor in self.sections}

    def current_plan(self) -> SafetyPlan:
        """What the editor shows, as a plan (the stored one's id when there is one)."""
        if self._plan is not None:
            return dataclasses.replace(self._plan, **self.values())
        return SafetyPlan(**self.values())

    def is_dirty(self) -> bool:
        return self.values() != self._loaded

    def load(self) -> None:
        _profile, self._plan = support_records(self.ctx.journal)
        for editor in self.sections:
            editor.set_lines(getattr(self._plan, editor.field) if self._plan is not None else ())
        self._loaded = self.values()
        self._update()

    def _changed(self) -> None:
        self._update()

    def _update(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        if dirty:
            self._say(_tr("Unsaved changes."))
        elif self._plan is None:
            self._say(_tr("Nothing written yet."))
        else:
            self._say(_tr("Saved."))

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleDescription(text)

    def save(self) -> bool:
        if not self.is_dirty():
            return True
        journal = self.ctx.journal
        try:
            plan = self.current_plan()
            self._plan = journal.update(plan) if self._plan is not None else journal.add(plan)
        except (JournalError, OSError) as exc:
            self.ctx.dialogs.warn(self, _tr("Safety plan"),
                                  _tr("The safety plan could not be saved: {reason}").format(reason=describe(exc)))
            return False
        self._loaded = self.values()
        self.ctx.notify_changed(SAFETY_PLAN_KIND)
        self._update()
        return True

    def add_country_lines(self) -> None:
        """Pre-fill the professionals section with the emergency number and the crisis lines of the
        profile's country (lines already there are not added twice)."""
        profile, _plan = support_records(self.ctx.journal)
        crisis = lines_for(profile.country_code if profile is not None else None)
        editor = self.section(PROFESSIONALS_SECTION)
        wanted = []
        if crisis.emergency_numbers:
            wanted.append(_tr("Emergency: {numbers}").format(numbers=_tr(" or ").join(crisis.emergency_numbers)))
        for line in crisis.lines:
            name = QCoreApplication.translate("crisis_lines", line.name)
            wanted.append(f"{name}: " + "; ".join(contact_label(c) for c in line.contacts))
        if not wanted and crisis.advice:
            wanted.append(QCoreApplication.translate("crisis_lines", crisis.advice))
        present = set(editor.lines())
        for text in wanted:
            if text not in present:
                editor.add_line(text)

    # --- page hooks ---------------------------------------------------------------------------------

    def activate(self, **args: Any) -> None:
        if not self.is_dirty():
            self.load()
        self.sections[0].list.setFocus()

    def records_changed(self, kinds: set[str]) -> None:
        if SAFETY_PLAN_KIND in kinds and not self.is_dirty():
            self.load()

    def save_state(self) -> None:
        """Unsaved changes are saved (encrypted) before a lock."""
        if self.is_dirty():
            self.save()

    def clear(self) -> None:
        for editor in self.sections:
            editor.set_lines(())
            editor.new_edit.clear()
        self._plan = None
        self._loaded = self.values()

    # --- print and PDF ------------------------------------------------------------------------------

    def print_plan(self) -> bool:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(_tr(safety.SAFETY_PLAN_TITLE))
        if not self.ctx.dialogs.choose_printer(self, printer):
            return False
        plan_document(self.current_plan()).print_(printer)
        self.ctx.journal.audit("safety_plan_printed")
        self._say(_tr("Sent to the printer."))
        return True

    def save_pdf(self) -> Path | None:
        if not self.ctx.dialogs.confirm(
            self, _tr("Save the safety plan as a file?"),
            _tr("The PDF is not encrypted: anyone who can open the file can read your safety plan. Save it only "
                "somewhere private."),
            accept=_tr("Choose where to save…"), reject=_tr("Cancel"),
        ):
            return None
        path = self.ctx.dialogs.save_path(self, _tr("Save safety plan"), Path.home() / "my-safety-plan.pdf",
                                          _tr("PDF files (*.pdf)"))
        if path is None:
            return None
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            # Readable by its owner only, written beside the target and renamed into place.
            write_private_file(path, plan_pdf(self.current_plan()))
        except (JournalError, OSError) as exc:
            self.ctx.dialogs.warn(self, _tr("Not saved"),
                                  _tr("The PDF could not be written there: {reason} Please choose another "
                                      "place.").format(reason=describe(exc)))
            return None
        self.ctx.journal.audit("safety_plan_exported", format="pdf")
        self._say(_tr("Saved to {path}.").format(path=str(path)))
        return path
