"""The unlock screen: one passphrase field; the key work runs off the UI thread; a close during it wins."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.messages import describe
from integration_journal.ui.passphrase_widgets import CapsLockHint, PassphraseEdit
from integration_journal.ui.recover_dialog import RecoverDialog
from integration_journal.ui.recovery_kit import heading_font
from integration_journal.ui.session import PendingUnlock, VaultAccess, unlock_in_background

APP_TITLE = "Integration Journal"


class UnlockWindow(QWidget):
    """Emits `unlocked(workspace)`; the receiver then owns the workspace. The window hides rather than
    deletes itself when closed, so an unlock still running can always be told it lost."""

    unlocked = Signal(object)
    closed = Signal()  # by the person (hiding after an unlock is not closing)

    def set_banner(self, text: str) -> None:
        """A notice above the passphrase field (the demo shows its throw-away passphrase here)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def __init__(self, access: VaultAccess, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._dialogs = dialogs
        self._pending: PendingUnlock | None = None
        self.recover_dialog: RecoverDialog | None = None
        self.setWindowTitle(APP_TITLE)
        self.setMinimumWidth(460)

        title = QLabel(self.tr("Integration Journal"))
        title.setFont(heading_font(self, 1.6))
        intro = QLabel(self.tr("Your journal is private to this computer. "
                               "Nobody reads it unless you choose to share."))
        intro.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Notice"))
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 8px; }")
        self.banner.hide()
        prompt = QLabel(self.tr("&Passphrase:"))
        self.passphrase_edit = PassphraseEdit()
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        prompt.setBuddy(self.passphrase_edit)
        self.caps_hint = CapsLockHint()
        self.caps_hint.follow(self.passphrase_edit)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Unlock message"))
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: key derivation reports no steps
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Unlocking"))
        self.progress.hide()

        self.recover_button = QPushButton(self.tr("Use &recovery kit…"))
        self.recover_button.setAccessibleName(self.tr("Use recovery kit"))
        self.recover_button.clicked.connect(self.open_recovery)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.passphrase_edit.textChanged.connect(self._update_button)

        buttons = QHBoxLayout()
        buttons.addWidget(self.recover_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addSpacing(14)
        layout.addWidget(prompt)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.caps_hint)
        layout.addWidget(self.message_label)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self._update_button()
        self._restore_geometry()

    # --- state ----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._pending is not None and not self._pending.finished

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(not self.busy and bool(self.passphrase_edit.text()))

    def _set_busy(self, busy: bool) -> None:
        self.passphrase_edit.setEnabled(not busy)
        self.recover_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self._update_button()

    def reset(self) -> None:
        """Back to an empty field, ready for the next unlock (after a lock)."""
        self.passphrase_edit.clear()
        self.message_label.clear()
        self._set_busy(False)
        self.passphrase_edit.setFocus()

    # --- unlocking ------------------------------------------------------------------------------

    def unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        passphrase, access = self.passphrase_edit.text(), self._access
        self.message_label.setText(self.tr("Unlocking…"))
        self._pending = unlock_in_background(lambda: access.open(passphrase), self._unlocked, self._failed,
                                             parent=self)
        self._set_busy(True)

    def _unlocked(self, ws: Any) -> None:
        self.reset()
        self.unlocked.emit(ws)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message_label.setText(describe(exc))
        self.passphrase_edit.setFocus()
        self.passphrase_edit.selectAll()

    def cancel_pending(self) -> None:
        """A lock or a close arrived: whatever an unlock in flight produces is closed, not shown."""
        if self._pending is not None:
            self._pending.cancel()
        if self.recover_dialog is not None:
            self.recover_dialog.release()
            self.recover_dialog.hide()

    # --- recovery -------------------------------------------------------------------------------

    def open_recovery(self) -> None:
        if self.busy:
            return
        if self.recover_dialog is not None and not self.recover_dialog.busy:
            self.recover_dialog.deleteLater()  # a busy one stays alive (as our child) to close its result
        self.recover_dialog = RecoverDialog(self._access, self._dialogs, self)
        self.recover_dialog.workspace_ready.connect(self._unlocked)
        self.recover_dialog.open()

    # --- closing --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.cancel_pending()
        QSettings().setValue("unlock_window/geometry", self.saveGeometry())
        super().closeEvent(event)
        self.closed.emit()

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("unlock_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
