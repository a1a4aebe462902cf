"""The structured inputs through `benchboard ingest` and `extract`, on SQLite and PostgreSQL: what is stored,
merged and skipped, and the one-line messages for bad input."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from db.cli import app
from db.engine import make_engine
from db.models import Paper, Result, Source

from .test_inputs import BOMB, DATA, LISTING, SNAPSHOT, _cut

runner = CliRunner()


def _counts(url: str) -> tuple[int, int, int]:
    engine = make_engine(url)
    with Session(engine) as s:
        out = tuple(s.scalar(select(func.count()).select_from(t)) or 0 for t in (Source, Paper, Result))
    engine.dispose()
    return out  # type: ignore[return-value]


def test_snapshot_ingest_stores_the_papers_naming_a_benchmark(any_db: str) -> None:
    first = runner.invoke(app, ["ingest", str(SNAPSHOT), "--db", any_db, "--workers", "2"])
    assert first.exit_code == 0, first.output
    assert "papers: 8 new, 0 merged" in first.output
    assert f"note: {SNAPSHOT}: 10 records read, 8 name a registry benchmark" in first.stderr
    listing = runner.invoke(app, ["ingest", str(LISTING), "--db", any_db])
    assert "papers: 2 new, 8 merged into existing papers" in listing.output  # merged on their arXiv ids
    sources, papers, results = _counts(any_db)
    assert (sources, papers) == (2, 10)
    again = runner.invoke(app, ["ingest", str(SNAPSHOT), "--db", any_db])
    assert "files read: 0 ingested, 1 unchanged, 0 failed" in again.output
    assert _counts(any_db) == (2, 10, results)
    engine = make_engine(any_db)
    with Session(engine) as s:
        titled = s.scalars(select(Paper.title).where(Paper.arxiv_id == "2509.07980")).one()
    engine.dispose()
    assert titled == "Parallel-R1: Towards Parallel Thinking via Reinforcement Learning"


def test_a_category_filter_reads_the_snapshot_again(any_db: str) -> None:
    assert runner.invoke(app, ["ingest", str(SNAPSHOT), "--db", any_db]).exit_code == 0
    only = runner.invoke(app, ["ingest", str(SNAPSHOT), "--db", any_db, "--category", "cs.CL"])
    assert "files read: 1 ingested, 0 unchanged" in only.output  # not "unchanged": it is read another way
    assert _counts(any_db)[:2] == (1, 6)  # the snapshot's cs.CL papers naming a benchmark
    wider = runner.invoke(app, ["ingest", str(SNAPSHOT), "--db", any_db, "--category", "cs.CL", "--category", "cs.AI"])
    assert wider.exit_code == 0
    assert _counts(any_db)[:2] == (1, 8)


def test_malformed_lines_are_noted_and_the_rest_stored(any_db: str, tmp_path: Path) -> None:
    f = tmp_path / "daily.jsonl"
    f.write_text(_cut((DATA / "daily-listing.jsonl").read_text(encoding="utf-8").splitlines()), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(f), "--db", any_db])
    assert result.exit_code == 0, result.output
    assert "papers: 8 new" in result.output
    notes = [line for line in result.stderr.splitlines() if line.startswith("note:")]
    assert len(notes) == 1 and notes[0].startswith(f"note: {f}: skipped 2 malformed lines: 3, 7 (line 3: ")


@pytest.mark.parametrize("bad", ["truncated", "bomb"])
def test_bad_structured_input_stores_nothing_and_the_run_goes_on(bad: str, any_db: str, tmp_path: Path) -> None:
    if bad == "truncated":
        f = tmp_path / "snapshot.jsonl.gz"
        f.write_bytes(gzip.compress(SNAPSHOT.read_bytes() * 40)[:9000])
        reason = "truncated gzip: the compressed data ends early"
    else:
        f = tmp_path / "feed.atom"
        f.write_text(BOMB, encoding="utf-8")
        reason = "refused: the XML has a document type declaration"
    result = runner.invoke(app, ["ingest", str(f), str(LISTING), "--db", any_db])
    assert result.exit_code == 1
    assert "files read: 1 ingested, 0 unchanged, 1 failed" in result.output
    assert f"skipped {f}: {reason}" in result.stderr
    assert _counts(any_db)[:2] == (1, 10)  # the listing only


def _one_line(args: list[str]) -> str:
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_extract_names_a_missing_abstract_column_in_one_line(tmp_path: Path) -> None:
    f = tmp_path / "titles.csv"
    f.write_text((DATA / "papers.csv").read_text(encoding="utf-8").replace(",abstract,", ",text,", 1), encoding="utf-8")
    assert _one_line(["extract", str(f)]) == (
        f"skipped {f}: no abstract column ('abstract' or 'summary'; name it with --abstract-field); its columns: "
        "arxiv_id, title, text, published, categories")
    good = runner.invoke(app, ["extract", str(f), "--abstract-field", "text", "-f", "jsonl"])
    assert good.exit_code == 0 and good.stdout.count("\n") == 14


@pytest.mark.parametrize(("args", "line"), [
    (["--abstract-field", "body"], "no column 'body' (--abstract-field)"),
    (["--title-field", "name"], "no column 'name' (--title-field)"),
])
def test_wrong_field_names_on_the_command_line(args: list[str], line: str) -> None:
    assert _one_line(["extract", str(DATA / "papers.csv"), *args]).startswith(
        f"skipped {DATA / 'papers.csv'}: {line}; its columns: arxiv_id, title, abstract, published, categories")


@pytest.mark.parametrize("args", [["--title-field", ""], ["--category", " "]])
def test_empty_option_values_are_refused(args: list[str], fresh_db: str) -> None:
    for command in (["extract", str(SNAPSHOT)], ["ingest", str(SNAPSHOT), "--db", fresh_db]):
        line = _one_line([*command, *args])
        assert line.startswith("error: --"), line
    assert not Path(fresh_db).exists()
