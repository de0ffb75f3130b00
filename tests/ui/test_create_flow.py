"""First run: the wizard over core.onboarding, driven from the keyboard and the mouse against a real vault."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from integration_journal.core.onboarding import Creation, Step
from integration_journal.core.records import Profile, Role, TreatmentFocus
from integration_journal.errors import StorageFull
from integration_journal.ui.create_dialog import CreateJournalDialog

NAME = "Alex"


# --- helpers --------------------------------------------------------------------------------------

def _start_create(qtbot, controller) -> CreateJournalDialog:
    controller.start()
    dialog = controller.create_dialog
    assert dialog is not None and controller.unlock_window is None  # no vault yet: create, not unlock
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _enter(qtbot, dialog: CreateJournalDialog) -> None:
    """Press Enter wherever the focus is, as a person would to move on."""
    target = QApplication.focusWidget() or dialog
    qtbot.keyClick(target, Qt.Key.Key_Return)


def _to_passphrase(qtbot, dialog: CreateJournalDialog, *, therapist: bool = False) -> None:
    assert dialog.ob.step is Step.WELCOME
    _enter(qtbot, dialog)
    assert dialog.ob.step is Step.ROLE
    if therapist:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # arrows move within the radio group
        assert dialog.therapist_radio.isChecked()
    _enter(qtbot, dialog)
    assert dialog.ob.step is Step.NAME and QApplication.focusWidget() is dialog.name_edit
    qtbot.keyClicks(dialog.name_edit, NAME)
    _enter(qtbot, dialog)
    assert dialog.ob.step is Step.PASSPHRASE
    assert QApplication.focusWidget() is dialog.passphrase_form.passphrase_edit


def _create(qtbot, dialog: CreateJournalDialog, passphrase: str) -> None:
    form = dialog.passphrase_form
    qtbot.keyClicks(form.passphrase_edit, passphrase)
    qtbot.keyClick(form.passphrase_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.repeat_edit, passphrase)
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.ob.step is Step.KIT)


def _check_kit(qtbot, dialog: CreateJournalDialog) -> list[str]:
    groups = [label.text() for label in dialog.kit_sheet.group_labels]
    assert QApplication.focusWidget() is dialog.kit_sheet.print_button  # the first thing to do with it
    dialog.next_button.setFocus()
    _enter(qtbot, dialog)
    assert dialog.ob.step is Step.KIT_CHECK
    qtbot.keyClicks(dialog.check_form.check_edit, groups[dialog.ob.kit_check_number - 1])
    _enter(qtbot, dialog)
    assert dialog.ob.step is Step.COUNTRY
    return groups


def _tick(qtbot, button: QAbstractButton) -> None:
    """Click a radio button or check box on its indicator, as a person aims for it."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _pdf_lines(path) -> list[str]:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return [line.strip() for page in range(document.pageCount())
            for line in document.getAllText(page).text().splitlines()]


def _profile(ws) -> Profile:
    [profile] = ws.journal.list(kind=Profile)
    return profile


class CreateGate:
    """Real vault access whose `create` reports progress, then waits for the test (or fails once)."""

    def __init__(self, inner, *, fail_first: BaseException | None = None) -> None:
        self.inner = inner
        self.data_dir = inner.data_dir
        self.gate = threading.Event()
        self.reported = threading.Event()
        self.fail_first = fail_first
        self.threads: list[str] = []

    def exists(self):
        return self.inner.exists()

    def prepare(self):
        pass

    def create(self, passphrase, *, role, display_name, progress=None):
        self.threads.append(threading.current_thread().name)
        if self.fail_first is not None:
            exc, self.fail_first = self.fail_first, None
            raise exc
        progress(0.5)  # calibration half-way
        self.reported.set()
        assert self.gate.wait(10)
        progress(1.0)
        return self.inner.create(passphrase, role=role, display_name=display_name)


@pytest.fixture
def gated_controller(qtbot, access, dialogs):
    from integration_journal.gui.app import AppController

    gate = CreateGate(access)
    ctl = AppController(gate, dialogs)
    ctl.gate = gate
    yield ctl
    gate.gate.set()
    ctl.shutdown()
    for window in (ctl.create_dialog, ctl.main_window):
        if window is not None:
            window.hide()
            window.deleteLater()


# --- the whole way --------------------------------------------------------------------------------

def test_every_step_from_the_keyboard_kit_printed_saved_and_checked_then_the_main_window(
        qtbot, controller, dialogs, access, passphrase) -> None:
    dialog = _start_create(qtbot, controller)
    dialog.ob.set_country(None)  # whatever this machine's locale suggests, the test picks its own
    assert dialog.step_label.text() == "Step 1 of 10"
    assert "Not a crisis service" in dialog.pages[Step.WELCOME].is_not_label.text()
    assert not dialog.back_button.isVisible()
    _to_passphrase(qtbot, dialog)
    assert dialog.step_label.text() == "Step 4 of 10"
    assert not access.exists()  # nothing is written before the create step
    _create(qtbot, dialog, passphrase)
    assert access.exists()
    assert dialog.passphrase_form.passphrase() == ""  # the fields do not keep it once it is used

    # The kit: large, not selectable, no Copy; printed and saved.
    sheet = dialog.kit_sheet
    groups = [label.text() for label in sheet.group_labels]
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert all(label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
               for label in sheet.group_labels)
    assert not [b for b in dialog.findChildren(QAbstractButton) if "copy" in b.text().lower()
                and "have a copy" not in b.text().lower()]
    assert not dialog.back_button.isVisible() and not dialog.cancel_button.isVisible()
    assert QApplication.focusWidget() is sheet.print_button
    _enter(qtbot, dialog)  # Enter on the focused Print… prints; it does not skip past the kit
    assert dialogs.print_to.read_bytes().startswith(b"%PDF") and dialog.ob.step is Step.KIT
    qtbot.mouseClick(sheet.pdf_button, Qt.MouseButton.LeftButton)
    assert "reset your passphrase" in dialogs.texts("confirm")[0]  # warned before choosing a place
    assert _pdf_lines(dialogs.save_to)[:1] == ["Integration Journal — recovery kit"]
    assert [line for line in _pdf_lines(dialogs.save_to) if line in groups] == groups  # whole, in order
    assert str(dialogs.save_to) in sheet.output_label.text()

    # The check: a wrong group is named, the right one in lower case passes.
    dialog.next_button.setFocus()
    _enter(qtbot, dialog)
    assert dialog.ob.step is Step.KIT_CHECK
    number = dialog.ob.kit_check_number
    assert f"type group {number} from it" in dialog.check_form.check_prompt.text().replace("&", "")
    wanted = groups[number - 1]
    qtbot.keyClicks(dialog.check_form.check_edit, "0000" if wanted != "0000" else "1111")
    _enter(qtbot, dialog)
    assert f"That is not group {number}." in dialog.problem_label.text()
    assert dialog.problem_label.isVisible() and dialog.ob.step is Step.KIT_CHECK
    assert QApplication.focusWidget() is dialog.check_form.check_edit
    assert controller.main_window is None
    dialog.check_form.check_edit.clear()
    qtbot.keyClicks(dialog.check_form.check_edit, wanted.lower())
    _enter(qtbot, dialog)
    assert dialog.ob.step is Step.COUNTRY
    assert all(label.text() == "" for label in sheet.group_labels)  # the kit left the screen
    assert not dialog.back_button.isVisible()  # no way back to the kit

    # Country, focus, clinic.
    page = dialog.pages[Step.COUNTRY]
    assert page.none_radio.isChecked()
    _tick(qtbot, page.country_radios["IE"])
    _enter(qtbot, dialog)
    assert dialog.ob.step is Step.FOCUS
    focus = dialog.pages[Step.FOCUS]
    assert QApplication.focusWidget() is focus.boxes[TreatmentFocus.DEPRESSION]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    _tick(qtbot, focus.boxes[TreatmentFocus.CHRONIC_PAIN])
    _enter(qtbot, dialog)
    assert dialog.ob.step is Step.CLINIC and dialog.next_button.text() == "&Finish"
    clinic = dialog.pages[Step.CLINIC]
    qtbot.keyClicks(clinic.name_edit, "Harbour Clinic")
    qtbot.keyClick(clinic.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(clinic.phone_edit, "+353 1 555 0100")
    _enter(qtbot, dialog)

    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible())
    assert not dialog.isVisible()
    ws = controller.main_window.workspace
    assert ws.vault.is_open
    profile = _profile(ws)
    assert (profile.role, profile.display_name, profile.country_code) == (Role.PATIENT, NAME, "IE")
    assert profile.treatment_focus == (TreatmentFocus.DEPRESSION, TreatmentFocus.CHRONIC_PAIN)
    assert (profile.clinic_name, profile.clinic_phone) == ("Harbour Clinic", "+353 1 555 0100")
    events = sorted(event.event for event in ws.journal.list(kind="audit"))
    assert "journal_created" in events and "recovery_kit_checked" in events
    # The finished wizard keeps nothing of the journal (the controller holds on to the dialog).
    assert dialog.ob.journal is None and dialog._ws is None
    assert dialog.name_edit.text() == "" and clinic.name_edit.text() == clinic.phone_edit.text() == ""


def test_a_therapist_skips_the_focus_and_is_asked_about_a_practice(qtbot, controller, passphrase) -> None:
    dialog = _start_create(qtbot, controller)
    _to_passphrase(qtbot, dialog, therapist=True)
    assert dialog.step_label.text() == "Step 4 of 9"
    assert "contact card" in dialog.pages[Step.NAME].help_label.text()
    _create(qtbot, dialog, passphrase)
    journal = dialog._ws.journal
    assert [(p.role, p.display_name) for p in journal.list(kind=Profile)] == [(Role.THERAPIST, NAME)]
    assert [event.event for event in journal.list(kind="audit")] == ["journal_created"]
    _check_kit(qtbot, dialog)
    assert "practise" in dialog.pages[Step.COUNTRY].intro.text()
    _enter(qtbot, dialog)
    assert dialog.ob.step is Step.CLINIC
    assert dialog.pages[Step.CLINIC].title_label.text() == "Your practice (optional)"
    assert dialog.step_list.marked()[-2:] == ["✓ Country", "› Clinic contact"]


# --- validation and the ways back -----------------------------------------------------------------

def test_problems_are_named_in_plain_words_where_they_are(qtbot, controller, passphrase) -> None:
    dialog = _start_create(qtbot, controller)
    _enter(qtbot, dialog)
    _enter(qtbot, dialog)
    assert dialog.ob.step is Step.NAME
    _enter(qtbot, dialog)  # no name
    assert dialog.ob.step is Step.NAME
    assert dialog.problem_label.text() == "Please type a name. A first name or a nickname is enough."
    assert QApplication.focusWidget() is dialog.name_edit
    qtbot.keyClicks(dialog.name_edit, NAME)
    _enter(qtbot, dialog)
    assert not dialog.problem_label.isVisible()  # a new step starts clean

    form = dialog.passphrase_form
    qtbot.keyClicks(form.passphrase_edit, "short")
    _enter(qtbot, dialog)
    assert "at least 12 characters" in dialog.problem_label.text()
    assert dialog.ob.step is Step.PASSPHRASE and not controller.access.exists()
    form.clear()
    qtbot.keyClicks(form.passphrase_edit, passphrase)
    qtbot.keyClicks(form.repeat_edit, passphrase[:-1])
    assert "do not match" in form.match_label.text()  # said while typing, too
    _enter(qtbot, dialog)
    assert dialog.problem_label.text() == "The two passphrases are different. Please type the second one again."
    assert QApplication.focusWidget() is form.repeat_edit and form.repeat_edit.selectedText() == passphrase[:-1]


def test_back_keeps_answers_until_the_journal_exists_and_never_goes_behind_it(
        qtbot, controller, passphrase) -> None:
    dialog = _start_create(qtbot, controller)
    _to_passphrase(qtbot, dialog)
    qtbot.keyClicks(dialog.passphrase_form.passphrase_edit, passphrase)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.ob.step is Step.NAME and dialog.name_edit.text() == NAME
    # Shift+Tab from the name field: round to the buttons at the foot (Alt+B also works on a desktop, but
    # Qt's offscreen platform has no key map for mnemonics), then Space presses Back.
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.next_button
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.back_button
    qtbot.keyClick(dialog.back_button, Qt.Key.Key_Space)
    assert dialog.ob.step is Step.ROLE
    _tick(qtbot, dialog.therapist_radio)
    _enter(qtbot, dialog)
    _enter(qtbot, dialog)
    assert dialog.passphrase_form.passphrase() == passphrase  # still there
    qtbot.keyClicks(dialog.passphrase_form.repeat_edit, passphrase)
    _enter(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.ob.step is Step.KIT)
    assert not dialog.ob.can_go_back() and not dialog.back_button.isVisible()

    dialog.next_button.setFocus()
    _enter(qtbot, dialog)  # to the check, then back to compare the copy
    assert dialog.back_button.isVisible() and dialog.back_button.text() == "&Back to the kit"
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.ob.step is Step.KIT and dialog.kit_sheet.group_labels[0].text() != ""
    assert dialog.step_list.marked()[:5] == [
        "✓ Welcome", "✓ How you will use it", "✓ Your name", "✓ Passphrase", "✓ Creating the journal"]


def test_leaving_the_kit_page_asks_first_and_closes_the_journal(qtbot, controller, dialogs, passphrase) -> None:
    dialog = _start_create(qtbot, controller)
    _to_passphrase(qtbot, dialog)
    _create(qtbot, dialog, passphrase)
    ws = dialog._ws

    dialogs.confirm_answer = False
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.isVisible() and ws.vault.is_open
    assert "not see this recovery kit again" in dialogs.texts("confirm")[-1]

    dialogs.confirm_answer = True
    with qtbot.waitSignal(controller.finished):
        dialog.close()  # the window's close button
    assert not ws.vault.is_open
    assert controller.main_window is None
    assert all(label.text() == "" for label in dialog.kit_sheet.group_labels)


def test_closing_after_the_kit_check_keeps_what_was_confirmed_and_opens_the_journal(
        qtbot, controller, dialogs, passphrase) -> None:
    dialog = _start_create(qtbot, controller)
    _to_passphrase(qtbot, dialog)
    _create(qtbot, dialog, passphrase)
    _check_kit(qtbot, dialog)
    page = dialog.pages[Step.COUNTRY]
    _tick(qtbot, page.other_radio)
    page.other_combo.setFocus()
    qtbot.keyClicks(page.other_combo, "Germany")  # type-ahead in the list
    assert page.other_combo.currentData() == "DE"
    _enter(qtbot, dialog)
    _tick(qtbot, dialog.pages[Step.FOCUS].boxes[TreatmentFocus.ANXIETY])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # closed before Next on this step
    qtbot.waitUntil(lambda: controller.main_window is not None)
    assert not dialogs.texts("confirm")  # nothing would be lost: no question
    profile = _profile(controller.main_window.workspace)
    assert (profile.country_code, profile.treatment_focus) == ("DE", ())


def test_cancel_before_anything_exists_ends_the_app_and_writes_nothing(qtbot, controller, access) -> None:
    dialog = _start_create(qtbot, controller)
    _enter(qtbot, dialog)
    with qtbot.waitSignal(controller.finished):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not access.exists() and not access.data_dir.exists()


# --- the create step ------------------------------------------------------------------------------

def test_creation_runs_off_the_ui_thread_with_progress_and_cannot_be_left_meanwhile(
        qtbot, gated_controller, dialogs, passphrase) -> None:
    ctl = gated_controller
    dialog = _start_create(qtbot, ctl)
    _to_passphrase(qtbot, dialog)
    form = dialog.passphrase_form
    qtbot.keyClicks(form.passphrase_edit, passphrase)
    qtbot.keyClicks(form.repeat_edit, passphrase)
    _enter(qtbot, dialog)
    assert ctl.gate.reported.wait(5)
    page = dialog.pages[Step.CREATE]
    qtbot.waitUntil(lambda: page.progress.maximum() == 100)  # the report crossed to the UI thread
    assert page.progress.value() == 40 and page.progress.isVisible()
    assert "Measuring this computer" in page.phase_label.text()
    assert dialog.busy and threading.main_thread().name not in ctl.gate.threads
    assert not dialog.next_button.isVisible() and not dialog.back_button.isVisible()
    assert not dialog.cancel_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible() and not dialogs.texts("confirm")  # the key work cannot be interrupted
    ctl.gate.gate.set()
    qtbot.waitUntil(lambda: dialog.ob.step is Step.KIT)
    assert dialog.ob.creation is Creation.DONE


def test_a_failed_creation_says_why_and_can_be_tried_again(qtbot, access, dialogs, passphrase) -> None:
    from integration_journal.gui.app import AppController

    gate = CreateGate(access, fail_first=StorageFull())
    gate.gate.set()
    ctl = AppController(gate, dialogs)
    try:
        dialog = _start_create(qtbot, ctl)
        _to_passphrase(qtbot, dialog)
        qtbot.keyClicks(dialog.passphrase_form.passphrase_edit, passphrase)
        qtbot.keyClicks(dialog.passphrase_form.repeat_edit, passphrase)
        _enter(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.ob.creation is Creation.FAILED)
        assert "The disk is full" in dialog.problem_label.text()
        assert dialog.next_button.text() == "Try &again" and dialog.back_button.isVisible()
        assert QApplication.focusWidget() is dialog.next_button
        _enter(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.ob.step is Step.KIT)
        assert not dialog.problem_label.isVisible()
    finally:
        ctl.shutdown()
        if ctl.create_dialog is not None:
            ctl.create_dialog.hide()


# --- keyboard and screen readers ------------------------------------------------------------------

def _controls(widget: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QProgressBar, QComboBox)
    return [w for w in widget.findChildren(QWidget) if isinstance(w, kinds) and not w.objectName().startswith("qt_")
            and not isinstance(w.parent(), QComboBox)]


def test_every_control_on_every_page_has_an_accessible_name(qtbot, access, dialogs) -> None:
    dialog = CreateJournalDialog(access, dialogs, locale_name="en_NZ")
    qtbot.addWidget(dialog)
    dialog.kit_sheet.set_groups(["ABCD"] * 14)
    unnamed = [(type(c).__name__, c.text() if hasattr(c, "text") else "") for c in _controls(dialog)
               if not c.accessibleName()]
    assert not unnamed
    assert dialog.pages[Step.COUNTRY].country_radios  # the pages were all built


def test_tab_goes_through_the_page_then_the_buttons_and_never_into_hidden_pages(
        qtbot, controller) -> None:
    dialog = _start_create(qtbot, controller)
    _enter(qtbot, dialog)
    _enter(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.name_edit
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[:3] == [dialog.cancel_button, dialog.back_button, dialog.next_button]
    assert seen[3] is dialog.name_edit  # and round again
    assert all(w.isVisible() for w in seen)


def test_at_twice_the_font_size_the_kit_wraps_into_more_rows(qtbot, qapp, access, dialogs) -> None:
    font = qapp.font()
    size = font.pointSizeF()
    try:
        font.setPointSizeF(size * 2)
        qapp.setFont(font)
        dialog = CreateJournalDialog(access, dialogs)
        qtbot.addWidget(dialog)
        dialog.kit_sheet.set_groups([f"G{i:03d}" for i in range(14)])
        layout = dialog.kit_sheet.grid
        columns = max(layout.getItemPosition(i)[1] for i in range(layout.count())) + 1
        screen = dialog.screen().availableGeometry().width()
        assert columns < 7 or screen >= 1800
        assert dialog.kit_sheet.frame.sizeHint().width() <= screen
    finally:
        font.setPointSizeF(size)
        qapp.setFont(font)
