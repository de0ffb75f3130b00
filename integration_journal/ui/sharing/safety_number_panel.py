"""A contact's safety number and QR code, comparing it, and marking the contact verified."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from integration_journal.core import records as r
from integration_journal.core.sharing import SharingService
from integration_journal.crypto.safety_number import grouped, matches_qr, qr_payload
from integration_journal.errors import JournalError
from integration_journal.ui.sharing.qr_code import qr_image
from integration_journal.ui.sharing.texts import describe_sharing, tr
from integration_journal.ui.widgets.form_parts import show_problem


def monospace(size_factor: float = 1.0, widget: QWidget | None = None) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = widget.font().pointSizeF() if widget is not None else font.pointSizeF()
    font.setPointSizeF(max(base, 1.0) * size_factor)
    return font


class SafetyNumberPanel(QFrame):
    """A contact's safety number (12 groups of 5 in large monospace) with its QR code, the state, and
    "Mark as verified" once the two people have compared it."""

    verified = Signal(object)  # the updated Contact

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: SharingService | None = None
        self.contact: r.Contact | None = None
        self.number = ""
        self.heading = QLabel()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.heading.setFont(bold)
        self.heading.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(tr("Key change warning"))
        self.warning.hide()
        self.digits = QLabel()
        self.digits.setFont(monospace(1.8, self))
        self.digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.digits.setAccessibleName(tr("Safety number"))
        self.qr = QLabel()
        self.qr.setAccessibleName(tr("Safety number as a QR code"))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = QLabel(tr(
            "Compare these 60 digits with the ones on your contact's screen, in person or on a call you trust "
            "(or scan the QR code). If every group matches, mark them verified. If they differ, do not share: "
            "the card may not be theirs."))
        self.explain.setWordWrap(True)
        self.compare_edit = QLineEdit()
        self.compare_edit.setAccessibleName(tr("Their safety number, to check"))
        self.compare_edit.setPlaceholderText(tr("Or type the digits they read out, or paste their scanned code"))
        self.compare_edit.setClearButtonEnabled(True)
        self.compare_edit.textChanged.connect(self._compare)
        self.compare_result = QLabel()
        self.compare_result.setAccessibleName(tr("Comparison result"))
        self.compare_result.hide()
        self.state = QLabel()
        self.state.setAccessibleName(tr("Verification state"))
        self.verify_button = QPushButton(tr("&Mark as verified"))
        self.verify_button.setAccessibleName(tr("Mark as verified"))
        self.verify_button.clicked.connect(self.mark_verified)
        self.unverify_button = QPushButton(tr("Withdraw &verification"))
        self.unverify_button.setAccessibleName(tr("Withdraw verification"))
        self.unverify_button.clicked.connect(self.mark_unverified)

        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._size_digits()
        self.state.setWordWrap(True)
        buttons = QVBoxLayout()  # one under the other: never wider than the longer of the two
        buttons.addWidget(self.state)
        for button in (self.verify_button, self.unverify_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.warning)
        layout.addWidget(self.digits)
        layout.addWidget(self.qr)
        layout.addWidget(self.explain)
        layout.addWidget(self.compare_edit)
        layout.addWidget(self.compare_result)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.show_contact(None, None)

    def _group_width(self) -> int:
        return self.digits.fontMetrics().horizontalAdvance("00000  ")

    def _size_digits(self) -> None:
        """Never narrower than two groups a line: the number takes four, three or two a line as fits."""
        self.digits.setMinimumWidth(self._group_width() * 2)

    def _show_digits(self) -> None:
        if not self.number:
            return
        groups = grouped(self.number)
        per_row = max(2, min(4, max(self.digits.width(), 1) // max(self._group_width(), 1)))
        self.digits.setText("\n".join("  ".join(groups[row:row + per_row]) for row in range(0, len(groups), per_row)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._show_digits()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.ApplicationFontChange, event.Type.StyleChange):
            self._size_digits()
            self._show_digits()

    def show_contact(self, service: SharingService | None, contact: r.Contact | None) -> None:
        self.service, self.contact = service, contact
        has = contact is not None and service is not None
        self.number = ""
        if has:
            try:
                self.number = service.safety_number(contact)
            except JournalError as exc:
                show_problem(self.warning, describe_sharing(exc))
                has = False
        for widget in (self.digits, self.qr, self.explain, self.state, self.verify_button, self.unverify_button,
                       self.compare_edit):
            widget.setVisible(has)
        self.compare_edit.setText("")
        if not has:
            self.heading.setText(tr("Choose a contact to see your safety number with them.")
                                 if contact is None else contact.name)
            self.digits.clear()
            self.qr.clear()
            if contact is None:
                show_problem(self.warning, "")
            return
        self.heading.setText(tr("Safety number with {name}").format(name=contact.name))
        groups = grouped(self.number)
        self._show_digits()
        self.digits.setAccessibleDescription(" ".join(groups))
        self.qr.setPixmap(QPixmap.fromImage(qr_image(qr_payload(self.number))))
        changed = not contact.verified and len(contact.key_fingerprints) > 1
        show_problem(self.warning, tr(
            "The keys of {name} have changed since you last verified them. This happens when someone sets up "
            "the app again, and also when a card is not really theirs. Sharing with {name} is paused until "
            "you compare the new safety number and mark them verified again.").format(name=contact.name)
            if changed else "")
        self.state.setText(tr("Verified: you compared this number.") if contact.verified
                           else tr("Not verified yet: nothing can be sent until you compare the number."))
        self.verify_button.setEnabled(not contact.verified)
        self.unverify_button.setEnabled(contact.verified)

    def _compare(self, text: str) -> None:
        """Typed or scanned digits against the number: complete matches and mismatches are said."""
        digits = "".join(ch for ch in text if ch.isdigit())
        if not text.strip() or not self.number or (len(digits) < len(self.number) and not text.startswith("ij")):
            show_problem(self.compare_result, "")
            return
        if matches_qr(self.number, text):
            self.compare_result.setStyleSheet("")
            self.compare_result.setText(tr("These digits match the safety number."))
            self.compare_result.show()
        else:
            show_problem(self.compare_result, tr("These digits do not match. Do not mark this contact verified; "
                                                 "ask them to read their number again."))

    def _set_verified(self, value: bool) -> None:
        if self.service is None or self.contact is None:
            return
        try:
            contact = self.service.verify(self.contact, value)
        except JournalError as exc:
            show_problem(self.warning, describe_sharing(exc))
            return
        self.show_contact(self.service, contact)
        self.verified.emit(contact)

    def mark_verified(self) -> None:
        self._set_verified(True)

    def mark_unverified(self) -> None:
        self._set_verified(False)
