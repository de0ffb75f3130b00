"""Alembic migrations for the vault schema, run programmatically by storage.schema."""
