"""What to review first: the rows a leaderboard shows at its top, least sure first, then every other row.

A row waits in the queue until it has a verdict. First come the rows on some benchmark's default leaderboard
(its standard metric and setting, own scores; every row a reviewer has not rejected, as the board shows them with
the untrusted ones) among its top `TOP`, lowest confidence first; then every other row, lowest confidence first.
A row stored before confidences were counts as the least sure.
"""

from __future__ import annotations

import pandas as pd
from sqlalchemy import Engine, case, func, select

from . import boards, queries
from .models import Paper, Result

TOP = 20  # the rows of each leaderboard that come first


def top_rows(engine: Engine, top: int = TOP) -> set[int]:
    """The rows each benchmark's default leaderboard shows among its first `top` (untrusted ones too)."""
    names = queries.benchmarks(engine)
    ids: set[int] = set()
    for bench in names.loc[names["results"] > 0, "benchmark"]:
        board = boards.default_board(engine, bench, untrusted=True)
        ids.update(int(i) for i in boards.leaderboard(engine, board, top)["id"])
    return ids


def queue(engine: Engine, limit: int = 200) -> tuple[pd.DataFrame, int]:
    """The first `limit` rows to review (`queries.RESULT_COLUMNS` and `on_top`: on a leaderboard's top), in the
    queue's order, and how many rows wait in all."""
    first = top_rows(engine)
    least_sure = (case((Result.confidence.is_(None), 0), else_=1), Result.confidence, Result.id)
    waiting = Result.review.is_(None)
    with engine.connect() as conn:
        total = int(conn.execute(select(func.count()).select_from(Result).where(waiting)).scalar() or 0)
        q = select(*queries.result_columns()).join(Paper, Paper.id == Result.paper_id).where(waiting)
        rows = list(conn.execute(q.where(Result.id.in_(first)).order_by(*least_sure).limit(limit))) if first else []
        rest = limit - len(rows)
        if rest > 0:
            rows += conn.execute(q.where(Result.id.not_in(first)).order_by(*least_sure).limit(rest)).all()
    df = queries.result_frame(rows)
    return df.assign(on_top=df["id"].isin(first)), total


def stored_row(engine: Engine, result_id: int) -> pd.DataFrame:
    """One stored row, whatever its verdict (to review it again), as `queue` returns rows; empty when it is gone."""
    with engine.connect() as conn:
        rows = conn.execute(select(*queries.result_columns()).join(Paper, Paper.id == Result.paper_id).where(
            Result.id == result_id)).all()
    df = queries.result_frame(rows)
    return df.assign(on_top=False)
