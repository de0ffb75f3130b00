"""First run: the create dialog, the recovery kit page (print, PDF, check), then the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from integration_journal.ui.create_dialog import CreateJournalDialog
from integration_journal.ui.main_window import MainWindow

NAME = "Alex"


def _fill_form(qtbot, dialog: CreateJournalDialog, passphrase: str, repeat: str | None = None) -> None:
    qtbot.keyClicks(dialog.name_edit, NAME)
    qtbot.keyClicks(dialog.passphrase_form.passphrase_edit, passphrase)
    qtbot.keyClicks(dialog.passphrase_form.repeat_edit, passphrase if repeat is None else repeat)


def _pdf_lines(path) -> list[str]:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return [line.strip() for page in range(document.pageCount())
            for line in document.getAllText(page).text().splitlines()]


def _start_create(qtbot, controller) -> CreateJournalDialog:
    controller.start()
    dialog = controller.create_dialog
    assert dialog is not None and controller.unlock_window is None  # no vault yet: create, not unlock
    qtbot.waitExposed(dialog)
    return dialog


def test_create_journal_print_and_save_kit_check_a_group_and_arrive_at_main_window(
        qtbot, controller, dialogs, access, passphrase) -> None:
    dialog = _start_create(qtbot, controller)
    _fill_form(qtbot, dialog, passphrase)
    assert dialog.create_button.isEnabled()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.kit_panel is not None)
    assert access.exists()
    assert dialog.passphrase_form.passphrase() == ""  # the fields do not keep it once it is used

    panel = dialog.kit_panel
    groups = [label.text() for label in panel.group_labels]
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert all(label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
               for label in panel.group_labels)  # no selecting, so no copying
    assert not [b for b in dialog.findChildren(type(panel.print_button)) if "copy" in b.text().lower()
                and "continue" not in b.text().lower()]

    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert dialogs.print_to.read_bytes().startswith(b"%PDF")
    qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)
    assert "reset your passphrase" in dialogs.texts("confirm")[0]  # warned before choosing a place
    assert _pdf_lines(dialogs.save_to)[:1] == ["Integration Journal — recovery kit"]
    assert [line for line in _pdf_lines(dialogs.save_to) if line in groups] == groups  # whole, in order
    assert str(dialogs.save_to) in panel.output_label.text()

    qtbot.mouseClick(panel.written_button, Qt.MouseButton.LeftButton)
    assert panel.currentIndex() == panel.CHECK_PAGE
    wanted = groups[panel.check_number - 1]
    wrong = "0000" if wanted != "0000" else "1111"
    qtbot.keyClicks(panel.check_edit, wrong)
    qtbot.keyClick(panel.check_edit, Qt.Key.Key_Return)
    assert f"not group {panel.check_number}" in panel.check_feedback.text()
    assert controller.main_window is None

    panel.check_edit.clear()
    qtbot.keyClicks(panel.check_edit, wanted.lower())  # case does not matter
    qtbot.mouseClick(panel.continue_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: controller.main_window is not None and controller.main_window.isVisible())
    window: MainWindow = controller.main_window
    assert not dialog.isVisible()
    assert window.windowTitle() == "Integration Journal"
    assert window.entry_model.rowCount() == 0
    assert window.central.currentWidget() is window.empty_label
    assert all(label.text() == "" for label in panel.group_labels)  # the kit left the screen
    assert window.workspace.vault.is_open


def test_create_button_waits_for_a_good_matching_passphrase(qtbot, controller, passphrase) -> None:
    dialog = _start_create(qtbot, controller)
    form = dialog.passphrase_form
    _fill_form(qtbot, dialog, "short", "short")
    assert not dialog.create_button.isEnabled()
    assert form.meter.value() > 0
    assert "at least 12" in form.advice_label.text()

    form.clear()
    qtbot.keyClicks(form.passphrase_edit, passphrase)
    qtbot.keyClicks(form.repeat_edit, passphrase[:-1])
    assert not dialog.create_button.isEnabled()
    assert "do not match" in form.match_label.text()

    qtbot.keyClicks(form.repeat_edit, passphrase[-1])
    assert dialog.create_button.isEnabled()
    assert "match" in form.match_label.text()

    dialog.name_edit.clear()
    assert not dialog.create_button.isEnabled()  # a name is needed too


def test_leaving_the_kit_page_asks_first_and_closes_the_journal(qtbot, controller, dialogs, passphrase) -> None:
    dialog = _start_create(qtbot, controller)
    _fill_form(qtbot, dialog, passphrase)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.kit_panel is not None)
    ws = dialog._ws

    dialogs.confirm_answer = False
    dialog.reject()  # Escape or the window's close button
    assert dialog.isVisible() and ws.vault.is_open
    assert "not see this recovery kit again" in dialogs.texts("confirm")[-1]

    dialogs.confirm_answer = True
    with qtbot.waitSignal(controller.finished):
        dialog.reject()
    assert not ws.vault.is_open
    assert controller.main_window is None


def test_choosing_therapist_stores_the_role_and_name(qtbot, controller, passphrase) -> None:
    dialog = _start_create(qtbot, controller)
    qtbot.mouseClick(dialog.therapist_radio, Qt.MouseButton.LeftButton)
    _fill_form(qtbot, dialog, passphrase)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.kit_panel is not None)
    journal = dialog._ws.journal
    [profile] = journal.list(kind="profile")
    assert (profile.role, profile.display_name) == ("therapist", NAME)
    assert [event.event for event in journal.list(kind="audit")] == ["journal_created"]
