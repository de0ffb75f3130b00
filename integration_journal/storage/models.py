"""The vault's SQL schema: three tables, nothing in them that describes a person's life.

Allowed plaintext (docs/design.md §4, docs/security-design.md §10.2): format, vault id, KDF parameters,
wrapped keys and the pin on the manifest (its epoch and an HMAC) in `vault_meta`; per record only id,
key id, revision, nonce, ciphertext; the manifest's epoch, nonce and ciphertext. No index but primary keys.

The tables are SQLAlchemy Core tables: the vault writes and reads rows with Core statements only, and
the ORM (`sqlalchemy.orm`, ~13 MiB of resident memory once imported) would be loaded for nothing
(docs/PERFORMANCE.md, "Cost against years of use"). `VaultMeta.magic`, `RecordRow.id`... name the
columns, and `select(RecordRow)`, `update(VaultMeta)` take the table, as the statements expect.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, LargeBinary, MetaData, String, Table


class _TableColumns:
    """A table whose columns are attributes; SQLAlchemy statements take it for the table itself."""

    def __init__(self, table: Table) -> None:
        self.__table__ = table
        for column in table.columns:
            setattr(self, column.key, column)

    def __clause_element__(self) -> Table:
        return self.__table__

    def __getattr__(self, name: str) -> Column:  # only reached for a name that is not a column
        raise AttributeError(f"table {self.__table__.name} has no column {name!r}")


class Base:
    """Holds the metadata of every table (Alembic and `create_all` read `Base.metadata`)."""

    metadata = MetaData()


VaultMeta = _TableColumns(Table(
    "vault_meta", Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("magic", String(16), nullable=False),
    Column("format_version", Integer, nullable=False),
    Column("vault_id", LargeBinary(16), nullable=False),
    Column("kdf", LargeBinary, nullable=False),
    Column("wrap_pw", LargeBinary, nullable=False),
    Column("wrap_rk", LargeBinary, nullable=False),
    # Format 2: the epoch of the manifest and an HMAC over it (crypto.records.ManifestPin). NULL in a
    # format-1 vault until its first unlock with an intact manifest upgrades it (migration 0002).
    Column("manifest_pin", LargeBinary, nullable=True),
))

RecordRow = _TableColumns(Table(
    "records", Base.metadata,
    Column("id", LargeBinary(16), primary_key=True),
    Column("key_id", Integer, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("nonce", LargeBinary(12), nullable=False),
    Column("ciphertext", LargeBinary, nullable=False),
))

ManifestRow = _TableColumns(Table(
    "manifest", Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("epoch", Integer, nullable=False),
    Column("nonce", LargeBinary(12), nullable=False),
    Column("ciphertext", LargeBinary, nullable=False),
))
