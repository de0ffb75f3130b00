"""The SQLite engine behind a vault: private pragmas, one connection, Alembic-managed schema."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import StaticPool

from integration_journal.errors import UnsupportedVersion, VaultCorrupt

# The newest migration; tests check it equals the head of storage/migrations so that opening a
# vault needs no Alembic import unless there is something to migrate.
HEAD_REVISION = "0003"
KNOWN_REVISIONS = ("0001", "0002", "0003")


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    url = f"sqlite:///file:{path}?mode=ro&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(
        url,
        hide_parameters=True,  # no ciphertext or ids in exception text or logs
        poolclass=StaticPool,
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:
        # Take over transaction control so BEGIN IMMEDIATE marks every write (SQLAlchemy's
        # documented recipe for pysqlite).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA secure_delete=ON")
        cur.execute("PRAGMA temp_store=MEMORY")
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def schema_revision(conn: Connection) -> str | None:
    try:
        has_table = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).scalar()
    except (DatabaseError, OperationalError) as exc:
        raise VaultCorrupt("This file is not an Integration Journal vault, or it is damaged.") from exc
    if not has_table:
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _alembic_config(conn: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["connection"] = conn
    return cfg


def create_schema(conn: Connection) -> None:
    from alembic import command

    from integration_journal.storage.models import Base

    Base.metadata.create_all(conn)
    command.stamp(_alembic_config(conn), "head")


def migrate_if_needed(conn: Connection) -> bool:
    """Bring an older vault's schema to head. Returns True when a migration ran."""
    current = schema_revision(conn)
    if current is None:
        raise VaultCorrupt("This file is not an Integration Journal vault, or it is damaged.")
    if current == HEAD_REVISION:
        return False
    if current not in KNOWN_REVISIONS:
        raise UnsupportedVersion("This journal was written by a newer version of Integration Journal. "
                                 "Please update the app to open it.")
    from alembic import command

    command.upgrade(_alembic_config(conn), "head")
    return True


def checkpoint(conn: Connection) -> None:
    """Fold the WAL into the main file and truncate it, so no stale pages linger beside it.

    Runs on the driver connection, outside any transaction: through SQLAlchemy the statement would
    autobegin (our `begin` hook issues BEGIN IMMEDIATE) and SQLite refuses to checkpoint inside a
    write transaction ("database table is locked")."""
    if conn.in_transaction():
        conn.rollback()
    conn.connection.dbapi_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
