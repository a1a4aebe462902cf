"""Backup and portability: the whole database as one JSON document, and back.

A dump restores an identical database on any backend (SQLite -> PostgreSQL included):
the same rows with the same ids, in foreign-key order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, DateTime, Engine, Table, delete, func, insert, select, text, update

from extract.extractor import EXTRACTOR_VERSION

from .engine import init_db
from .models import FIRSTS_SQL, SCHEMA_VERSION, Base, Benchmark, Meta, Model, Paper, PaperSource, Result, Source

DUMP_FORMAT = "benchboard-dump"
TABLES = [Meta, Benchmark, Source, Paper, PaperSource, Model, Result]  # foreign-key order


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
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).mappings().all()
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


def restore(engine: Engine, data: dict[str, Any]) -> dict[str, int]:
    """Load a dump into an empty database (one transaction); returns rows per table."""
    if data.get("format") != DUMP_FORMAT or "tables" not in data:
        raise DumpError("not a benchboard dump (export it with `benchboard export --everything`)")
    if data.get("schema_version") not in range(1, SCHEMA_VERSION + 1):
        raise DumpError(f"dump has schema version {data.get('schema_version')}, this benchboard {SCHEMA_VERSION}")
    init_db(engine)
    loaded: dict[str, int] = {}
    with engine.begin() as conn:
        if conn.execute(select(func.count()).select_from(Paper)).scalar():
            raise DumpError("the target database is not empty; import into a new database")
        conn.execute(delete(Benchmark))
        conn.execute(delete(Meta))
        for model in TABLES:
            rows = [_typed(model, r) for r in data["tables"].get(model.__tablename__, [])]
            for k in range(0, len(rows), 5000):
                conn.execute(insert(model), rows[k:k + 5000])
            loaded[model.__tablename__] = len(rows)
        if data["schema_version"] == 1:  # results without `firsts`: compute them
            conn.execute(text(FIRSTS_SQL))
        conn.execute(update(Meta).where(Meta.key == "schema_version").values(value=str(SCHEMA_VERSION)))
        if engine.dialect.name == "postgresql":
            for model in (Source, Paper, PaperSource, Model, Result):
                name = model.__tablename__
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"COALESCE((SELECT max(id) FROM {name}), 0) + 1, false)"))
    return loaded
