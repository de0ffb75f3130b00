"""The code paths that branch on the operating system, each run here with the platform faked: where the
journal and this computer's memory live, the instance lock, process hardening, private files and folders,
and the offscreen fallback of the PDF export. (CI runs this file on Windows and macOS too.)"""

from __future__ import annotations

import ntpath
import os
import posixpath
import sys
import types
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from integration_journal.core import private_files
from integration_journal.errors import VaultInUse
from integration_journal.storage import files, instance, paths

# What platformdirs answers on each system for (app, roaming) — its documented folders, with the app's name.
FAKE_DIRS = {
    "win32": {
        "data": lambda roaming: ntpath.join(r"C:\Users\sam\AppData", "Roaming" if roaming else "Local",
                                            "integration-journal"),
        "config": lambda roaming: ntpath.join(r"C:\Users\sam\AppData", "Roaming" if roaming else "Local",
                                              "integration-journal"),
        "home": r"C:\Users\sam",
        "pure": PureWindowsPath,
    },
    "darwin": {
        "data": lambda roaming: "/Users/sam/Library/Application Support/integration-journal",
        "config": lambda roaming: "/Users/sam/Library/Application Support/integration-journal",
        "home": "/Users/sam",
        "pure": PurePosixPath,
    },
    "linux": {
        "data": lambda roaming: "/home/sam/.local/share/integration-journal",
        "config": lambda roaming: "/home/sam/.config/integration-journal",
        "home": "/home/sam",
        "pure": PurePosixPath,
    },
}


@pytest.mark.parametrize("platform", sorted(FAKE_DIRS))
def test_this_computers_memory_is_never_in_or_around_the_data_folder(platform: str,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A data folder restored from an old backup must not bring the anti-rollback memory back with it."""
    import platformdirs

    fake = FAKE_DIRS[platform]
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(platformdirs, "user_data_dir",
                        lambda app, appauthor=None, roaming=False, **_: fake["data"](roaming))
    monkeypatch.setattr(platformdirs, "user_config_dir",
                        lambda app, appauthor=None, roaming=False, **_: fake["config"](roaming))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: cls(fake["home"])))
    pure = fake["pure"]
    if platform == "win32":
        data, settings = pure(str(paths.default_data_dir())), pure(str(paths.app_settings_dir()))
    else:
        data, settings = pure(paths.default_data_dir().as_posix()), pure(paths.app_settings_dir().as_posix())
    assert data != settings
    assert not data.is_relative_to(settings) and not settings.is_relative_to(data)
    assert settings.name == "integration-journal"
    if platform == "win32":
        assert "Local" in data.parts and "Roaming" in settings.parts
    if platform == "darwin":
        assert settings == PurePosixPath("/Users/sam/Library/Preferences/integration-journal")


class FakeMsvcrt(types.ModuleType):
    """Windows' msvcrt.locking, with one lock table shared by every "process" of the test."""

    LK_UNLCK, LK_NBLCK = 0, 2
    held: set[tuple[int, int]] = set()

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.calls: list[tuple[int, int, int]] = []

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        self.calls.append((os.lseek(fd, 0, os.SEEK_CUR), mode, nbytes))
        info = os.fstat(fd)
        key = (info.st_dev, info.st_ino)
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise PermissionError(13, "Permission denied")
            self.held.add(key)
        else:
            self.held.discard(key)


def test_the_windows_lock_locks_and_unlocks_the_first_byte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeMsvcrt()
    FakeMsvcrt.held = set()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    fd = os.open(tmp_path / "journal.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        os.write(fd, b"1234")  # the position is not at the start: the lock must still cover byte 0
        instance._lock(fd, "nt")
        instance._unlock(fd, "nt")
    finally:
        os.close(fd)
    assert fake.calls == [(0, FakeMsvcrt.LK_NBLCK, 1), (0, FakeMsvcrt.LK_UNLCK, 1)]


def test_a_second_windows_instance_is_refused_then_allowed_after_release(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeMsvcrt()
    FakeMsvcrt.held = set()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    real_lock, real_unlock = instance._lock, instance._unlock
    monkeypatch.setattr(instance, "_lock", lambda fd, system=None: real_lock(fd, "nt"))
    monkeypatch.setattr(instance, "_unlock", lambda fd, system=None: real_unlock(fd, "nt"))
    path = tmp_path / "journal.lock"
    first = instance.InstanceLock(path).acquire()
    with pytest.raises(VaultInUse):
        instance.InstanceLock(path).acquire()
    first.release()
    second = instance.InstanceLock(path).acquire()
    assert second.held
    second.release()


def test_the_posix_lock_is_flock(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("flock exists on Linux and macOS only")
    path = tmp_path / "journal.lock"
    with instance.InstanceLock(path):
        with pytest.raises(VaultInUse):
            instance.InstanceLock(path).acquire()
    with instance.InstanceLock(path) as again:
        assert again.held


@pytest.mark.parametrize("system", ["nt", "posix"])
def test_hardening_sets_private_files_everywhere_and_no_core_dumps_where_it_can(system: str,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    masks: list[int] = []
    monkeypatch.setattr(os, "umask", lambda mask: masks.append(mask) or 0o022)
    limits: list[object] = []
    fake_resource = types.ModuleType("resource")
    fake_resource.RLIMIT_CORE = 4
    fake_resource.setrlimit = lambda which, value: limits.append((which, value))
    monkeypatch.setitem(sys.modules, "resource", fake_resource)
    prctl_calls: list[tuple] = []

    class FakeLibc:
        def __getattr__(self, name: str):
            return lambda *args: prctl_calls.append((name, *args)) or 0

    import ctypes

    monkeypatch.setattr(ctypes, "CDLL", lambda *args, **kwargs: FakeLibc())
    paths.harden_process(system)
    assert masks == [0o077]
    if system == "nt":
        assert limits == [] and prctl_calls == []
    else:
        assert limits == [(4, (0, 0))]
        assert prctl_calls == [("prctl", 4, 0, 0, 0, 0)]


def test_hardening_survives_a_libc_without_prctl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "umask", lambda mask: 0o022)

    class MacLibc:
        def __getattr__(self, name: str):
            raise AttributeError(name)

    import ctypes

    monkeypatch.setattr(ctypes, "CDLL", lambda *args, **kwargs: MacLibc())
    paths.harden_process("posix")  # no exception


class _NtOs(types.ModuleType):
    """The os module as Windows shows it to the code under test: name "nt", directories cannot be opened
    (so neither fsynced) and chmod of a folder is a no-op the code must not rely on."""

    def __init__(self) -> None:
        super().__init__("os")
        self.name = "nt"
        self.chmods: list[object] = []

    def __getattr__(self, attr: str):
        return getattr(os, attr)

    def open(self, path, flags, mode=0o777):  # noqa: A003 - the os API
        if Path(path).is_dir():
            raise PermissionError(13, "Permission denied", str(path))
        return os.open(path, flags, mode)

    def chmod(self, path, mode) -> None:
        self.chmods.append((path, mode))


def test_on_windows_folders_are_not_fsynced_and_files_still_replace_atomically(tmp_path: Path,
                                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    monkeypatch.setattr(private_files, "os", _NtOs())
    private_files.fsync_dir(folder)  # would raise if it tried to open the folder
    target = folder / "summary.md"
    private_files.replace_privately(target, b"first")
    private_files.replace_privately(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in folder.iterdir()] == ["summary.md"]


def test_on_windows_private_folders_are_made_without_posix_modes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _NtOs()
    monkeypatch.setattr(files, "os", fake)
    made = files.private_dir(tmp_path / "journal")
    assert made.is_dir() and fake.chmods == []


@pytest.mark.parametrize(("platform", "offscreen"), [("linux", True), ("darwin", False), ("win32", False)])
def test_the_pdf_export_goes_offscreen_only_on_linux_without_a_display(qapp, platform: str, offscreen: bool,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """macOS and Windows always have their own window system; Linux without X11 or Wayland (a server, a
    terminal over ssh) needs Qt's offscreen platform to draw the PDF's charts."""
    from integration_journal.cli import summary

    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(summary, "sys", types.SimpleNamespace(platform=platform))
    summary._qt_application()
    assert (os.environ.get("QT_QPA_PLATFORM") == "offscreen") is offscreen


def test_fake_paths_are_what_the_tests_claim() -> None:
    # The Windows fake must really be a Windows path (the check above would pass vacuously otherwise).
    assert PureWindowsPath(FAKE_DIRS["win32"]["data"](False)).parts[-2] == "Local"
    assert posixpath.basename(FAKE_DIRS["darwin"]["data"](False)) == "integration-journal"
