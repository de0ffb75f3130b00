"""A payload that passes the vault's AES-GCM but holds a value of the wrong type (as a bug that once
wrote it would leave) is reported as damaged when the journal opens; it never reaches the pages."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from integration_journal.core import codec
from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
from integration_journal.storage.vault import Vault
from integration_journal.storage.workspace import Workspace
from tests.helpers.workspaces import PASSPHRASE

UTC = dt.timezone.utc
GOOD = r.Entry(id=b"\x01" * 16, title="Kept", body="A body", tags=["calm"], created=dt.datetime(2024, 3, 1, tzinfo=UTC))


def _with_field(record: r.Record, name: str, value: object) -> bytes:
    """The record's payload with one JSON field replaced (the body stays raw after the envelope)."""
    head, nul, raw = codec.encode(record).partition(b"\0")
    document = json.loads(head)
    document["d"][name] = value
    return json.dumps(document, separators=(",", ":")).encode() + nul + raw


@pytest.mark.parametrize(("name", "value", "fragment"), [
    ("share", "yes", "field share must be true or false"),
    ("tags", ["calm", 3], "field tags[1] must be text"),
    ("title", {"secret": "words"}, "field title must be text"),
    ("phase", 4, "field phase must be one of"),
])
def test_a_wrongly_typed_field_inside_an_authentic_payload_is_damaged_not_loaded(
        new_vault: Vault, vault_path, name: str, value: object, fragment: str) -> None:
    Journal.open(new_vault).add(GOOD, keep_timestamps=True)
    bad = r.Entry(id=b"\x02" * 16, title="Bad", body="Its body", created=GOOD.created)
    with new_vault.transaction() as tx:  # encrypted and authenticated with this vault's key
        tx.put(bad.id, _with_field(bad, name, value))
    new_vault.close()

    with Vault.unlock(vault_path, PASSPHRASE, policy=INSECURE_TEST_POLICY) as vault:
        stored, damaged = vault.load()
        assert not damaged and len(stored) == 2  # the vault vouches for both payloads
        journal = Journal.open(vault)
    assert [x.id for x in journal.list(kind="entry")] == [GOOD.id]
    assert journal.get(GOOD.id) == GOOD
    [report] = journal.damaged
    assert report.record_id == bad.id
    assert fragment in report.reason
    assert "secret" not in report.reason and "Its body" not in report.reason


def test_the_workspace_reports_it_too(data_dir) -> None:
    ws, _kit = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam",
                                policy=INSECURE_TEST_POLICY)
    with ws:
        ws.journal.add(GOOD, keep_timestamps=True)
        checkin = r.CheckIn(date=dt.date(2024, 3, 1), mood=5, anxiety=2)
        with ws.journal._store.transaction() as tx:
            tx.put(checkin.id, _with_field(checkin, "mood", "5"))
    with Workspace.open(data_dir, PASSPHRASE, policy=INSECURE_TEST_POLICY) as reopened:
        assert [d.record_id for d in reopened.damaged] == [checkin.id]
        assert "field mood must be a whole number" in reopened.damaged[0].reason
        assert reopened.journal.list(kind="checkin") == []
        assert reopened.journal.get(GOOD.id) == GOOD
