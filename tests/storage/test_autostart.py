"""storage.autostart and storage.reminder_helper: the helper's login entry on each operating system
(platform, folders and registry faked), and turning the helper on and off leaves all or nothing."""

from __future__ import annotations

import datetime as dt
import os
import plistlib
import stat
from pathlib import Path

import pytest

from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.store import MemoryStore
from integration_journal.errors import VaultError
from integration_journal.storage import reminder_helper
from integration_journal.storage.autostart import Autostart, helper_command
from integration_journal.storage.paths import reminder_times_file
from tests.helpers.clocks import FrozenClock

COMMAND = ["/opt/Integration Journal/bin/python", "-m", "integration_journal", "--data-dir",
           "/home/sam/My $journal\\100%", "--tray"]


class FakeRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_linux_writes_an_xdg_autostart_entry_and_removes_it(tmp_path) -> None:
    entry = Autostart(COMMAND, platform="linux", home=tmp_path, config_home=tmp_path / "config")
    assert not entry.is_enabled()
    entry.enable()
    path = tmp_path / "config" / "autostart" / "integration-journal.desktop"
    assert entry.is_enabled() and path.is_file()
    text = path.read_text("utf-8")
    assert "[Desktop Entry]" in text and "X-GNOME-Autostart-enabled=true" in text and "Type=Application" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    # Quoted per the Desktop Entry spec; "\" doubled again for the string escape; "%" doubled.
    assert exec_line == ('Exec="/opt/Integration Journal/bin/python" -m integration_journal --data-dir '
                         '"/home/sam/My \\\\$journal\\\\\\\\100%%" --tray')
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    entry.disable()
    entry.disable()
    assert not path.exists() and not entry.is_enabled()


def test_linux_follows_xdg_config_home(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    entry = Autostart(["ij", "--tray"], platform="linux", home=tmp_path)
    assert entry.desktop_file() == tmp_path / "xdg" / "autostart" / "integration-journal.desktop"
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert entry.desktop_file() == tmp_path / ".config" / "autostart" / "integration-journal.desktop"


def test_windows_uses_the_run_key(tmp_path) -> None:
    key = FakeRunKey()
    home = tmp_path / "windows-home"
    home.mkdir()
    entry = Autostart(COMMAND, platform="win32", home=home, run_key=key)
    entry.enable()
    assert key.values == {"Integration Journal": '"/opt/Integration Journal/bin/python" -m integration_journal '
                                                 '--data-dir "/home/sam/My $journal\\100%" --tray'}
    assert entry.is_enabled()
    entry.disable()
    assert key.values == {} and not entry.is_enabled()
    assert not any(home.iterdir())  # nothing written to disk on Windows


def test_macos_writes_a_launch_agent(tmp_path) -> None:
    entry = Autostart(COMMAND, platform="darwin", home=tmp_path)
    entry.enable()
    path = tmp_path / "Library" / "LaunchAgents" / "org.integration-journal.reminders.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent == {"Label": "org.integration-journal.reminders", "ProgramArguments": COMMAND,
                     "RunAtLoad": True, "KeepAlive": False, "ProcessType": "Interactive"}
    assert entry.is_enabled()
    entry.disable()
    assert not path.exists() and not entry.is_enabled()


def test_the_helper_command() -> None:
    assert helper_command(executable="/usr/bin/python3", frozen=False, environ={}) == [
        "/usr/bin/python3", "-m", "integration_journal", "--tray"]
    assert helper_command(Path("/data/j"), executable="/Applications/IJ", frozen=True, environ={}) == [
        "/Applications/IJ", "--data-dir", "/data/j", "--tray"]
    appimage = {"APPIMAGE": "/home/sam/Apps/Integration_Journal.AppImage"}
    assert helper_command(executable="/tmp/.mount_Integr/usr/bin/python3", frozen=False, environ=appimage) == [
        "/home/sam/Apps/Integration_Journal.AppImage", "--tray"]


def test_the_default_journal_folder_is_not_named(data_dir, tmp_path) -> None:
    assert "--data-dir" not in reminder_helper.default_autostart(data_dir).command
    other = tmp_path / "elsewhere"
    assert reminder_helper.default_autostart(other).command[-3:] == ["--data-dir", str(other.resolve()), "--tray"]


# --- on and off -----------------------------------------------------------------------------------

@pytest.fixture
def journal() -> Journal:
    clock = FrozenClock()
    journal = Journal.open(MemoryStore(), clock=clock, tz=dt.timezone.utc)
    journal.add(r.TreatmentSession(when=clock.now - dt.timedelta(hours=1), route="iv", setting="clinic"))
    return journal


def test_turning_on_writes_times_and_the_entry_and_off_removes_both(tmp_path, journal) -> None:
    entry = Autostart(["ij", "--tray"], platform="linux", home=tmp_path, config_home=tmp_path / "config")
    data_dir = tmp_path / "data"
    reminder_helper.turn_on(data_dir, journal, autostart=entry)
    assert reminder_helper.is_on(data_dir) and entry.is_enabled()
    assert reminder_helper.refresh(data_dir, journal) is True
    reminder_helper.turn_off(data_dir, autostart=entry)
    assert not reminder_times_file(data_dir).exists() and not entry.is_enabled()
    assert reminder_helper.refresh(data_dir, journal) is False
    assert not reminder_times_file(data_dir).exists()  # refreshing never turns it back on


def test_turning_on_is_all_or_nothing(tmp_path, journal) -> None:
    blocked = tmp_path / "config"
    blocked.write_text("a file where the folder should be")
    entry = Autostart(["ij", "--tray"], platform="linux", home=tmp_path, config_home=blocked)
    with pytest.raises(VaultError):
        reminder_helper.turn_on(tmp_path / "data", journal, autostart=entry)
    assert not reminder_times_file(tmp_path / "data").exists()
