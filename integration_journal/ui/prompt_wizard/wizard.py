"""PromptWizard: the guided-prompt dialog over one PromptSitting, one prompt per page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.prompt_session import PromptSitting, SittingStatus, open_drafts
from integration_journal.core.prompts import LinkTarget, PackSource, Prompt, PromptLibrary
from integration_journal.core.records import Phase, TreatmentSession
from integration_journal.core.schedule import SAME_DAY_DELAY, Schedule, latest_past_session
from integration_journal.errors import JournalError, UsageError, ValidationError
from integration_journal.ui.prompt_wizard.answer_editor import AnswerEditor
from integration_journal.ui.prompt_wizard.style import LINK_STYLE, PROMPT_SCALE, SAME_DAY_SCALE
from integration_journal.ui.prompt_wizard.texts import pack_text
from integration_journal.ui.widgets.fonts import scaled_font


class PromptWizard(QDialog):
    """Guided prompts for one sitting. `phase` None: resume the newest unfinished sitting, else the
    prompts due now, else an ongoing reflection. `entry_written(entry_id or None)` fires on Finish."""

    entry_written = Signal(object)
    NOT_TODAY = 2  # result code of "Not today"

    def __init__(self, ctx: Any, phase: Phase | str | None = None, session_id: bytes | None = None,
                 parent: QWidget | None = None, *, library: PromptLibrary | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Guided prompts"))
        self.setModal(True)
        self.library = library or PromptLibrary.for_journal(ctx.journal)
        self.sitting: PromptSitting | None = self._open_sitting(phase, session_id)
        self.editor: AnswerEditor | None = None
        self._build()
        if self.sitting is not None:
            self._show_page()

    # --- which sitting ---

    def _open_sitting(self, phase: Phase | str | None, session_id: bytes | None) -> PromptSitting | None:
        journal = self.ctx.journal
        schedule = Schedule(journal)
        try:
            if phase is None:
                drafts = open_drafts(journal)
                for draft in drafts:
                    try:
                        return PromptSitting.resume(journal, self.library, draft, schedule=schedule)
                    except UsageError:
                        continue
                due = schedule.due()
                if due:
                    return PromptSitting.start(journal, self.library, due[0].phase, due[0].session_id,
                                               schedule=schedule)
                latest = latest_past_session(journal.list(kind=TreatmentSession), journal.now())
                return PromptSitting.start(journal, self.library, Phase.ONGOING, latest.id if latest else None,
                                           schedule=schedule)
            return PromptSitting.start(journal, self.library, Phase(phase), session_id, schedule=schedule)
        except (JournalError, ValueError):
            return None

    # --- building ---

    def _build(self) -> None:
        sitting = self.sitting
        same_day = sitting is not None and sitting.same_day
        if same_day:
            self.setFont(scaled_font(self.font(), SAME_DAY_SCALE))
        outer = QVBoxLayout(self)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Reminder for today"))
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(8)
        self.banner.setVisible(False)

        self.support_row = QWidget()
        support = QVBoxLayout(self.support_row)
        support.setContentsMargins(0, 0, 0, 0)
        question = QHBoxLayout()
        self.support_label = QLabel(self.tr("Is your support person still with you?"))
        self.support_label.setWordWrap(True)
        self.support_yes = QPushButton(self.tr("Yes"))
        self.support_yes.setAccessibleName(self.tr("Yes, my support person is with me"))
        self.support_no = QPushButton(self.tr("Not right now"))
        self.support_no.setAccessibleName(self.tr("My support person is not with me right now"))
        for button in (self.support_yes, self.support_no):
            button.setCheckable(True)
            button.setAutoDefault(False)
        self.support_group = QButtonGroup(self)
        self.support_group.addButton(self.support_yes)
        self.support_group.addButton(self.support_no)
        question.addWidget(self.support_label, 1)
        question.addWidget(self.support_yes)
        question.addWidget(self.support_no)
        support.addLayout(question)
        self.support_reply = QLabel()
        self.support_reply.setWordWrap(True)
        self.support_reply.setAccessibleName(self.tr("About having support today"))
        self.support_reply.setVisible(False)
        support.addWidget(self.support_reply)
        self.support_group.buttonClicked.connect(self._support_answered)
        self.support_row.setVisible(same_day and sitting is not None and sitting.at_home)

        progress_row = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Progress"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setMaximumHeight(max(6, self.fontMetrics().height() // 3))
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        outer.addLayout(progress_row)

        self.page = QWidget()
        self.page_layout = QVBoxLayout(self.page)
        self.page_layout.setContentsMargins(0, 4, 0, 4)
        # The reminder and the support question scroll with the prompt: in large type in a short window
        # they alone can fill it, and would be squeezed (lines cut) if they stood above the scrolling part.
        self.page_layout.addWidget(self.banner)
        self.page_layout.addWidget(self.support_row)
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setFont(scaled_font(self.font(), PROMPT_SCALE, bold=True))
        self.prompt_label.setAccessibleName(self.tr("Prompt"))
        self.prompt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("Hint"))
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.source_label.setAccessibleName(self.tr("Where this prompt comes from"))
        self.source_label.setFont(scaled_font(self.font(), 0.9))
        self.editor_slot = QVBoxLayout()
        self.share_box = QCheckBox(self.tr("Add this to my appointment summary"))
        self.share_box.setAccessibleName(self.tr("Add this to my appointment summary"))
        self.link_label = QLabel()
        self.link_label.setWordWrap(True)
        self.link_label.setAccessibleName(self.tr("What happens next"))
        self.page_layout.addWidget(self.prompt_label)
        self.page_layout.addWidget(self.hint_label)
        self.page_layout.addWidget(self.source_label)
        self.page_layout.addSpacing(6)
        self.page_layout.addLayout(self.editor_slot)
        self.page_layout.addWidget(self.share_box)
        self.page_layout.addWidget(self.link_label)
        self.page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.page)
        outer.addWidget(scroll, 1)

        self.add_button = QPushButton()
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_prompt)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        outer.addLayout(add_row)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous prompt"))
        self.not_today_button = QPushButton(self.tr("Not &today"))
        self.not_today_button.setAccessibleName(self.tr("Not today: stop here and ask again tomorrow"))
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip this prompt"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setDefault(True)
        for button in (self.back_button, self.not_today_button, self.skip_button):
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self._back)
        self.not_today_button.clicked.connect(self._not_today)
        self.skip_button.clicked.connect(self._skip)
        self.next_button.clicked.connect(self._next)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.not_today_button)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)

        footer = QHBoxLayout()
        self.help_button = QPushButton(self.tr("Feeling unsafe? &Get help now") if same_day
                                       else self.tr("&Get help now"), self)
        self.help_button.setAccessibleName(self.tr("Get help now"))
        self.help_button.setFlat(True)
        self.help_button.setAutoDefault(False)
        self.help_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.help_button.setStyleSheet(LINK_STYLE)
        self.help_button.clicked.connect(self._get_help)
        footer.addWidget(self.help_button)
        footer.addStretch(1)
        outer.addLayout(footer)

        self.empty_label = QLabel(self.tr("There are no prompts to show right now."))
        self.empty_label.setAccessibleName(self.tr("No prompts"))
        self.empty_label.setWordWrap(True)
        outer.insertWidget(0, self.empty_label)
        self.empty_label.setVisible(sitting is None)
        if sitting is None:
            for widget in (self.page, scroll, self.back_button, self.skip_button, self.not_today_button,
                           self.add_button, self.progress, self.progress_label):
                widget.setVisible(False)
            self.next_button.setText(self.tr("Close"))
            self.next_button.clicked.disconnect()
            self.next_button.clicked.connect(self.reject)
        else:
            banner = self._text(sitting.current, sitting.banner) if sitting.same_day else ""
            if self._too_early():
                banner = "\n\n".join(filter(None, (banner, self.tr(
                    "Your session was only a short while ago. If the effects are still strong, it's fine to "
                    "rest and come back later: these prompts will wait for you on Today."))))
            self.banner.setText(banner)
            self.banner.setVisible(bool(banner))
            self._style_banner()
        metrics = self.fontMetrics()
        size = QSize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 30)
        screen = self.screen().availableGeometry().size() if self.screen() else size
        self.resize(size.boundedTo(screen * 0.9))

    def _too_early(self) -> bool:
        """Same-day prompts opened before their window (docs/clinical.md §1.2: never during the acute state)."""
        sitting = self.sitting
        if sitting is None or not sitting.same_day or sitting.session is None:
            return False
        session = sitting.session
        opens = session.when + SAME_DAY_DELAY.get(session.route, max(SAME_DAY_DELAY.values()))
        return session.when - dt.timedelta(hours=12) <= self.ctx.journal.now() < opens

    def _style_banner(self) -> None:
        try:
            from integration_journal.ui.theme import current_scheme, notice_colours

            colours = notice_colours(current_scheme())
            self.banner.setStyleSheet(
                f"QLabel {{ background: {colours['background']}; border: 1px solid {colours['border']}; "
                f"color: {colours['text']}; border-radius: 4px; padding: 4px; }}")
        except (ImportError, KeyError, OSError, ValueError):
            pass  # the plain framed label is readable in every palette

    def _support_answered(self, button: QAbstractButton) -> None:
        if button is self.support_no:
            self.support_reply.setText(self.tr(
                "It may help to ask someone to stay with you, or to check in by phone this evening. If you "
                "feel unwell or unsafe, call your local emergency number."))
        else:
            self.support_reply.setText(self.tr("Good to hear. A quiet rest of the day can help."))
        self.support_reply.setVisible(True)

    # --- pages ---

    def _text(self, prompt: Prompt, text: str) -> str:
        return pack_text(self.library, prompt, text)

    def _show_page(self) -> None:
        sitting = self.sitting
        assert sitting is not None
        prompt = sitting.current
        position, count = sitting.position
        self.progress_label.setText(self.tr("Prompt {i} of {n}").format(i=position, n=count))
        self.progress.setRange(0, count)
        self.progress.setValue(position)
        self.progress.setAccessibleDescription(self.progress_label.text())
        self.prompt_label.setText(self._text(prompt, prompt.text))
        self.hint_label.setText(self._text(prompt, prompt.hint))
        self.hint_label.setVisible(bool(prompt.hint))
        pack = self.library.pack(prompt.pack_id)
        imported = pack is not None and pack.source is PackSource.IMPORTED
        # A therapist's own prompts say whose they are; the built-in ones need no label.
        self.source_label.setText(self.tr("From {author}").format(author=pack.author) if imported else "")
        self.source_label.setVisible(imported)
        if self.editor is not None:
            self.editor_slot.removeWidget(self.editor)
            self.editor.hide()
            self.editor.setParent(None)
            self.editor.deleteLater()
        self.editor = AnswerEditor(prompt, lambda text: self._text(prompt, text), large=sitting.same_day,
                                   font=self.font(), parent=self.page)
        self.editor.set_value(sitting.answer_for(prompt.id))
        self.editor_slot.addWidget(self.editor)
        self.editor.show()  # now, not when the layout gets round to it: focus needs it visible
        self.share_box.setVisible(prompt.share_default == "ask")
        self.share_box.setChecked(sitting.bring_to_appointment)
        if prompt.link is not None and prompt.link.target is LinkTarget.SIDE_EFFECTS:
            self.link_label.setText(self.tr("If you answer yes, the side-effect log opens when you finish, so "
                                            "they appear in your summary."))
            self.link_label.setVisible(True)
        else:
            self.link_label.setVisible(False)
        self.back_button.setEnabled(not sitting.is_first)
        self.next_button.setText(self.tr("&Finish") if sitting.is_last else self.tr("&Next"))
        self.next_button.setAccessibleName(self.tr("Finish and save") if sitting.is_last
                                           else self.tr("Next prompt"))
        show_add = sitting.is_last and sitting.can_add_prompt
        self.add_button.setText(self.tr("Add a few &words (optional)") if sitting.tap_only
                                else self.tr("One &more prompt"))
        self.add_button.setAccessibleName(self.add_button.text().replace("&", ""))
        self.add_button.setVisible(show_add)
        self._tab_order()
        target = self.editor.focus_widget()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tab_order(self) -> None:
        chain: list[QWidget] = []
        if self.support_row.isVisible():
            chain += [self.support_yes, self.support_no]
        chain += self.editor.focus_chain() if self.editor else []
        chain += [self.share_box, self.add_button, self.back_button, self.not_today_button, self.skip_button,
                  self.next_button, self.help_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _commit(self) -> bool:
        """Give the state machine what the page shows; False (and a message) if it cannot take it."""
        if self.sitting is None or self.editor is None or self.sitting.status is not SittingStatus.ACTIVE:
            return True
        self.sitting.bring_to_appointment = self.share_box.isChecked() if self.share_box.isVisible() \
            else self.sitting.bring_to_appointment
        try:
            self.sitting.answer(self.editor.value())
        except ValidationError:
            self.ctx.dialogs.warn(self, self.tr("Guided prompts"),
                                  self.tr("This answer is too long to save. Shortening it a little will work."))
            return False
        return True

    def _save_draft(self) -> None:
        if self.sitting is not None and self.sitting.status is SittingStatus.ACTIVE:
            if self.sitting.answers or self.sitting.draft_id is not None:
                self.sitting.save_draft()
                self.ctx.notify_changed("draft")

    def _next(self) -> None:
        if not self._commit():
            return
        if self.sitting.is_last:
            self._finish()
            return
        self.sitting.next()
        self._save_draft()
        self._show_page()

    def _back(self) -> None:
        if not self._commit():
            return
        if self.sitting.back():
            self._save_draft()
            self._show_page()

    def _skip(self) -> None:
        if self.sitting.skip():
            self._save_draft()
            self._show_page()
        else:
            self._finish()

    def _add_prompt(self) -> None:
        if not self._commit():
            return
        self.sitting.add_prompt()
        self._save_draft()
        self._show_page()

    def _not_today(self) -> None:
        if not self._commit():
            return
        self.sitting.not_today()
        self.ctx.notify_changed("draft")
        self.done(self.NOT_TODAY)

    def entry_titles(self) -> tuple[dict[Phase, str], dict[Phase, str]]:
        with_session = {
            Phase.PREPARATION: self.tr("Preparing for session of {date}"),
            Phase.SAME_DAY: self.tr("Same day after session of {date}"),
            Phase.NEXT_DAY: self.tr("Next day after session of {date}"),
            Phase.FEW_DAYS: self.tr("A few days after session of {date}"),
            Phase.ONE_WEEK: self.tr("A week after session of {date}"),
            Phase.ONGOING: self.tr("Reflection after session of {date}"),
        }
        without = {
            Phase.PREPARATION: self.tr("Preparation, {today}"),
            Phase.SAME_DAY: self.tr("Same-day notes, {today}"),
            Phase.NEXT_DAY: self.tr("Next-day reflection, {today}"),
            Phase.FEW_DAYS: self.tr("Reflection, {today}"),
            Phase.ONE_WEEK: self.tr("Weekly reflection, {today}"),
            Phase.ONGOING: self.tr("Reflection, {today}"),
        }
        return with_session, without

    def _finish(self) -> None:
        sitting = self.sitting
        with_session, without = self.entry_titles()
        title = sitting.title(with_session, without,
                              date_format=lambda d: QLocale().toString(QDate(d.year, d.month, d.day), "d MMMM"))
        follow_ups = sitting.follow_ups()
        entry = sitting.finish(title)
        self.ctx.notify_changed("entry", "draft")
        self.entry_written.emit(entry.id if entry else None)
        self.accept()
        if LinkTarget.SIDE_EFFECTS in follow_ups and sitting.session is not None:
            self.ctx.navigate("sessions", session_id=sitting.session.id, section="side-effects")

    def _get_help(self) -> None:
        """The "Get help now" panel (emergency number first, crisis lines for the person's country, their
        safety plan, the clinic), as a child of this dialog so it can be used while the dialog is open."""
        from integration_journal.ui.safety_panel import show_help_now

        self._close_help()
        self.help_panel = show_help_now(self.ctx, parent=self)

    def _close_help(self) -> None:
        panel, self.help_panel = getattr(self, "help_panel", None), None
        if panel is not None:
            panel.wipe()

    # --- leaving ---

    def reject(self) -> None:
        """Closing (Esc, the window's close button) keeps what was written as a draft for later."""
        self.save_state()
        super().reject()

    def save_state(self) -> None:
        """Before a lock or quit: the sitting as an encrypted draft (nothing when nothing was answered)."""
        if self.sitting is None or self.sitting.status is not SittingStatus.ACTIVE:
            return
        self._commit()
        if self.sitting.answers:
            self.sitting.save_draft()
        elif self.sitting.draft_id is not None:
            self.sitting.discard()
        self.ctx.notify_changed("draft")

    def clear(self) -> None:
        """After save_state, before the keys go: drop the answers from every widget and close."""
        if self.editor is not None:
            self.editor.set_value(None)
        self._close_help()
        self.sitting = None
        self.prompt_label.clear()
        self.hint_label.clear()
        super().reject()
