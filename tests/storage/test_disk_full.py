"""A full disk mid-save: a clear StorageFull, nothing half-written, everything before still there."""

from __future__ import annotations

from pathlib import Path

import pytest

from integration_journal.core import records as r
from integration_journal.errors import StorageFull
from integration_journal.storage.workspace import Workspace
from tests.helpers.workspaces import PASSPHRASE


def test_a_full_disk_fails_the_save_cleanly(data_dir: Path, fast_kdf) -> None:
    ws, _ = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf)
    with ws:
        kept = ws.journal.add(r.Entry(title="kept", body="before the disk filled"))
        conn = ws.vault._conn
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        # SQLite reports SQLITE_FULL exactly as on a full disk once the file may not grow.
        conn.exec_driver_sql(f"PRAGMA max_page_count={pages}")
        conn.commit()
        before = ws.journal.list()
        with pytest.raises(StorageFull) as info:
            ws.journal.add(r.Entry(title="too big", body="x" * 200_000))
        assert "disk is full" in str(info.value)
        assert ws.journal.list() == before  # memory matches disk: the failed save left no trace
        conn.exec_driver_sql("PRAGMA max_page_count=1073741823")
        conn.commit()
        ws.journal.add(r.Entry(title="after space was freed", body="y"))
    with Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf) as ws:
        assert ws.damaged == []
        assert {e.title for e in ws.journal.list(kind="entry")} == {"kept", "after space was freed"}
        assert ws.journal.get(kept.id).body == "before the disk filled"
