"""One page per first-run step (core.onboarding.Step): what the page says, and how its widgets map to
the state machine's answers. The wizard around them is ui/create_dialog.py."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.countries import COUNTRIES, sorted_by_name
from integration_journal.core.onboarding import (
    DISPLAY_NAME_MAX,
    PHONE_MAX,
    Creation,
    Onboarding,
    Step,
    common_countries,
)
from integration_journal.core.records import NAME_MAX, Role, TreatmentFocus
from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.passphrase_widgets import NewPassphraseFields
from integration_journal.ui.recovery_kit import KitCheckForm, KitSheet
from integration_journal.ui.widgets.form_parts import heading, paragraph


def country_text(code: str) -> str:
    return QCoreApplication.translate("countries", COUNTRIES[code])


class StepPage(QWidget):
    """A page: a heading, then its own widgets in `self.body`."""

    step: Step

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = heading(title, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(8)
        layout.addLayout(self.body)
        # Problems are said right under what they are about, not at the foot of the window.
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(self.tr("Problem"))
        self.problem_label.hide()
        layout.addWidget(self.problem_label)
        layout.addStretch(1)

    def pull(self, ob: Onboarding) -> None:
        """Shown (again): reflect the state machine (copy that depends on the role, answers so far)."""

    def push(self, ob: Onboarding) -> None:
        """Leaving by Next or Back: hand this page's answers to the state machine."""

    def focus_widget(self) -> QWidget | None:
        return None

    def focus_problem(self, field: str) -> None:
        widget = self.focus_widget()
        if widget is not None:
            widget.setFocus()


class WelcomePage(StepPage):
    step = Step.WELCOME

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Welcome to Integration Journal"), parent)
        self.body.addWidget(paragraph(self.tr(
            "A private place for notes about your treatment sessions, the days after them, and whatever you "
            "notice along the way. Therapists use it to receive what their patients choose to share.")))
        self.is_label = paragraph(self._section(self.tr("What it is"), [
            self.tr("A companion to your care: a journal, gentle prompts for reflection, and a record of "
                    "sessions and check-ins that you can bring to appointments."),
            self.tr("Private. Everything is encrypted on this computer with a passphrase only you know. "
                    "Nobody reads your entries — not your therapist, not the makers of this app — unless "
                    "you choose to share them."),
        ]), rich=True)
        self.is_not_label = paragraph(self._section(self.tr("What it is not"), [
            self.tr("Not a crisis service. Nobody sees what you write as you write it. If you are in danger "
                    "or thinking about harming yourself, please call your local emergency number or a "
                    "crisis line now."),
            self.tr("Not medical advice. Questions about your treatment belong with your clinician."),
        ]), rich=True)
        self.body.addWidget(self.is_label)
        self.body.addWidget(self.is_not_label)
        self.body.addWidget(paragraph(self.tr(
            "Setting up takes a few minutes. Country, treatment focus and clinic can be changed later in "
            "Settings."), muted=True))

    @staticmethod
    def _section(title: str, items: list[str]) -> str:
        points = "".join(f"<li>{html.escape(item)}</li>" for item in items)
        return f"<b>{html.escape(title)}</b><ul style='margin-left: -20px;'>{points}</ul>"


class RolePage(StepPage):
    step = Step.ROLE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("How will you use the journal?"), parent)
        self.patient_radio = QRadioButton(self.tr("For &myself — I am in treatment and keep my own journal"))
        self.patient_radio.setAccessibleName(self.tr("For myself: I am in treatment"))
        self.therapist_radio = QRadioButton(self.tr("As a &therapist — I receive what patients choose to share"))
        self.therapist_radio.setAccessibleName(self.tr("As a therapist"))
        self.group = QButtonGroup(self)
        for radio in (self.patient_radio, self.therapist_radio):
            self.group.addButton(radio)
            self.body.addWidget(radio)
        self.body.addSpacing(4)
        self.body.addWidget(paragraph(self.tr("This is set once, when the journal is created."), muted=True))

    def pull(self, ob: Onboarding) -> None:
        (self.therapist_radio if ob.role is Role.THERAPIST else self.patient_radio).setChecked(True)

    def push(self, ob: Onboarding) -> None:
        ob.set_role(Role.THERAPIST if self.therapist_radio.isChecked() else Role.PATIENT)

    def focus_widget(self) -> QWidget:
        return self.therapist_radio if self.therapist_radio.isChecked() else self.patient_radio


class NamePage(StepPage):
    step = Step.NAME

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your name"), parent)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setMaxLength(DISPLAY_NAME_MAX)
        form = QFormLayout()
        form.addRow(self.tr("Na&me:"), self.name_edit)
        self.body.addLayout(form)
        self.help_label = paragraph("", muted=True)
        self.body.addWidget(self.help_label)

    def pull(self, ob: Onboarding) -> None:
        if ob.role is Role.THERAPIST:
            self.help_label.setText(self.tr("The name your patients know you by. It appears on the contact "
                                            "card you give them."))
        else:
            self.help_label.setText(self.tr("A first name or a nickname is enough. It stays in your journal and "
                                            "is shown only to people you choose to share with."))

    def push(self, ob: Onboarding) -> None:
        ob.set_name(self.name_edit.text())

    def focus_widget(self) -> QWidget:
        return self.name_edit


class PassphrasePage(StepPage):
    step = Step.PASSPHRASE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Choose a passphrase"), parent)
        self.body.addWidget(paragraph(self.tr(
            "You will type it each time you open the journal. It never leaves this computer, and the app "
            "keeps no copy of it.")))
        self.passphrase_form = NewPassphraseFields(self)
        form = QFormLayout()
        self.passphrase_form.add_rows(form)
        self.body.addLayout(form)
        self.body.addWidget(paragraph(self.tr(
            "Nobody can reset a forgotten passphrase for you. That is why the next step gives you a "
            "recovery kit."), muted=True))

    def push(self, ob: Onboarding) -> None:
        if not ob.journal_exists:
            ob.set_passphrase(self.passphrase_form.passphrase(), self.passphrase_form.repeat())

    def focus_widget(self) -> QWidget:
        return self.passphrase_form.passphrase_edit

    def focus_problem(self, field: str) -> None:
        self.passphrase_form.focus_field(field)


class CreatePage(StepPage):
    step = Step.CREATE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Creating your journal"), parent)
        self.body.addWidget(paragraph(self.tr(
            "The app is making the keys that protect your journal. This is slow on purpose, which makes your "
            "passphrase far harder to guess, and takes a few seconds.")))
        self.phase_label = paragraph("")
        self.phase_label.setAccessibleName(self.tr("What is happening"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Creating the journal"))
        self.body.addSpacing(6)
        self.body.addWidget(self.phase_label)
        self.body.addWidget(self.progress)

    def pull(self, ob: Onboarding) -> None:
        phase = {
            Creation.NOT_STARTED: "",
            Creation.MEASURING: self.tr("Measuring this computer's speed…"),
            Creation.PROTECTING: self.tr("Protecting your journal with your passphrase…"),
            Creation.FAILED: self.tr("The journal was not created. Nothing was saved."),
            Creation.DONE: self.tr("Your journal is ready."),
        }[ob.creation]
        self.phase_label.setText(phase)
        self.phase_label.setVisible(bool(phase))
        fraction = ob.progress()
        if fraction is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 100)
            self.progress.setValue(round(fraction * 100))
        self.progress.setVisible(ob.creating or ob.creation is Creation.DONE)


class KitPage(StepPage):
    step = Step.KIT

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None, *, reserve_width: int = 0) -> None:
        super().__init__(self.tr("Your recovery kit"), parent)
        self.body.addWidget(paragraph(self.tr(
            "If you ever forget your passphrase, this kit is the only way back into your journal. Print it, "
            "save it as a PDF, or write it down, and keep it somewhere private and safe.")))
        self.sheet = KitSheet(dialogs, reserve_width=reserve_width)
        self.body.addWidget(self.sheet)

    def pull(self, ob: Onboarding) -> None:
        if ob.kit_groups and [label.text() for label in self.sheet.group_labels] != list(ob.kit_groups):
            self.sheet.set_groups(ob.kit_groups)

    def focus_widget(self) -> QWidget:
        return self.sheet.print_button


class KitCheckPage(StepPage):
    step = Step.KIT_CHECK

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Check your copy"), parent)
        self.form = KitCheckForm()
        self.body.addWidget(self.form)

    def pull(self, ob: Onboarding) -> None:
        if ob.kit_check_number is not None:
            self.form.set_check(ob.kit_check_number, len(ob.kit_groups))
        self.form.check_edit.setText(ob.kit_answer)

    def push(self, ob: Onboarding) -> None:
        ob.set_kit_answer(self.form.typed())

    def focus_widget(self) -> QWidget:
        return self.form.check_edit

    def focus_problem(self, field: str) -> None:
        self.form.check_edit.setFocus()
        self.form.check_edit.selectAll()


class CountryPage(StepPage):
    step = Step.COUNTRY

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your country"), parent)
        self.intro = paragraph("")
        self.body.addWidget(self.intro)
        self.group = QButtonGroup(self)
        self.country_radios: dict[str, QRadioButton] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        for i, (code, _name) in enumerate(common_countries()):
            radio = QRadioButton(country_text(code))
            radio.setAccessibleName(country_text(code))
            self.group.addButton(radio)
            self.country_radios[code] = radio
            grid.addWidget(radio, i // 2, i % 2)  # two columns: six countries in three short rows
        grid.setColumnStretch(2, 1)
        self.body.addLayout(grid)
        self.other_radio = QRadioButton(self.tr("&Another country:"))
        self.other_radio.setAccessibleName(self.tr("Another country"))
        self.other_combo = QComboBox()
        self.other_combo.setAccessibleName(self.tr("Country"))
        for code, _name in sorted_by_name():
            self.other_combo.addItem(country_text(code), code)
        self.other_combo.setPlaceholderText(self.tr("Choose a country…"))
        self.other_combo.setCurrentIndex(-1)
        self.other_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.other_combo.setMinimumContentsLength(22)
        self.other_combo.setMaxVisibleItems(15)
        self.other_combo.currentIndexChanged.connect(
            lambda index: self.other_radio.setChecked(True) if index >= 0 else None)
        self.none_radio = QRadioButton(self.tr("&Not now — I can choose it later in Settings"))
        self.none_radio.setAccessibleName(self.tr("Not now"))
        for radio in (self.other_radio, self.none_radio):
            self.group.addButton(radio)
        other = QGridLayout()
        other.setContentsMargins(0, 0, 0, 0)
        other.addWidget(self.other_radio, 0, 0)
        other.addWidget(self.other_combo, 0, 1, Qt.AlignmentFlag.AlignLeft)
        other.setColumnStretch(2, 1)
        self.body.addLayout(other)
        self.body.addWidget(self.none_radio)
        self.body.addSpacing(4)
        self.body.addWidget(paragraph(self.tr("It stays in your journal on this computer."), muted=True))

    def pull(self, ob: Onboarding) -> None:
        if ob.role is Role.THERAPIST:
            self.intro.setText(self.tr("Your country lets the app show the crisis lines and emergency number "
                                       "for where you practise."))
        else:
            self.intro.setText(self.tr("Your country lets the app show the right crisis lines and emergency "
                                       "number, should you ever look for them."))
        code = ob.country_code
        if code in self.country_radios:
            self.country_radios[code].setChecked(True)
        elif code in COUNTRIES:
            self.other_combo.setCurrentIndex(self.other_combo.findData(code))
            self.other_radio.setChecked(True)
        else:
            self.none_radio.setChecked(True)

    def chosen(self) -> str | None:
        for code, radio in self.country_radios.items():
            if radio.isChecked():
                return code
        if self.other_radio.isChecked():
            # Nothing picked in the list yet: a code no country has, so the step asks for one.
            return self.other_combo.currentData() or "--"
        return None

    def push(self, ob: Onboarding) -> None:
        ob.set_country(self.chosen())

    def focus_widget(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked if checked is not None else self.none_radio

    def focus_problem(self, field: str) -> None:
        self.other_combo.setFocus()


class FocusPage(StepPage):
    step = Step.FOCUS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What is your treatment for?"), parent)
        self.body.addWidget(paragraph(self.tr(
            "Choose any that fit, or none. This shapes which reflection prompts the app offers, for example "
            "questions about pain and daily activity.")))
        self.boxes: dict[TreatmentFocus, QCheckBox] = {}
        for focus, text, name in (
            (TreatmentFocus.DEPRESSION, self.tr("&Depression"), self.tr("Depression")),
            (TreatmentFocus.ANXIETY, self.tr("An&xiety"), self.tr("Anxiety")),
            (TreatmentFocus.CHRONIC_PAIN, self.tr("Chronic &pain"), self.tr("Chronic pain")),
            (TreatmentFocus.PTSD, self.tr("Post-traumatic stress (PTSD)"), self.tr("Post-traumatic stress (PTSD)")),
            (TreatmentFocus.OCD, self.tr("Obsessive-compulsive disorder (OCD)"),
             self.tr("Obsessive-compulsive disorder (OCD)")),
            (TreatmentFocus.SUBSTANCE_USE, self.tr("Alcohol or other substance use"),
             self.tr("Alcohol or other substance use")),
            (TreatmentFocus.OTHER, self.tr("Something else"), self.tr("Something else")),
        ):
            box = QCheckBox(text)
            box.setAccessibleName(name)
            self.boxes[focus] = box
            self.body.addWidget(box)
        # Asked once, here; Settings can change it (storage.reminder_helper, docs/design.md).
        from integration_journal.ui.reminder_tray import tray_available

        self.body.addSpacing(8)
        self.helper_box = QCheckBox(self.tr("Keep a small helper running to remind &me"))
        self.helper_box.setAccessibleName(self.tr("Reminder helper"))
        self.helper_hint = paragraph(self.tr(
            "Reflection prompts are due the evening of a session, the next day, a few days and a week later. "
            "With this on, a tray icon that starts when you log in says only “A reflection is ready in "
            "Integration Journal” when one is due, even with the app closed. It holds no key and sees "
            "only the times."), muted=True)
        self.body.addWidget(self.helper_box)
        self.body.addWidget(self.helper_hint)
        available = tray_available()
        self.helper_box.setVisible(available)
        self.helper_hint.setVisible(available)
        self.body.addSpacing(4)
        self.body.addWidget(paragraph(self.tr("You can change this later in Settings."), muted=True))

    def pull(self, ob: Onboarding) -> None:
        for focus, box in self.boxes.items():
            box.setChecked(focus in ob.focus)
        self.helper_box.setChecked(ob.reminder_helper)

    def push(self, ob: Onboarding) -> None:
        ob.set_focus(focus for focus, box in self.boxes.items() if box.isChecked())
        ob.set_reminder_helper(not self.helper_box.isHidden() and self.helper_box.isChecked())

    def focus_widget(self) -> QWidget:
        return self.boxes[TreatmentFocus.DEPRESSION]


class ClinicPage(StepPage):
    step = Step.CLINIC

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your clinic (optional)"), parent)
        self.intro = paragraph("")
        self.body.addWidget(self.intro)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setAccessibleName(self.tr("Clinic or therapist"))
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(PHONE_MAX)
        self.phone_edit.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.form = QFormLayout()
        self.name_label = QLabel(self.tr("&Clinic or therapist:"))
        self.name_label.setBuddy(self.name_edit)
        phone_label = QLabel(self.tr("P&hone number:"))
        phone_label.setBuddy(self.phone_edit)
        self.phone_edit.setAccessibleName(self.tr("Phone number"))
        self.form.addRow(self.name_label, self.name_edit)
        self.form.addRow(phone_label, self.phone_edit)
        self.body.addLayout(self.form)
        self.body.addWidget(paragraph(self.tr("You can leave both empty, and change them later in Settings."),
                                      muted=True))

    def pull(self, ob: Onboarding) -> None:
        if ob.role is Role.THERAPIST:
            self.title_label.setText(self.tr("Your practice (optional)"))
            self.intro.setText(self.tr("Its name and phone number, kept in your journal."))
            self.name_label.setText(self.tr("&Practice:"))
            self.name_edit.setAccessibleName(self.tr("Practice name"))
        else:
            self.title_label.setText(self.tr("Your clinic (optional)"))
            self.intro.setText(self.tr("If you add your clinic's or therapist's name and phone number, the app "
                                       "keeps them at hand next to the crisis lines and in your safety plan."))
            self.name_label.setText(self.tr("&Clinic or therapist:"))
            self.name_edit.setAccessibleName(self.tr("Clinic or therapist"))
        self.name_edit.setText(ob.clinic_name)
        self.phone_edit.setText(ob.clinic_phone)

    def push(self, ob: Onboarding) -> None:
        ob.set_clinic(self.name_edit.text(), self.phone_edit.text())

    def focus_widget(self) -> QWidget:
        return self.name_edit

    def focus_problem(self, field: str) -> None:
        edit = self.phone_edit if field == "clinic_phone" else self.name_edit
        edit.setFocus()
        edit.selectAll()
