"""docs/security-design.md §11.1–§11.3: every byte of a stored record is authenticated and bound to its
identity. Tampering is done as an attacker with the file would: plain sqlite3 on the vault file.

Each damaged record must be reported for itself only (reason REASON_UNREADABLE unless the manifest
notices first), none of its plaintext may be returned, and every other record must still come back
with its exact payload. To keep the full sweeps fast, one round tampers several records at once at
the same position while the remaining records act as controls; a second test does single flips on a
closed vault followed by a real unlock.
"""

from __future__ import annotations

import random

import pytest

from integration_journal.errors import UnsupportedVersion, VaultCorrupt, WrongPassphrase
from integration_journal.storage.vault import (
    REASON_FOREIGN,
    REASON_MISSING,
    REASON_UNREADABLE,
    Vault,
)
from tests.helpers.vaults import PASSPHRASE, assert_load, flip, open_vault, populate, raw, read_rows, write_rows

NONCE = 12


def _split(rows, record_id, blob: bytes):
    key_id, revision, _, _ = rows[record_id]
    return (key_id, revision, blob[:NONCE], blob[NONCE:])


# --- §11.1 byte flips -------------------------------------------------------------------------


@pytest.mark.slow
def test_byte_flip_sweep_nonce_ciphertext_tag(new_vault, vault_path):
    """Every byte of nonce‖ciphertext‖tag, XOR 0x01 and XOR 0x80: fully for 8 records, and for the
    other 192 records 12 random (position, mask) flips per round (≈ 26,000 flips in all)."""
    payloads = populate(new_vault, 200, size=40, seed=1)
    ids = sorted(payloads)
    rows = read_rows(vault_path)
    swept, others = ids[:8], ids[8:]
    blob_len = NONCE + len(rows[ids[0]][3])
    assert all(NONCE + len(rows[i][3]) == blob_len for i in ids)
    rng = random.Random(2)
    flips = 0
    with raw(vault_path) as conn:
        previous: set[bytes] = set()
        for pos in range(blob_len):
            for mask in (0x01, 0x80):
                tampered = {}
                for rid in swept:
                    tampered[rid] = _split(rows, rid, flip(rows[rid][2] + rows[rid][3], pos, mask))
                for rid in rng.sample(others, 12):
                    p, m = rng.randrange(blob_len), rng.choice((0x01, 0x80))
                    tampered[rid] = _split(rows, rid, flip(rows[rid][2] + rows[rid][3], p, m))
                restore = {rid: rows[rid] for rid in previous - tampered.keys()}
                write_rows(conn, {**restore, **tampered})
                previous = set(tampered)
                flips += len(tampered)
                assert_load(new_vault, {r: payloads[r] for r in ids if r not in tampered},
                            {r: REASON_UNREADABLE for r in tampered})
        write_rows(conn, {rid: rows[rid] for rid in previous})
    assert flips == blob_len * 2 * 20
    assert_load(new_vault, payloads, {})
    assert new_vault.verify() == []


def test_single_flip_on_closed_vault_then_unlock(vault_path, fast_kdf):
    """The realistic order: the vault is closed, one byte changes on disk, the app unlocks."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 50, size=300, seed=3)
    vault.close()
    rows = read_rows(vault_path)
    ids = sorted(rows)
    rng = random.Random(4)
    for _ in range(40):
        rid = rng.choice(ids)
        blob = rows[rid][2] + rows[rid][3]
        tampered = _split(rows, rid, flip(blob, rng.randrange(len(blob)), rng.choice((0x01, 0x80))))
        with raw(vault_path) as conn:
            write_rows(conn, {rid: tampered})
        with open_vault(vault_path) as v:
            assert_load(v, {r: payloads[r] for r in ids if r != rid}, {rid: REASON_UNREADABLE})
            damaged = v.verify()
            assert [d.record_id for d in damaged] == [rid]
            assert payloads[rid] not in repr(damaged).encode()
        with raw(vault_path) as conn:
            write_rows(conn, {rid: rows[rid]})
    with open_vault(vault_path) as v:
        assert_load(v, payloads, {})


def test_flip_record_id_detected_by_manifest(new_vault, vault_path):
    """A changed record id looks like a foreign row plus a missing one: both are reported, nothing of
    the record is returned."""
    payloads = populate(new_vault, 60, seed=5)
    ids = sorted(payloads)
    with raw(vault_path) as conn:
        for index in range(16):
            for mask in (0x01, 0x80):
                half = ids[(index + mask) % 2::2]
                renamed = {rid: flip(rid, index, mask) for rid in half}
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("UPDATE records SET id=? WHERE id=?", [(new, old) for old, new in renamed.items()])
                conn.execute("COMMIT")
                expected = {old: REASON_MISSING for old in renamed} | {new: REASON_FOREIGN for new in renamed.values()}
                assert_load(new_vault, {r: payloads[r] for r in ids if r not in renamed}, expected)
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany("UPDATE records SET id=? WHERE id=?", [(old, new) for old, new in renamed.items()])
                conn.execute("COMMIT")
    assert_load(new_vault, payloads, {})


def test_flip_record_id_detected_by_aead_without_manifest(vault_path, fast_kdf):
    """With the manifest gone (so rows are adopted as they are), the AAD alone still binds each
    ciphertext to its record id."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 40, seed=6)
    vault.close()
    ids = sorted(payloads)
    renamed = {rid: flip(rid, i % 16, 0x01 if i % 2 else 0x80) for i, rid in enumerate(ids[:20])}
    with raw(vault_path) as conn:
        conn.execute("DELETE FROM manifest")
        conn.executemany("UPDATE records SET id=? WHERE id=?", [(new, old) for old, new in renamed.items()])
    with open_vault(vault_path) as v:
        assert v.manifest_problem
        assert_load(v, {r: payloads[r] for r in ids[20:]}, {new: REASON_UNREADABLE for new in renamed.values()})


def _column_sweep(vault, vault_path, payloads, column: str, variants) -> int:
    """Set `column` of half the records to variant(old value); everything must be detected."""
    ids = sorted(payloads)
    rows = read_rows(vault_path)
    index = {"key_id": 0, "revision": 1}[column]
    rounds = 0
    with raw(vault_path) as conn:
        for n, make in enumerate(variants):
            half = ids[n % 2::2]
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany(f"UPDATE records SET {column}=? WHERE id=?", [(make(rows[r][index]), r) for r in half])
            conn.execute("COMMIT")
            assert_load(vault, {r: payloads[r] for r in ids if r not in half}, {r: REASON_UNREADABLE for r in half})
            write_rows(conn, {r: rows[r] for r in half})
            rounds += 1
    assert_load(vault, payloads, {})
    return rounds


# Values an attacker can store in an INTEGER column that do not fit the fixed-width AAD fields, or
# are not integers at all (SQLite keeps the stored type). Each must mark that record damaged — not
# crash the whole load.
_OUT_OF_RANGE = [
    lambda v: -v, lambda v: -1, lambda v: 2**32, lambda v: 2**32 + v, lambda v: 2**63 - 1, lambda v: -(2**63),
    lambda v: 1.5, lambda v: v + 0.5, lambda v: f"{v}abc", lambda v: "abc", lambda v: bytes([v]), lambda v: b"",
]
# (1.0 or "1" would not be an edit: SQLite's INTEGER affinity stores them as the integer 1.)


def test_flip_every_bit_of_key_id(new_vault, vault_path):
    payloads = populate(new_vault, 40, seed=7)
    variants = [lambda v, b=b: v ^ (1 << b) for b in range(32)] + _OUT_OF_RANGE
    assert _column_sweep(new_vault, vault_path, payloads, "key_id", variants) == 32 + len(_OUT_OF_RANGE)


def test_flip_every_bit_of_revision(new_vault, vault_path):
    payloads = populate(new_vault, 40, seed=8)
    with new_vault.transaction() as tx:  # give some records higher revisions
        for rid in sorted(payloads)[::3]:
            tx.put(rid, payloads[rid])
    variants = [lambda v, b=b: v ^ (1 << b) for b in range(63)] + [lambda v: v + 1] + _OUT_OF_RANGE
    assert _column_sweep(new_vault, vault_path, payloads, "revision", variants) == 64 + len(_OUT_OF_RANGE)


@pytest.mark.parametrize("column,value", [
    ("nonce", "abcdefghijkl"), ("nonce", 12), ("nonce", b""), ("ciphertext", 5), ("ciphertext", "x" * 600),
    ("ciphertext", b""), ("ciphertext", 1.0),
])
def test_wrong_sqlite_types_in_record_columns(new_vault, vault_path, column, value):
    payloads = populate(new_vault, 10, seed=9)
    victim = sorted(payloads)[3]
    with raw(vault_path) as conn:
        conn.execute(f"UPDATE records SET {column}=? WHERE id=?", (value, victim))
    assert_load(new_vault, {r: p for r, p in payloads.items() if r != victim}, {victim: REASON_UNREADABLE})


@pytest.mark.parametrize("value", ["abcdefghijklmnop", 7, 2.5, b"short"])
def test_wrong_sqlite_types_in_record_id(new_vault, vault_path, value):
    """A row whose id is not a 16-byte blob cannot be one of ours: the original is reported missing
    and the odd row foreign; the rest of the vault loads."""
    payloads = populate(new_vault, 10, seed=10)
    victim = sorted(payloads)[4]
    with raw(vault_path) as conn:
        conn.execute("UPDATE records SET id=? WHERE id=?", (value, victim))
    records, damaged = new_vault.load()
    assert {r.record_id: r.payload for r in records} == {r: p for r, p in payloads.items() if r != victim}
    reasons = sorted((d.reason, type(d.record_id)) for d in damaged)
    assert reasons == sorted([(REASON_MISSING, bytes), (REASON_FOREIGN, bytes)])
    assert [d.record_id for d in damaged if d.reason == REASON_MISSING] == [victim]


def test_wrong_types_while_manifest_is_missing(vault_path, fast_kdf):
    """The no-manifest path (adopt rows that authenticate) must survive odd rows too."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 10, seed=11)
    vault.close()
    ids = sorted(payloads)
    with raw(vault_path) as conn:
        conn.execute("DELETE FROM manifest")
        conn.execute("UPDATE records SET id='abcdefghijklmnop' WHERE id=?", (ids[0],))
        conn.execute("UPDATE records SET key_id='x' WHERE id=?", (ids[1],))
        conn.execute("UPDATE records SET revision=-5 WHERE id=?", (ids[2],))
        conn.execute("UPDATE records SET ciphertext=3 WHERE id=?", (ids[3],))
    with open_vault(vault_path) as v:
        assert v.manifest_problem
        records, damaged = v.load()
        assert {r.record_id: r.payload for r in records} == {r: payloads[r] for r in ids[4:]}
        assert len(damaged) == 4
        # and once the person accepts this state, the save writes a fresh manifest
        with v.accepting_current_state(), v.transaction() as tx:
            tx.put(ids[5], b"after")
        assert v.manifest_problem is None


@pytest.mark.parametrize("mask", [0x01, 0x80])
def test_flip_vault_id_in_header(vault_path, fast_kdf, mask):
    """vault_id is bound into the KEK derivation and the wrap's AAD: any change fails the unlock
    (with the ordinary wrong-passphrase error — no oracle), for each of its 16 bytes."""
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    populate(vault, 3)
    vault.close()
    with raw(vault_path) as conn:
        original = conn.execute("SELECT vault_id FROM vault_meta").fetchone()[0]
    for index in range(16):
        with raw(vault_path) as conn:
            conn.execute("UPDATE vault_meta SET vault_id=?", (flip(original, index, mask),))
        with pytest.raises(WrongPassphrase) as info:
            open_vault(vault_path)
        assert str(info.value) == str(WrongPassphrase())
    for bad in (original[:15], original + b"\0", "abcdefghijklmnop", 16):
        with raw(vault_path) as conn:
            conn.execute("UPDATE vault_meta SET vault_id=?", (bad,))
        with pytest.raises(VaultCorrupt):
            open_vault(vault_path)
    with raw(vault_path) as conn:
        conn.execute("UPDATE vault_meta SET vault_id=?", (original,))
    open_vault(vault_path).close()


@pytest.mark.parametrize("column,value,error", [
    ("format_version", 3, UnsupportedVersion), ("format_version", 0, UnsupportedVersion),
    ("format_version", "one", UnsupportedVersion), ("magic", "IJVAULT2", VaultCorrupt),
    ("magic", b"IJVAULT1", VaultCorrupt), ("kdf", "text", VaultCorrupt), ("kdf", b"{}", VaultCorrupt),
    ("kdf", 5, VaultCorrupt),
])
def test_header_fields_edited(vault_path, fast_kdf, column, value, error):
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    vault.close()
    with raw(vault_path) as conn:
        conn.execute(f"UPDATE vault_meta SET {column}=?", (value,))
    with pytest.raises(error):
        open_vault(vault_path)
    with pytest.raises(error):
        Vault.read_header(vault_path)


# --- §11.2 truncation and extension -----------------------------------------------------------


def test_truncation_and_extension(new_vault, vault_path):
    """Every truncation length 0…len−1 and appends of 1…32 bytes, of the ciphertext and of the
    nonce, for 50 records at once with 50 untouched controls."""
    payloads = populate(new_vault, 100, size=200, seed=12)
    ids = sorted(payloads)
    victims, controls = ids[:50], ids[50:]
    rows = read_rows(vault_path)
    rng = random.Random(13)
    ct_len = len(rows[ids[0]][3])
    edits = ([("ct", lambda ct, n=n: ct[:n]) for n in range(ct_len)]
             + [("ct", lambda ct, n=n: ct + rng.randbytes(n)) for n in range(1, 33)]
             + [("nonce", lambda nonce, n=n: nonce[:n]) for n in range(NONCE)]
             + [("nonce", lambda nonce, n=n: nonce + rng.randbytes(n)) for n in range(1, 33)])
    with raw(vault_path) as conn:
        for part, edit in edits:
            tampered = {}
            for rid in victims:
                key_id, revision, nonce, ct = rows[rid]
                tampered[rid] = ((key_id, revision, nonce, edit(ct)) if part == "ct"
                                 else (key_id, revision, edit(nonce), ct))
            write_rows(conn, tampered)
            assert_load(new_vault, {r: payloads[r] for r in controls}, {r: REASON_UNREADABLE for r in victims})
        write_rows(conn, {rid: rows[rid] for rid in victims})
    assert len(edits) == ct_len + 32 + NONCE + 32
    assert_load(new_vault, payloads, {})


# --- §11.3 row swaps and cross-vault transplant -----------------------------------------------


def test_swap_between_all_ordered_pairs(new_vault, vault_path):
    """Row i receives row j's stored bytes, for all 50·49 = 2,450 ordered pairs (49 cyclic shifts),
    three ways: nonce‖ciphertext, ciphertext alone, and every column but the id."""
    payloads = populate(new_vault, 100, size=100, seed=14)
    ids = sorted(payloads)
    rng = random.Random(15)
    with new_vault.transaction() as tx:  # varied revisions, so whole-row swaps change the revision too
        for rid in rng.sample(ids, 40):
            tx.put(rid, payloads[rid])
    rows = read_rows(vault_path)
    group, controls = ids[:50], ids[50:]
    pairs = set()
    with raw(vault_path) as conn:
        for way in ("nonce+ct", "ct", "all-but-id"):
            for shift in range(1, 50):
                tampered = {}
                for i, rid in enumerate(group):
                    donor = group[(i + shift) % 50]
                    pairs.add((rid, donor))
                    key_id, revision, nonce, ct = rows[rid]
                    d_key_id, d_revision, d_nonce, d_ct = rows[donor]
                    tampered[rid] = {"nonce+ct": (key_id, revision, d_nonce, d_ct),
                                     "ct": (key_id, revision, nonce, d_ct),
                                     "all-but-id": (d_key_id, d_revision, d_nonce, d_ct)}[way]
                write_rows(conn, tampered)
                assert_load(new_vault, {r: payloads[r] for r in controls}, {r: REASON_UNREADABLE for r in group})
        write_rows(conn, {rid: rows[rid] for rid in group})
    assert len(pairs) == 50 * 49
    assert_load(new_vault, payloads, {})


def test_cross_vault_transplant(data_dir, fast_kdf):
    """Two vaults holding the very same record ids at the very same revisions: moving 100 rows'
    bytes from one to the other is rejected (vault id in the AAD, different data key); moving whole
    rows under their own ids shows up as foreign rows; the other vault's manifest is unusable."""
    path_a, path_b = data_dir / "a" / "journal.ijvault", data_dir / "b" / "journal.ijvault"
    vault_a, _ = Vault.create(path_a, PASSPHRASE, policy=fast_kdf)
    vault_b, _ = Vault.create(path_b, PASSPHRASE, policy=fast_kdf)
    payloads_a = populate(vault_a, 150, seed=16)
    payloads_b = populate(vault_b, 150, seed=16, payload_seed=99)  # same ids and revisions, other payloads
    assert payloads_a.keys() == payloads_b.keys()
    assert all(payloads_a[r] != payloads_b[r] for r in payloads_a)
    shared = sorted(payloads_a)[:100]
    rows_a, rows_b = read_rows(path_a), read_rows(path_b)
    assert all(rows_a[r][:2] == rows_b[r][:2] for r in shared)  # identical key id and revision
    assert all(rows_a[r][2:] != rows_b[r][2:] for r in shared)
    with raw(path_a) as conn:
        write_rows(conn, {r: rows_b[r] for r in shared})
    assert_load(vault_a, {r: payloads_a[r] for r in sorted(payloads_a)[100:]}, {r: REASON_UNREADABLE for r in shared})
    with raw(path_a) as conn:
        write_rows(conn, {r: rows_a[r] for r in shared})
    assert_load(vault_a, payloads_a, {})

    # whole rows of a third vault under their own ids
    path_c = data_dir / "c" / "journal.ijvault"
    vault_c, _ = Vault.create(path_c, PASSPHRASE, policy=fast_kdf)
    payloads_c = populate(vault_c, 100, seed=17)
    vault_c.close()
    rows_c = read_rows(path_c)
    with raw(path_a) as conn:
        conn.executemany("INSERT INTO records (id, key_id, revision, nonce, ciphertext) VALUES (?,?,?,?,?)",
                         [(r, *v) for r, v in rows_c.items()])
    assert_load(vault_a, payloads_a, {r: REASON_FOREIGN for r in payloads_c})
    with raw(path_a) as conn:
        conn.executemany("DELETE FROM records WHERE id=?", [(r,) for r in payloads_c])

    # the other vault's manifest
    vault_a.close()
    with raw(path_b) as conn:
        manifest_b = conn.execute("SELECT epoch, nonce, ciphertext FROM manifest").fetchone()
    with raw(path_a) as conn:
        conn.execute("UPDATE manifest SET epoch=?, nonce=?, ciphertext=?", manifest_b)
    with open_vault(path_a) as v:
        assert v.manifest_problem and "damaged" in v.manifest_problem
        assert any(d.reason == v.manifest_problem for d in v.verify())
    vault_b.close()
