"""Databases and dumps of every earlier schema open with whose number it is, on SQLite and PostgreSQL.

The old databases are real: built from the tables each schema's own code created and the rows its own
ingest wrote (`tests/schemas/`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Date, DateTime, MetaData, func, insert, inspect, select, text
from typer.testing import CliRunner

from db import boards, queries
from db.cli import app
from db.engine import DATA_VERSION, make_engine, open_db
from db.models import SCHEMA_VERSION, UNNAMED, Meta, Result
from db.store import Store
from extract.reader import read_path
from extract.registry import default_registry

from .conftest import ROOT

SCHEMAS = ROOT / "tests" / "schemas"
NEW_COLUMNS = {"system", "backbone", "scope", "relative", "how_linked", "how_named", "source", "confidence", "trusted",
               "review", "extracted"}
UNSCORED = {"confidence": None, "trusted": False, "review": None, "extracted": None}  # read before schema 7


def old_database(url: str, version: int) -> None:
    """A schema-`version` database holding what that version stored for `tests/schemas/`."""
    engine = make_engine(url)
    ddl = "\n".join(line for line in (SCHEMAS / f"schema-{version}.{engine.dialect.name}.sql").read_text(
    ).splitlines() if not line.startswith("--"))
    tables = json.loads((SCHEMAS / f"dump-{version}.json").read_text())["tables"]
    with engine.begin() as conn:
        for statement in ddl.split(";"):
            if statement.strip():
                conn.execute(text(statement))
        meta = MetaData()
        meta.reflect(conn)
        for table in meta.sorted_tables:
            rows = [_typed(table, r) for r in tables.get(table.name, [])]
            if rows:
                conn.execute(insert(table), rows)
        if engine.dialect.name == "postgresql":
            for name in ("sources", "papers", "paper_sources", "models", "results"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                                  f"(SELECT max(id) FROM {name}))"))
    engine.dispose()


def _typed(table: Any, row: dict[str, Any]) -> dict[str, Any]:
    out = dict(row)
    for col in table.columns:
        if out.get(col.name) is not None and isinstance(col.type, DateTime):
            out[col.name] = dt.datetime.fromisoformat(out[col.name])
        elif out.get(col.name) is not None and isinstance(col.type, Date):
            out[col.name] = dt.date.fromisoformat(out[col.name])
    return out


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def cli(*args: str) -> None:
    """Run a `benchboard` command in this process; it must succeed."""
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output


def stored(url: str) -> list[dict[str, Any]]:
    engine = make_engine(url)
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(Result).order_by(Result.id))]
    engine.dispose()
    return rows


def check_whose_number(rows: list[dict[str, Any]], old: list[dict[str, Any]]) -> None:
    """Rows stored before schema 5, as it reads them: the model is the system, the scope full, a change
    absolute, the provenance unknown; a paper's own result without a model has the paper as identity.
    Rows stored since are unchanged. None has a confidence, is trusted or reviewed (stored before schema 7)."""
    assert [r["id"] for r in rows] == [r["id"] for r in old]
    assert [{k: r[k] for k in UNSCORED} for r in rows] == [UNSCORED] * len(rows)
    if "system" in old[0]:
        assert [{k: _plain(v) for k, v in r.items() if k in old[0]} for r in rows] == old
        return
    for r, o in zip(rows, old, strict=True):
        assert (r["system"], r["backbone"], r["scope"], r["relative"], r["how_linked"], r["how_named"],
                r["source"]) == (o["model"], None, "full", False, None, None, "abstract")
        assert r["value"] == o["value"] and r["model"] == o["model"]
        if o["model_key"] is None and o["role"] == "own":
            assert r["model_key"] == f"{UNNAMED}{o['paper_id']}"
        else:
            assert r["model_key"] == o["model_key"]
    assert any(r["model_key"].startswith(UNNAMED) for r in rows if r["model_key"])
    assert any(r["role"] == "baseline" for r in rows)


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5, 6])
def test_a_database_of_every_earlier_schema_is_upgraded_in_place(any_db: str, version: int) -> None:
    old_database(any_db, version)
    old = json.loads((SCHEMAS / f"dump-{version}.json").read_text())["tables"]["results"]
    engine = open_db(any_db)  # what every command does first
    with engine.connect() as conn:
        assert conn.execute(select(Meta.value).where(Meta.key == "schema_version")).scalar() == str(SCHEMA_VERSION)
        assert conn.execute(select(Meta.value).where(Meta.key == DATA_VERSION)).scalar()  # caches see a change
    columns = {c["name"] for c in inspect(engine).get_columns("results")}
    assert columns >= NEW_COLUMNS and "firsts" not in columns
    indexes = {ix["name"]: ix["column_names"] for ix in inspect(engine).get_indexes("results")}
    for ix in Result.__table__.indexes:  # type: ignore[attr-defined]
        assert indexes[ix.name] == [c.name for c in ix.columns], ix.name  # rebuilt with their new columns
    check_whose_number(stored(any_db), old)
    # a paper's unnamed own result is on the board under its paper, never merged with another's
    board = boards.leaderboard(engine, boards.Board("GSM8K", settings=None, untrusted=True))
    unnamed = board[board["model_key"].str.startswith(UNNAMED)]
    assert len(unnamed) == unnamed["paper_id"].nunique() >= 1
    # and the upgraded database takes the current extractor's records, scored, on the next ingest of the same
    # files (whatever extractor wrote them: the upgrade marks them as read by an unknown one)
    report = Store(engine).ingest_paths(read_path([SCHEMAS / "abstracts.txt", SCHEMAS / "listing.txt"]))
    assert not report.failed
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Result).where(Result.how_linked.is_(None))).scalar() == 0
        decrease = conn.execute(select(Result.value).where(Result.benchmark == "GSM8K", Result.value < 0)).scalars()
        assert list(decrease) == [-11.8]
        threshold = default_registry().trust_threshold
        scored = conn.execute(select(Result.confidence, Result.trusted)).all()
        assert scored and all(c is not None and t == (c >= threshold) for c, t in scored)
    engine.dispose()


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5, 6])
def test_a_dump_of_every_earlier_schema_imports(any_db: str, version: int, tmp_path: Path) -> None:
    dump = SCHEMAS / f"dump-{version}.json"
    cli("import", str(dump), "--db", any_db)
    check_whose_number(stored(any_db), json.loads(dump.read_text())["tables"]["results"])
    # what it became exports and imports again unchanged, as the current schema
    again = tmp_path / "again.json"
    cli("export", "--everything", "--db", any_db, "-o", str(again))
    data = json.loads(again.read_text())
    assert data["schema_version"] == SCHEMA_VERSION and set(data["tables"]["results"][0]) >= NEW_COLUMNS
    copy = f"sqlite:///{tmp_path / 'copy.db'}"
    cli("import", str(again), "--db", copy)
    assert stored(copy) == stored(any_db)


def test_whose_number_it_is_survives_a_dump(any_db: str, tmp_path: Path) -> None:
    """Everything the current extractor stores (system, backbone, scope, relative, signed values, ranges,
    provenance) comes back from `export --everything` + `import` on either backend."""
    source = f"sqlite:///{tmp_path / 'src.db'}"
    cli("ingest", str(SCHEMAS / "abstracts.txt"), str(SCHEMAS / "listing.txt"), "--db", source)
    dump = tmp_path / "dump.json"
    cli("export", "--everything", "--db", source, "-o", str(dump))
    cli("import", str(dump), "--db", any_db)
    rows = stored(any_db)
    assert rows == stored(source)
    assert {r["how_linked"] for r in rows} >= {"name-after"} and None not in {r["how_named"] for r in rows}
    assert any(r["value"] < 0 for r in rows) and any(r["value_min"] is not None for r in rows)
    assert any(r["backbone"] for r in rows) and any(r["system"] is None and r["role"] == "own" for r in rows)
    engine = make_engine(any_db)
    assert queries.count_results(engine, queries.ResultFilter(kind="delta")) >= 3
    engine.dispose()
