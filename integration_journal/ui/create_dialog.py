"""First run: the wizard over core.onboarding — one page per step, the journal created off the UI thread,
the recovery kit shown once and checked, then country, focus and clinic; the main window follows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core.onboarding import Creation, Onboarding, Step, StepError
from integration_journal.errors import JournalError
from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.kit_dialog import KitIssuingDialog
from integration_journal.ui.messages import describe
from integration_journal.ui.onboarding_pages import (
    ClinicPage,
    CountryPage,
    CreatePage,
    FocusPage,
    KitCheckPage,
    KitPage,
    NamePage,
    PassphrasePage,
    RolePage,
    StepPage,
    WelcomePage,
)
from integration_journal.ui.passphrase_widgets import step_error_text
from integration_journal.ui.session import VaultAccess
from integration_journal.ui.widgets.form_parts import (
    button_row,
    paragraph,
    show_problem,
)


class _ProgressRelay(QObject):
    """Carries calibration's progress from the worker to the UI thread (a queued signal)."""

    reported = Signal(float)


class StepList(QFrame):
    """The steps down the side: done ones ticked and muted, the current one marked and in bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Steps"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 20, 22, 20)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnMinimumWidth(0, self.fontMetrics().horizontalAdvance("✓") + 2)
        self._grid.setColumnStretch(1, 1)
        outer.addLayout(self._grid)
        outer.addStretch(1)
        self.labels: list[QLabel] = []
        self._markers: list[QLabel] = []
        bold = self.font()
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(title) for title in self.titles().values())
        margins = outer.contentsMargins()
        # As wide as the widest title in bold, so the window does not shift as the mark moves down.
        self.setMinimumWidth(widest + self._grid.columnMinimumWidth(0) + self._grid.horizontalSpacing()
                             + margins.left() + margins.right() + 4)

    def titles(self) -> dict[Step, str]:
        return {
            Step.WELCOME: self.tr("Welcome"), Step.ROLE: self.tr("How you will use it"),
            Step.NAME: self.tr("Your name"), Step.PASSPHRASE: self.tr("Passphrase"),
            Step.CREATE: self.tr("Creating the journal"), Step.KIT: self.tr("Recovery kit"),
            Step.KIT_CHECK: self.tr("Checking the kit"), Step.COUNTRY: self.tr("Country"),
            Step.FOCUS: self.tr("Treatment focus"), Step.CLINIC: self.tr("Clinic contact"),
        }

    def show_steps(self, steps: tuple[Step, ...], current: Step) -> None:
        for label in self.labels + self._markers:
            self._grid.removeWidget(label)
            label.hide()  # out of the grid it would sit at the top left, over the new steps, until deleted
            label.deleteLater()
        self.labels, self._markers = [], []
        titles = self.titles()
        reached = steps.index(current) if current in steps else len(steps)
        for i, step in enumerate(steps):
            marker, label = QLabel(), QLabel(titles[step])
            if i < reached:
                marker.setText("✓")
                for widget in (marker, label):
                    widget.setEnabled(False)  # muted: behind us
            elif i == reached:
                marker.setText("›")
                for widget in (marker, label):
                    font = widget.font()
                    font.setBold(True)
                    widget.setFont(font)
            self._grid.addWidget(marker, i, 0)
            self._grid.addWidget(label, i, 1)
            self._markers.append(marker)
            self.labels.append(label)
        if current in steps:
            self.setAccessibleDescription(self.tr("Step {number} of {count}: {title}").format(
                number=reached + 1, count=len(steps), title=titles[current]))

    def marked(self) -> list[str]:
        """Each step as "✓ title", "› title" or "  title" (for tests and for reading back)."""
        return [f"{marker.text() or ' '} {label.text()}" for marker, label in zip(self._markers, self.labels)]


class CreateJournalDialog(KitIssuingDialog):
    """Emits `workspace_ready(workspace)` once the journal exists, its recovery kit was checked and the
    person finished (or closed the wizard after the check). Rejected: nothing is held open any more."""

    def __init__(self, access: VaultAccess, dialogs: Dialogs, parent: QWidget | None = None, *,
                 locale_name: str | None = None) -> None:
        super().__init__(dialogs, parent)
        self._access = access
        self.ob = Onboarding(locale_name=locale_name if locale_name is not None else QLocale.system().name())
        self.setWindowTitle(self.tr("Create your journal"))

        self.step_list = StepList()
        self.step_label = paragraph("", muted=True)
        self.step_label.setAccessibleName(self.tr("Progress"))
        self.stack = QStackedWidget()
        self.pages: dict[Step, StepPage] = {}
        self._scrolls: dict[Step, QScrollArea] = {}
        # What the kit must leave room for beside it: the step list and the page margins.
        reserve = self.step_list.minimumWidth() + self.fontMetrics().averageCharWidth() * 12
        for page in (WelcomePage(), RolePage(), NamePage(), PassphrasePage(), CreatePage(),
                     KitPage(dialogs, reserve_width=reserve), KitCheckPage(), CountryPage(), FocusPage(),
                     ClinicPage()):
            self.pages[page.step] = page
            scroll = QScrollArea()  # at large font sizes a page scrolls instead of outgrowing the screen
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's controls, not the frame
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # pages wrap instead
            scroll.setWidget(page)
            self._scrolls[page.step] = scroll
            self.stack.addWidget(scroll)

        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setDefault(True)  # Enter moves on from any field
        self.next_button.clicked.connect(self.go_next)

        right = QVBoxLayout()
        right.setContentsMargins(24, 18, 24, 18)
        right.setSpacing(10)
        right.addWidget(self.step_label)
        right.addWidget(self.stack, 1)
        right.addLayout(button_row([self.cancel_button], [self.back_button, self.next_button]))
        root = QHBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.step_list)
        root.addLayout(right, 1)

        # For tests and for callers that knew the one-page dialog.
        self.name_edit = self.pages[Step.NAME].name_edit  # type: ignore[attr-defined]
        self.patient_radio = self.pages[Step.ROLE].patient_radio  # type: ignore[attr-defined]
        self.therapist_radio = self.pages[Step.ROLE].therapist_radio  # type: ignore[attr-defined]
        self.passphrase_form = self.pages[Step.PASSPHRASE].passphrase_form  # type: ignore[attr-defined]
        self.kit_sheet = self.pages[Step.KIT].sheet  # type: ignore[attr-defined]
        self.check_form = self.pages[Step.KIT_CHECK].form  # type: ignore[attr-defined]

        self._show_step()
        self._fit_to_pages()

    def _fit_to_pages(self) -> None:
        """One size for every step, so the window does not jump about: as wide as the widest page needs
        (the kit included, before it exists), as tall as the tallest wants, within the screen."""
        for page in self.pages.values():
            page.pull(self.ob)  # every page with its real words, so it is measured as it will look
        em = self.fontMetrics().averageCharWidth()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max([em * 62, self.kit_sheet.needed_width()]
                    + [page.minimumSizeHint().width() for page in self.pages.values()]) + bar
        for scroll in self._scrolls.values():
            scroll.setMinimumWidth(width)
        self.step_list.show_steps(self.ob.steps(), self.ob.step)
        inner = width - bar
        height = max(page.heightForWidth(inner) if page.hasHeightForWidth() else page.sizeHint().height()
                     for page in self.pages.values() if page.step is not Step.KIT)
        kit_page = self.pages[Step.KIT]
        height = max(height, kit_page.heightForWidth(inner) + self.kit_sheet.needed_rows_height())
        chrome = self.sizeHint().height() - self._scrolls[self.ob.step].sizeHint().height()
        screen = self.screen().availableGeometry()
        self.resize(min(self.sizeHint().width(), int(screen.width() * 0.95)),
                    min(max(height + chrome, self.step_list.sizeHint().height(),
                            self.fontMetrics().lineSpacing() * 28),  # room to breathe on short pages
                        int(screen.height() * 0.85)))

    # --- showing a step -------------------------------------------------------------------------

    def page(self, step: Step | None = None) -> StepPage:
        return self.pages[step or self.ob.step]

    def _show_step(self) -> None:
        ob = self.ob
        step = ob.step
        page = self.page()
        page.pull(ob)
        self.stack.setCurrentWidget(self._scrolls[step])
        self._scrolls[step].verticalScrollBar().setValue(0)
        self.step_list.show_steps(ob.steps(), step)
        number, count = ob.position()
        self.step_label.setText(self.tr("Step {number} of {count}").format(number=number, count=count))
        self.show_error("")
        self._update_buttons()
        target = page.focus_widget()
        if target is None or (step is Step.CREATE and ob.creation is Creation.FAILED):
            target = self.next_button  # a page to read: Enter moves on
        target.setFocus()

    def _update_buttons(self) -> None:
        ob, busy = self.ob, self.busy
        step = ob.step
        texts = {
            Step.PASSPHRASE: (self.tr("C&reate journal"), self.tr("Create journal")),
            Step.CREATE: (self.tr("Try &again"), self.tr("Try again")),
            Step.KIT: (self.tr("I have a copy — &continue"), self.tr("I have a copy of the recovery kit, continue")),
            Step.KIT_CHECK: (self.tr("&Check"), self.tr("Check the group")),
            Step.CLINIC: (self.tr("&Finish"), self.tr("Finish")),
        }
        text, name = texts.get(step, (self.tr("&Next"), self.tr("Next")))
        self.next_button.setText(text)
        self.next_button.setAccessibleName(name)
        self.next_button.setVisible(step is not Step.CREATE or ob.creation is Creation.FAILED)
        self.next_button.setEnabled(not busy)
        back_text = self.tr("&Back to the kit") if step is Step.KIT_CHECK else self.tr("&Back")
        self.back_button.setText(back_text)
        self.back_button.setAccessibleName(back_text.replace("&", ""))
        self.back_button.setVisible(ob.can_go_back() and not busy)
        self.cancel_button.setVisible(not ob.journal_exists)
        self.cancel_button.setEnabled(not busy)

    @property
    def problem_label(self) -> QLabel:
        """Where the current step says what is wrong (under its own fields)."""
        return self.page().problem_label

    def show_error(self, text: str) -> None:
        for page in self.pages.values():
            if page is not self.page():
                show_problem(page.problem_label, "")
        show_problem(self.problem_label, text)

    def _show_step_error(self, error: StepError) -> None:
        self.show_error(step_error_text(error))
        self.page().focus_problem(error.field)

    # --- moving ---------------------------------------------------------------------------------

    def go_next(self) -> None:
        if self.busy:
            return
        ob = self.ob
        if ob.step is Step.CREATE:
            if ob.creation is Creation.FAILED:
                self._start_creation()
            return
        self.page().push(ob)
        try:
            step = ob.next()
        except StepError as error:
            self._show_step_error(error)
            return
        except (JournalError, OSError) as exc:  # writing the audit event or the profile failed
            self.show_error(describe(exc))
            return
        if step is Step.KIT_CHECK or ob.kit_checked:
            self.check_form.reset()
        if ob.kit_checked:
            self.kit_sheet.forget()
        if step is Step.DONE:
            self.hand_over()
            return
        self._show_step()
        if step is Step.CREATE:
            self._start_creation()

    def go_back(self) -> None:
        if self.busy or not self.ob.can_go_back():
            return
        self.page().push(self.ob)
        self.ob.back()
        self._show_step()

    # --- the create step ------------------------------------------------------------------------

    def _start_creation(self) -> None:
        try:
            request = self.ob.start_creation()
        except StepError as error:  # an answer changed under us; say which
            self.show_error(step_error_text(error))
            return
        relay = _ProgressRelay(self)
        relay.reported.connect(self._creation_progress)
        access = self._access
        self.run(lambda: access.create(request.passphrase, role=request.role,
                                       display_name=request.display_name, progress=relay.reported.emit))

    def _creation_progress(self, fraction: float) -> None:
        self.ob.report_progress(fraction)
        if self.ob.step is Step.CREATE:
            self.page().pull(self.ob)

    def set_busy(self, busy: bool) -> None:
        if busy:
            self.show_error("")
        self.page().pull(self.ob)
        self._update_buttons()

    def kit_issued(self, ws: Any, kit: Any) -> None:
        self.ob.creation_succeeded(kit.groups(), ws.journal)
        self.passphrase_form.clear()
        self._show_step()

    def work_failed(self, exc: BaseException) -> None:
        self.ob.creation_failed()
        self._show_step()
        self.show_error(describe(exc))

    # --- leaving --------------------------------------------------------------------------------

    def kit_unchecked(self) -> bool:
        return self._ws is not None and not self.ob.kit_checked

    def reject(self) -> None:
        """Before the kit check this cancels (asking first if a kit would be lost); after it the journal
        is ready, so closing keeps the answers confirmed so far and opens it."""
        if self.busy:
            return
        if self.ob.kit_checked and self._ws is not None:
            try:
                self.ob.leave()
            except (JournalError, OSError) as exc:
                self._dialogs.warn(self, self.tr("Not saved"), describe(exc))
            self.hand_over()
            return
        super().reject()

    def hand_over(self) -> None:
        self._turn_on_reminder_helper()
        self._forget()
        super().hand_over()

    def _turn_on_reminder_helper(self) -> None:
        """If the person asked for it on the focus step (storage.reminder_helper)."""
        ws = self._ws
        if ws is None or not self.ob.wants_reminder_helper() or getattr(ws, "data_dir", None) is None:
            return
        from integration_journal.storage.reminder_helper import turn_on

        try:
            turn_on(ws.data_dir, ws.journal, tz=getattr(ws, "tz", None))
        except Exception as exc:  # noqa: BLE001 - the journal is ready anyway; Settings can try again
            self._dialogs.warn(self, self.tr("Reminders"), self.tr(
                "The reminder helper could not be turned on. {reason} You can try again in Settings.").format(
                reason=describe(exc)))

    def release(self) -> None:
        """Close everything (the app is ending, or the person cancelled): the kit and the passphrase
        leave the screen; answers confirmed after the kit check are kept if they can be."""
        if self._ws is not None:
            try:
                self.ob.leave()
            except (JournalError, OSError):
                pass  # the journal keeps the profile it had; nothing else depends on these answers
        self._forget()
        super().release()

    def _forget(self) -> None:
        """Nothing of the journal or the answers stays in this dialog once it is done."""
        self.ob.forget()
        self.kit_sheet.forget()
        self.check_form.reset()
        self.passphrase_form.clear()
        self.name_edit.clear()
        clinic = self.pages[Step.CLINIC]
        clinic.name_edit.clear()  # type: ignore[attr-defined]
        clinic.phone_edit.clear()  # type: ignore[attr-defined]
