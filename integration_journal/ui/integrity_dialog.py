"""The blocking question at unlock when the journal's integrity is in question (storage.integrity).

The journal opened, but something outside the app removed, damaged or replaced its integrity record, or
the whole journal is older than the one last opened on this computer. Until the person chooses, the main
window does not open and nothing is saved: the ordinary writes of a session would otherwise make the
doubtful state the new reference. The choices: keep the journal locked (nothing changes), restore one of
its backups (ui.restore_dialog, after the journal is closed again), or accept the journal as it is now
(recorded in the security log, with a copy of the journal as it was kept in the backups folder).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from integration_journal.ui.messages import describe
from integration_journal.ui.widgets.form_parts import BusyStatus, button_row, heading, paragraph, show_problem
from integration_journal.ui.workers import run_in_background

# storage.integrity.IntegrityCode values (the window never imports storage).
MISSING, REMOVED, DAMAGED, MISMATCH, OLDER = (
    "manifest_missing", "manifest_removed", "manifest_damaged", "manifest_mismatch", "older_than_seen_here")


class IntegrityDialog(QDialog):
    """Holds the unlocked workspace `ws` while the person decides. Accepted: the person accepted the
    current state and it was recorded (the caller now owns `ws`). Rejected: the caller closes `ws`.
    `restore_requested`, then rejected: the caller closes `ws` and offers the backups."""

    restore_requested = Signal()

    def __init__(self, ws: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._busy = False
        self._cancelled = False
        self.setWindowTitle(self.tr("Check your journal"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Your journal needs a decision before it opens"), self))
        self.problem_labels = [paragraph(self.describe(problem)) for problem in ws.integrity_problems]
        for label in self.problem_labels:
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        damaged = len(ws.damaged)
        if damaged:
            layout.addWidget(paragraph(
                self.tr("1 record does not match or could not be read.") if damaged == 1 else
                self.tr("{count} records do not match or could not be read.").format(count=damaged)))
        layout.addWidget(paragraph(self.tr(
            "Nothing has been changed, and nothing will be saved until you choose.")))
        backups = getattr(ws, "data_dir", None)
        layout.addWidget(paragraph(self.tr(
            "If you did not expect this, keep the journal locked, or go back to one of the encrypted backups "
            "the app keeps in {folder} (“Restore a backup…”; on the command line, integration-journal restore "
            "FILE), or ask someone you trust for help.").format(
                folder=str(backups / "backups") if backups else "backups")))
        layout.addWidget(paragraph(self.tr(
            "If you know why (for example, you put back an older copy yourself), you can accept the journal as "
            "it is now. Anything it lost stays lost. Your choice is recorded in the journal's security log, and "
            "a copy of the journal as it is now is kept with the backups.")))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Problem"))
        self.message_label.hide()
        layout.addWidget(self.message_label)
        self.status = BusyStatus(self.tr("Recording your choice"))
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.keep_locked_button = QPushButton(self.tr("&Keep it locked"))
        self.keep_locked_button.setAccessibleName(self.tr("Keep it locked"))
        self.keep_locked_button.clicked.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Restore a &backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore a backup"))
        self.restore_button.clicked.connect(self.request_restore)
        self.accept_button = QPushButton(self.tr("&Accept the journal as it is now"))
        self.accept_button.setAccessibleName(self.tr("Accept the journal as it is now"))
        self.accept_button.clicked.connect(self.accept_current_state)
        self.keep_locked_button.setDefault(True)  # the safe answer
        self.keep_locked_button.setAutoDefault(True)
        self.accept_button.setAutoDefault(False)
        self.restore_button.setAutoDefault(False)
        layout.addLayout(button_row([self.accept_button], [self.restore_button, self.keep_locked_button]))

    def describe(self, problem: Any) -> str:
        code = getattr(problem.code, "value", problem.code)
        if code == OLDER:
            if problem.seen_on is not None:
                day = QLocale().toString(QDate(problem.seen_on.year, problem.seen_on.month, problem.seen_on.day),
                                         QLocale.FormatType.LongFormat)
                return self.tr("This journal is older than the one last opened on this computer on {date}. It may "
                               "have been replaced with an older copy, or recent changes were lost (for example "
                               "after a crash).").format(date=day)
            return self.tr("This journal is older than the one last opened on this computer. It may have been "
                           "replaced with an older copy, or recent changes were lost (for example after a crash).")
        texts = {
            MISSING: self.tr("The journal's integrity record is missing. Without it the app cannot tell whether "
                             "entries were deleted, or replaced with older versions of themselves, outside the app."),
            REMOVED: self.tr("The journal's integrity record was removed outside the app. Entries may have been "
                             "deleted, or replaced with older versions of themselves, without the app noticing."),
            DAMAGED: self.tr("The journal's integrity record is damaged. The app cannot tell whether entries were "
                             "deleted, or replaced with older versions of themselves, outside the app."),
            MISMATCH: self.tr("The journal's integrity record does not match the journal: an older one was put "
                              "back, or the journal's header was altered, outside the app. Some entries may be "
                              "older than they should be."),
        }
        return texts.get(code, problem.message)

    def request_restore(self) -> None:
        """The journal closes again (nothing was changed) and the backups are offered."""
        self.restore_requested.emit()
        self.reject()

    def accept_current_state(self) -> None:
        """Record the choice (Workspace.accept_current_state: a copy of the journal, the security-log
        event, a fresh integrity record, the journal read again) on a worker, with progress shown; only
        then let the journal open."""
        if self._busy:
            return
        self._set_busy(True)
        run_in_background(self.ws.accept_current_state, self._accepted, self._accept_failed, parent=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.accept_button, self.restore_button, self.keep_locked_button):
            button.setEnabled(not busy)
        if busy:
            self.message_label.hide()
            self.status.start(self.tr("Keeping a copy of the journal and recording your choice…"))
        else:
            self.status.stop()

    def _accepted(self, _copy: Any) -> None:
        self._set_busy(False)
        if self._cancelled:  # a lock arrived meanwhile: the choice is recorded, but nothing opens
            super().reject()
            return
        self.accept()

    def _accept_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self._cancelled:
            super().reject()
            return
        show_problem(self.message_label, describe(exc))  # the journal stays locked

    def reject(self) -> None:
        """Escape or "Keep it locked". While the choice is being recorded it cannot be taken back halfway."""
        if not self._busy:
            super().reject()

    def cancel(self) -> None:
        """A lock or the app closing: the journal stays locked. While the choice is being recorded, the dialog
        closes (and the caller closes the journal) once the worker is done."""
        if self._busy:
            self._cancelled = True
        else:
            super().reject()
