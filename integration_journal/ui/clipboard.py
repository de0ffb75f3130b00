"""What the app puts on the clipboard: plain text only, marked for clipboard managers as secret, and
taken back 30 seconds later, on lock and on quit.

Qt's editors copy a selection as plain text, HTML, Markdown and ODF with nothing telling a clipboard
manager (Klipper, Windows clipboard history, macOS clipboard tools) to leave it alone, and it stayed
after the journal locked. Every copy from the app goes through `SecureClipboard.copy`, one per
application: the text as text/plain, plus the markers each platform's clipboard managers honour:

- `x-kde-passwordManagerHint: secret` — KDE's Klipper (and CopyQ, which follows it) do not keep it;
- Windows' registered formats `ExcludeClipboardContentFromMonitorProcessing` (any value: clipboard
  monitors skip the content), `CanIncludeInClipboardHistory` = 0 (not in Win+V history) and
  `CanUploadToCloudClipboard` = 0 (not synced to other devices), named through Qt's
  `application/x-qt-windows-mime;value="…"` form;
- `org.nspasteboard.ConcealedType` — the nspasteboard.org convention that macOS clipboard managers
  read (Qt may offer it under a type name of its own; the timed clear holds regardless).

A timer takes the text back after `CLEAR_AFTER_MS` if the clipboard still holds it (what the person
copied since, in any app, is left alone); `clear_now()` does the same at once and runs on lock and on
quit. `ClipboardGuard`, an application event filter installed by gui/app.py, routes Copy and Cut
(Ctrl+C, Ctrl+X, Ctrl+Insert, Shift+Delete, and the context menu's Copy and Cut) of every line edit,
text edit and selectable label through it. For keys Qt's own copy never runs; in an editor's context
menu Qt's action runs first and the secure copy replaces it in the same call, before the event loop
could hand Qt's version to another program. Dragging selected text out of the window still carries
what Qt offers (SECURITY.md).
"""

from __future__ import annotations

import atexit
import struct

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QClipboard, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

CLEAR_AFTER_MS = 30_000

KDE_HINT = "x-kde-passwordManagerHint"
_NO = struct.pack("<I", 0)  # a DWORD 0, as Windows reads these formats


def _windows(name: str) -> str:
    return f'application/x-qt-windows-mime;value="{name}"'


CONCEALMENT: dict[str, bytes] = {
    KDE_HINT: b"secret",
    _windows("ExcludeClipboardContentFromMonitorProcessing"): b"\x01",
    _windows("CanIncludeInClipboardHistory"): _NO,
    _windows("CanUploadToCloudClipboard"): _NO,
    "org.nspasteboard.ConcealedType": b"",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("clipboard", text)


def concealed_mime_data(text: str) -> QMimeData:
    """`text` as plain text only, with every platform's "do not keep this" marker."""
    data = QMimeData()
    data.setText(text)
    for name, value in CONCEALMENT.items():
        data.setData(name, value)
    return data


class SecureClipboard(QObject):
    """The app's one way onto the clipboard (`secure_clipboard()` finds or makes it)."""

    def __init__(self, parent: QObject | None = None, *, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._data: QMimeData | None = None  # what the app put there last (the clipboard owns it)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(clear_after_ms)
        self.timer.timeout.connect(self.clear_now)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_now)
        # Also when Python exits without Qt's quit (a script, a test run): a QMimeData made in Python
        # must not outlive the interpreter inside Qt's clipboard.
        atexit.register(_clear_at_exit, self)

    def set_clear_after(self, ms: int) -> None:
        self.timer.setInterval(ms)

    def copy(self, text: str, *, secret: bool = True) -> None:
        """Put `text` on the clipboard. A secret (anything from the journal) is concealed and taken back
        later; a public text (a contact card meant to be pasted into a message) is plain text only."""
        if not text:
            return
        if secret:
            self._data = concealed_mime_data(text)
            QGuiApplication.clipboard().setMimeData(self._data)
            self.timer.start()
        else:
            self._data = None
            QGuiApplication.clipboard().setText(text)

    def holds_ours(self) -> bool:
        """Whether the clipboard still holds exactly what the app put there (Qt deletes it, and the
        wrapper turns invalid, as soon as anything else is copied, here or in another program)."""
        data = self._data
        return (data is not None and shiboken6.isValid(data)
                and QGuiApplication.clipboard().mimeData() is data)

    def clear_now(self) -> None:
        """Take back what the app copied, if the clipboard still holds it; leave anything else. On X11
        also drop the mouse selection the app owns (selected text offered to a middle click)."""
        self.timer.stop()
        clipboard = QGuiApplication.clipboard()
        if self.holds_ours():
            clipboard.clear(QClipboard.Mode.Clipboard)
        self._data = None
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)


def _clear_at_exit(clipboard: SecureClipboard) -> None:
    if shiboken6.isValid(clipboard) and QCoreApplication.instance() is not None:
        clipboard.clear_now()


def secure_clipboard() -> SecureClipboard:
    """The application's SecureClipboard (made on first use)."""
    app = QCoreApplication.instance()
    found = app.findChild(SecureClipboard) if app is not None else None
    return found if found is not None else SecureClipboard(app)


# --- routing every editor's Copy and Cut through it ------------------------------------------------------

_EDITORS = (QLineEdit, QTextEdit, QPlainTextEdit)


def _editor_of(watched: QObject) -> QWidget | None:
    """The editor or label an event is about (a text edit's events arrive at its viewport)."""
    if isinstance(watched, (*_EDITORS, QLabel)):
        return watched
    if isinstance(watched, QWidget):
        parent = watched.parentWidget()
        if isinstance(parent, (QTextEdit, QPlainTextEdit)) and parent.viewport() is watched:
            return parent
    return None


def selected_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.selectedText() if widget.echoMode() == QLineEdit.EchoMode.Normal else ""
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.textCursor().selection().toPlainText()
    if isinstance(widget, QLabel):
        return widget.selectedText()
    return ""


def _read_only(widget: QWidget) -> bool:
    return not isinstance(widget, _EDITORS) or widget.isReadOnly()


def copy_selection(widget: QWidget, *, cut: bool = False) -> None:
    text = selected_text(widget)
    if not text:
        return
    secure_clipboard().copy(text)
    if cut and not _read_only(widget):
        if isinstance(widget, QLineEdit):
            widget.insert("")  # replaces the selection, undoable
        else:
            cursor = widget.textCursor()
            cursor.removeSelectedText()
            widget.setTextCursor(cursor)


def _label_menu(label: QLabel) -> QMenu:
    menu = QMenu()  # owned by Python (a child of the label was deleted twice on close)
    copy = QAction(_tr("&Copy"), menu)
    copy.setObjectName("edit-copy")
    copy.setEnabled(label.hasSelectedText())
    copy.triggered.connect(lambda _checked=False: copy_selection(label))
    select_all = QAction(_tr("Select All"), menu)
    select_all.setObjectName("select-all")
    select_all.triggered.connect(lambda _checked=False: label.setSelection(0, len(label.text())))
    menu.addAction(copy)
    menu.addAction(select_all)
    return menu


def context_menu(widget: QWidget, pos: QPoint) -> QMenu:
    """The editor's own context menu with Copy and Cut going through the secure clipboard."""
    if isinstance(widget, QLabel):
        return _label_menu(widget)
    if isinstance(widget, QLineEdit):
        menu = widget.createStandardContextMenu()
    else:
        menu = widget.createStandardContextMenu(pos)
    text = selected_text(widget)  # what Copy or Cut will take (the selection cannot change meanwhile)
    for action in menu.actions():
        if action.objectName() in ("edit-copy", "edit-cut"):
            # Qt's own handler copies rich text first; this one, connected after it, replaces that with
            # the secure copy before the event loop runs again, so no other program is served Qt's.
            action.triggered.connect(lambda _checked=False, copied=text: secure_clipboard().copy(copied))
    return menu


class ClipboardGuard(QObject):
    """An application event filter: Copy and Cut in any editor or selectable label go through
    SecureClipboard instead of Qt's rich copy."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.ContextMenu):
            return False
        widget = _editor_of(watched)
        if widget is None:
            return False
        if kind == QEvent.Type.ContextMenu:
            assert isinstance(event, QContextMenuEvent)
            if isinstance(widget, QLabel) and not (
                    widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse):
                return False
            if widget.contextMenuPolicy() != Qt.ContextMenuPolicy.DefaultContextMenu:
                return False
            menu = context_menu(widget, event.pos())
            if isinstance(widget, QLabel):
                menu.exec(event.globalPos())  # a menu of Python's own: gone when this returns
            else:
                menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # Qt's, a child of the editor
                menu.popup(event.globalPos())
            return True
        assert isinstance(event, QKeyEvent)
        cut = event.matches(QKeySequence.StandardKey.Cut)
        if not (cut or event.matches(QKeySequence.StandardKey.Copy)):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key is the editor's, not a window shortcut's
            return True
        copy_selection(widget, cut=cut)
        return True


def install_clipboard_guard(app: QApplication) -> ClipboardGuard:
    """Install the application's one ClipboardGuard (again: the same one) and its SecureClipboard."""
    secure_clipboard()
    guard = app.findChild(ClipboardGuard) or ClipboardGuard(app)
    app.installEventFilter(guard)  # once: installing again only moves it to the front
    return guard
