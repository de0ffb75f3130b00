"""The vault's encrypted record index (storage.vault, docs/architecture.md "Decode on demand",
docs/security-design.md §10.3 "Record index"): every commit keeps it current; unlocking reads it instead of
every record row; whatever is wrong with it (missing, damaged, rolled back, from another vault, swapped
with a record) costs only a checked read of the records concerned, never a wrong or missing record."""

from __future__ import annotations

import dataclasses
import random
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_journal.core import records as r
from integration_journal.core.codec import DEFAULT_CODEC, LIGHT_TEXT_CHARS
from integration_journal.core.journal import Journal
from integration_journal.crypto import keys
from integration_journal.crypto.records import DecryptionFailed, IndexCipher, RecordCipher
from integration_journal.storage import db
from integration_journal.storage import vault as vault_module
from integration_journal.storage.integrity import IntegrityCode
from integration_journal.storage.vault import REASON_FOREIGN, REASON_MISSING, REASON_UNREADABLE, Vault
from tests.helpers.records import one_of_each
from tests.helpers.vaults import dump, open_vault, raw

LIGHT = DEFAULT_CODEC.light_payload
CHARS = "abc déf 日本 😀\n"


def sample_payloads(count: int, seed: int = 1) -> dict[bytes, bytes]:
    """Encoded records of every kind plus `count` entries with bodies short, long and around the cut."""
    rng = random.Random(seed)
    out: dict[bytes, bytes] = {}
    for record in one_of_each():
        record = dataclasses.replace(record, id=rng.randbytes(16))
        if isinstance(record, r.ReceivedItem):
            record = dataclasses.replace(record, payload=rng.randbytes(rng.choice([0, 10, 3000])))
        out[record.id] = DEFAULT_CODEC.encode(record)
    for n in range(count):
        size = rng.choice([0, 5, LIGHT_TEXT_CHARS - 1, LIGHT_TEXT_CHARS, LIGHT_TEXT_CHARS + 1, 2000])
        body = "".join(rng.choice(CHARS) for _ in range(size))
        entry = r.Entry(id=rng.randbytes(16), title=f"entry {n}", body=body)
        out[entry.id] = DEFAULT_CODEC.encode(entry)
    # Cut to exactly LIGHT_TEXT_CHARS ASCII characters: the light payload alone looks whole.
    entry = r.Entry(id=ASCII_CUT, title="ascii", body="a" * (LIGHT_TEXT_CHARS + 80))
    out[entry.id] = DEFAULT_CODEC.encode(entry)
    return out


ASCII_CUT = b"\x42" * 16


def put_all(vault: Vault, payloads: dict[bytes, bytes]) -> None:
    with vault.transaction() as tx:
        for record_id, payload in payloads.items():
            tx.put(record_id, payload)


def decoded_light(stored, cut=frozenset()) -> dict[bytes, tuple[r.Record, bool]]:
    out = {}
    for record_id, _revision, payload in stored:
        record, light = DEFAULT_CODEC.decode_light(record_id, payload)
        out[record_id] = (record, light or record_id in cut)
    return out


def reference(vault: Vault) -> tuple[dict, set]:
    """What a light journal holds when every row is read: load() + decode_light."""
    records, damaged = vault.load()
    return decoded_light(records), {(d.record_id, d.reason) for d in damaged}


class Reads:
    """Counts the record rows the vault reads through its checked paths."""

    def __init__(self, vault: Vault, monkeypatch) -> None:
        self.ids: list[bytes] = []
        self.full_loads = 0
        read_many, load = vault.read_many, vault.load

        def counting_read_many(record_ids):
            record_ids = list(record_ids)
            self.ids += record_ids
            return read_many(record_ids)

        def counting_load():
            self.full_loads += 1
            return load()

        monkeypatch.setattr(vault, "read_many", counting_read_many)
        monkeypatch.setattr(vault, "load", counting_load)


def via_index(vault: Vault, monkeypatch) -> tuple[dict, set, Reads]:
    reads = Reads(vault, monkeypatch)
    records, damaged, cut = vault.load_light()
    monkeypatch.undo()
    return decoded_light(records, cut), {(d.record_id, d.reason) for d in damaged}, reads


def sql(path: Path, statement: str, params: tuple = ()) -> list[tuple]:
    with raw(path) as conn:
        return conn.execute(statement, params).fetchall()


def shard_rows(path: Path) -> dict[int, tuple]:
    return {row[0]: tuple(row[1:]) for row in sql(path, "SELECT id, key_id, revision, nonce, ciphertext "
                                                        "FROM record_index")}


def indexed_vault(vault_path: Path, fast_kdf, count: int = 60) -> dict[bytes, bytes]:
    vault, _ = Vault.create(vault_path, "correct horse battery staple", policy=fast_kdf)
    vault.index_with(LIGHT)
    payloads = sample_payloads(count)
    put_all(vault, payloads)
    vault.close()
    return payloads


def reopen(vault_path: Path, **kwargs) -> Vault:
    vault = open_vault(vault_path, "correct horse battery staple", **kwargs)
    vault.index_with(LIGHT)
    return vault


# --- writing ------------------------------------------------------------------------------------------------

def test_writes_build_the_shards_and_unlock_reads_only_them(vault_path, fast_kdf, monkeypatch):
    payloads = indexed_vault(vault_path, fast_kdf)
    shards = shard_rows(vault_path)
    assert set(shards) == {record_id[0] for record_id in payloads}
    with reopen(vault_path) as vault:
        epoch = vault.manifest_fingerprint()
        got, damaged, reads = via_index(vault, monkeypatch)
        want, want_damaged = reference(vault)
        assert got == want and damaged == want_damaged == set()
        assert reads.ids == [] and reads.full_loads == 0  # no record row read
        assert sorted(vault._unverified) == sorted(payloads)
        assert vault.manifest_fingerprint() == epoch  # nothing to rebuild: nothing written
    # Light payloads really are light: a 2,000-character body is not in the index whole.
    assert any(len(p) > 4 * LIGHT_TEXT_CHARS for p in payloads.values())


def test_edits_and_deletes_keep_the_index_current(vault_path, fast_kdf, monkeypatch):
    payloads = indexed_vault(vault_path, fast_kdf)
    ids = sorted(payloads)
    with reopen(vault_path) as vault:
        vault.load_light()
        with vault.transaction() as tx:
            entry = r.Entry(id=ids[0], title="edited", body="é" * 1000)
            tx.put(ids[0], DEFAULT_CODEC.encode(entry))
            tx.delete(ids[1])
        with vault.transaction() as tx:
            tx.delete(ids[2])
    with reopen(vault_path) as vault:
        got, _, reads = via_index(vault, monkeypatch)
        want, _ = reference(vault)
        assert got == want and ids[1] not in got and ids[2] not in got
        assert got[ids[0]][0].title == "edited" and got[ids[0]][0].body == "é" * LIGHT_TEXT_CHARS
        assert got[ids[0]][1] is True  # held light: the rest is read on demand
        assert reads.ids == []


@pytest.mark.parametrize("defer_entries", [False, True])
def test_a_journal_opened_light_holds_the_same_records(vault_path, fast_kdf, defer_entries):
    indexed_vault(vault_path, fast_kdf)
    with reopen(vault_path) as vault:
        from_index = Journal.open(vault, light=True, defer_entries=defer_entries)
        assert from_index.loading == defer_entries
        while from_index.load_more(7):
            pass
        from_rows = Journal.open(RowsOnly(vault), light=True)  # what light meant before the index
        assert from_index.is_light(from_index.get_light(ASCII_CUT))
        assert from_index.get(ASCII_CUT).body == "a" * (LIGHT_TEXT_CHARS + 80)
        whole = Journal.open(vault)
        assert {x.id for x in from_index.list(light=True)} == {x.id for x in whole.list()}
        assert from_index.list(light=True) == from_rows.list(light=True)
        for record in from_index.list(light=True):
            full = whole.get(record.id)
            assert from_index.is_light(record) == from_rows.is_light(from_rows.get_light(record.id))
            assert from_index.is_light(record) or record == full
            assert from_index.get(record.id) == full  # read whole from its row on demand


class RowsOnly:
    """The vault as a RecordStore without load_light."""

    def __init__(self, vault: Vault) -> None:
        self.load, self.read_many, self.transaction = vault.load, vault.read_many, vault.transaction


# --- whatever is wrong with the index: a checked read, the same records -------------------------------------

def _delete_all(path: Path, ids: list[bytes], other: Path) -> None:
    sql(path, "DELETE FROM record_index")


def _corrupt(path: Path, ids: list[bytes], other: Path) -> None:
    number = ids[0][0]
    ciphertext = sql(path, "SELECT ciphertext FROM record_index WHERE id=?", (number,))[0][0]
    flipped = bytes([ciphertext[0] ^ 1]) + ciphertext[1:]
    sql(path, "UPDATE record_index SET ciphertext=? WHERE id=?", (flipped, number))


def _bad_plaintext(path: Path, ids: list[bytes], other: Path) -> None:
    """An authentic encryption of a malformed shard (as a buggy or hostile writer with the key could
    leave): the parse refuses it."""
    number = ids[0][0]
    with reopen(path) as vault:
        cipher = IndexCipher(keys.record_key(vault._dek, vault.vault_id, 1), vault.vault_id, 1)
        nonce, ciphertext = cipher.encrypt(number, 7, b"\x01" + bytes(10))
    sql(path, "UPDATE record_index SET key_id=1, revision=7, nonce=?, ciphertext=? WHERE id=?",
        (nonce, ciphertext, number))


def _rolled_back(path: Path, ids: list[bytes], other: Path) -> None:
    number = ids[0][0]
    old = sql(path, "SELECT key_id, revision, nonce, ciphertext FROM record_index WHERE id=?", (number,))[0]
    with reopen(path) as vault:
        with vault.transaction() as tx:
            tx.put(ids[0], DEFAULT_CODEC.encode(r.Entry(id=ids[0], title="newer", body="n" * 999)))
    sql(path, "UPDATE record_index SET key_id=?, revision=?, nonce=?, ciphertext=? WHERE id=?", (*old, number))


def _from_other_vault(path: Path, ids: list[bytes], other: Path) -> None:
    rows = shard_rows(other)
    sql(path, "DELETE FROM record_index")
    for number, values in rows.items():
        sql(path, "INSERT INTO record_index VALUES (?, ?, ?, ?, ?)", (number, *values))


def _record_as_shard(path: Path, ids: list[bytes], other: Path) -> None:
    """A record's own row, numbers and all, put where a shard belongs."""
    number = ids[0][0]
    key_id, revision, nonce, ciphertext = sql(
        path, "SELECT key_id, revision, nonce, ciphertext FROM records WHERE id=?", (ids[0],))[0]
    sql(path, "UPDATE record_index SET key_id=?, revision=?, nonce=?, ciphertext=? WHERE id=?",
        (key_id, revision, nonce, ciphertext, number))


def _shard_moved(path: Path, ids: list[bytes], other: Path) -> None:
    """Shard rows swapped between two shard numbers."""
    rows = shard_rows(path)
    a, b = sorted(rows)[:2]
    sql(path, "UPDATE record_index SET key_id=?, revision=?, nonce=?, ciphertext=? WHERE id=?", (*rows[b], a))
    sql(path, "UPDATE record_index SET key_id=?, revision=?, nonce=?, ciphertext=? WHERE id=?", (*rows[a], b))


@pytest.mark.parametrize("tamper", [_delete_all, _corrupt, _bad_plaintext, _rolled_back, _from_other_vault,
                                    _record_as_shard, _shard_moved])
def test_an_unusable_index_falls_back_and_is_rebuilt(tamper, vault_path, fast_kdf, tmp_path, monkeypatch):
    indexed_vault(vault_path, fast_kdf, count=400)
    other = tmp_path / "other" / "journal.ijvault"
    indexed_vault(other, fast_kdf, count=400)  # same ids (same seed), another vault and key
    with raw(vault_path) as conn:
        ids = sorted(bytes(i) for (i,) in conn.execute("SELECT id FROM records"))
    tamper(vault_path, ids, other)
    with reopen(vault_path) as vault:
        got, damaged, reads = via_index(vault, monkeypatch)
        want, want_damaged = reference(vault)
        assert got == want and damaged == want_damaged == set()
        assert reads.ids or reads.full_loads  # the records concerned were read from their rows
        assert ids[0] in reads.ids or reads.full_loads
        if tamper is not _delete_all and tamper is not _from_other_vault:
            assert reads.full_loads == 0 and len(reads.ids) < len(ids) // 2  # only what was needed
        assert ids[0] not in vault._unverified
    with reopen(vault_path) as vault:  # rebuilt on that unlock: this one reads no row
        got, _, reads = via_index(vault, monkeypatch)
        assert got == want and reads.ids == [] and reads.full_loads == 0


def test_an_index_ciphertext_never_passes_as_a_record(vault_path, fast_kdf, monkeypatch):
    indexed_vault(vault_path, fast_kdf)
    with raw(vault_path) as conn:
        ids = sorted(bytes(i) for (i,) in conn.execute("SELECT id FROM records"))
    target = ids[0]
    key_id, revision, nonce, ciphertext = shard_rows(vault_path)[target[0]]
    sql(path := vault_path, "UPDATE records SET key_id=?, nonce=?, ciphertext=? WHERE id=?",
        (key_id, nonce, ciphertext, target))
    sql(path, "DELETE FROM record_index")  # so unlocking reads the row
    with reopen(vault_path, read_only=True, take_lock=False) as vault:
        got, damaged, _ = via_index(vault, monkeypatch)
        assert target not in got and (target, REASON_UNREADABLE) in damaged
        assert vault.read_many([target])[1][0].reason == REASON_UNREADABLE


def test_the_ciphers_are_domain_separated():
    vault_id, key, shard = bytes(range(16)), bytes(32), 7
    record_id = bytes([shard]) + bytes(15)
    records, index = RecordCipher(key, vault_id, 1), IndexCipher(key, vault_id, 1)
    nonce, ciphertext = index.encrypt(shard, 1, b"x" * 40)
    with pytest.raises(DecryptionFailed):
        records.decrypt(record_id, 1, nonce, ciphertext)
    nonce, ciphertext = records.encrypt(record_id, 1, b"x" * 40)
    with pytest.raises(DecryptionFailed):
        index.decrypt(shard, 1, nonce, ciphertext)
    # and bound to its vault, shard number, key id and revision
    nonce, ciphertext = index.encrypt(shard, 3, b"payload")
    assert index.decrypt(shard, 3, nonce, ciphertext) == b"payload"
    for other in (IndexCipher(key, bytes(16), 1), IndexCipher(key, vault_id, 2)):
        with pytest.raises(DecryptionFailed):
            other.decrypt(shard, 3, nonce, ciphertext)
    for number, revision in ((shard + 1, 3), (shard, 4)):
        with pytest.raises(DecryptionFailed):
            index.decrypt(number, revision, nonce, ciphertext)


def test_tampered_rows_are_still_found_at_unlock_by_id(vault_path, fast_kdf, monkeypatch):
    """A row deleted behind the app's back, or one slipped in, is reported at unlock even though the
    index still describes it: the manifest's ids are checked against the table's."""
    indexed_vault(vault_path, fast_kdf)
    with raw(vault_path) as conn:
        ids = sorted(bytes(i) for (i,) in conn.execute("SELECT id FROM records"))
        conn.execute("DELETE FROM records WHERE id=?", (ids[0],))
        conn.execute("INSERT INTO records SELECT ?, key_id, revision, nonce, ciphertext FROM records WHERE id=?",
                     (b"\xee" * 16, ids[1]))
    with reopen(vault_path) as vault:
        got, damaged, _ = via_index(vault, monkeypatch)
        want, want_damaged = reference(vault)
        assert got == want and ids[0] not in got
        assert damaged == want_damaged == {(ids[0], REASON_MISSING), (b"\xee" * 16, REASON_FOREIGN)}


# --- who may write it --------------------------------------------------------------------------------------

def test_a_read_only_unlock_rebuilds_nothing(vault_path, fast_kdf, monkeypatch):
    indexed_vault(vault_path, fast_kdf)
    sql(vault_path, "DELETE FROM record_index")
    before = dump(vault_path)
    with reopen(vault_path, read_only=True, take_lock=False) as vault:
        got, _, reads = via_index(vault, monkeypatch)
        assert got == reference(vault)[0] and (reads.ids or reads.full_loads)
    assert dump(vault_path) == before and shard_rows(vault_path) == {}


def test_without_a_light_function_shards_are_left_alone_and_never_wrong(vault_path, fast_kdf, monkeypatch):
    payloads = indexed_vault(vault_path, fast_kdf)
    target = sorted(payloads)[0]
    shards = shard_rows(vault_path)
    with open_vault(vault_path, "correct horse battery staple") as vault:  # no index_with: e.g. a tool
        with vault.transaction() as tx:
            tx.put(target, DEFAULT_CODEC.encode(r.Entry(id=target, title="changed elsewhere")))
    assert shard_rows(vault_path) == shards
    with reopen(vault_path) as vault:
        got, _, reads = via_index(vault, monkeypatch)
        assert got[target][0].title == "changed elsewhere" and got == reference(vault)[0]
        assert reads.ids and target in reads.ids and len(reads.ids) <= sum(i[0] == target[0] for i in payloads)


def test_integrity_problems_take_the_full_path_and_write_nothing(vault_path, fast_kdf, monkeypatch):
    indexed_vault(vault_path, fast_kdf)
    sql(vault_path, "DELETE FROM manifest")
    sql(vault_path, "DELETE FROM record_index")
    before = dump(vault_path)
    with reopen(vault_path) as vault:
        assert vault.integrity_problems
        got, _, reads = via_index(vault, monkeypatch)
        assert reads.full_loads == 1 and vault._unverified == []
        assert got == reference(vault)[0]
    assert dump(vault_path) == before


# --- nonces, keys, acceptance -------------------------------------------------------------------------------

def test_every_shard_write_spends_a_nonce(vault_path, fast_kdf):
    payloads = indexed_vault(vault_path, fast_kdf, count=20)
    shards = {record_id[0] for record_id in payloads}
    with reopen(vault_path) as vault:
        assert vault._counters == {1: len(payloads) + len(shards)}
        ids = sorted(payloads)[:3]
        with vault.transaction() as tx:
            for record_id in ids:
                tx.put(record_id, payloads[record_id])
        assert vault._counters == {1: len(payloads) + len(shards) + 3 + len({i[0] for i in ids})}
    sql(vault_path, "DELETE FROM record_index WHERE id=?", (ids[0][0],))
    with reopen(vault_path) as vault:  # what the manifest holds
        assert vault._counters == {1: len(payloads) + len(shards) + 3 + len({i[0] for i in ids})}
        before = vault._counters[1]
        vault.load_light()  # rebuilds that one shard, counted in the same commit
        assert vault._counters == {1: before + 1}
    with reopen(vault_path) as vault:
        assert vault._counters == {1: before + 1}


def test_a_key_rotation_rebuilds_the_index_under_the_new_key(vault_path, fast_kdf, monkeypatch):
    payloads = indexed_vault(vault_path, fast_kdf)
    with reopen(vault_path) as vault:
        vault.rotate_record_key()
        assert vault._counters == {2: len(payloads) + len({i[0] for i in payloads})}
    assert {values[0] for values in shard_rows(vault_path).values()} == {2}
    with reopen(vault_path) as vault:
        got, _, reads = via_index(vault, monkeypatch)
        assert got == reference(vault)[0] and reads.ids == [] and reads.full_loads == 0


def test_accepting_the_current_state_keeps_light_records_right(vault_path, fast_kdf, monkeypatch):
    payloads = indexed_vault(vault_path, fast_kdf)
    ids = sorted(payloads)
    sql(vault_path, "DELETE FROM manifest")
    sql(vault_path, "DELETE FROM records WHERE id=?", (ids[0],))
    with reopen(vault_path) as vault:
        assert vault.manifest_problem is not None
        with vault.accepting_current_state() as problems, vault.transaction() as tx:
            assert any(p.code is IntegrityCode.MANIFEST_REMOVED for p in problems)
            tx.put(ids[1], DEFAULT_CODEC.encode(r.Entry(id=ids[1], title="after acceptance")))
        assert vault.integrity_problems == ()
    with reopen(vault_path) as vault:
        got, damaged, reads = via_index(vault, monkeypatch)
        assert got == reference(vault)[0] and damaged == set()
        assert ids[0] not in got and got[ids[1]][0].title == "after acceptance"
        assert reads.ids == [] and reads.full_loads == 0


# --- the schema ---------------------------------------------------------------------------------------------

def _as_revision_0002(path: Path) -> None:
    sql(path, "DROP TABLE record_index")
    sql(path, "UPDATE alembic_version SET version_num='0002'")


def test_a_vault_from_revision_0002_is_migrated_and_indexed(vault_path, fast_kdf, monkeypatch):
    payloads = indexed_vault(vault_path, fast_kdf)
    _as_revision_0002(vault_path)
    with reopen(vault_path, read_only=True, take_lock=False) as vault:  # an old backup: never migrated
        got, _, reads = via_index(vault, monkeypatch)
        assert got == reference(vault)[0] and reads.full_loads == 1
    assert sql(vault_path, "SELECT version_num FROM alembic_version") == [("0002",)]
    with reopen(vault_path) as vault:
        assert sql(vault_path, "SELECT version_num FROM alembic_version") == [(db.HEAD_REVISION,)]
        got, _, reads = via_index(vault, monkeypatch)
        assert got == reference(vault)[0] and len(got) == len(payloads)
    assert set(shard_rows(vault_path)) == {record_id[0] for record_id in payloads}
    with reopen(vault_path) as vault:
        _, _, reads = via_index(vault, monkeypatch)
        assert reads.ids == [] and reads.full_loads == 0


def test_the_index_holds_nothing_in_clear(vault_path, fast_kdf):
    payloads = indexed_vault(vault_path, fast_kdf)
    blob = b"".join(values[3] for values in shard_rows(vault_path).values())
    for payload in payloads.values():
        assert payload[:32] not in blob
    with pytest.raises(sqlite3.IntegrityError):  # one row per shard number
        sql(vault_path, "INSERT INTO record_index VALUES (?, 1, 1, ?, ?)", (next(iter(payloads))[0], b"", b""))


def test_a_damaged_record_is_reported_at_every_unlock_without_rewriting_its_shard(vault_path, fast_kdf,
                                                                                  monkeypatch):
    payloads = indexed_vault(vault_path, fast_kdf, count=400)
    target = next(i for i in sorted(payloads) if sum(j[0] == i[0] for j in payloads) >= 3)
    ciphertext = sql(vault_path, "SELECT ciphertext FROM records WHERE id=?", (target,))[0][0]
    sql(vault_path, "UPDATE records SET ciphertext=? WHERE id=?", (ciphertext[:-1] + b"\0", target))
    sql(vault_path, "DELETE FROM record_index WHERE id=?", (target[0],))
    for attempt in range(2):
        before = dump(vault_path), shard_rows(vault_path)
        with reopen(vault_path) as vault:
            got, damaged, reads = via_index(vault, monkeypatch)
            assert damaged == {(target, REASON_UNREADABLE)} and target not in got and target in reads.ids
            assert got == reference(vault)[0]
        after = dump(vault_path), shard_rows(vault_path)
        if attempt:  # the shard was rebuilt without it the first time; nothing new to write since
            assert after == before
        else:
            assert after != before and target[0] in after[1]


# --- the shard layout ----------------------------------------------------------------------------------------

SHARD_ENTRY = st.tuples(st.integers(0, 2**63 - 1), st.binary(min_size=16, max_size=16), st.booleans(),
                        st.binary(max_size=300))


@settings(max_examples=100, deadline=None)
@given(number=st.integers(0, 255), tails=st.lists(st.binary(min_size=15, max_size=15), max_size=12, unique=True),
       items=st.lists(SHARD_ENTRY, min_size=12, max_size=12))
def test_a_shard_reads_back_exactly(number, tails, items):
    entries = {bytes([number]) + tail: item for tail, item in zip(tails, items)}
    plain = vault_module._pack_shard(entries)
    assert vault_module._parse_shard(number, plain) == entries
    # Unlocking takes exactly the entries that are the manifest's and have a row.
    manifest = {record_id: vault_module._ENTRY.pack(record_id, revision, tag)
                for n, (record_id, (revision, tag, _, _)) in enumerate(entries.items()) if n % 3}
    stale = next(iter(manifest), None)
    if stale is not None:
        manifest[stale] = vault_module._ENTRY.pack(stale, entries[stale][0] + 1, entries[stale][1])
    rows = set(list(manifest)[:-1])
    found, cut = vault_module._current_in_shard(number, plain, manifest, rows)
    want = {record_id for record_id in manifest if record_id != stale and record_id in rows}
    assert {x.record_id for x in found} == want
    assert all(x.payload == entries[x.record_id][3] and x.revision == entries[x.record_id][0] for x in found)
    assert set(cut) == {record_id for record_id in want if entries[record_id][2]}


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=400), number=st.integers(0, 255))
def test_any_shard_plaintext_parses_or_is_refused(data, number):
    """Whatever an authentic but malformed shard holds: entries of that shard, or ValueError (the
    vault then reads its records from their rows) — never another exception."""
    try:
        entries = vault_module._parse_shard(number, data)
    except ValueError:
        with pytest.raises(ValueError):  # what unlocking uses refuses exactly the same
            vault_module._current_in_shard(number, data, {}, set())
        return
    assert all(record_id[0] == number and len(record_id) == 16 for record_id in entries)
    manifest = {record_id: vault_module._ENTRY.pack(record_id, revision, tag)
                for record_id, (revision, tag, _, _) in entries.items()}
    found, cut = vault_module._current_in_shard(number, data, manifest, set(manifest))
    assert {(x.record_id, x.revision, x.payload) for x in found} == {
        (record_id, item[0], item[3]) for record_id, item in entries.items()}
    assert set(cut) == {record_id for record_id, item in entries.items() if item[2]}


@pytest.mark.parametrize("plain", [
    b"", b"\x02", b"\x01" + bytes(40),  # unknown version; an entry cut short
    b"\x01" + bytes(16) + bytes(8) + bytes(16) + b"\x02" + bytes(4),  # a flag that is neither 0 nor 1
    b"\x01" + bytes(16) + bytes(8) + bytes(16) + b"\x00" + b"\x00\x00\x00\x09" + b"short",  # length too long
    b"\x01" + b"\x01" + bytes(15) + bytes(8) + bytes(16) + b"\x00" + bytes(4),  # an id of shard 1 in shard 0
    b"\x01" + (bytes(16) + bytes(8) + bytes(16) + b"\x00" + bytes(4)) * 2,  # the same id twice
    b"\x01" + bytes(16) + b"\xff" * 8 + bytes(16) + b"\x00" + bytes(4),  # a revision no row can have
])
def test_malformed_shards_are_refused(plain):
    with pytest.raises(ValueError):
        vault_module._parse_shard(0, plain)
    with pytest.raises(ValueError):
        vault_module._current_in_shard(0, plain, {}, set())
