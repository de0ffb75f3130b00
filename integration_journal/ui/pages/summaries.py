"""The Summaries page: the appointment summary for a date range with a live preview and exports (PDF,
Markdown, HTML); in a therapist's vault, a pre-appointment brief per patient from what they shared.

Exports leave the vault unencrypted, so the page says so and asks first; each one is recorded as a
"summary_exported" audit event (format and range only), which also marks the "last appointment"
the next default range starts from (core/summary/period.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFont, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from integration_journal.core import summary as core_summary
from integration_journal.core.markdown_render import render_markdown
from integration_journal.errors import JournalError
from integration_journal.storage.exports import write_export
from integration_journal.ui import summary_pdf
from integration_journal.ui.messages import describe
from integration_journal.ui.pages.base import Page, PageContext
from integration_journal.ui.summary_locale import summary_formats
from integration_journal.ui.widgets.date_field import DateField
from integration_journal.ui.widgets.fonts import heading_font
from integration_journal.ui.widgets.labels import wrapping_label
from integration_journal.ui.widgets.layout import flow_row, scrolling
from integration_journal.ui.workers import run_in_background

FORMATS = {  # format id -> (button text, file filter, suffix)
    "pdf": ("Export &PDF…", "PDF (*.pdf)", ".pdf"),
    "md": ("Export &Markdown…", "Markdown (*.md)", ".md"),
    "html": ("E&xport HTML…", "HTML (*.html)", ".html"),  # Alt+H opens the Help menu
}
SECTION_LABELS = {
    "measures": "&Questionnaires",
    "sessions": "T&reatment sessions",
    "trends": "&Daily check-ins",
    "side_effects": "Side &effects",
    "selected": "What I chose to &bring",
    "questions": "Q&uestions for my clinician",
    "medication": "Medi&cation changes (entries tagged “medication”)",
}
PREVIEW_DELAY_MS = 120


def tr(text: str) -> str:
    return summary_pdf.tr(text)


class _ProgressRelay(QObject):
    """Lives on the UI thread; the PDF writer calls `report` from its worker thread (queued signal)."""

    progressed = Signal(int, int)

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


class SummariesPage(Page):
    PAGE_ID = "summaries"
    TITLE = "Summaries"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.therapist = core_summary.is_therapist(ctx.journal)
        self._busy = False
        self._cleared = False  # locked: a PDF still being written is dropped, not saved
        self._relay = _ProgressRelay(self)

        heading = QLabel(self.tr("Pre-appointment briefs") if self.therapist else self.tr("Appointment summary"))
        heading.setFont(heading_font(self.font()))
        intro = wrapping_label(
            self.tr("What each patient shared since your last appointment: flags first, score changes, new "
                    "items and what you marked to discuss.") if self.therapist else
            self.tr("A summary to bring to your appointment. You see exactly what it contains before you "
                    "export it; nothing is sent anywhere."), secondary=True)

        # range
        self.date_from = DateField(latest=self._today)
        self.date_to = DateField(latest=self._today)
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setAccessibleName(name)
        self.reset_button = QPushButton(self.tr("Since last &appointment"))  # Alt+L is Lock
        self.reset_button.setAccessibleName(self.tr("Reset the range to since the last appointment"))
        self.reset_button.setToolTip(self.tr("From the day of your last exported summary, or the last 30 days"))
        self.reset_button.clicked.connect(self.reset_range)
        from_label, to_label = QLabel(self.tr("&From")), QLabel(self.tr("&To"))
        from_label.setBuddy(self.date_from)
        to_label.setBuddy(self.date_to)
        range_row = flow_row([(from_label, self.date_from), (to_label, self.date_to), self.reset_button])

        # options (patient only)
        self.shared_only = QCheckBox(self.tr("&Shared items only"))
        self.shared_only.setAccessibleName(self.tr("Shared items only"))
        self.shared_only.setToolTip(self.tr("Only entries marked “share with therapist”; leaves out "
                                            "intentions, reframes and commitments"))
        self.include_name = QCheckBox(self.tr("Include my &name"))
        self.include_name.setAccessibleName(self.tr("Include my name"))
        self.include_name.setChecked(True)
        self.section_boxes: dict[str, QCheckBox] = {}
        options = QGroupBox(self.tr("Include"))
        options_layout = QVBoxLayout(options)
        for section in core_summary.SECTIONS:
            box = QCheckBox(self.tr(SECTION_LABELS[section]))
            box.setAccessibleName(tr(core_summary.SECTION_TITLES[section]))
            box.setChecked(True)
            self.section_boxes[section] = box
        # Wraps rather than widening the window at large font sizes.
        options_layout.addWidget(flow_row([*self.section_boxes.values(), self.shared_only, self.include_name],
                                          spacing=12))
        safety_note = wrapping_label(self.tr("Safety flags are always shown first: PHQ-9 item 9 with the "
                                             "questionnaires, red-flag side effects with sessions or side "
                                             "effects."), secondary=True)
        options_layout.addWidget(safety_note)
        options.setVisible(not self.therapist)

        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.preview.setReadOnly(True)
        self.preview.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # dates never split across lines
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.installEventFilter(self)  # fitted to its width again on resize and text-size changes

        self.export_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.status = wrapping_label(secondary=True)
        self.status.setAccessibleName(self.tr("Export status"))
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.progress)
        for fmt, (text, _filter, _suffix) in FORMATS.items():
            if self.therapist and fmt == "pdf":
                continue
            button = QPushButton(self.tr(text))
            button.setAccessibleName(self.tr(text).replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            buttons.addWidget(button)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(range_row)
        layout.addWidget(options)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.preview.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        QVBoxLayout(self).addWidget(scrolling(body, heading.text()))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.reset_range()
        for edit in (self.date_from, self.date_to):
            edit.day_changed.connect(self._schedule)
        for box in (self.shared_only, self.include_name, *self.section_boxes.values()):
            box.toggled.connect(self._schedule)
        self.setFocusProxy(self.date_from)
        self.refresh()

    # --- state -------------------------------------------------------------------------------------

    def _today(self) -> dt.date:
        return self.ctx.today()

    def reset_range(self) -> None:
        start, end = core_summary.default_range(self.ctx.journal, self._today())
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            blocked = edit.blockSignals(True)
            edit.set_day(day)
            edit.blockSignals(blocked)
        self._schedule()

    def options(self) -> core_summary.SummaryOptions:
        start, end = self.date_from.day(), self.date_to.day()
        if start > end:
            start, end = end, start
        return core_summary.SummaryOptions(
            start, end, shared_only=self.shared_only.isChecked(),
            sections=frozenset(s for s, box in self.section_boxes.items() if box.isChecked()),
            include_name=self.include_name.isChecked())

    def build(self) -> Any:
        options = self.options()
        if self.therapist:
            return core_summary.build_briefs(self.ctx.journal, options.date_from, options.date_to)
        return core_summary.build_summary(self.ctx.journal, options)

    def _schedule(self, *_args: object) -> None:
        self._timer.start()

    def refresh(self) -> None:
        """Rebuild the preview from the journal (a few ms even for a large journal)."""
        self._timer.stop()
        try:
            built = self.build()
        except JournalError as exc:
            self.preview.setPlainText(describe(exc))
            return
        if self.therapist:
            o = self.options()
            html = render_markdown(core_summary.brief_markdown(built, o.date_from, o.date_to, tr, summary_formats()))
        else:
            html = summary_pdf.document_html(built, {}, summary_formats())
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(html)
        self.fit_preview()
        self.preview.verticalScrollBar().setValue(scroll)

    # --- fitting the preview to its width ------------------------------------------------------------

    PREVIEW_SMALLEST = 0.75  # the preview's text never shrinks below this share of the app's text size

    def fit_preview(self) -> None:
        """Like a PDF viewer's "fit width": when a table is wider than the preview (seven columns at 200 %
        text in the smallest window), the preview's text is made just small enough for it to fit, down to
        PREVIEW_SMALLEST of the app's size, instead of a sideways scroll bar. The exported files are not
        affected."""
        document, base = self.preview.document(), self.preview.font()
        font = QFont(base)
        document.setDefaultFont(font)
        available = self.preview.viewport().width()  # the document's text width; idealWidth is never less
        smallest = base.pointSizeF() * self.PREVIEW_SMALLEST
        # Text width is roughly proportional to the font size; cell padding is not, so a second step may
        # be needed. Each step lays the document out once: a resize does two or three layouts, not ten.
        while document.idealWidth() > available + 0.5 and font.pointSizeF() > smallest:
            shrink = min(0.97, available / document.idealWidth())
            font.setPointSizeF(max(smallest, font.pointSizeF() * shrink))
            document.setDefaultFont(font)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.preview and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self.fit_preview)  # after the widget has its new size or font
        return super().eventFilter(watched, event)

    # --- export --------------------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        if self._busy:
            return
        if not self.ctx.dialogs.confirm(
                self, self.tr("This file will not be encrypted"),
                self.tr("The exported file is not encrypted. Anyone who can open the file can read it. "
                        "Keep it somewhere private and delete it when you no longer need it."),
                accept=self.tr("Export"), reject=self.tr("Cancel")):
            return
        _text, file_filter, suffix = FORMATS[fmt]
        stem = "pre-appointment-brief" if self.therapist else "appointment-summary"
        suggested = Path.home() / f"{stem}-{self._today().isoformat()}{suffix}"
        path = self.ctx.dialogs.save_path(self, self.tr("Export summary"), suggested, self.tr(file_filter))
        if path is None:
            return
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        options = self.options()
        try:
            if fmt == "pdf":
                self._export_pdf(core_summary.build_summary(self.ctx.journal, options), options, path)
                return
            data = core_summary.text_export(self.ctx.journal, options, fmt, tr, formats=summary_formats())
        except JournalError as exc:
            self.ctx.dialogs.warn(self, self.tr("Export"), describe(exc))
            return
        self._finish(fmt, options, path, data.encode("utf-8"))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in self.export_buttons.values():
            button.setEnabled(not busy)
        self.progress.setVisible(busy)

    def _export_pdf(self, built, options, path: Path) -> None:
        formats = summary_formats()  # the app's locale, read here on the UI thread
        charts = summary_pdf.chart_images(built, formats)  # QtCharts: UI thread only
        page_size = summary_pdf.paper_size()
        self.progress.setRange(0, 0)
        self.progress.setValue(0)
        self._set_busy(True)
        self.status.setText(self.tr("Writing the PDF…"))
        self._relay.progressed.connect(self._progressed)

        def work() -> bytes:
            return summary_pdf.write_pdf(built, charts, page_size=page_size, progress=self._relay.report,
                                         formats=formats)

        def done(data: bytes) -> None:
            self._relay.progressed.disconnect(self._progressed)
            self._set_busy(False)
            if not self._cleared:
                self._finish("pdf", options, path, data)

        def failed(exc: BaseException) -> None:
            self._relay.progressed.disconnect(self._progressed)
            self._set_busy(False)
            self.status.setText("")
            self.ctx.dialogs.warn(self, self.tr("Export"), describe(exc))

        run_in_background(work, done, failed, parent=self)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finish(self, fmt: str, options, path: Path, data: bytes) -> None:
        try:
            write_export(path, data)
            core_summary.record_export(self.ctx.journal, options, fmt)
        except JournalError as exc:
            self.status.setText("")
            self.ctx.dialogs.warn(self, self.tr("Export"), describe(exc))
            return
        self.ctx.notify_changed("audit")
        self.status.setText(self.tr("Saved to {name}.").format(name=path.name))

    # --- page hooks -----------------------------------------------------------------------------------

    def activate(self, **args: Any) -> None:
        self.refresh()

    def records_changed(self, kinds: set[str]) -> None:
        if kinds - {"audit", "draft", "settings"}:
            self._schedule()

    def clear(self) -> None:
        self._cleared = True
        self._timer.stop()
        self.preview.clear()
        self.status.clear()
