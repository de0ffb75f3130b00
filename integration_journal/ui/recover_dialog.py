"""Recovery: the kit and a new passphrase open the journal; the kit replacing the old one is shown once."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.kit_dialog import KitIssuingDialog
from integration_journal.ui.passphrase_widgets import NewPassphraseFields
from integration_journal.ui.recovery_kit import RecoveryKitPanel
from integration_journal.ui.session import VaultAccess
from integration_journal.ui.widgets.form_parts import (
    BusyStatus,
    button_row,
    heading,
    paragraph,
)


class RecoverDialog(KitIssuingDialog):
    """Emits `workspace_ready(workspace)` after the new kit was checked."""

    def __init__(self, access: VaultAccess, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, parent)
        self._access = access
        self.kit_panel: RecoveryKitPanel | None = None
        self.setWindowTitle(self.tr("Use your recovery kit"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.pages)
        self.setMinimumWidth(self.kit_edit.fontMetrics().horizontalAdvance("XXXX-" * 14) + 220)
        self._update_button()

    def _build_form(self) -> QWidget:
        page = QWidget()
        title = heading(self.tr("Use your recovery kit"), self)
        intro = paragraph(self.tr("Type the recovery kit as you printed or wrote it down. Upper or lower case "
                                  "both work, and the dashes are optional. Then choose a new passphrase."))
        kit_label = QLabel(self.tr("Recovery &kit:"))
        self.kit_edit = QLineEdit()
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF())  # the system's fixed font ignores the app's font scale
        self.kit_edit.setFont(mono)
        self.kit_edit.setPlaceholderText("XXXX-XXXX-XXXX-…")  # i18n-ok: the shape of the kit code
        self.kit_edit.setAccessibleName(self.tr("Recovery kit"))
        kit_label.setBuddy(self.kit_edit)
        self.passphrase_form = NewPassphraseFields(self)
        form = QFormLayout()
        form.addRow(kit_label, self.kit_edit)
        form.addItem(QSpacerItem(0, 8))
        self.passphrase_form.add_rows(form, self.tr("&New passphrase:"))

        self.status = BusyStatus(self.tr("Opening the journal"))
        self.progress, self.status_label = self.status.progress, self.status.status_label
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.recover_button = QPushButton(self.tr("&Open with the kit"))
        self.recover_button.setAccessibleName(self.tr("Open the journal with the recovery kit"))
        self.recover_button.clicked.connect(self.recover)
        for button in (self.cancel_button, self.recover_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addLayout(button_row([], [self.cancel_button, self.recover_button]))

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
        if busy:
            self.status.start(self.tr("Opening your journal…"))
        else:
            self.status.stop()
        self._update_button()

    def show_error(self, text: str) -> None:
        self.status.show_error(text)
        self.kit_edit.setFocus()

    def recover(self) -> None:
        if not self.recover_button.isEnabled():
            return
        kit_text, passphrase, access = self.kit_edit.text(), self.passphrase_form.passphrase(), self._access
        self.run(lambda: access.recover(kit_text, passphrase))

    def kit_issued(self, ws: Any, kit: Any) -> None:
        self.kit_edit.clear()
        self.passphrase_form.clear()
        self.kit_panel = RecoveryKitPanel(kit.groups(), self._dialogs, intro=self.kit_intro())
        self.kit_panel.confirmed.connect(self.hand_over)
        self.pages.addWidget(self.kit_panel)
        self.pages.setCurrentWidget(self.kit_panel)
        self.kit_panel.written_button.setFocus()
