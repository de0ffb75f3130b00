"""A therapist's reply to one patient: the comments not sent yet (and any prompt packs chosen), previewed,
saved and logged through ShareWriter. The Inbox and the Patients dashboard both reply through here, so a
reply sends the same thing wherever it is started from (core.sharing.SharingService.pending_comments)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from integration_journal.core import records as r
from integration_journal.core.sharing import ShareSelection, SharingService
from integration_journal.ui.sharing.share_writer import ShareWriter
from integration_journal.ui.sharing.status_widgets import busy_bar, status_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("sharing", text)


def unsent_text(count: int) -> str:
    """"2 comment(s) not sent yet", with the plural the translation gives."""
    return QCoreApplication.translate("sharing", "%n comment(s) not sent yet", "", count)


def reply_selection(pack_ids: tuple[bytes, ...] = ()) -> ShareSelection:
    return ShareSelection(pending_comments=True, prompt_pack_ids=pack_ids)


def start_reply(writer: ShareWriter, contact: r.Contact | None, pack_ids: tuple[bytes, ...] = ()) -> bool:
    """Preview the reply to `contact`; the writer asks where to save it and says how it went (a refusal,
    such as nothing to send, in its status line)."""
    return writer.start(contact, reply_selection(pack_ids), "reply")


def escaped(name: str) -> str:
    """A name as button text: its "&" shown, never taken as a keyboard shortcut."""
    return name.replace("&", "&&")


class ReplyBar(QWidget):
    """"Sam: 2 comment(s) not sent yet  [Reply to Sam…]" for the patient of the item being read, with the
    reply's progress and outcome below. Without a patient, or with nothing to send, it says so and the
    button waits (a reply with no comments would be refused anyway)."""

    def __init__(self, owner: QWidget, ctx: Any, service: SharingService) -> None:
        super().__init__(owner)
        self.service = service
        self.contact: r.Contact | None = None
        self.pending = 0
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)  # holds the patient's name
        self.count_label.setWordWrap(True)
        self.count_label.setAccessibleName(_tr("Comments waiting to be sent"))
        self.button = QPushButton(_tr("R&eply…"))
        self.button.clicked.connect(lambda: self.reply())
        self.progress = busy_bar(_tr("Writing the reply"))
        self.status = status_label(_tr("Reply status"))
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.writer = ShareWriter(owner, ctx, service, self.progress, self.status)
        self.writer.finished.connect(lambda _log: self._written())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.count_label, 1)
        row.addWidget(self.progress)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.show_for(None)

    def show_for(self, contact: r.Contact | None, *, recount: bool = True, pending: int | None = None) -> None:
        """Show the count for `contact`: `pending` when the caller counted already (SharingService.
        pending_counts), else counted here. `recount=False`: the same patient as shown already keeps its
        count (stepping through one patient's items need not go through every comment each time)."""
        same = contact is not None and self.contact is not None and contact.id == self.contact.id
        if not same:
            self.status.clear()
            self.status.hide()
        elif not recount:
            return
        self.contact = contact
        if contact is None:
            self.pending = 0
        else:
            self.pending = len(self.service.pending_comments(contact)) if pending is None else pending
        if contact is None:
            self.count_label.setText(_tr("Choose an item to reply to its sender."))
            self.button.setText(_tr("R&eply…"))
            self.button.setAccessibleName(_tr("Reply"))
        else:
            self.count_label.setText(_tr("{name}: {count}").format(name=contact.name,
                                                                   count=unsent_text(self.pending)))
            self.button.setText(_tr("R&eply to {name}…").format(name=escaped(contact.name)))
            self.button.setAccessibleName(_tr("Reply to {name}").format(name=contact.name))
        busy = self.writer.busy or self.writer.dialog is not None
        self.button.setEnabled(self.pending > 0 and not busy)
        if contact is None:
            self.button.setToolTip("")
        elif self.pending:
            self.button.setToolTip(_tr("Writes a share file for {name} with the comments not sent yet (prompt "
                                       "packs are sent from the Patients page)").format(name=contact.name))
        else:
            self.button.setToolTip(_tr("Nothing to send: add a comment for the patient first"))

    def _written(self) -> None:
        contact = self.contact
        if contact is not None and contact.id in self.service.contact_names():
            self.show_for(self.service.find_contact(contact.id))  # its name or state may have changed
        else:
            self.show_for(None)

    def reply(self) -> bool:
        if self.contact is None or not self.pending:
            return False
        started = start_reply(self.writer, self.contact)
        self.button.setEnabled(not started and self.pending > 0)
        return started

    def clear(self) -> None:
        self.writer.cancel()
        self.contact, self.pending = None, 0
        self.count_label.clear()
        self.status.clear()
