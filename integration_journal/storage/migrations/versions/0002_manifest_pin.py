"""The header pins the manifest: vault_meta.manifest_pin (format 2).

The column is added empty. Adding it changes nothing a format-1 vault means: the vault upgrades itself
to format 2 at its first unlock whose manifest is intact (storage.vault.Vault._pin_if_unpinned), when
the passphrase is at hand to re-make the passphrase wrap under the format-2 label. Until then it opens
and is checked exactly as before.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("vault_meta") as batch:
        batch.add_column(sa.Column("manifest_pin", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("vault_meta") as batch:
        batch.drop_column("manifest_pin")
