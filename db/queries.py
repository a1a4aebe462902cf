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
from sqlalchemy import Connection, Engine, Select, String, and_, case, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.functions import FunctionElement

from . import aggregate
from .models import ACCEPTED, UNNAMED, Benchmark, Model, Paper, PaperSource, Result, Source

RESULT_FIELDS = [
    "id", "benchmark", "model", "model_key", "system", "backbone", "metric", "value", "value_min", "value_norm", "unit",
    "kind", "qualifier", "role", "setting", "scope", "relative", "evidence", "start", "end", "value_start",
    "value_end", "paper_id", "how_linked", "how_named", "source", "confidence", "trusted", "review", "extracted",
]  # columns of `results` read with every result
RESULT_COLUMNS = [*RESULT_FIELDS, "title", "arxiv_id", "date", "extractor_version", "abstract_start"]
ABSTRACT_START = 200  # characters of a paper's abstract read with its results (names an untitled paper)


def _abstract_start() -> Any:
    """The first characters of the paper's abstract (a paper without a title is named by them)."""
    return func.substr(Paper.abstract, 1, ABSTRACT_START).label("abstract_start")


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
    scope: str | None = None  # "full" | "subset" | "joint"
    paper_ids: tuple[int, ...] = field(default=())
    rejected: bool = False  # also the rows a reviewer rejected (hidden everywhere else)
    limit: int | None = None


def shown(untrusted: bool = True, col: Any = None) -> Any:
    """The rows a page shows: never one a reviewer rejected; unless `untrusted`, only the trusted ones and those a
    reviewer verified or corrected (a trusted row whose review was not rejected). `col` wraps a column (see
    `_conditions`)."""
    c = col or (lambda x: x)
    vouched = c(Result.review).in_(ACCEPTED)
    if untrusted:
        return or_(c(Result.review).is_(None), vouched)
    return or_(and_(c(Result.trusted), c(Result.review).is_(None)), vouched)


def _frame(rows: Sequence[Any], columns: list[str]) -> pd.DataFrame:
    """A DataFrame of result rows (as plain tuples: pandas probes each SQLAlchemy Row's attributes)."""
    return pd.DataFrame([tuple(r) for r in rows], columns=columns)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class _Folded(FunctionElement[str]):
    """A text column compared without case: `lower(column)`, but the bare column on SQLite, whose LIKE
    already ignores ASCII case and whose lower() folds nothing more (one string copy per row saved)."""

    type = String()
    inherit_cache = True


@compiles(_Folded)
def _folded_default(element: _Folded, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(_Folded, "sqlite")
def _folded_sqlite(element: _Folded, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


def _contains(col: Any, text: str) -> Any:
    """`col` contains `text`, any case (a bound LIKE pattern)."""
    return _Folded(col).like(_like(text.lower()), escape="\\")


def _model_ids(substring: str) -> Select[Any]:
    """Ids of the models whose name or canonical key contains `substring` (any case)."""
    return select(Model.id).where(or_(_contains(Model.name, substring), _contains(Model.key, substring)))


def _paper_match(f: ResultFilter) -> Any:
    """The condition on papers of the paper (title or arXiv id) and file filters; None: no such filter."""
    conds = []
    if f.paper:
        conds.append(or_(_contains(Paper.title, f.paper), _contains(Paper.arxiv_id, f.paper)))
    if f.source:
        files = select(Source.id).where(_contains(Source.name, f.source))
        conds.append(Paper.id.in_(select(PaperSource.paper_id).where(PaperSource.source_id.in_(files))))
    return and_(*conds) if conds else None


def _paper_ids(f: ResultFilter) -> Select[Any] | None:
    """Ids of the papers the paper and file filters match; None: no such filter."""
    match = _paper_match(f)
    return None if match is None else select(Paper.id).where(match)


def _unindexed(col: Any) -> Any:
    """`+col`: the same value, but SQLite will not use an index for a term on it."""
    return UnaryExpression(col, operator=operators.custom_op("+"), type_=col.type)


def _conditions(f: ResultFilter, indexed: Collection[str] | None = None) -> list[Any]:
    """WHERE conditions of a filter on the results table (models and papers as id sets).

    `indexed` names the result columns whose terms SQLite may answer through an index (None: all).
    """
    def c(col: Any) -> Any:
        return col if indexed is None or col.key in indexed else _unindexed(col)

    # plain comparisons first: SQLite tests terms in this order, and a set lookup costs more
    conds: list[Any] = []
    if f.benchmarks:
        conds.append(c(Result.benchmark).in_(f.benchmarks))
    if f.kind:
        conds.append(c(Result.kind) == f.kind)
    if f.date_from:
        conds.append(c(Result.paper_date) >= f.date_from)
    if f.date_to:
        conds.append(c(Result.paper_date) <= f.date_to)
    if f.value_min is not None:
        conds.append(c(Result.value) >= f.value_min)
    if f.value_max is not None:
        conds.append(c(Result.value) <= f.value_max)
    if f.metric:
        conds.append(c(Result.metric) == f.metric)
    if f.role:
        conds.append(c(Result.role) == f.role)
    if f.scope:
        conds.append(c(Result.scope) == f.scope)
    if f.paper_ids:
        conds.append(c(Result.paper_id).in_(f.paper_ids))
    if not f.rejected:
        conds.append(shown(untrusted=True, col=c))
    if f.model:  # the matching ids from the small models table, built once
        conds.append(c(Result.model_id).in_(_model_ids(f.model)))
    papers = _paper_ids(f)
    if papers is not None:
        conds.append(c(Result.paper_id).in_(papers))
    return conds


# Which index SQLite reads a filter through: each covers every filter column, so the choice is only
# which leading column narrows the most. Terms on other columns are written `+col` (not indexable);
# "scan" walks the table newest first and stops at the page limit.
_PATHS: dict[str, tuple[str, ...]] = {
    "dated": ("benchmark", "kind", "paper_date"),  # ix_results_dated
    "model": ("model_id",),  # ix_results_model
    "paper": ("paper_id",),  # ix_results_paper
    "scan": (),
}


SAMPLE = 1000  # results looked up (by id, spread over the table) to estimate how many match
SCAN_COST = 2  # a table row read costs about this many index entries (rows carry the evidence text)


@dataclass(frozen=True)
class _Plan:
    f: ResultFilter  # without the model / paper / file substrings that match everything
    indexed: tuple[str, ...] | None = None  # columns SQLite may use an index for (None: the planner's choice)
    reads: dict[str, int] = field(default_factory=dict)  # estimated index entries read per path (SQLite)
    n: int = 0  # results in the table (SQLite)
    matches: float = 0.0  # estimated matching results (SQLite)

    def paged(self, limit: int) -> _Plan:
        """The plan for the newest `limit` matches: a newest-first walk through the table when it should
        stop sooner than the best index path ends (which reads all its entries, then sorts the matches)."""
        if self.indexed is None or not self.reads:
            return self
        walk = min(self.n, limit * self.n / max(self.matches, 1.0)) * SCAN_COST
        return replace(self, indexed=_PATHS["scan"]) if walk < min(self.reads.values()) else self


def _count(conn: Connection, q: Select[Any]) -> int:
    return int(conn.execute(select(func.count()).select_from(q.subquery())).scalar() or 0)


def _plan(conn: Connection, f: ResultFilter) -> _Plan:
    """How to read a filter: drop model, paper and file substrings that match everything; on SQLite,
    lead with the index whose range holds the fewest results and estimate the matches (for
    `_Plan.paged`), both from samples."""
    if f.model and _count(conn, _model_ids(f.model)) == _count(conn, select(Model.id)):
        f = replace(f, model=None)
    if f.source and _count(conn, select(Source.id).where(_contains(Source.name, f.source))) == _count(
            conn, select(Source.id)):
        f = replace(f, source=None)
    paper_share = 1.0
    match = _paper_match(f)
    if match is not None:
        paper_share, = _sampled_shares(conn, Paper.id, [match])
        if paper_share == 1.0 and _count(conn, select(Paper.id).where(match)) == _count(conn, select(Paper.id)):
            f = replace(f, paper=None, source=None)  # a sample cannot tell "all": counted to be sure
    if conn.dialect.name != "sqlite":
        return _Plan(f)
    n = int(conn.execute(select(func.max(Result.id))).scalar() or 0)
    # one sample of results for the shares the dated and model paths read and the plain terms pass
    prefix = _conditions(ResultFilter(benchmarks=f.benchmarks, kind=f.kind, date_from=f.date_from,
                                      date_to=f.date_to))
    plain = _conditions(replace(f, model=None, paper=None, source=None, paper_ids=()))
    dated, model, matching = _sampled_shares(conn, Result.id, [
        and_(*prefix) if f.benchmarks else None,  # kinds and dates narrow the index only after benchmarks
        Result.model_id.in_(_model_ids(f.model)) if f.model else None,
        and_(*plain) if plain else None], top=n)
    reads = {"dated": int(n * dated)}
    if f.model:
        reads["model"] = int(n * model)
    if f.paper or f.source or f.paper_ids:
        n_papers = _count(conn, select(Paper.id))
        papers = n_papers * paper_share
        if f.paper_ids:
            papers = min(papers, len(f.paper_ids))
        reads["paper"] = int(papers * n / max(n_papers, 1))
    path = min(reads, key=lambda k: reads[k])
    # matches, taking the model and paper sets as independent of the rest
    matches = n * matching * model * (reads.get("paper", n) / max(n, 1))
    return _Plan(f, _PATHS[path], reads, n, matches)


def _sampled_shares(conn: Connection, id_col: Any, conds: list[Any], top: int | None = None) -> list[float]:
    """Share of a table's rows meeting each condition (None: every row), from about SAMPLE rows spread
    evenly over its ids 1..`top` (the largest id when not given; primary-key lookups); a share is exactly
    1.0 only when every sampled row met it."""
    if top is None:
        top = int(conn.execute(select(func.max(id_col))).scalar() or 0)
    step = max(1, top // SAMPLE)
    sums = [func.sum(case((c, 1), else_=0)) for c in conds if c is not None]
    seen, *hits = conn.execute(select(func.count(), *sums).where(
        id_col.in_(range(step // 2 + 1, top + 1, step)))).one()
    out, k = [], iter(hits)
    for c in conds:
        h = int(next(k) or 0) if c is not None else int(seen or 0)
        out.append(1.0 if h == seen else (h + 0.5) / (int(seen or 0) + 1))
    return out


def result_columns() -> list[Any]:
    """What is read with every result (`RESULT_COLUMNS`): its fields, and its paper's title, arXiv id, date and
    abstract start (joined on `Paper`)."""
    return [getattr(Result, c) for c in RESULT_FIELDS] + [
        Paper.title, Paper.arxiv_id, Paper.date, Result.extractor_version, _abstract_start()]


def result_frame(rows: Sequence[Any], extra: Sequence[str] = ()) -> pd.DataFrame:
    """Rows of `result_columns()` (then `extra` columns) as a DataFrame, dates as timestamps."""
    df = _frame(rows, [*RESULT_COLUMNS, *extra])
    df["date"] = pd.to_datetime(df["date"])
    return df


def _result_select(f: ResultFilter, indexed: tuple[str, ...] | None = None) -> Select[Any]:
    """Results with their paper, filtered, newest first.

    With a limit, the ids of the newest matches are chosen first (from one covering index on SQLite)
    and only those rows are read in full with their paper.
    """
    q = select(*result_columns()).join(Paper, Paper.id == Result.paper_id)
    conds = _conditions(f, indexed)
    if f.limit:
        if not conds:  # newest first straight from the table
            return q.order_by(Result.id.desc()).limit(f.limit)
        # through an index: collect the matches, then sort (`+id`: not the table walk that sorted order invites)
        newest = Result.id.desc() if indexed in (None, _PATHS["scan"]) else _unindexed(Result.id).desc()
        ids = select(Result.id).where(*conds).order_by(newest).limit(f.limit)
        return q.where(Result.id.in_(ids.scalar_subquery())).order_by(Result.id.desc())
    return q.where(*conds).order_by(Result.id.desc())


def count_results(engine: Engine, f: ResultFilter = ResultFilter()) -> int:
    """How many results match a filter (the filter's limit is ignored); on SQLite from one covering index."""
    with engine.connect() as conn:
        plan = _plan(conn, f)
        q = select(func.count()).select_from(Result).where(*_conditions(plan.f, plan.indexed))
        return int(conn.execute(q).scalar() or 0)


def results(engine: Engine, f: ResultFilter = ResultFilter()) -> pd.DataFrame:
    """Results with their paper, filtered."""
    with engine.connect() as conn:
        plan = _plan(conn, f)
        if f.limit:
            plan = plan.paged(f.limit)
        rows = conn.execute(_result_select(plan.f, plan.indexed)).all()
    return result_frame(rows)


def benchmarks(engine: Engine) -> pd.DataFrame:
    """The stored registry with result, model and paper counts per benchmark."""
    with engine.connect() as conn:
        reg = conn.execute(select(
            Benchmark.name, Benchmark.core, Benchmark.higher_is_better, Benchmark.range_min,
            Benchmark.range_max, Benchmark.variant_of, Benchmark.metrics, Benchmark.description,
        )).all()
        counts = conn.execute(select(Result.benchmark, func.count()).where(shown()).group_by(Result.benchmark)).all()
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


def source_holdings(engine: Engine, source_path: str) -> dict[str, int]:
    """Papers and results a stored source holds now, and how many of those results have no paper date."""
    papers = select(PaperSource.paper_id).join(Source, Source.id == PaperSource.source_id).where(
        Source.path == source_path)
    undated = func.sum(case((Result.paper_date.is_(None), 1), else_=0))
    with engine.connect() as conn:
        n_papers = _count(conn, papers.distinct())
        n, n_undated = conn.execute(select(func.count(Result.id), undated).where(
            Result.paper_id.in_(papers))).one()
    return {"papers": n_papers, "results": int(n or 0), "undated": int(n_undated or 0)}


def models(engine: Engine) -> pd.DataFrame:
    """Every model with its number of results (rejected ones left out)."""
    q = select(Model.key, Model.name, func.count(Result.id)).join(Result, Result.model_id == Model.id).where(
        shown()).group_by(
        Model.key, Model.name).order_by(func.count(Result.id).desc(), Model.name)
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    return _frame(rows, ["model_key", "model", "results"])


def conflicts(engine: Engine, benchmark: str | None = None, min_spread: float = 0.0) -> pd.DataFrame:
    """Results where the same model, benchmark, metric and kind carry different values (a paper's unnamed
    system is not a model: two of its numbers are two of the paper's settings, not a conflict)."""
    f = ResultFilter(benchmarks=(benchmark,) if benchmark else ())
    rows = results(engine, f)
    return aggregate.conflicts(rows[~rows["model_key"].fillna("").str.startswith(UNNAMED)], min_spread)


def search_papers(engine: Engine, query: str = "", limit: int = 200) -> pd.DataFrame:
    """Papers whose title, arXiv id or abstract contains `query` (case-insensitive), with result counts (rejected
    ones left out)."""
    n_results = select(func.count(Result.id)).where(Result.paper_id == Paper.id, shown()).scalar_subquery()
    q = select(Paper.id, Paper.title, Paper.arxiv_id, Paper.date, n_results.label("results"), _abstract_start())
    if query:
        q = q.where(or_(_contains(Paper.title, query), _contains(Paper.arxiv_id, query),
                        _contains(Paper.abstract, query)))
    q = q.order_by(n_results.desc(), Paper.date.desc(), Paper.id).limit(limit)
    with engine.connect() as conn:
        rows = conn.execute(q).all()
    return _frame(rows, ["paper_id", "title", "arxiv_id", "date", "results", "abstract_start"])


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


def export_rows(engine: Engine, benchmark: str | None = None, rejected: bool = False) -> pd.DataFrame:
    """Every result as a record of the public contract (plus its paper's date): a paper's own unnamed system
    has no `model_key` there, as in `benchboard extract`; rows a reviewer rejected only when asked for."""
    df = results(engine, ResultFilter(benchmarks=(benchmark,) if benchmark else (), rejected=rejected))
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
    df["model_key"] = df["model_key"].where(~df["model_key"].fillna("").str.startswith(UNNAMED), None)  # (contract)
    df["date"] = df["date"].dt.strftime("%Y-%m-%d")
    return df
