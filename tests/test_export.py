"""`benchboard export`: ids stay text, Parquet has typed columns, CSV cells never run as spreadsheet formulas."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from db.cli import app
from db.engine import make_engine
from db.tabular import to_csv

runner = CliRunner()


@pytest.fixture()
def exported_db(tmp_path: Path) -> str:
    """A database whose paper has an arXiv id with a trailing zero, whose file is named like a formula and
    whose abstract starts like one; one result's value is negative."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "=cmd.txt").write_text("@SUM(1+1) Our X-7B achieves 83.8% on GSM8K, while pruning lowers its accuracy "
                                   "by 2.5 points on MATH.\n\narXiv:2605.27850\nCreated: 2026-05-20\n")
    db = str(tmp_path / "bb.db")
    assert runner.invoke(app, ["ingest", str(docs), "--db", db]).exit_code == 0
    engine = make_engine(db)
    with engine.begin() as conn:
        conn.execute(text("UPDATE results SET value = -2.5, value_norm = -2.5 WHERE benchmark = 'MATH'"))
    engine.dispose()
    return db


def test_csv_cells_that_start_like_formulas_are_inert(exported_db: str) -> None:
    csv_text = runner.invoke(app, ["export", "--db", exported_db]).stdout
    df = pd.read_csv(io.StringIO(csv_text), dtype={"arxiv_id": str})
    assert set(df["doc"]) == {"'=cmd.txt"}
    assert all(e.startswith("'@SUM(1+1) Our X-7B") for e in df["evidence"])
    assert sorted(df["value"]) == [-2.5, 83.8]  # numbers stay numbers
    assert ",-2.5," in csv_text


def test_to_csv_leaves_numeric_columns_alone() -> None:
    df = pd.DataFrame({"model": ["=HYPERLINK(\"x\")", "+1", "-x", "@a", "\tTab", "\rCR", "ok"],
                       "value": [-1.5, 2.0, -3.0, 4.0, 5.0, 6.0, 7.0]})
    back = pd.read_csv(io.StringIO(to_csv(df)))
    assert back["model"].str.startswith("'").tolist() == [True] * 6 + [False]
    assert back["value"].tolist() == df["value"].tolist()


def test_arxiv_ids_read_back_as_text(exported_db: str, tmp_path: Path) -> None:
    csv_path, json_path = tmp_path / "r.csv", tmp_path / "r.json"
    assert runner.invoke(app, ["export", "--db", exported_db, "-o", str(csv_path)]).exit_code == 0
    assert runner.invoke(app, ["export", "--db", exported_db, "-f", "json", "-o", str(json_path)]).exit_code == 0
    assert set(pd.read_csv(csv_path, dtype={"arxiv_id": str})["arxiv_id"]) == {"2605.27850"}
    assert set(pd.read_json(json_path, dtype={"arxiv_id": str})["arxiv_id"]) == {"2605.27850"}
    assert {r["arxiv_id"] for r in json.loads(json_path.read_text())} == {"2605.27850"}


def test_parquet_export_has_typed_columns(exported_db: str, tmp_path: Path) -> None:
    out = tmp_path / "r.parquet"
    result = runner.invoke(app, ["export", "--db", exported_db, "--format", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    df = pd.read_parquet(out)
    assert set(df["arxiv_id"]) == {"2605.27850"}
    assert str(df["value"].dtype) == "float64" and str(df["start"].dtype) == "Int64"
    assert str(df["arxiv_id"].dtype) in ("object", "string") and sorted(df["value"]) == [-2.5, 83.8]
    assert df["date"].tolist()[0].isoformat() == "2026-05-20"
    no_file = runner.invoke(app, ["export", "--db", exported_db, "--format", "parquet"])
    assert no_file.exit_code == 2 and "give it with --output FILE" in no_file.stderr
