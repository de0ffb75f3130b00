"""First run: name, role and passphrase; the vault is created off the UI thread; then the recovery kit."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QRadioButton,
    QSpacerItem, QVBoxLayout, QWidget,
)

from integration_journal.core.records import Role
from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.kit_dialog import KitIssuingDialog
from integration_journal.ui.passphrase_widgets import NewPassphraseFields
from integration_journal.ui.recovery_kit import heading_font
from integration_journal.ui.session import VaultAccess

class CreateJournalDialog(KitIssuingDialog):
    """Emits `workspace_ready(workspace)` once the journal exists and its recovery kit was checked."""

    def __init__(self, access: VaultAccess, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(dialogs, parent)
        self._access = access
        self.setWindowTitle(self.tr("Create your journal"))
        self.setMinimumWidth(620)
        self.pages.addWidget(self._build_form())
        self._update_create_button()

    def _build_form(self) -> QWidget:
        page = QWidget()
        title = QLabel(self.tr("Create your journal"))
        title.setFont(heading_font(self))
        intro = QLabel(self.tr("Your journal is private to this computer. "
                               "Nobody reads it unless you choose to share."))
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setMaxLength(120)
        name_help = QLabel(self.tr("Shown only to people you choose to share with."))
        name_help.setEnabled(False)  # the theme's muted text colour

        self.patient_radio = QRadioButton(self.tr("Someone in therapy, keeping my own journal"))
        self.patient_radio.setAccessibleName(self.tr("Role: someone in therapy"))
        self.therapist_radio = QRadioButton(self.tr("A therapist, receiving what patients share"))
        self.therapist_radio.setAccessibleName(self.tr("Role: therapist"))
        self.patient_radio.setChecked(True)
        self.role_group = QButtonGroup(self)
        self.role_group.addButton(self.patient_radio)
        self.role_group.addButton(self.therapist_radio)
        roles = QVBoxLayout()
        roles.setSpacing(2)
        roles.addWidget(self.patient_radio)
        roles.addWidget(self.therapist_radio)

        self.passphrase_form = NewPassphraseFields(self)
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow("", name_help)
        form.addRow(self.tr("I am:"), roles)
        form.addItem(QSpacerItem(0, 8))
        self.passphrase_form.add_rows(form)

        note = QLabel(self.tr("Nobody can reset a forgotten passphrase for you. Next you will get a "
                              "recovery kit: your way back in if you ever forget it."))
        note.setWordWrap(True)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: calibration and key derivation report no steps
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Creating the journal"))
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status"))

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.create_button = QPushButton(self.tr("C&reate journal"))
        self.create_button.setAccessibleName(self.tr("Create journal"))
        self.create_button.clicked.connect(self.create_journal)
        for button in (self.cancel_button, self.create_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(10)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)

        self.name_edit.textChanged.connect(self._update_create_button)
        self.passphrase_form.changed.connect(self._update_create_button)
        self.passphrase_form.repeat_edit.returnPressed.connect(self.create_journal)
        return page

    def role(self) -> Role:
        return Role.THERAPIST if self.therapist_radio.isChecked() else Role.PATIENT

    def _update_create_button(self) -> None:
        self.create_button.setEnabled(
            not self.busy and bool(self.name_edit.text().strip()) and self.passphrase_form.is_ready())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.name_edit, self.patient_radio, self.therapist_radio, self.cancel_button):
            widget.setEnabled(not busy)
        self.passphrase_form.set_enabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.status_label.setText(self.tr("Creating your journal. This takes a few seconds…"))
        else:
            self.status_label.clear()
        self._update_create_button()

    def show_error(self, text: str) -> None:
        self.status_label.setText(text)

    def create_journal(self) -> None:
        if not self.create_button.isEnabled():
            return
        passphrase = self.passphrase_form.passphrase()
        name, role, access = self.name_edit.text().strip(), self.role(), self._access
        self.run(lambda: access.create(passphrase, role=role, display_name=name))

    def _succeeded(self, result) -> None:
        self.passphrase_form.clear()
        super()._succeeded(result)
