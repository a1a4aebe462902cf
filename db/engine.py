"""Engine and session factory: one place that turns a URL into a ready database."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, select, text
from sqlalchemy.orm import Session

from extract.registry import Registry, default_registry

from .models import FIRSTS_SQL, SCHEMA_VERSION, Base, Benchmark, Meta, Result

DEFAULT_DB = "benchboard.db"


def resolve_url(db: str | None = None) -> str:
    """An SQLAlchemy URL from `--db`, else `BENCHBOARD_DB`, else `benchboard.db` in the working directory.

    A plain path is taken as an SQLite file.

    >>> resolve_url("results.db")
    'sqlite:///results.db'
    >>> resolve_url("postgresql+psycopg://u@localhost/bb")
    'postgresql+psycopg://u@localhost/bb'
    """
    value = db or os.environ.get("BENCHBOARD_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{value}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _sqlite_begin)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    """Writers take SQLite's write lock when their transaction starts (BEGIN IMMEDIATE), so two
    ingests never interleave; readers start plain transactions and never wait in WAL mode."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("writer") else "BEGIN")


def writer_engine(engine: Engine) -> Engine:
    """The same engine, marked so that its transactions take the database's write lock first."""
    return engine.execution_options(writer=True)


def lock_writers(session: Session) -> None:
    """Serialise writers for the rest of a transaction (PostgreSQL: a transaction-level advisory lock)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(804212)"))


def make_engine(db: str | None = None) -> Engine:
    """An engine for `db` (see `resolve_url`); SQLite gets WAL, a busy timeout and foreign keys."""
    url = resolve_url(db)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def _registry_rows(registry: Registry) -> dict[str, tuple[object, ...]]:
    return {b.name: (b.core, b.higher_is_better, b.range[0], b.range[1], b.scale, b.variant_of,
                     ", ".join(b.metrics), b.description) for b in registry}


def _stored_rows(session: Session) -> dict[str, tuple[object, ...]]:
    return {b.name: (b.core, b.higher_is_better, b.range_min, b.range_max, b.scale, b.variant_of, b.metrics,
                     b.description) for b in session.scalars(select(Benchmark))}


DROPPED_INDEXES = {2: ("ix_results_board", "ix_results_papers"),
                   3: ("ix_results_date", "ix_results_model", "ix_results_paper_id", "ix_results_model_id")}


def _upgrade(session: Session, version: int) -> None:
    """Schema `version` -> SCHEMA_VERSION in place: 2 adds `firsts` (computed from the stored results),
    2 and 3 replace indexes."""
    conn = session.connection()
    if version < 2:
        conn.execute(text("ALTER TABLE results ADD COLUMN firsts INTEGER NOT NULL DEFAULT 0"))
        conn.execute(text(FIRSTS_SQL))
    for step in range(version + 1, SCHEMA_VERSION + 1):
        for old in DROPPED_INDEXES.get(step, ()):
            conn.execute(text(f"DROP INDEX IF EXISTS {old}"))
    for index in Result.__table__.indexes:  # type: ignore[attr-defined]
        index.create(conn, checkfirst=True)


def init_db(engine: Engine, registry: Registry | None = None) -> None:
    """Create the schema (idempotent), record its version and sync the benchmark registry.

    Reads first and writes only when something is missing or changed, under the writers' lock,
    so several processes can start at once and a dashboard never waits behind an ingest.
    """
    registry = registry or default_registry()
    wanted = _registry_rows(registry)
    if inspect(engine).has_table("results"):
        with Session(engine) as session:
            version = session.get(Meta, "schema_version")
            if version is not None and version.value == str(SCHEMA_VERSION) and _stored_rows(session) == wanted:
                return
    with Session(writer_engine(engine)) as session, session.begin():
        lock_writers(session)
        Base.metadata.create_all(session.connection())
        version = session.get(Meta, "schema_version")
        if version is None:
            session.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
        elif not version.value.isdigit() or int(version.value) > SCHEMA_VERSION:
            raise RuntimeError(f"database schema version {version.value} is not one this benchboard "
                               f"(schema {SCHEMA_VERSION}) can read: upgrade benchboard")
        elif version.value != str(SCHEMA_VERSION):
            _upgrade(session, int(version.value))
            version.value = str(SCHEMA_VERSION)
        existing = {b.name: b for b in session.scalars(select(Benchmark))}
        for entry in registry:
            row = existing.get(entry.name) or Benchmark(name=entry.name)
            row.core = entry.core
            row.higher_is_better = entry.higher_is_better
            row.range_min, row.range_max = entry.range
            row.scale = entry.scale
            row.variant_of = entry.variant_of
            row.metrics = ", ".join(entry.metrics)
            row.description = entry.description
            if entry.name not in existing:
                session.add(row)
