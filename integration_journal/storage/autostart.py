"""Start the reminder helper at login, per operating system, and stop doing so.

    Linux and other XDG desktops   ~/.config/autostart/integration-journal.desktop
    Windows                        HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run, value "Integration Journal"
    macOS                          ~/Library/LaunchAgents/org.integration-journal.reminders.plist

Each entry runs the app with `--tray` (the helper: a tray icon holding no key, gui.app) and names
nothing but the program and, when it is not the default, the journal's folder. Plain Python with the
platform, the folders and the registry injected, so every branch is tested on any computer.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from integration_journal.storage.files import os_errors, remove_quietly

ENTRY_NAME = "integration-journal"
DISPLAY_NAME = "Integration Journal"
LAUNCH_AGENT_LABEL = "org.integration-journal.reminders"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
TRAY_FLAG = "--tray"


class RunKey(Protocol):
    """The few registry operations the Windows Run key needs (winreg under HKEY_CURRENT_USER)."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WindowsRunKey:  # pragma: no cover - exercised on Windows only
    def _open(self, access: int):
        import winreg

        return winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, access)

    def get(self, name: str) -> str | None:
        import winreg

        with self._open(winreg.KEY_READ) as key:
            try:
                value, _kind = winreg.QueryValueEx(key, name)
            except FileNotFoundError:
                return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        import winreg

        with self._open(winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        import winreg

        with self._open(winreg.KEY_SET_VALUE) as key:
            try:
                winreg.DeleteValue(key, name)
            except FileNotFoundError:
                pass


def helper_command(data_dir: Path | None = None, *, executable: str | None = None,
                   frozen: bool | None = None, environ: dict[str, str] | None = None) -> list[str]:
    """The command line that starts the helper: this program with `--tray` (and `--data-dir` when the
    journal is not in the default folder). A frozen build is its own executable; an AppImage is named by
    $APPIMAGE (sys.executable is inside its temporary mount); else this Python runs the package."""
    environ = os.environ if environ is None else environ
    executable = executable or sys.executable
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if environ.get("APPIMAGE"):
        command = [environ["APPIMAGE"]]
    elif frozen:
        command = [executable]
    else:
        command = [executable, "-m", "integration_journal"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command + [TRAY_FLAG]


def _desktop_quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key (freedesktop Desktop Entry spec, "The Exec key")."""
    argument = argument.replace("%", "%%")  # "%" starts a field code
    if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`="):
        return argument
    escaped = "".join("\\" + c if c in "\"`$\\" else c for c in argument)
    return f'"{escaped}"'


def _windows_quote(argument: str) -> str:
    if argument and not any(c in argument for c in ' \t"'):
        return argument
    return '"' + argument.replace('"', '\\"') + '"'


@dataclass
class Autostart:
    """The login entry of the reminder helper on one computer. `platform` is sys.platform's value."""

    command: Sequence[str]
    platform: str = sys.platform
    home: Path = field(default_factory=Path.home)
    config_home: Path | None = None  # $XDG_CONFIG_HOME (default ~/.config)
    run_key: RunKey | None = None  # Windows (default: the real registry)

    # --- where -------------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        if self.platform.startswith("win"):
            return "windows"
        if self.platform == "darwin":
            return "macos"
        return "xdg"

    def desktop_file(self) -> Path:
        base = self.config_home or Path(os.environ.get("XDG_CONFIG_HOME") or self.home / ".config")
        return base / "autostart" / f"{ENTRY_NAME}.desktop"

    def launch_agent(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"

    def _run_key(self) -> RunKey:
        if self.run_key is None:
            self.run_key = WindowsRunKey()
        return self.run_key

    # --- the entry -----------------------------------------------------------------------------------

    def desktop_entry(self) -> str:
        # The value is a string too, whose own escaping of "\\" applies before the quoting rule.
        exec_line = " ".join(_desktop_quote(arg) for arg in self.command).replace("\\", "\\\\")
        return "\n".join([
            "[Desktop Entry]",
            "Type=Application",
            f"Name={DISPLAY_NAME} reminders",
            "Comment=Says when a reflection is ready; holds no key and shows no content",
            f"Exec={exec_line}",
            "Terminal=false",
            "NoDisplay=true",
            "X-GNOME-Autostart-enabled=true",
            "",
        ])

    def launch_agent_plist(self) -> bytes:
        return plistlib.dumps({
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": list(self.command),
            "RunAtLoad": True,
            "KeepAlive": False,
            "ProcessType": "Interactive",
        })

    def run_value(self) -> str:
        return " ".join(_windows_quote(arg) for arg in self.command)

    # --- on, off, is it on ---------------------------------------------------------------------------

    def enable(self) -> None:
        with os_errors("set the reminder helper to start at login"):
            if self.kind == "windows":
                self._run_key().set(DISPLAY_NAME, self.run_value())
            elif self.kind == "macos":
                _write_private(self.launch_agent(), self.launch_agent_plist(), mode=0o644)
            else:
                _write_private(self.desktop_file(), self.desktop_entry().encode("utf-8"), mode=0o600)

    def disable(self) -> None:
        with os_errors("stop the reminder helper starting at login"):
            if self.kind == "windows":
                self._run_key().delete(DISPLAY_NAME)
            elif self.kind == "macos":
                remove_quietly(self.launch_agent())
            else:
                remove_quietly(self.desktop_file())

    def is_enabled(self) -> bool:
        if self.kind == "windows":
            return self._run_key().get(DISPLAY_NAME) is not None
        if self.kind == "macos":
            return self.launch_agent().is_file()
        return self.desktop_file().is_file()


def _write_private(path: Path, payload: bytes, *, mode: int) -> None:
    """Write `payload` to `path` atomically (the folder is made if missing; launchd wants 0644)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    remove_quietly(temp)
    fd = os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        if os.name == "posix":
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        remove_quietly(temp)
        raise
