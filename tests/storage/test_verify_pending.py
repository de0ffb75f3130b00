"""Vault.verify_pending: the rows unlocking handed over without checking each one (Vault._unverified,
filled when records come from the encrypted index) are checked afterwards in steps, exactly as
read_many checks a row, and nothing of their content is kept."""

from __future__ import annotations

import pytest

from integration_journal.errors import VaultLocked
from integration_journal.storage.vault import REASON_MISSING, REASON_UNREADABLE
from tests.helpers.vaults import populate, raw, spoil_row, urandom_id


def test_nothing_pending_is_one_empty_step(new_vault):
    populate(new_vault, 3, seed=1)
    assert new_vault._unverified == []
    assert new_vault.verify_pending(500) == ([], False)


def test_steps_take_at_most_the_limit_and_say_when_more_remain(new_vault):
    payloads = populate(new_vault, 7, seed=2)
    new_vault._unverified = sorted(payloads)
    calls = []
    read_many = new_vault.read_many
    new_vault.read_many = lambda ids: calls.append(list(ids)) or read_many(ids)
    assert new_vault.verify_pending(3) == ([], True)
    assert new_vault.verify_pending(3) == ([], True)
    assert new_vault.verify_pending(3) == ([], False)
    assert calls == [sorted(payloads)[0:3], sorted(payloads)[3:6], sorted(payloads)[6:]]
    assert new_vault._unverified == []
    assert new_vault.verify_pending(3) == ([], False)


def test_a_spoilt_row_and_a_removed_one_are_found(new_vault, vault_path):
    payloads = populate(new_vault, 6, seed=3)
    ids = sorted(payloads)
    spoil_row(vault_path, ids[4])
    with raw(vault_path) as conn:
        conn.execute("DELETE FROM records WHERE id = ?", (ids[1],))
    new_vault._unverified = list(ids) + [urandom_id()]  # an id nobody knows is simply passed over
    found = []
    more = True
    while more:
        damaged, more = new_vault.verify_pending(2)
        found += [(d.record_id, d.reason) for d in damaged]
    assert sorted(found) == sorted([(ids[4], REASON_UNREADABLE), (ids[1], REASON_MISSING)])


def test_a_limit_below_one_still_checks_one(new_vault, vault_path):
    payloads = populate(new_vault, 2, seed=4)
    ids = sorted(payloads)
    spoil_row(vault_path, ids[0])
    new_vault._unverified = list(ids)
    damaged, more = new_vault.verify_pending(0)
    assert [d.record_id for d in damaged] == [ids[0]] and more


def test_a_closed_vault_checks_nothing(new_vault):
    payloads = populate(new_vault, 2, seed=5)
    new_vault._unverified = sorted(payloads)
    new_vault.close()
    with pytest.raises(VaultLocked):
        new_vault.verify_pending(10)
