"""What the Sharing, Inbox, Patients and Prompt-packs pages share: contacts with their safety number and
QR code, the words for share items and refusals, the preview of a share, and writing a share file off
the UI thread.

All of it goes through core.sharing.SharingService; nothing here touches keys or SQL. The service's
labels are English (the CLI prints them), so records are described here again, translated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core import measures
from integration_journal.core import records as r
from integration_journal.core.export_markdown import write_private_file
from integration_journal.core.markdown_render import render_markdown
from integration_journal.core.sharing import (
    BUNDLE_SUFFIX,
    CARD_SUFFIX,
    PreviewLine,
    Received,
    SharePreview,
    ShareSelection,
    SharingService,
)
from integration_journal.core.summary import escape_markdown
from integration_journal.crypto.safety_number import grouped, matches_qr, qr_payload
from integration_journal.errors import (
    BundleProblem,
    BundleRejected,
    CardProblem,
    CardRejected,
    JournalError,
)
from integration_journal.ui.markdown_view import MarkdownView
from integration_journal.ui.messages import describe
from integration_journal.ui.models import (
    SORT_ROLE,
    RowTableModel,
    date_text,
    datetime_text,
)
from integration_journal.ui.session_models import (
    effect_label,
    route_label,
    setting_label,
    severity_short,
)
from integration_journal.ui.widgets.form_parts import show_problem
from integration_journal.ui.workers import run_in_background

_Index = QModelIndex | QPersistentModelIndex
CHECKABLE_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
                   | Qt.ItemFlag.ItemIsUserCheckable)


def tr(text: str) -> str:
    return QCoreApplication.translate("sharing", text)


# --- words -----------------------------------------------------------------------------------------------

def problem_text(problem: BundleProblem | CardProblem) -> str:
    """A refusal in the person's language: the enum's sentence is the source text, one per member."""
    context = "bundle_problems" if isinstance(problem, BundleProblem) else "card_problems"
    return QCoreApplication.translate(context, problem.value)


def describe_sharing(exc: BaseException) -> str:
    if isinstance(exc, BundleRejected | CardRejected):
        return problem_text(exc.reason)
    return describe(exc)


KIND_COUNTS = {  # item kind -> (one, many); translated when shown
    "entry": ("{count} entry", "{count} entries"), "session": ("{count} session", "{count} sessions"),
    "checkin": ("{count} check-in", "{count} check-ins"),
    "questionnaire": ("{count} questionnaire result", "{count} questionnaire results"),
    "summary": ("{count} summary", "{count} summaries"), "withdraw": ("{count} withdrawal", "{count} withdrawals"),
    "comment": ("{count} comment", "{count} comments"), "prompt_pack": ("{count} prompt pack", "{count} prompt packs"),
}


def kind_label(kind: str) -> str:
    return {
        "entry": tr("Entry"), "session": tr("Session"), "checkin": tr("Check-in"),
        "questionnaire": tr("Questionnaire"), "summary": tr("Summary"), "withdraw": tr("Withdrawal"),
        "comment": tr("Comment"), "prompt_pack": tr("Prompt pack"),
    }.get(kind, kind)


def counts_text(counts: dict[str, int]) -> str:
    parts = []
    for kind, count in counts.items():
        one, many = KIND_COUNTS.get(kind, ("{count} " + kind, "{count} " + kind))
        parts.append(tr(one if count == 1 else many).format(count=count))
    return ", ".join(parts)


def _local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()


def measure_title(instrument: str) -> str:
    try:
        return measures.get_measure(instrument).short_title
    except measures.MeasureError:
        return instrument.upper()


def record_label(record: r.Record | None, kind: str = "", fallback: str = "") -> str:
    """One line naming a record, translated (the service's own labels are English)."""
    if isinstance(record, r.Entry):
        return record.title or tr("Untitled entry")
    if isinstance(record, r.TreatmentSession):
        return tr("Session, {date}").format(date=date_text(_local_day(record.when)))
    if isinstance(record, r.CheckIn):
        return tr("Check-in, {date}").format(date=date_text(record.date))
    if isinstance(record, r.QuestionnaireResponse):
        return tr("{title}, {date}").format(title=measure_title(record.instrument),
                                            date=date_text(_local_day(record.taken_at)))
    if isinstance(record, r.PromptPackRecord):
        return record.title
    if isinstance(record, r.Annotation):
        return record.text.splitlines()[0] if record.text else ""
    return fallback or kind_label(kind)


def preview_line_label(line: PreviewLine) -> str:
    if line.kind == "withdraw":
        what = record_label(line.record) if line.record is not None else tr("an item shared earlier")
        return tr("Withdraw: {what}").format(what=what)
    return record_label(line.record, line.kind, line.label)


def record_markdown(record: r.Record | None, title: str = "", text: str = "") -> str:
    """The full content of a shared record as Markdown (user text escaped where it is not Markdown)."""
    if record is None:  # a summary: Markdown written by the app
        return f"# {escape_markdown(title)}\n\n{text}" if title else text
    if isinstance(record, r.Entry):
        head = f"# {escape_markdown(record.title or tr('Untitled entry'))}\n\n"
        tags = ("\n\n" + tr("Tags: {tags}").format(tags=escape_markdown(", ".join(record.tags)))) if record.tags else ""
        return head + record.body + tags
    lines = [f"# {escape_markdown(record_label(record))}", ""]
    if isinstance(record, r.CheckIn):
        values = [(tr("Mood"), record.mood), (tr("Anxiety"), record.anxiety), (tr("Pain"), record.pain),
                  (tr("Sleep (hours)"), record.sleep_hours), (tr("Sleep quality"), record.sleep_quality)]
        lines += [f"- {name}: {value}" for name, value in values if value is not None]
        if record.note:
            lines += ["", escape_markdown(record.note)]
    elif isinstance(record, r.QuestionnaireResponse):
        try:
            result = measures.score(record.instrument, record.answers)
        except measures.MeasureError:
            result = None
        if result is not None:
            total = "–" if result.total is None else str(result.total)
            lines.append(tr("Total: {total}").format(total=total))
            if result.band:
                lines.append("\n" + tr("Band: {band}").format(band=QCoreApplication.translate("measures", result.band)))
            if result.safety_flag:
                lines.append("\n**" + tr("Safety flag: item 9 answered {value} (thoughts of being better off "
                                         "dead or of self-harm).").format(value=result.safety_value) + "**")
            if result.missing_items:
                lines.append("\n" + tr("Skipped items: {items}").format(
                    items=", ".join(str(i) for i in result.missing_items)))
    elif isinstance(record, r.TreatmentSession):
        lines.append(f"- {tr('Route')}: {route_label(record.route)}")
        lines.append(f"- {tr('Setting')}: {setting_label(record.setting)}")
        if record.dose_mg is not None:
            lines.append(f"- {tr('Dose (as told by the clinic)')}: {record.dose_mg:g} mg")
        for name, value in ((tr("Intention"), record.intention), (tr("Experience"), record.experience_text),
                            (tr("Notes"), record.notes)):
            if value:
                lines += ["", f"**{name}**", "", escape_markdown(value)]
        if record.side_effects:
            lines += ["", f"**{tr('Side effects')}**", ""]
            lines += [f"- {effect_label(rep.effect)}: {severity_short(rep.severity)}" for rep in record.side_effects]
    return "\n".join(lines) + "\n"


def received_markdown(received: Received) -> str:
    return record_markdown(received.record, received.title, received.text)


def received_label(received: Received) -> str:
    if received.record is None:
        return received.title or kind_label(received.item.item_kind)
    return record_label(received.record, received.item.item_kind)


# --- QR code -----------------------------------------------------------------------------------------

def qr_image(text: str, module_px: int = 5, border: int = 4) -> QImage:
    """A QR code (segno's encoder), always dark on white whatever the theme, so a camera can read it."""
    matrix = [list(row) for row in segno.make(text, error="m").matrix]
    size = len(matrix) + 2 * border
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x + border, y + border, black)
    return image.scaled(size * module_px, size * module_px)


# --- models -------------------------------------------------------------------------------------------

def contact_state(contact: r.Contact) -> str:
    if contact.verified:
        return tr("Verified")
    if len(contact.key_fingerprints) > 1:
        return tr("Keys changed: compare again")
    return tr("Not verified")


class ContactsModel(RowTableModel):
    """Contacts: name, role, verified state."""

    COL_NAME, COL_ROLE, COL_STATE = range(3)
    COLUMN_COUNT = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("Name"), tr("Role"), tr("Safety number"))

    def contact_at(self, row: int) -> r.Contact:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        contact, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE):
            if column == self.COL_NAME:
                return contact.name if role != SORT_ROLE else contact.name.casefold()
            if column == self.COL_ROLE:
                return tr("Therapist") if contact.role is r.Role.THERAPIST else tr("Patient")
            return contact_state(contact)
        return None


class CheckableModel(RowTableModel):
    """Rows of (record id, label, day) with a check box in the first column (entries to pick, packs…)."""

    COL_LABEL, COL_DATE = range(2)
    COLUMN_COUNT = 2

    def __init__(self, headers: tuple[str, str], parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._checked: set[bytes] = set()

    def set_items(self, items: Sequence[tuple[bytes, str, dt.date | None]]) -> None:
        keep = {item[0] for item in items}
        self._checked &= keep
        self.set_rows(items)

    def checked_ids(self) -> tuple[bytes, ...]:
        return tuple(item[0] for item in self._rows if item[0] in self._checked)

    def set_checked(self, record_id: bytes, checked: bool) -> None:
        row = next((i for i, item in enumerate(self._rows) if item[0] == record_id), -1)
        if row >= 0:
            self.setData(self.index(row, 0), Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                         Qt.ItemDataRole.CheckStateRole)

    def row_of(self, record_id: bytes) -> int:
        return next((i for i, item in enumerate(self._rows) if item[0] == record_id), -1)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return CHECKABLE_FLAGS if index.column() == self.COL_LABEL else super().flags(index)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        record_id, label, day = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return label if column == self.COL_LABEL else (date_text(day) if day else "")
        if role == SORT_ROLE:
            return label.casefold() if column == self.COL_LABEL else (day.toordinal() if day else 0)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_LABEL:
            return Qt.CheckState.Checked if record_id in self._checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not self._valid(index) or role != Qt.ItemDataRole.CheckStateRole or index.column() != self.COL_LABEL:
            return False
        record_id = self._rows[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._checked.add(record_id)
        else:
            self._checked.discard(record_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class PreviewModel(RowTableModel):
    """The lines of a share preview: what, kind, date, and whether it replaces an earlier copy."""

    COL_WHAT, COL_KIND, COL_DATE, COL_NOTE = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("What"), tr("Kind"), tr("Date"), tr("Note"))

    def line_at(self, row: int) -> PreviewLine:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        line, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, SORT_ROLE):
            if column == self.COL_WHAT:
                return preview_line_label(line)
            if column == self.COL_KIND:
                return kind_label(line.kind)
            if column == self.COL_DATE:
                if role == SORT_ROLE:
                    return line.when.timestamp() if line.when else 0.0
                return datetime_text(line.when) if line.when else ""
            if line.kind == "withdraw":
                return tr("Their copy is removed")
            return tr("Replaces the copy sent before") if line.update else tr("New")
        return None


class HistoryModel(RowTableModel):
    """Sent share files, newest first: when, to whom, how many items, their number in sequence."""

    COL_SENT, COL_TO, COL_ITEMS, COL_NUMBER = range(4)
    COLUMN_COUNT = 4

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers = (tr("Sent"), tr("To"), tr("Items"), tr("Number"))

    def log_at(self, row: int) -> r.ShareLog:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        log, column = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (datetime_text(log.sent_at), log.recipient_name, str(len(log.item_ids)), str(log.sequence))[column]
        if role == SORT_ROLE:
            return (log.sent_at.timestamp(), log.recipient_name.casefold(), len(log.item_ids), log.sequence)[column]
        return None


def table_view(model, name: str, *, stretch: int = 0, proxy: bool = True) -> QTableView:
    """A read-only, sortable, row-selecting table over `model`: through a sorting and filtering proxy, or
    (proxy=False, for long lists) straight on a model that sorts itself."""
    view = QTableView()
    if proxy:
        sorter = QSortFilterProxyModel(view)
        sorter.setSourceModel(model)
        sorter.setSortRole(SORT_ROLE)
        sorter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        view.setModel(sorter)
    else:
        view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setResizeContentsPrecision(200)  # column widths from 200 rows, not all of them
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setAccessibleName(name)
    return view


def keep_rows_visible(view: QWidget, lines: int = 8) -> None:
    """A list keeps room for a few rows: a short window (large font sizes) scrolls the tab around it
    rather than squeezing it to its header."""
    view.setMinimumHeight(view.fontMetrics().lineSpacing() * lines)


class SideBySide(QWidget):
    """Two panels side by side while the width holds both at their minimum widths, one above the other
    when it does not (large font sizes, narrow windows): a tab that scrolls then scrolls down, never
    sideways. Its minimum width is the stacked one, so the narrow width can reach it to switch."""

    def __init__(self, first: QWidget, second: QWidget, stretch: tuple[int, int] = (1, 1),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(first, stretch[0])
        self.box.addWidget(second, stretch[1])

    def _widths(self) -> list[int]:
        return [self.box.itemAt(i).minimumSize().width() for i in range(self.box.count())]

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(max(self._widths()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        wanted = sum(self._widths()) + max(0, self.box.spacing())
        direction = (QBoxLayout.Direction.LeftToRight if event.size().width() >= wanted
                     else QBoxLayout.Direction.TopToBottom)
        if direction != self.box.direction():
            self.box.setDirection(direction)
            self.updateGeometry()  # the height it needs changes with the direction


def source_row(view: QTableView) -> int:
    """The model row of the view's current row (-1 without one)."""
    index = view.currentIndex()
    if not index.isValid():
        return -1
    proxy = view.model()
    return proxy.mapToSource(index).row() if isinstance(proxy, QSortFilterProxyModel) else index.row()


def select_source_row(view: QTableView, row: int) -> None:
    model = view.model()
    if isinstance(model, QSortFilterProxyModel):
        index = model.mapFromSource(model.sourceModel().index(row, 0))
    else:
        index = model.index(row, 0)
    view.setCurrentIndex(index)
    view.selectRow(index.row())


# --- contacts and safety numbers ---------------------------------------------------------------------

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
        self.digits.setMinimumWidth(self.digits.fontMetrics().horizontalAdvance("00000  " * 4))
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.unverify_button)
        buttons.addWidget(self.verify_button)
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
        self.digits.setText("\n".join("  ".join(groups[row:row + 4]) for row in range(0, 12, 4)))
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
        mine = QHBoxLayout()
        mine.addWidget(self.save_card_button)
        mine.addWidget(self.copy_card_button)
        left_layout.addLayout(mine)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.safety)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

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

    def _add(self, data: bytes | str) -> None:
        try:
            added = self.service.add_contact(data)
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
            QGuiApplication.clipboard().setText(self.service.my_card().to_text())
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


# --- preview and writing a share -----------------------------------------------------------------------

class PreviewDialog(QDialog):
    """Exactly what a share file will hold: a line per item, the counts, the full text on demand."""

    def __init__(self, preview: SharePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(tr("What will be sent"))
        self.summary = QLabel(tr("To {name}: {counts}. Only {name} can open the file.").format(
            name=preview.contact.name, counts=counts_text(preview.counts)))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("Share summary"))
        self.model = PreviewModel(self)
        self.model.set_rows(preview.lines)
        self.view = table_view(self.model, tr("Items to send"))
        self.view.sortByColumn(PreviewModel.COL_DATE, Qt.SortOrder.AscendingOrder)
        self.full_button = QPushButton(tr("Show &full text"))
        self.full_button.setAccessibleName(tr("Show the full text of the chosen item"))
        self.full_button.setCheckable(True)
        self.full_button.toggled.connect(self._update_text)
        self.text = MarkdownView()
        self.text.setAccessibleName(tr("Full text"))
        self.text.hide()
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_text())
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(tr("&Save share file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setAccessibleName(tr("Save share file"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.full_button)
        layout.addWidget(self.text, 2)
        layout.addWidget(self.buttons)
        self.resize(720, 520)
        if self.model.rowCount():
            select_source_row(self.view, 0)

    def _update_text(self, *_args: object) -> None:
        shown = self.full_button.isChecked()
        self.text.setVisible(shown)
        row = source_row(self.view)
        if not shown or row < 0:
            self.text.clear_content()
            return
        line = self.model.line_at(row)
        if line.kind == "summary":
            item = next(i for i in self.preview.items if i.item_id == line.item_id)
            from integration_journal.crypto import cbor

            document = cbor.decode(item.data)
            markdown = record_markdown(None, document["title"], document["text"])
        elif line.kind == "prompt_pack":
            markdown = f"# {escape_markdown(line.record.title)}\n"
        elif isinstance(line.record, r.Annotation):
            markdown = escape_markdown(line.record.text)
        else:
            markdown = record_markdown(line.record)
        self.text.set_html(render_markdown(markdown))

    def done(self, result: int) -> None:  # noqa: D102 - nothing of the share stays in the widgets
        self.text.clear_content()
        self.model.clear()
        super().done(result)


class _Relay(QObject):
    """Lives on the UI thread; the worker reports progress through its queued signal."""

    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


class ShareWriter(QObject):
    """Preview → confirm → choose a file → write it off the UI thread with progress → say where it went.

    `finished(log_or_None)` is emitted at the end (None when cancelled or refused)."""

    finished = Signal(object)

    def __init__(self, owner: QWidget, ctx: Any, service: SharingService, progress: QProgressBar,
                 status: QLabel) -> None:
        super().__init__(owner)
        self.owner, self.ctx, self.service = owner, ctx, service
        self.progress, self.status = progress, status
        self.dialog: PreviewDialog | None = None
        self.busy = False
        self.cancelled = False  # the page was cleared (locked): a result arriving later is dropped
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)

    def start(self, contact: r.Contact | None, selection: ShareSelection, stem: str) -> bool:
        if self.busy:
            return False
        if contact is None:
            show_problem(self.status, tr("Choose a contact first."))
            return False
        if not contact.verified:
            show_problem(self.status, tr("Compare the safety number with {name} and mark them verified before "
                                         "sharing.").format(name=contact.name))
            return False
        try:
            preview = self.service.preview(contact, selection)
        except JournalError as exc:
            show_problem(self.status, describe_sharing(exc))
            return False
        show_problem(self.status, "")
        self.dialog = PreviewDialog(preview, self.owner)
        self.dialog.accepted.connect(lambda p=preview, s=stem: self._chosen(p, s))
        self.dialog.rejected.connect(lambda: self._end(None))
        self.dialog.open()
        return True

    def _chosen(self, preview: SharePreview, stem: str) -> None:
        self.dialog = None
        today = self.ctx.today().isoformat()
        path = self.ctx.dialogs.save_path(self.owner, tr("Save share file"),
                                          Path.home() / f"{stem}-{today}{BUNDLE_SUFFIX}",
                                          tr("Share files (*{suffix})").format(suffix=BUNDLE_SUFFIX))
        if path is None:
            self._end(None)
            return
        if path.suffix != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        self.busy = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setStyleSheet("")
        self.status.setText(tr("Encrypting and writing the share file…"))
        self.status.show()

        def work():
            return self.service.write_share(preview, lambda data: write_private_file(path, data), self._relay.report)

        def done(log: r.ShareLog) -> None:
            self.busy = False
            self.progress.hide()
            if self.cancelled:
                return
            self.ctx.notify_changed("share_log")
            self.status.setText(tr("Saved {name}: {counts}, readable only by {contact}. Give the file to them "
                                   "the way you agreed (for example on a USB stick or by email).").format(
                name=path.name, counts=counts_text(preview.counts), contact=preview.contact.name))
            self._end(log)

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.progress.hide()
            if not self.cancelled:
                show_problem(self.status, describe_sharing(exc))
            self._end(None)

        run_in_background(work, done, failed, parent=self)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end(self, log: r.ShareLog | None) -> None:
        self.dialog = None
        self.finished.emit(log)

    def cancel(self) -> None:
        self.cancelled = True
        if self.dialog is not None:
            self.dialog.reject()


def busy_bar(name: str) -> QProgressBar:
    bar = QProgressBar()
    bar.setAccessibleName(name)
    bar.setTextVisible(False)
    bar.setMaximumWidth(200)
    bar.hide()
    return bar


def status_label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def receive_file(owner: QWidget, ctx: Any, service: SharingService, status: QLabel, progress: QProgressBar,
                 on_done: Callable[[Any], None], title: str) -> None:
    """Ask for a .ijshare file and import it off the UI thread; every refusal is said in plain words."""
    path = ctx.dialogs.open_path(owner, title, Path.home(), tr("Share files (*{suffix})").format(suffix=BUNDLE_SUFFIX))
    if path is None:
        return
    relay = _Relay(owner)

    def moved(done: int, total: int) -> None:
        progress.setRange(0, max(total, 1))
        progress.setValue(done)

    relay.progressed.connect(moved)
    progress.setRange(0, 0)
    progress.show()
    status.setStyleSheet("")
    status.setText(tr("Checking {name}…").format(name=path.name))
    status.show()

    def finish() -> None:
        progress.hide()
        relay.deleteLater()

    def done(result) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        show_problem(status, tr("{name} was not imported. {reason} Nothing from it was shown or kept.").format(
            name=path.name, reason=describe_sharing(exc)))

    run_in_background(lambda: service.receive_file(path, relay.report), done, failed, parent=owner)


def result_text(result) -> str:
    parts = []
    for count, one, many in ((result.added, "{n} new item", "{n} new items"),
                             (result.updated, "{n} updated", "{n} updated"),
                             (result.withdrawn, "{n} withdrawn", "{n} withdrawn"),
                             (result.comments, "{n} comment", "{n} comments"),
                             (result.prompt_packs, "{n} prompt pack", "{n} prompt packs")):
        if count:
            parts.append(tr(one if count == 1 else many).format(n=count))
    return tr("Imported from {name}: {parts}.").format(name=result.contact.name,
                                                       parts=", ".join(parts) or tr("nothing new"))


def fill_contacts(combo: QComboBox, service: SharingService) -> None:
    """Put every contact into `combo` (data: the record id), keeping the chosen one; no change signals."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for contact in service.contacts():
        combo.addItem(contact.name, contact.id)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
    combo.blockSignals(False)


def filter_edit(view: QTableView, name: str, placeholder: str) -> QLineEdit:
    """A search field that filters `view`'s proxy on its first column."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    proxy = view.model()
    edit.textChanged.connect(proxy.setFilterFixedString)
    return edit
