"""Turn the typed errors from core/crypto/storage into calm sentences for a dialog or a label."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication

from integration_journal.errors import JournalError, WrongPassphrase


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def describe(exc: BaseException) -> str:
    """The user's words for a failure. Our own errors already carry them; anything else is reported
    to stderr by type and stack only (its text might hold content) and described generically."""
    if isinstance(exc, WrongPassphrase):
        return _tr("That passphrase does not open this journal. Please check it and try again.")
    if isinstance(exc, JournalError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return _tr("There was not enough memory to open the journal. Closing other programs may help.")
    if isinstance(exc, OSError):
        return _tr("The journal folder could not be used ({reason}). Nothing was changed.").format(
            reason=exc.strerror or type(exc).__name__)
    report_unexpected(exc)
    return _tr("Something unexpected went wrong. Nothing was changed. Please try again.")


def report_unexpected(exc: BaseException) -> None:
    # The stack without the message: frames name code, never user content.
    print(f"integration-journal: unexpected {type(exc).__name__}", file=sys.stderr)
    print("".join(traceback.format_tb(exc.__traceback__)), file=sys.stderr, end="")
