"""The head of the Inbox's reader: what the item is, and when it was written, in which phase of the
course and after which session, before when and from whom it was received (the patient wrote it days
before the therapist imported it). Every word the patient chose is shown as plain text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from integration_journal.core import records as r
from integration_journal.core.sharing import Received
from integration_journal.ui.models import date_text, datetime_text
from integration_journal.ui.widgets.fonts import heading_font
from integration_journal.ui.widgets.labels import wrapping_label


def tr(text: str) -> str:
    return QCoreApplication.translate("sharing", text)


def phase_label(phase: r.Phase) -> str:
    return {
        r.Phase.PREPARATION: tr("Preparation"), r.Phase.SAME_DAY: tr("Same day"),
        r.Phase.NEXT_DAY: tr("Next day"), r.Phase.FEW_DAYS: tr("A few days after"),
        r.Phase.ONE_WEEK: tr("About a week after"), r.Phase.ONGOING: tr("Ongoing"),
    }.get(phase, str(phase))


def written_parts(received: Received | None, session: r.TreatmentSession | None) -> list[str]:
    """"Written …", "Phase: …", "After the session of …" for what the patient wrote; the moment an
    item stands for (a session's, a check-in's day) for the other kinds."""
    record = received.record if received is not None else None
    if isinstance(record, r.Entry):
        parts = [tr("Written {when}").format(when=datetime_text(record.created))]
        if record.updated > record.created:
            parts.append(tr("edited {when}").format(when=datetime_text(record.updated)))
        if record.phase is not None:
            parts.append(tr("Phase: {phase}").format(phase=phase_label(record.phase)))
        if record.session_id is not None:
            if session is not None:
                parts.append(tr("Session of {date}").format(date=date_text(session.when.astimezone().date())))
            else:
                parts.append(tr("Linked to a session not shared with you"))
        return parts
    if isinstance(record, r.CheckIn):
        return [tr("Check-in for {date}").format(date=date_text(record.date))]
    if isinstance(record, r.TreatmentSession):
        return [tr("Session on {when}").format(when=datetime_text(record.when))]
    if isinstance(record, r.QuestionnaireResponse):
        return [tr("Answered {when}").format(when=datetime_text(record.taken_at))]
    return []


class ReaderHeader(QWidget):
    """The title, then "Written … · Phase: … · Session of …", then "From … · received …"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setFont(heading_font(self.font(), 1.2))
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_label.setAccessibleName(tr("Item title"))
        self.written_label = wrapping_label()
        self.written_label.setAccessibleName(tr("When it was written"))
        self.received_label = wrapping_label(secondary=True)
        self.received_label.setAccessibleName(tr("When it was received"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for label in (self.title_label, self.written_label, self.received_label):
            layout.addWidget(label)

    def show_item(self, what: str, item: r.ReceivedItem, sender: str, received: Received | None,
                  session: r.TreatmentSession | None) -> None:
        self.title_label.setText(what)
        written = written_parts(received, session)
        self.written_label.setText(" · ".join(written))
        self.written_label.setVisible(bool(written))
        self.received_label.setText(tr("From {name} · received {when}").format(
            name=sender, when=datetime_text(item.received_at)))
        self.received_label.show()

    def show_message(self, text: str) -> None:
        self.title_label.setText(text)
        self.written_label.hide()
        self.received_label.hide()

    def text(self) -> str:
        """Everything the header says, one part a line (for tests and screen readers' summaries)."""
        return "\n".join(label.text() for label in (self.title_label, self.written_label, self.received_label)
                         if not label.isHidden() and label.text())

    def clear(self) -> None:
        for label in (self.title_label, self.written_label, self.received_label):
            label.clear()
