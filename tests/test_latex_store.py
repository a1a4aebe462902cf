"""LaTeX sources in the database, on SQLite and PostgreSQL: each number stored with where it was written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update
from typer.testing import CliRunner

from db import queries
from db.cli import app
from db.engine import init_db, make_engine
from db.models import SCHEMA_VERSION, Meta, Result
from db.store import Store
from tests.test_dashboard import frame, open_page
from tests.test_latex import OLMO2_ABSTRACT, _paper_files, _tar

LISTING = f"{OLMO2_ABSTRACT}\n\narXiv:2501.00656\nCreated: 2025-01-03\n"


def _source(tmp_path: Path, table_value: str = "87.4") -> Path:
    files = _paper_files()
    files["sections/results.tex"] = files["sections/results.tex"].replace(b"\\bf{87.4}", table_value.encode())
    path = tmp_path / "2501.00656v1.tar.gz"
    path.write_bytes(_tar(files))
    return path


def _by_source(engine, paper_id: int | None = None) -> dict[str, int]:  # type: ignore[no-untyped-def]
    q = select(Result.source, func.count()).group_by(Result.source)
    if paper_id is not None:
        q = q.where(Result.paper_id == paper_id)
    with engine.connect() as conn:
        return dict(conn.execute(q).all())  # type: ignore[arg-type]


def test_a_latex_source_is_one_paper_with_its_numbers_by_source(any_db: str, tmp_path: Path) -> None:
    engine = make_engine(any_db)
    init_db(engine)
    path = _source(tmp_path)
    report = Store(engine).ingest_file(path)
    assert (report.status, report.fmt, report.papers) == ("ingested", "latex", 1)
    counts = _by_source(engine)
    assert counts["body"] >= 1 and counts["table"] >= 24 and "abstract" not in counts
    rows = queries.results(engine)
    table = rows[(rows["source"] == "table") & (rows["benchmark"] == "GSM8K")]
    one = table[table["value"] == 87.4].iloc[0]
    assert one["evidence"].startswith("Comparison of performance for OLMo 2 Instruct after different training")
    assert "OLMo 2 13B Instruct & 63.4" in one["evidence"]
    assert (one["arxiv_id"], one["title"]) == ("2501.00656", "2 OLMo 2 Furious")
    assert Store(engine).ingest_file(path).status == "unchanged"


def test_an_edited_table_replaces_its_numbers(any_db: str, tmp_path: Path) -> None:
    engine = make_engine(any_db)
    init_db(engine)
    Store(engine).ingest_file(_source(tmp_path))
    assert Store(engine).ingest_file(_source(tmp_path, "88.0")).status == "ingested"
    values = set(queries.results(engine)["value"])
    assert 88.0 in values and 87.4 not in values


def test_another_file_with_the_paper_keeps_the_numbers_of_its_source(any_db: str, tmp_path: Path) -> None:
    """The arXiv listing holding the same paper (the real OLMo 2 abstract and date) merges into it by arXiv id;
    reading its abstract again leaves the tables' numbers in place, and they go with the LaTeX source only."""
    engine = make_engine(any_db)
    init_db(engine)
    latex = _source(tmp_path)
    Store(engine).ingest_file(latex)
    before = _by_source(engine)
    (tmp_path / "listing.txt").write_text(LISTING)
    report = Store(engine).ingest_file(tmp_path / "listing.txt")
    assert (report.status, report.new_papers, report.merged_papers) == ("ingested", 0, 1)
    assert _by_source(engine) == before
    paper = queries.paper(engine, int(queries.results(engine)["paper_id"].iloc[0]))
    assert paper is not None and str(paper["date"]) == "2025-01-03"
    latex.write_bytes(b"\\documentclass{article}\\begin{document}\\begin{abstract}" + b"x " * 150
                      + b"\\end{abstract}\\end{document}")  # the source now holds another paper
    assert Store(engine).ingest_file(latex).status == "ingested"
    assert _by_source(engine, paper["id"]) == {}  # the listing's abstract reports no number


def test_a_source_folder_is_ingested_whole(any_db: str, tmp_path: Path) -> None:
    root = tmp_path / "sources" / "2501.00656"
    for name, data in _paper_files().items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    out = CliRunner().invoke(app, ["ingest", str(tmp_path / "sources"), "--db", any_db])
    assert out.exit_code == 0, out.output
    assert "files read: 1 ingested" in out.stdout
    (root / "sections" / "results.tex").write_text("\\section{Results} Nothing here.")
    out = CliRunner().invoke(app, ["ingest", str(tmp_path / "sources"), "--db", any_db])
    assert "files read: 1 ingested" in out.stdout  # an edited file inside the folder is a new version


def test_a_broken_source_stores_nothing_and_the_run_goes_on(any_db: str, tmp_path: Path) -> None:
    bad = tmp_path / "a.tar.gz"
    bad.write_bytes(_tar({**_paper_files(), "../evil.tex": b"x"}))
    good = tmp_path / "b.tar.gz"
    good.write_bytes(_tar(_paper_files()))
    out = CliRunner().invoke(app, ["ingest", str(bad), str(good), "--db", any_db])
    assert out.exit_code == 1
    assert "files read: 1 ingested, 0 unchanged, 1 failed" in out.stdout
    assert "skipped" in out.stderr and "a.tar.gz: member '../evil.tex' points outside the archive: refused" in (
        out.stderr.replace("\n", ""))
    engine = make_engine(any_db)
    assert _by_source(engine)["table"] >= 24
    assert not (tmp_path.parent / "evil.tex").exists()


def test_extract_and_export_carry_the_source(any_db: str, tmp_path: Path) -> None:
    path = _source(tmp_path)
    out = CliRunner().invoke(app, ["extract", str(path)])
    assert out.exit_code == 0, out.output
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert {r["source"] for r in records} == {"body", "table"}
    assert all(r["arxiv_id"] == "2501.00656" and r["doc"] == path.name for r in records)
    CliRunner().invoke(app, ["ingest", str(path), "--db", any_db])
    out = CliRunner().invoke(app, ["export", "--format", "json", "--db", any_db])
    assert {r["source"] for r in json.loads(out.stdout)} == {"body", "table"}


def test_a_schema_4_database_is_upgraded_with_every_result_from_an_abstract(any_db: str) -> None:
    engine = make_engine(any_db)
    init_db(engine)
    Store(engine).ingest_file(Path(__file__).parents[1] / "seeds" / "003_1b7a33e80e2ee25b.txt")
    n = _by_source(engine)["abstract"]
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE results DROP COLUMN source"))
        conn.execute(update(Meta).where(Meta.key == "schema_version").values(value="4"))
    init_db(engine)
    assert _by_source(engine) == {"abstract": n}
    with engine.connect() as conn:
        assert conn.execute(select(Meta.value).where(Meta.key == "schema_version")).scalar() == str(SCHEMA_VERSION)


def test_the_papers_page_shows_where_each_number_came_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Table numbers are listed with their caption and row as plain text; only abstract numbers are highlighted."""
    db = f"sqlite:///{tmp_path / 'bb.db'}"
    engine = make_engine(db)
    init_db(engine)
    hostile = _paper_files()
    hostile["sections/results.tex"] = hostile["sections/results.tex"].replace(
        b"OLMo 2 13B Instruct &", b"**OLMo** <script>x</script> 13B Instruct &")
    path = tmp_path / "2501.00656v1.tar.gz"
    path.write_bytes(_tar(hostile))
    Store(engine).ingest_file(path)
    (tmp_path / "listing.txt").write_text(LISTING)
    Store(engine).ingest_file(tmp_path / "listing.txt")
    monkeypatch.setenv("BENCHBOARD_DB", db)
    at = open_page("papers", paper=str(int(queries.results(engine)["paper_id"].iloc[0])))
    assert not at.exception
    shown = frame(at, "source")
    assert set(shown["source"]) == {"body", "table"}
    texts = [t.value for t in at.text]
    row = next(t for t in texts if "87.4" in t)
    assert row.startswith("Comparison of performance for OLMo 2 Instruct after different training stages.")
    assert "**OLMo** <script>x</script> 13B Instruct & 63.4" in row  # as written, never rendered
    assert any("After RLVR, OLMo 2 13B Instruct scores 39.2% on MATH" in t for t in texts)
    abstract = next(m.value for m in at.markdown if "We present OLMo 2" in m.value)
    assert "background[" not in abstract  # only the abstract's own numbers are marked in it: it reports none
    captions = [c.value for c in at.caption]
    assert any(c.startswith("table\\: ") and "GSM8K 87\\.4 \\(\\*\\*OLMo\\*\\* \\<script\\>" in c
               for c in captions), captions  # (escaped Markdown)
