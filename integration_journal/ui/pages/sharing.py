"""The Sharing page (patient): contacts and safety numbers, choosing what to share with a preview, writing
the encrypted share file, the sharing history, and importing replies from the therapist.

Nothing leaves the vault except the `.ijshare` file the person saves, readable only by the contact it is
for; every step goes through core.sharing.SharingService.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core import records as r
from integration_journal.core import summary as core_summary
from integration_journal.core.prompts import PromptPackError, parse_pack_record
from integration_journal.core.sharing import ShareSelection, SharingService
from integration_journal.errors import JournalError
from integration_journal.ui.models import date_text
from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.sharing.contact_combo import fill_contacts
from integration_journal.ui.sharing.contacts_panel import ContactsPanel
from integration_journal.ui.sharing.models import CheckableModel, HistoryModel
from integration_journal.ui.sharing.receiving import receive_file, result_text
from integration_journal.ui.sharing.replies_list import RepliesPanel
from integration_journal.ui.sharing.share_writer import ShareWriter
from integration_journal.ui.sharing.side_by_side import SideBySide
from integration_journal.ui.sharing.status_widgets import busy_bar, status_label
from integration_journal.ui.sharing.tables import filter_edit, keep_rows_visible, source_row, table_view
from integration_journal.ui.sharing.texts import record_label, tr
from integration_journal.ui.widgets.date_field import DateField
from integration_journal.ui.widgets.fonts import heading_font
from integration_journal.ui.widgets.form_parts import show_problem
from integration_journal.ui.widgets.labels import wrapping_label
from integration_journal.ui.widgets.layout import flow_row, scrolling


class SharingPage(Page):
    PAGE_ID = "sharing"
    TITLE = "Sharing"

    TAB_CONTACTS, TAB_SHARE, TAB_HISTORY, TAB_REPLIES = range(4)

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.service = SharingService(ctx.journal)
        self._cleared = False
        heading = QLabel(self.tr("Sharing with your therapist"))
        heading.setFont(heading_font(self.font()))
        intro = wrapping_label(self.tr(
            "You decide what your therapist sees. A share file can be opened only by the contact it is for, "
            "and it shows that it comes from you. Nothing is sent anywhere by the app: you give the file to "
            "them yourself."), secondary=True)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sharing sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Sharing sections"))  # Tab stops on the tab list
        self.contacts = ContactsPanel(ctx, self.service, noun=self.tr("My contacts"))
        self.contacts.contacts_changed.connect(self._reload_contact_choice)
        keep_rows_visible(self.contacts.view, 6)
        # Every tab scrolls in a short window (large font sizes) instead of squeezing its wrapped text
        # over its lists.
        tabs = ((self.contacts, self.tr("My &contacts")), (self._build_share(), self.tr("&Share")),
                (self._build_history(), self.tr("Histor&y")), (self._build_replies(), self.tr("&Replies")))
        for content, text in tabs:
            self.tabs.addTab(scrolling(content, text.replace("&", "")), text)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        self._loaded = False

    # --- building ----------------------------------------------------------------------------------

    def _build_share(self) -> QWidget:
        page = QWidget()
        self.contact_combo = QComboBox()
        self.contact_combo.setAccessibleName(self.tr("Share with"))
        self.contact_combo.currentIndexChanged.connect(self._contact_chosen)
        to_label = QLabel(self.tr("Share &with:"))
        to_label.setBuddy(self.contact_combo)
        self.contact_state = QLabel()
        self.contact_state.setWordWrap(True)
        self.contact_state.setAccessibleName(self.tr("Contact state"))

        self.flagged_check = QCheckBox(self.tr("&Entries marked “share with therapist”"))
        self.flagged_check.setAccessibleName(self.tr("Entries marked share with therapist"))
        self.flagged_check.setChecked(True)
        self.sessions_check = QCheckBox(self.tr("Treatment sess&ions"))
        self.sessions_check.setAccessibleName(self.tr("Treatment sessions"))
        self.questionnaires_check = QCheckBox(self.tr("&Questionnaire results"))
        self.questionnaires_check.setAccessibleName(self.tr("Questionnaire results"))
        self.checkins_check = QCheckBox(self.tr("Daily chec&k-ins"))
        self.checkins_check.setAccessibleName(self.tr("Daily check-ins"))
        self.summary_check = QCheckBox(self.tr("An appointment s&ummary"))
        self.summary_check.setAccessibleName(self.tr("An appointment summary"))
        self.date_from, self.date_to = DateField(latest=self._today), DateField(latest=self._today)
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setAccessibleName(name)
        from_label, to_label2 = QLabel(self.tr("&From:")), QLabel(self.tr("&To:"))
        from_label.setBuddy(self.date_from)
        to_label2.setBuddy(self.date_to)
        what = QGroupBox(self.tr("What to share (within these dates)"))
        what_layout = QVBoxLayout(what)
        # Rows that wrap rather than widen the window at large font sizes.
        what_layout.addWidget(flow_row([(from_label, self.date_from), (to_label2, self.date_to)]))
        what_layout.addWidget(flow_row([self.flagged_check, self.sessions_check, self.questionnaires_check,
                                        self.checkins_check, self.summary_check], spacing=12))
        what_layout.addWidget(wrapping_label(self.tr(
            "Sharing PHQ-9 results includes your answer to item 9 (thoughts of being better off dead or of hurting "
            "yourself). Your therapist sees only what you give them in a file, when they open it; the app does "
            "not watch your answers."), secondary=True))

        self.pick_model = CheckableModel((self.tr("Entry"), self.tr("Date")), self)
        self.pick_view = table_view(self.pick_model, self.tr("Pick entries to share"))
        self.pick_view.sortByColumn(CheckableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.pick_search = filter_edit(self.pick_view, self.tr("Search entries to pick"),
                                       self.tr("Search the titles…"))
        pick_box = QGroupBox(self.tr("Also share these entries"))
        pick_layout = QVBoxLayout(pick_box)
        pick_layout.addWidget(self.pick_search)
        pick_layout.addWidget(self.pick_view)

        self.withdraw_model = CheckableModel((self.tr("Shared before"), self.tr("Date")), self)
        self.withdraw_view = table_view(self.withdraw_model, self.tr("Entries to withdraw"))
        self.withdraw_view.sortByColumn(CheckableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        withdraw_box = QGroupBox(self.tr("Withdraw entries shared before"))
        withdraw_layout = QVBoxLayout(withdraw_box)
        withdraw_layout.addWidget(wrapping_label(self.tr(
            "A withdrawal asks your therapist's app to remove its copy when they import the file."), secondary=True))
        withdraw_layout.addWidget(self.withdraw_view)

        for view in (self.pick_view, self.withdraw_view):
            keep_rows_visible(view)
        lists = SideBySide(pick_box, withdraw_box, (3, 2))  # stacked when too narrow for both

        self.preview_button = QPushButton(self.tr("&Preview and save…"))
        self.preview_button.setAccessibleName(self.tr("Preview and save the share file"))
        self.preview_button.clicked.connect(self.start_share)
        self.share_progress = busy_bar(self.tr("Writing the share file"))
        self.share_status = status_label(self.tr("Share status"))
        self.writer = ShareWriter(self, self.ctx, self.service, self.share_progress, self.share_status)
        self.writer.finished.connect(self._shared)
        foot = QHBoxLayout()
        foot.addWidget(self.share_status, 1)
        foot.addStretch(0)
        foot.addWidget(self.share_progress)
        foot.addWidget(self.preview_button)

        row = QHBoxLayout()
        row.addWidget(to_label)
        row.addWidget(self.contact_combo, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.contact_state)
        layout.addWidget(what)
        layout.addWidget(lists, 1)
        layout.addLayout(foot)
        return page

    def _build_history(self) -> QWidget:
        page = QWidget()
        self.history_model = HistoryModel(self)
        self.history_view = table_view(self.history_model, self.tr("Sharing history"), stretch=HistoryModel.COL_TO)
        self.history_view.sortByColumn(HistoryModel.COL_SENT, Qt.SortOrder.DescendingOrder)
        self.history_view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_log())
        self.history_items = QPlainTextEdit()
        self.history_items.setReadOnly(True)
        self.history_items.setTabChangesFocus(True)
        self.history_items.setAccessibleName(self.tr("What this share file held"))
        self.history_items.setPlaceholderText(self.tr("Choose a share file above to see what it held."))
        layout = QVBoxLayout(page)
        layout.addWidget(wrapping_label(self.tr("Every share file you saved: when, for whom and what it held."),
                                        secondary=True))
        keep_rows_visible(self.history_view)
        keep_rows_visible(self.history_items, 4)
        layout.addWidget(self.history_view, 2)
        layout.addWidget(self.history_items, 1)
        return page

    def _show_log(self) -> None:
        row = source_row(self.history_view)
        if row < 0:
            self.history_items.setPlainText("")
            return
        log = self.history_model.log_at(row)
        lines = []
        for item_id in log.item_ids:
            record = self.ctx.journal.get(item_id) if item_id in self.ctx.journal else None
            lines.append(record_label(record) if record is not None else self.tr("An item deleted since, or a "
                                                                                 "summary or withdrawal"))
        self.history_items.setPlainText("\n".join(lines))

    def _build_replies(self) -> QWidget:
        page = QWidget()
        self.receive_button = QPushButton(self.tr("&Open a reply from your therapist…"))
        self.receive_button.setAccessibleName(self.tr("Open a reply from your therapist"))
        self.receive_button.clicked.connect(self.receive_reply)
        self.receive_progress = busy_bar(self.tr("Checking the reply"))
        self.receive_status = status_label(self.tr("Reply status"))
        self.replies = RepliesPanel(self.service)
        self.replies.open_requested.connect(lambda page, args: self.ctx.navigate(page, **args))
        self.packs_model = CheckableModel((self.tr("Prompt pack (from)"), self.tr("Received")), self)
        self.packs_view = table_view(self.packs_model, self.tr("Prompt packs from your therapist"))
        self.packs_model.dataChanged.connect(self._pack_toggled)
        row = QHBoxLayout()
        row.addWidget(self.receive_button)
        row.addWidget(self.receive_progress)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(wrapping_label(self.tr(
            "Your therapist can send back comments on what you shared and prompt packs for the guided prompts. "
            "Comments are listed here and appear beside the entry in the Journal; ticked prompt packs are offered "
            "in the guided prompts."), secondary=True))
        layout.addLayout(row)
        layout.addWidget(self.receive_status)
        layout.addWidget(self.replies, 2)
        packs_heading = QLabel(self.tr("Prompt packs from your therapist"))
        packs_heading.setFont(self.replies.heading.font())
        layout.addWidget(packs_heading)
        keep_rows_visible(self.packs_view)
        layout.addWidget(self.packs_view, 1)
        return page

    # --- loading -----------------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return self.ctx.today()

    def activate(self, **args: Any) -> None:
        if not self._loaded:
            self._loaded = True
            today = self._today()
            start, _end = core_summary.default_range(self.ctx.journal, today)
            self.date_from.set_day(start)
            self.date_to.set_day(today)
            self.contacts.reload()
        self._reload_entries()
        self._reload_history()
        self._reload_packs()
        self.replies.reload()

    def records_changed(self, kinds: set[str]) -> None:
        if self._cleared or not self._loaded:
            return
        if "entry" in kinds:
            self._reload_entries()
        if "prompt_pack" in kinds:
            self._reload_packs()
        if kinds & {"annotation", "entry", "session", "contact"}:  # a comment's entry retitled or deleted
            self.replies.reload()

    def _reload_contact_choice(self) -> None:
        fill_contacts(self.contact_combo, self.service)
        self._contact_chosen()

    def chosen_contact(self) -> r.Contact | None:
        contact_id = self.contact_combo.currentData()
        if contact_id is None:
            return None
        try:
            return self.ctx.journal.get_as(contact_id, r.Contact)
        except JournalError:
            return None

    def _contact_chosen(self, *_args: object) -> None:
        contact = self.chosen_contact()
        if contact is None:
            show_problem(self.contact_state, self.tr("Add your therapist on the My contacts tab first."))
        elif not contact.verified:
            show_problem(self.contact_state, self.tr(
                "{name} is not verified: compare the safety number on the My contacts tab before sharing.")
                .format(name=contact.name))
        else:
            show_problem(self.contact_state, "")
        self.preview_button.setEnabled(contact is not None and contact.verified)
        self._reload_withdrawable(contact)

    def _reload_entries(self) -> None:
        entries = self.ctx.journal.list(r.Entry, light=True)  # labels only: no bodies needed
        self.pick_model.set_items([(e.id, record_label(e), e.created.astimezone().date()) for e in entries])

    def _reload_withdrawable(self, contact: r.Contact | None) -> None:
        items: dict[bytes, tuple[bytes, str, dt.date | None]] = {}
        if contact is not None:
            for log in self.service.history(contact):
                for item_id in log.item_ids:
                    if item_id in items:
                        continue
                    record = self.ctx.journal.get(item_id) if item_id in self.ctx.journal else None
                    if record is None:
                        items[item_id] = (item_id, self.tr("An entry deleted since"), log.sent_at.astimezone().date())
                    elif isinstance(record, r.Entry):
                        items[item_id] = (item_id, record_label(record), record.created.astimezone().date())
        self.withdraw_model.set_items(list(items.values()))

    def _reload_history(self) -> None:
        self.history_model.set_rows(self.service.history())
        self._show_log()

    def _reload_packs(self) -> None:
        rows = []
        enabled = set()
        for record in self.ctx.journal.list(r.PromptPackRecord):
            if record.signer_fingerprint is None:
                continue  # authored here, not received
            try:
                author = parse_pack_record(record).author
            except PromptPackError:
                author = "?"
            rows.append((record.id, self.tr("{title} (from {author})").format(title=record.title, author=author),
                         record.updated.astimezone().date()))
            if record.enabled:
                enabled.add(record.id)
        self.packs_model.blockSignals(True)
        self.packs_model.set_items(rows)
        for record_id, *_rest in rows:
            self.packs_model.set_checked(record_id, record_id in enabled)
        self.packs_model.blockSignals(False)
        self.packs_model.layoutChanged.emit()

    # --- sharing -----------------------------------------------------------------------------------

    def selection(self) -> ShareSelection:
        start, end = self.date_from.day(), self.date_to.day()
        start, end = min(start, end), max(start, end)
        journal = self.ctx.journal
        sessions = questionnaires = ()
        if self.sessions_check.isChecked():
            sessions = tuple(s.id for s in journal.list(r.TreatmentSession, date_from=start, date_to=end))
        if self.questionnaires_check.isChecked():
            questionnaires = tuple(q.id for q in journal.list(r.QuestionnaireResponse, date_from=start, date_to=end))
        summary = None
        if self.summary_check.isChecked():
            options = core_summary.SummaryOptions(start, end, shared_only=True)
            built = core_summary.build_summary(journal, options)
            summary = (self.tr("Summary {start} – {end}").format(start=date_text(start), end=date_text(end)),
                       core_summary.summary_markdown(built, tr))
        return ShareSelection(
            entry_ids=self.pick_model.checked_ids(), flagged=self.flagged_check.isChecked(), session_ids=sessions,
            questionnaire_ids=questionnaires, checkins=self.checkins_check.isChecked(), date_from=start,
            date_to=end, summary=summary, withdraw_ids=self.withdraw_model.checked_ids())

    def start_share(self) -> None:
        try:
            selection = self.selection()
        except JournalError as exc:
            show_problem(self.share_status, str(exc))
            return
        self.writer.start(self.chosen_contact(), selection, "share")

    def _shared(self, log: r.ShareLog | None) -> None:
        if log is None or self._cleared:
            return
        self._reload_history()
        self._reload_withdrawable(self.chosen_contact())

    # --- replies -----------------------------------------------------------------------------------

    def receive_reply(self) -> None:
        receive_file(self, self.ctx, self.service, self.receive_status, self.receive_progress, self._received,
                     self.tr("Open a reply"))

    def _received(self, result) -> None:
        if self._cleared:
            return
        self.receive_status.setStyleSheet("")
        self.receive_status.setText(result_text(result))
        self.receive_status.show()
        self.ctx.notify_changed("annotation", "prompt_pack", "contact")
        self._reload_packs()
        self.replies.reload()

    def _pack_toggled(self, *_args: object) -> None:
        wanted = set(self.packs_model.checked_ids())
        for record in self.ctx.journal.list(r.PromptPackRecord):
            if record.signer_fingerprint is not None and record.enabled != (record.id in wanted):
                self.ctx.journal.update(dataclasses.replace(record, enabled=record.id in wanted))
                self.ctx.notify_changed("prompt_pack")

    # --- page hooks --------------------------------------------------------------------------------

    def clear(self) -> None:
        self._cleared = True
        self.writer.cancel()
        self.contacts.clear()
        self.replies.clear()
        for model in (self.pick_model, self.withdraw_model, self.history_model, self.packs_model):
            model.clear()
        self.contact_combo.clear()
        self.pick_search.setText("")
        for label in (self.share_status, self.receive_status, self.contact_state):
            label.clear()
        self.history_items.setPlainText("")
