"""docs/security-design.md §10.2/§11.12: the schema holds nothing that describes a person's life, and
the Alembic migrations, the ORM models and db.HEAD_REVISION agree."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from integration_journal.crypto.records import bucket_size
from integration_journal.errors import UnsupportedVersion, VaultCorrupt
from integration_journal.storage import db
from integration_journal.storage.models import Base
from integration_journal.storage.vault import Vault
from tests.helpers.vaults import PASSPHRASE, open_vault, populate, raw

ALLOWED = {
    "vault_meta": ["id", "magic", "format_version", "vault_id", "kdf", "wrap_pw", "wrap_rk", "manifest_pin"],
    "records": ["id", "key_id", "revision", "nonce", "ciphertext"],
    "manifest": ["id", "epoch", "nonce", "ciphertext"],
    "record_index": ["id", "key_id", "revision", "nonce", "ciphertext"],
    "alembic_version": ["version_num"],
}
MIGRATIONS = Path(db.__file__).parent / "migrations"


def _schema(path: Path) -> dict:
    with raw(path) as conn:
        objects = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        tables = {name: [tuple(c) for c in conn.execute(f"PRAGMA table_info({name})")]
                  for kind, name, _, _ in objects if kind == "table"}
        indexes = {name: [tuple(i) for i in conn.execute(f"PRAGMA index_list({name})")] for name in tables}
    return {"objects": objects, "tables": tables, "indexes": indexes}


def _audit(path: Path) -> None:
    schema = _schema(path)
    kinds = {kind for kind, *_ in schema["objects"]}
    assert kinds <= {"table", "index"}, kinds  # no views, no triggers
    assert {name: [c[1] for c in cols] for name, cols in schema["tables"].items()} == ALLOWED
    for kind, name, table, sql in schema["objects"]:
        assert "VIRTUAL" not in (sql or "").upper() and "FTS" not in (sql or "").upper(), name
        if kind == "index":
            assert sql is None and name.startswith("sqlite_autoindex_"), f"explicit index {name}"
    for table, indexes in schema["indexes"].items():
        # (seq, name, unique, origin, partial): only the primary key's own index
        assert all(origin == "pk" for _, _, _, origin, _ in indexes), (table, indexes)


def test_schema_of_a_new_vault(new_vault, vault_path):
    populate(new_vault, 5)
    new_vault.close()
    _audit(vault_path)


def _migrated_db(path: Path) -> sa.Engine:
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return engine


def test_schema_built_by_migrations(tmp_path):
    engine = _migrated_db(tmp_path / "migrated.db")
    engine.dispose()
    _audit(tmp_path / "migrated.db")


def test_migrations_match_the_models(tmp_path):
    engine = _migrated_db(tmp_path / "migrated.db")
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_vault_create_and_migrations_build_the_same_schema(vault_path, fast_kdf, tmp_path):
    """Vault.create uses create_all + stamp; an upgrade from nothing must give the identical tables."""
    Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)[0].close()
    _migrated_db(tmp_path / "migrated.db").dispose()
    created, migrated = _schema(vault_path), _schema(tmp_path / "migrated.db")
    assert created["tables"] == migrated["tables"]
    assert created["indexes"] == migrated["indexes"]


def test_revision_chain_is_linear_and_head_is_known():
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(cfg)
    assert script.get_heads() == [db.HEAD_REVISION]
    assert len(script.get_bases()) == 1
    revisions = list(script.walk_revisions())  # head first
    for newer, older in zip(revisions, revisions[1:]):
        assert newer.down_revision == older.revision  # a single chain, no branches or merges
    assert revisions[-1].down_revision is None
    assert not any(r.is_merge_point or r.is_branch_point or r.branch_labels for r in revisions)
    assert {r.revision for r in revisions} == set(db.KNOWN_REVISIONS)
    assert db.KNOWN_REVISIONS[-1] == db.HEAD_REVISION


def test_stamped_revision_of_a_new_vault(new_vault, vault_path):
    new_vault.close()
    with raw(vault_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(db.HEAD_REVISION,)]


@pytest.mark.parametrize("edit,error", [
    ("UPDATE alembic_version SET version_num='9999'", UnsupportedVersion),
    ("DROP TABLE alembic_version", VaultCorrupt),
    ("DELETE FROM vault_meta", VaultCorrupt),
])
def test_unknown_or_missing_schema_version(vault_path, fast_kdf, edit, error):
    Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)[0].close()
    with raw(vault_path) as conn:
        conn.execute(edit)
    with pytest.raises(error):
        open_vault(vault_path)
    with pytest.raises(error):
        Vault.read_header(vault_path)


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100, b"SQLite format 3\0" + bytes(200)])
def test_not_a_vault(vault_path, content):
    vault_path.parent.mkdir(parents=True, exist_ok=True)
    vault_path.write_bytes(content)
    with pytest.raises(VaultCorrupt):
        open_vault(vault_path)
    with pytest.raises(VaultCorrupt):
        Vault.read_header(vault_path)
    with pytest.raises(VaultCorrupt):
        open_vault(vault_path, read_only=True)


def _lengths(path: Path) -> list[int]:
    with raw(path) as conn:
        return [r[0] for r in conn.execute("SELECT length(ciphertext) FROM records")]


def test_size_classes_10_vs_500_records(data_dir, fast_kdf):
    """Two vaults, 10 and 500 records of varied sizes up to 64 KiB (including the bucket edges):
    the files differ in record count and in which of ≤ 8 ciphertext lengths occur — nothing else
    per row but random ids and nonces."""
    rng = random.Random(3)
    edges = [0, 1, 508, 509, 1020, 1021, 4092, 4093, 32764, 32765, 65532]

    def sizes(n):
        # framing adds 4 bytes: a payload of up to 64 KiB − 4 fits the 64 KiB bucket
        return edges[: min(n, len(edges))] + [int(rng.paretovariate(0.6) * 200) % 65533 for _ in range(n - len(edges))]

    lengths = {}
    for count in (10, 500):
        path = data_dir / f"v{count}" / "journal.ijvault"
        vault, _ = Vault.create(path, PASSPHRASE, policy=fast_kdf)
        payloads = populate(vault, count, size=sizes(count), seed=count)
        vault.close()
        lengths[count] = _lengths(path)
        assert {len(p) for p in payloads.values()} and max(len(p) for p in payloads.values()) <= 65532
        with raw(path) as conn:
            assert {r for (r,) in conn.execute("SELECT DISTINCT key_id FROM records")} == {1}
            assert {r for (r,) in conn.execute("SELECT DISTINCT revision FROM records")} == {1}
            assert {r for (r,) in conn.execute("SELECT DISTINCT length(nonce) FROM records")} == {12}
            assert {r for (r,) in conn.execute("SELECT DISTINCT length(id) FROM records")} == {16}
    allowed = {512 * 2**i + 16 for i in range(8)}
    assert len(set(lengths[500])) <= 8 and set(lengths[500]) <= allowed
    assert set(lengths[10]) <= allowed
    assert len(set(lengths[10]) | set(lengths[500])) <= 8
    assert len(set(lengths[500])) >= 5  # the sizes really were varied


def test_payload_of_exactly_64_kib_is_the_first_large_class():
    """Documented edge: the 4-byte length prefix pushes payloads of 65,533–65,536 bytes into the
    128 KiB class (a ninth length class for payloads ≤ 64 KiB)."""
    assert bucket_size(65532 + 4) == 64 * 1024
    assert bucket_size(65533 + 4) == 128 * 1024
