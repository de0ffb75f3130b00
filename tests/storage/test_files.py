"""Private files (docs/design.md §4): 0700 folder, 0600 vault and side files whatever the umask, and no
WAL content left beside the vault once it is closed."""

from __future__ import annotations

import os
import stat

import pytest

from integration_journal.storage.vault import Vault
from tests.helpers.vaults import PASSPHRASE, open_vault, populate, raw, wal_frames

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def permissive_umask():
    old = os.umask(0)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_modes_under_a_permissive_umask(vault_path, fast_kdf, permissive_umask):
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    try:
        populate(vault, 20, size=3000)
        data_dir = vault_path.parent
        assert _mode(data_dir) == 0o700
        assert _mode(vault_path) == 0o600
        sidecars = [p for p in data_dir.iterdir() if p.name != vault_path.name]
        assert {p.name for p in sidecars} >= {"journal.ijvault-wal", "journal.ijvault-shm", "journal.lock"}
        for p in sidecars:
            assert _mode(p) & 0o077 == 0, f"{p.name} is {oct(_mode(p))}"
        backup = vault.backup_to(data_dir / "backups-test.ijbackup")
        assert _mode(backup) == 0o600
    finally:
        vault.close()


def test_existing_loose_folder_is_tightened(vault_path, fast_kdf):
    vault_path.parent.mkdir(mode=0o755)
    os.chmod(vault_path.parent, 0o755)
    Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)[0].close()
    assert _mode(vault_path.parent) == 0o700


def test_nothing_but_the_vault_and_its_lock_after_close(vault_path, fast_kdf):
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    populate(vault, 50, size=2000)
    vault.change_passphrase("another one", policy=fast_kdf)
    vault.rotate_record_key()
    vault.close()
    assert sorted(p.name for p in vault_path.parent.iterdir()) == ["journal.ijvault", "journal.lock"]


def test_wal_is_truncated_on_close_even_with_another_connection_open(vault_path, fast_kdf):
    """SQLite only deletes the WAL when the *last* connection closes; with any other connection
    open (a backup tool, a viewer) the vault's own checkpoint on close must still fold and truncate
    it, or old page images — including deleted records — stay on disk beside the vault."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    populate(vault, 50, size=2000)
    with raw(vault_path) as other:
        other.execute("SELECT count(*) FROM records").fetchall()
        assert wal_frames(vault_path) > 0
        vault.close()
        wal = vault_path.with_name(vault_path.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0
    with open_vault(vault_path) as v:
        assert len(v.load()[0]) == 50


def test_backup_copy_is_self_contained(new_vault, data_dir, fast_kdf):
    payloads = populate(new_vault, 30)
    dest = data_dir / "backups" / "journal.ijvault"
    dest.parent.mkdir()
    new_vault.backup_to(dest)
    assert sorted(p.name for p in dest.parent.iterdir()) == ["journal.ijvault"]  # no -wal, no partial file
    with raw(dest) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    with open_vault(dest) as v:
        assert {r.record_id: r.payload for r in v.load()[0]} == payloads
