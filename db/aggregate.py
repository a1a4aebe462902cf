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

    A report is one sentence (paper and evidence offset). A sentence that gives one model several
    values for the same benchmark, metric and setting (a before/after pair, two backbones) is
    ambiguous and never part of a conflict; a group is in conflict when its other reports carry
    different values. Returns the rows of those reports with the group's spread (largest minus
    smallest value, rounded to what was reported) and its number of reports.

    >>> df = pd.DataFrame({"model_key": ["a"] * 4 + ["b"] * 2, "benchmark": ["X"] * 6, "metric": ["acc"] * 6,
    ...                    "kind": ["score"] * 6, "setting": [None] * 6,
    ...                    "value_norm": [80.0, 82.3, 60.0, 75.3, 70.1, 75.3], "id": [1, 2, 3, 4, 5, 6],
    ...                    "paper_id": [1, 2, 3, 3, 4, 4], "start": [0, 0, 0, 0, 9, 9]})
    >>> out = conflicts(df)
    >>> out["id"].tolist(), set(out["spread"]), set(out["reports"])
    ([2, 1], {2.3}, {2})
    """
    df = df[df["model_key"].notna()]
    if df.empty:
        return df.assign(spread=pd.Series(dtype=float), reports=pd.Series(dtype=int))
    keys = [df["model_key"], df["benchmark"], df["metric"].fillna(""), df["kind"],
            df["setting"].fillna("") if "setting" in df.columns else pd.Series("", index=df.index)]
    df = df.assign(group=df.groupby(keys, sort=False).ngroup(),  # one integer per key: cheap to group again
                   sentence=df["start"] if "start" in df.columns else df["id"])
    report = df.groupby(["group", "paper_id", "sentence"], sort=False)["value_norm"]
    single = df[report.transform("max") == report.transform("min")]
    values = single.groupby("group", sort=False)["value_norm"]
    reports = single.drop_duplicates(["group", "paper_id", "sentence"])["group"].value_counts()
    out = single.assign(spread=(values.transform("max") - values.transform("min")).round(6),
                        reports=single["group"].map(reports).astype(int))
    out = out[out["spread"] > max(min_spread, 0.0)]  # a positive spread: two different values
    return out.drop(columns=["group", "sentence"]).sort_values(
        ["spread", "model_key", "benchmark", "value_norm"], ascending=[False, True, True, False]
    ).reset_index(drop=True)
