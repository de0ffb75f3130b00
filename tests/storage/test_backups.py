"""Rotating backups at unlock, explicit backups, and restore that verifies before replacing anything."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from integration_journal.core import records as r
from integration_journal.errors import VaultCorrupt, WrongPassphrase
from integration_journal.storage import backups
from integration_journal.storage.workspace import Workspace
from tests.helpers.workspaces import PASSPHRASE


@pytest.fixture
def made(data_dir: Path, fast_kdf) -> Path:
    ws, _ = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf)
    with ws:
        ws.journal.add(r.Entry(title="first", body="one"))
    return data_dir


def test_each_unlock_after_a_change_keeps_one_backup(made: Path, fast_kdf) -> None:
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf):
        pass
    assert len(backups.rotating_backups(made)) == 1
    # Nothing changed since: no second copy.
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
        ws.journal.add(r.Entry(title="second", body="two"))
    assert len(backups.rotating_backups(made)) == 1
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf):
        pass
    found = backups.rotating_backups(made)
    assert len(found) == 2
    for path in found:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(found[0].parent.stat().st_mode) == 0o700


def test_rotation_keeps_the_newest_twenty(made: Path, fast_kdf) -> None:
    for index in range(23):
        with Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
            ws.journal.add(r.Entry(title=f"e{index}", body="x"))
    found = backups.rotating_backups(made)
    assert len(found) == backups.KEEP_ROTATING == 20
    newest = found[0]
    assert backups.verify_backup(newest, PASSPHRASE, policy=fast_kdf) > 0


def test_a_backup_opens_with_the_passphrase_it_was_made_with(made: Path, fast_kdf, tmp_path: Path) -> None:
    target = tmp_path / "b.ijbackup"
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
        ws.vault.backup_to(target)
        ws.vault.change_passphrase("a later passphrase entirely", policy=fast_kdf)
    with pytest.raises(WrongPassphrase):
        backups.verify_backup(target, "a later passphrase entirely", policy=fast_kdf)
    assert backups.verify_backup(target, PASSPHRASE, policy=fast_kdf) >= 3


def test_restore_replaces_the_journal_and_keeps_the_old_one(made: Path, fast_kdf, tmp_path: Path) -> None:
    target = tmp_path / "b.ijbackup"
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
        ws.vault.backup_to(target)
        ws.journal.add(r.Entry(title="after the backup", body="y"))
    before = set(backups.rotating_backups(made))
    backups.restore_backup(made, target, PASSPHRASE, policy=fast_kdf)
    kept = set(backups.rotating_backups(made)) - before
    assert len(kept) == 1 and "before-restore" in next(iter(kept)).name
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
        assert {e.title for e in ws.journal.list(kind="entry")} == {"first"}
    # The journal as it was before the restore is itself restorable.
    backups.restore_backup(made, next(iter(kept)), PASSPHRASE, policy=fast_kdf)
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
        assert {e.title for e in ws.journal.list(kind="entry")} == {"first", "after the backup"}


@pytest.mark.parametrize("damage", ["flip_record", "not_sqlite", "truncated"])
def test_restore_refuses_damaged_backups_and_changes_nothing(made: Path, fast_kdf, tmp_path: Path,
                                                             damage: str) -> None:
    target = tmp_path / "b.ijbackup"
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
        ws.vault.backup_to(target)
    if damage == "flip_record":
        db = sqlite3.connect(target)
        db.execute("UPDATE records SET nonce = zeroblob(12)")
        db.commit()
        db.close()
    elif damage == "not_sqlite":
        target.write_bytes(b"this is not a journal" * 100)
    else:
        target.write_bytes(target.read_bytes()[:2048])
    journal_bytes = (made / "journal.ijvault").read_bytes()
    with pytest.raises(VaultCorrupt):
        backups.restore_backup(made, target, PASSPHRASE, policy=fast_kdf)
    assert (made / "journal.ijvault").read_bytes() == journal_bytes


def test_restore_with_the_wrong_passphrase_changes_nothing(made: Path, fast_kdf, tmp_path: Path) -> None:
    target = tmp_path / "b.ijbackup"
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
        ws.vault.backup_to(target)
    journal_bytes = (made / "journal.ijvault").read_bytes()
    with pytest.raises(WrongPassphrase):
        backups.restore_backup(made, target, "wrong wrong wrong wrong", policy=fast_kdf)
    assert (made / "journal.ijvault").read_bytes() == journal_bytes


def test_backup_to_a_full_disk_leaves_no_partial_file(made: Path, fast_kdf, tmp_path: Path, monkeypatch) -> None:
    import errno
    import os

    from integration_journal.errors import StorageFull
    from integration_journal.storage import vault as vault_module

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    target = tmp_path / "b.ijbackup"
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
        monkeypatch.setattr(vault_module, "fsync_file", full)
        with pytest.raises(StorageFull):
            ws.vault.backup_to(target)
    assert not target.exists()
    assert [p for p in os.listdir(tmp_path) if p.endswith(".partial")] == []


def test_rotation_into_a_chosen_folder_leaves_its_permissions(made: Path, fast_kdf, tmp_path: Path) -> None:
    import os

    folder = tmp_path / "usb"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
        first = backups.rotate_into(ws.vault, folder, keep=2)
        assert first is not None and backups.same_state(ws.vault, first)
        assert backups.rotate_into(ws.vault, folder, keep=2) is None  # unchanged: no second copy
        for index in range(3):
            ws.journal.add(r.Entry(title=f"n{index}", body="x"))
            backups.rotate_into(ws.vault, folder, keep=2)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert len(backups.backups_in(folder)) == 2
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in backups.backups_in(folder))


def test_check_passphrase(made: Path, fast_kdf) -> None:
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
        ws.vault.check_passphrase(PASSPHRASE)
        with pytest.raises(WrongPassphrase):
            ws.vault.check_passphrase("not it at all, sorry")


def test_the_rotating_backup_can_run_beside_saves(made: Path, fast_kdf, tmp_path: Path) -> None:
    """The GUI writes the rotating backup from a worker while the person keeps typing: no shared-
    connection confusion (this once raised SQLAlchemy's 'transaction already deassociated')."""
    import threading
    import warnings

    folder = tmp_path / "rot"
    folder.mkdir()
    problems: list[BaseException] = []
    with warnings.catch_warnings(record=True) as caught, Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
        warnings.simplefilter("always")
        stop = threading.Event()

        def backups_loop() -> None:
            try:
                while not stop.is_set():
                    backups.rotate_into(ws.vault, folder, keep=2)
            except BaseException as exc:  # noqa: BLE001 - reported below
                problems.append(exc)

        worker = threading.Thread(target=backups_loop)
        worker.start()
        try:
            for index in range(60):
                ws.journal.add(r.Entry(title=f"while backing up {index}", body="x"))
        finally:
            stop.set()
            worker.join()
    assert problems == []
    assert [w for w in caught if "transaction" in str(w.message)] == []
    with Workspace.open(made, PASSPHRASE, policy=fast_kdf) as ws:
        assert ws.damaged == []
        assert len(ws.journal.list(kind="entry")) == 61
