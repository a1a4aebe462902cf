"""Rankings: a benchmark's leaderboard and its progress over time, systems compared across benchmarks, and
what a benchmark holds.

A board ranks values that cover the full benchmark (never a subset or a joint number) and are single values
(a range is listed apart, never ranked as its upper end), of one kind: scores, or changes, absolute and
relative ones never together. It ranks the metrics and settings its `Board` names: by default the
benchmark's standard ones (`db.standard`), and the papers' own results unless baselines are asked for. A
paper's own result whose system the text never names ranks under the paper's identity (`unnamed_key`), so
it is never merged with another paper's. It ranks the trusted rows and those a reviewer verified or corrected,
every row when asked for, never a rejected one; a row a reviewer vouched for is listed before an equal one no
reviewer has (equal values share their rank).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
from sqlalchemy import Engine, and_, case, false, func, or_, select

from extract.registry import Benchmark as Entry
from extract.registry import UnknownBenchmark, default_registry

from . import standard
from .models import ACCEPTED, Benchmark, Model, Paper, Result
from .queries import RESULT_COLUMNS, higher_is_better, result_columns, result_frame, shown

HOLDINGS = ["kind", "role", "metric", "setting", "scope", "ranged", "relative", "results", "named", "dated"]


@dataclass(frozen=True)
class Board:
    """Which results of a benchmark a leaderboard ranks (and Progress charts): full-scope single values of one
    kind in these metrics and settings."""

    benchmark: str
    kind: str = "score"  # "score" | "delta"
    metrics: tuple[str, ...] | None = None  # the metrics ranked ("": none stated); None: every metric
    settings: tuple[str, ...] | None = None  # the settings ranked ("": none stated); None: every setting
    baselines: bool = False  # also the numbers papers quote for other systems
    relative: bool = False  # changes stated as relative (never ranked with absolute ones)
    untrusted: bool = False  # also the rows below the trust threshold that no reviewer verified


def entry(benchmark: str) -> Entry | None:
    """The registry entry of a stored benchmark (None when the registry no longer has it)."""
    try:
        return default_registry().get(benchmark)
    except UnknownBenchmark:
        return None


def _one_of(col: Any, values: Collection[str]) -> Any:
    """`col` is one of `values`, "" standing for NULL."""
    stated = sorted(v for v in values if v)
    conds = ([col.is_(None)] if "" in values else []) + ([col.in_(stated)] if stated else [])
    return or_(*conds) if conds else false()


def _conditions(board: Board, ranged: bool = False) -> list[Any]:
    """What a board ranks (`ranged`: the ranges it lists apart), as conditions on `results` (each a column of
    the leaderboard index)."""
    conds = [Result.benchmark == board.benchmark, Result.kind == board.kind, Result.scope == "full",
             Result.value_min.is_not(None) if ranged else Result.value_min.is_(None),
             Result.relative == board.relative, shown(board.untrusted)]
    if not board.baselines:
        conds.append(Result.role == "own")
    if board.metrics is not None:
        conds.append(_one_of(Result.metric, board.metrics))
    if board.settings is not None:
        conds.append(_one_of(Result.setting, board.settings))
    return conds


def holdings(engine: Engine, benchmark: str) -> pd.DataFrame:
    """What is stored for a benchmark, counted by kind, role, metric, setting, scope, whether the value is a
    range and whether a change is relative: results, how many name their system, how many come from a
    dated paper (metric and setting "" stand for "not stated"); rows a reviewer rejected are left out. Reads one
    covering index."""
    named = func.sum(case((Result.model_id.is_not(None), 1), else_=0))  # (a named system has a model row)
    dated = func.sum(case((Result.paper_date.is_not(None), 1), else_=0))
    ranged = Result.value_min.is_not(None)
    keys = [Result.kind, Result.role, Result.metric, Result.setting, Result.scope, ranged, Result.relative]
    with engine.connect() as conn:
        rows = conn.execute(select(*keys, func.count(), named, dated).where(
            Result.benchmark == benchmark, shown()).group_by(*keys)).all()
    df = pd.DataFrame([tuple(r) for r in rows], columns=HOLDINGS)
    for c in ("metric", "setting"):
        df[c] = df[c].fillna("")
    for c in ("ranged", "relative"):
        df[c] = df[c].astype(bool)
    for c in ("results", "named", "dated"):
        df[c] = df[c].astype(int)
    return df.sort_values(["kind", "results", "role", "metric", "setting"], ascending=[False, False, True, True, True],
                          ignore_index=True)


def rankable(held: pd.DataFrame) -> pd.DataFrame:
    """The holdings a board may rank: full scope, single values, with an identity (a named system, or a
    paper's own result)."""
    return held[(held["scope"] == "full") & ~held["ranged"] & ((held["named"] > 0) | (held["role"] == "own"))]


def board_of(held: pd.DataFrame, benchmark: str, kind: str = "score", metric: str | None = None,
             every_metric: bool = False, kinds: Collection[str] = (), baselines: bool = False,
             relative: bool = False, untrusted: bool = False) -> Board:
    """The board a reader asks for, over what the benchmark holds (`holdings`).

    `metric` None ranks the standard metric (in any of its spellings, or none stated), "" results that state
    none, any other value that metric; `every_metric` ranks every metric. Settings: the standard ones and
    those whose every other part is one of `kinds` (`standard.SETTING_KINDS`).
    """
    found = held[(held["kind"] == kind) & (held["relative"] == relative)]
    spec = entry(benchmark)
    metrics: tuple[str, ...] | None
    if every_metric:
        metrics = None
    elif metric is not None:
        metrics = (metric,)
    else:
        metrics = standard.ranked_metrics(spec, sorted(set(found["metric"])), kinds)
    settings = standard.ranked_settings(spec, sorted(set(found["setting"])), kinds)
    return Board(benchmark, kind, metrics, settings, baselines, relative, untrusted)


def default_board(engine: Engine, benchmark: str, kind: str = "score", baselines: bool = False,
                  relative: bool = False, untrusted: bool = False) -> Board:
    """The board a benchmark's leaderboard shows first: the standard metric and setting (trusted and reviewed
    rows unless `untrusted`)."""
    return board_of(holdings(engine, benchmark), benchmark, kind, baselines=baselines, relative=relative,
                    untrusted=untrusted)


def _vouched() -> Any:
    """1 for a row a reviewer verified or corrected, else 0 (it is listed first among equal values)."""
    return case((Result.review.in_(ACCEPTED), 1), else_=0)


TIE = 1e-9  # how much a reviewer's vouching weighs in SQLite's pick of a system's row: less than any two values differ


def leaderboard(engine: Engine, board: Board, limit: int | None = None) -> pd.DataFrame:
    """Systems ranked by their best value on the board (direction from the registry), best first: each
    system's row in full (`RESULT_COLUMNS`), its `rank`, the number of papers reporting it there
    (`n_papers`) and the number of systems the board ranks (`systems`, also beyond `limit`). Among equal
    values a row a reviewer verified or corrected comes first, as a system's row and in the ranking.

    One pass over the leaderboard index finds the best value per system and counts its papers; only the
    winning rows shown are read in full.
    """
    higher = higher_is_better(engine, board.benchmark)
    conds = [*_conditions(board), Result.model_key.is_not(None)]
    papers = func.count(Result.paper_id.distinct())
    if engine.dialect.name == "sqlite":
        # SQLite takes the bare `id` from the row that holds the max/min (a documented extension); a vouched-for
        # row wins among equal values by the tiny TIE (values are stored to 6 decimals)
        pick = (func.max(Result.value_norm + TIE * _vouched()) if higher
                else func.min(Result.value_norm - TIE * _vouched()))
        winners = select(Result.id.label("id"), Result.value_norm.label("best"), _vouched().label("vouched"),
                         pick.label("pick"), papers.label("n")).where(*conds).group_by(Result.model_key).subquery()
    else:
        order = Result.value_norm.desc() if higher else Result.value_norm.asc()
        rn = func.row_number().over(partition_by=Result.model_key, order_by=(order, _vouched().desc(), Result.id))
        ranked = select(Result.id.label("id"), Result.value_norm.label("best"), _vouched().label("vouched"),
                        Result.model_key.label("k"), rn.label("rn")).where(*conds).subquery()
        counts = select(Result.model_key.label("k"), papers.label("n")).where(*conds).group_by(
            Result.model_key).subquery()
        winners = select(ranked.c.id, ranked.c.best, ranked.c.vouched, counts.c.n).join(
            counts, counts.c.k == ranked.c.k).where(ranked.c.rn == 1).subquery()
    best = winners.c.best.desc() if higher else winners.c.best.asc()
    shown_rows = select(winners.c.id, winners.c.n, func.count().over().label("total")).order_by(
        best, winners.c.vouched.desc(), winners.c.id).limit(limit).subquery()
    q = select(*result_columns(), shown_rows.c.n, shown_rows.c.total).select_from(shown_rows).join(
        Result, Result.id == shown_rows.c.id).join(Paper, Paper.id == Result.paper_id)
    with engine.connect() as conn:
        df = result_frame(conn.execute(q).all(), ["n_papers", "systems"])
    for c in ("n_papers", "systems"):
        df[c] = df[c].astype(int)
    return ranked_by_value(df, higher)


def ranked_by_value(df: pd.DataFrame, higher: bool) -> pd.DataFrame:
    """Rows ordered best value first, a row a reviewer vouched for before an equal one no reviewer did, with their
    `rank` (equal values share it, vouched for or not; the next value's rank counts the rows above it).

    >>> df = pd.DataFrame({"id": [1, 2, 3, 4], "value_norm": [80.0, 90.0, 90.0, 70.0],
    ...                    "review": [None, None, "verified", None]})
    >>> ranked_by_value(df, True)[["id", "rank"]].values.tolist()
    [[3, 1], [2, 1], [1, 3], [4, 4]]
    """
    df = df.assign(vouched=df["review"].isin(ACCEPTED)).sort_values(
        ["value_norm", "vouched", "id"], ascending=[not higher, False, True], kind="stable")
    values = df["value_norm"].tolist()
    ranks: list[int] = []
    for i, value in enumerate(values):
        ranks.append(ranks[-1] if i and value == values[i - 1] else i + 1)
    return df.assign(rank=pd.Series(ranks, index=df.index, dtype=int)).drop(columns="vouched").reset_index(drop=True)


def ranges(engine: Engine, board: Board, limit: int = 200) -> pd.DataFrame:
    """The values a board would rank but that were reported as a range ("81.4% to 89.2%"): listed apart,
    never ranked as their upper end. Best upper end first."""
    higher = higher_is_better(engine, board.benchmark)
    conds = _conditions(board, ranged=True)
    order = Result.value_norm.desc() if higher else Result.value_norm.asc()
    q = select(*result_columns()).join(Paper, Paper.id == Result.paper_id).where(
        *conds, Result.model_key.is_not(None)).order_by(order, Result.id).limit(limit)
    with engine.connect() as conn:
        return result_frame(conn.execute(q).all())


def progress(engine: Engine, board: Board, max_points: int = 3000) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Dated values on a board (an even sample of at most `max_points`) and the state-of-the-art frontier.

    The frontier (rows that beat every earlier date's best) is computed in SQL with a window function.
    """
    higher = higher_is_better(engine, board.benchmark)
    conds = [*_conditions(board), Result.paper_date.is_not(None)]
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
        rows = conn.execute(select(*result_columns()).join(Paper, Paper.id == Result.paper_id).where(
            Result.id.in_(ids))).all() if ids else []
    df = result_frame(rows)
    if df.empty:
        return df, df
    front = df[df["id"].isin(front_ids)].sort_values(["date", "value_norm"]).reset_index(drop=True)
    return df, front


def compare_models(engine: Engine, model_keys: Sequence[str], kind: str = "score",
                   standard_only: bool = True, untrusted: bool = False) -> pd.DataFrame:
    """Best value per (system, benchmark) for the chosen systems, with the row of each cell
    (`RESULT_COLUMNS`): full-scope single values, absolute changes for deltas, and (`standard_only`) in each
    benchmark's standard metric and setting; trusted and reviewed rows only unless `untrusted`, never a rejected
    one; on ties a row a reviewer vouched for first, then own results before baselines.

    One pass over the model index gives each system's extremes per benchmark, metric and setting (in index
    order: no sort); the cells' rows are then read by exact index lookups.
    """
    if not model_keys:
        return pd.DataFrame(columns=RESULT_COLUMNS)
    ids = select(Model.id).where(Model.key.in_(list(model_keys)))
    conds = [Result.model_id.in_(ids), Result.kind == kind, Result.scope == "full", Result.value_min.is_(None),
             Result.relative == false(), shown(untrusted)]
    keys = (Result.model_id, Result.benchmark, Result.metric, Result.setting)
    with engine.connect() as conn:
        higher = dict(conn.execute(select(Benchmark.name, Benchmark.higher_is_better)).all())
        groups = []
        for mid, bench, metric, setting, hi, lo in conn.execute(select(
                *keys, func.max(Result.value_norm), func.min(Result.value_norm)).where(*conds).group_by(*keys)):
            spec = entry(bench)
            if not standard_only or (standard.metric_is_standard(spec, metric)
                                     and not standard.setting_kinds(spec, metric, setting)):
                groups.append((mid, bench, metric, setting, hi if higher.get(bench, True) else lo))
        best: dict[tuple[int | None, str], float] = {}
        for mid, bench, _, _, value in groups:
            old = best.get((mid, bench))
            if old is None or (value > old if higher.get(bench, True) else value < old):
                best[(mid, bench)] = value
        if not best:
            return pd.DataFrame(columns=RESULT_COLUMNS)
        cells = or_(*[and_(Result.model_id == mid, Result.kind == kind, Result.benchmark == bench,
                           Result.metric.is_(None) if metric is None else Result.metric == metric,
                           Result.setting.is_(None) if setting is None else Result.setting == setting,
                           Result.value_norm == value)
                      for mid, bench, metric, setting, value in groups if best[(mid, bench)] == value])
        cell_ids = select(Result.id).with_hint(Result, "INDEXED BY ix_results_model", "sqlite").where(
            cells, *conds[2:])
        rows = conn.execute(select(*result_columns()).join(Paper, Paper.id == Result.paper_id).where(
            Result.id.in_(cell_ids))).all()
        names = dict(conn.execute(select(Model.key, Model.name).where(Model.key.in_(list(model_keys)))).all())
    df = result_frame(rows)
    df = df.assign(unvouched=~df["review"].isin(ACCEPTED), own=df["role"] != "own").sort_values(
        ["unvouched", "own", "id"]).drop(columns=["unvouched", "own"])
    df = df.drop_duplicates(["model_key", "benchmark"])
    df = df.assign(model=df["model_key"].map(names).fillna(df["model"]))
    return df.sort_values(["model", "benchmark"]).reset_index(drop=True)


def metric_choices(held: pd.DataFrame, kind: str = "score") -> list[str]:
    """The metrics a benchmark's results of this kind state, most frequent first ("" for not stated)."""
    found = rankable(held[held["kind"] == kind])
    counts = found.groupby("metric")["results"].sum().sort_values(ascending=False, kind="stable")
    return [str(m) for m in counts.index]


def kinds_held(held: pd.DataFrame, benchmark: str, kind: str = "score") -> list[str]:
    """The setting kinds besides the standard that the rankable results of a benchmark have."""
    found = rankable(held[held["kind"] == kind])
    return standard.kinds_present(entry(benchmark), [(m or None, s or None) for m, s in zip(
        found["metric"], found["setting"], strict=True)])


def standard_of(benchmark: str) -> str:
    """The benchmark's standard metric and setting in words."""
    return standard.describe(entry(benchmark))

