"""Vault.read_many: reading chosen records on demand is checked exactly like unlocking reads them all
(docs/architecture.md, "Decode on demand"): the AEAD, then the revision and tag the manifest holds."""

from __future__ import annotations

import pytest

from integration_journal.storage.vault import REASON_FOREIGN, REASON_MISSING, REASON_UNREADABLE
from tests.helpers.vaults import flip, populate, raw, read_rows, urandom_id, write_rows


def test_reads_only_the_records_asked_for(new_vault):
    payloads = populate(new_vault, 30, size=80, seed=3)
    wanted = sorted(payloads)[5:12]
    found, damaged = new_vault.read_many(iter(wanted + wanted[:2]))  # an iterator, with repeats
    assert damaged == []
    assert sorted(r.record_id for r in found) == wanted  # each once
    assert all(r.payload == payloads[r.record_id] for r in found)
    assert all(r.revision == new_vault.revision_of(r.record_id) for r in found)


def test_after_a_change_the_new_revision_is_read(new_vault):
    payloads = populate(new_vault, 3, seed=4)
    record_id = sorted(payloads)[0]
    with new_vault.transaction() as tx:
        tx.put(record_id, b"changed")
    [found], [] = new_vault.read_many([record_id])
    assert (found.payload, found.revision) == (b"changed", 2)


def test_an_unknown_id_is_left_out(new_vault):
    populate(new_vault, 3, seed=5)
    assert new_vault.read_many([urandom_id()]) == ([], [])
    assert new_vault.read_many([]) == ([], [])


def test_a_tampered_row_is_damaged_and_gives_no_plaintext(new_vault, vault_path):
    payloads = populate(new_vault, 5, size=64, seed=6)
    ids = sorted(payloads)
    rows = read_rows(vault_path)
    key_id, revision, nonce, ciphertext = rows[ids[0]]
    with raw(vault_path) as conn:
        write_rows(conn, {ids[0]: (key_id, revision, nonce, flip(ciphertext, 3, 0x01))})
    found, damaged = new_vault.read_many(ids[:2])
    assert [r.record_id for r in found] == [ids[1]]
    assert [(d.record_id, d.reason) for d in damaged] == [(ids[0], REASON_UNREADABLE)]


def test_a_row_deleted_behind_the_apps_back_is_missing(new_vault, vault_path):
    payloads = populate(new_vault, 4, seed=7)
    gone = sorted(payloads)[1]
    with raw(vault_path) as conn:
        conn.execute("DELETE FROM records WHERE id = ?", (gone,))
    found, damaged = new_vault.read_many([gone])
    assert found == []
    assert [(d.record_id, d.reason) for d in damaged] == [(gone, REASON_MISSING)]


def test_a_row_the_manifest_does_not_know_is_foreign(new_vault, vault_path):
    payloads = populate(new_vault, 2, seed=8)
    rows = read_rows(vault_path)
    stranger = urandom_id()
    with raw(vault_path) as conn:
        conn.execute("INSERT INTO records (id, key_id, revision, nonce, ciphertext) VALUES (?, ?, ?, ?, ?)",
                     (stranger, *rows[sorted(payloads)[0]]))
    found, damaged = new_vault.read_many([stranger])
    assert found == []
    assert [(d.record_id, d.reason) for d in damaged] == [(stranger, REASON_FOREIGN)]


def test_more_ids_than_one_query_takes(new_vault):
    payloads = populate(new_vault, 1200, size=20, seed=9)
    found, damaged = new_vault.read_many(payloads)
    assert damaged == []
    assert {r.record_id: r.payload for r in found} == payloads


def test_a_light_journal_reads_bodies_from_the_vault_and_notices_tampering(new_vault, vault_path):
    import datetime as dt

    from integration_journal.core import records as r
    from integration_journal.core.journal import Journal
    from integration_journal.errors import NotFound

    journal = Journal.open(new_vault, tz=dt.timezone.utc)
    kept = journal.add(r.Entry(title="kept", body="first words " * 100))
    hit = journal.add(r.Entry(title="hit", body="other words " * 100))
    light = Journal.open(new_vault, tz=dt.timezone.utc, light=True)
    assert all(light.is_light(e) for e in light.list(kind=r.Entry, light=True))
    assert light.get(kept.id) == kept
    rows = read_rows(vault_path)
    key_id, revision, nonce, ciphertext = rows[hit.id]
    with raw(vault_path) as conn:
        write_rows(conn, {hit.id: (key_id, revision, nonce, flip(ciphertext, 0, 0x80))})
    with pytest.raises(NotFound, match="could not be read"):
        light.get(hit.id)
    assert [(d.record_id, d.reason) for d in light.damaged] == [(hit.id, REASON_UNREADABLE)]
    assert [e.id for e in light.list(kind=r.Entry)] == [kept.id]
