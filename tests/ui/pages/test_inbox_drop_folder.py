"""A therapist's drop folder: chosen once, kept in the vault, watched from unlock on; a folder that goes
away is said calmly in the page and watched again when it is back. And an Inbox that decodes only what
it shows."""

from __future__ import annotations

import dataclasses
import shutil

import pytest
from PySide6.QtCore import QSettings, Qt

from integration_journal.core import records as r
from integration_journal.core.settings import SettingsService
from integration_journal.core.sharing import ShareSelection, SharingService
from integration_journal.ui.pages import inbox as inbox_module
from integration_journal.ui.pages.inbox import InboxPage, ReceivedModel
from integration_journal.ui.settings_dialog import SettingsDialog
from tests.helpers.input import click
from tests.helpers.main_window import open_main_window
from tests.helpers.sharing_sides import connect, make_side, share_file, show


@pytest.fixture
def sides(tmp_path, fast_kdf):
    made = {name: make_side(tmp_path, name, role, display, fast_kdf)
            for name, role, display in (("patient", "patient", "Sam"), ("therapist", "therapist", "Dr Lee"))}
    yield made
    for side in made.values():
        side.ws.close()


def _share(patient, contact, folder, name: str, title: str):
    patient.journal.add(r.Entry(title=title, body="b", share=True))
    return share_file(patient, contact, ShareSelection(flagged=True), folder / name)


def _drop(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    return folder


def test_the_chosen_folder_is_kept_in_the_vault_and_watched_again_after_unlock(qtbot, sides, tmp_path) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    lee, _ = connect(patient, therapist)
    drop = _drop(tmp_path)
    page = show(qtbot, InboxPage(therapist.ctx))
    assert page.watched is None and not page.stop_watch_button.isEnabled()
    therapist.dialogs.folder = drop
    click(qtbot, page.watch_button)
    qtbot.waitUntil(lambda: page.last_scan is not None, timeout=10000)
    assert SettingsService(therapist.journal).drop_folder() == str(drop.resolve())
    assert {"settings"} <= set().union(*therapist.kinds)
    assert str(drop.resolve()) in page.folder_label.text() and page.stop_watch_button.isEnabled()
    assert str(drop) not in " ".join(str(QSettings().value(key)) for key in QSettings().allKeys())
    page.clear()  # the journal locks

    _share(patient, lee, drop, "while-locked.ijshare", "Written while you were away")
    again = show(qtbot, InboxPage(therapist.ctx))  # unlocked again: nothing to choose
    assert again.watched == drop.resolve() and again.scan_timer.isActive()
    assert again.scan_timer.interval() == 60_000
    # The row can show before the scan's own report (the import is visible to any reload): wait for both.
    qtbot.waitUntil(lambda: again.model.rowCount() == 1 and "1 imported" in again.status.text(), timeout=10000)
    assert again.model.index(0, ReceivedModel.COL_WHAT).data() == "Written while you were away"

    # A file arriving while the page is open is picked up by the watcher, with no click (moved in whole,
    # as sync clients do, so the scan never meets half a file).
    _share(patient, lee, tmp_path, "later.ijshare", "Arrived later").rename(drop / "later.ijshare")
    qtbot.waitUntil(lambda: again.model.rowCount() == 2, timeout=10000)

    click(qtbot, again.stop_watch_button)
    assert again.watched is None and again.watcher.directories() == [] and not again.scan_timer.isActive()
    assert SettingsService(therapist.journal).drop_folder() is None


def test_a_folder_that_goes_away_is_said_in_the_page_and_watched_again_when_back(qtbot, sides, tmp_path) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    lee, _ = connect(patient, therapist)
    drop = _drop(tmp_path)
    SettingsService(therapist.journal).set_drop_folder(str(drop))
    page = show(qtbot, InboxPage(therapist.ctx))
    qtbot.waitUntil(lambda: page.last_scan is not None, timeout=10000)
    assert page.folder_problem == ""
    away = tmp_path / "unplugged"
    drop.rename(away)
    page.scan_now()  # what the minute's timer does
    assert "cannot be found or opened just now" in page.folder_label.text()
    assert page.scan_timer.isActive() and page.watcher.directories() == []
    assert therapist.dialogs.calls == [] or all(kind == "choose_folder" for kind, _ in therapist.dialogs.calls)
    assert page.isEnabled() and page.import_button.isEnabled()  # nothing blocks the rest of the page

    away.rename(drop)
    _share(patient, lee, drop, "back.ijshare", "After the drive came back")
    page.last_scan = None
    page.scan_now()
    qtbot.waitUntil(lambda: page.last_scan is not None and page.model.rowCount() == 1, timeout=10000)
    assert page.folder_problem == "" and "cannot be found" not in page.folder_label.text()
    assert page.watcher.directories() == [str(drop)]


def test_a_folder_that_vanishes_during_a_scan_is_the_same_calm_message(qtbot, sides, tmp_path, monkeypatch) -> None:
    therapist = sides["therapist"]
    drop = _drop(tmp_path)
    SettingsService(therapist.journal).set_drop_folder(str(drop))
    monkeypatch.setattr(inbox_module, "SCAN_INTERVAL_MS", 60_000)
    page = show(qtbot, InboxPage(therapist.ctx))
    qtbot.waitUntil(lambda: page.last_scan is not None, timeout=10000)
    # Listed as there, gone by the time the scan lists it (a sync client replacing the folder).
    monkeypatch.setattr(inbox_module, "folder_readable", lambda folder: True)
    shutil.rmtree(drop)
    page.last_scan = None
    page.scan_now()
    qtbot.waitUntil(lambda: bool(page.folder_problem), timeout=10000)
    assert "cannot be found or opened just now" in page.folder_label.text()
    assert page.last_scan is None and page.status.text() == ""


def test_choosing_a_folder_that_cannot_be_opened_is_refused(qtbot, sides, tmp_path) -> None:
    therapist = sides["therapist"]
    page = show(qtbot, InboxPage(therapist.ctx))
    therapist.dialogs.folder = tmp_path / "no-such-folder"
    click(qtbot, page.watch_button)
    assert "cannot be opened" in page.status.text()
    assert page.watched is None and SettingsService(therapist.journal).drop_folder() is None


def test_settings_show_the_drop_folder_to_a_therapist_only(qtbot, sides, tmp_path) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    drop = _drop(tmp_path)
    page = show(qtbot, InboxPage(therapist.ctx))
    dialog = SettingsDialog(therapist.ctx, therapist.dialogs)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    assert dialog.drop_row.isVisible() and dialog.drop_edit.text() == ""
    therapist.dialogs.folder = tmp_path / "missing"
    click(qtbot, dialog.drop_choose)
    assert "cannot be opened" in dialog.message_label.text() and dialog.drop_edit.text() == ""
    therapist.dialogs.folder = drop
    click(qtbot, dialog.drop_choose)
    assert dialog.drop_edit.text() == str(drop.resolve())
    applied = []
    dialog.applied.connect(applied.append)
    click(qtbot, dialog.apply_button)
    assert SettingsService(therapist.journal).drop_folder() == str(drop.resolve())
    page.records_changed(set(applied[0]))  # what the main window passes on after `applied`
    assert page.watched == drop.resolve()
    click(qtbot, dialog.drop_clear)
    click(qtbot, dialog.apply_button)
    page.records_changed(set(applied[1]))
    assert SettingsService(therapist.journal).drop_folder() is None and page.watched is None

    theirs = SettingsDialog(patient.ctx, patient.dialogs)
    qtbot.addWidget(theirs)
    theirs.show()
    theirs.tabs.setCurrentIndex(2)
    assert not theirs.drop_row.isVisible()
    theirs.apply()
    assert SettingsService(patient.journal).drop_folder() is None


def test_unlocking_a_therapist_vault_watches_its_folder_and_says_what_came_in(qtbot, sides, tmp_path) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    lee, _ = connect(patient, therapist)
    drop = _drop(tmp_path)
    _share(patient, lee, drop, "monday.ijshare", "Monday")
    SettingsService(therapist.journal).set_drop_folder(str(drop))
    window = open_main_window(qtbot, therapist.ws, therapist.dialogs)
    inbox = window.current_page()
    assert isinstance(inbox, InboxPage)
    # The row can show before the scan's own report (the import is visible to any reload): wait for both.
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1 and bool(window.statusBar().currentMessage()), timeout=10000)
    assert window.statusBar().currentMessage() == "New in the Inbox: Imported from Sam: 1 new item."
    window.lock()
    assert inbox.watcher.directories() == [] and not inbox.scan_timer.isActive()
    assert "drop" not in window.windowTitle()


def test_the_list_decodes_only_what_it_shows_and_keeps_titles_between_reads(qtbot, qtmodeltester, sides,
                                                                               tmp_path, monkeypatch) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    lee, _ = connect(patient, therapist)
    for index in range(300):
        patient.journal.add(r.Entry(title=f"Entry {index:03d}", body="b", share=True))
    service = SharingService(therapist.journal)
    service.receive_file(share_file(patient, lee, ShareSelection(flagged=True), tmp_path / "many.ijshare"))
    opened: list[bytes] = []
    real = SharingService.open_received

    def counting(self, item, contact_name=""):
        opened.append(item.id)
        return real(self, item, contact_name)

    monkeypatch.setattr(SharingService, "open_received", counting)
    page = InboxPage(therapist.ctx)
    page.warm_timer.timeout.disconnect()  # no idle work in this test: what the list itself decodes
    page = show(qtbot, page, size=(900, 500))
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 300
    shown = len(set(opened))
    assert 0 < shown < 100  # the rows in view (and the item being read), not all 300
    # Another share file: only its item is decoded on the re-read, the other titles are kept.
    patient.journal.add(r.Entry(title="One more", body="b", share=True))
    result = service.receive_file(share_file(patient, lee, ShareSelection(flagged=True), tmp_path / "more.ijshare"))
    assert result.added == 1
    new_ids = {item.id for item in service.received_items()} - set(opened)
    opened.clear()
    page._imported(result)
    assert page.model.rowCount() == 301
    assert set(opened) - new_ids <= {page.current_item().id}
    # Sorting by title needs every title: decoded once, then kept.
    opened.clear()
    page.view.sortByColumn(ReceivedModel.COL_WHAT, Qt.SortOrder.AscendingOrder)
    assert page.model.index(0, ReceivedModel.COL_WHAT).data() == "Entry 000"
    first_sort = len(set(opened))
    opened.clear()
    page.view.sortByColumn(ReceivedModel.COL_WHAT, Qt.SortOrder.DescendingOrder)
    assert page.model.index(0, ReceivedModel.COL_WHAT).data() == "One more"
    assert first_sort > 200 and opened == []
    qtmodeltester.check(page.model)


def test_idle_moments_work_out_every_title_so_sorting_needs_no_decoding(qtbot, sides, tmp_path, monkeypatch) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    lee, _ = connect(patient, therapist)
    for index in range(250):
        patient.journal.add(r.Entry(title=f"Entry {index:03d}", body="b", share=True))
    SharingService(therapist.journal).receive_file(
        share_file(patient, lee, ShareSelection(flagged=True), tmp_path / "many.ijshare"))
    monkeypatch.setattr(inbox_module, "WARM_CHUNK", 40)
    page = show(qtbot, InboxPage(therapist.ctx), size=(900, 400))
    qtbot.waitUntil(lambda: page.labels_ready, timeout=10000)
    assert not page.warm_timer.isActive()
    assert all(page.labels.known(item) for item in SharingService(therapist.journal).received_items())
    decoded = []
    monkeypatch.setattr(SharingService, "open_received", lambda *a, **k: decoded.append(1))
    page.view.sortByColumn(ReceivedModel.COL_WHAT, Qt.SortOrder.AscendingOrder)
    assert decoded == [] and page.model.index(0, ReceivedModel.COL_WHAT).data() == "Entry 000"
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.overrideCursor() is None  # the busy cursor of a sort is always taken back


def test_an_item_this_version_cannot_read_is_listed_and_said_plainly(qtbot, sides, tmp_path) -> None:
    patient, therapist = sides["patient"], sides["therapist"]
    lee, _ = connect(patient, therapist)
    patient.journal.add(r.Entry(title="Readable", body="b", share=True))
    service = SharingService(therapist.journal)
    service.receive_file(share_file(patient, lee, ShareSelection(flagged=True), tmp_path / "s.ijshare"))
    item = service.received_items()[0]
    therapist.journal.update(dataclasses.replace(item, payload=b"\xff\x00"))
    page = show(qtbot, InboxPage(therapist.ctx))
    assert page.model.rowCount() == 1
    assert page.model.index(0, ReceivedModel.COL_WHAT).data() == "Entry this version cannot show"
    assert page.current() is None and page.current_item().id == item.id
    assert "newer version" in page.reader.toPlainText()
    click(qtbot, page.reviewed_button)  # it can still be marked
    assert service.received_items()[0].reviewed
