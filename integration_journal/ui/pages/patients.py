"""The Patients page (therapist): patients as contacts (add from card, safety number, verify) and one
patient's dashboard from what they shared: safety flags first, sessions, trends charts, side effects,
latest entries, the "discuss next time" list, and "Reply…" with comments and prompt packs.

The charts are the Trends page's own, drawn over the patient's shared records (a read-only view shaped
like the journal), so they look and read the same on both sides.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core import records as r
from integration_journal.core import summary as core_summary
from integration_journal.core.markdown_render import render_markdown
from integration_journal.core.session_guidance import worst_effect
from integration_journal.core.sharing import SharingService
from integration_journal.core.side_effects import CATALOGUE
from integration_journal.ui import summary_pdf
from integration_journal.ui.markdown_view import MarkdownView
from integration_journal.ui.models import date_text
from integration_journal.ui.pages.base import JournalEvents, Page, PageContext
from integration_journal.ui.pages.trends.page import TrendsPage
from integration_journal.ui.pages.trends.table_model import TrendTableModel
from integration_journal.ui.session_models import (
    effect_label,
    route_label,
    severity_short,
)
from integration_journal.ui.sharing.contact_combo import fill_contacts
from integration_journal.ui.sharing.contacts_panel import ContactsPanel
from integration_journal.ui.sharing.models import CheckableModel
from integration_journal.ui.sharing.reply import start_reply
from integration_journal.ui.sharing.share_writer import ShareWriter
from integration_journal.ui.sharing.status_widgets import busy_bar, status_label
from integration_journal.ui.sharing.tables import table_view
from integration_journal.ui.sharing.texts import record_label
from integration_journal.ui.widgets.fields import find_data
from integration_journal.ui.widgets.fonts import heading_font
from integration_journal.ui.widgets.form_parts import show_problem
from integration_journal.ui.widgets.labels import wrapping_label


class SharedRecords:
    """One patient's shared records, read-only, answering `list(kind=…)` as core.journal.Journal does
    (what core.trends reads); `now`, `today` and `audit` go to the therapist's journal."""

    def __init__(self, journal: Any) -> None:
        self._journal = journal
        self.records: list[r.Record] = []

    def list(self, kind: Any = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
             tag: str | None = None, *, light: bool = False) -> list[r.Record]:
        # `light` as Journal.list takes it; the records held here are whole anyway.
        found = [rec for rec in self.records if kind is None or (rec.KIND == kind if isinstance(kind, str)
                                                                  else isinstance(rec, kind))]
        if date_from is not None or date_to is not None:
            low, high = date_from or dt.date.min, date_to or dt.date.max
            found = [rec for rec in found if low <= rec.local_date() <= high]
        return sorted(found, key=lambda rec: rec.moment, reverse=True)

    def now(self) -> dt.datetime:
        return self._journal.now()

    def today(self) -> dt.date:
        return self._journal.today()

    def audit(self, event: str, **details: Any) -> Any:
        return self._journal.audit(event, **details)


class _OnePatient:
    """The therapist's journal as core.summary.build_briefs reads it, narrowed to one patient's items (so
    one dashboard does not decode what every other patient shared)."""

    def __init__(self, journal: Any, contact: r.Contact, items: list[r.ReceivedItem]) -> None:
        self._journal, self._contact, self._items = journal, contact, items

    def list(self, kind: Any = None, **_filters: Any) -> list[r.Record]:
        if kind == "contact":
            return [self._contact]
        if kind == "received_item":
            return list(self._items)  # this patient's, already read whole for the dashboard
        return self._journal.list(kind)


def _section(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


class CellsModel(TrendTableModel):
    """The Trends page's table model, with dates written as the other lists write them."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and self._valid(index) and index.column() < self.COLUMN_COUNT:
            value = self.cell(index.row(), index.column())
            if isinstance(value, dt.date):
                return date_text(value)
        return super().data(index, role)


def _fixed_table(model, name: str, rows: int = 6, stretch: int = 1):
    view = table_view(model, name, stretch=stretch)
    view.setMinimumHeight(view.verticalHeader().defaultSectionSize() * (rows + 1) + 4)
    return view


class PatientsPage(Page):
    PAGE_ID = "patients"
    TITLE = "Patients"

    TAB_PATIENTS, TAB_DASHBOARD = range(2)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = SharingService(ctx.journal)
        self._cleared = False
        self._loaded = False
        heading = QLabel(self.tr("Patients"))
        heading.setFont(heading_font(self.font()))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Patients sections"))
        self.contacts = ContactsPanel(ctx, self.service, noun=self.tr("Patients"))
        self.contacts.contacts_changed.connect(self._reload_choice)
        self.contacts.current_changed.connect(self._contact_selected)
        self.tabs.addTab(self.contacts, self.tr("Patients and safety &numbers"))
        self.tabs.addTab(self._build_dashboard(), self.tr("Dash&board"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)

    def _build_dashboard(self) -> QWidget:
        self.patient_combo = QComboBox()
        self.patient_combo.setAccessibleName(self.tr("Patient"))
        self.patient_combo.currentIndexChanged.connect(lambda _i: self.show_patient())
        label = QLabel(self.tr("P&atient:"))
        label.setBuddy(self.patient_combo)

        self.safety_view = MarkdownView()
        self.safety_view.setAccessibleName(self.tr("Safety flags"))
        self.safety_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.safety_note = wrapping_label(self.tr(
            "Flags come only from what the patient chose to share: PHQ-9 item 9 answered above zero and red-flag "
            "side effects. A zero or an absent answer is not proof of safety."), secondary=True)

        self.sessions_model = CellsModel(self)
        self.sessions_view = _fixed_table(self.sessions_model, self.tr("Sessions timeline"), stretch=2)
        self.effects_model = CellsModel(self)
        self.effects_view = _fixed_table(self.effects_model, self.tr("Side effects"))
        self.entries_model = CellsModel(self)
        self.entries_view = _fixed_table(self.entries_model, self.tr("Latest shared entries"))
        self.discuss_model = CellsModel(self)
        self.discuss_view = _fixed_table(self.discuss_model, self.tr("Discuss next time"), rows=4)

        self.shared = SharedRecords(self.ctx.journal)
        self.trends_ctx = PageContext(journal=self.shared, workspace=self.ctx.workspace, dialogs=self.ctx.dialogs,
                                      events=JournalEvents())
        self.trends = TrendsPage(self.trends_ctx)
        self.trends.heading.setText(self.tr("Trends from shared check-ins and questionnaires"))
        self.trends.setMinimumHeight(460)

        # reply
        self.pending_label = QLabel()
        self.pending_label.setWordWrap(True)
        self.pending_label.setAccessibleName(self.tr("Comments waiting to be sent"))
        self.packs_model = CheckableModel((self.tr("Prompt pack"), self.tr("Saved")), self)
        self.packs_view = _fixed_table(self.packs_model, self.tr("Prompt packs to send"), rows=3)
        self.reply_button = QPushButton(self.tr("&Reply…"))
        self.reply_button.setAccessibleName(self.tr("Reply to the patient"))
        self.reply_button.setToolTip(self.tr("Writes a share file for this patient with your comments and the "
                                             "ticked prompt packs"))
        self.reply_button.clicked.connect(lambda: self.reply())
        self.reply_progress = busy_bar(self.tr("Writing the reply"))
        self.reply_status = status_label(self.tr("Reply status"))
        self.writer = ShareWriter(self, self.ctx, self.service, self.reply_progress, self.reply_status)
        self.writer.finished.connect(lambda _log: self.show_patient())
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_status, 1)
        reply_row.addWidget(self.reply_progress)
        reply_row.addWidget(self.reply_button)
        reply_box = QGroupBox(self.tr("Reply"))
        reply_layout = QVBoxLayout(reply_box)
        reply_layout.addWidget(self.pending_label)
        reply_layout.addWidget(self.packs_view)
        reply_layout.addLayout(reply_row)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(_section(self.tr("Safety flags"), self.safety_view, self.safety_note))
        pair = QHBoxLayout()
        pair.addWidget(_section(self.tr("Sessions"), self.sessions_view), 1)
        pair.addWidget(_section(self.tr("Side effects"), self.effects_view), 1)
        body_layout.addLayout(pair)
        body_layout.addWidget(self.trends)
        pair2 = QHBoxLayout()
        pair2.addWidget(_section(self.tr("Latest shared entries"), self.entries_view), 3)
        pair2.addWidget(_section(self.tr("Discuss next time"), self.discuss_view), 2)
        body_layout.addLayout(pair2)
        body_layout.addWidget(reply_box)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.scroll.setAccessibleName(self.tr("Patient dashboard"))

        page = QWidget()
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.patient_combo, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        return page

    # --- choosing ----------------------------------------------------------------------------------

    def _reload_choice(self) -> None:
        fill_contacts(self.patient_combo, self.service)
        self.show_patient()

    def _contact_selected(self, contact: r.Contact | None) -> None:
        if contact is not None:
            index = find_data(self.patient_combo, contact.id)
            if index >= 0 and index != self.patient_combo.currentIndex():
                self.patient_combo.setCurrentIndex(index)

    def chosen(self) -> r.Contact | None:
        contact_id = self.patient_combo.currentData()
        if contact_id is None or contact_id not in self.ctx.journal:
            return None
        return self.ctx.journal.get_as(contact_id, r.Contact)

    def open_dashboard(self, contact: r.Contact) -> None:
        index = find_data(self.patient_combo, contact.id)
        if index >= 0:
            self.patient_combo.setCurrentIndex(index)
        self.tabs.setCurrentIndex(self.TAB_DASHBOARD)

    # --- the dashboard -----------------------------------------------------------------------------

    def show_patient(self) -> None:
        if self._cleared:
            return
        contact = self.chosen()
        items = self.service.whole_items(contact) if contact is not None else []  # read once, in batches
        received = self.service.received(items=items)
        records = [rec.record for rec in received if rec.record is not None]
        self.shared.records = records
        self._show_safety(contact, items)
        sessions = sorted((rec for rec in records if isinstance(rec, r.TreatmentSession)), key=lambda s: s.when,
                          reverse=True)
        self.sessions_model.set_table(
            (self.tr("Date"), self.tr("Route"), self.tr("Worst side effect")),
            [(s.when.astimezone().date(), route_label(s.route), self._worst(s)) for s in sessions])
        effects = [(s.when.astimezone().date(), effect_label(rep.effect), severity_short(rep.severity),
                    self.tr("Red flag") if self._red(rep) else "")
                   for s in sessions for rep in s.side_effects if rep.severity > 0]
        self.effects_model.set_table((self.tr("Date"), self.tr("Side effect"), self.tr("Severity"), self.tr("Flag")),
                                     effects)
        entries = [rec for rec in received if isinstance(rec.record, r.Entry)]
        entries.sort(key=lambda rec: rec.record.created, reverse=True)
        self.entries_model.set_table(
            (self.tr("Written"), self.tr("Title"), self.tr("State")),
            [(rec.record.created.astimezone().date(), record_label(rec.record),
              self.tr("Reviewed") if rec.item.reviewed else self.tr("New")) for rec in entries[:20]])
        discuss = [rec for rec in received if rec.item.discuss_next_time]
        self.discuss_model.set_table((self.tr("Date"), self.tr("Item")),
                                     [(rec.record.moment.astimezone().date() if rec.record else
                                       rec.item.received_at.astimezone().date(),
                                       record_label(rec.record, rec.item.item_kind, rec.title)) for rec in discuss])
        self.trends.refresh()
        self._show_reply(contact)

    def _red(self, report: r.SideEffectReport) -> bool:
        effect = CATALOGUE[report.effect]
        return effect.red_flag is not None and effect.red_flag.met_by(report)

    def _worst(self, session: r.TreatmentSession) -> str:
        worst = worst_effect(session.side_effects)
        return "" if worst is None else f"{effect_label(worst.effect)} ({severity_short(worst.severity)})"

    def _show_safety(self, contact: r.Contact | None, items: list[r.ReceivedItem]) -> None:
        if contact is None:
            self.safety_view.set_html(render_markdown(self.tr("Choose a patient.")))
            return
        briefs = core_summary.build_briefs(_OnePatient(self.ctx.journal, contact, items), dt.date.min, dt.date.max)
        brief = briefs[0] if briefs else None
        if brief is None or not brief.safety:
            self.safety_view.set_html(render_markdown(self.tr("No safety flags in what {name} has shared.").format(
                name=core_summary.escape_markdown(contact.name))))
            return
        tr = summary_pdf.tr
        lines = core_summary.safety_lines(brief.safety, tr)
        if brief.safety.ask_about:  # the same split as the summary and the brief: flags, then what to ask about
            lines += ["" if lines else None, f"**{tr(core_summary.SECTION_TITLES['ask_about'])}**", "",
                      *core_summary.ask_about_lines(brief.safety, tr)]
        self.safety_view.set_html(render_markdown("\n".join(line for line in lines if line is not None)))

    def safety_text(self) -> str:
        return self.safety_view.toPlainText()

    def _show_reply(self, contact: r.Contact | None) -> None:
        packs = [rec for rec in self.ctx.journal.list(r.PromptPackRecord) if rec.signer_fingerprint is None]
        self.packs_model.set_items([(p.id, self.tr("{title} (version {version})").format(title=p.title,
                                                                                         version=p.version),
                                     p.updated.astimezone().date()) for p in packs])
        if contact is None:
            self.pending_label.setText("")
            self.reply_button.setEnabled(False)
            return
        pending = self.service.pending_comments(contact)
        count = len(pending)
        self.pending_label.setText(
            self.tr("%n comment(s) for {name} not sent yet. Tick prompt packs to send them too.", "",
                    count).format(name=contact.name) if count else
            self.tr("No comments for {name} are waiting to be sent. Tick prompt packs to send them.").format(
                name=contact.name))
        self.reply_button.setEnabled(True)
        if not contact.verified:
            show_problem(self.reply_status, self.tr("Compare the safety number with {name} before replying.")
                         .format(name=contact.name))
        else:
            show_problem(self.reply_status, "")

    def reply(self, pack_ids: tuple[bytes, ...] | None = None) -> None:
        ids = self.packs_model.checked_ids() if pack_ids is None else pack_ids
        start_reply(self.writer, self.chosen(), ids)

    # --- page hooks --------------------------------------------------------------------------------

    def activate(self, **args: Any) -> None:
        if not self._loaded:
            self._loaded = True
            self.contacts.reload()
        else:
            self.show_patient()
        contact_id = args.get("contact_id")
        if contact_id is not None and contact_id in self.ctx.journal:
            self.open_dashboard(self.ctx.journal.get_as(contact_id, r.Contact))

    def records_changed(self, kinds: set[str]) -> None:
        if self._cleared or not self._loaded:
            return
        if "contact" in kinds:
            self.contacts.reload()
        elif kinds & {"received_item", "annotation", "prompt_pack", "share_log"}:
            self.show_patient()

    def clear(self) -> None:
        self._cleared = True
        self.writer.cancel()
        self.contacts.clear()
        self.shared.records = []
        for model in (self.sessions_model, self.effects_model, self.entries_model, self.discuss_model,
                      self.packs_model):
            model.clear()
        self.safety_view.clear_content()
        self.trends.clear()
        self.patient_combo.clear()
        self.pending_label.clear()
        self.reply_status.clear()

