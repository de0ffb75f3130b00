"""Turning the reminder helper on and off, and keeping its times current (docs/design.md "Reminders
when the window is closed").

On: the due times (core.reminder_times) go to the times file (storage.reminder_file) and the helper is
set to start at login (storage.autostart). Off: both are removed. While on, the app rewrites the times
after every change to the journal, so the helper, which holds no key, always has the next ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from integration_journal.core.reminder_times import reminder_times
from integration_journal.storage.autostart import Autostart, helper_command
from integration_journal.storage.paths import default_data_dir
from integration_journal.storage.reminder_file import delete_times, helper_enabled, write_times


def default_autostart(data_dir: Path) -> Autostart:
    """This computer's login entry for the helper of the journal in `data_dir`."""
    try:
        is_default = Path(data_dir).resolve() == default_data_dir().resolve()
    except OSError:
        is_default = False
    return Autostart(helper_command(None if is_default else Path(data_dir).resolve()))


def is_on(data_dir: Path) -> bool:
    return helper_enabled(data_dir)


def turn_on(data_dir: Path, journal: Any, *, tz: Any = None, autostart: Autostart | None = None) -> None:
    """Write the times first (the switch the helper reads), then the login entry."""
    write_times(data_dir, reminder_times(journal, tz=tz))
    try:
        (autostart or default_autostart(data_dir)).enable()
    except BaseException:
        delete_times(data_dir)  # half on is off: no times without the login entry
        raise


def turn_off(data_dir: Path, *, autostart: Autostart | None = None) -> None:
    """Remove the login entry and the times: nothing is left that starts or tells the helper anything."""
    try:
        (autostart or default_autostart(data_dir)).disable()
    finally:
        delete_times(data_dir)


def refresh(data_dir: Path, journal: Any, *, tz: Any = None) -> bool:
    """Bring the times up to date if the helper is on. Returns whether it is."""
    if not helper_enabled(data_dir):
        return False
    write_times(data_dir, reminder_times(journal, tz=tz))
    return True
