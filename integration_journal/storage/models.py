"""The vault's SQL schema: four tables, nothing in them that describes a person's life.

Allowed plaintext (docs/design.md §4, docs/security-design.md §10.2): format, vault id, KDF parameters,
wrapped keys and the pin on the manifest (its epoch and an HMAC) in `vault_meta`; per record only id,
key id, revision, nonce, ciphertext; the manifest's epoch, nonce and ciphertext; per shard of the record
index (what unlocking reads instead of every record, storage.vault) its number (0-255), key id,
revision, nonce, ciphertext. No SQL index but primary keys.
"""

from __future__ import annotations

from sqlalchemy import Integer, LargeBinary, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class VaultMeta(Base):
    __tablename__ = "vault_meta"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    magic: Mapped[str] = mapped_column(String(16))
    format_version: Mapped[int] = mapped_column(Integer)
    vault_id: Mapped[bytes] = mapped_column(LargeBinary(16))
    kdf: Mapped[bytes] = mapped_column(LargeBinary)
    wrap_pw: Mapped[bytes] = mapped_column(LargeBinary)
    wrap_rk: Mapped[bytes] = mapped_column(LargeBinary)
    # Format 2: the epoch of the manifest and an HMAC over it (crypto.records.ManifestPin). NULL in a
    # format-1 vault until its first unlock with an intact manifest upgrades it (migration 0002).
    manifest_pin: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class RecordRow(Base):
    __tablename__ = "records"

    id: Mapped[bytes] = mapped_column(LargeBinary(16), primary_key=True)
    key_id: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer)
    nonce: Mapped[bytes] = mapped_column(LargeBinary(12))
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)


class ManifestRow(Base):
    __tablename__ = "manifest"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer)
    nonce: Mapped[bytes] = mapped_column(LargeBinary(12))
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)


class RecordIndexRow(Base):
    """One shard of the encrypted record index: the light payloads of the records whose id starts with
    the byte `id` (migration 0003)."""

    __tablename__ = "record_index"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_id: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer)
    nonce: Mapped[bytes] = mapped_column(LargeBinary(12))
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
