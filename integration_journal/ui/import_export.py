"""Journal → Import… and Export…: a checked preview before any import, and a warned, logged plaintext export.

Reading, importing and writing run off the UI thread (ui.workers) with a progress bar; the dialogs
reach data only through ctx.journal and the core import/export services.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from integration_journal.ui.messages import describe
from integration_journal.ui.screen_fit import open_tall_enough
from integration_journal.ui.workers import run_in_background

FORMAT_LABELS = (
    ("json", "Integration Journal export (JSON)"),
    ("jrnl", "jrnl (JSON export)"),
    ("dayone", "Day One (JSON or zip)"),
)
KIND_LABELS = {
    "entry": "journal entries", "session": "treatment sessions", "checkin": "check-ins",
    "questionnaire": "questionnaires", "reframe": "reframes", "commitment": "commitments",
    "history": "earlier versions", "audit": "security log lines",
}
FILE_FILTERS = {
    "json": "Integration Journal export (*.json)",
    "jrnl": "jrnl JSON export (*.json)",
    "dayone": "Day One export (*.zip *.json)",
}


class _Relay(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    progressed = Signal(int, int)


class _BusyDialog(QDialog):
    """Shared by both dialogs: a progress bar, a busy state that ignores Escape, and `discard()` for a lock."""

    def __init__(self, ctx: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dialogs = dialogs
        self.busy = False
        self.discarded = False
        self.setModal(True)
        self.relay = _Relay(self)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.relay.progressed.connect(self._progressed)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def report_progress(self, done: int, total: int) -> None:
        """Safe to call from the worker thread."""
        self.relay.progressed.emit(done, total)

    def _progressed(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)  # not yet known: a moving bar
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def reject(self) -> None:
        if self.busy and not self.discarded:
            return  # the work finishes or fails on its own; an import cannot be half-done
        super().reject()

    def discard(self) -> None:
        """The journal is locking: forget what was shown and close; late results are ignored."""
        self.discarded = True
        self.clear_content()
        super().reject()

    def clear_content(self) -> None:
        self.message_label.clear()

    def _alive(self) -> bool:
        return not self.discarded and self.ctx.journal is not None

    def _failed(self, exc: BaseException) -> None:
        if not self._alive():
            return
        self.set_busy(False)
        self.message_label.setText(describe(exc))


class ImportDialog(_BusyDialog):
    """Format and file, a dry run that lists what would come in and every problem by position, then the
    import of all of it (one transaction) or of nothing. Emits `imported(kinds)` afterwards."""

    imported = Signal(object)

    def __init__(self, ctx: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, dialogs, parent)
        self.setWindowTitle(self.tr("Import"))
        self.plan: Any = None

        intro = QLabel(self.tr("Bring entries in from another journal app, or a full export of this app. "
                               "Nothing is written until you press Import, and then either everything in "
                               "the file comes in or nothing does."))
        intro.setWordWrap(True)
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Import format"))
        for fmt, label in FORMAT_LABELS:
            self.format_combo.addItem(self.tr(label), fmt)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("The exported file"))
        self.browse_button = QPushButton(self.tr("C&hoose…"))
        self.browse_button.setAccessibleName(self.tr("Choose the file to import"))
        self.browse_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        self.zone_combo = QComboBox()
        self.zone_combo.setAccessibleName(self.tr("Time zone of the jrnl times"))
        self.zone_combo.addItem(self.tr("This computer's time zone"), None)
        for name in sorted(zoneinfo.available_timezones()):
            self.zone_combo.addItem(name, name)
        self.zone_label = QLabel(self.tr("&Time zone:"))
        self.zone_label.setBuddy(self.zone_combo)
        self.zone_hint = QLabel(self.tr("jrnl stores times without a time zone; choose where they were written."))
        self.zone_hint.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_combo)
        file_label = QLabel(self.tr("F&ile:"))
        file_label.setBuddy(self.path_edit)
        form.addRow(format_label, self.format_combo)
        form.addRow(file_label, file_row)
        form.addRow(self.zone_label, self.zone_combo)
        form.addRow("", self.zone_hint)

        self.check_button = QPushButton(self.tr("&Check the file"))
        self.check_button.setAccessibleName(self.tr("Check the file without importing"))
        self.check_button.clicked.connect(self.check)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("What would be imported"))
        self.problem_list = QListWidget()
        self.problem_list.setAccessibleName(self.tr("Problems found in the file"))
        self.problem_list.setWordWrap(True)
        self.problem_list.hide()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setAccessibleName(self.tr("Import everything in the file"))
        self.import_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self.format_combo.currentIndexChanged.connect(self._inputs_changed)
        self.path_edit.textChanged.connect(self._inputs_changed)
        self.zone_combo.currentIndexChanged.connect(self._inputs_changed)
        self._inputs_changed()
        self.resize(560, 460)

    # --- inputs ---------------------------------------------------------------------------------------------

    def fmt(self) -> str:
        return self.format_combo.currentData()

    def zone(self) -> dt.tzinfo | None:
        name = self.zone_combo.currentData()
        return zoneinfo.ZoneInfo(name) if name else None

    def _inputs_changed(self, *_args: object) -> None:
        jrnl = self.fmt() == "jrnl"
        for widget in (self.zone_label, self.zone_combo, self.zone_hint):
            widget.setVisible(jrnl)
        self.plan = None
        self.summary_label.clear()
        self.problem_list.clear()
        self.problem_list.hide()
        self.message_label.clear()
        self._update()

    def _update(self) -> None:
        idle = not self.busy
        for widget in (self.format_combo, self.path_edit, self.browse_button, self.zone_combo):
            widget.setEnabled(idle)
        self.check_button.setEnabled(idle and bool(self.path_edit.text().strip()))
        self.import_button.setEnabled(idle and self.plan is not None and self.plan.ok and bool(self.plan.records))

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self._update()

    def choose_file(self) -> None:
        start = Path(self.path_edit.text().strip() or Path.home())
        chosen = self._dialogs.open_path(self, self.tr("Choose the file to import"), start,
                                         self.tr(FILE_FILTERS[self.fmt()]))
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    # --- the dry run ---------------------------------------------------------------------------------------

    def check(self) -> None:
        if self.busy or not self.check_button.isEnabled():
            return
        from integration_journal.core.importers import plan_import

        fmt, path, zone, journal = self.fmt(), Path(self.path_edit.text().strip()).expanduser(), self.zone(), self.ctx.journal
        self.message_label.setText(self.tr("Checking the file…"))
        self.set_busy(True)
        progress = self.report_progress
        run_in_background(lambda: plan_import(fmt, path, journal=journal, tz=zone, progress=progress),
                          self._checked, self._failed, parent=self)

    def _checked(self, plan: Any) -> None:
        if not self._alive():
            return
        self.set_busy(False)
        self.plan = plan
        self.message_label.clear()
        self.summary_label.setText(self.describe_plan(plan))
        self.problem_list.clear()
        for problem in plan.problems:
            self.problem_list.addItem(self._problem_text(problem))
        self.problem_list.setVisible(bool(plan.problems))
        if plan.problems:
            self.message_label.setText(self.tr("Nothing can be imported from this file until these problems are "
                                               "fixed; the file was not changed."))
        self._update()
        (self.import_button if self.import_button.isEnabled() else self.check_button).setFocus()

    def _problem_text(self, problem: Any) -> str:
        if problem.position is None:
            return problem.reason
        if problem.source:
            return self.tr("Entry {n} of {file}: {reason}").format(n=problem.position + 1, file=problem.source,
                                                                  reason=problem.reason)
        return self.tr("Entry {n}: {reason}").format(n=problem.position + 1, reason=problem.reason)

    def describe_plan(self, plan: Any) -> str:
        total = len(plan.records)
        lines = [self.tr("Ready to import {count} records.").format(count=total) if plan.ok and total
                 else self.tr("{count} records could be read.").format(count=total)]
        if plan.counts:
            lines.append(", ".join(f"{self.tr(KIND_LABELS.get(kind, kind))}: {count}"
                                   for kind, count in plan.counts.items()))
        if plan.duplicates:
            lines.append(self.tr("{count} entries are already in your journal and will be skipped.")
                         .format(count=plan.duplicates))
        if plan.titles:
            lines.append(self.tr("The first few titles:"))
            lines += [f"  • {title}" for title in plan.titles]
        lines += [self.tr("Note: {note}").format(note=note) for note in plan.notes]
        if plan.problems:
            lines.append(self.tr("{count} problems were found:").format(count=len(plan.problems)))
        return "\n".join(lines)

    # --- the import ----------------------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.busy or not self.import_button.isEnabled():
            return
        from integration_journal.core.importers import apply_import

        plan, journal = self.plan, self.ctx.journal
        self.message_label.setText(self.tr("Importing…"))
        self.set_busy(True)
        run_in_background(lambda: apply_import(journal, plan), self._imported, self._failed, parent=self)

    def _imported(self, added: Any) -> None:
        if not self._alive():
            return
        self.set_busy(False)
        kinds = {record.KIND for record in added} | {"audit"}
        self.ctx.notify_changed(*sorted(kinds))
        self.imported.emit(kinds)
        count = len(added)
        self.clear_content()
        self.accept()
        self._dialogs.inform(self.parentWidget(), self.tr("Import finished"),
                             self.tr("{count} records were added to your journal.").format(count=count))

    def clear_content(self) -> None:
        super().clear_content()
        self.plan = None
        self.summary_label.clear()
        self.problem_list.clear()


class ExportDialog(_BusyDialog):
    """The full export as one JSON file or as a folder (Markdown plus the JSON), after a plain warning that
    it leaves the encryption behind; every export is written to the security log."""

    exported = Signal(object)  # the path written

    def __init__(self, ctx: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, dialogs, parent)
        self.setWindowTitle(self.tr("Export"))
        intro = QLabel(self.tr("Take everything in your journal with you: to keep, or to move to another app "
                               "or computer."))
        intro.setWordWrap(True)
        # A radio button's text never wraps: the long part goes in a label below that does (large fonts).
        self.folder_radio = QRadioButton(self.tr("A &folder"))
        self.folder_radio.setAccessibleName(self.tr("Export as a folder of Markdown files with the JSON"))
        folder_detail = QLabel(self.tr("One Markdown file per entry, tables of sessions, questionnaires and "
                                       "check-ins, and the JSON file."))
        folder_detail.setWordWrap(True)
        folder_detail.setBuddy(self.folder_radio)
        self.folder_radio.setAccessibleDescription(folder_detail.text())
        style = self.style()
        indent = (style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
                  + style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing))
        folder_detail.setContentsMargins(indent, 0, 0, 0)
        self.json_radio = QRadioButton(self.tr("One &JSON file (this app can import it again)"))
        self.json_radio.setAccessibleName(self.tr("Export as one JSON file"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.folder_radio)
        self.group.addButton(self.json_radio)
        self.folder_radio.setChecked(True)
        self.warning_label = QLabel(self.tr("The export is not encrypted. Anyone who can open it can read "
                                            "your whole journal. Keep it somewhere safe, and delete it when "
                                            "you no longer need it."))
        self.warning_label.setWordWrap(True)
        self.warning_label.setObjectName("export_warning")
        self.warning_label.setAccessibleName(self.tr("Warning: the export is not encrypted"))
        font = self.warning_label.font()
        font.setBold(True)
        self.warning_label.setFont(font)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(self.tr("Choose where to export"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_radio)
        layout.addWidget(folder_detail)
        layout.addWidget(self.json_radio)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        open_tall_enough(self, max(520, self.fontMetrics().averageCharWidth() * 60))

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        for widget in (self.folder_radio, self.json_radio, self.export_button):
            widget.setEnabled(not busy)

    def _target(self, as_folder: bool) -> Path | None:
        today = self.ctx.journal.now().date().isoformat()
        if not as_folder:
            return self._dialogs.save_path(self, self.tr("Export to a JSON file"),
                                           Path.home() / f"integration-journal-{today}.json",
                                           self.tr("JSON file (*.json)"))
        parent = self._dialogs.choose_folder(self, self.tr("Choose where the export folder goes"), Path.home())
        if parent is None:
            return None
        name = self.tr("Integration Journal export {date}").format(date=today)
        target, counter = Path(parent) / name, 2
        while target.exists():
            target, counter = Path(parent) / f"{name} ({counter})", counter + 1
        return target

    def start_export(self) -> None:
        if self.busy or self.ctx.journal is None:
            return
        as_folder = self.folder_radio.isChecked()
        target = self._target(as_folder)
        if target is None:
            return
        if not self._dialogs.confirm(self, self.tr("Export without encryption?"),
                                     self.tr("The export at {path} will not be encrypted. Anyone who can open "
                                             "it can read your whole journal.").format(path=target),
                                     accept=self.tr("Export unencrypted"), reject=self.tr("Cancel")):
            return
        from integration_journal.core import export_json, export_markdown

        journal, progress = self.ctx.journal, self.report_progress
        fmt = "markdown" if as_folder else "json"

        def work() -> Any:
            if as_folder:
                result = export_markdown.write_export_folder(journal, target, progress=progress)
                details = {"format": fmt, "entries": result.entries}
            else:
                export_markdown.write_private_file(target, export_json.export_json(journal).encode("utf-8"))
                details = {"format": fmt}
            # Logged as soon as the plaintext exists, before anything else can intervene (a lock).
            journal.audit("plaintext_export", **details)
            return target

        self.message_label.setText(self.tr("Exporting…"))
        self.set_busy(True)
        run_in_background(work, self._exported, self._failed, parent=self)

    def _exported(self, target: Path) -> None:
        if not self._alive():
            return
        self.set_busy(False)
        self.ctx.notify_changed("audit")
        self.exported.emit(target)
        self.accept()
        self._dialogs.inform(self.parentWidget(), self.tr("Export finished"),
                             self.tr("Your journal was exported to {path}. It is not encrypted.").format(path=target))
