"""The record index: one encrypted row per shard of light payloads (storage.vault, "Decode on demand").

The table is added empty. An empty index changes nothing a vault means: unlocking reads every record
whose shard is missing through the checked path, as before, and then writes the shards it needed (the
next unlock reads the index instead). Columns as `records`: nothing else in clear.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_index",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("nonce", sa.LargeBinary(12), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("record_index")
