"""The reminder helper in the app: with the window closed (journal locked, no key held) a due guided
prompt gives one content-free notification (frozen clock, fake notifier); the tray reopens the app,
turns reminders off (file and login entry gone) and quits; with the helper off, closing ends the app."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from integration_journal.core import records as r
from integration_journal.gui import app as app_module
from integration_journal.gui.app import AppController
from integration_journal.storage import reminder_helper
from integration_journal.storage.instance import InstanceLock
from integration_journal.storage.paths import lock_file, reminder_times_file
from integration_journal.ui.single_instance import InstanceBeacon, server_name, tell_running
from tests.helpers.input import click
from tests.helpers.main_window import close_controller
from tests.helpers.workspaces import PASSPHRASE, new_workspace

H = dt.timedelta(hours=1)
READY = "A reflection is ready in Integration Journal"


@pytest.fixture
def journal_with_session(data_dir, fast_kdf, frozen_clock):
    """A journal whose session an hour ago opens its same-day prompts in an hour; the helper is on."""
    ws = new_workspace(data_dir, clock=frozen_clock)
    session = ws.journal.add(r.TreatmentSession(when=frozen_clock.now - H, route="iv", setting="clinic",
                                                notes="Felt the floor drop away; talked about my father"))
    reminder_helper.turn_on(data_dir, ws.journal)
    ws.close()
    return session


@pytest.fixture
def notes() -> list[str]:
    return []


@pytest.fixture
def app_controller(qtbot, access, dialogs, frozen_clock, notes):
    ctl = AppController(access, dialogs, tray_options={"clock": frozen_clock, "notify": notes.append,
                                                       "interval_ms": 3_600_000})
    finished: list[bool] = []
    ctl.finished.connect(lambda: finished.append(True))
    ctl.finished_calls = finished
    yield ctl
    close_controller(ctl)


def unlock(qtbot, ctl: AppController) -> None:
    window = ctl.unlock_window
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.passphrase_edit, PASSPHRASE)
    click(qtbot, window.unlock_button)
    qtbot.waitUntil(lambda: ctl.main_window is not None and ctl.main_window.isVisible(), timeout=15000)


def nothing_shows(ctl: AppController) -> bool:
    return not ctl.window_showing()


def test_a_due_prompt_is_announced_with_the_window_closed(qtbot, app_controller, journal_with_session,
                                                          data_dir, frozen_clock, notes) -> None:
    ctl = app_controller
    ctl.start()
    ctl.sync_tray()
    assert ctl.tray is not None
    unlock(qtbot, ctl)
    ctl.main_window.close()  # the person closes the window
    assert ctl.finished_calls == []  # the helper keeps the app in the tray …
    assert nothing_shows(ctl) and ctl.main_window is None
    InstanceLock(lock_file(data_dir)).acquire().release()  # … locked: the vault is closed, no key held

    assert ctl.tray.watch.check() is False and notes == []
    frozen_clock.advance(H + dt.timedelta(minutes=1))  # the same-day window opens
    assert ctl.tray.watch.check() is True
    assert notes == [READY]
    assert ctl.tray.watch.check() is False and notes == [READY]  # once


def test_the_times_file_says_nothing_but_times(qtbot, app_controller, journal_with_session, data_dir,
                                               frozen_clock) -> None:
    ctl = app_controller
    ctl.start()
    unlock(qtbot, ctl)
    ctl.main_window.ctx.journal.add(r.TreatmentSession(when=frozen_clock.now + 7 * 24 * H, route="nasal",
                                                       setting="home_supported", notes="Second dose"))
    preparation = int((frozen_clock.now + 4 * 24 * H).timestamp())  # of the new session, a moment after adding it
    qtbot.waitUntil(lambda: preparation in json.loads(reminder_times_file(data_dir).read_bytes())["times"],
                    timeout=5000)
    raw = reminder_times_file(data_dir).read_bytes()
    data = json.loads(raw)
    assert set(data) == {"v", "times"}
    assert all(isinstance(t, int) for t in data["times"])
    text = raw.decode("ascii").lower()
    for secret in (journal_with_session.id.hex(), "father", "second dose", "same-day", "prompt", "phq", "iv"):
        assert secret not in text


def test_the_tray_opens_turns_off_and_quits(qtbot, app_controller, journal_with_session, data_dir) -> None:
    ctl = app_controller
    ctl.sync_tray()  # started at login: tray only, no window
    assert nothing_shows(ctl)
    ctl.tray.open_action.trigger()
    assert ctl.unlock_window is not None and ctl.unlock_window.isVisible()
    autostart = reminder_helper.default_autostart(data_dir)
    assert autostart.is_enabled()
    ctl.tray.off_action.trigger()
    assert ctl.tray is None
    assert not reminder_times_file(data_dir).exists() and not autostart.is_enabled()
    assert ctl.finished_calls == []  # the unlock window is open: the app stays until it is closed
    ctl.unlock_window.close()
    assert ctl.finished_calls == [True]  # helper off: closing ends the app


def test_turning_off_from_the_tray_with_no_window_ends_the_app(qtbot, app_controller, journal_with_session,
                                                              data_dir) -> None:
    ctl = app_controller
    ctl.sync_tray()
    ctl.tray.off_action.trigger()
    assert ctl.finished_calls == [True]
    assert not reminder_times_file(data_dir).exists()
    assert not reminder_helper.default_autostart(data_dir).is_enabled()


def test_quitting_from_the_tray_ends_the_app(qtbot, app_controller, journal_with_session) -> None:
    ctl = app_controller
    ctl.start()
    ctl.sync_tray()
    ctl.tray.quit_action.trigger()
    assert ctl.finished_calls == [True]
    ctl.shutdown()
    assert ctl.tray is None


def test_without_the_helper_closing_the_window_ends_the_app(qtbot, app_controller, data_dir, frozen_clock) -> None:
    new_workspace(data_dir, clock=frozen_clock).close()
    ctl = app_controller
    ctl.start()
    ctl.sync_tray()
    assert ctl.tray is None
    unlock(qtbot, ctl)
    ctl.main_window.close()
    assert ctl.finished_calls == [True]
    assert not reminder_times_file(data_dir).exists()


def test_the_demo_never_runs_the_helper(qtbot, access, dialogs, journal_with_session) -> None:
    ctl = AppController(access, dialogs, demo=True, tray_options={"notify": lambda text: None})
    ctl.sync_tray()
    assert ctl.tray is None


def test_a_later_start_hands_its_wish_to_the_running_app(qtbot, tmp_path) -> None:
    name = server_name(tmp_path)
    if os.name == "posix":
        assert len(name) < 108
    assert tell_running(name, "open") is False  # nobody yet
    beacon = InstanceBeacon(name)
    assert beacon.listen()
    try:
        with qtbot.waitSignal(beacon.requested, timeout=3000) as blocker:
            assert tell_running(name, "open") is True
        assert blocker.args == ["open"]
    finally:
        beacon.close()
    assert tell_running(name, "open") is False


def test_a_later_start_raises_the_app_in_the_tray_instead_of_a_second_icon(qtbot, app_controller,
                                                                          journal_with_session, data_dir) -> None:
    ctl = app_controller
    ctl.sync_tray()  # the login start: tray only
    assert ctl.beacon is not None and nothing_shows(ctl)
    assert app_module._hand_over(data_dir, "open") is True  # what run_gui does first when the helper is on
    qtbot.waitUntil(lambda: ctl.unlock_window is not None and ctl.unlock_window.isVisible(), timeout=3000)
    ctl.shutdown()
    assert app_module._hand_over(data_dir, "open") is False  # nobody listens once the app has ended


def test_turned_off_elsewhere_the_tray_app_ends(qtbot, app_controller, journal_with_session, data_dir) -> None:
    ctl = app_controller
    ctl.sync_tray()
    reminder_helper.turn_off(data_dir)  # e.g. `integration-journal reminders off` from an uninstaller
    ctl.tray.watch.check()
    assert ctl.tray is None and ctl.finished_calls == [True]
