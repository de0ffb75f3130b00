"""Going back to a backup without a terminal: choose a copy, give its passphrase, and the journal reopens.

Reached from the unlock window ("Restore a backup…") and from the integrity question at unlock, where
restoring is one of the answers. The copies listed are the encrypted backups the app keeps by itself;
"Other file…" takes one from elsewhere (an extra copy on a USB stick). Nothing is lost by restoring: the
journal as it was is kept as a backup first (storage.backups.restore_backup), and the copy is verified
before it replaces anything.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.messages import describe
from integration_journal.ui.models import datetime_text
from integration_journal.ui.passphrase_widgets import PassphraseEdit
from integration_journal.ui.screen_fit import open_tall_enough
from integration_journal.ui.session import PendingUnlock, VaultAccess, unlock_in_background
from integration_journal.ui.widgets.form_parts import BusyStatus, button_row, heading, paragraph

PATH_ROLE = Qt.ItemDataRole.UserRole


class RestoreDialog(QDialog):
    """Emits `workspace_ready(workspace)` with the restored journal open; the caller shows it."""

    workspace_ready = Signal(object)

    def __init__(self, access: VaultAccess, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._dialogs = dialogs
        self._pending: PendingUnlock | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 76)

        title = heading(self.tr("Restore a backup"), self)
        intro = paragraph(self.tr(
            "Choose the copy of your journal to go back to. Anything written after it was made will not be "
            "in the journal, but the journal as it is now is kept as a backup first, so you can come back "
            "to it the same way."))
        self.backup_list = QTreeWidget()
        self.backup_list.setRootIsDecorated(False)
        self.backup_list.setUniformRowHeights(True)
        self.backup_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_list.setHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.backup_list.setAccessibleName(self.tr("Backups"))
        # Room for three copies at any text size (the app keeps up to 20; the list scrolls), and no more
        # than fits a 1000x680 screen at 200 % text; the list takes any height the dialog is given.
        rows = self.backup_list.fontMetrics().lineSpacing() + 6
        self.backup_list.setMinimumHeight(rows * 3 + self.backup_list.header().sizeHint().height())
        list_label = QLabel(self.tr("&Backups, newest first:"))
        list_label.setBuddy(self.backup_list)
        self.no_backups = paragraph(self.tr("The app has not kept any backups of this journal yet. Use "
                                            "“Other file…” to choose a copy you made yourself."), muted=True)
        self.other_button = QPushButton(self.tr("&Other file…"))
        self.other_button.setAccessibleName(self.tr("Choose another backup file"))
        self.other_button.clicked.connect(self.choose_other_file)

        pass_label = QLabel(self.tr("&Passphrase of that backup:"))
        self.passphrase_edit = PassphraseEdit()
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase of the backup"))
        pass_label.setBuddy(self.passphrase_edit)
        pass_hint = paragraph(self.tr("Usually your passphrase now. If you changed it after the backup was made, "
                                      "the one you had then."), muted=True)
        self.status = BusyStatus(self.tr("Restoring"))
        self.message_label = self.status.status_label

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.clicked.connect(self.restore)
        for button in (self.cancel_button, self.restore_button, self.other_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(list_label)
        layout.addWidget(self.backup_list, 1)
        layout.addWidget(self.no_backups)
        other_row = QHBoxLayout()
        other_row.addWidget(self.other_button)
        other_row.addStretch(1)
        layout.addLayout(other_row)
        layout.addSpacing(6)
        layout.addWidget(pass_label)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(pass_hint)
        layout.addWidget(self.status)
        layout.addLayout(button_row([], [self.cancel_button, self.restore_button]))

        self.backup_list.itemSelectionChanged.connect(self._update_button)
        self.passphrase_edit.textChanged.connect(self._update_button)
        self.passphrase_edit.returnPressed.connect(self.restore)
        self.fill()
        # Tall enough for its wrapped lines at any text size, within the screen (ui.screen_fit).
        open_tall_enough(self, max(self.minimumWidth(), self.sizeHint().width()))

    # --- the list -------------------------------------------------------------------------------

    def fill(self) -> None:
        self.backup_list.clear()
        for backup in self._access.backups():
            self._add(backup.path, backup.made, self._kind_text(backup.kept_before), backup.size)
        for column in range(self.backup_list.columnCount()):
            self.backup_list.resizeColumnToContents(column)
        self.no_backups.setVisible(self.backup_list.topLevelItemCount() == 0)
        if self.backup_list.topLevelItemCount():
            self.backup_list.setCurrentItem(self.backup_list.topLevelItem(0))
        self._update_button()

    def _kind_text(self, kept_before: str) -> str:
        if not kept_before:
            return self.tr("Automatic copy")
        known = {
            "restore": self.tr("Kept before a restore"),
            "accept": self.tr("Kept before accepting the journal as it was"),
        }
        return known.get(kept_before, self.tr("Kept before a change"))

    def _add(self, path: Path, made: dt.datetime | None, kind: str, size: int, *, first: bool = False) -> None:
        when = datetime_text(made) if made is not None else self.tr("Unknown date")
        item = QTreeWidgetItem([when, kind, QLocale().formattedDataSize(size)])
        item.setData(0, PATH_ROLE, str(path))
        item.setToolTip(0, str(path))
        if first:
            self.backup_list.insertTopLevelItem(0, item)
        else:
            self.backup_list.addTopLevelItem(item)

    def chosen(self) -> Path | None:
        item = self.backup_list.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None and item.isSelected() else None

    def choose_other_file(self) -> None:
        path = self._dialogs.open_path(self, self.tr("Choose a backup"), Path.home(),
                                       self.tr("Journal backups (*.ijbackup);;All files (*)"))
        if path is None:
            return
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        self._add(path, None, self.tr("Chosen file: {name}").format(name=path.name), size, first=True)
        self.no_backups.hide()
        self.backup_list.setCurrentItem(self.backup_list.topLevelItem(0))
        self.passphrase_edit.setFocus()

    # --- restoring ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._pending is not None and not self._pending.finished

    def _update_button(self) -> None:
        self.restore_button.setEnabled(not self.busy and self.chosen() is not None
                                       and bool(self.passphrase_edit.text()))

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.backup_list, self.other_button, self.passphrase_edit, self.cancel_button):
            widget.setEnabled(not busy)
        if busy:
            self.status.start(self.tr("Checking the backup and putting it in place…"))
        else:
            self.status.stop()
        self._update_button()

    def restore(self) -> None:
        if not self.restore_button.isEnabled():
            return
        backup, passphrase, access = self.chosen(), self.passphrase_edit.text(), self._access
        item = self.backup_list.currentItem()
        if not self._dialogs.confirm(
                self, self.tr("Restore this backup?"),
                self.tr("Your journal will be replaced by the copy from {when}. The journal as it is now is kept "
                        "as a backup first.").format(when=item.text(0)),
                accept=self.tr("Restore"), reject=self.tr("Cancel")):
            return
        self._pending = unlock_in_background(lambda: access.restore(backup, passphrase), self._restored,
                                             self._failed, parent=self)
        self._set_busy(True)

    def _restored(self, ws: Any) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.workspace_ready.emit(ws)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.show_error(describe(exc))
        self.passphrase_edit.setFocus()
        self.passphrase_edit.selectAll()

    def release(self) -> None:
        """A lock or a close arrived: a restore in flight still finishes (the file is replaced whole or not
        at all), but the journal it opens is closed instead of shown."""
        if self._pending is not None:
            self._pending.cancel()
        self.passphrase_edit.clear()
