"""Importing a received share file off the UI thread, and the words for what it brought."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from integration_journal.core.sharing import BUNDLE_SUFFIX, SharingService
from integration_journal.ui.sharing.progress_relay import _Relay
from integration_journal.ui.sharing.texts import describe_sharing, tr
from integration_journal.ui.widgets.form_parts import show_problem
from integration_journal.ui.workers import run_in_background


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
