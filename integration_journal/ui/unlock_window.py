"""The unlock screen: one passphrase field; the key work runs off the UI thread; a close during it wins.

This is the first window of every start, so it imports little: the recovery dialog (and the kit, PDF and
print code behind it) is imported only when "Use recovery kit…" is chosen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from integration_journal.errors import WrongPassphrase
from integration_journal.ui.dialogs import Dialogs
from integration_journal.ui.messages import describe
from integration_journal.ui.passphrase_widgets import CapsLockHint, PassphraseEdit
from integration_journal.ui.session import (
    PendingUnlock,
    VaultAccess,
    close_quietly,
    unlock_in_background,
)
from integration_journal.ui.widgets.form_parts import (
    BusyStatus,
    button_row,
    heading,
    paragraph,
    show_problem,
)

if TYPE_CHECKING:
    from integration_journal.ui.integrity_dialog import IntegrityDialog
    from integration_journal.ui.recover_dialog import RecoverDialog
    from integration_journal.ui.restore_dialog import RestoreDialog

APP_TITLE = "Integration Journal"
# After this many wrong passphrases in a row, the message also points to the recovery kit.
KIT_HINT_AFTER = 2


class UnlockWindow(QWidget):
    """Emits `unlocked(workspace)`; the receiver then owns the workspace. The window hides rather than
    deletes itself when closed, so an unlock still running can always be told it lost.

    `first_painted` is emitted once, after the window was first drawn: the moment to start warming up
    imports (SQLAlchemy and the rest) without delaying the first sight of the window."""

    unlocked = Signal(object)
    closed = Signal()  # by the person (hiding after an unlock is not closing)
    first_painted = Signal()

    def set_banner(self, text: str) -> None:
        """A notice above the passphrase field (the demo shows its throw-away passphrase here)."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self._grow_to_fit()

    def __init__(self, access: VaultAccess, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._dialogs = dialogs
        self._pending: PendingUnlock | None = None
        self._painted = False
        self.failures = 0
        self.recover_dialog: RecoverDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        # Holds a workspace whose integrity is in question while the person decides (see _unlocked).
        self.integrity_dialog: IntegrityDialog | None = None
        self.setWindowTitle(APP_TITLE)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 78)

        title = heading(self.tr("Integration Journal"), self, 1.6)
        intro = paragraph(self.tr("Your journal is private to this computer. "
                                  "Nobody reads it unless you choose to share."))
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.RichText)  # the demo's notice; gui.app.demo_banner escapes
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Notice"))
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setStyleSheet("QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 8px; }")
        self.banner.hide()
        prompt = QLabel(self.tr("&Passphrase:"))
        self.passphrase_edit = PassphraseEdit()
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        prompt.setBuddy(self.passphrase_edit)
        self.show_check = QCheckBox(self.tr("&Show passphrase"))
        self.show_check.setAccessibleName(self.tr("Show passphrase"))
        self.show_check.toggled.connect(self._show_text)
        self.caps_hint = CapsLockHint()
        self.caps_hint.follow(self.passphrase_edit)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Unlock message"))
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.message_label.hide()
        self.status = BusyStatus(self.tr("Unlocking"))
        self.progress = self.status.progress

        self.recover_button = QPushButton(self.tr("Use &recovery kit…"))
        self.recover_button.setAccessibleName(self.tr("Use recovery kit"))
        self.recover_button.setToolTip(self.tr("If you have forgotten your passphrase, the recovery kit you "
                                               "printed or wrote down lets you set a new one."))
        self.recover_button.clicked.connect(self.open_recovery)
        self.restore_button = QPushButton(self.tr("Restore a &backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore a backup"))
        self.restore_button.setToolTip(self.tr("Go back to one of the encrypted copies of your journal the app "
                                               "keeps, or to a copy you made yourself."))
        self.restore_button.clicked.connect(self.open_restore)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self.unlock)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.passphrase_edit.textChanged.connect(self._typed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.banner)
        layout.addSpacing(10)
        layout.addWidget(prompt)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.caps_hint)
        layout.addWidget(self.show_check)
        layout.addWidget(self.message_label)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addLayout(button_row([self.recover_button, self.restore_button], [self.unlock_button]))
        self.setTabOrder(self.passphrase_edit, self.show_check)
        self.setTabOrder(self.show_check, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.recover_button)
        self.setTabOrder(self.recover_button, self.restore_button)
        self._update_button()
        self._restore_geometry()

    # --- state ----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._pending is not None and not self._pending.finished

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(not self.busy and bool(self.passphrase_edit.text()))

    def _typed(self) -> None:
        self._update_button()

    def _show_text(self, visible: bool) -> None:
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password)

    def _set_busy(self, busy: bool) -> None:
        self.passphrase_edit.setEnabled(not busy)
        self.show_check.setEnabled(not busy)
        self.recover_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        if busy:
            self.status.start(self.tr("Opening your journal. This takes a moment…"))
        else:
            self.status.stop()
        self._update_button()

    def _say(self, text: str) -> None:
        show_problem(self.message_label, text)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Wrapped text needs more height than a window's layout asks for by itself; grow, never shrink."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if needed > self.height():
            self.resize(self.width(), needed)

    def reset(self) -> None:
        """Back to an empty field, ready for the next unlock (after a lock)."""
        self.passphrase_edit.clear()
        self.show_check.setChecked(False)
        self._say("")
        self.failures = 0
        self._set_busy(False)
        self.passphrase_edit.setFocus()

    # --- unlocking ------------------------------------------------------------------------------

    def unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        passphrase, access = self.passphrase_edit.text(), self._access
        self._say("")
        self._pending = unlock_in_background(lambda: access.open(passphrase), self._unlocked, self._failed,
                                             parent=self)
        self._set_busy(True)

    def _unlocked(self, ws: Any) -> None:
        self.reset()
        if getattr(ws, "integrity_problems", ()):
            self._ask_about_integrity(ws)
            return
        self.unlocked.emit(ws)

    def _ask_about_integrity(self, ws: Any) -> None:
        """The journal opened but its integrity is in question: the main window waits (and nothing is
        saved) until the person keeps it locked or accepts its current state (ui.integrity_dialog)."""
        from integration_journal.ui.integrity_dialog import IntegrityDialog

        dialog = IntegrityDialog(ws, self)
        self.integrity_dialog = dialog
        dialog.accepted.connect(lambda: self._integrity_decided(dialog, accepted=True))
        dialog.rejected.connect(lambda: self._integrity_decided(dialog, accepted=False))
        dialog.restore_requested.connect(lambda: self._integrity_decided(dialog, accepted=False, restore=True))
        dialog.open()

    def _integrity_decided(self, dialog: IntegrityDialog, *, accepted: bool, restore: bool = False) -> None:
        if self.integrity_dialog is not dialog:
            return
        self.integrity_dialog = None
        ws, dialog.ws = dialog.ws, None
        dialog.hide()
        dialog.deleteLater()
        if accepted:
            self.unlocked.emit(ws)
            return
        close_quietly(ws)
        self._say(self.tr("The journal was left locked and unchanged."))
        self.passphrase_edit.setFocus()
        if restore:
            self.open_restore()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = describe(exc)
        if isinstance(exc, WrongPassphrase):
            self.failures += 1  # (a Caps Lock notice, if any, already shows right under the field)
            if self.failures >= KIT_HINT_AFTER:
                text += " " + self.tr("If you have forgotten it, “Use recovery kit…” lets you set a new one.")
        self._say(text)
        self.passphrase_edit.setFocus()
        self.passphrase_edit.selectAll()

    def cancel_pending(self) -> None:
        """A lock or a close arrived: whatever an unlock in flight produces is closed, not shown."""
        if self._pending is not None:
            self._pending.cancel()
        if self.integrity_dialog is not None:
            self.integrity_dialog.cancel()  # closes the workspace it holds (once a choice being recorded is)
        if self.recover_dialog is not None:
            self.recover_dialog.release()
            self.recover_dialog.hide()
        if self.restore_dialog is not None:
            self.restore_dialog.release()
            self.restore_dialog.hide()

    # --- recovery -------------------------------------------------------------------------------

    def open_recovery(self) -> None:
        if self.busy:
            return
        from integration_journal.ui.recover_dialog import RecoverDialog

        if self.recover_dialog is not None and not self.recover_dialog.busy:
            self.recover_dialog.deleteLater()  # a busy one stays alive (as our child) to close its result
        self.recover_dialog = RecoverDialog(self._access, self._dialogs, self)
        self.recover_dialog.workspace_ready.connect(self._unlocked)
        self.recover_dialog.open()

    # --- restoring a backup ---------------------------------------------------------------------

    def open_restore(self) -> None:
        if self.busy:
            return
        from integration_journal.ui.restore_dialog import RestoreDialog

        if self.restore_dialog is not None and not self.restore_dialog.busy:
            self.restore_dialog.deleteLater()  # a busy one stays alive (as our child) to close its result
        self.restore_dialog = RestoreDialog(self._access, self._dialogs, self)
        self.restore_dialog.workspace_ready.connect(self._unlocked)
        self.restore_dialog.open()

    # --- showing and closing --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.busy:
            self.passphrase_edit.setFocus()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.cancel_pending()
        QSettings().setValue("unlock_window/geometry", self.saveGeometry())
        super().closeEvent(event)
        self.closed.emit()

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("unlock_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
