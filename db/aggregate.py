"""Pure aggregation over result DataFrames: best per model, SOTA frontier, conflicts.

No database and no UI here: each function takes and returns pandas DataFrames.
"""

from __future__ import annotations

import pandas as pd


def best_per_model(df: pd.DataFrame, higher_is_better: bool = True) -> pd.DataFrame:
    """One row per model (by canonical key): its best value, where it was reported, and how often.

    Rows without a model are dropped. Ranks start at 1; ties share the better rank.

    >>> df = pd.DataFrame({"model_key": ["a", "a", "b"], "model": ["A", "A", "B"],
    ...                    "value_norm": [80.0, 85.0, 90.0], "paper_id": [1, 2, 3]})
    >>> best_per_model(df)[["rank", "model", "value_norm", "n_papers"]].values.tolist()
    [[1, 'B', 90.0, 1], [2, 'A', 85.0, 2]]
    """
    df = df[df["model_key"].notna()]
    if df.empty:
        return df.assign(rank=pd.Series(dtype=int), n_papers=pd.Series(dtype=int))
    ordered = df.sort_values(["value_norm"], ascending=not higher_is_better, kind="stable")
    best = ordered.drop_duplicates("model_key", keep="first").copy()
    counts = df.groupby("model_key")["paper_id"].nunique()
    best["n_papers"] = best["model_key"].map(counts).astype(int)
    best["rank"] = best["value_norm"].rank(ascending=not higher_is_better, method="min").astype(int)
    return best.sort_values(["rank", "model"], kind="stable").reset_index(drop=True)


def frontier(df: pd.DataFrame, higher_is_better: bool = True) -> pd.DataFrame:
    """The state-of-the-art frontier: rows that set a new best at their date (running best).

    >>> df = pd.DataFrame({"date": pd.to_datetime(["2023-01-01", "2023-06-01", "2024-01-01"]),
    ...                    "value_norm": [50.0, 40.0, 70.0]})
    >>> frontier(df)["value_norm"].tolist()
    [50.0, 70.0]
    """
    df = df[df["date"].notna()].sort_values(["date", "value_norm"], ascending=[True, not higher_is_better])
    if df.empty:
        return df
    running = df["value_norm"].cummax() if higher_is_better else df["value_norm"].cummin()
    is_new = df["value_norm"] == running
    prev = running.shift(1)
    strictly = is_new & (prev.isna() | (df["value_norm"] != prev))
    return df[strictly].reset_index(drop=True)


def conflicts(df: pd.DataFrame, min_spread: float = 0.0) -> pd.DataFrame:
    """Results where the same model, benchmark, metric, kind and setting is reported differently.

    A report is one sentence (paper and evidence offset). Two reports disagree when they share no
    value; a group is in conflict when two of its reports disagree, so the before/after pair of one
    sentence, or a sentence that repeats another's value next to a second one, is not a conflict.
    Returns the rows of the disagreeing reports with the group's spread (the largest gap between two
    disagreeing reports, measured between their closest values, rounded to what was reported) and its
    number of reports.

    >>> df = pd.DataFrame({"model_key": ["a"] * 4 + ["b"] * 2, "benchmark": ["X"] * 6, "metric": ["acc"] * 6,
    ...                    "kind": ["score"] * 6, "setting": [None] * 6,
    ...                    "value_norm": [80.0, 82.3, 80.0, 60.0, 70.1, 75.3], "id": [1, 2, 3, 4, 5, 6],
    ...                    "paper_id": [1, 2, 3, 3, 4, 4], "start": [0, 0, 0, 0, 9, 9]})
    >>> out = conflicts(df)
    >>> out["id"].tolist(), set(out["spread"]), set(out["reports"])
    ([2, 1, 3, 4], {2.3}, {3})
    """
    df = df[df["model_key"].notna()].copy()
    empty = df.iloc[:0].assign(spread=pd.Series(dtype=float), reports=pd.Series(dtype=int))
    if df.empty:
        return empty
    keys = ["model_key", "benchmark", "metric_group", "kind", "setting_group"]
    df["metric_group"] = df["metric"].fillna("")
    df["setting_group"] = df["setting"].fillna("") if "setting" in df.columns else ""
    df["report"] = list(zip(df["paper_id"], df["start"], strict=True)) if "start" in df.columns else df["id"]
    grouped = df.groupby(keys)
    candidates = df[(grouped["value_norm"].transform("nunique") > 1) & (grouped["report"].transform("nunique") > 1)]
    keep: list[int] = []
    spreads: list[float] = []
    for _key, g in candidates.groupby(keys, sort=False):
        reports = list(g.groupby("report", sort=False)["value_norm"].agg(frozenset).items())
        disagreeing: set[object] = set()
        spread = 0.0
        for i, (r, v) in enumerate(reports):
            for r2, v2 in reports[i + 1:]:
                if not v & v2:
                    disagreeing |= {r, r2}
                    spread = max(spread, min(abs(a - b) for a in v for b in v2))
        rows = g.index[g["report"].isin(disagreeing)]
        keep.extend(rows)
        spreads.extend([spread] * len(rows))
    out = df.loc[keep].assign(spread=pd.Series(spreads, index=keep, dtype=float).round(6))
    if out.empty:
        return empty
    out["reports"] = out.groupby(keys)["report"].transform("nunique").astype(int)
    out = out[out["spread"] > min_spread]
    return out.drop(columns=["metric_group", "setting_group", "report"]).sort_values(
        ["spread", "model_key", "benchmark", "value_norm"], ascending=[False, True, True, False]
    ).reset_index(drop=True)
