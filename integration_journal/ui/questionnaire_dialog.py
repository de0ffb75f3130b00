"""One validated questionnaire (PHQ-9, GAD-7, PEG, PHQ-2, GAD-2): the questions, a review, then the result.

The wording, answer options, recall period and attribution come from core.measures (verbatim, as
data). Questions appear all on one page or one per page (Settings). Answers by mouse, or by keys:
0-3 for the four-option questionnaires, 0-9 (and the arrow keys up to 10) for PEG; Delete clears an
answer. Questions may be left out; then no total is calculated. Nothing joins the history before
Submit; the review lists every answer and leads back to any question. Answers given but not submitted
are kept as an encrypted Draft when the journal locks or the app quits (`save_state`), and offered
again the next time the same questionnaire is opened (`offer_draft`). After Submit the response is stored
through the journal and `submitted(response, score)` lets the page show the safety panel when PHQ-9
item 9 is above 0 (docs/clinical.md §3.9: the form is finished first, never interrupted). With item 9 left
out, the result shows one calm line and a "Get help now" button (`help_now_requested`); no panel opens.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core import measures, safety
from integration_journal.core.form_drafts import (
    QUESTIONNAIRE_TARGET,
    QuestionnaireDraft,
    questionnaire_draft_ids,
    questionnaire_drafts,
    questionnaire_state,
)
from integration_journal.core.records import Draft, QuestionnaireResponse
from integration_journal.errors import JournalError
from integration_journal.ui.messages import describe
from integration_journal.ui.models import local_qdatetime, short_date_format
from integration_journal.ui.screen_fit import open_within_screen
from integration_journal.ui.widgets.fonts import scaled_font
from integration_journal.ui.widgets.form_parts import button_row
from integration_journal.ui.widgets.layout import FlowLayout, scrolling

QUESTIONNAIRE_KIND = QuestionnaireResponse.KIND
# After a positive short screener the result offers the full questionnaire (docs/clinical.md §3.3, §3.5).
FOLLOW_UP = {"phq2": "phq9", "gad2": "gad7"}
DRAFT_KIND = Draft.KIND


def _tr(text: str) -> str:
    return QCoreApplication.translate("questionnaire", text)


def _safety_tr(text: str) -> str:
    """core/safety.py's wording, translated where the safety panel looks it up."""
    return QCoreApplication.translate("safety", text)


def wording(text: str) -> str:
    """Instrument wording is verbatim English in the definitions; a translation must be an official one."""
    return QCoreApplication.translate("measures", text)


def _plain(text: str, name: str | None = None, *, muted: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setAccessibleName(name)
    if muted:
        label.setEnabled(False)
    return label


def format_total(measure: measures.Measure, total: int | float | None) -> str:
    if total is None:
        return _tr("incomplete")
    if measure.method == "mean":
        return f"{total:.{measure.decimals}f}"
    return str(total)


def result_text(measure: measures.Measure, result: measures.Score) -> str:
    """"12 of 27 — Moderate", "4.3 of 10 (the average of 3 answers)", or the incomplete wording."""
    if result.total is None:
        missing = ", ".join(str(n) for n in result.missing_items)
        return QCoreApplication.translate(
            "questionnaire", "Incomplete: %n question(s) not answered (item(s) {numbers}), so no total is "
            "calculated.", "", len(result.missing_items)).format(numbers=missing)
    total = _tr("{total} of {high}").format(total=format_total(measure, result.total), high=measure.range[1])
    if measure.method == "mean":
        total = _tr("{total} (the average of {count} answers)").format(total=total, count=len(measure.items))
    if result.band:
        total = _tr("{total} — {band}").format(total=total, band=wording(result.band))
    return total


class ItemQuestion(QFrame):
    """One question with its answers as radio buttons (wrapping at any text size). Digit keys answer;
    Delete or Backspace clears. `key_answered` tells the dialog to move on."""

    changed = Signal()
    key_answered = Signal()

    def __init__(self, number: str, text: str, options: list[tuple[int, str]], *, scale: bool,
                 anchors: tuple[str, str] | None = None, note: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("question")
        self.number = number
        self.text = text
        self.options = dict(options)
        self.highest = max(self.options)
        self.heading = QLabel(f"{number}  {text}" if number else text)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.heading.setAccessibleName(_tr("Question {number}").format(number=number) if number else text)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int, QRadioButton] = {}
        box = QWidget()
        flow = FlowLayout(box, spacing=10)
        keys = _tr("press {low} to {high}").format(low=0, high=min(self.highest, 9))
        for value, label in options:
            button = QRadioButton(str(value) if scale else f"{value} · {label}", box)
            button.setAccessibleName(f"{value}" if scale else label)
            button.setAccessibleDescription(_tr("{question}: {answer}").format(question=text, answer=label)
                                            + " — " + keys)
            self.group.addButton(button, value)
            self.buttons[value] = button
            flow.addWidget(button)
        self.group.idToggled.connect(self._toggled)
        self.heading.setBuddy(self.buttons[min(self.options)])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 10)
        layout.addWidget(self.heading)
        layout.addWidget(box)
        if anchors:
            layout.addWidget(_plain(_tr("{low} = {low_text}   ·   {high} = {high_text}").format(
                low=min(self.options), low_text=wording(anchors[0]), high=self.highest,
                high_text=wording(anchors[1])), _tr("What the numbers mean"), muted=False))
        if note:
            layout.addWidget(_plain(note, _tr("About this question"), muted=True))
        self.clear_button = QPushButton(_tr("Clear answer"))
        self.clear_button.setAccessibleName(_tr("Clear the answer to question {number}").format(number=number)
                                            if number else _tr("Clear this answer"))
        self.clear_button.setFlat(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard: Delete clears; Tab goes on
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self._update_clear()

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked in self.options else None

    def set_value(self, value: int | None) -> None:
        if value is None:
            checked = self.group.checkedButton()
            if checked is not None:
                self.group.setExclusive(False)
                checked.setChecked(False)
                self.group.setExclusive(True)
        else:
            self.buttons[value].setChecked(True)
        self._update_clear()
        self.changed.emit()

    def answer_text(self) -> str:
        value = self.value()
        if value is None:
            return _tr("Not answered")
        label = self.options[value]
        return label if label == str(value) else f"{label} ({value})"

    def focus_answer(self) -> None:
        button = self.group.checkedButton() or self.buttons[min(self.options)]
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update_clear()
            self.changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.value() is not None)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            value = key - Qt.Key.Key_0
            if value in self.options:
                self.set_value(value)
                self.buttons[value].setFocus(Qt.FocusReason.OtherFocusReason)
                if self.highest <= 9:  # on a 0-10 scale the arrow keys may still go on to 10
                    self.key_answered.emit()
                return
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
            return
        super().keyPressEvent(event)


class PageStack(QWidget):
    """One page on show at a time, sized to that page alone. A QStackedWidget asks every page for its
    height at a width (the review of nine questions), so the one question on show would scroll inside a
    short window although it fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []

    def addWidget(self, page: QWidget) -> None:  # noqa: N802 - as QStackedWidget
        page.setVisible(not self._pages)
        self._pages.append(page)
        self._layout.addWidget(page)

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - as QStackedWidget
        return next((page for page in self._pages if not page.isHidden()), None)

    def setCurrentWidget(self, current: QWidget) -> None:  # noqa: N802 - as QStackedWidget
        for page in self._pages:  # hide first: two pages never share the room, not even for a moment
            if page is not current:
                page.hide()
        current.show()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802 - as QStackedWidget
        self.setCurrentWidget(self._pages[index])


class QuestionnaireDialog(QDialog):
    """Non-modal: the app stays usable while it is open. `submitted(response, score)` after storing."""

    submitted = Signal(object, object)
    follow_up_requested = Signal(str)  # a positive PHQ-2/GAD-2 screen offers the full questionnaire
    support_requested = Signal()
    help_now_requested = Signal()  # "Get help now" after a PHQ-9 with item 9 left out

    def __init__(self, ctx: Any, instrument: str, *, one_per_page: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.measure = measures.get_measure(instrument)
        self.one_per_page = one_per_page
        self.response: QuestionnaireResponse | None = None
        self.score: measures.Score | None = None
        self.draft_id: bytes | None = None  # the Draft these answers continue or were kept as
        self._kept: tuple[int | None, ...] | None = None  # the answers that Draft holds
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setWindowTitle(self.measure.short_title)
        self.setAccessibleName(wording(self.measure.title))
        em = self.fontMetrics().horizontalAdvance("M")
        open_within_screen(self, QSize(max(640, 52 * em), max(560, 40 * em)))  # the questions scroll inside

        measure = self.measure
        self.title_label = QLabel(wording(measure.title))
        self.title_label.setFont(scaled_font(self.font(), 1.35, bold=True))
        self.title_label.setWordWrap(True)
        self.title_label.setAccessibleName(_tr("Questionnaire"))
        self.stem_label = _plain(wording(measure.stem) if measure.stem else "", _tr("Instructions"))
        self.stem_label.setVisible(bool(measure.stem))
        self.stem_label.setFont(scaled_font(self.font(), 1.05, bold=True))
        high = measure.scale[1]
        self.keys_label = _plain(
            _tr("Answer with the mouse, or press {low} to {high} on the keyboard (Delete clears). You can leave "
                "a question out. Nothing is added to your history until you submit.").format(low=0, high=high)
            if high <= 9 else
            _tr("Answer with the mouse, or press 0 to 9 on the keyboard (the arrow keys reach 10), then Tab to "
                "go on. You can leave a question out. Nothing is added to your history until you submit."),
            _tr("How to answer"), muted=False)
        self.recall_label = _plain(_tr("Time frame: the {recall}.").format(recall=wording(measure.recall)),
                                   _tr("Time frame"))

        # --- the questions ---
        self.items: list[ItemQuestion] = []
        if measure.options:
            options = [(o.value, wording(o.label)) for o in measure.options]
        else:
            options = [(v, str(v)) for v in range(measure.scale[0], measure.scale[1] + 1)]
        for item in measure.items:
            self.items.append(ItemQuestion(f"{item.n}.", wording(item.text), options, scale=not measure.options,
                                           anchors=item.anchors))
        self.functional: ItemQuestion | None = None
        if measure.functional_item is not None:
            func = measure.functional_item
            self.functional = ItemQuestion(
                "", wording(func.text), [(o.value, wording(o.label)) for o in func.options], scale=False,
                note=_tr("This question helps your clinician understand; it is not part of the score."))
        for question in self.questions:
            question.changed.connect(self._update_buttons)
            question.key_answered.connect(lambda q=question: self._key_answered(q))

        self.stack = PageStack()
        self.question_pages: list[QWidget] = []
        if one_per_page:
            for index, question in enumerate(self.questions):
                page = QWidget()
                layout = QVBoxLayout(page)
                position = _plain(_tr("Question {n} of {count}").format(n=index + 1, count=len(self.questions)),
                                  _tr("Position"), muted=True)
                layout.addWidget(position)
                layout.addWidget(question)
                layout.addStretch(1)
                self.question_pages.append(page)
        else:
            page = QWidget()
            layout = QVBoxLayout(page)
            for question in self.questions:
                layout.addWidget(question)
            layout.addStretch(1)
            self.question_pages.append(page)
        for page in self.question_pages:
            self.stack.addWidget(page)

        # --- review ---
        self.review_page = QWidget()
        review_layout = QVBoxLayout(self.review_page)
        review_layout.addWidget(_plain(_tr("Please check your answers. You can change any of them before "
                                           "submitting."), _tr("Review")))
        self.review_grid = QGridLayout()
        self.review_grid.setColumnStretch(0, 1)
        review_body = QWidget()
        review_body.setLayout(self.review_grid)
        self.review_answers: list[QLabel] = []
        self.change_buttons: list[QPushButton] = []
        for row, question in enumerate(self.questions):
            text = _plain(f"{question.number} {question.text}".strip(), question.heading.accessibleName())
            answer = _plain("", _tr("Your answer"))
            answer.setFont(scaled_font(self.font(), 1.0, bold=True))
            change = QPushButton(_tr("Change"))
            change.setAccessibleName(_tr("Change the answer to question {number}").format(
                number=question.number.rstrip(".")) if question.number else _tr("Change the last answer"))
            change.clicked.connect(lambda _c=False, i=row: self.go_to_question(i))
            box = QVBoxLayout()
            box.addWidget(text)
            box.addWidget(answer)
            self.review_grid.addLayout(box, row, 0)
            self.review_grid.addWidget(change, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.review_answers.append(answer)
            self.change_buttons.append(change)
        self.review_grid.setRowStretch(len(self.questions), 1)
        self.review_grid.setVerticalSpacing(14)
        review_layout.addWidget(review_body, 1)
        self.stack.addWidget(self.review_page)

        # --- result ---
        self.result_page = QWidget()
        result_layout = QVBoxLayout(self.result_page)
        self.result_heading = QLabel(_tr("Thank you. Your answers are saved."))
        self.result_heading.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.result_heading.setWordWrap(True)
        self.result_heading.setAccessibleName(_tr("Saved"))
        self.total_label = _plain("", _tr("Result"))
        self.total_label.setFont(scaled_font(self.font(), 1.3, bold=True))
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                 | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.total_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.note_label = _plain(wording(measure.result_note) if measure.result_note else "",
                                 _tr("About the result"))
        self.note_label.setVisible(bool(measure.result_note))
        self.screen_label = _plain("", _tr("Screening result"))
        self.follow_up_button = QPushButton()
        self.follow_up_button.setAccessibleName(_tr("Answer the full questionnaire"))
        self.follow_up_button.clicked.connect(self._follow_up)
        self.support_label = _plain(_tr("A support panel has opened next to this window, with people you can "
                                        "reach now."), _tr("Support"))
        self.support_button = QPushButton(_tr("Show the &support panel again"))
        self.support_button.setAccessibleName(_tr("Show the support panel again"))
        self.support_button.clicked.connect(self.support_requested)
        # docs/clinical.md §3.9: item 9 left out. One calm line and the Get-help-now button; no panel opens.
        self.item9_label = _plain(_safety_tr(safety.ITEM9_SKIPPED), _tr("Question 9"))
        self.help_now_button = QPushButton(_tr("Get &help now"))
        self.help_now_button.setAccessibleName(_tr("Get help now"))
        self.help_now_button.clicked.connect(self.help_now_requested)
        result_layout.addWidget(self.result_heading)
        result_layout.addWidget(self.total_label)
        result_layout.addWidget(self.note_label)
        result_layout.addWidget(self.screen_label)
        result_layout.addLayout(button_row([self.follow_up_button], []))
        result_layout.addWidget(self.support_label)
        result_layout.addLayout(button_row([self.support_button], []))
        result_layout.addWidget(self.item9_label)
        result_layout.addLayout(button_row([self.help_now_button], []))
        result_layout.addStretch(1)
        self.result_area = self.result_page
        self.stack.addWidget(self.result_area)

        # --- foot: attribution, buttons ---
        self.attribution_label = _plain(
            f"{wording(measure.attribution)} {wording(measure.licence)}", _tr("Attribution and licence"),
            muted=True)
        self.attribution_label.setFont(scaled_font(self.font(), 0.9))
        self.message_label = _plain("", _tr("Message"))
        self.message_label.hide()
        self.back_button = QPushButton(_tr("&Back"))
        self.back_button.setAccessibleName(_tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(_tr("&Next"))
        self.next_button.setAccessibleName(_tr("Next"))
        self.next_button.clicked.connect(self.next)
        self.submit_button = QPushButton(_tr("&Submit"))
        self.submit_button.setAccessibleName(_tr("Submit your answers"))
        self.submit_button.clicked.connect(self.submit)
        self.close_button = QPushButton(_tr("Cancel"))
        self.close_button.setAccessibleName(_tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.submit_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.close_button.setAutoDefault(False)

        # Everything above the buttons scrolls as one: at large font sizes in a short window the heading,
        # instructions and attribution alone can fill it, and would be squeezed if they stood outside.
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.title_label)
        body_layout.addWidget(self.recall_label)
        body_layout.addWidget(self.stem_label)
        body_layout.addWidget(self.keys_label)
        body_layout.addWidget(self.stack, 1)
        body_layout.addWidget(self.message_label)
        body_layout.addWidget(self.attribution_label)
        self.body_area = scrolling(body, _tr("Questionnaire"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.body_area, 1)
        layout.addLayout(buttons)
        self.stack.setCurrentIndex(0)
        self._update_buttons()
        self.questions[0].focus_answer()

    # --- structure --------------------------------------------------------------------------------

    @property
    def questions(self) -> list[ItemQuestion]:
        return self.items + ([self.functional] if self.functional is not None else [])

    def answers(self) -> tuple[int | None, ...]:
        """The scored answers, then the functional one where the instrument has it (None = left out)."""
        return tuple(question.value() for question in self.questions)

    def set_answers(self, values: list[int | None]) -> None:
        for question, value in zip(self.questions, values, strict=False):
            question.set_value(value)

    def on_review(self) -> bool:
        return self.stack.currentWidget() is self.review_page

    def on_result(self) -> bool:
        return self.stack.currentWidget() is self.result_area

    def current_question(self) -> int | None:
        """Index of the question page on show (one per page), 0 for the single page, None otherwise."""
        widget = self.stack.currentWidget()
        return self.question_pages.index(widget) if widget in self.question_pages else None

    # --- moving -----------------------------------------------------------------------------------

    def next(self) -> None:
        index = self.current_question()
        if index is None:
            return
        if index + 1 < len(self.question_pages):
            self._show_question_page(index + 1)
        else:
            self.show_review()

    def back(self) -> None:
        if self.on_review():
            self._show_question_page(len(self.question_pages) - 1)
            return
        index = self.current_question()
        if index:
            self._show_question_page(index - 1)

    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self._update_buttons()
        self._reveal(None)

    def _reveal(self, widget: QWidget | None) -> None:
        """Scroll `widget` into view, or back to the top; first lay out the page just put on show."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        if widget is None:
            self.body_area.verticalScrollBar().setValue(0)
        else:
            self.body_area.ensureWidgetVisible(widget)

    def _show_question_page(self, index: int) -> None:
        self._show_page(self.question_pages[index])
        if self.one_per_page:
            self.questions[index].focus_answer()

    def go_to_question(self, index: int) -> None:
        """From the review: back to one question to change its answer."""
        self._show_question_page(index if self.one_per_page else 0)
        question = self.questions[index]
        self._reveal(question)
        question.focus_answer()

    def show_review(self) -> None:
        for question, label in zip(self.questions, self.review_answers, strict=True):
            label.setText(question.answer_text())
            label.setAccessibleDescription(label.text())
        skipped = sum(1 for q in self.items if q.value() is None)
        self._say(QCoreApplication.translate(
            "questionnaire", "%n question(s) not answered: no total will be calculated. That is fine — you can "
            "still submit.", "", skipped) if skipped else "")
        self._show_page(self.review_page)
        self.submit_button.setFocus()

    def _key_answered(self, question: ItemQuestion) -> None:
        index = self.questions.index(question)
        if self.one_per_page:
            self.next()
        elif index + 1 < len(self.questions):
            following = self.questions[index + 1]
            self._reveal(following)
            following.focus_answer()
        else:
            self.next_button.setFocus()

    def _update_buttons(self, *_args: Any) -> None:
        on_questions = self.current_question() is not None
        self.back_button.setVisible(not self.on_result())
        self.back_button.setEnabled(self.on_review() or bool(self.current_question()))
        self.next_button.setVisible(on_questions)
        last = self.current_question() == len(self.question_pages) - 1
        self.next_button.setText(_tr("&Review answers") if last else _tr("&Next"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        self.submit_button.setVisible(self.on_review())
        self.close_button.setText(_tr("Close") if self.on_result() else _tr("Cancel"))
        self.close_button.setAccessibleName(self.close_button.text())

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    # --- submitting -------------------------------------------------------------------------------

    def submit(self) -> None:
        if not self.on_review() or self.response is not None:
            return
        answers = self.answers()
        if self.functional is not None and answers[-1] is None:
            answers = answers[:-1]  # the unscored question left out: store the scored answers only
        result = measures.score(self.measure.id, answers)
        journal = self.ctx.journal
        try:
            response = journal.add(QuestionnaireResponse(instrument=self.measure.id, answers=answers,
                                                         taken_at=journal.now()))
        except (JournalError, OSError) as exc:
            self._say(_tr("Your answers could not be saved: {reason}").format(reason=describe(exc)))
            return
        self.response, self.score = response, result
        self._drop_drafts()
        self._show_result(result)
        self.ctx.notify_changed(QUESTIONNAIRE_KIND)
        self.submitted.emit(response, result)

    def _show_result(self, result: measures.Score) -> None:
        self.total_label.setText(result_text(self.measure, result))
        self.total_label.setAccessibleDescription(self.total_label.text())
        positive = result.positive_screen is True and self.measure.positive_screen_note
        self.screen_label.setText(wording(self.measure.positive_screen_note) if positive else "")
        self.screen_label.setVisible(bool(positive))
        follow = FOLLOW_UP.get(self.measure.id) if positive else None
        self.follow_up_button.setVisible(follow is not None)
        if follow is not None:
            self.follow_up_button.setText(_tr("Answer the full {name}").format(
                name=measures.get_measure(follow).short_title))
            self.follow_up_button.setAccessibleName(self.follow_up_button.text())
            self.follow_up_button.setProperty("instrument", follow)
        self.support_label.setVisible(result.safety_flag)
        self.support_button.setVisible(result.safety_flag)
        skipped = safety.item9_skipped(result)
        self.item9_label.setVisible(skipped)
        self.help_now_button.setVisible(skipped)
        self._say("")
        self.keys_label.hide()  # nothing left to answer
        self._show_page(self.result_area)
        self.close_button.setFocus()

    def _follow_up(self) -> None:
        instrument = self.follow_up_button.property("instrument")
        if instrument:
            self.accept()
            self.follow_up_requested.emit(str(instrument))

    # --- leaving ----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel asks first when answers would be lost; after Submit it simply closes. Leaving also
        removes a kept draft of these answers: the person chose not to keep them."""
        if self.response is None and any(v is not None for v in self.answers()):
            if not self.ctx.dialogs.confirm(
                    self, _tr("Leave the questionnaire?"),
                    _tr("Your answers have not been saved. Leave without saving them?"),
                    accept=_tr("Leave without saving"), reject=_tr("Keep answering")):
                return
        if self.response is None:
            self._drop_drafts()
        self.discard()

    # --- drafts -------------------------------------------------------------------------------------

    def save_state(self) -> None:
        """Before a lock or quit: keep unsubmitted answers as an encrypted draft (once per change)."""
        answers = self.answers()
        if self.response is not None or answers == self._kept or all(a is None for a in answers):
            return
        state = questionnaire_state(self.measure.id, answers)
        journal = self.ctx.journal
        try:
            old = journal.get(self.draft_id) if self.draft_id is not None and self.draft_id in journal else None
            if isinstance(old, Draft):
                journal.update(dataclasses.replace(old, state=state))
            else:
                self.draft_id = journal.add(Draft(target_kind=QUESTIONNAIRE_TARGET, state=state)).id
        except (JournalError, OSError):
            return  # locking goes on; the answers on screen are lost as before
        self._kept = answers

    def offer_draft(self) -> bool:
        """If earlier answers to this questionnaire were kept, ask whether to continue them (or start
        again, which removes them). Returns whether they are back on screen."""
        if self.response is not None or any(a is not None for a in self.answers()):
            return False
        found = questionnaire_drafts(self.ctx.journal.list(kind=DRAFT_KIND), self.measure.id)
        if not found:
            return False
        newest = found[0]
        when = local_qdatetime(newest.saved_at).date().toString(short_date_format())
        if self.ctx.dialogs.confirm(
                self, _tr("Continue the questionnaire?"),
                _tr("You started the {name} on {date} and did not submit it ({count} of {total} questions "
                    "answered). Continue where you left off, or start again?").format(
                    name=self.measure.short_title, date=when, count=newest.answered, total=len(self.questions)),
                accept=_tr("Continue"), reject=_tr("Start again")):
            self.restore(newest)
            return True
        self._drop_drafts()
        return False

    def restore(self, draft: QuestionnaireDraft) -> None:
        self.set_answers(list(draft.answers))
        self.draft_id, self._kept = draft.draft.id, draft.answers
        self._say(_tr("Your earlier answers are back. Change any of them, then review and submit."))
        first_open = next((q for q in self.questions if q.value() is None), self.questions[-1])
        self.go_to_question(self.questions.index(first_open))

    def _drop_drafts(self) -> None:
        """Submitted or left on purpose: kept answers of this questionnaire have done their job."""
        journal = self.ctx.journal
        try:
            ids = questionnaire_draft_ids(journal.list(kind=DRAFT_KIND), self.measure.id)
            for draft_id in ids:
                journal.delete(draft_id)
        except (JournalError, OSError):
            return  # an old draft is offered again next time; nothing is lost
        self.draft_id, self._kept = None, None
        if ids:
            self.ctx.notify_changed(DRAFT_KIND)

    def discard(self) -> None:
        """Close and forget the answers on screen (also before a lock, after `save_state`)."""
        for question in self.questions:
            question.set_value(None)
        super().reject()
