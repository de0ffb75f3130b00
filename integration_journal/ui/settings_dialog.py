"""Settings: lock timeout, appearance, country and focus, your clinic (name, phone, after-hours line),
reminders, backup folder, passphrase, folder; for a therapist, the drop folder the Inbox watches for share files.

Preferences that reveal use of the app are written into the vault through core.settings; only the
theme and the font scale go to QSettings (ui.theme), because the unlock window needs them first.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.measure_reminders import (
    chosen_intervals,
    default_intervals,
    effective_intervals,
)
from integration_journal.core.measures import get_measure
from integration_journal.core.phone import PHONE_MAX, phone_problem
from integration_journal.core.records import NAME_MAX, Profile, Role, TreatmentFocus
from integration_journal.core.settings import (
    LOCK_TIMEOUT_MAX,
    LOCK_TIMEOUT_MIN,
    MEASURE_INTERVAL_MAX,
    MEASURE_REMINDER_INSTRUMENTS,
    Preferences,
    SettingsService,
)
from integration_journal.errors import ValidationError
from integration_journal.ui.messages import describe
from integration_journal.ui.passphrase_widgets import (
    CapsLockHint,
    NewPassphraseFields,
    PassphraseEdit,
)
from integration_journal.ui.screen_fit import open_within_screen
from integration_journal.ui.theme import (
    FONT_SCALE_MAX,
    FONT_SCALE_MIN,
    THEME_DARK,
    THEME_LIGHT,
    THEME_SYSTEM,
    Appearance,
    load_appearance,
    save_appearance,
    theme_manager,
)
from integration_journal.ui.widgets.layout import scrolling
from integration_journal.ui.workers import run_in_background


def countries() -> list[tuple[str, str]]:
    """(ISO 3166-1 alpha-2 code, translated name), the countries of docs/clinical.md §5.2 first, then by name."""
    from integration_journal.core import countries as catalogue

    def name(code: str) -> str:
        return QCoreApplication.translate("countries", catalogue.country_name(code))

    common = [(code, name(code)) for code in catalogue.COMMON]
    rest = [(code, name(code)) for code, _ in catalogue.sorted_by_name() if code not in catalogue.COMMON]
    return common + rest


class ChangePassphraseDialog(QDialog):
    """Old passphrase, new one twice with the strength meter; the key work runs off the UI thread."""

    changed = Signal()

    def __init__(self, change: Any, journal: Any, dialogs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._change = change  # callable(old, new); raises WrongPassphrase for a wrong old one
        self._journal = journal
        self._dialogs = dialogs
        self.busy = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setModal(True)

        intro = QLabel(self.tr("Your recovery kit keeps working after the change."))
        intro.setWordWrap(True)
        self.old_edit = PassphraseEdit()
        self.old_edit.setAccessibleName(self.tr("Current passphrase"))
        self.old_caps = CapsLockHint()
        self.old_caps.follow(self.old_edit)
        self.new_fields = NewPassphraseFields(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("C&urrent passphrase:"), self.old_edit)
        form.addRow("", self.old_caps)
        self.new_fields.add_rows(form, self.tr("&New passphrase:"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Changing the passphrase"))
        self.progress.hide()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Passphrase change message"))
        self.buttons = QDialogButtonBox()
        self.change_button = self.buttons.addButton(self.tr("&Change passphrase"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.old_edit.textChanged.connect(self._update)
        self.new_fields.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.change_button.setEnabled(not self.busy and bool(self.old_edit.text()) and self.new_fields.is_ready())

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.old_edit.setEnabled(not busy)
        self.new_fields.set_enabled(not busy)
        self.progress.setVisible(busy)
        self._update()

    def start(self) -> None:
        if not self.change_button.isEnabled():
            return
        old, new, change = self.old_edit.text(), self.new_fields.passphrase(), self._change
        self.status_label.setText(self.tr("Changing the passphrase…"))
        self._set_busy(True)
        run_in_background(lambda: change(old, new), self._done, self._failed, parent=self)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        try:
            self._journal.audit("passphrase_changed")
        except Exception:  # noqa: BLE001 - the change itself is done; the log line is a bonus
            pass
        self.wipe()
        self.changed.emit()
        self.accept()
        self._dialogs.inform(self.parentWidget(), self.tr("Passphrase changed"),
                             self.tr("Your passphrase was changed. Use the new one next time you unlock. "
                                     "Your recovery kit still works."))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status_label.setText(describe(exc))
        self.old_edit.setFocus()
        self.old_edit.selectAll()

    def wipe(self) -> None:
        self.old_edit.clear()
        self.new_fields.clear()

    def reject(self) -> None:
        if self.busy:
            return  # the change finishes or fails on its own; it cannot be half-done
        self.wipe()
        super().reject()


class SettingsDialog(QDialog):
    """Emits `applied(kinds)` after OK or Apply wrote the vault (kinds: the record kinds changed)."""

    applied = Signal(object)

    def __init__(self, ctx: Any, dialogs: Any, *, access: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._dialogs = dialogs
        self._access = access
        self.service = SettingsService(ctx.journal)
        self.open_url = QDesktopServices.openUrl  # replaced in tests
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(True)

        prefs = self.service.load()
        appearance = load_appearance()
        self._loaded_appearance = appearance

        # --- general ---------------------------------------------------------------------------
        self.timeout_spin = QSpinBox()
        self.timeout_spin.setRange(LOCK_TIMEOUT_MIN, LOCK_TIMEOUT_MAX)
        self.timeout_spin.setSuffix(self.tr(" min"))
        self.timeout_spin.setAccessibleName(self.tr("Lock after minutes without use"))
        self.timeout_spin.setValue(prefs.lock_timeout_minutes)
        self.timeout_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        timeout_hint = QLabel(self.tr("The journal locks itself when the keyboard and mouse have been still "
                                      "this long. A countdown appears for the last 30 seconds."))
        timeout_hint.setWordWrap(True)
        self.reminders_check = QCheckBox(self.tr("Show gentle &reminders for due prompts while the app is open"))
        self.reminders_check.setAccessibleName(self.tr("Reminders"))
        self.reminders_check.setChecked(prefs.reminders)
        self._build_helper_check()
        self.one_per_page_check = QCheckBox(self.tr("Show &questionnaires one question at a time"))
        self.one_per_page_check.setAccessibleName(self.tr("Questionnaires: one question per page"))
        self.one_per_page_check.setToolTip(self.tr("Off: every question of a questionnaire on one page"))
        self.one_per_page_check.setChecked(prefs.questionnaire_one_per_page)

        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Country"))
        self.country_combo.addItem(self.tr("Not set"), None)
        from integration_journal.core.countries import COMMON

        for code, name in countries():
            if code not in COMMON and self.country_combo.count() == len(COMMON) + 1:
                self.country_combo.insertSeparator(self.country_combo.count())
            self.country_combo.addItem(f"{name} ({code})", code)
        self.country_combo.setMaxVisibleItems(16)
        index = self.country_combo.findData(prefs.country_code) if prefs.country_code else 0
        self.country_combo.setCurrentIndex(max(0, index))
        country_hint = QLabel(self.tr("Used to show crisis lines for where you are."))
        country_hint.setWordWrap(True)

        # Your clinic (docs/clinical.md §3.9, §5.1): named by "Get help now" and the appointment summary.
        self.clinic_box = QGroupBox(self.tr("Your clinic"))
        clinic_form = QFormLayout(self.clinic_box)
        clinic_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.clinic_name_edit = QLineEdit(prefs.clinic_name)
        self.clinic_name_edit.setMaxLength(NAME_MAX)
        self.clinic_name_edit.setAccessibleName(self.tr("Clinic name"))
        self.clinic_phone_edit = QLineEdit(prefs.clinic_phone)
        self.clinic_phone_edit.setMaxLength(PHONE_MAX)
        self.clinic_phone_edit.setAccessibleName(self.tr("Clinic phone number"))
        self.clinic_after_hours_edit = QLineEdit(prefs.clinic_after_hours)
        self.clinic_after_hours_edit.setMaxLength(PHONE_MAX)
        self.clinic_after_hours_edit.setAccessibleName(self.tr("Clinic after-hours line"))
        self.clinic_after_hours_edit.setPlaceholderText(self.tr("If your clinic has one"))
        clinic_form.addRow(self.tr("Clinic &name:"), self.clinic_name_edit)
        clinic_form.addRow(self.tr("Clinic p&hone:"), self.clinic_phone_edit)
        clinic_form.addRow(self.tr("After-hours l&ine:"), self.clinic_after_hours_edit)
        clinic_hint = QLabel(self.tr("Shown in Get help now and on your appointment summary. It stays in your "
                                     "encrypted journal."))
        clinic_hint.setWordWrap(True)
        clinic_form.addRow(clinic_hint)

        self.focus_checks: dict[TreatmentFocus, QCheckBox] = {}
        focus_box = QGroupBox(self.tr("What your treatment is for"))
        focus_layout = QVBoxLayout(focus_box)
        for focus, label in ((TreatmentFocus.DEPRESSION, self.tr("&Depression")),
                             (TreatmentFocus.ANXIETY, self.tr("&Anxiety")),
                             (TreatmentFocus.CHRONIC_PAIN, self.tr("Chronic &pain")),
                             (TreatmentFocus.PTSD, self.tr("Post-traumatic stress (PTSD)")),
                             (TreatmentFocus.OCD, self.tr("Obsessive-compulsive disorder (OCD)")),
                             (TreatmentFocus.SUBSTANCE_USE, self.tr("Alcohol or other substance use")),
                             (TreatmentFocus.OTHER, self.tr("Something else"))):
            check = QCheckBox(label)
            check.setAccessibleName(label.replace("&", ""))
            check.setChecked(focus in prefs.treatment_focus)
            focus_layout.addWidget(check)
            self.focus_checks[focus] = check
        focus_hint = QLabel(self.tr("Guided prompts are chosen with this in mind. You can pick several, or none."))
        focus_hint.setWordWrap(True)
        focus_layout.addWidget(focus_hint)

        # Questionnaire reminders on Today (core.measure_reminders): days between, 0 = off.
        self.measure_box = QGroupBox(self.tr("Questionnaire reminders on Today"))
        measure_form = QFormLayout(self.measure_box)
        self.measure_spins: dict[str, QSpinBox] = {}
        intervals = effective_intervals(prefs.measure_reminders, prefs.treatment_focus)
        for instrument in MEASURE_REMINDER_INSTRUMENTS:
            title = get_measure(instrument).short_title
            spin = QSpinBox()
            spin.setRange(0, MEASURE_INTERVAL_MAX)
            spin.setSpecialValueText(self.tr("Off"))
            spin.setPrefix(self.tr("every "))
            spin.setSuffix(self.tr(" days"))
            spin.setAccessibleName(self.tr("{title} reminder, days between").format(title=title))
            spin.setValue(intervals[instrument])
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            measure_form.addRow(f"{title}:", spin)
            self.measure_spins[instrument] = spin
        measure_hint = QLabel(self.tr("Weekly suits an induction series, every 2 weeks maintenance. The PEG "
                                      "(pain) is weekly when your treatment is for chronic pain."))
        measure_hint.setWordWrap(True)
        measure_form.addRow(measure_hint)
        self.focus_checks[TreatmentFocus.CHRONIC_PAIN].toggled.connect(self._pain_focus_toggled)

        general = QWidget()
        general_form = QFormLayout(general)
        general_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        general_form.addRow(self.tr("&Lock after:"), self.timeout_spin)
        general_form.addRow("", timeout_hint)
        general_form.addRow(self.tr("C&ountry:"), self.country_combo)
        general_form.addRow("", country_hint)
        general_form.addRow(focus_box)
        general_form.addRow(self.reminders_check)
        general_form.addRow(self.helper_check)
        general_form.addRow("", self.helper_hint)
        general_form.addRow(self.measure_box)
        general_form.addRow(self.one_per_page_check)

        # --- appearance --------------------------------------------------------------------------
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Theme"))
        self.theme_combo.addItem(self.tr("Follow the system"), THEME_SYSTEM)
        self.theme_combo.addItem(self.tr("Light"), THEME_LIGHT)
        self.theme_combo.addItem(self.tr("Dark"), THEME_DARK)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(appearance.theme)))
        self.font_spin = QSpinBox()
        self.font_spin.setRange(FONT_SCALE_MIN, FONT_SCALE_MAX)
        self.font_spin.setSingleStep(10)
        self.font_spin.setSuffix(" %")
        self.font_spin.setAccessibleName(self.tr("Text size"))
        self.font_spin.setValue(appearance.font_scale)
        self.font_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        appearance_hint = QLabel(self.tr("These two settings are kept outside the journal, so the unlock "
                                         "screen can use them too. They say nothing about what you write."))
        appearance_hint.setWordWrap(True)
        look = QWidget()
        look_form = QFormLayout(look)
        look_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        look_form.addRow(self.tr("&Theme:"), self.theme_combo)
        look_form.addRow(self.tr("Te&xt size:"), self.font_spin)
        look_form.addRow("", appearance_hint)

        # --- journal -----------------------------------------------------------------------------
        self.backup_edit = QLineEdit(prefs.backup_folder or "")
        self.backup_edit.setReadOnly(True)
        self.backup_edit.setPlaceholderText(self.tr("No extra copy"))
        self.backup_edit.setAccessibleName(self.tr("Backup folder"))
        self.backup_choose = QPushButton(self.tr("C&hoose…"))
        self.backup_choose.setAccessibleName(self.tr("Choose backup folder"))
        self.backup_choose.clicked.connect(self.choose_backup_folder)
        self.backup_clear = QPushButton(self.tr("&Turn off"))
        self.backup_clear.setAccessibleName(self.tr("Stop the extra backup copy"))
        self.backup_clear.clicked.connect(lambda: self._set_backup_folder(""))
        backup_row = QHBoxLayout()
        backup_row.addWidget(self.backup_edit, 1)
        backup_row.addWidget(self.backup_choose)
        backup_row.addWidget(self.backup_clear)
        backup_hint = QLabel(self.tr("Each time you unlock, an encrypted copy of the journal is also saved "
                                     "there — for example on a USB stick. It opens only with your passphrase "
                                     "or recovery kit."))
        backup_hint.setWordWrap(True)
        self.passphrase_button = QPushButton(self.tr("Change &passphrase…"))
        self.passphrase_button.setAccessibleName(self.tr("Change passphrase"))
        self.passphrase_button.clicked.connect(self.open_change_passphrase)
        self.passphrase_button.setEnabled(self._can_change_passphrase())
        self.folder_button = QPushButton(self.tr("Show journal &folder"))
        self.folder_button.setAccessibleName(self.tr("Show journal folder"))
        self.folder_button.clicked.connect(self.show_journal_folder)
        self.folder_button.setEnabled(self._data_dir() is not None)
        journal_buttons = QHBoxLayout()
        journal_buttons.addWidget(self.passphrase_button)
        journal_buttons.addWidget(self.folder_button)
        journal_buttons.addStretch(1)
        vault = QWidget()
        vault_form = QFormLayout(vault)
        vault_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        backup_label = QLabel(self.tr("Extra &backup folder:"))
        backup_label.setBuddy(self.backup_choose)
        vault_form.addRow(backup_label, backup_row)
        vault_form.addRow("", backup_hint)
        # A therapist's drop folder (the Inbox watches it); kept in the vault: it says the app is used.
        self.drop_edit = QLineEdit(prefs.drop_folder or "")
        self.drop_edit.setReadOnly(True)
        self.drop_edit.setPlaceholderText(self.tr("No folder watched"))
        self.drop_edit.setAccessibleName(self.tr("Drop folder for share files"))
        self.drop_choose = QPushButton(self.tr("Choose…"))  # Alt+D through its label
        self.drop_choose.setAccessibleName(self.tr("Choose drop folder"))
        self.drop_choose.clicked.connect(self.choose_drop_folder)
        self.drop_clear = QPushButton(self.tr("Stop &watching"))
        self.drop_clear.setAccessibleName(self.tr("Stop watching the drop folder"))
        self.drop_clear.clicked.connect(lambda: self._set_drop_folder(""))
        self.drop_row = QWidget(self)
        drop_layout = QHBoxLayout(self.drop_row)
        drop_layout.setContentsMargins(0, 0, 0, 0)
        drop_layout.addWidget(self.drop_edit, 1)
        drop_layout.addWidget(self.drop_choose)
        drop_layout.addWidget(self.drop_clear)
        if self._is_therapist():
            drop_label = QLabel(self.tr("&Drop folder:"))
            drop_label.setBuddy(self.drop_choose)
            drop_hint = QLabel(self.tr("The Inbox imports share files addressed to you from this folder (for "
                                       "example a clinic's synced folder) whenever they arrive, from unlock on. "
                                       "Files for anyone else are left where they are."))
            drop_hint.setWordWrap(True)
            vault_form.addRow(drop_label, self.drop_row)
            vault_form.addRow("", drop_hint)
        else:
            self.drop_row.hide()
        vault_form.addRow(journal_buttons)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Settings sections"))  # Tab stops on the tab list
        general_area = scrolling(general, self.tr("General"))  # scrolls down at large font sizes, not sideways
        general_area.setMinimumWidth(general.minimumSizeHint().width()
                                     + general_area.verticalScrollBar().sizeHint().width())
        self.tabs.addTab(general_area, self.tr("General"))
        self.tabs.addTab(look, self.tr("Appearance"))
        self.tabs.addTab(vault, self.tr("Journal"))
        # Its own tab: the General tab already fills the height of a small screen (tests/ui/test_large_font_layouts).
        clinic_page = QWidget()
        clinic_layout = QVBoxLayout(clinic_page)
        clinic_layout.addWidget(self.clinic_box)
        clinic_layout.addStretch(1)
        self.clinic_tab = self.tabs.addTab(scrolling(clinic_page, self.tr("Your clinic")), self.tr("Your &clinic"))

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Settings message"))
        self.message_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.Apply)
        for which, name in ((QDialogButtonBox.StandardButton.Ok, self.tr("OK")),
                            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel")),
                            (QDialogButtonBox.StandardButton.Apply, self.tr("Apply"))):
            self.buttons.button(which).setAccessibleName(name)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.timeout_spin.setFocus()
        open_within_screen(self, self._roomy_size())

    def _roomy_size(self) -> QSize:
        """Wide enough for about 80 characters a line and tall enough for the General tab without a scroll
        bar (Qt alone opens a dialog at most two thirds of the screen tall, so it scrolled even at 100 %)."""
        area = self.tabs.widget(0)
        hint = self.sizeHint()
        width = max(hint.width(), self.fontMetrics().averageCharWidth() * 80)
        around = hint - area.sizeHint()  # tab bar, margins, message and buttons
        content_width = width - around.width() - area.verticalScrollBar().sizeHint().width()
        return QSize(width, around.height() + area.widget().heightForWidth(content_width))

    # --- reading the form -------------------------------------------------------------------------

    def preferences(self) -> Preferences:
        return Preferences(
            lock_timeout_minutes=self.timeout_spin.value(),
            reminders=self.reminders_check.isChecked(),
            backup_folder=self.backup_edit.text() or None,
            country_code=self.country_combo.currentData(),
            treatment_focus=tuple(f for f, check in self.focus_checks.items() if check.isChecked()),
            measure_reminders=self._measure_reminders(),
            questionnaire_one_per_page=self.one_per_page_check.isChecked(),
            drop_folder=self.drop_edit.text() or None,
            clinic_name=self.clinic_name_edit.text().strip(),
            clinic_phone=self.clinic_phone_edit.text().strip(),
            clinic_after_hours=self.clinic_after_hours_edit.text().strip(),
        )

    def _focus(self) -> tuple[TreatmentFocus, ...]:
        return tuple(f for f, check in self.focus_checks.items() if check.isChecked())

    def _measure_reminders(self) -> dict[str, int]:
        """Only intervals that differ from the focus's defaults are kept: the rest follows the focus."""
        return chosen_intervals({k: spin.value() for k, spin in self.measure_spins.items()}, self._focus())

    def _pain_focus_toggled(self, pain: bool) -> None:
        # The PEG follows the pain focus unless the person set it themselves.
        spin = self.measure_spins["peg"]
        if spin.value() == default_intervals([TreatmentFocus.CHRONIC_PAIN] if not pain else [])["peg"]:
            spin.setValue(default_intervals([TreatmentFocus.CHRONIC_PAIN] if pain else [])["peg"])

    def appearance(self) -> Appearance:
        return Appearance(self.theme_combo.currentData(), self.font_spin.value()).normalised()

    # --- applying ---------------------------------------------------------------------------------

    def _clinic_problem(self) -> str:
        """The first clinic number that cannot be a phone number, in one line naming the field ("" if none)."""
        for edit, field in ((self.clinic_phone_edit, self.tr("Clinic phone")),
                            (self.clinic_after_hours_edit, self.tr("After-hours line"))):
            problem = phone_problem(edit.text())
            if problem is not None:
                self.tabs.setCurrentIndex(self.clinic_tab)
                edit.setFocus()
                edit.selectAll()
                return self.tr("{field}: {problem}").format(field=field,
                                                            problem=QCoreApplication.translate("core", problem))
        return ""

    def apply(self) -> bool:
        problem = self._clinic_problem()
        if problem:
            self._say(problem)
            return False
        try:
            kinds = self.service.save(self.preferences())
        except ValidationError as exc:
            self._say(describe(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - e.g. the disk is full: say so, keep the dialog
            self._say(describe(exc))
            return False
        if not self._apply_helper():
            return False
        appearance = self.appearance()
        if appearance != self._loaded_appearance:
            save_appearance(appearance)
            self._loaded_appearance = appearance
        theme_manager().apply(appearance)
        self._say("")
        self.applied.emit(kinds)
        return True

    def accept(self) -> None:
        if self.apply():
            super().accept()

    def discard(self) -> None:
        """The journal is locking: close without saving and forget what the form showed."""
        if self.passphrase_dialog is not None:
            self.passphrase_dialog.wipe()
            self.passphrase_dialog.hide()
        self.country_combo.clear()
        for edit in (self.clinic_name_edit, self.clinic_phone_edit, self.clinic_after_hours_edit):
            edit.clear()
        self.backup_edit.clear()
        self.drop_edit.clear()
        super().reject()

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # --- the reminder helper (storage.reminder_helper; kept outside the vault: it runs while locked) ---

    def _build_helper_check(self) -> None:
        from integration_journal.storage.reminder_file import helper_enabled
        from integration_journal.ui.reminder_tray import tray_available

        data_dir = self._data_dir()
        self._helper_was_on = data_dir is not None and helper_enabled(data_dir)
        self.helper_check = QCheckBox(self.tr("Keep a small helper running to remind &me when the app is closed"))
        self.helper_check.setAccessibleName(self.tr("Reminder helper"))
        self.helper_check.setChecked(self._helper_was_on)
        usable = data_dir is not None and (tray_available() or self._helper_was_on)
        self.helper_check.setEnabled(usable)
        if usable:
            hint = self.tr("A tray icon that starts when you log in. When prompts or questionnaires fall due it "
                           "says only “A reflection is ready in Integration Journal”. It holds no key: it knows "
                           "the due times and nothing else.")
        else:
            hint = self.tr("This desktop shows no tray icons, so the helper cannot run here.")
        self.helper_hint = QLabel(hint)
        self.helper_hint.setWordWrap(True)

    def _apply_helper(self) -> bool:
        """Turn the helper on or off if the box changed. Returns False (after saying why) on failure."""
        wanted = self.helper_check.isChecked()
        data_dir = self._data_dir()
        if wanted == self._helper_was_on or data_dir is None:
            return True
        from integration_journal.storage import reminder_helper

        try:
            if wanted:
                reminder_helper.turn_on(data_dir, self.ctx.journal, tz=getattr(self.ctx.workspace, "tz", None))
            else:
                reminder_helper.turn_off(data_dir)
        except Exception as exc:  # noqa: BLE001 - e.g. the autostart folder is not writable: say so
            self._say(describe(exc))
            return False
        self._helper_was_on = wanted
        return True

    # --- backup folder ----------------------------------------------------------------------------

    def _ask_folder(self, edit: QLineEdit, title: str, access: int, refusal: str) -> Path | None:
        """A folder chosen by the person, starting at `edit`'s, if it allows `access` (else `refusal` is said)."""
        chosen = self._dialogs.choose_folder(self, title, Path(edit.text() or str(Path.home())))
        if chosen is None:
            return None
        chosen = Path(chosen)
        if not chosen.is_dir() or not os.access(chosen, access):
            self._say(refusal)
            return None
        return chosen

    def choose_backup_folder(self) -> None:
        chosen = self._ask_folder(self.backup_edit, self.tr("Folder for an extra backup copy"), os.W_OK | os.X_OK,
                                  self.tr("That folder cannot be written to. Please choose another one."))
        if chosen is None:
            return
        if self._data_dir() is not None and chosen.resolve() == Path(self._data_dir()).resolve():
            self._say(self.tr("That is the journal's own folder. An extra copy is most useful somewhere else, "
                              "such as a USB stick."))
            return
        self._set_backup_folder(str(chosen.resolve()))

    def _set_backup_folder(self, folder: str) -> None:
        self.backup_edit.setText(folder)
        self._say("")

    # --- drop folder (therapist) --------------------------------------------------------------------

    def _is_therapist(self) -> bool:
        profiles = self.ctx.journal.list(Profile) if self.ctx.journal is not None else []
        return bool(profiles) and profiles[0].role is Role.THERAPIST

    def choose_drop_folder(self) -> None:
        title = self.tr("Folder the Inbox watches for share files")
        chosen = self._ask_folder(self.drop_edit, title, os.R_OK | os.X_OK,
                                  self.tr("That folder cannot be opened. Please choose another one."))
        if chosen is not None:
            self._set_drop_folder(str(chosen.resolve()))

    def _set_drop_folder(self, folder: str) -> None:
        self.drop_edit.setText(folder)
        self._say("")

    # --- journal actions --------------------------------------------------------------------------

    def _data_dir(self) -> Path | None:
        folder = getattr(self.ctx.workspace, "data_dir", None)
        return Path(folder) if folder is not None else None

    def _can_change_passphrase(self) -> bool:
        return self._access is not None and hasattr(self._access, "change_passphrase") \
            and self.ctx.workspace is not None

    def open_change_passphrase(self) -> None:
        if not self._can_change_passphrase():
            return
        access, ws = self._access, self.ctx.workspace
        self.passphrase_dialog = ChangePassphraseDialog(
            lambda old, new: access.change_passphrase(ws, old, new), self.ctx.journal, self._dialogs, self)
        self.passphrase_dialog.open()

    def show_journal_folder(self) -> None:
        folder = self._data_dir()
        if folder is not None:
            self.open_url(QUrl.fromLocalFile(str(folder)))

