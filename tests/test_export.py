"""`benchboard export`: ids stay text, Parquet has typed columns, CSV cells never run as spreadsheet formulas."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from db.cli import app
from db.engine import make_engine
from db.tabular import to_csv
from extract.record import FIELDS

from .conftest import ROOT

BOARDS = ROOT / "tests" / "boards" / "listing.txt"

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


def test_exports_say_whose_number_it_is(tmp_path: Path) -> None:
    """CSV, JSON and Parquet hold every field of the contract, the new ones included: system and backbone,
    scope, relative, signed changes, ranges, provenance, confidence and whether it is trusted; an unnamed system
    has no model_key, as in `benchboard extract`."""
    db = str(tmp_path / "bb.db")
    assert runner.invoke(app, ["ingest", str(BOARDS), "--db", db]).exit_code == 0
    csv_path, json_path, parquet_path = tmp_path / "r.csv", tmp_path / "r.json", tmp_path / "r.parquet"
    for fmt, path in (("csv", csv_path), ("json", json_path), ("parquet", parquet_path)):
        assert runner.invoke(app, ["export", "--db", db, "-f", fmt, "-o", str(path)]).exit_code == 0
    frames = [pd.read_csv(csv_path, dtype={"arxiv_id": str}), pd.read_json(json_path, dtype={"arxiv_id": str}),
              pd.read_parquet(parquet_path)]
    extracted = [json.loads(line) for line in runner.invoke(app, ["extract", str(BOARDS)]).stdout.splitlines()]
    for df in frames:
        assert list(df.columns) == [*FIELDS, "date", "review"] and set(df["review"]) == {"none"}
        gsm8k = df[df["benchmark"] == "GSM8K"]
        assert -11.8 in gsm8k["value"].tolist() and 84.0 in gsm8k["value_min"].tolist()
        assert set(gsm8k["scope"]) == {"full", "subset", "joint"} and gsm8k["relative"].astype(bool).any()
        assert set(gsm8k["backbone"].dropna()) >= {"Gemma-2-9B", "gpt-4o"}
        unnamed = gsm8k[gsm8k["system"].isna() & (gsm8k["role"] == "own")]
        assert len(unnamed) >= 4 and unnamed["model_key"].isna().all()
        def fields(r: dict) -> tuple:  # type: ignore[type-arg]
            return (r["benchmark"], r["value"], r["start"], r["how_linked"], r["how_named"], bool(r["relative"]),
                    r["scope"], r["role"], round(r["confidence"], 4), bool(r["trusted"]))

        assert Counter(map(fields, df.to_dict("records"))) == Counter(map(fields, extracted))  # stored as extracted
    assert str(frames[2]["relative"].dtype) == "boolean" and str(frames[2]["value_min"].dtype) == "float64"
    assert str(frames[2]["trusted"].dtype) == "boolean" and str(frames[2]["confidence"].dtype) == "float64"
