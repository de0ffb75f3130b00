"""The contacts list with adding a card, the chosen contact's safety number, and one's own card."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from integration_journal.core import records as r
from integration_journal.core.export_markdown import write_private_file
from integration_journal.core.sharing import CARD_SUFFIX, SharingService
from integration_journal.errors import CardProblem, CardRejected, JournalError, LookalikeContact
from integration_journal.ui.clipboard import secure_clipboard
from integration_journal.ui.messages import describe
from integration_journal.ui.sharing.models import ContactsModel
from integration_journal.ui.sharing.safety_number_panel import SafetyNumberPanel
from integration_journal.ui.sharing.side_by_side import SideBySide
from integration_journal.ui.sharing.tables import select_source_row, source_row, table_view
from integration_journal.ui.sharing.texts import describe_sharing, tr
from integration_journal.ui.widgets.form_parts import show_problem
from integration_journal.ui.widgets.layout import flow_row


class ContactsPanel(QWidget):
    """The contact list, adding a contact from a card file or pasted text, the safety number of the
    chosen one, and exporting one's own card (file, or copied as text)."""

    contacts_changed = Signal()
    current_changed = Signal(object)  # the chosen Contact, or None

    def __init__(self, ctx: Any, service: SharingService, *, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.service = ctx, service
        self.model = ContactsModel(self)
        self.view = table_view(self.model, noun)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.add_file_button = QPushButton(tr("Add from card &file…"))
        self.add_file_button.setAccessibleName(tr("Add a contact from a card file"))
        self.add_file_button.clicked.connect(self.add_from_file)
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setAccessibleName(tr("Pasted contact card"))
        self.paste_edit.setPlaceholderText(tr("Or paste the card text here (it starts with IJCARD1)"))
        self.paste_edit.setTabChangesFocus(True)
        self.paste_edit.setMaximumHeight(self.paste_edit.fontMetrics().lineSpacing() * 4)
        self.paste_button = QPushButton(tr("Add &pasted card"))
        self.paste_button.setAccessibleName(tr("Add the pasted card"))
        self.paste_button.clicked.connect(self.add_from_paste)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(tr("Contact message"))
        self.problem.hide()
        self.save_card_button = QPushButton(tr("Save my c&ard…"))
        self.save_card_button.setAccessibleName(tr("Save my contact card to a file"))
        self.save_card_button.setToolTip(tr("Your card holds your name and public keys only"))
        self.save_card_button.clicked.connect(self.save_my_card)
        self.copy_card_button = QPushButton(tr("Copy my card as te&xt"))
        self.copy_card_button.setAccessibleName(tr("Copy my contact card as text"))
        self.copy_card_button.clicked.connect(self.copy_my_card)
        self.safety = SafetyNumberPanel()
        self.safety.verified.connect(lambda _c: self.reload())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.add_file_button)
        left_layout.addWidget(self.paste_edit)
        left_layout.addWidget(self.paste_button)
        left_layout.addWidget(self.problem)
        left_layout.addWidget(flow_row([self.save_card_button, self.copy_card_button]))
        # side by side while the width holds both, the safety number under the list when it does not
        # (1000 px at a large text size): the page then scrolls down, never sideways
        self.sides = SideBySide(left, self.safety, (2, 3))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sides)

    def reload(self, select: bytes | None = None) -> None:
        current = self.current()
        wanted = select if select is not None else (current.id if current else None)
        self.model.set_rows(self.service.contacts())
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            select_source_row(self.view, row)
        self._show(self.current())
        self.contacts_changed.emit()

    def current(self) -> r.Contact | None:
        row = source_row(self.view)
        return self.model.contact_at(row) if 0 <= row < self.model.rowCount() else None

    def _current_changed(self, *_args: object) -> None:
        self._show(self.current())

    def _show(self, contact: r.Contact | None) -> None:
        self.safety.show_contact(self.service, contact)
        self.current_changed.emit(contact)

    def _add(self, data: bytes | str, *, confirmed: bool = False) -> None:
        try:
            added = self.service.add_contact(data, confirm_lookalike=confirmed)
        except LookalikeContact as exc:  # another contact's name, other keys: added only if the person says so
            question = tr("The name “{name}” looks like that of your contact “{existing}”, but this card has "
                          "different keys: it is not their card. Someone may be passing for them.\n\nAdd it only "
                          "if you are sure it is someone else, and compare the safety number with them in person "
                          "before sharing anything.").format(name=exc.name, existing=exc.existing)
            if self.ctx.dialogs.confirm(self, tr("A name that looks familiar"), question,
                                        accept=tr("Add as someone else"), reject=tr("Do not add")):
                self._add(data, confirmed=True)
            else:
                show_problem(self.problem, describe_sharing(exc))
            return
        except JournalError as exc:
            show_problem(self.problem, describe_sharing(exc))
            return
        self.ctx.notify_changed("contact")
        if added.key_changed:
            text = tr("The keys of {name} have changed. Compare the new safety number before sharing again.")
        elif added.new:
            text = tr("{name} was added. Compare the safety number with them, then mark them verified.")
        else:
            text = tr("The card of {name} was updated.")
        show_problem(self.problem, "")
        self.problem.setText(text.format(name=added.contact.name))
        self.problem.setStyleSheet("")
        self.problem.show()
        self.paste_edit.setPlainText("")
        self.reload(select=added.contact.id)

    def add_from_file(self) -> None:
        path = self.ctx.dialogs.open_path(self, tr("Add a contact"), Path.home(),
                                          tr("Contact cards (*{suffix})").format(suffix=CARD_SUFFIX))
        if path is None:
            return
        try:
            if path.stat().st_size > 64 * 1024:
                raise CardRejected(CardProblem.TOO_LARGE)
            data = path.read_bytes()
        except CardRejected as exc:
            show_problem(self.problem, describe_sharing(exc))
            return
        except OSError as exc:
            show_problem(self.problem, tr("The card file could not be read ({reason}).").format(
                reason=exc.strerror or type(exc).__name__))
            return
        self._add(data)

    def add_from_paste(self) -> None:
        text = self.paste_edit.toPlainText().strip()
        if not text:
            show_problem(self.problem, tr("Paste the card text first."))
            return
        self._add(text)

    def save_my_card(self) -> None:
        try:
            card = self.service.my_card()
        except JournalError as exc:
            show_problem(self.problem, describe(exc))
            return
        path = self.ctx.dialogs.save_path(self, tr("Save my contact card"), Path.home() / f"my-card{CARD_SUFFIX}",
                                          tr("Contact cards (*{suffix})").format(suffix=CARD_SUFFIX))
        if path is None:
            return
        if path.suffix != CARD_SUFFIX:
            path = path.with_name(path.name + CARD_SUFFIX)
        try:
            write_private_file(path, card.to_bytes())
        except (JournalError, OSError) as exc:
            show_problem(self.problem, describe(exc))
            return
        show_problem(self.problem, "")
        self.problem.setText(tr("Your card is saved as {name}. Give it to your contact.").format(name=path.name))
        self.problem.show()

    def copy_my_card(self) -> None:
        try:
            secure_clipboard().copy(self.service.my_card().to_text(), secret=False)  # public: made to be sent
        except JournalError as exc:
            show_problem(self.problem, describe(exc))
            return
        show_problem(self.problem, "")
        self.problem.setText(tr("Your card is copied. Paste it into a message to your contact."))
        self.problem.show()

    def clear(self) -> None:
        self.model.clear()
        self.paste_edit.setPlainText("")
        self.safety.show_contact(None, None)
