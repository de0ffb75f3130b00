"""Settings: what it writes where (vault, not QSettings), that it applies, the backup folder, the
passphrase change, and the themes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from integration_journal.core.measure_reminders import default_intervals
from integration_journal.core.records import TreatmentFocus
from integration_journal.core.settings import SettingsService
from integration_journal.ui.input_behaviour import input_style
from integration_journal.ui.main_window import MainWindow
from integration_journal.ui.theme import (
    KEY_FONT_SCALE,
    KEY_THEME,
    Appearance,
    ThemeManager,
    build_palette,
    load_appearance,
    theme_manager,
)
from tests.helpers.clocks import IdleClock
from tests.helpers.main_window import RecordingAccess, make_workspace, open_settings, use_fake_pages
from tests.helpers.workspaces import PASSPHRASE

NEW_PASSPHRASE = "harbour willow kettle seventeen"


@pytest.fixture
def qsettings(qapp):
    """A private QSettings file for the test, and the app's look restored afterwards."""
    names = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName("integration-journal-test")
    qapp.setApplicationName("integration-journal-settings-test")
    palette, font, style = QPalette(qapp.palette()), qapp.font(), qapp.style().name()
    settings = QSettings()
    settings.clear()
    yield settings
    settings.clear()
    settings.sync()
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])
    for manager in qapp.findChildren(ThemeManager):
        manager.appearance = Appearance()
    qapp.setStyle(input_style(style))  # the app's style is its input behaviour over the named one
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def window(qtbot, monkeypatch, data_dir, fast_kdf, access, dialogs, qsettings):
    use_fake_pages(monkeypatch)
    ws = make_workspace(data_dir, fast_kdf, entries=1)
    recording = RecordingAccess(access)
    main = MainWindow(ws, dialogs, access=recording, idle_clock=IdleClock())
    main.recording_access = recording
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    yield main
    if main.workspace is not None:
        main.close()


def _type_into_spin(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def test_settings_are_written_into_the_vault_not_qsettings_and_apply(qtbot, window, data_dir, fast_kdf,
                                                                    qsettings) -> None:
    dialog = open_settings(qtbot, window)
    assert dialog.timeout_spin.value() == 5
    _type_into_spin(qtbot, dialog.timeout_spin, "12")
    country = dialog.country_combo
    country.setFocus()
    country.setCurrentIndex(country.findData("IE"))
    pain = dialog.focus_checks[TreatmentFocus.CHRONIC_PAIN]
    qtbot.mouseClick(pain, Qt.MouseButton.LeftButton, pos=QPoint(8, pain.height() // 2))  # on the box
    qtbot.keyClick(dialog.reminders_check, Qt.Key.Key_Space)
    dialog.tabs.setCurrentIndex(1)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    _type_into_spin(qtbot, dialog.font_spin, "150")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None)

    prefs = SettingsService(window.ctx.journal).load()
    assert (prefs.lock_timeout_minutes, prefs.country_code, prefs.treatment_focus, prefs.reminders) == (
        12, "IE", (TreatmentFocus.CHRONIC_PAIN,), True)
    assert window.idle.timeout_seconds == 12 * 60  # applied at once
    qsettings.sync()
    keys = set(qsettings.allKeys())
    assert keys == {KEY_THEME, KEY_FONT_SCALE}  # only what the unlock window needs
    stored = Path(qsettings.fileName()).read_text(encoding="utf-8", errors="replace")
    assert "IE" not in stored and "pain" not in stored and "12" not in stored
    assert load_appearance() == Appearance("dark", 150)
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 100  # dark applied

    window.close()  # ... and the vault kept them
    from integration_journal.storage.workspace import Workspace

    with Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf) as ws:
        assert SettingsService(ws.journal).lock_timeout_minutes() == 12


def test_cancel_writes_nothing(qtbot, window, qsettings) -> None:
    dialog = open_settings(qtbot, window)
    _type_into_spin(qtbot, dialog.timeout_spin, "30")
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("light"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    assert window.ctx.journal.list(kind="settings") == []
    assert qsettings.allKeys() == []
    assert window.idle.timeout_seconds == 5 * 60


def test_backup_folder_is_chosen_checked_and_used_at_unlock(qtbot, window, dialogs, tmp_path) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    dialogs.choose_folder = lambda parent, title, start: folder
    dialog = open_settings(qtbot, window)
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.backup_choose, Qt.MouseButton.LeftButton)
    assert dialog.backup_edit.text() == str(folder.resolve())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert SettingsService(window.ctx.journal).backup_folder() == str(folder.resolve())

    assert window.start_backup_copy()  # what the app does right after each unlock
    qtbot.waitUntil(lambda: window.backup_result is not None)
    copies = sorted(folder.iterdir())
    assert [p.suffix for p in copies] == [".ijbackup"]
    assert copies[0].read_bytes()[:16] == b"SQLite format 3\x00"  # an encrypted vault file, not an export
    assert oct(copies[0].stat().st_mode & 0o777) == "0o600"
    assert window.recording_access.calls == ["backup_to_folder"]
    window.backup_result = "pending"
    assert window.start_backup_copy()  # nothing changed since: no second copy
    qtbot.waitUntil(lambda: window.backup_result != "pending")
    assert window.backup_result is None and len(list(folder.iterdir())) == 1


def test_a_folder_that_cannot_be_written_is_refused(qtbot, window, dialogs, tmp_path, data_dir) -> None:
    dialogs.choose_folder = lambda parent, title, start: tmp_path / "does-not-exist"
    dialog = open_settings(qtbot, window)
    qtbot.mouseClick(dialog.backup_choose, Qt.MouseButton.LeftButton)
    assert "cannot be written" in dialog.message_label.text()
    assert dialog.backup_edit.text() == ""
    dialogs.choose_folder = lambda parent, title, start: data_dir
    qtbot.mouseClick(dialog.backup_choose, Qt.MouseButton.LeftButton)
    assert "journal's own folder" in dialog.message_label.text()


def test_change_passphrase_checks_the_old_one_and_runs_off_the_ui_thread(
        qtbot, window, dialogs, data_dir, fast_kdf) -> None:
    from integration_journal.errors import WrongPassphrase
    from integration_journal.storage.workspace import Workspace

    dialog = open_settings(qtbot, window)
    qtbot.mouseClick(dialog.passphrase_button, Qt.MouseButton.LeftButton)
    change = dialog.passphrase_dialog
    qtbot.waitExposed(change)
    assert not change.change_button.isEnabled()
    qtbot.keyClicks(change.old_edit, "not the passphrase at all")
    qtbot.keyClicks(change.new_fields.passphrase_edit, NEW_PASSPHRASE)
    qtbot.keyClicks(change.new_fields.repeat_edit, NEW_PASSPHRASE)
    assert change.new_fields.meter.value() > 0
    qtbot.mouseClick(change.change_button, Qt.MouseButton.LeftButton)
    assert change.busy and change.progress.isVisible()
    qtbot.waitUntil(lambda: not change.busy)
    assert "does not open this journal" in change.status_label.text()

    change.old_edit.clear()
    qtbot.keyClicks(change.old_edit, PASSPHRASE)
    qtbot.keyClick(change.old_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not change.isVisible())
    assert "passphrase was changed" in dialogs.texts("inform")[-1]
    assert change.old_edit.text() == "" and change.new_fields.passphrase() == ""
    assert "passphrase_changed" in [e.event for e in window.ctx.journal.list(kind="audit")]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    window.close()
    with pytest.raises(WrongPassphrase):
        Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf)
    Workspace.open(data_dir, NEW_PASSPHRASE, policy=fast_kdf).close()


def test_show_journal_folder_opens_the_data_folder(qtbot, window, data_dir) -> None:
    dialog = open_settings(qtbot, window)
    opened = []
    dialog.open_url = lambda url: opened.append(url.toLocalFile())
    dialog.tabs.setCurrentIndex(2)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(data_dir)]


def test_every_settings_control_is_named_and_reachable_by_tab(qtbot, window) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox, QWidget

    dialog = open_settings(qtbot, window)
    controls = [w for w in dialog.findChildren(QWidget)
                if isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QSpinBox))
                and not w.objectName().startswith("qt_") and not isinstance(w.parent(), (QSpinBox, QComboBox))]
    assert [type(c).__name__ for c in controls if not c.accessibleName()] == []
    seen = []
    for _ in range(20):  # every control of the first tab, then OK
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.timeout_spin in seen and dialog.country_combo in seen and dialog.ok_button in seen


def test_themes_follow_the_system_or_the_choice(qapp, qsettings) -> None:
    manager = theme_manager(qapp)
    assert theme_manager(qapp) is manager  # one per application
    manager.apply(Appearance("dark", 100))
    dark = qapp.palette()
    assert manager.scheme == "dark"
    assert dark.color(QPalette.ColorRole.Window) == build_palette("dark").color(QPalette.ColorRole.Window)
    manager.apply(Appearance("light", 100))
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 200
    manager.apply(Appearance("system", 100))
    assert manager.scheme in ("light", "dark")
    assert qapp.property("ij_fusion") is True  # Fusion underneath the indicator style sheet
    assert "QCheckBox::indicator" in qapp.styleSheet()
    base = manager._app.property("ij_base_point_size")
    manager.apply(Appearance("light", 200))
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    manager.apply(Appearance("light", 999))  # out of range: clamped
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)


def test_both_palettes_keep_text_readable() -> None:
    def luminance(colour) -> float:
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    def contrast(a, b) -> float:
        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    role = QPalette.ColorRole
    for name in ("light", "dark"):
        palette = build_palette(name)
        for text, background in ((role.WindowText, role.Window), (role.Text, role.Base),
                                 (role.ButtonText, role.Button), (role.HighlightedText, role.Highlight),
                                 (role.Text, role.AlternateBase), (role.Link, role.Base),
                                 (role.PlaceholderText, role.Base)):
            assert contrast(palette.color(text), palette.color(background)) >= 4.5, (name, text, background)


def test_a_private_data_folder_stays_private(window, data_dir) -> None:
    assert oct(os.stat(data_dir).st_mode & 0o777) == "0o700"


def test_every_treatment_focus_can_be_chosen_here_and_in_onboarding(qtbot, window, qsettings) -> None:
    """#12 item 14: PTSD, OCD, alcohol or other substance use, and "something else" besides the three."""
    from integration_journal.ui.onboarding_pages import FocusPage

    assert set(FocusPage().boxes) == set(TreatmentFocus)
    dialog = open_settings(qtbot, window)
    assert set(dialog.focus_checks) == set(TreatmentFocus)
    for focus in (TreatmentFocus.PTSD, TreatmentFocus.OTHER):
        box = dialog.focus_checks[focus]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.settings_dialog is None)
    prefs = SettingsService(window.ctx.journal).load()
    assert set(prefs.treatment_focus) == {TreatmentFocus.PTSD, TreatmentFocus.OTHER}
    assert default_intervals(prefs.treatment_focus)["peg"] == 0  # the PEG stays for a pain focus
