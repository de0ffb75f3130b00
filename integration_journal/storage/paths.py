"""Where the journal lives on disk, and which key-derivation policy this process uses."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the unlock window imports this module; the KDF code loads when it is needed
    from integration_journal.crypto.kdf import KdfPolicy

APP_NAME = "integration-journal"
ENV_DATA_DIR = "INTEGRATION_JOURNAL_DATA_DIR"
# Set only by the test suite and benchmarks: vaults created with it are cheap to brute-force.
ENV_INSECURE_TEST_KDF = "INTEGRATION_JOURNAL_INSECURE_TEST_KDF"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def vault_file(data_dir: Path) -> Path:
    """The vault inside a data folder (kept here so the GUI can check for it without importing SQL)."""
    return data_dir / "journal.ijvault"


def lock_file(data_dir: Path) -> Path:
    return data_dir / "journal.lock"


def reminder_times_file(data_dir: Path) -> Path:
    """The reminder helper's due times (storage.reminder_file); present only while the helper is on."""
    return data_dir / "reminder-times.json"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def insecure_test_kdf_active() -> bool:
    """Whether this process uses the test suite's cheap key derivation (ENV_INSECURE_TEST_KDF=1). Every
    front end says so loudly while it does (INSECURE_TEST_KDF_WARNING): the command line on stderr
    before every command, the app in its window titles and status bar."""
    return os.environ.get(ENV_INSECURE_TEST_KDF) == "1"


INSECURE_TEST_KDF_WARNING = (f"WARNING: {ENV_INSECURE_TEST_KDF}=1 is set. Journals created or re-keyed now use a "
                             "test-only key derivation that is cheap to brute-force. Never use it for a real "
                             "journal: unset it.")


def kdf_policy_from_env() -> KdfPolicy:
    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY, PRODUCTION_POLICY

    if insecure_test_kdf_active():
        return INSECURE_TEST_POLICY
    return PRODUCTION_POLICY


def harden_process(system: str | None = None) -> None:
    """Private files by default, and no core dumps that could hold decrypted entries. `system` is os.name
    (tests fake another). Windows has neither rlimits nor prctl (and writes no core dumps unless set up
    to); macOS has rlimits but no prctl."""
    os.umask(0o077)
    if (system or os.name) != "posix":
        return
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_dumpable = 4  # PR_SET_DUMPABLE in <sys/prctl.h>
        libc.prctl(pr_set_dumpable, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def app_settings_dir() -> Path:
    """The app's own settings folder (where this computer's anti-rollback memory lives), never the data
    folder nor inside it: a data folder copied back from an old backup must not bring an old memory along.
    platformdirs gives one folder for both on Windows and macOS, so there the settings go where each
    system keeps them: the roaming AppData on Windows (the data is in the local one), ~/Library/Preferences
    on macOS (the data is in ~/Library/Application Support)."""
    import platformdirs

    if sys.platform == "win32":
        return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Preferences" / APP_NAME
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
