"""The Sessions page: logged treatment sessions, newest first, and the form to log, edit or delete one.

A save that logs thoughts of self-harm opens the support panel of PHQ-9 item 9 (docs/clinical.md §4.2, §3.9)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import importlib.util
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.records import Draft, Phase, TreatmentSession
from integration_journal.core.session_guidance import (
    SAFETY_FLOW_INSTRUMENT,
    Guidance,
    guidance_for_session,
    safety_flow_value,
)
from integration_journal.errors import JournalError
from integration_journal.ui.messages import describe
from integration_journal.ui.models import SORT_ROLE, date_text
from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.session_form.form import SessionForm
from integration_journal.ui.session_form.guidance_panel import GuidancePanel
from integration_journal.ui.session_models import (
    SessionTableModel,
    course_label,
    duration_label,
    effect_label,
    format_dose,
    format_when,
    route_label,
    setting_label,
    severity_short,
)
from integration_journal.ui.widgets.fonts import heading_font
from integration_journal.ui.widgets.labels import wrapping_label
from integration_journal.ui.widgets.layout import FitScrollArea

SESSION_KIND = "session"
DRAFT_KIND = "draft"
# What the red-flag "support options" button asks the shell for: the "Get help now" panel (emergency
# number, crisis lines, the safety plan, the clinic), which the shell opens over any page.
SUPPORT_PAGE = "help_now"
# A session logged for later today (a planned one) is not offered the same-day prompts yet.
_SAME_DAY_SLACK = dt.timedelta(hours=1)


def support_page_available() -> bool:
    """Whether the app has the support panel, so "Open support options" leads somewhere; without it
    the guidance text stands alone."""
    return importlib.util.find_spec("integration_journal.ui.safety_panel") is not None


class SessionsPage(Page):
    PAGE_ID = "sessions"
    TITLE = "Sessions"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._offered_session_id: bytes | None = None
        self._deleted_snapshot_id: bytes | None = None
        self._form_draft_id: bytes | None = None  # the draft the open form continues or was kept as
        self.safety_panel: Any = None  # ui.safety_panel.SafetyPanel, once a save opened it
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.list_panel = QWidget()
        self._build_list_panel()
        self.stack.addWidget(self.list_panel)

        # The form (32 side-effect rows, ~200 ms to build) is made when first needed, so the page
        # opens on its list at once.
        self._form: SessionForm | None = None
        self._support = support_page_available()
        self.saved_guidance.set_support_available(self._support)
        self.reload()

    @property
    def form(self) -> SessionForm:
        if self._form is None:
            form = self._form = SessionForm(self.ctx.now)
            form.save_requested.connect(self._save)
            form.cancel_requested.connect(self._cancel)
            form.support_requested.connect(self._open_support)
            form.guidance.set_support_available(self._support)
            self.stack.addWidget(form)
        return self._form

    # --- building ----------------------------------------------------------------------------------

    def _build_list_panel(self) -> None:
        layout = QVBoxLayout(self.list_panel)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        heading = QLabel(self.tr("Sessions"))
        heading.setFont(heading_font(self.font()))
        top.addWidget(heading, 1)
        self.new_button = QPushButton(self.tr("Log a &session…"))
        self.new_button.setAccessibleName(self.tr("Log a session"))
        self.new_button.setToolTip(self.tr("Log a treatment session (Ctrl+N)"))
        self.new_button.clicked.connect(self.start_new)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.draft_banner = self._banner()
        draft_layout = QHBoxLayout(self.draft_banner)
        self.draft_label = wrapping_label(self.tr(
            "You were logging a session when the journal locked. It was kept, encrypted."))
        draft_layout.addWidget(self.draft_label, 1)
        self.draft_continue = QPushButton(self.tr("Continue"))
        self.draft_continue.setAccessibleName(self.tr("Continue the unfinished session log"))
        self.draft_continue.clicked.connect(self._continue_draft)
        self.draft_discard = QPushButton(self.tr("Discard"))
        self.draft_discard.setAccessibleName(self.tr("Discard the unfinished session log"))
        self.draft_discard.clicked.connect(self._discard_draft)
        draft_layout.addWidget(self.draft_continue)
        draft_layout.addWidget(self.draft_discard)
        layout.addWidget(self.draft_banner)

        self.banner = self._banner()
        banner_layout = QVBoxLayout(self.banner)
        top_row = QHBoxLayout()
        texts = QVBoxLayout()
        self.banner_label = wrapping_label()
        self.banner_label.setAccessibleName(self.tr("Notice"))
        texts.addWidget(self.banner_label)
        self.offer_label = wrapping_label(self.tr("Would you like a few gentle questions for today?"))
        texts.addWidget(self.offer_label)
        top_row.addLayout(texts, 1)
        self.offer_button = QPushButton(self.tr("&Open gentle questions"))
        self.offer_button.setAccessibleName(self.tr("Open a few gentle questions for today"))
        self.offer_button.clicked.connect(self._open_same_day)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: bring the session back"))
        self.undo_button.clicked.connect(self._undo_delete)
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setAccessibleName(self.tr("Close this notice"))
        self.dismiss_button.clicked.connect(self.hide_banner)
        for button in (self.offer_button, self.undo_button, self.dismiss_button):
            top_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addLayout(top_row)
        # After a save, the guidance for what was logged stays in view here.
        self.saved_guidance = GuidancePanel()
        self.saved_guidance.support_requested.connect(self._open_support)
        banner_layout.addWidget(self.saved_guidance)
        banner_layout.addStretch(1)
        self.banner_area = FitScrollArea(self.banner, self.list_panel, 0.45)
        layout.addWidget(self.banner_area)

        self.model = SessionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Logged sessions"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setCornerButtonEnabled(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(SessionTableModel.COL_WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setAccessibleName(self.tr("Rows"))
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Columns: choose one to sort by it"))
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(SessionTableModel.COLUMN_COUNT - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SessionTableModel.COL_EFFECT, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())

        self.empty_label = QLabel(self.tr(
            "No sessions logged yet. After a treatment session you can note here how it went — "
            "as much or as little as you like."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No sessions logged yet"))
        self.content = QStackedWidget()
        self.content.addWidget(self.table)
        self.content.addWidget(self.empty_label)

        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The selected session"))
        self.detail.setOpenLinks(False)
        self.detail.setTabChangesFocus(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.content)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        actions = QHBoxLayout()
        actions.addStretch(1)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected session"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected session"))
        self.delete_button.clicked.connect(self.delete_selected)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)

        new = QShortcut(QKeySequence(QKeySequence.StandardKey.New), self.list_panel)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.start_new)
        for key, slot in ((Qt.Key.Key_Delete, self.delete_selected), (Qt.Key.Key_Return, self.edit_selected),
                          (Qt.Key.Key_Enter, self.edit_selected)):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        QWidget.setTabOrder(self.new_button, self.draft_continue)
        QWidget.setTabOrder(self.draft_continue, self.draft_discard)
        QWidget.setTabOrder(self.draft_discard, self.offer_button)
        QWidget.setTabOrder(self.offer_button, self.undo_button)
        QWidget.setTabOrder(self.undo_button, self.dismiss_button)
        QWidget.setTabOrder(self.dismiss_button, self.saved_guidance.support_button)
        QWidget.setTabOrder(self.saved_guidance.support_button, self.table)
        QWidget.setTabOrder(self.table, self.detail)
        QWidget.setTabOrder(self.detail, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        self.banner_area.hide()

    def _banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("notice")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("QFrame#notice { border: 1px solid palette(mid); border-radius: 4px; }")
        return frame

    # --- page hooks ------------------------------------------------------------------------------------

    def activate(self, **args: Any) -> None:
        session_id = args.get("session_id")
        if args.get("new"):
            self.start_new()
        elif isinstance(session_id, bytes):
            self.stack.setCurrentWidget(self.list_panel)
            self.select(session_id)
        if self.stack.currentWidget() is self.list_panel:
            self._refresh_draft_banner()
            self.table.setFocus()

    def records_changed(self, kinds: set[str]) -> None:
        if SESSION_KIND in kinds:
            self.reload()

    def save_state(self) -> None:
        """An open, changed form is kept as an encrypted draft and offered again after unlock."""
        if self._form is None or self.stack.currentWidget() is not self._form or not self._form.is_dirty():
            return
        editing = self.form.editing
        state = self.form.state()
        journal = self.ctx.journal
        target_id = editing.id if editing else None
        try:
            draft_id = self._form_draft_id
            old = journal.get(draft_id) if draft_id is not None and draft_id in journal else None
            if isinstance(old, Draft):
                journal.update(dataclasses.replace(old, state=state, target_id=target_id))
            else:
                draft = journal.add(Draft(target_kind=SESSION_KIND, target_id=target_id, state=state))
                self._form_draft_id = draft.id
        except JournalError:
            pass  # locking must go on; the shell reports storage trouble on its own

    def clear(self) -> None:
        self.model.clear()
        if self._form is not None:
            self._form.clear()
        if self.safety_panel is not None:
            self.safety_panel.wipe()
            self.safety_panel = None
        self.detail.clear()
        self.saved_guidance.set_guidance(())
        self.banner_area.hide()
        self.draft_banner.hide()
        self._offered_session_id = self._deleted_snapshot_id = self._form_draft_id = None
        self.stack.setCurrentWidget(self.list_panel)

    # --- list --------------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_session()
        sessions = self.ctx.journal.list(kind=SESSION_KIND)
        self.model.set_rows(sessions)
        self.content.setCurrentWidget(self.table if sessions else self.empty_label)
        has_rows = bool(sessions)
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)
        if selected is not None and self.model.row_of(selected.id) >= 0:
            self.select(selected.id)
        elif has_rows:
            self._select_proxy_row(0)
        self._show_detail()
        self._refresh_draft_banner()

    def select(self, session_id: bytes) -> bool:
        row = self.model.row_of(session_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._select_proxy_row(index.row())
        return True

    def _select_proxy_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def selected_session(self) -> TreatmentSession | None:
        index: QModelIndex = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        if not 0 <= source.row() < self.model.rowCount():
            return None
        return self.model.session_at(source.row())

    def _show_detail(self) -> None:
        session = self.selected_session()
        self.detail.setHtml(_detail_html(self, session) if session is not None else "")

    # --- actions ---------------------------------------------------------------------------------------

    def start_new(self) -> None:
        self.hide_banner()
        sessions = self.ctx.journal.list(kind=SESSION_KIND)
        self.form.start_new(self.ctx.now().astimezone(), defaults=sessions[0] if sessions else None)
        self._show_form()

    def edit_selected(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        self.hide_banner()
        self.form.start_edit(session)
        self._show_form()

    def _show_form(self) -> None:
        self.stack.setCurrentWidget(self.form)
        self.form.when_edit.setFocus()

    def _save(self, session: TreatmentSession) -> None:
        journal = self.ctx.journal
        before = self.form.editing
        is_new = before is None
        try:
            stored = journal.add(session) if is_new else journal.update(session)
        except JournalError as error:
            self.form.show_problem(describe(error))
            return
        support_value = safety_flow_value(stored, before)
        self._drop_draft()
        self.form.clear()
        self.stack.setCurrentWidget(self.list_panel)
        self.ctx.notify_changed(SESSION_KIND)
        self.reload()  # also when the shell did not route the change back to this page
        self.select(stored.id)
        self._show_saved(stored, is_new)
        self.table.setFocus()
        if support_value is not None:
            self._open_safety_flow(support_value)

    def _open_safety_flow(self, value: int) -> None:
        """The same non-modal panel and audit event as PHQ-9 item 9 ≥ 1, the logged severity standing for
        the answer; it opens over the window and takes the focus, the app stays usable."""
        from integration_journal.ui.safety_panel import show_safety_flow

        if self.safety_panel is not None:
            self.safety_panel.wipe()
        self.safety_panel = show_safety_flow(self.ctx, value, parent=self.window(),
                                             instrument=SAFETY_FLOW_INSTRUMENT)

    def _cancel(self) -> None:
        if self.form.is_dirty() and not self.ctx.dialogs.confirm(
                self, self.tr("Leave without saving?"),
                self.tr("What you entered for this session has not been saved and will not be kept."),
                accept=self.tr("Leave without saving"), reject=self.tr("Keep editing")):
            return
        self._drop_draft()
        self.form.clear()
        self.stack.setCurrentWidget(self.list_panel)
        self.table.setFocus()

    def delete_selected(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        if not self.ctx.dialogs.confirm(
                self, self.tr("Delete session?"),
                self.tr("Delete the session of {when}? Journal entries linked to it stay in your journal.").format(
                    when=format_when(session, long=True)),
                accept=self.tr("Delete session"), reject=self.tr("Keep it")):
            return
        journal = self.ctx.journal
        try:
            journal.delete(session.id)
            history = journal.history(session.id, light=True)  # only the newest one's id and flag
        except JournalError as error:
            self.ctx.dialogs.warn(self, self.tr("Could not delete"), describe(error))
            return
        self._deleted_snapshot_id = history[0].id if history and history[0].deleted else None
        self.ctx.notify_changed(SESSION_KIND)
        self.reload()
        self._show_notice(self.tr("The session was deleted."), undo=self._deleted_snapshot_id is not None)
        self.table.setFocus()

    def _undo_delete(self) -> None:
        snapshot_id, self._deleted_snapshot_id = self._deleted_snapshot_id, None
        if snapshot_id is None:
            return
        try:
            restored = self.ctx.journal.restore(snapshot_id)
        except JournalError as error:
            self.ctx.dialogs.warn(self, self.tr("Could not bring it back"), describe(error))
            return
        self.hide_banner()
        self.ctx.notify_changed(SESSION_KIND)
        self.reload()
        self.select(restored.id)

    # --- notices -----------------------------------------------------------------------------------

    def _show_saved(self, session: TreatmentSession, is_new: bool) -> None:
        offer = is_new and self._same_day(session)
        self._offered_session_id = session.id if offer else None
        self._show_notice(self.tr("The session was saved.") if is_new else self.tr("Your changes were saved."),
                          offer=offer,
                          guidance=guidance_for_session(session, self.ctx.now()))

    def _show_notice(self, text: str, *, offer: bool = False, undo: bool = False,
                     guidance: tuple[Guidance, ...] = ()) -> None:
        """The notice above the list; after a save it repeats any guidance for what was logged."""
        self.saved_guidance.set_guidance(guidance)
        self.banner_label.setText(text)
        self.offer_label.setVisible(offer)
        self.offer_button.setVisible(offer)
        self.undo_button.setVisible(undo)
        self.dismiss_button.setText(self.tr("Not now") if offer else self.tr("Close"))
        self.banner_area.show()
        self.banner_area.refit()

    def hide_banner(self) -> None:
        self.banner_area.hide()
        self.saved_guidance.set_guidance(())
        self._offered_session_id = None
        self._deleted_snapshot_id = None

    def _same_day(self, session: TreatmentSession) -> bool:
        now = self.ctx.now()
        return (session.when.astimezone().date() == now.astimezone().date()
                and session.when <= now + _SAME_DAY_SLACK)

    def _open_same_day(self) -> None:
        session_id = self._offered_session_id
        self.hide_banner()
        if session_id is not None:
            self.ctx.navigate("prompts", phase=Phase.SAME_DAY.value, session_id=session_id)

    def _open_support(self) -> None:
        self.ctx.navigate(SUPPORT_PAGE)

    # --- drafts ------------------------------------------------------------------------------------

    def _session_drafts(self) -> list[Draft]:
        return [d for d in self.ctx.journal.list(kind=DRAFT_KIND)
                if isinstance(d, Draft) and d.target_kind == SESSION_KIND]

    def _refresh_draft_banner(self) -> None:
        """Offer the newest kept session draft, unless it is the one already open in the form."""
        drafts = [d for d in self._session_drafts() if d.id != self._form_draft_id]
        self.draft_banner.setVisible(bool(drafts) and self.stack.currentWidget() is self.list_panel)

    def _continue_draft(self) -> None:
        drafts = [d for d in self._session_drafts() if d.id != self._form_draft_id]
        self.draft_banner.hide()
        if not drafts:
            return
        draft = drafts[0]
        editing = None
        if draft.target_id is not None and draft.target_id in self.ctx.journal:
            record = self.ctx.journal.get(draft.target_id)
            editing = record if isinstance(record, TreatmentSession) else None
        self.hide_banner()
        self._form_draft_id = draft.id
        self.form.load_state(draft.state, editing=editing)
        self._show_form()

    def _discard_draft(self) -> None:
        drafts = [d for d in self._session_drafts() if d.id != self._form_draft_id]
        if drafts:
            self._delete_drafts([drafts[0].id])
        self._refresh_draft_banner()
        self.table.setFocus()

    def _drop_draft(self) -> None:
        """The open form was saved or left: its draft has done its job."""
        draft_id, self._form_draft_id = self._form_draft_id, None
        if draft_id is not None and draft_id in self.ctx.journal:
            self._delete_drafts([draft_id])

    def _delete_drafts(self, draft_ids: list[bytes]) -> None:
        try:
            for draft_id in draft_ids:
                self.ctx.journal.delete(draft_id)
        except JournalError as error:
            self.ctx.dialogs.warn(self, self.tr("Could not remove the draft"), describe(error))
            return
        self.ctx.notify_changed(DRAFT_KIND)


def _detail_html(page: SessionsPage, session: TreatmentSession) -> str:
    tr = page.tr
    rows: list[tuple[str, str]] = [
        (tr("When"), format_when(session, long=True)),
        (tr("Route"), route_label(session.route)),
        (tr("Setting"), setting_label(session.setting)),
    ]
    if session.dose_mg is not None:
        rows.append((tr("Dose"), format_dose(session.dose_mg)))
    if session.clinic:
        rows.append((tr("Clinic"), session.clinic))
    if session.provider:
        rows.append((tr("Provider"), session.provider))
    if session.bp_before is not None:
        rows.append((tr("Blood pressure before"), tr("{s}/{d} mmHg").format(
            s=session.bp_before.systolic, d=session.bp_before.diastolic)))
    if session.bp_after is not None:
        rows.append((tr("Blood pressure after"), tr("{s}/{d} mmHg").format(
            s=session.bp_after.systolic, d=session.bp_after.diastolic)))
    if session.experience is not None:
        rows.append((tr("Overall experience"), tr("{n} of 10").format(n=session.experience)))
    if session.number_in_series is not None:
        rows.append((tr("Session in the series"), str(session.number_in_series)))
    for name, title in (("experience_kind", tr("In one word")), ("product", tr("Medicine")),
                        ("therapist_present", tr("Therapist present")),
                        ("support_person", tr("Support person present")),
                        ("antiemetic", tr("Anti-nausea medicine given")), ("acute_duration", tr("Effects lasted")),
                        ("transport_home", tr("Getting home"))):
        value = getattr(session, name)
        if value is not None:
            rows.append((title, course_label(name, value)))
    if session.next_integration_session is not None:
        rows.append((tr("Next integration session"), date_text(session.next_integration_session)))
    parts = ["<table cellspacing='0' cellpadding='2'>"]
    for name, value in rows:
        parts.append(f"<tr><td><b>{html.escape(name)}</b>&nbsp;&nbsp;</td><td>{html.escape(value)}</td></tr>")
    parts.append("</table>")
    for title, text in ((tr("Intention"), session.intention),
                        (tr("The experience in your own words"), session.experience_text)):
        if text:
            parts.append(f"<p><b>{html.escape(title)}</b><br>{_paragraphs(text)}</p>")
    logged = [r for r in session.side_effects if r.severity > 0]
    if logged:
        parts.append(f"<p><b>{html.escape(tr('Side effects'))}</b></p><ul>")
        for report in logged:
            text = f"{effect_label(report.effect)} — {severity_short(report.severity)}"
            if report.duration is not None:
                text += f", {duration_label(report.duration)}"
            parts.append(f"<li>{html.escape(text)}</li>")
        parts.append("</ul>")
    if session.notes:
        parts.append(f"<p><b>{html.escape(tr('Notes'))}</b><br>{_paragraphs(session.notes)}</p>")
    return "".join(parts)


def _paragraphs(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.splitlines())
