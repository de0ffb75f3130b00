"""After the window shows, its background work runs one short turn of the event loop at a time (issue
#16: no turn over 100 ms at 100,000 entries): the deferred entries, then the refresh of what shows them
split over turns, then the check of records the unlock took unchecked from the encrypted index
(Vault._unverified: set by hand in most tests here, by a real unlock in the last), whose damage shows
exactly as the unlock's would."""

from __future__ import annotations

import pytest

from integration_journal.core.records import Entry
from integration_journal.gui.app import StorageAccess
from integration_journal.ui.main_window import window as main_window_module
from tests.helpers.main_window import main_window_over, make_workspace
from tests.helpers.vaults import spoil_row
from tests.helpers.workspaces import PASSPHRASE

ENTRIES = 12


@pytest.fixture
def app_ws(data_dir, fast_kdf):
    """A journal of ENTRIES entries opened as the app opens it (entries deferred, held light)."""
    make_workspace(data_dir, fast_kdf, entries=ENTRIES).close()
    ws = StorageAccess(data_dir, fast_kdf).open(PASSPHRASE)
    yield ws
    ws.close()


def unchecked(ws, spoilt: Entry | None = None) -> None:
    """As if the unlock had taken every record from the index: all wait to be checked, one is spoilt."""
    if spoilt is not None:
        spoil_row(ws.vault.path, spoilt.id)
    ws.vault._unverified = sorted(ws.journal._records) + [item.record_id for item in ws.journal._pending]


def test_the_refresh_after_loading_is_split_over_turns(qtbot, app_ws, dialogs, monkeypatch) -> None:
    monkeypatch.setattr(main_window_module, "LOAD_STEP", 5)
    window = main_window_over(qtbot, app_ws, dialogs)
    today = window.pages[0]
    window.load_timer.stop()  # the steps are taken by hand below, one turn each
    while app_ws.loading:
        window._load_step()
    # The last decoding turn refreshed nothing: the status bar, Today and the rest each get a turn.
    assert window.count_label.text() == "Opening entries…"
    assert today.recent_model.rowCount() == 0
    assert len(window._refresh_steps) == 1 + len(window.pages) + 1
    window._refresh_step()
    assert window.count_label.text() == f"{ENTRIES} entries"
    assert today.recent_model.rowCount() == 0
    window._refresh_step()
    assert today.recent_model.rowCount() == 5
    while window._refresh_steps:
        window._refresh_step()
    assert window.verify_timer.isActive()  # and then the check of what the unlock took unchecked
    qtbot.waitUntil(lambda: not window.working_in_background)


def test_a_spoilt_row_found_after_the_window_shows_is_shown_as_at_unlock(qtbot, app_ws, dialogs,
                                                                          monkeypatch) -> None:
    monkeypatch.setattr(main_window_module, "VERIFY_STEP", 4)  # several steps
    window = main_window_over(qtbot, app_ws, dialogs)
    window.show_page(window.page_index("journal"))  # decodes the entries at once
    page = window.stack.currentWidget()
    assert page.model.rowCount() == ENTRIES
    spoilt = app_ws.journal.list(kind=Entry, light=True)[3]
    unchecked(app_ws, spoilt)
    assert not window.damaged_label.isVisible()
    window.show()
    qtbot.waitUntil(lambda: not window.working_in_background)
    assert window.damaged_label.isVisible()
    assert window.damaged_label.text() == "1 record could not be read — run Verify"
    assert page.model.rowCount() == ENTRIES - 1
    assert spoilt.id not in {page.model.entry_at(row).id for row in range(page.model.rowCount())}
    assert window.count_label.text() == f"{ENTRIES - 1} entries"
    assert [d.record_id for d in app_ws.damaged] == [spoilt.id]
    window.lock()


def test_a_spoilt_deferred_entry_is_found_while_the_window_decodes(qtbot, app_ws, dialogs) -> None:
    spoilt_id = app_ws.journal._pending[0].record_id
    unchecked(app_ws)
    spoil_row(app_ws.vault.path, spoilt_id)
    window = main_window_over(qtbot, app_ws, dialogs)
    window.show()
    qtbot.waitUntil(lambda: not window.working_in_background)
    assert window.damaged_label.text() == "1 record could not be read — run Verify"
    assert window.count_label.text() == f"{ENTRIES - 1} entries"
    window.show_page(window.page_index("journal"))
    assert window.stack.currentWidget().model.rowCount() == ENTRIES - 1
    window.lock()


def test_locking_while_records_are_checked_stops_the_checking(qtbot, app_ws, dialogs, monkeypatch) -> None:
    monkeypatch.setattr(main_window_module, "VERIFY_STEP", 1)
    app_ws.journal.list(kind=Entry)  # decoded now: the window goes straight to checking
    vault = app_ws.vault
    unchecked(app_ws)
    total = len(vault._unverified)
    window = main_window_over(qtbot, app_ws, dialogs)
    assert window.verify_timer.isActive()
    window._verify_step()  # one step, taken by hand: one record checked, the next step due
    assert len(vault._unverified) == total - 1
    assert window.verify_timer.isActive() and window.working_in_background
    window.lock()
    assert not window.verify_timer.isActive() and not window.working_in_background
    assert not vault.is_open and vault._unverified == []  # closing forgets what was left to check
    asked = []
    monkeypatch.setattr(vault, "verify_pending", lambda limit: asked.append(limit))
    qtbot.wait(50)  # a step that was due must not touch the closed vault
    assert asked == []
    assert window.damaged_label.text() == ""


def test_the_journal_is_kept_out_of_the_gcs_scans_until_the_lock(qtbot, app_ws, dialogs) -> None:
    """The records are frozen out of the cyclic GC's passes while unlocked (its first full pass scanned
    them all in one turn); at the lock everything is handed back, so what the journal held is freed."""
    import gc

    window = main_window_over(qtbot, app_ws, dialogs)
    assert gc.get_freeze_count() > 0
    window.show()
    qtbot.waitUntil(lambda: not window.working_in_background)
    window.lock()
    assert gc.get_freeze_count() == 0


def test_a_vault_closed_behind_the_window_ends_the_checking_quietly(qtbot, app_ws, dialogs, capsys) -> None:
    app_ws.journal.list(kind=Entry)  # decoded now: the window goes straight to checking
    unchecked(app_ws)
    window = main_window_over(qtbot, app_ws, dialogs)
    window.verify_timer.stop()  # the step is taken by hand
    app_ws.vault.close()
    window._verify_step()
    assert not window.verify_timer.isActive() and not window._refresh_steps
    assert "unexpected" not in capsys.readouterr().err


def test_a_row_spoilt_behind_the_index_is_found_after_the_window_shows(qtbot, data_dir, fast_kdf, dialogs) -> None:
    """End to end, nothing set by hand: the unlock takes the records from the encrypted index (a row
    altered behind the app's back still has its authentic light copy there), and the check after the
    window shows finds the row and shows it as the unlock would have."""
    make_workspace(data_dir, fast_kdf, entries=ENTRIES).close()
    probe = StorageAccess(data_dir, fast_kdf).open(PASSPHRASE)
    spoilt = probe.journal.list(kind=Entry, light=True)[3]
    probe.close()
    spoil_row(probe.vault.path, spoilt.id)
    ws = StorageAccess(data_dir, fast_kdf).open(PASSPHRASE)
    try:
        assert spoilt.id in ws.vault._unverified  # not read at unlock: the index stood for it
        assert ws.damaged == []
        window = main_window_over(qtbot, ws, dialogs)
        window.show()
        qtbot.waitUntil(lambda: not window.working_in_background)
        assert window.damaged_label.text() == "1 record could not be read — run Verify"
        assert window.count_label.text() == f"{ENTRIES - 1} entries"
        assert [d.record_id for d in ws.damaged] == [spoilt.id]
        window.lock()
    finally:
        ws.close()
