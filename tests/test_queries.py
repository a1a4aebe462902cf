"""Explore's filters give the same rows whichever index path the query layer picks, on both backends.

The reference is pandas over the whole results table; the database side is `count_results` and
`results` (with and without a page limit) for many filter combinations over real ingested abstracts.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import select

from db import queries
from db.engine import init_db, make_engine
from db.models import Model, Paper, PaperSource, Result, Source
from db.store import Store
from extract.reader import read_path

from .conftest import GOLD, SEEDS

# substrings as users type them: any case, LIKE's own wildcards taken literally
OPTIONS: dict[str, list[dict[str, Any]]] = {
    "benchmarks": [{"benchmarks": ("GSM8K",)}, {"benchmarks": ("GSM8K", "MATH")}, {"benchmarks": ("BEIR", "MTEB")}],
    "metric": [{"metric": "accuracy"}, {"metric": "nDCG@10"}],
    "kind": [{"kind": "score"}, {"kind": "delta"}],
    "role": [{"role": "own"}, {"role": "baseline"}],
    "model": [{"model": "llama"}, {"model": "GPT"}, {"model": "-"}, {"model": "qwen2.5"}, {"model": "100%"},
              {"model": "a_b"}],
    "paper": [{"paper": "Reward"}, {"paper": "2404."}, {"paper": "a"}, {"paper": "MATH"}],
    "source": [{"source": "DEV"}, {"source": "hf_"}, {"source": ".txt"}, {"source": "abs_math"}],
    "date_from": [{"date_from": dt.date(2024, 1, 1)}],
    "date_to": [{"date_to": dt.date(2024, 6, 30)}],
    "value_min": [{"value_min": 50.0}],
    "value_max": [{"value_max": 80.0}],
}


def _reference(engine: Any) -> pd.DataFrame:
    """Every result with what the filters look at, read plainly (no filters in SQL)."""
    with engine.connect() as conn:
        res = pd.DataFrame(conn.execute(select(Result.id, Result.benchmark, Result.metric, Result.kind, Result.role,
                                               Result.model_id, Result.paper_id, Result.paper_date,
                                               Result.value)).all(),
                           columns=["id", "benchmark", "metric", "kind", "role", "model_id", "paper_id", "date",
                                    "value"])
        models = dict(conn.execute(select(Model.id, Model.name + " " + Model.key)).all())
        papers = {pid: f"{title} {arxiv or ''}" for pid, title, arxiv in conn.execute(
            select(Paper.id, Paper.title, Paper.arxiv_id)).all()}
        files: dict[int, list[str]] = {}
        for pid, name in conn.execute(select(PaperSource.paper_id, Source.name).join(Source)).all():
            files.setdefault(pid, []).append(name)
    res["model_text"] = res["model_id"].map(lambda m: models.get(m) if pd.notna(m) else None)
    res["paper_text"] = res["paper_id"].map(papers)
    res["files"] = res["paper_id"].map(lambda p: files.get(p, []))
    return res


def _expected(ref: pd.DataFrame, f: queries.ResultFilter) -> list[int]:
    def has(text: Any, sub: str) -> bool:
        return isinstance(text, str) and sub.lower() in text.lower()

    keep = pd.Series(True, index=ref.index)
    if f.benchmarks:
        keep &= ref["benchmark"].isin(f.benchmarks)
    for col in ("metric", "kind", "role"):
        if getattr(f, col):
            keep &= ref[col] == getattr(f, col)
    if f.model:
        keep &= ref["model_text"].map(lambda t: has(t, str(f.model)))
    if f.paper:
        keep &= ref["paper_text"].map(lambda t: has(t, str(f.paper)))
    if f.source:
        keep &= ref["files"].map(lambda names: any(has(n, str(f.source)) for n in names))
    dates = ref["date"].map(lambda d: d if isinstance(d, dt.date) else None)
    if f.date_from:
        keep &= dates.map(lambda d: d is not None and d >= f.date_from)
    if f.date_to:
        keep &= dates.map(lambda d: d is not None and d <= f.date_to)
    if f.value_min is not None:
        keep &= ref["value"] >= f.value_min
    if f.value_max is not None:
        keep &= ref["value"] <= f.value_max
    return sorted(ref.loc[keep, "id"].tolist(), reverse=True)


def _filters(n: int, seed: int = 5) -> list[queries.ResultFilter]:
    """Every single option, then random combinations of several."""
    rng = random.Random(seed)
    out = [queries.ResultFilter(**opt) for opts in OPTIONS.values() for opt in opts]
    while len(out) < n:
        chosen: dict[str, Any] = {}
        for name in rng.sample(list(OPTIONS), rng.randint(2, 4)):
            chosen.update(rng.choice(OPTIONS[name]))
        out.append(queries.ResultFilter(**chosen))
    return out


def _ingest_corpus(url: str) -> str:
    engine = make_engine(url)
    init_db(engine)
    report = Store(engine).ingest_paths(read_path([SEEDS, GOLD / "dev", *sorted((GOLD / "heldout").glob("*.txt"))]))
    assert not report.failed
    engine.dispose()
    return url


@pytest.fixture()
def corpus_db(any_db: str) -> str:
    return _ingest_corpus(any_db)


def test_every_filter_combination_matches_a_plain_reading(corpus_db: str) -> None:
    engine = make_engine(corpus_db)
    ref = _reference(engine)
    assert len(ref) > 100
    nonempty = 0
    for f in _filters(120):
        want = _expected(ref, f)
        assert queries.count_results(engine, f) == len(want), f
        assert queries.results(engine, f)["id"].tolist() == want, f
        assert queries.results(engine, queries.ResultFilter(**{**f.__dict__, "limit": 3}))["id"].tolist() == want[:3]
        nonempty += bool(want)
    assert nonempty > 40, nonempty  # the combinations are not vacuous


def test_the_plan_uses_each_index_path(tmp_path: Path) -> None:
    """On SQLite the filters above read through each of the three covering indexes or, for a page,
    newest first through the table (so the comparison above covers each way); a substring that matches
    every file is dropped from the filter."""
    engine = make_engine(_ingest_corpus(f"sqlite:///{tmp_path / 'bb.db'}"))  # PostgreSQL plans by itself
    with engine.connect() as conn:
        plans = [queries._plan(conn, f) for f in _filters(120)]
        paths = {p.indexed for p in plans} | {p.paged(3).indexed for p in plans}
        assert set(queries._PATHS.values()) <= paths
        every_file = queries._plan(conn, queries.ResultFilter(source=".TXT"))
        assert every_file.f.source is None and every_file.indexed == queries._PATHS["dated"]
