"""Recovery: the kit and a new passphrase open the journal; the kit replacing the old one is shown once."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSpacerItem, QVBoxLayout, QWidget,
)

from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.kit_dialog import KitIssuingDialog
from integration_journal.ui.passphrase_widgets import NewPassphraseFields
from integration_journal.ui.recovery_kit import heading_font
from integration_journal.ui.session import VaultAccess


class RecoverDialog(KitIssuingDialog):
    """Emits `workspace_ready(workspace)` after the new kit was checked."""

    def __init__(self, access: VaultAccess, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, parent)
        self._access = access
        self.setWindowTitle(self.tr("Use your recovery kit"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("XXXX-" * 14) + 260)
        self.pages.addWidget(self._build_form())
        self._update_button()

    def _build_form(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Use your recovery kit"))
        title.setFont(heading_font(self))
        intro = QLabel(self.tr("Type the recovery kit as you printed or wrote it down. Upper or lower case "
                               "both work, and the dashes are optional. Then choose a new passphrase."))
        intro.setWordWrap(True)
        kit_label = QLabel(self.tr("Recovery &kit:"))
        self.kit_edit = QLineEdit()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.kit_edit.setFont(mono)
        self.kit_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.kit_edit.setAccessibleName(self.tr("Recovery kit"))
        kit_label.setBuddy(self.kit_edit)
        self.passphrase_form = NewPassphraseFields(self)
        form = QFormLayout()
        form.addRow(kit_label, self.kit_edit)
        form.addItem(QSpacerItem(0, 8))
        self.passphrase_form.add_rows(form, self.tr("&New passphrase:"))

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Opening the journal"))
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.recover_button = QPushButton(self.tr("&Open with the kit"))
        self.recover_button.setAccessibleName(self.tr("Open the journal with the recovery kit"))
        self.recover_button.clicked.connect(self.recover)
        for button in (self.cancel_button, self.recover_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.recover_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self.kit_edit.textChanged.connect(self._update_button)
        self.passphrase_form.changed.connect(self._update_button)
        self.passphrase_form.repeat_edit.returnPressed.connect(self.recover)
        return page

    def kit_intro(self) -> str:
        return self.tr("Your journal is open with the new passphrase. This new recovery kit replaces the old "
                       "one, which no longer works. Write it down or print it, and keep it somewhere private "
                       "and safe.")

    def _update_button(self) -> None:
        self.recover_button.setEnabled(
            not self.busy and bool(self.kit_edit.text().strip()) and self.passphrase_form.is_ready())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.kit_edit, self.cancel_button):
            widget.setEnabled(not busy)
        self.passphrase_form.set_enabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.status_label.setText(self.tr("Opening your journal…"))
        else:
            self.status_label.clear()
        self._update_button()

    def show_error(self, text: str) -> None:
        self.status_label.setText(text)
        self.kit_edit.setFocus()

    def recover(self) -> None:
        if not self.recover_button.isEnabled():
            return
        kit_text, passphrase, access = self.kit_edit.text(), self.passphrase_form.passphrase(), self._access
        self.run(lambda: access.recover(kit_text, passphrase))

    def _succeeded(self, result) -> None:
        self.kit_edit.clear()
        self.passphrase_form.clear()
        super()._succeeded(result)
