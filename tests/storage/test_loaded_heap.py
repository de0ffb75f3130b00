"""A loaded journal is kept out of the cyclic collector's walks while it is open (storage.memory,
issue #16): a walk of a large journal's objects is tens of milliseconds on 10,000 entries, and it used
to land in the middle of a search or a keystroke's refresh."""

from __future__ import annotations

import gc

import pytest

from integration_journal.core import records as r
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
from integration_journal.storage import memory
from integration_journal.storage.workspace import Workspace
from tests.helpers.workspaces import PASSPHRASE


@pytest.fixture(autouse=True)
def _unfrozen():
    gc.unfreeze()
    assert memory._holders == 0
    yield
    while memory._holders:
        memory.let_go_of_collector()
    gc.unfreeze()


def _walked(kind: type) -> bool:
    """True if some record of this kind is in a generation the collector walks (not frozen)."""
    return any(type(obj) is kind for generation in range(3) for obj in gc.get_objects(generation))


def _vault_with_entries(tmp_path, count: int = 30) -> None:
    ws, _kit = Workspace.create(tmp_path, PASSPHRASE, role="patient", display_name="Sam",
                                policy=INSECURE_TEST_POLICY, remember_here=False)
    ws.journal.add_many([r.Entry(title=f"Entry {n}", body="A body. " * n) for n in range(count)])
    ws.close()


def _open(tmp_path, **options) -> Workspace:
    return Workspace.open(tmp_path, PASSPHRASE, policy=INSECURE_TEST_POLICY, remember_here=False, backup=False,
                          **options)


def test_an_opened_journal_is_frozen_until_closed(tmp_path):
    _vault_with_entries(tmp_path)
    ws = _open(tmp_path, light=True)
    assert gc.get_freeze_count() > 0 and not _walked(r.Entry)
    ws.close()
    assert gc.get_freeze_count() == 0
    ws.close()  # a second close lets go of nothing more
    assert memory._holders == 0


def test_a_deferred_journal_is_frozen_step_by_step_with_one_holder(tmp_path):
    _vault_with_entries(tmp_path, count=40)
    ws = _open(tmp_path, defer_entries=True, light=True)
    assert ws.loading and memory._holders == 1
    assert not _walked(r.Profile)  # what is decoded so far is out of the walks
    while ws.load_more(7):  # and each step's entries join it
        assert not _walked(r.Entry)
    assert not ws.loading and not _walked(r.Entry)
    ws.load_more(7)  # asked again once done: still one holder
    ws.keep_out_of_collector()  # and a caller's own objects (the app's window) join too
    assert memory._holders == 1
    ws.close()
    assert gc.get_freeze_count() == 0


def test_the_last_of_two_open_journals_unfreezes(tmp_path):
    first_dir, second_dir = tmp_path / "a", tmp_path / "b"
    for folder in (first_dir, second_dir):
        folder.mkdir()
        _vault_with_entries(folder, count=5)
    first, second = _open(first_dir), _open(second_dir)
    first.close()
    assert gc.get_freeze_count() > 0  # the second is still open
    second.close()
    assert gc.get_freeze_count() == 0
