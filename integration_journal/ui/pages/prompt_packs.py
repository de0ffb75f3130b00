"""The Prompt packs page (therapist): author a pack of guided prompts, check it with the same validator the
patient's app uses (each problem shown beside its field), preview it as the patient will see it, and
send it to a patient in a signed share file.

A pack is stored in the vault as a PromptPackRecord holding the pack file's bytes (core/prompts.py
format); packs authored here are kept disabled, so they are offered to patients, not in one's own prompts.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core import records as r
from integration_journal.core.prompts import (
    AUTHOR_MAX,
    DESCRIPTION_MAX,
    OPTION_INPUTS,
    PROMPT_TEXT_MAX,
    SCHEMA_VERSION,
    TITLE_MAX,
    InputType,
    PackSource,
    PromptLibrary,
    PromptPack,
    PromptPackError,
    Tag,
    builtin_packs,
    parse_pack,
)
from integration_journal.core.sharing import ShareSelection, SharingService
from integration_journal.errors import JournalError
from integration_journal.ui.models import SORT_ROLE, RowTableModel, date_text
from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.prompt_wizard.answer_editor import AnswerEditor
from integration_journal.ui.sharing.contact_combo import fill_contacts
from integration_journal.ui.sharing.share_writer import ShareWriter
from integration_journal.ui.sharing.status_widgets import busy_bar, status_label
from integration_journal.ui.sharing.tables import select_source_row, source_row, table_view
from integration_journal.ui.sharing.texts import tr
from integration_journal.ui.widgets.fonts import heading_font
from integration_journal.ui.widgets.form_parts import show_problem
from integration_journal.ui.widgets.labels import wrapping_label
from integration_journal.ui.widgets.layout import flow_row

_Index = QModelIndex | QPersistentModelIndex
PACK_FIELDS = ("id", "title", "author", "version", "description")
PROMPT_FIELDS = ("phase", "id", "text", "hint", "input", "options", "tags", "note")
DRAFT_KIND = "prompt_pack"
_WHERE = re.compile(r"phases\[(\d+)\](?:\.prompts\[(\d+)\](?:\.(\w+))?)?")


def phase_label(phase: r.Phase) -> str:
    return {
        r.Phase.PREPARATION: tr("Preparation"), r.Phase.SAME_DAY: tr("Same day"), r.Phase.NEXT_DAY: tr("Next day"),
        r.Phase.FEW_DAYS: tr("A few days after"), r.Phase.ONE_WEEK: tr("One week after"),
        r.Phase.ONGOING: tr("Ongoing"),
    }[phase]


def input_label(kind: InputType) -> str:
    return {
        InputType.CHIPS: tr("Words to tap"), InputType.CHIPS_PLUS_TEXT: tr("Words to tap and a line of text"),
        InputType.SLIDER_0_10: tr("Slider 0–10"), InputType.CHOICE: tr("One choice"),
        InputType.SHORT_TEXT: tr("A few words"), InputType.LONG_TEXT: tr("Free writing"),
    }[kind]


def _thaw(value: Any) -> Any:
    """A draft's frozen JSON state as plain dicts and lists again."""
    if isinstance(value, Mapping):
        return {key: _thaw(item) for key, item in value.items()}
    if isinstance(value, tuple | list):
        return [_thaw(item) for item in value]
    return value


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:48] or "pack"


@dataclasses.dataclass
class DraftPrompt:
    """One prompt as the form holds it (strings as typed; the validator judges them)."""

    phase: r.Phase = r.Phase.ONGOING
    id: str = ""
    text: str = ""
    hint: str = ""
    input: InputType = InputType.SHORT_TEXT
    options: str = ""  # one option per line: "id: Label" or just "Label"
    tags: tuple[str, ...] = ("core",)
    note: bool = False

    def option_list(self) -> list[dict[str, str]]:
        found = []
        for line in self.options.splitlines():
            if not line.strip():
                continue
            key, sep, label = line.partition(":")
            label = label.strip() if sep else line.strip()
            found.append({"id": key.strip() if sep else slug(line), "label": label})
        return found

    def document(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"id": self.id.strip(), "text": self.text.strip(), "input": self.input.value,
                               "tags": list(self.tags)}
        if self.hint.strip():
            doc["hint"] = self.hint.strip()
        if self.input in OPTION_INPUTS:
            doc["options"] = self.option_list()
        if self.note:
            doc["note"] = True
        return doc

    @classmethod
    def of(cls, phase: r.Phase, data: dict[str, Any]) -> DraftPrompt:
        options = "\n".join(f"{o['id']}: {o['label']}" for o in data.get("options", ()))
        return cls(phase, data.get("id", ""), data.get("text", ""), data.get("hint", ""),
                   InputType(data.get("input", "short_text")), options, tuple(data.get("tags", ("core",))),
                   bool(data.get("note", False)))


class PromptsModel(RowTableModel):
    """The prompts of the pack being edited, in order: phase, prompt text, answer type."""

    COL_PHASE, COL_TEXT, COL_INPUT = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("Phase"), tr("Prompt"), tr("Answer"))

    def prompt_at(self, row: int) -> DraftPrompt:
        return self._rows[row]

    def prompts(self) -> list[DraftPrompt]:
        return list(self._rows)

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        prompt, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE):
            if column == self.COL_PHASE:
                return phase_label(prompt.phase) if role != SORT_ROLE else list(r.Phase).index(prompt.phase)
            if column == self.COL_TEXT:
                return prompt.text or tr("(no text yet)")
            return input_label(prompt.input)
        return None


class PacksModel(RowTableModel):
    """Packs written in this vault: title, version, last change."""

    COL_TITLE, COL_VERSION, COL_CHANGED = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("Pack"), tr("Version"), tr("Changed"))

    def pack_at(self, row: int) -> r.PromptPackRecord:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        pack, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (pack.title, str(pack.version), date_text(pack.updated.astimezone().date()))[column]
        if role == SORT_ROLE:
            return (pack.title.casefold(), pack.version, pack.updated.timestamp())[column]
        return None


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.hide()
    return label


class PromptPacksPage(Page):
    PAGE_ID = "prompt_packs"
    TITLE = "Prompt packs"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = SharingService(ctx.journal)
        self.record: r.PromptPackRecord | None = None
        self._cleared = False
        self._filling = False
        self._dirty = False  # edits not saved as a pack yet (kept as an encrypted draft on lock)
        self.pack_errors: dict[str, QLabel] = {}
        self.prompt_errors: dict[str, QLabel] = {}

        heading = QLabel(self.tr("Prompt packs"))
        heading.setFont(heading_font(self.font()))
        intro = wrapping_label(self.tr(
            "Write guided prompts for a patient. They appear in the patient's guided prompts with your name, "
            "after the built-in ones, once they import your reply. Keep the wording open and non-directive."),
            secondary=True)

        # the pack list
        self.packs_model = PacksModel(self)
        self.packs_view = table_view(self.packs_model, self.tr("Your prompt packs"))
        self.packs_view.selectionModel().currentRowChanged.connect(lambda *_a: self._pack_chosen())
        self.new_button = QPushButton(self.tr("&New pack"))
        self.new_button.setAccessibleName(self.tr("New pack"))
        self.new_button.clicked.connect(self.new_pack)
        self.open_button = QPushButton(self.tr("Open pack &file…"))
        self.open_button.setAccessibleName(self.tr("Open a pack file"))
        self.open_button.clicked.connect(self.open_file)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.packs_view, 1)
        left_layout.addWidget(flow_row([self.new_button, self.open_button]))

        # the pack form
        self.id_edit = QLineEdit()
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(TITLE_MAX)
        self.author_edit = QLineEdit()
        self.author_edit.setMaxLength(AUTHOR_MAX)
        self.version_spin = QSpinBox()
        self.version_spin.setRange(1, 1_000_000)
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        pack_form = QFormLayout()
        pack_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above fields when narrow
        for key, widget, text in (("title", self.title_edit, self.tr("&Title:")),
                                  ("id", self.id_edit, self.tr("Pack &id:")),
                                  ("author", self.author_edit, self.tr("A&uthor:")),
                                  ("version", self.version_spin, self.tr("&Version:")),
                                  ("description", self.description_edit, self.tr("Desc&ription:"))):
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            self.pack_errors[key] = _problem_label(self.tr("Problem with {field}").format(
                field=text.replace("&", "").rstrip(":")))
            box = QVBoxLayout()
            box.addWidget(widget)
            box.addWidget(self.pack_errors[key])
            label = QLabel(text)
            label.setBuddy(widget)
            pack_form.addRow(label, box)
        self.id_edit.setToolTip(self.tr("Lower-case letters, digits and dashes; the same id for every version"))
        self.title_edit.textEdited.connect(self._title_edited)
        for signal in (self.id_edit.textEdited, self.title_edit.textEdited, self.author_edit.textEdited,
                       self.version_spin.valueChanged, self.description_edit.textChanged):
            signal.connect(self._pack_edited)

        # the prompts
        self.prompts_model = PromptsModel(self)
        self.prompts_view = table_view(self.prompts_model, self.tr("Prompts in this pack"),
                                       stretch=PromptsModel.COL_TEXT)
        self.prompts_view.setSortingEnabled(False)
        self.prompts_view.setMinimumHeight(self.prompts_view.verticalHeader().defaultSectionSize() * 6)
        self.prompts_view.selectionModel().currentRowChanged.connect(lambda *_a: self._prompt_chosen())
        self.add_prompt_button = QPushButton(self.tr("&Add prompt"))
        self.add_prompt_button.setAccessibleName(self.tr("Add prompt"))
        self.add_prompt_button.clicked.connect(self.add_prompt)
        self.remove_prompt_button = QPushButton(self.tr("Re&move prompt"))
        self.remove_prompt_button.setAccessibleName(self.tr("Remove prompt"))
        self.remove_prompt_button.clicked.connect(self.remove_prompt)
        self.phase_combo = QComboBox()
        self.phase_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.phase_combo.setMinimumContentsLength(12)  # the longest choice need not widen the page
        for phase in r.Phase:
            self.phase_combo.addItem(phase_label(phase), phase.value)
        self.prompt_id_edit = QLineEdit()
        self.text_edit = QLineEdit()
        self.text_edit.setMaxLength(PROMPT_TEXT_MAX)
        self.hint_edit = QLineEdit()
        self.input_combo = QComboBox()
        self.input_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.input_combo.setMinimumContentsLength(12)  # the longest choice need not widen the page
        for kind in InputType:
            self.input_combo.addItem(input_label(kind), kind.value)
        self.options_edit = QPlainTextEdit()
        self.options_edit.setTabChangesFocus(True)
        self.options_edit.setPlaceholderText(self.tr("One option per line, e.g.\ncalm: Calm\nunsettled: Unsettled"))
        self.options_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.tag_checks: dict[str, QCheckBox] = {}
        for tag in Tag:
            check = QCheckBox(tag.value)
            check.setAccessibleName(self.tr("Tag {tag}").format(tag=tag.value))
            check.toggled.connect(self._prompt_edited)
            self.tag_checks[tag.value] = check
        tags_widget = flow_row(list(self.tag_checks.values()), spacing=12)  # wraps in a narrow window
        tags_widget.setAccessibleName(self.tr("Tags"))
        self.note_check = QCheckBox(self.tr("Offer a note &beside the answer"))
        prompt_form = QFormLayout()
        prompt_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, widget, text in (("phase", self.phase_combo, self.tr("Phas&e:")),
                                  ("text", self.text_edit, self.tr("Prompt te&xt:")),
                                  ("id", self.prompt_id_edit, self.tr("Prompt i&d:")),
                                  ("hint", self.hint_edit, self.tr("Hint (&optional):")),
                                  ("input", self.input_combo, self.tr("Ans&wer:")),
                                  ("options", self.options_edit, self.tr("O&ptions:")),
                                  ("tags", tags_widget, self.tr("Tags:")),
                                  ("note", self.note_check, "")):
            name = (text or self.note_check.text()).replace("&", "").rstrip(":")
            widget.setAccessibleName(name)
            self.prompt_errors[key] = _problem_label(self.tr("Problem with {field}").format(field=name))
            box = QVBoxLayout()
            box.addWidget(widget)
            box.addWidget(self.prompt_errors[key])
            if text:
                label = QLabel(text)
                if key != "tags":
                    label.setBuddy(widget)
                prompt_form.addRow(label, box)
            else:
                prompt_form.addRow(box)
        for signal in (self.phase_combo.currentIndexChanged, self.input_combo.currentIndexChanged,
                       self.prompt_id_edit.textEdited, self.text_edit.textEdited, self.hint_edit.textEdited,
                       self.options_edit.textChanged, self.note_check.toggled):
            signal.connect(self._prompt_edited)
        self.prompt_box = QGroupBox(self.tr("The chosen prompt"))
        self.prompt_box.setLayout(prompt_form)

        self.overall = _problem_label(self.tr("Pack problem"))
        self.validate_button = QPushButton(self.tr("Chec&k"))
        self.validate_button.setAccessibleName(self.tr("Check the pack"))
        self.validate_button.clicked.connect(self.validate)
        self.save_button = QPushButton(self.tr("&Save pack"))
        self.save_button.setAccessibleName(self.tr("Save pack"))
        self.save_button.clicked.connect(self.save)
        self.patient_combo = QComboBox()
        self.patient_combo.setAccessibleName(self.tr("Send to patient"))
        self.send_button = QPushButton(self.tr("Send to patient…"))
        self.send_button.setAccessibleName(self.tr("Send to patient"))
        self.send_button.clicked.connect(self.send)
        self.send_progress = busy_bar(self.tr("Writing the share file"))
        self.status = status_label(self.tr("Pack status"))
        self.writer = ShareWriter(self, self.ctx, self.service, self.send_progress, self.status)
        # wraps rather than widening the window (1000 px, large text sizes)
        actions = flow_row([self.validate_button, self.save_button, self.send_progress, self.patient_combo,
                            self.send_button])

        prompts_buttons = QHBoxLayout()
        prompts_buttons.addWidget(self.add_prompt_button)
        prompts_buttons.addWidget(self.remove_prompt_button)
        prompts_buttons.addStretch(1)
        edit = QWidget()
        edit_layout = QVBoxLayout(edit)
        edit_layout.addLayout(pack_form)
        edit_layout.addWidget(self.prompts_view, 1)
        edit_layout.addLayout(prompts_buttons)
        edit_layout.addWidget(self.prompt_box)
        edit_scroll = QScrollArea()
        edit_scroll.setWidgetResizable(True)
        edit_scroll.setWidget(edit)

        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setAccessibleName(self.tr("Preview as the patient sees it"))
        self.editor_tabs = QTabWidget()
        self.editor_tabs.setAccessibleName(self.tr("Pack editor"))
        self.editor_tabs.addTab(edit_scroll, self.tr("Edit"))
        self.editor_tabs.addTab(self.preview_area, self.tr("Preview as the patient sees it"))
        self.editor_tabs.currentChanged.connect(lambda index: self.build_preview() if index == 1 else None)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor_tabs, 1)
        right_layout.addWidget(self.overall)
        right_layout.addWidget(self.status)
        right_layout.addWidget(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.packs_view)
        self._loaded = False

    # --- the list ----------------------------------------------------------------------------------

    def authored(self) -> list[r.PromptPackRecord]:
        return [p for p in self.ctx.journal.list(r.PromptPackRecord) if p.signer_fingerprint is None]

    def reload(self, select: bytes | None = None) -> None:
        self.packs_model.set_rows(self.authored())
        if select is not None and self.packs_model.row_of(select) >= 0:
            select_source_row(self.packs_view, self.packs_model.row_of(select))
        fill_contacts(self.patient_combo, self.service)

    def _pack_chosen(self) -> None:
        row = source_row(self.packs_view)
        if row < 0:
            return
        record = self.packs_model.pack_at(row)
        try:
            document = json.loads(record.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            show_problem(self.overall, self.tr("This pack could not be read."))
            return
        self.fill(document, record)

    def fill(self, document: dict[str, Any], record: r.PromptPackRecord | None) -> None:
        self.record = record
        self._filling = True
        try:
            self.id_edit.setText(str(document.get("id", "")))
            self.title_edit.setText(str(document.get("title", "")))
            self.author_edit.setText(str(document.get("author", "")))
            self.version_spin.setValue(int(document.get("version", 1)))
            self.description_edit.setPlainText(str(document.get("description", "")))
            prompts = [DraftPrompt.of(r.Phase(phase["id"]), prompt) for phase in document.get("phases", ())
                       for prompt in phase.get("prompts", ())]
            self.prompts_model.set_rows(prompts)
        finally:
            self._filling = False
        if prompts:
            select_source_row(self.prompts_view, 0)
        self._prompt_chosen()
        self._clear_problems()
        self._dirty = False

    def new_pack(self) -> None:
        try:
            author = self.service.profile().display_name
        except JournalError:
            author = ""
        self.packs_view.clearSelection()
        self.fill({"id": "", "title": "", "author": author, "version": 1, "phases": []}, None)
        self.add_prompt()
        self.title_edit.setFocus()

    def open_file(self) -> None:
        path = self.ctx.dialogs.open_path(self, self.tr("Open a prompt pack"), Path.home(),
                                          self.tr("Prompt packs (*.json)"))
        if path is None:
            return
        try:
            data = path.read_bytes()
            parse_pack(data, path.name, source=PackSource.IMPORTED)
            document = json.loads(data.decode("utf-8-sig"))
        except PromptPackError as exc:
            show_problem(self.overall, exc.problem)
            return
        except (OSError, UnicodeDecodeError, ValueError):
            show_problem(self.overall, self.tr("That file could not be read as a prompt pack."))
            return
        self.fill(document, None)

    def _pack_edited(self, *_args: object) -> None:
        if not self._filling:
            self._dirty = True

    def _title_edited(self, text: str) -> None:
        if self.record is None:  # a new pack's id follows its title until saved
            self.id_edit.setText(slug(text))

    # --- prompts -----------------------------------------------------------------------------------

    def current_prompt_row(self) -> int:
        return source_row(self.prompts_view)

    def add_prompt(self) -> None:
        prompts = self.prompts_model.prompts()
        base = slug(self.id_edit.text() or "prompt")[:40]
        number = len(prompts) + 1
        while any(p.id == f"{base}-{number:02d}" for p in prompts):
            number += 1
        prompts.append(DraftPrompt(id=f"{base}-{number:02d}"))
        self._dirty = True
        self.prompts_model.set_rows(prompts)
        select_source_row(self.prompts_view, len(prompts) - 1)
        self._prompt_chosen()

    def remove_prompt(self) -> None:
        row = self.current_prompt_row()
        if row < 0:
            return
        prompts = self.prompts_model.prompts()
        del prompts[row]
        self._dirty = True
        self.prompts_model.set_rows(prompts)
        if prompts:
            select_source_row(self.prompts_view, min(row, len(prompts) - 1))
        self._prompt_chosen()

    def _prompt_chosen(self) -> None:
        row = self.current_prompt_row()
        self.prompt_box.setEnabled(row >= 0)
        prompt = self.prompts_model.prompt_at(row) if row >= 0 else DraftPrompt()
        self._filling = True
        try:
            self.phase_combo.setCurrentIndex(self.phase_combo.findData(prompt.phase.value))
            self.prompt_id_edit.setText(prompt.id)
            self.text_edit.setText(prompt.text)
            self.hint_edit.setText(prompt.hint)
            self.input_combo.setCurrentIndex(self.input_combo.findData(prompt.input.value))
            self.options_edit.setPlainText(prompt.options)
            for tag, check in self.tag_checks.items():
                check.setChecked(tag in prompt.tags)
            self.note_check.setChecked(prompt.note)
        finally:
            self._filling = False
        self.options_edit.setEnabled(prompt.input in OPTION_INPUTS)
        for label in self.prompt_errors.values():
            show_problem(label, "")

    def _prompt_edited(self, *_args: object) -> None:
        row = self.current_prompt_row()
        if self._filling or row < 0:
            return
        prompt = self.prompts_model.prompt_at(row)
        prompt.phase = r.Phase(self.phase_combo.currentData())
        prompt.id = self.prompt_id_edit.text()
        prompt.text = self.text_edit.text()
        prompt.hint = self.hint_edit.text()
        prompt.input = InputType(self.input_combo.currentData())
        prompt.options = self.options_edit.toPlainText()
        prompt.tags = tuple(tag for tag, check in self.tag_checks.items() if check.isChecked())
        prompt.note = self.note_check.isChecked()
        self.options_edit.setEnabled(prompt.input in OPTION_INPUTS)
        self.prompts_model.changed(row)
        self._dirty = True

    # --- the document and its checks ---------------------------------------------------------------

    def document(self) -> tuple[dict[str, Any], dict[tuple[int, int], int]]:
        """The pack file as a dict, and where each (phase index, prompt index) came from in the list."""
        phases: dict[r.Phase, list[tuple[int, DraftPrompt]]] = {}
        for row, prompt in enumerate(self.prompts_model.prompts()):
            phases.setdefault(prompt.phase, []).append((row, prompt))
        ordered = [phase for phase in r.Phase if phase in phases]
        rows: dict[tuple[int, int], int] = {}
        doc_phases = []
        for p_index, phase in enumerate(ordered):
            items = []
            for q_index, (row, prompt) in enumerate(phases[phase]):
                rows[(p_index, q_index)] = row
                items.append(prompt.document())
            doc_phases.append({"id": phase.value, "prompts": items})
        document: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "id": self.id_edit.text().strip(),
                                    "title": self.title_edit.text().strip(),
                                    "author": self.author_edit.text().strip(), "version": self.version_spin.value(),
                                    "phases": doc_phases}
        description = self.description_edit.toPlainText().strip()
        if description:
            document["description"] = description[:DESCRIPTION_MAX + 1]
        return document, rows

    def content(self) -> bytes:
        return json.dumps(self.document()[0], ensure_ascii=False, indent=2).encode("utf-8") + b"\n"

    def _clear_problems(self) -> None:
        for label in (*self.pack_errors.values(), *self.prompt_errors.values(), self.overall):
            show_problem(label, "")

    def validate(self) -> PromptPack | None:
        """The pack as the patient's app will read it, or None with the problem shown beside its field."""
        self._clear_problems()
        document, rows = self.document()
        if not document["phases"]:
            show_problem(self.overall, self.tr("Add at least one prompt."))
            return None
        try:
            pack = parse_pack(json.dumps(document).encode("utf-8"), "pack", source=PackSource.IMPORTED)
            PromptLibrary((*builtin_packs(), pack))  # a prompt id the built-in packs use would be refused
        except PromptPackError as exc:
            self._show_problem(exc.problem, rows)
            return None
        show_problem(self.overall, "")
        self.status.setStyleSheet("")
        self.status.setText(self.tr("The pack is ready to send: %n prompt(s).", "", len(pack.prompts)))
        self.status.show()
        return pack

    def _show_problem(self, problem: str, rows: dict[tuple[int, int], int]) -> None:
        where, _sep, what = problem.partition(": ")
        match = _WHERE.match(where)
        if match and match.group(2) is not None:
            row = rows.get((int(match.group(1)), int(match.group(2))))
            if row is not None:
                select_source_row(self.prompts_view, row)
                self._prompt_chosen()
                field = (match.group(3) or "text").split(".")[0].split("[")[0]
                field = "text" if field not in self.prompt_errors else field
                show_problem(self.prompt_errors[field], what)
                return
        key = where.split("[")[0].split(".")[0]
        if key in self.pack_errors and what:
            show_problem(self.pack_errors[key], what)
            return
        if "prompt id" in problem:  # a clash with a built-in prompt: name the place in the list
            clash = re.search(r"prompt id '([a-z0-9-]+)'", problem)
            for row, prompt in enumerate(self.prompts_model.prompts()):
                if clash and prompt.id.strip() == clash.group(1):
                    select_source_row(self.prompts_view, row)
                    self._prompt_chosen()
                    show_problem(self.prompt_errors["id"], self.tr("This id is already used by a built-in prompt; "
                                                                   "choose another."))
                    return
        show_problem(self.overall, problem)

    # --- preview, save, send -----------------------------------------------------------------------

    def build_preview(self) -> None:
        pack = self.validate()
        body = QWidget()
        layout = QVBoxLayout(body)
        if pack is None:
            layout.addWidget(wrapping_label(self.tr("Fix the problems shown on the Edit tab to see the preview.")))
        else:
            title = QLabel(pack.title)
            title.setFont(heading_font(self.font()))
            layout.addWidget(title)
            layout.addWidget(wrapping_label(self.tr("From {author}").format(author=pack.author), secondary=True))
            for phase in pack.phases:
                box = QGroupBox(phase_label(phase.phase))
                box_layout = QVBoxLayout(box)
                for prompt in phase.prompts:
                    text = QLabel(prompt.text)
                    text.setWordWrap(True)
                    text.setFont(heading_font(self.font(), 1.1))
                    box_layout.addWidget(text)
                    if prompt.hint:
                        box_layout.addWidget(wrapping_label(prompt.hint, secondary=True))
                    box_layout.addWidget(AnswerEditor(prompt))
                layout.addWidget(box)
        layout.addStretch(1)
        self.preview_area.setWidget(body)

    def save(self) -> r.PromptPackRecord | None:
        pack = self.validate()
        if pack is None:
            return None
        content = self.content()
        journal = self.ctx.journal
        record = self.record
        try:
            if record is not None and record.pack_id == pack.id and record.id in journal:
                current = journal.get_as(record.id, r.PromptPackRecord)
                record = journal.update(dataclasses.replace(current, title=pack.title, version=pack.version,
                                                            content=content))
            else:
                if any(p.pack_id == pack.id for p in self.authored()):
                    show_problem(self.pack_errors["id"], self.tr("Another of your packs has this id."))
                    return None
                record = journal.add(r.PromptPackRecord(pack_id=pack.id, title=pack.title, version=pack.version,
                                                        content=content, enabled=False))
        except JournalError as exc:
            show_problem(self.overall, str(exc))
            return None
        self.record = record
        self._dirty = False
        self._drop_draft()
        self.ctx.notify_changed("prompt_pack")
        self.reload(select=record.id)
        self.status.setText(self.tr("Saved {title}, version {version}.").format(title=pack.title,
                                                                                version=pack.version))
        self.status.show()
        return record

    def send(self) -> None:
        record = self.save()
        if record is None:
            return
        contact_id = self.patient_combo.currentData()
        contact = self.ctx.journal.get_as(contact_id, r.Contact) if contact_id is not None else None
        self.writer.start(contact, ShareSelection(prompt_pack_ids=(record.id,)), "prompt-pack")

    # --- page hooks --------------------------------------------------------------------------------

    def activate(self, **args: Any) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
            draft = self._draft()
            if draft is not None:
                self._restore(draft)
            elif self.packs_model.rowCount():
                select_source_row(self.packs_view, 0)
            else:
                self.new_pack()
        else:
            self.reload(select=self.record.id if self.record else None)

    def records_changed(self, kinds: set[str]) -> None:
        if self._loaded and not self._cleared and "contact" in kinds:
            self.reload(select=self.record.id if self.record else None)

    def _draft(self) -> r.Draft | None:
        found = [d for d in self.ctx.journal.list(r.Draft) if d.target_kind == DRAFT_KIND]
        return found[0] if found else None

    def _drop_draft(self) -> None:
        for draft in [d for d in self.ctx.journal.list(r.Draft) if d.target_kind == DRAFT_KIND]:
            self.ctx.journal.delete(draft.id)

    def _restore(self, draft: r.Draft) -> None:
        record = None
        if draft.target_id is not None and draft.target_id in self.ctx.journal:
            record = self.ctx.journal.get_as(draft.target_id, r.PromptPackRecord)
            select_source_row(self.packs_view, self.packs_model.row_of(record.id))
        document = _thaw(draft.state.get("document", {}))
        try:
            self.fill(document, record)
        except (ValueError, TypeError, KeyError):
            self._drop_draft()  # from another version of the app: start afresh
            self.new_pack()
            return
        self._dirty = True
        self.status.setStyleSheet("")
        self.status.setText(self.tr("This is the pack you were writing when the journal locked; it is not "
                                    "saved as a pack yet."))
        self.status.show()

    def save_state(self) -> None:
        """Before a lock: unsaved edits go into an encrypted draft, restored when the page opens again."""
        if self._cleared or not self._loaded or not self._dirty:
            return
        self._drop_draft()
        self.ctx.journal.add(r.Draft(target_kind=DRAFT_KIND, target_id=self.record.id if self.record else None,
                                     state={"document": self.document()[0]}))

    def clear(self) -> None:
        self._cleared = True
        self.writer.cancel()
        self.packs_model.clear()
        self.prompts_model.clear()
        self._filling = True
        for edit in (self.id_edit, self.title_edit, self.author_edit, self.prompt_id_edit, self.text_edit,
                     self.hint_edit):
            edit.setText("")
        for edit in (self.description_edit, self.options_edit):
            edit.setPlainText("")
        self.preview_area.setWidget(QWidget())
        self.patient_combo.clear()
        self.status.clear()
