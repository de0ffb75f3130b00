"""Writing a share file: preview, confirm, choose a file, write it off the UI thread, say where it went."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from integration_journal.core import records as r
from integration_journal.core.export_markdown import write_private_file
from integration_journal.core.sharing import BUNDLE_SUFFIX, SharePreview, ShareSelection, SharingService
from integration_journal.errors import JournalError
from integration_journal.ui.sharing.preview_dialog import PreviewDialog
from integration_journal.ui.sharing.progress_relay import _Relay
from integration_journal.ui.sharing.texts import counts_text, describe_sharing, tr
from integration_journal.ui.widgets.form_parts import show_problem
from integration_journal.ui.workers import run_in_background


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
