"""Column limits hold alike on SQLite and PostgreSQL, and a value past one fails its own file only."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.orm import Session

import db.store as store_module
from db.engine import init_db, make_engine
from db.models import Model, Paper, Result, Source
from db.store import Store
from extract.extractor import Extractor
from extract.reader import read_path

CLI = [sys.executable, "-m", "db.cli"]
LONG_NAME = "Long-" + "x" * 317  # 322 characters, like the longest names the extractor has produced


class LongNames(Extractor):
    """The real extractor, except that results in abstracts marked LONGNAME get a 322-character model name."""

    def extract(self, abstract, title=None, **kw):  # type: ignore[no-untyped-def]
        found = super().extract(abstract, title, **kw)
        if "LONGNAME" not in abstract:
            return found
        return [dataclasses.replace(r, model=LONG_NAME, model_key=LONG_NAME.lower()) for r in found]


def papers_and_results(url: str) -> tuple[int, int]:
    engine = make_engine(url)
    with Session(engine) as s:
        out = (int(s.scalar(select(func.count()).select_from(Paper)) or 0),
               int(s.scalar(select(func.count()).select_from(Result)) or 0))
    engine.dispose()
    return out


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Abstract: Our X-7B achieves 83.8 on GSM8K, a new best among open models.\n")
    (docs / "b.txt").write_text("Abstract: LONGNAME achieves 71.2 on GSM8K, a new best among open models.\n")
    (docs / "c.txt").write_text("Abstract: Our Z-7B achieves 52.4 on MATH, a new best among open models.\n")
    return docs


def test_an_over_long_model_name_fails_its_file_alone(any_db: str, folder: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_engine(any_db)
    init_db(engine)
    report = Store(engine, extractor=LongNames()).ingest_paths(read_path([folder]))
    assert [(Path(f.path).name, f.status) for f in report.files] == [
        ("a.txt", "ingested"), ("b.txt", "failed"), ("c.txt", "ingested")]
    assert report.files[1].error.startswith("results.model of 322 characters (Long-xxx")
    assert "longer than the 256 the database holds" in report.files[1].error
    assert papers_and_results(any_db) == (2, 2)
    engine.dispose()


def test_an_over_long_path_fails_its_file_alone(any_db: str, tmp_path: Path) -> None:
    deep = tmp_path
    while len(str(deep)) < 1100:
        deep = deep / ("d" * 200)
    deep.mkdir(parents=True)
    (deep / "far.txt").write_text("Abstract: Our X-7B achieves 83.8 on GSM8K, a new best among open models.\n")
    (tmp_path / "near.txt").write_text("Abstract: Our Y-7B achieves 80.1 on GSM8K, a new best among open models.\n")
    engine = make_engine(any_db)
    init_db(engine)
    report = Store(engine).ingest_paths([deep / "far.txt", tmp_path / "near.txt"])
    assert [f.status for f in report.files] == ["failed", "ingested"]
    assert report.files[0].error.startswith("sources.path of 1,")
    assert papers_and_results(any_db) == (1, 1)
    engine.dispose()


def test_a_database_error_fails_its_file_alone(pg_server, folder: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the store's own checks, PostgreSQL's DataError still fails only the file it came from."""
    url = pg_server.create_db("data_error")
    monkeypatch.setattr(store_module, "check_lengths", lambda *a, **k: None)
    engine = make_engine(url)
    init_db(engine)
    report = Store(engine, extractor=LongNames()).ingest_paths(read_path([folder]))
    assert [f.status for f in report.files] == ["ingested", "failed", "ingested"]
    assert report.files[1].error == "database error: value too long for type character varying(256)"
    assert papers_and_results(url) == (2, 2)
    engine.dispose()


def test_a_dump_with_an_over_long_value_is_refused_whole(any_db: str, tmp_path: Path, folder: Path) -> None:
    """SQLite stores what PostgreSQL refuses; importing such a database names the row and imports nothing."""
    source = f"sqlite:///{tmp_path / 'src.db'}"
    subprocess.run([*CLI, "ingest", str(folder), "--db", source], check=True, capture_output=True, timeout=120)
    engine = make_engine(source)
    with engine.begin() as conn:
        conn.execute(text("UPDATE models SET name = :n WHERE id = 1"), {"n": LONG_NAME})
    engine.dispose()
    dump = tmp_path / "dump.json"
    subprocess.run([*CLI, "export", "--everything", "--db", source, "-o", str(dump)], check=True,
                   capture_output=True, timeout=120)
    out = subprocess.run([*CLI, "import", str(dump), "--db", any_db], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert out.stderr.strip().splitlines() == [
        f"error: {dump}: models row id 1: models.name of 322 characters (Long-xxxxxxxxxxxxxxxxxxx...) is longer "
        "than the 256 the database holds; nothing was imported"]
    target = make_engine(any_db)
    if inspect(target).has_table("papers"):
        with Session(target) as s:
            assert [s.scalar(select(func.count()).select_from(m)) for m in (Source, Paper, Model, Result)] == [0] * 4
    target.dispose()
    assert json.loads(dump.read_text())["tables"]["models"][0]["name"] == LONG_NAME


class LongBackbones(Extractor):
    """The real extractor, except that results in abstracts marked LONGNAME are an unnamed method on a
    322-character backbone (the paper's identity then carries that backbone's key)."""

    def extract(self, abstract, title=None, **kw):  # type: ignore[no-untyped-def]
        found = super().extract(abstract, title, **kw)
        if "LONGNAME" not in abstract:
            return found
        return [dataclasses.replace(r, model=None, model_key=None, system=None, backbone=LONG_NAME, role="own")
                for r in found]


def test_an_over_long_backbone_fails_its_file_alone(any_db: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The columns whose number it is are checked like the others, the unnamed system's identity included,
    before anything is written: the same message on SQLite and PostgreSQL, the other files stored."""
    engine = make_engine(any_db)
    init_db(engine)
    report = Store(engine, extractor=LongBackbones()).ingest_paths(read_path([folder]))
    assert [f.status for f in report.files] == ["ingested", "failed", "ingested"]
    assert report.files[1].error.startswith("results.") and "longer than the 256 the database holds" in (
        report.files[1].error)
    assert papers_and_results(any_db) == (2, 2)
    engine.dispose()
