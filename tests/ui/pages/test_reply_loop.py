"""The therapist's reply loop through real widgets, two real vaults and real share files (#12 items 9-11):
the Inbox reader says when the entry was written, in which phase and after which session; opening an
item marks it seen, kept in the vault; a comment written in the Inbox shows as not sent yet beside
"Reply to Sam…", which writes the reply there; the patient opens it on Sharing ▸ Replies, which lists the
comment with its entry, and "Open entry" shows that entry in the Journal."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

from integration_journal.core import records as r
from integration_journal.core.sharing import ShareSelection, SharingService
from integration_journal.storage.workspace import Workspace
from integration_journal.ui.models import date_text, datetime_text
from integration_journal.ui.pages.inbox import InboxPage, ReceivedModel
from integration_journal.ui.pages.journal.page import JournalPage
from integration_journal.ui.pages.patients import PatientsPage
from integration_journal.ui.pages.sharing import SharingPage
from integration_journal.ui.sharing.replies_list import RepliesModel
from tests.helpers.input import click
from tests.helpers.sharing_sides import connect, make_side, send_through, share_file, show
from tests.helpers.workspaces import PASSPHRASE

COMMENT = "Thank you for writing this down.\nLet's talk about the drive home next time."
PRIVATE = "Ask about sleep."


@pytest.fixture
def sides(tmp_path, fast_kdf):
    """Sam (patient) shared a session and an entry written the day after it; Dr Lee imported them."""
    patient = make_side(tmp_path, "patient", "patient", "Sam", fast_kdf)
    therapist = make_side(tmp_path, "therapist", "therapist", "Dr Lee", fast_kdf)
    at_patient, _ = connect(patient, therapist)
    now = patient.journal.now()
    session = patient.journal.add(r.TreatmentSession(when=now - dt.timedelta(days=3), route=r.Route.IV,
                                                     setting=r.Setting.CLINIC))
    entry = patient.journal.add(r.Entry(title="The drive home", body="It felt *slow* and kind.", share=True,
                                        phase=r.Phase.NEXT_DAY, session_id=session.id,
                                        created=now - dt.timedelta(days=2), updated=now - dt.timedelta(days=2)),
                                keep_timestamps=True)
    selection = ShareSelection(flagged=True, session_ids=(session.id,))
    SharingService(therapist.journal).receive_file(share_file(patient, at_patient, selection,
                                                              tmp_path / "share.ijshare"))
    yield patient, therapist, session, entry
    patient.ws.close()
    therapist.ws.close()  # closing twice is harmless (one test closes it to open it again)


def select_titled(inbox: InboxPage, title: str) -> r.ReceivedItem:
    row = next(row for row in range(inbox.model.rowCount())
               if inbox.model.index(row, ReceivedModel.COL_WHAT).data() == title)
    inbox.view.setCurrentIndex(inbox.model.index(row, 0))
    return inbox.current_item()


def bold(inbox: InboxPage, item_id: bytes) -> bool:
    font = inbox.model.index(inbox.model.row_of(item_id), 0).data(Qt.ItemDataRole.FontRole)
    return font is not None and font.bold()


def test_the_reader_says_when_and_after_which_session_the_entry_was_written(qtbot, sides) -> None:
    patient, therapist, session, entry = sides
    inbox = show(qtbot, InboxPage(therapist.ctx))
    item = select_titled(inbox, "The drive home")
    header = inbox.header.text()
    assert header.splitlines()[0] == "The drive home"
    assert f"Written {datetime_text(entry.created)}" in header
    assert "Phase: Next day" in header
    assert f"Session of {date_text(session.when.astimezone().date())}" in header
    assert f"From Sam · received {datetime_text(item.received_at)}" in header
    # Titles are the patient's words: never read as markup.
    assert inbox.header.title_label.textFormat() == Qt.TextFormat.PlainText
    # The session itself: when it was, no phase.
    select_titled(inbox, f"Session, {date_text(session.when.astimezone().date())}")
    assert f"Session on {datetime_text(session.when)}" in inbox.header.text()
    assert "Phase" not in inbox.header.text()


def test_a_session_not_shared_is_said_so(qtbot, tmp_path, fast_kdf) -> None:
    patient = make_side(tmp_path, "p", "patient", "Sam", fast_kdf)
    therapist = make_side(tmp_path, "t", "therapist", "Dr Lee", fast_kdf)
    try:
        at_patient, _ = connect(patient, therapist)
        session = patient.journal.add(r.TreatmentSession(when=patient.journal.now(), route=r.Route.IV,
                                                         setting=r.Setting.CLINIC))
        patient.journal.add(r.Entry(title="Alone", body="b", share=True, session_id=session.id))
        SharingService(therapist.journal).receive_file(share_file(patient, at_patient, ShareSelection(flagged=True),
                                                                  tmp_path / "s.ijshare"))
        inbox = show(qtbot, InboxPage(therapist.ctx))
        select_titled(inbox, "Alone")
        assert "Linked to a session not shared with you" in inbox.header.text()
        assert "Phase" not in inbox.header.text()
    finally:
        patient.ws.close()
        therapist.ws.close()


def test_opening_an_item_marks_it_seen_and_that_is_kept(qtbot, sides, fast_kdf) -> None:
    patient, therapist, session, _entry = sides
    session_title = f"Session, {date_text(session.when.astimezone().date())}"
    page = InboxPage(therapist.ctx)  # built hidden, as at unlock: nothing is opened yet
    page.reload()
    assert not any(item.seen for item in therapist.journal.list(r.ReceivedItem))
    inbox = show(qtbot, page)
    item = select_titled(inbox, "The drive home")
    assert item.seen and not item.reviewed and not bold(inbox, item.id)
    assert "opened, not reviewed" in inbox.model.index(inbox.model.row_of(item.id),
                                                       ReceivedModel.COL_STATE).data(Qt.ItemDataRole.ToolTipRole)
    others = [i for i in therapist.journal.list(r.ReceivedItem) if i.id != item.id]
    # Only what was shown: the first row opened when the list was filled, the entry when chosen.
    assert [i.seen for i in others] == [inbox.model.row_of(others[0].id) == 0]
    select_titled(inbox, session_title)
    assert all(i.seen for i in therapist.journal.list(r.ReceivedItem))
    # Kept in the vault: after closing and opening it again, nothing is bold.
    therapist.ws.close()
    reopened = Workspace.open(therapist.ws.data_dir, PASSPHRASE, policy=fast_kdf)
    try:
        assert all(i.seen and not i.reviewed for i in reopened.journal.list(r.ReceivedItem))
    finally:
        reopened.close()


def test_reply_from_the_inbox_and_the_patient_finds_the_comment_with_its_entry(qtbot, sides, tmp_path,
                                                                             fast_kdf) -> None:
    patient, therapist, _session, entry = sides
    alex = make_side(tmp_path, "alex", "patient", "Alex", fast_kdf)  # another patient, with one entry
    at_alex, _ = connect(alex, therapist)
    alex.journal.add(r.Entry(title="Alex's week", body="b", share=True))
    SharingService(therapist.journal).receive_file(share_file(alex, at_alex, ShareSelection(flagged=True),
                                                              tmp_path / "alex.ijshare"))
    alex.ws.close()
    inbox = show(qtbot, InboxPage(therapist.ctx))
    assert inbox.model.rowCount() == 3
    select_titled(inbox, "The drive home")
    bar = inbox.reply_bar
    # Nothing to send yet: said, and the button waits.
    assert bar.count_label.text() == "Sam: 0 comments not sent yet"
    assert bar.button.text() == "R&eply to Sam…" and not bar.button.isEnabled()
    assert "Nothing to send" in bar.button.toolTip()
    qtbot.keyClicks(inbox.note_edit, PRIVATE)
    click(qtbot, inbox.private_button)
    assert bar.count_label.text() == "Sam: 0 comments not sent yet"  # a private note is never sent
    inbox.note_edit.setPlainText(COMMENT)
    click(qtbot, inbox.comment_button)
    assert bar.count_label.text() == "Sam: 1 comment not sent yet" and bar.button.isEnabled()
    kinds = [inbox.notes_model.index(row, 0).data() for row in range(inbox.notes_model.rowCount())]
    assert kinds == ["Private note", "Comment for the patient, not sent yet"]
    # Notes are shown in full: the comment's second line is there, on a row tall enough for both.
    assert inbox.notes_model.index(1, 1).data() == COMMENT
    shown = inbox.notes_view.model()  # the view sorts: find each note's row there
    rows = {shown.index(row, 1).data(): row for row in range(shown.rowCount())}
    assert inbox.notes_view.rowHeight(rows[COMMENT]) > inbox.notes_view.rowHeight(rows[PRIVATE])
    # The "From" choice names each patient with what is waiting for them, and shows only their items.
    senders = [inbox.sender_combo.itemText(i) for i in range(inbox.sender_combo.count())]
    assert senders == ["Everyone", "Alex", "Sam — 1 comment not sent yet"]
    inbox.sender_combo.setCurrentIndex(2)
    assert inbox.model.rowCount() == 2 and inbox.current_item().sender_id == inbox.sender_combo.currentData()
    # The Patients dashboard counts the same comment (one query behind both).
    patients = show(qtbot, PatientsPage(therapist.ctx))
    patients.open_dashboard(therapist.journal.get_as(inbox.sender_combo.currentData(), r.Contact))
    assert "1 comment for Sam not sent yet" in patients.pending_label.text()

    reply = tmp_path / "reply.ijshare"
    send_through(qtbot, bar.writer, lambda: click(qtbot, bar.button), reply, therapist.dialogs)
    assert "Saved reply.ijshare: 1 comment" in bar.status.text()
    assert bar.count_label.text() == "Sam: 0 comments not sent yet" and not bar.button.isEnabled()
    assert inbox.sender_combo.currentText() == "Sam"  # still chosen, nothing waiting
    assert inbox.notes_model.index(1, 0).data() == "Comment for the patient, sent"
    assert COMMENT.encode() not in reply.read_bytes()
    patients.show_patient()
    assert "No comments for Sam are waiting" in patients.pending_label.text()

    # The patient opens the reply: the comment is listed with its entry and its therapist.
    sharing = show(qtbot, SharingPage(patient.ctx))
    sharing.tabs.setCurrentIndex(SharingPage.TAB_REPLIES)
    assert sharing.replies.empty_label.isVisible() and not sharing.replies.view.isVisible()
    patient.dialogs.open_from = reply
    click(qtbot, sharing.receive_button)
    qtbot.waitUntil(lambda: "Imported from Dr Lee" in sharing.receive_status.text(), timeout=10000)
    replies = sharing.replies
    assert replies.model.rowCount() == 1 and replies.view.isVisible() and not replies.empty_label.isVisible()
    row = [replies.model.index(0, column).data() for column in range(RepliesModel.COLUMN_COUNT)]
    assert row[RepliesModel.COL_ABOUT] == "The drive home"
    assert row[RepliesModel.COL_FROM] == "Dr Lee"
    assert row[RepliesModel.COL_COMMENT] == "Thank you for writing this down."
    assert "Let's talk about the drive home next time." in replies.text.toPlainText()
    assert PRIVATE not in replies.text.toPlainText()

    # "Open entry" goes to that entry in the Journal (the shell turns the request into the page).
    journal_page = show(qtbot, JournalPage(patient.ctx))
    asked = []
    patient.ctx.events.navigate_requested.connect(lambda page, args: asked.append((page, args)))
    patient.ctx.events.navigate_requested.connect(lambda page, args: journal_page.activate(**args))
    assert replies.open_button.text() == "Open &entry" and replies.open_button.isEnabled()
    click(qtbot, replies.open_button)
    assert asked == [("journal", {"entry_id": entry.id})]
    assert journal_page.title_edit.text() == "The drive home"
    assert "Let's talk about the drive home" in journal_page.comments_panel.comments_text()

    # The entry deleted since: still listed, said so, and nothing to open.
    patient.journal.delete(entry.id)
    sharing.records_changed({"entry"})  # what the shell tells every page
    assert replies.model.index(0, RepliesModel.COL_ABOUT).data() == "An entry deleted since"
    assert not replies.open_button.isEnabled()
    assert not replies.open_current() and len(asked) == 1


def mnemonics(page) -> list[str]:
    """The Alt+letters of the page's visible, enabled buttons, group boxes, tabs and labelled fields."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QLabel) and widget.buddy() is not None and widget.buddy().isVisible():
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        else:
            continue
        found += [match.group(1).casefold() for text in texts
                  if (match := re.search(r"&([^&\s])", text.replace("&&", "")))]
    return found


def test_the_loop_by_keyboard_with_no_letter_twice(qtbot, sides, tmp_path) -> None:
    patient, therapist, _session, entry = sides
    inbox = show(qtbot, InboxPage(therapist.ctx))
    select_titled(inbox, "The drive home")
    inbox.note_edit.setPlainText(COMMENT)
    click(qtbot, inbox.comment_button)
    inbox.activateWindow()
    qtbot.waitUntil(inbox.isActiveWindow)
    letters = mnemonics(inbox)
    assert "e" in letters and "o" in letters and len(letters) == len(set(letters)), letters
    inbox.view.setFocus()
    qtbot.keyClick(inbox.view, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # "Fr&om:"
    assert inbox.sender_combo.hasFocus()
    reply = tmp_path / "reply.ijshare"
    send_through(qtbot, inbox.reply_bar.writer,
                 lambda: qtbot.keyClick(inbox.sender_combo, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier),
                 reply, therapist.dialogs)  # "R&eply to Sam…"

    sharing = show(qtbot, SharingPage(patient.ctx))
    sharing.tabs.setCurrentIndex(SharingPage.TAB_REPLIES)
    patient.dialogs.open_from = reply
    click(qtbot, sharing.receive_button)
    qtbot.waitUntil(lambda: sharing.replies.model.rowCount() == 1, timeout=10000)
    sharing.activateWindow()
    qtbot.waitUntil(sharing.isActiveWindow)
    letters = mnemonics(sharing)
    assert "e" in letters and len(letters) == len(set(letters)), letters
    asked = []
    patient.ctx.events.navigate_requested.connect(lambda page, args: asked.append((page, args)))
    sharing.replies.view.setFocus()
    qtbot.keyClick(sharing.replies.view, Qt.Key.Key_Return)  # Enter on the comment opens its entry
    qtbot.keyClick(sharing.replies.view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # "Open &entry"
    qtbot.waitUntil(lambda: len(asked) == 2)
    assert asked == [("journal", {"entry_id": entry.id})] * 2
