"""The store: idempotent ingest, one paper per abstract, one transaction per file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import queries
from db.engine import init_db, make_engine
from db.models import Paper, PaperSource, Result, Source
from db.store import Store
from extract.extractor import Extractor
from extract.reader import read_path

from .conftest import SEEDS

GOOD = ("Abstract: We propose XModel. XModel achieves 83.8 on GSM8K and 52.4 on MATH, improving over strong "
        "baselines by a wide margin.\n")


def _counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Source, Paper, PaperSource, Result)}


def test_ingest_seeds_twice_is_idempotent(fresh_db: str) -> None:
    engine = make_engine(fresh_db)
    init_db(engine)
    store = Store(engine)
    first = store.ingest_paths(read_path([SEEDS]))
    counts = _counts(engine)
    assert counts["papers"] == 185
    assert first.new_papers == 185 and first.merged_papers == 10
    second = store.ingest_paths(read_path([SEEDS]))
    assert [f.status for f in second.files] == ["unchanged"] * 5
    assert _counts(engine) == counts


def test_cross_file_duplicates_are_one_paper_with_two_sources(seeded_db: str) -> None:
    engine = make_engine(seeded_db)
    stats = queries.stats(engine)
    assert stats["papers"] == 185
    assert stats["papers_in_several_files"] == 10
    with Session(engine) as s:
        per_paper = s.execute(select(PaperSource.paper_id, func.count()).group_by(PaperSource.paper_id)).all()
    assert sorted(n for _, n in per_paper if n > 1) == [2] * 10


def test_merge_keeps_richest_metadata(tmp_path: Path, fresh_db: str) -> None:
    abstract = ("We introduce TinyMath. TinyMath reaches 71.5% accuracy on GSM8K, outperforming prior small models "
                "by a wide margin in every setting.")
    (tmp_path / "b.txt").write_text(f"{abstract}\n\n9 pages\n\narXiv:2405.01234\nCreated: 2024-05-02\n")
    (tmp_path / "c.txt").write_text("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\n"
                                    f"TinyMath: Small Models Solve Math\n\n{abstract}\n")
    engine = make_engine(fresh_db)
    init_db(engine)
    report = Store(engine).ingest_paths(read_path([tmp_path]))
    assert (report.new_papers, report.merged_papers) == (1, 1)
    with Session(engine) as s:
        (paper,) = s.scalars(select(Paper)).all()
        assert (paper.title, paper.arxiv_id, str(paper.date), paper.comments) == (
            "TinyMath: Small Models Solve Math", "2405.01234", "2024-05-02", "9 pages")
        (result,) = s.scalars(select(Result)).all()
        assert (result.model, str(result.paper_date)) == ("TinyMath", "2024-05-02")


def test_bad_files_fail_alone_and_leave_nothing(tmp_path: Path, fresh_db: str) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (tmp_path / "empty.txt").write_bytes(b"")
    # valid lines first, then invalid UTF-8: the file must leave no partial rows
    (tmp_path / "late-error.txt").write_bytes(GOOD.replace("XModel", "YModel").encode() + b"Abstract: caf\xe9\n")
    engine = make_engine(fresh_db)
    init_db(engine)
    report = Store(engine).ingest_paths(read_path([tmp_path]))
    status = {Path(f.path).name: (f.status, f.error) for f in report.files}
    assert status["good.txt"][0] == "ingested"
    assert status["image.png"] == ("failed", "not text: looks like a PNG image")
    assert status["empty.txt"] == ("failed", "empty file")
    assert status["late-error.txt"][0] == "failed" and "invalid UTF-8 on line 2" in status["late-error.txt"][1]
    counts = _counts(engine)
    assert counts["papers"] == 1 and counts["sources"] == 1 and counts["results"] == 2


def test_reingest_after_extractor_change_replaces_results(tmp_path: Path, fresh_db: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "a.txt"
    f.write_text(GOOD)
    engine = make_engine(fresh_db)
    init_db(engine)
    Store(engine).ingest_file(f)
    before = _counts(engine)
    import db.store as store_module

    monkeypatch.setattr(store_module, "EXTRACTOR_VERSION", "test-next")
    report = Store(engine).ingest_file(f)
    assert report.status == "ingested"
    assert _counts(engine) == before
    with Session(engine) as s:
        assert set(s.scalars(select(Result.extractor_version))) == {"test-next"}


def test_changed_file_is_reingested(tmp_path: Path, fresh_db: str) -> None:
    f = tmp_path / "a.txt"
    f.write_text(GOOD)
    engine = make_engine(fresh_db)
    init_db(engine)
    store = Store(engine)
    store.ingest_file(f)
    f.write_text(GOOD + GOOD.replace("XModel", "ZModel").replace("83.8", "85.0"))
    report = store.ingest_file(f)
    assert (report.status, report.new_papers, report.merged_papers) == ("ingested", 1, 1)
    assert _counts(engine)["results"] == 4


def test_workers_give_the_same_database(tmp_path: Path) -> None:
    def snapshot(db: str) -> tuple[list, list]:  # type: ignore[type-arg]
        engine = make_engine(db)
        with Session(engine) as s:
            papers = sorted(s.execute(select(Paper.abstract_key, Paper.arxiv_id, Paper.title)).all())
            results = sorted(s.execute(select(Result.benchmark, Result.value, Result.kind, Result.model,
                                              Result.evidence)).all())
        return papers, results

    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    for db, workers in ((one, 1), (two, 2)):
        engine = make_engine(db)
        init_db(engine)
        with Store(engine, workers=workers) as store:
            assert not store.ingest_paths(read_path([SEEDS])).failed
    assert snapshot(one) == snapshot(two)


class Loud(Extractor):
    """The real extractor with every system's name in capitals: records that show which extractor made them."""

    def extract(self, abstract, title=None, **kw):  # type: ignore[no-untyped-def]
        return [dataclasses.replace(r, system=r.system and r.system.upper()) for r in super().extract(abstract, title,
                                                                                                       **kw)]


@pytest.mark.parametrize("workers", [1, 2])
def test_the_store_extracts_with_its_own_extractor_in_workers_too(tmp_path: Path, workers: int) -> None:
    engine = make_engine(str(tmp_path / "bb.db"))
    init_db(engine)
    with Store(engine, extractor=Loud(), workers=workers) as store:
        assert not store.ingest_paths(read_path([SEEDS])).failed
    with engine.connect() as conn:
        systems = [s for (s,) in conn.execute(select(Result.system).where(Result.system.is_not(None)))]
    assert systems and all(s == s.upper() for s in systems)


def test_every_result_is_stored_with_its_confidence_and_a_new_model_rescores_it(
        tmp_path: Path, any_db: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """What `benchboard extract` says of each record is stored; new weights (which change EXTRACTOR_VERSION)
    make the next ingest of the same file score every result again, on SQLite and PostgreSQL."""
    import db.store as store_module
    import extract.confidence as confidence_module
    from extract.extractor import extract
    from extract.registry import default_registry

    f = tmp_path / "a.txt"
    f.write_text(GOOD)
    engine = make_engine(any_db)
    init_db(engine)
    Store(engine).ingest_file(f)
    expected = sorted((r.value, r.confidence, r.trusted) for r in extract(GOOD.removeprefix("Abstract: ")))
    with Session(engine) as s:
        assert sorted(map(tuple, s.execute(select(Result.value, Result.confidence, Result.trusted)))) == expected

    intercept, weights = confidence_module._weights()
    monkeypatch.setattr(confidence_module, "_weights", lambda path=None: (intercept - 8.0, weights))
    monkeypatch.setattr(store_module, "EXTRACTOR_VERSION", "next-weights")
    assert Store(engine).ingest_file(f).status == "ingested"
    registry = default_registry()
    rescored = extract(GOOD.removeprefix("Abstract: "))
    assert all(r.confidence is not None and r.confidence < 0.5 and not r.trusted for r in rescored)
    with Session(engine) as s:
        assert sorted(map(tuple, s.execute(select(Result.value, Result.confidence, Result.trusted)))) == sorted(
            (r.value, confidence_module.confidence(r, registry), False) for r in rescored)
    engine.dispose()
