"""The app as the desktop sees it: its id matches the shipped .desktop file, and every window (the
create dialog, the unlock window, the main window of either role, its dialogs) shows the app's icon."""

from __future__ import annotations

import configparser

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog

from integration_journal.core.resource_files import resource_path
from integration_journal.gui import app
from integration_journal.ui.app_icon import ICON_SIZES, app_icon
from tests.helpers.main_window import make_workspace, open_main_window


@pytest.fixture
def identified(qapp):
    """The application set up as run_gui sets it up; its name, id and icon restored afterwards."""
    saved = (qapp.applicationName(), qapp.applicationDisplayName(), qapp.desktopFileName(), qapp.windowIcon(),
             qapp.organizationName(), qapp.quitOnLastWindowClosed())
    yield app._application()
    qapp.setApplicationName(saved[0])
    qapp.setApplicationDisplayName(saved[1])
    qapp.setDesktopFileName(saved[2])
    qapp.setWindowIcon(saved[3])
    qapp.setOrganizationName(saved[4])
    qapp.setQuitOnLastWindowClosed(saved[5])


def _same_icon(icon) -> bool:
    expected = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    return not icon.isNull() and {(s.width(), s.height()) for s in icon.availableSizes()} == expected


def test_the_icon_has_every_raster_size(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert [s.width() for s in icon.availableSizes()] == list(ICON_SIZES)
    assert icon.pixmap(QSize(16, 16)).size() == QSize(16, 16)


def test_the_desktop_id_names_the_shipped_desktop_file(identified) -> None:
    assert identified.desktopFileName() == app.DESKTOP_ID
    entry = resource_path("desktop", f"{app.DESKTOP_ID}.desktop")
    assert entry.is_file()
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(entry, encoding="utf-8")
    assert parser["Desktop Entry"]["Icon"] == app.DESKTOP_ID
    assert parser["Desktop Entry"]["Name"] == app.DISPLAY_NAME


def test_the_create_and_unlock_windows_show_the_app_icon(qtbot, identified, controller, data_dir, fast_kdf) -> None:
    controller.start()  # no journal yet: the create dialog
    assert controller.create_dialog is not None
    assert _same_icon(controller.create_dialog.windowIcon())
    make_workspace(data_dir / "other", fast_kdf).close()
    controller.access.data_dir = data_dir / "other"
    controller.show_unlock()
    assert _same_icon(controller.unlock_window.windowIcon())


@pytest.mark.parametrize("role", ["patient", "therapist"])
def test_the_main_window_and_its_dialogs_show_the_app_icon(qtbot, identified, data_dir, fast_kdf, dialogs,
                                                           role) -> None:
    ws = make_workspace(data_dir, fast_kdf, role=role)
    window = open_main_window(qtbot, ws, dialogs)
    assert _same_icon(window.windowIcon())
    dialog = QDialog(window)
    assert _same_icon(dialog.windowIcon())
    windows = [w for w in QApplication.topLevelWidgets() if w.isWindow()]
    assert window in windows
    assert all(_same_icon(w.windowIcon()) for w in windows)
    window.close()
