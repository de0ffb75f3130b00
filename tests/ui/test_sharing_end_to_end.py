"""Patient → therapist → reply → patient through the GUI, on two real vaults with real encryption: adding
cards, comparing safety numbers, sharing flagged entries and a PHQ-9, reviewing and commenting in the
Inbox, replying with a prompt pack, and seeing the comment beside the entry and the pack in the wizard;
then an update, a withdrawal, a replayed file and a file for another therapist, each with its reason."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtGui import QGuiApplication

from integration_journal.core import records as r
from integration_journal.core.prompts import PromptLibrary
from integration_journal.errors import BundleProblem
from integration_journal.ui.pages.inbox import InboxPage
from integration_journal.ui.pages.journal.page import JournalPage
from integration_journal.ui.pages.patients import PatientsPage
from integration_journal.ui.pages.prompt_packs import PromptPacksPage
from integration_journal.ui.pages.sharing import SharingPage
from integration_journal.ui.prompt_wizard import PromptWizard
from integration_journal.ui.sharing.texts import problem_text
from tests.helpers.input import click
from tests.helpers.sharing_sides import make_side, send_through, show

FIRST_BODY = "The drive home felt *slow* and kind."
PRIVATE_BODY = "Only for me, never shared."


@pytest.fixture
def sides(tmp_path, fast_kdf):
    made = [make_side(tmp_path, "patient", "patient", "Sam", fast_kdf),
            make_side(tmp_path, "therapist", "therapist", "Dr Lee", fast_kdf),
            make_side(tmp_path, "other", "therapist", "Dr Kim", fast_kdf)]
    yield made
    for side in made:
        side.ws.close()


def add_contact_from_file(qtbot, page_contacts, dialogs, card_path) -> None:
    dialogs.open_from = card_path
    click(qtbot, page_contacts.add_file_button)


def test_share_review_reply_and_the_hard_cases(qtbot, qtmodeltester, sides, tmp_path) -> None:
    patient, therapist, other = sides
    now = patient.journal.now()
    entry = patient.journal.add(r.Entry(title="After the second session", body=FIRST_BODY, share=True,
                                        created=now - dt.timedelta(days=2)), keep_timestamps=True)
    second = patient.journal.add(r.Entry(title="Walking by the river", body="Noticed the light.", share=True,
                                         created=now - dt.timedelta(days=1)), keep_timestamps=True)
    patient.journal.add(r.Entry(title="Private", body=PRIVATE_BODY, created=now - dt.timedelta(days=1)),
                        keep_timestamps=True)
    patient.journal.add(r.QuestionnaireResponse(instrument="phq9", answers=(1, 1, 2, 1, 0, 1, 1, 0, 1),
                                                       taken_at=now - dt.timedelta(hours=5)))

    sharing = show(qtbot, SharingPage(patient.ctx))
    patients = show(qtbot, PatientsPage(therapist.ctx))
    for model in (sharing.contacts.model, sharing.pick_model, sharing.withdraw_model, sharing.history_model,
                  sharing.packs_model, patients.contacts.model, patients.sessions_model, patients.packs_model):
        qtmodeltester.check(model)

    # The therapist saves their card; the patient adds it from the file.
    therapist.dialogs.save_to = tmp_path / "dr-lee.ijcard"
    click(qtbot, patients.contacts.save_card_button)
    add_contact_from_file(qtbot, sharing.contacts, patient.dialogs, tmp_path / "dr-lee.ijcard")
    assert sharing.contacts.model.rowCount() == 1
    lee = sharing.contacts.current()
    assert lee.name == "Dr Lee" and not lee.verified
    digits = sharing.contacts.safety.digits.text()
    assert len(digits.split()) == 12 and all(len(group) == 5 for group in digits.split())
    assert not sharing.contacts.safety.qr.pixmap().isNull()

    # The patient copies their card as text; the therapist pastes it. Both see the same number.
    click(qtbot, sharing.contacts.copy_card_button)
    patients.contacts.paste_edit.setPlainText(QGuiApplication.clipboard().text())
    click(qtbot, patients.contacts.paste_button)
    assert patients.contacts.current().name == "Sam"
    assert patients.contacts.safety.digits.text() == digits

    # Not verified: the Share tab will not preview.
    sharing.tabs.setCurrentIndex(SharingPage.TAB_SHARE)
    assert not sharing.preview_button.isEnabled()
    assert "not verified" in sharing.contact_state.text()
    sharing.tabs.setCurrentIndex(SharingPage.TAB_CONTACTS)
    click(qtbot, sharing.contacts.safety.verify_button)
    click(qtbot, patients.contacts.safety.verify_button)
    assert "Verified" in sharing.contacts.model.index(0, 2).data()
    sharing.tabs.setCurrentIndex(SharingPage.TAB_SHARE)
    assert sharing.preview_button.isEnabled()

    # Share: flagged entries and questionnaire results; the preview lists exactly those.
    click(qtbot, sharing.questionnaires_check)
    first_share = tmp_path / "share-1.ijshare"

    def check_the_preview_then_save():
        click(qtbot, sharing.preview_button)
        dialog = sharing.writer.dialog
        qtmodeltester.check(dialog.model)
        labels = sorted(dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount()))
        assert "After the second session" in labels and "Walking by the river" in labels
        assert any(label.startswith("PHQ-9, ") for label in labels) and len(labels) == 3
        assert not any("Private" in label for label in labels)
        assert "2 entries" in dialog.summary.text() and "1 questionnaire result" in dialog.summary.text()
        click(qtbot, dialog.full_button)
        assert dialog.text.isVisible()

    send_through(qtbot, sharing.writer, check_the_preview_then_save, first_share, patient.dialogs)
    data = first_share.read_bytes()
    for text in (FIRST_BODY, "After the second session", "Walking by the river", PRIVATE_BODY):
        assert text.encode() not in data
    assert sharing.history_model.rowCount() == 1
    assert sharing.history_model.index(0, 1).data() == "Dr Lee"
    assert sharing.history_model.index(0, 2).data() == "3"
    sharing.tabs.setCurrentIndex(SharingPage.TAB_HISTORY)
    sharing.history_view.setCurrentIndex(sharing.history_view.model().index(0, 0))
    held = sharing.history_items.toPlainText()
    assert "After the second session" in held and "PHQ-9" in held and "Private" not in held

    # The therapist imports it in the Inbox and reviews.
    inbox = show(qtbot, InboxPage(therapist.ctx))
    qtmodeltester.check(inbox.model)
    therapist.dialogs.open_from = first_share
    click(qtbot, inbox.import_button)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 3, timeout=10000)
    assert "Imported from Sam: 3 new items" in inbox.status.text()
    row = next(i for i in range(3) if inbox.model.index(i, 3).data() == "After the second session")
    inbox.view.setCurrentIndex(inbox.model.index(row, 0))
    assert "slow" in inbox.reader.toPlainText() and "*slow*" not in inbox.reader.toPlainText()
    click(qtbot, inbox.reviewed_button)
    assert inbox.current().item.reviewed
    click(qtbot, inbox.discuss_check)
    assert inbox.current().item.discuss_next_time
    qtbot.keyClicks(inbox.note_edit, "Check in about sleep.")
    click(qtbot, inbox.private_button)
    qtbot.keyClicks(inbox.note_edit, "Thank you for sharing this; let's talk about the drive.")
    click(qtbot, inbox.comment_button)
    qtmodeltester.check(inbox.notes_model)
    assert inbox.notes_model.rowCount() == 2
    inbox.filter_combo.setCurrentIndex(inbox.filter_combo.findData("new"))
    assert inbox.model.rowCount() == 2
    inbox.filter_combo.setCurrentIndex(inbox.filter_combo.findData("all"))

    # The dashboard shows the item-9 flag first and the discuss list.
    patients.activate()
    patients.tabs.setCurrentIndex(PatientsPage.TAB_DASHBOARD)
    assert "item 9" in patients.safety_text()
    assert patients.discuss_model.rowCount() == 1
    assert patients.entries_model.rowCount() == 2
    assert "1 comment for Sam" in patients.pending_label.text()

    # The therapist writes a prompt pack and replies with it and the comment.
    packs = show(qtbot, PromptPacksPage(therapist.ctx))
    qtmodeltester.check(packs.prompts_model)
    qtmodeltester.check(packs.packs_model)
    qtbot.keyClicks(packs.title_edit, "Between sessions")
    assert packs.id_edit.text() == "between-sessions"
    qtbot.keyClicks(packs.text_edit, "What did you notice on your walks this week?")
    packs.input_combo.setCurrentIndex(packs.input_combo.findData("long_text"))
    assert packs.save() is not None
    patients.activate()
    patients.packs_model.set_checked(packs.record.id, True)
    reply = tmp_path / "reply-1.ijshare"
    send_through(qtbot, patients.writer, lambda: click(qtbot, patients.reply_button), reply, therapist.dialogs)
    assert "No comments for Sam are waiting to be sent" in patients.pending_label.text()

    # The patient opens the reply: the comment beside the entry, the pack in the wizard.
    sharing.tabs.setCurrentIndex(SharingPage.TAB_REPLIES)
    patient.dialogs.open_from = reply
    click(qtbot, sharing.receive_button)
    qtbot.waitUntil(lambda: "Imported from Dr Lee" in sharing.receive_status.text(), timeout=10000)
    assert "1 comment" in sharing.receive_status.text() and "1 prompt pack" in sharing.receive_status.text()
    assert sharing.packs_model.rowCount() == 1
    assert "from Dr Lee" in sharing.packs_model.index(0, 0).data()
    journal_page = show(qtbot, JournalPage(patient.ctx))
    journal_page.open_entry_id(entry.id)
    assert journal_page.comments_panel.isVisible()
    assert "let's talk about the drive" in journal_page.comments_panel.comments_text()
    assert "Check in about sleep" not in journal_page.comments_panel.comments_text()  # private stays private
    journal_page.open_entry_id(second.id)
    assert not journal_page.comments_panel.isVisible()
    library = PromptLibrary.for_journal(patient.journal)
    pack = library.pack("between-sessions")
    assert pack is not None and pack.author == "Dr Lee"
    wizard = PromptWizard(patient.ctx, "ongoing", None, library=PromptLibrary((pack,)))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.source_label.text() == "From Dr Lee"
    assert wizard.prompt_label.text() == "What did you notice on your walks this week?"
    # Unticking the pack takes it out of the wizard's library.
    sharing.packs_model.set_checked(pack.record_id, False)
    assert PromptLibrary.for_journal(patient.journal).pack("between-sessions") is None

    # An update: the edited entry replaces the therapist's copy, which is new again.
    patient.journal.update(dataclasses.replace(patient.journal.get_as(entry.id, r.Entry),
                                               body="The drive home felt long, then kind."))
    sharing.tabs.setCurrentIndex(SharingPage.TAB_SHARE)
    sharing.questionnaires_check.setChecked(False)
    update = tmp_path / "share-2.ijshare"
    send_through(qtbot, sharing.writer, lambda: click(qtbot, sharing.preview_button), update, patient.dialogs)
    therapist.dialogs.open_from = update
    click(qtbot, inbox.import_button)
    qtbot.waitUntil(lambda: "updated" in inbox.status.text(), timeout=10000)
    updated = next(rec for rec in inbox.service.received() if rec.record.id == entry.id)
    assert "long, then kind" in updated.record.body and not updated.item.reviewed

    # A withdrawal: the second entry disappears from the therapist's vault.
    sharing.flagged_check.setChecked(False)
    sharing.withdraw_model.set_checked(second.id, True)
    withdrawal = tmp_path / "share-3.ijshare"
    send_through(qtbot, sharing.writer, lambda: click(qtbot, sharing.preview_button), withdrawal, patient.dialogs)
    therapist.dialogs.open_from = withdrawal
    click(qtbot, inbox.import_button)
    qtbot.waitUntil(lambda: "1 withdrawn" in inbox.status.text(), timeout=10000)
    assert all(rec.record.id != second.id for rec in inbox.service.received())
    assert inbox.model.rowCount() == 2

    # A replayed file: refused with its reason, nothing changes.
    therapist.dialogs.open_from = first_share
    click(qtbot, inbox.import_button)
    qtbot.waitUntil(lambda: "not imported" in inbox.status.text(), timeout=10000)
    assert problem_text(BundleProblem.REPLAYED) in inbox.status.text() \
        or problem_text(BundleProblem.OUT_OF_ORDER) in inbox.status.text()
    assert inbox.model.rowCount() == 2

    # A file for another therapist: "addressed to someone else".
    other_card = tmp_path / "dr-kim.ijcard"
    other.dialogs.save_to = other_card
    other_patients = show(qtbot, PatientsPage(other.ctx))
    click(qtbot, other_patients.contacts.save_card_button)
    sharing.tabs.setCurrentIndex(SharingPage.TAB_CONTACTS)
    add_contact_from_file(qtbot, sharing.contacts, patient.dialogs, other_card)
    click(qtbot, sharing.contacts.safety.verify_button)
    sharing.tabs.setCurrentIndex(SharingPage.TAB_SHARE)
    sharing.contact_combo.setCurrentIndex(sharing.contact_combo.findText("Dr Kim"))
    sharing.flagged_check.setChecked(True)
    for_kim = tmp_path / "for-kim.ijshare"
    send_through(qtbot, sharing.writer, lambda: click(qtbot, sharing.preview_button), for_kim, patient.dialogs)
    therapist.dialogs.open_from = for_kim
    inbox.status.clear()
    click(qtbot, inbox.import_button)
    qtbot.waitUntil(lambda: problem_text(BundleProblem.NOT_FOR_YOU) in inbox.status.text(), timeout=10000)
    assert inbox.model.rowCount() == 2
    assert sharing.history_model.rowCount() == 4
