"""Every test runs in its own folders with a deliberately cheap KDF unless it asks otherwise, in a
pinned zone and locale, whatever the machine's: tests about zones and locales set their own."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One zone and one locale for the whole run (and the processes it starts), before Qt reads either.
SUITE_TZ = "UTC"
SUITE_LOCALE = "C.UTF-8"
os.environ["TZ"] = SUITE_TZ
time.tzset()
for _name in ("LC_ALL", "LANG", "LC_TIME", "LC_NUMERIC", "LANGUAGE"):
    os.environ.pop(_name, None)
os.environ["LC_ALL"] = SUITE_LOCALE

from hypothesis import settings  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402

from integration_journal.crypto.kdf import INSECURE_TEST_POLICY  # noqa: E402
from tests.helpers.clocks import FrozenClock  # noqa: E402
from tests.helpers.dialogs import FakeDialogs  # noqa: E402
from tests.helpers.workspaces import PASSPHRASE  # noqa: E402

# `make test` runs Hypothesis with the "ci" profile: the same examples on every run and every
# machine (each test's max_examples stays as it sets it), nothing kept between runs, no deadline
# (a loaded 2-core machine is not a failure). Plain pytest uses Hypothesis's random default.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)

SUITE_QLOCALE = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture(autouse=True)
def pinned_zone_and_locale():
    """The suite's zone and Qt locale for every test; a test that changes either gets them back after."""
    os.environ["TZ"] = SUITE_TZ
    time.tzset()
    QLocale.setDefault(SUITE_QLOCALE)
    yield
    QLocale.setDefault(SUITE_QLOCALE)
    os.environ["TZ"] = SUITE_TZ
    time.tzset()


@pytest.fixture(scope="session", autouse=True)
def qapp(qapp):
    """pytest-qt's application with the app's English catalogue installed, as gui/app.py installs it: texts
    that count ("%n comment(s)") read "1 comment" and "2 comments" in tests as on screen. Made first, for
    every test: a command run in-process would otherwise make a QCoreApplication (which needs no display)
    that no widget test could use afterwards."""
    from integration_journal.ui.app_locale import install_translations
    install_translations(qapp)
    return qapp


@pytest.fixture
def frozen_clock() -> FrozenClock:
    """The clock to hand to Journal, Workspace and StorageAccess (`clock=`): it says FROZEN_NOW until
    the test moves it."""
    return FrozenClock()


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    data = tmp_path / "data"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("INTEGRATION_JOURNAL_DATA_DIR", str(data))
    monkeypatch.setenv("INTEGRATION_JOURNAL_INSECURE_TEST_KDF", "1")
    monkeypatch.delenv("INTEGRATION_JOURNAL_PASSPHRASE", raising=False)
    monkeypatch.delenv("INTEGRATION_JOURNAL_NEW_PASSPHRASE", raising=False)
    return data


@pytest.fixture
def fast_kdf():
    """The explicit weak KDF policy for tests (production code never defaults to it)."""
    return INSECURE_TEST_POLICY


@pytest.fixture
def data_dir(isolated_dirs: Path) -> Path:
    return isolated_dirs


@pytest.fixture
def vault_path(data_dir: Path) -> Path:
    return data_dir / "journal.ijvault"


@pytest.fixture
def new_vault(vault_path: Path, fast_kdf):
    """A freshly created, unlocked vault; closed after the test."""
    from integration_journal.storage.vault import Vault

    vault, kit = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    vault.kit = kit  # type: ignore[attr-defined]
    yield vault
    vault.close()


# --- the app without a person: dialogs that answer themselves, vault access, the controller ---------------

@pytest.fixture
def dialogs(tmp_path: Path) -> FakeDialogs:
    return FakeDialogs(tmp_path)


@pytest.fixture
def access(data_dir: Path, fast_kdf, frozen_clock):
    from integration_journal.gui.app import StorageAccess

    return StorageAccess(data_dir, fast_kdf, clock=frozen_clock)


@pytest.fixture
def controller(qtbot, access, dialogs):
    from integration_journal.gui.app import AppController

    ctl = AppController(access, dialogs)
    yield ctl
    from tests.helpers.main_window import close_controller

    close_controller(ctl)
