"""The query layer: every read the CLI and the dashboard do, returning pandas DataFrames.

Filters are bound parameters (never spliced into SQL); unknown benchmark names
raise `UnknownBenchmark` with a "did you mean".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd
from sqlalchemy import Connection, Engine, Select, and_, case, func, or_, select
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from . import aggregate
from .models import Benchmark, Model, Paper, PaperSource, Result, Source, first_bit

RESULT_COLUMNS = [
    "id", "benchmark", "model", "model_key", "metric", "value", "value_min", "value_norm", "unit", "kind",
    "qualifier", "role", "setting", "evidence", "start", "end", "value_start", "value_end", "paper_id",
    "title", "arxiv_id", "date", "extractor_version",
]


@dataclass(frozen=True)
class ResultFilter:
    """Every filter of the Explore page; empty means "all"."""

    benchmarks: tuple[str, ...] = ()
    metric: str | None = None
    kind: str | None = None  # "score" | "delta"
    model: str | None = None  # case-insensitive substring
    paper: str | None = None  # substring of title or arXiv id
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    source: str | None = None  # file name substring
    value_min: float | None = None
    value_max: float | None = None
    role: str | None = None  # "own" | "baseline"
    paper_ids: tuple[int, ...] = field(default=())
    limit: int | None = None


def _frame(rows: Sequence[Any], columns: list[str]) -> pd.DataFrame:
    """A DataFrame of result rows (as plain tuples: pandas probes each SQLAlchemy Row's attributes)."""
    return pd.DataFrame([tuple(r) for r in rows], columns=columns)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


FEW_MODELS = 200  # Explore reads results through the model index when a filter matches at most this many


def _model_keys(substring: str) -> Select[Any]:
    """Keys of the models whose name or key contains `substring` (any case)."""
    pat = _like(substring.lower())
    return select(Model.key).where(or_(func.lower(Model.name).like(pat, escape="\\"), Model.key.like(pat, escape="\\")))


def _unindexed(col: Any) -> Any:
    """`+col`: the same value, but SQLite will not use an index for a term on it."""
    return UnaryExpression(col, operator=operators.custom_op("+"), type_=col.type)


def _conditions(f: ResultFilter, indexed: Collection[str] | None = None) -> tuple[list[Any], bool]:
    """WHERE conditions of a filter, and whether they need the papers table.

    `indexed` names the result columns whose terms SQLite may answer through an index (None: all).
    """
    def c(col: Any) -> Any:
        return col if indexed is None or col.key in indexed else _unindexed(col)

    conds: list[Any] = []
    needs_paper = False
    if f.benchmarks:
        conds.append(c(Result.benchmark).in_(f.benchmarks))
    if f.metric:
        conds.append(c(Result.metric) == f.metric)
    if f.kind:
        conds.append(c(Result.kind) == f.kind)
    if f.role:
        conds.append(c(Result.role) == f.role)
    if f.model:
        # a substring of the model's name or canonical key, resolved in the small models table
        conds.append(c(Result.model_key).in_(_model_keys(f.model)))
    if f.paper:
        pat = _like(f.paper.lower())
        conds.append(or_(func.lower(Paper.title).like(pat, escape="\\"), Paper.arxiv_id.like(pat, escape="\\")))
        needs_paper = True
    if f.date_from:
        conds.append(c(Result.paper_date) >= f.date_from)
    if f.date_to:
        conds.append(c(Result.paper_date) <= f.date_to)
    if f.value_min is not None:
        conds.append(c(Result.value) >= f.value_min)
    if f.value_max is not None:
        conds.append(c(Result.value) <= f.value_max)
    if f.paper_ids:
        conds.append(c(Result.paper_id).in_(f.paper_ids))
    if f.source:
        # the few matching files first, then their papers (one list, probed per result)
        files = select(Source.id).where(_source_match(f.source))
        conds.append(c(Result.paper_id).in_(select(PaperSource.paper_id).where(PaperSource.source_id.in_(files))))
    return conds, needs_paper


def _result_select(f: ResultFilter, scan_by_id: bool = False) -> Select[Any]:
    """Results with their paper, filtered, newest first.

    With a limit, the matching ids are chosen first and only those rows are read in full with
    their paper. `scan_by_id` makes SQLite walk the results newest first and stop at the limit
    instead of collecting every match through an index and sorting it (its planner does not
    weigh the LIMIT): bounded by one pass over the table whatever the filters.
    """
    cols = [getattr(Result, c) for c in RESULT_COLUMNS[:19]] + [
        Paper.title, Paper.arxiv_id, Paper.date, Result.extractor_version,
    ]
    q = select(*cols).join(Paper, Paper.id == Result.paper_id)
    if f.limit:
        conds, needs_paper = _conditions(f, indexed=() if scan_by_id else None)
        ids = select(Result.id)
        if needs_paper:
            ids = ids.join(Paper, Paper.id == (_unindexed(Result.paper_id) if scan_by_id else Result.paper_id))
        if conds:
            ids = ids.where(and_(*conds))
        ids = ids.order_by(Result.id.desc()).limit(f.limit)
        return q.where(Result.id.in_(ids.scalar_subquery())).order_by(Result.id.desc())
    conds, _ = _conditions(f)
    if conds:
        q = q.where(and_(*conds))
    return q.order_by(Result.id.desc())  # newest first


def count_results(engine: Engine, f: ResultFilter = ResultFilter()) -> int:
    """How many results match a filter (the filter's limit is ignored).

    On SQLite an index is used only where it pays: for terms the leaderboard index answers alone,
    or for a narrow model filter, or when the benchmark/kind part of the filter is selective; any
    other index lookup per match costs more than one pass over the table.
    """
    with engine.connect() as conn:
        f, narrow = _simplified(conn, f)
        indexed: Collection[str] | None = None
        if engine.dialect.name == "sqlite":
            indexed = ("benchmark", "kind", "metric", "role") + (("model_key",) if narrow else ())
            needs_row = bool(f.paper or f.source or f.date_from or f.date_to or f.value_min is not None
                             or f.value_max is not None or (f.model and not narrow) or f.paper_ids)
            if needs_row and not narrow and (f.benchmarks or f.kind):
                prefix = _conditions(ResultFilter(benchmarks=f.benchmarks, kind=f.kind))[0]
                n_prefix = conn.execute(select(func.count()).select_from(Result).where(*prefix)).scalar() or 0
                if n_prefix > (conn.execute(select(func.max(Result.id))).scalar() or 0) // 8:
                    indexed = ()
        conds, needs_paper = _conditions(f, indexed)
        q = select(func.count(Result.id))
        if needs_paper:
            # results drive the join when they are scanned (not papers, then results by paper id)
            q = q.join(Paper, Paper.id == (Result.paper_id if indexed is None or "paper_id" in indexed
                                           else _unindexed(Result.paper_id)))
        if conds:
            q = q.where(and_(*conds))
        return int(conn.execute(q).scalar() or 0)


def _simplified(conn: Connection, f: ResultFilter) -> tuple[ResultFilter, bool]:
    """The filter without model or file substrings that match everything, and whether its model
    filter is narrow enough for the model index to pay."""
    narrow = False
    if f.model:
        n_keys = conn.execute(select(func.count()).select_from(_model_keys(f.model).subquery())).scalar() or 0
        n_all = conn.execute(select(func.count(Model.id))).scalar() or 0
        if n_keys == n_all:
            f = replace(f, model=None)
        else:
            narrow = n_keys <= max(FEW_MODELS, n_all // 10)
    if f.source:
        n_files = conn.execute(select(func.count(Source.id)).where(_source_match(f.source))).scalar() or 0
        if n_files == (conn.execute(select(func.count(Source.id))).scalar() or 0):
            f = replace(f, source=None)
    return f, narrow


def _source_match(substring: str) -> Any:
    return func.lower(Source.name).like(_like(substring.lower()), escape="\\")


def results(engine: Engine, f: ResultFilter = ResultFilter()) -> pd.DataFrame:
    """Results with their paper, filtered."""
    with engine.connect() as conn:
        f, narrow = _simplified(conn, f)
        scan_by_id = engine.dialect.name == "sqlite" and not narrow
        rows = conn.execute(_result_select(f, scan_by_id)).all()
    df = _frame(rows, RESULT_COLUMNS)
    if not df.empty:
        df["date"] = pd.to_datetime(df["date"])
    return df


def benchmarks(engine: Engine) -> pd.DataFrame:
    """The stored registry with result, model and paper counts per benchmark."""
    with engine.connect() as conn:
        reg = conn.execute(select(
            Benchmark.name, Benchmark.core, Benchmark.higher_is_better, Benchmark.range_min,
            Benchmark.range_max, Benchmark.variant_of, Benchmark.metrics, Benchmark.description,
        )).all()
        counts = conn.execute(select(Result.benchmark, func.count()).group_by(Result.benchmark)).all()
    df = _frame(reg, ["benchmark", "core", "higher_is_better", "range_min", "range_max",
                                    "variant_of", "metrics", "description"])
    c = _frame(counts, ["benchmark", "results"])
    df = df.merge(c, on="benchmark", how="left").fillna({"results": 0})
    df["results"] = df["results"].astype(int)
    return df.sort_values(["core", "results", "benchmark"], ascending=[False, False, True]).reset_index(drop=True)


def higher_is_better(engine: Engine, benchmark: str) -> bool:
    """The stored direction of a benchmark (True when unknown)."""
    with engine.connect() as conn:
        value = conn.execute(select(Benchmark.higher_is_better).where(Benchmark.name == benchmark)).scalar()
    return True if value is None else bool(value)


def metrics_for(engine: Engine, benchmark: str, kind: str | None = None) -> list[str]:
    """Metrics reported for a benchmark, most frequent first ("" stands for "not stated")."""
    q = select(Result.metric, func.count()).where(Result.benchmark == benchmark)
    if kind:
        q = q.where(Result.kind == kind)
    with engine.connect() as conn:
        rows = conn.execute(q.group_by(Result.metric).order_by(func.count().desc(), Result.metric)).all()
    return [r[0] or "" for r in rows]


def leaderboard(engine: Engine, benchmark: str, metric: str | None = None, kind: str = "score",
                include_baselines: bool = True) -> pd.DataFrame:
    """Models ranked by their best reported value on a benchmark (direction from the registry).

    `metric` None means every metric; "" means results that state no metric. The best value per
    model and the number of papers reporting it are found in one pass over the leaderboard index
    (`firsts` flags each paper's first result of a model); only the winning rows are read in full.
    """
    higher = higher_is_better(engine, benchmark)
    conds = [Result.benchmark == benchmark, Result.kind == kind, Result.model_key.is_not(None)]
    if metric == "":
        conds.append(Result.metric.is_(None))
    elif metric:
        conds.append(Result.metric == metric)
    if not include_baselines:
        conds.append(Result.role == "own")
    # papers per model: each paper's first result of the group carries this bit (see models.FIRST_OF_MODEL)
    bit = first_bit(by_metric=metric is not None, own_only=not include_baselines)
    flagged = func.sum(Result.firsts.op("&")(bit))  # bit x papers
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            # one pass over the leaderboard index; SQLite returns the other columns of the row that holds
            # the max/min (a documented extension)
            best_fn = func.max if higher else func.min
            picked = conn.execute(select(Result.id, best_fn(Result.value_norm), flagged).where(*conds).group_by(
                Result.model_key)).all()
        else:
            order = Result.value_norm.desc() if higher else Result.value_norm.asc()
            rn = func.row_number().over(partition_by=Result.model_key, order_by=(order, Result.id)).label("rn")
            n = flagged.over(partition_by=Result.model_key).label("n")
            ranked = select(Result.id, rn, n).where(*conds).subquery()
            picked = conn.execute(select(ranked.c.id, ranked.c.rn, ranked.c.n).where(ranked.c.rn == 1)).all()
    n_papers = {rid: int(n) // bit for rid, _, n in picked}
    q = select(
        Result.id, Result.model, Result.model_key, Result.metric, Result.value, Result.value_norm, Result.unit,
        Result.kind, Result.qualifier, Result.role, Result.setting, Result.evidence, Result.paper_id,
        Paper.title, Paper.arxiv_id, Result.paper_date,
    ).join(Paper, Paper.id == Result.paper_id).where(Result.id.in_(list(n_papers)))
    with engine.connect() as conn:
        rows = conn.execute(q).all() if n_papers else []
    cols = ["id", "model", "model_key", "metric", "value", "value_norm", "unit", "kind", "qualifier", "role",
            "setting", "evidence", "paper_id", "title", "arxiv_id", "date"]
    df = _frame(rows, cols)
    if df.empty:
        return df.assign(rank=pd.Series(dtype=int), n_papers=pd.Series(dtype=int))
    df["n_papers"] = df["id"].map(n_papers).astype(int)
    df["date"] = pd.to_datetime(df["date"])
    df["rank"] = df["value_norm"].rank(ascending=not higher, method="min").astype(int)
    return df.sort_values(["rank", "model"], kind="stable").reset_index(drop=True)


def progress(engine: Engine, benchmark: str, metric: str | None = None,
             max_points: int = 3000) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Dated scores on a benchmark (an even sample of at most `max_points`) and the SOTA frontier.

    The frontier (rows that beat every earlier date's best) is computed in SQL with a window function.
    """
    higher = higher_is_better(engine, benchmark)
    conds = [Result.benchmark == benchmark, Result.kind == "score", Result.paper_date.is_not(None)]
    if metric == "":
        conds.append(Result.metric.is_(None))
    elif metric:
        conds.append(Result.metric == metric)
    running = (func.max if higher else func.min)(Result.value_norm).over(
        order_by=(Result.paper_date, Result.value_norm.desc() if higher else Result.value_norm, Result.id),
        rows=(None, -1))
    inner = select(Result.id, Result.value_norm, running.label("prev")).where(*conds).subquery()
    beats = inner.c.value_norm > inner.c.prev if higher else inner.c.value_norm < inner.c.prev
    with engine.connect() as conn:
        front_ids = {r[0] for r in conn.execute(select(inner.c.id).where(or_(inner.c.prev.is_(None), beats))).all()}
        total = conn.execute(select(func.count(Result.id)).where(*conds)).scalar() or 0
        step = max(1, total // max_points)
        sample_ids = {r[0] for r in conn.execute(select(Result.id).where(*conds, Result.id % step == 0)).all()}
    ids = tuple(sample_ids | front_ids)
    if not ids:
        empty = pd.DataFrame(columns=RESULT_COLUMNS)
        return empty, empty
    q = _result_select(ResultFilter()).where(Result.id.in_(ids))
    with engine.connect() as conn:
        df = _frame(conn.execute(q).all(), RESULT_COLUMNS)
    df["date"] = pd.to_datetime(df["date"])
    front = df[df["id"].isin(front_ids)].sort_values(["date", "value_norm"]).reset_index(drop=True)
    return df, front


def models(engine: Engine) -> pd.DataFrame:
    """Every model with its number of results."""
    q = select(Model.key, Model.name, func.count(Result.id)).join(Result, Result.model_id == Model.id).group_by(
        Model.key, Model.name).order_by(func.count(Result.id).desc(), Model.name)
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    return _frame(rows, ["model_key", "model", "results"])


def compare_models(engine: Engine, model_keys: Sequence[str], kind: str = "score") -> pd.DataFrame:
    """Best value per (model, benchmark) for the chosen models, with the paper of each cell."""
    cols = ["model", "model_key", "benchmark", "value_norm", "value", "unit", "metric", "title", "arxiv_id",
            "evidence"]
    if not model_keys:
        return pd.DataFrame(columns=cols)
    conds = [Result.model_key.in_(list(model_keys)), Result.kind == kind]
    agg = select(Result.model_key.label("k"), Result.benchmark.label("b"), func.max(Result.value_norm).label("hi"),
                 func.min(Result.value_norm).label("lo")).where(*conds).group_by(
        Result.model_key, Result.benchmark).subquery()
    target = case((Benchmark.higher_is_better, agg.c.hi), else_=agg.c.lo)
    q = select(Result.model, Result.model_key, Result.benchmark, Result.value_norm, Result.value, Result.unit,
               Result.metric, Paper.title, Paper.arxiv_id, Result.evidence).join(
        agg, and_(agg.c.k == Result.model_key, agg.c.b == Result.benchmark)).join(
        Benchmark, Benchmark.name == Result.benchmark).join(Paper, Paper.id == Result.paper_id).where(
        *conds, Result.value_norm == target)
    with engine.connect() as conn:
        df = _frame(conn.execute(q).all(), cols)
    if df.empty:
        return df
    best = df.drop_duplicates(["model_key", "benchmark"])
    with engine.connect() as conn:
        names = dict(conn.execute(select(Model.key, Model.name).where(Model.key.in_(list(model_keys)))).all())
    best = best.assign(model=best["model_key"].map(names).fillna(best["model"]))
    return best.sort_values(["model", "benchmark"]).reset_index(drop=True)


def conflicts(engine: Engine, benchmark: str | None = None, min_spread: float = 0.0) -> pd.DataFrame:
    """Results where the same model, benchmark, metric and kind carry different values."""
    f = ResultFilter(benchmarks=(benchmark,) if benchmark else ())
    return aggregate.conflicts(results(engine, f), min_spread)


def search_papers(engine: Engine, query: str = "", limit: int = 200) -> pd.DataFrame:
    """Papers whose title, arXiv id or abstract contains `query` (case-insensitive), with result counts."""
    n_results = select(func.count(Result.id)).where(Result.paper_id == Paper.id).scalar_subquery()
    q = select(Paper.id, Paper.title, Paper.arxiv_id, Paper.date, n_results.label("results"))
    if query:
        pat = _like(query.lower())
        q = q.where(or_(func.lower(Paper.title).like(pat, escape="\\"), Paper.arxiv_id.like(pat, escape="\\"),
                        func.lower(Paper.abstract).like(pat, escape="\\")))
    q = q.order_by(n_results.desc(), Paper.date.desc(), Paper.id).limit(limit)
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    return _frame(rows, ["paper_id", "title", "arxiv_id", "date", "results"])


def paper(engine: Engine, paper_id: int) -> dict[str, Any] | None:
    """One paper's metadata, its sources and its abstract."""
    with engine.connect() as conn:
        prow = conn.execute(select(Paper.id, Paper.title, Paper.arxiv_id, Paper.date, Paper.comments,
                                   Paper.abstract, Paper.own_system).where(Paper.id == paper_id)).first()
        if prow is None:
            return None
        sources = conn.execute(
            select(Source.name, PaperSource.position, PaperSource.fmt).join(
                PaperSource, PaperSource.source_id == Source.id).where(PaperSource.paper_id == paper_id).order_by(
                Source.name)).all()
    return {
        "id": prow.id, "title": prow.title, "arxiv_id": prow.arxiv_id, "date": prow.date, "comments": prow.comments,
        "abstract": prow.abstract, "own_system": prow.own_system,
        "sources": [{"file": s.name, "position": s.position, "format": s.fmt} for s in sources],
    }


def stats(engine: Engine) -> dict[str, Any]:
    """Counts of everything stored."""
    with engine.connect() as conn:
        def count(model: Any) -> int:
            return int(conn.execute(select(func.count()).select_from(model)).scalar() or 0)

        by_bench = conn.execute(select(Result.benchmark, Result.kind, func.count()).group_by(
            Result.benchmark, Result.kind).order_by(Result.benchmark)).all()
        multi = conn.execute(select(func.count()).select_from(
            select(PaperSource.paper_id).group_by(PaperSource.paper_id).having(
                func.count(func.distinct(PaperSource.source_id)) > 1).subquery())).scalar()
        return {
            "sources": count(Source), "papers": count(Paper), "paper_sources": count(PaperSource),
            "papers_in_several_files": int(multi or 0), "models": count(Model), "results": count(Result),
            "benchmarks": count(Benchmark),
            "results_by_benchmark": [{"benchmark": b, "kind": k, "results": n} for b, k, n in by_bench],
        }


def export_rows(engine: Engine, benchmark: str | None = None) -> pd.DataFrame:
    """Every result as a record of the public contract (plus its paper's date)."""
    df = results(engine, ResultFilter(benchmarks=(benchmark,) if benchmark else ()))
    if df.empty:
        return df
    with engine.connect() as conn:
        src = conn.execute(select(PaperSource.paper_id, Source.name).join(
            Source, Source.id == PaperSource.source_id).order_by(Source.name)).all()
    docs: dict[int, list[str]] = {}
    for pid, name in src:
        docs.setdefault(pid, []).append(name)
    df["doc"] = df["paper_id"].map(lambda pid: ";".join(docs.get(pid, [])))
    df["paper_title"] = df["title"]
    df["date"] = df["date"].dt.strftime("%Y-%m-%d")
    return df
