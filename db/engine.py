"""Engine and session factory: one place that turns a URL into a ready database."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    String,
    cast,
    create_engine,
    event,
    insert,
    inspect,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from extract.registry import Registry, default_registry

from .models import SCHEMA_VERSION, UNNAMED, Base, Benchmark, Meta, Paper, PaperSource, Result, Source

DEFAULT_DB = "benchboard.db"


class DatabaseUnavailable(RuntimeError):
    """A database that cannot be opened, read or written; the message is one line naming it and the cause."""


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


def mask_url(url: str) -> str:
    """A URL fit to print: its password replaced by ***.

    >>> mask_url("postgresql+psycopg://bob:s3cret@db.example/bb")
    'postgresql+psycopg://bob:***@db.example/bb'
    >>> mask_url("sqlite:///results.db")
    'sqlite:///results.db'
    """
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url.split("@")[-1]


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL (None for other backends and in-memory databases).

    >>> sqlite_path("sqlite:///data/x.db"), sqlite_path("postgresql://h/db"), sqlite_path("sqlite://")
    (PosixPath('data/x.db'), None, None)
    """
    if not url.startswith("sqlite"):
        return None
    path = url.split("///", 1)[1] if "///" in url else ""
    path = path.removeprefix("file:").split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


def _writable(path: Path) -> bool:
    """Whether SQLite can write `path` and the journal files beside it."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def is_read_only(engine: Engine) -> bool:
    """Whether the engine opened its SQLite file read-only (a folder or file it cannot write)."""
    return engine.dialect.name == "sqlite" and ("mode=ro" in str(engine.url) or "immutable=1" in str(engine.url))


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _sqlite_begin)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_read_only_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
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


def make_engine(db: str | None = None, create: bool = True) -> Engine:
    """An engine for `db` (see `resolve_url`); SQLite gets WAL, a busy timeout and foreign keys.

    With `create`, the folder of a new SQLite file is made. An SQLite file in a folder (or a file) this
    process cannot write is opened read-only: `mode=ro`, or `immutable=1` when the folder cannot hold
    the journal files and no write-ahead log is pending.
    """
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None:
        if create and not path.parent.is_dir():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseUnavailable(f"cannot create the folder {path.parent}: {exc.strerror}") from None
        if path.exists() and not _writable(path):
            folder_ok = os.access(path.parent if str(path.parent) else Path("."), os.W_OK)
            mode = "mode=ro" if folder_ok or Path(f"{path}-wal").exists() else "immutable=1"
            engine = create_engine(f"sqlite:///file:{path.resolve()}?{mode}&uri=true", connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_read_only_pragmas)
        else:
            engine = create_engine(url, connect_args={"timeout": 30})
            event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    try:
        return create_engine(url, pool_pre_ping=True)
    except ImportError as exc:
        raise DatabaseUnavailable(f"{mask_url(url)}: its database driver is not installed ({exc}); benchboard "
                                  "works with SQLite files and postgresql+psycopg:// URLs") from None
    except ArgumentError as exc:
        raise DatabaseUnavailable(f"{mask_url(url)}: not a database URL benchboard can use ({exc})") from None


def describe(exc: BaseException) -> str:
    """The first line of a database error's own message (the driver's, without SQLAlchemy's SQL and links)."""
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    return lines[0] if lines else type(orig).__name__


def shown_name(db: str | None) -> str:
    """How messages name a database: its SQLite file, else its URL without the password."""
    url = resolve_url(db)
    path = sqlite_path(url)
    return str(path) if path is not None else mask_url(url)


def open_db(db: str | None = None, write: bool = False) -> Engine:
    """A ready engine for a command, or DatabaseUnavailable with a one-line reason.

    Only writers (`write=True`: ingest, import, uploads) create a database; readers need one that
    exists and holds benchboard's tables, and open it read-only when it cannot be written.
    """
    path = sqlite_path(resolve_url(db))
    shown = shown_name(db)
    if path is not None and not write and not path.exists():
        raise DatabaseUnavailable(f"{shown}: no such database (`benchboard ingest` or `benchboard import` "
                                  "creates one)")
    if path is not None and path.is_dir():
        raise DatabaseUnavailable(f"{shown}: is a folder, not a database file")
    engine = make_engine(db, create=write)
    if write and is_read_only(engine):
        raise DatabaseUnavailable(f"{shown}: read-only (this command writes; its folder or file cannot be written)")
    try:
        with engine.connect() as conn:
            has_tables = inspect(conn).has_table("results")
        if not write and not has_tables:
            raise DatabaseUnavailable(f"{shown}: holds no benchboard data (`benchboard ingest` or "
                                      "`benchboard import` creates it)")
        init_db(engine)
    except DatabaseUnavailable:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseUnavailable(f"{shown}: {describe(exc)}") from None
    return engine


def _registry_rows(registry: Registry) -> dict[str, tuple[object, ...]]:
    return {b.name: (b.core, b.higher_is_better, b.range[0], b.range[1], b.scale, b.variant_of,
                     ", ".join(b.metrics), b.description) for b in registry}


def _stored_rows(session: Session) -> dict[str, tuple[object, ...]]:
    return {b.name: (b.core, b.higher_is_better, b.range_min, b.range_max, b.scale, b.variant_of, b.metrics,
                     b.description) for b in session.scalars(select(Benchmark))}


DROPPED_INDEXES = {2: ("ix_results_board", "ix_results_papers"),
                   3: ("ix_results_date", "ix_results_model", "ix_results_paper_id", "ix_results_model_id"),
                   5: ("ix_results_leaderboard", "ix_results_dated", "ix_results_model", "ix_results_paper"),
                   6: ("ix_results_model",),
                   7: ("ix_results_leaderboard", "ix_results_dated", "ix_results_model", "ix_results_paper")}


# Schema 4: each link records what its file holds of the paper; links written before hold the paper's own.
LINK_COLUMNS = {"abstract_key": "VARCHAR(40)", "abstract": "TEXT", "arxiv_id": "VARCHAR(32)", "title": "TEXT",
                "created": "DATE", "comments": "TEXT"}
LINKS_FROM_PAPERS_SQL = """
UPDATE paper_sources SET
  abstract_key = (SELECT abstract_key FROM papers WHERE papers.id = paper_sources.paper_id),
  arxiv_id = (SELECT arxiv_id FROM papers WHERE papers.id = paper_sources.paper_id),
  title = (SELECT title FROM papers WHERE papers.id = paper_sources.paper_id),
  created = (SELECT date FROM papers WHERE papers.id = paper_sources.paper_id),
  comments = (SELECT comments FROM papers WHERE papers.id = paper_sources.paper_id)
"""

# papers no source holds (left by earlier versions when a file dropped an abstract), their results, and
# the models no result names
ORPHANS_SQL = """
DELETE FROM results WHERE paper_id NOT IN (SELECT paper_id FROM paper_sources);
DELETE FROM papers WHERE id NOT IN (SELECT paper_id FROM paper_sources);
DELETE FROM models WHERE id NOT IN (SELECT model_id FROM results WHERE model_id IS NOT NULL)
"""

# Schema 5: whose number it is, and where it was written. Results stored before name their model as their
# system, cover the full benchmark, state absolute changes, have no provenance (null: stored before rules had
# names) and come from an abstract.
RESULT_COLUMNS = {"system": "VARCHAR(256)", "backbone": "VARCHAR(256)", "scope": "VARCHAR(8) NOT NULL DEFAULT 'full'",
                  "relative": "BOOLEAN NOT NULL DEFAULT FALSE", "how_linked": "VARCHAR(64)",
                  "how_named": "VARCHAR(64)", "source": "VARCHAR(8) NOT NULL DEFAULT 'abstract'"}


# Schema 7: how sure the extractor is, and what reviewers said. Results stored before have no confidence and are
# not trusted (the dashboard shows them when asked for every row) and no review; every source and paper is marked
# as read by an unknown extractor, so that ingesting the same files again extracts and scores them.
CONFIDENCE_COLUMNS = {"confidence": "FLOAT", "trusted": "BOOLEAN NOT NULL DEFAULT FALSE", "review": "VARCHAR(9)",
                      "extracted": "TEXT"}
UNSCORED = ""  # `sources.extractor_version` of a file read before results carried a confidence


def unnamed_identities() -> Any:
    """The statement that gives every own result without a model its paper as identity (see `unnamed_key`)."""
    return update(Result).where(Result.model_key.is_(None), Result.role == "own").values(
        model_key=literal(UNNAMED) + cast(Result.paper_id, String))


def _upgrade(session: Session, version: int) -> None:
    """Schema `version` -> SCHEMA_VERSION in place: old indexes dropped first; 4 adds what each source holds of
    a paper (filled from the paper); 5 adds whose number it is (filled as `RESULT_COLUMNS` says), gives unnamed
    own results their paper as identity and drops the `firsts` flags of schemas 2-4; 6 rebuilds the model index;
    7 adds confidence and review columns (as `CONFIDENCE_COLUMNS` says; the reviews table is created with the
    others) and marks every file and paper for extraction on the next ingest."""
    conn = session.connection()
    for step in range(version + 1, SCHEMA_VERSION + 1):
        for old in DROPPED_INDEXES.get(step, ()):
            conn.execute(text(f"DROP INDEX IF EXISTS {old}"))
    quote = conn.dialect.identifier_preparer.quote
    if version < 4:
        present = {c["name"] for c in inspect(conn).get_columns("paper_sources")}
        for name, sql_type in LINK_COLUMNS.items():
            if name not in present:
                conn.execute(text(f"ALTER TABLE paper_sources ADD COLUMN {quote(name)} {sql_type}"))
        conn.execute(text(LINKS_FROM_PAPERS_SQL))
        for statement in ORPHANS_SQL.split(";"):
            conn.execute(text(statement))
    if version < 5:
        present = {c["name"] for c in inspect(conn).get_columns("results")}
        for name, sql_type in RESULT_COLUMNS.items():
            if name not in present:
                conn.execute(text(f"ALTER TABLE results ADD COLUMN {quote(name)} {sql_type}"))
        if "firsts" in present:
            conn.execute(text("ALTER TABLE results DROP COLUMN firsts"))
        conn.execute(update(Result).values(system=Result.model))
        conn.execute(unnamed_identities())
    if version < 7:
        present = {c["name"] for c in inspect(conn).get_columns("results")}
        for name, sql_type in CONFIDENCE_COLUMNS.items():
            if name not in present:
                conn.execute(text(f"ALTER TABLE results ADD COLUMN {quote(name)} {sql_type}"))
        conn.execute(update(Source).values(extractor_version=UNSCORED))
        conn.execute(update(Paper).values(extractor_version=None))
    for table in (Result, PaperSource):
        for index in table.__table__.indexes:  # type: ignore[attr-defined]
            index.create(conn, checkfirst=True)


DATA_VERSION = "data_version"
DATABASE_ID = "database_id"


def bump_data_version(conn: Connection | Session) -> None:
    """Count one more change to the stored data; called in every transaction that writes papers or results
    (the writers' lock is held, so the read-and-write is safe). Caches key on `data_stamp`."""
    value = conn.execute(select(Meta.value).where(Meta.key == DATA_VERSION)).scalar()
    if value is None:
        conn.execute(insert(Meta).values(key=DATA_VERSION, value="1"))
    else:
        conn.execute(update(Meta).where(Meta.key == DATA_VERSION).values(
            value=str(int(value) + 1 if value.isdigit() else 1)))


def data_stamp(conn: Connection) -> tuple[int, int]:
    """(database id, data version): changes with every write, and differs between two databases."""
    values = dict(conn.execute(select(Meta.key, Meta.value).where(Meta.key.in_([DATABASE_ID, DATA_VERSION]))).all())
    db_id, version = (values.get(k, "") for k in (DATABASE_ID, DATA_VERSION))
    return int(db_id) if db_id.isdigit() else 0, int(version) if version.isdigit() else 0


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
            current = version is not None and version.value == str(SCHEMA_VERSION)
            if current and (is_read_only(engine) or (
                    _stored_rows(session) == wanted and session.get(Meta, DATABASE_ID) is not None)):
                return  # (a read-only database keeps the registry it was written with)
            if is_read_only(engine):
                raise DatabaseUnavailable(f"{sqlite_path(str(engine.url))}: read-only, and its schema "
                                          f"({version.value if version else 'none'}) needs an upgrade to "
                                          f"{SCHEMA_VERSION}: open it once where it can be written")
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
            bump_data_version(session)
        if session.get(Meta, DATABASE_ID) is None:
            session.add(Meta(key=DATABASE_ID, value=str(secrets.randbits(62))))
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
