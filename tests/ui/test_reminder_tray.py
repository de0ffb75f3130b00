"""ui.reminder_tray: each passed due time is announced once, with the one content-free sentence; the
tray's menu asks for the window, for turning reminders off, and for quitting."""

from __future__ import annotations

import datetime as dt

import pytest

from integration_journal.storage.reminder_file import delete_times, read_times, write_times
from integration_journal.ui import reminder_tray
from integration_journal.ui.reminder_tray import ReminderTray, ReminderWatch, tray_pixmap
from tests.helpers.clocks import FrozenClock

H = dt.timedelta(hours=1)
READY = "A reflection is ready in Integration Journal"


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


def test_a_passed_time_is_announced_once_with_nothing_but_the_sentence(qtbot, tmp_path, clock) -> None:
    write_times(tmp_path, [clock.now + H, clock.now + 3 * H])
    said: list[str] = []
    watch = ReminderWatch(tmp_path, said.append, clock=clock)
    assert watch.check() is False and said == []
    clock.advance(H)
    assert watch.check() is True
    assert said == [READY]
    assert watch.check() is False  # not repeated
    clock.advance(H)
    assert watch.check() is False and said == [READY]
    clock.advance(H)
    assert watch.check() is True and said == [READY, READY]


def test_times_that_passed_together_give_one_notification(qtbot, tmp_path, clock) -> None:
    write_times(tmp_path, [clock.now + H, clock.now + 2 * H, clock.now + 30 * H])
    said: list[str] = []
    watch = ReminderWatch(tmp_path, said.append, clock=clock)
    clock.advance(5 * H)  # e.g. the computer slept
    assert watch.check() is True and said == [READY]
    # A new helper (the next login) does not repeat it: the file remembers.
    again: list[str] = []
    assert ReminderWatch(tmp_path, again.append, clock=clock).check() is False and again == []
    assert read_times(tmp_path).times == (int((clock.now + 25 * H).timestamp()),)


def test_announced_once_even_when_the_file_cannot_be_written(qtbot, tmp_path, clock, monkeypatch) -> None:
    write_times(tmp_path, [clock.now + H])

    def disk_full(*_args) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(reminder_tray, "mark_fired", disk_full)
    monkeypatch.setattr(reminder_tray, "report_unexpected", lambda exc: None)
    said: list[str] = []
    watch = ReminderWatch(tmp_path, said.append, clock=clock)
    clock.advance(2 * H)
    assert watch.check() is True
    assert watch.check() is False and said == [READY]


def test_the_file_gone_means_turned_off(qtbot, tmp_path, clock) -> None:
    write_times(tmp_path, [clock.now + H])
    watch = ReminderWatch(tmp_path, lambda text: None, clock=clock)
    delete_times(tmp_path)
    with qtbot.waitSignal(watch.turned_off, timeout=1000):
        assert watch.check() is False


def test_the_timer_does_the_checking(qtbot, tmp_path, clock) -> None:
    write_times(tmp_path, [clock.now + H])
    said: list[str] = []
    tray = ReminderTray(tmp_path, clock=clock, notify=said.append, interval_ms=20)
    tray.start()
    qtbot.wait(60)
    assert said == []
    clock.advance(2 * H)
    qtbot.waitUntil(lambda: said == [READY], timeout=2000)
    qtbot.wait(80)
    assert said == [READY]
    tray.stop()
    assert not tray.watch.timer.isActive()
    tray.deleteLater()


def test_the_menu_offers_open_turn_off_and_quit(qtbot, tmp_path, clock) -> None:
    tray = ReminderTray(tmp_path, clock=clock, notify=lambda text: None)
    assert [a.text() for a in tray.menu.actions() if not a.isSeparator()] == [
        "&Open Integration Journal", "&Turn reminders off", "&Quit"]
    for action, signal in ((tray.open_action, tray.open_requested), (tray.off_action, tray.turn_off_requested),
                           (tray.quit_action, tray.quit_requested)):
        with qtbot.waitSignal(signal, timeout=1000):
            action.trigger()
    tray.deleteLater()


def test_offscreen_there_is_no_icon_and_the_mark_is_drawn(qtbot, tmp_path, clock) -> None:
    assert reminder_tray.tray_available() is False  # the offscreen platform has no tray
    tray = ReminderTray(tmp_path, clock=clock)
    assert tray.icon is None
    assert not tray_pixmap(32).isNull() and tray_pixmap(32).width() == 32
    tray.deleteLater()
