"""Alembic environment: always driven by storage.schema with an open connection."""

from alembic import context

from integration_journal.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
