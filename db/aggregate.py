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
    """Groups (model, benchmark, metric, kind) reported with different values.

    Returns one row per result in a conflicting group, with the group's spread.

    >>> df = pd.DataFrame({"model_key": ["a", "a", "b"], "benchmark": ["X"] * 3, "metric": ["acc"] * 3,
    ...                    "kind": ["score"] * 3, "value_norm": [80.0, 82.5, 90.0], "id": [1, 2, 3]})
    >>> conflicts(df)[["id", "spread"]].to_dict("records")
    [{'id': 2, 'spread': 2.5}, {'id': 1, 'spread': 2.5}]
    """
    df = df[df["model_key"].notna()].copy()
    if df.empty:
        return df.assign(spread=pd.Series(dtype=float), n_values=pd.Series(dtype=int))
    df["metric_group"] = df["metric"].fillna("")
    keys = ["model_key", "benchmark", "metric_group", "kind"]
    grouped = df.groupby(keys)["value_norm"]
    df["spread"] = grouped.transform("max") - grouped.transform("min")
    df["n_values"] = grouped.transform("nunique")
    out = df[(df["n_values"] > 1) & (df["spread"] > min_spread)]
    return out.drop(columns=["metric_group"]).sort_values(
        ["spread", "model_key", "benchmark", "value_norm"], ascending=[False, True, True, False]
    ).reset_index(drop=True)
