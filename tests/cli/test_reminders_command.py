"""`integration-journal reminders`: the helper's state, and turning it off with no passphrase (what an
uninstaller runs), leaving no login entry and no times file."""

from __future__ import annotations

import datetime as dt

from integration_journal.core import records as r
from integration_journal.storage import reminder_helper
from integration_journal.storage.paths import reminder_times_file
from tests.helpers.clocks import FrozenClock
from tests.helpers.workspaces import new_workspace


def test_status_and_off(run, data_dir, fast_kdf, monkeypatch) -> None:
    monkeypatch.delenv("INTEGRATION_JOURNAL_PASSPHRASE")  # none is needed
    assert run("reminders").out.strip() == "The reminder helper is off."
    clock = FrozenClock()
    ws = new_workspace(data_dir, clock=clock)
    ws.journal.add(r.TreatmentSession(when=clock.now - dt.timedelta(hours=1), route="iv", setting="clinic"))
    reminder_helper.turn_on(data_dir, ws.journal)
    ws.close()
    assert run("reminders", "status").out.strip() == "The reminder helper is on and starts at login."
    reminder_helper.default_autostart(data_dir).disable()
    assert "half on" in run("reminders").out
    result = run("reminders", "off")
    assert result.code == 0 and "is off" in result.out
    assert not reminder_times_file(data_dir).exists()
    assert not reminder_helper.default_autostart(data_dir).is_enabled()
    assert run("reminders", "off").code == 0  # twice is fine


def test_a_tray_start_with_the_helper_off_starts_nothing(data_dir) -> None:
    from integration_journal.gui.app import run_gui

    assert not reminder_times_file(data_dir).exists()
    assert run_gui(data_dir, tray=True) == 0  # returns at once: no window, no icon, no event loop


def test_the_login_start_imports_no_command_group() -> None:
    from integration_journal.cli.main import groups_for

    assert groups_for(["--tray"]) == ()
    assert groups_for(["--data-dir", "/somewhere", "--tray"]) == ()
    assert groups_for(["reminders", "off"]) == ("reminders",)
