"""The v1 vault schema: vault_meta, records, manifest.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vault_meta",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("magic", sa.String(16), nullable=False),
        sa.Column("format_version", sa.Integer(), nullable=False),
        sa.Column("vault_id", sa.LargeBinary(16), nullable=False),
        sa.Column("kdf", sa.LargeBinary(), nullable=False),
        sa.Column("wrap_pw", sa.LargeBinary(), nullable=False),
        sa.Column("wrap_rk", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "records",
        sa.Column("id", sa.LargeBinary(16), primary_key=True),
        sa.Column("key_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("nonce", sa.LargeBinary(12), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "manifest",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("nonce", sa.LargeBinary(12), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("manifest")
    op.drop_table("records")
    op.drop_table("vault_meta")
