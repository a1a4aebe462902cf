"""Backup and portability: the whole database as one JSON document, and back.

A dump restores an identical database on any backend (SQLite -> PostgreSQL included):
the same rows with the same ids, in foreign-key order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, DateTime, Engine, Table, delete, func, insert, select, text, update

from extract.extractor import EXTRACTOR_VERSION

from .engine import (
    DATA_VERSION,
    DATABASE_ID,
    LINK_COLUMNS,
    UNSCORED,
    bump_data_version,
    init_db,
    unnamed_identities,
)
from .limits import ValueTooLong, check_lengths
from .models import SCHEMA_VERSION, Base, Benchmark, Meta, Model, Paper, PaperSource, Result, Review, Source

DUMP_FORMAT = "benchboard-dump"
TABLES = [Meta, Benchmark, Source, Paper, PaperSource, Model, Result, Review]  # foreign-key order
OWN_META = (DATABASE_ID, DATA_VERSION)  # each database keeps its own


class DumpError(ValueError):
    """A dump that cannot be imported (wrong format, or a target that is not empty)."""


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def dump(engine: Engine) -> dict[str, Any]:
    """Every row of every table, ordered by primary key."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        for model in TABLES:
            table: Table = model.__table__  # type: ignore[assignment]
            q = select(table).order_by(*table.primary_key.columns)
            if model is Meta:  # facts of this database, not of its data
                q = q.where(Meta.key.not_in(OWN_META))
            rows = conn.execute(q).mappings().all()
            tables[table.name] = [{k: _plain(v) for k, v in row.items()} for row in rows]
    return {"format": DUMP_FORMAT, "schema_version": SCHEMA_VERSION, "extractor_version": EXTRACTOR_VERSION,
            "tables": tables}


def _typed(model: type[Base], row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for col in model.__table__.columns:
        value = out.get(col.name)
        if value is None:
            continue
        if isinstance(col.type, DateTime):
            out[col.name] = dt.datetime.fromisoformat(value)
        elif isinstance(col.type, Date):
            out[col.name] = dt.date.fromisoformat(value)
    return out


def _links_from_papers(tables: dict[str, list[dict[str, Any]]]) -> None:
    """Links of a dump older than schema 4 hold what their paper holds (as the in-place upgrade does)."""
    papers = {p["id"]: p for p in tables.get("papers", [])}
    for link in tables.get("paper_sources", []):
        paper = papers.get(link["paper_id"], {})
        for column in LINK_COLUMNS:
            link.setdefault(column, paper.get("date" if column == "created" else column) if column != "abstract"
                            else None)


def _results_from_before_5(tables: dict[str, list[dict[str, Any]]]) -> None:
    """Results of a dump older than schema 5 as the in-place upgrade makes them: the model is the system, the
    scope full, a change absolute, the provenance unknown; `firsts` (schemas 2-4) is no longer stored."""
    for row in tables.get("results", []):
        if isinstance(row, dict):
            row.pop("firsts", None)
            row.setdefault("system", row.get("model"))
            row.setdefault("backbone", None)
            row.setdefault("scope", "full")
            row.setdefault("relative", False)
            row.setdefault("how_linked", None)
            row.setdefault("how_named", None)
            row.setdefault("source", "abstract")


def _unscored_before_7(tables: dict[str, list[dict[str, Any]]]) -> None:
    """A dump older than schema 7 as the in-place upgrade makes it: results without confidence, not trusted and
    not reviewed; its files and papers marked for extraction on the next ingest."""
    for row in tables.get("results", []):
        if isinstance(row, dict):
            row.setdefault("confidence", None)
            row.setdefault("trusted", False)
            row.setdefault("review", None)
            row.setdefault("extracted", None)
    for row in tables.get("sources", []):
        if isinstance(row, dict):
            row["extractor_version"] = UNSCORED
    for row in tables.get("papers", []):
        if isinstance(row, dict):
            row["extractor_version"] = None


def _check(tables: dict[str, list[dict[str, Any]]]) -> None:
    """Refuse a dump with a value longer than its column holds (SQLite stores one; PostgreSQL would not)."""
    for model in TABLES:
        table: Table = model.__table__  # type: ignore[assignment]
        for row in tables.get(table.name, []):
            if not isinstance(row, dict):
                raise DumpError(f"table {table.name}: a row that is not an object")
            try:
                check_lengths(table.name, [row])
            except ValueTooLong as exc:
                key = ", ".join(f"{c.name} {row.get(c.name)}" for c in table.primary_key.columns)
                raise DumpError(f"{table.name} row {key}: {exc}; nothing was imported") from None


def validate(data: Any) -> None:
    """Raise DumpError unless `data` is a dump this benchboard can import whole (checked before writing)."""
    if isinstance(data, list):
        raise DumpError("a results export (`benchboard export`), not a full dump: write one with "
                        "`benchboard export --everything`")
    if not isinstance(data, dict) or data.get("format") != DUMP_FORMAT or not isinstance(data.get("tables"), dict):
        raise DumpError("not a benchboard dump (export it with `benchboard export --everything`)")
    if data.get("schema_version") not in range(1, SCHEMA_VERSION + 1):
        raise DumpError(f"dump has schema version {data.get('schema_version')}, this benchboard {SCHEMA_VERSION}")
    if data["schema_version"] < 4:
        _links_from_papers(data["tables"])
    if data["schema_version"] < 5:
        _results_from_before_5(data["tables"])
    if data["schema_version"] < 7:
        _unscored_before_7(data["tables"])
    _check(data["tables"])


def restore(engine: Engine, data: Any) -> dict[str, int]:
    """Load a dump into an empty database (one transaction); returns rows per table."""
    validate(data)
    init_db(engine)
    loaded: dict[str, int] = {}
    with engine.begin() as conn:
        if conn.execute(select(func.count()).select_from(Paper)).scalar():
            raise DumpError("the target database is not empty; import into a new database")
        conn.execute(delete(Benchmark))
        conn.execute(delete(Meta).where(Meta.key.not_in(OWN_META)))
        for model in TABLES:
            rows = [_typed(model, r) for r in data["tables"].get(model.__tablename__, [])
                    if model is not Meta or r.get("key") not in OWN_META]
            for k in range(0, len(rows), 5000):
                conn.execute(insert(model), rows[k:k + 5000])
            loaded[model.__tablename__] = len(rows)
        if data["schema_version"] < 5:  # own results without a model: their paper is their identity
            conn.execute(unnamed_identities())
        conn.execute(update(Meta).where(Meta.key == "schema_version").values(value=str(SCHEMA_VERSION)))
        bump_data_version(conn)
        if engine.dialect.name == "postgresql":
            for model in (Source, Paper, PaperSource, Model, Result, Review):
                name = model.__tablename__
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"COALESCE((SELECT max(id) FROM {name}), 0) + 1, false)"))
    return loaded
