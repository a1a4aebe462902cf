"""What the database holds for a benchmark, said in words, and what a page can offer instead of an
empty view (other metrics, baselines, deltas, the unnamed scores in Explore).

Pure functions over the frame of `queries.holdings` (kind, role, metric, results, named, dated);
the pages turn each `Offer` into a button or a link.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

NOT_STATED = "(not stated)"
MAX_METRICS = 4  # other metrics offered at most


@dataclass(frozen=True)
class Offer:
    """One way to a non-empty view: set the widget `key` to `value`, or open `page` with `query`."""

    label: str
    key: str | None = None
    value: object = None
    page: str | None = None
    query: tuple[tuple[str, str], ...] = ()


def _n(count: int, one: str, many: str | None = None) -> str:
    """A count with its noun.

    >>> _n(1, "score"), _n(3, "score")
    ('1 score', '3 scores')
    """
    return f"{count} {one if count == 1 else (many or one + 's')}"


def _metric(df: pd.DataFrame, metric: str | None) -> pd.DataFrame:
    return df if metric is None else df[df["metric"] == metric]


def summary(h: pd.DataFrame, benchmark: str) -> str:
    """One sentence on what is stored for a benchmark.

    >>> h = pd.DataFrame({"kind": ["score", "delta"], "role": ["own", "own"], "metric": ["", "nDCG@10"],
    ...                   "results": [2, 1], "named": [1, 1], "dated": [0, 1]})
    >>> summary(h, "MTEB")  # doctest: +NORMALIZE_WHITESPACE
    'The database holds 3 results for MTEB: 2 scores (1 naming a model, 0 from a dated paper)
     and 1 reported improvement (delta).'
    """
    scores, deltas = h[h["kind"] == "score"], h[h["kind"] == "delta"]
    n_scores, n_deltas = int(scores["results"].sum()), int(deltas["results"].sum())
    parts = []
    if n_scores:
        detail = [f"{int(scores['named'].sum())} naming a model"]
        if int(scores["dated"].sum()) < n_scores:
            detail.append(f"{int(scores['dated'].sum())} from a dated paper")
        baselines = int(scores.loc[scores["role"] == "baseline", "results"].sum())
        if baselines:
            detail.append(f"{baselines} quoted for baselines")
        parts.append(f"{_n(n_scores, 'score')} ({', '.join(detail)})")
    if n_deltas:
        parts.append(_n(n_deltas, "reported improvement (delta)", "reported improvements (deltas)"))
    total = n_scores + n_deltas
    return f"The database holds {_n(total, 'result')} for {benchmark}: {' and '.join(parts) or 'nothing'}."


def leaderboard_offers(h: pd.DataFrame, benchmark: str, metric: str | None, baselines: bool,
                       deltas_shown: bool) -> list[Offer]:
    """What to show instead of an empty leaderboard (widget keys of the Leaderboard page).

    >>> h = pd.DataFrame({"kind": ["score", "score", "delta"], "role": ["baseline", "own", "own"],
    ...                   "metric": ["accuracy", "", ""], "results": [3, 2, 1], "named": [3, 0, 1],
    ...                   "dated": [3, 2, 1]})
    >>> for offer in leaderboard_offers(h, "X", "accuracy", False, False):
    ...     print(offer.label)
    Include numbers quoted for baselines (3 scores)
    Show the 1 reported improvement
    See the 2 scores without a model in Explore
    """
    scores = h[(h["kind"] == "score") & (h["named"] > 0)]
    offers = []
    if not baselines:
        quoted = int(_metric(scores[scores["role"] == "baseline"], metric)["named"].sum())
        if quoted:
            offers.append(Offer(f"Include numbers quoted for baselines ({_n(quoted, 'score')})", "lb_baselines", True))
    usable = scores if baselines else scores[scores["role"] == "own"]
    by_metric = usable.groupby("metric")["named"].sum().sort_values(ascending=False)
    others = [(m, int(n)) for m, n in by_metric.items() if m != metric]
    if metric is not None and len(others) > 1:
        offers.append(Offer(f"All metrics ({_n(int(by_metric.sum()), 'score')})", "lb_metric", "all metrics"))
    for m, n in others[:MAX_METRICS]:
        label = m or NOT_STATED
        offers.append(Offer(f"Metric {label} ({_n(n, 'score')})", "lb_metric", label))
    n_deltas = int(h.loc[(h["kind"] == "delta") & (h["named"] > 0), "named"].sum())
    if n_deltas and not deltas_shown:
        offers.append(Offer(f"Show the {_n(n_deltas, 'reported improvement')}", "lb_deltas", True))
    unnamed = int((h.loc[h["kind"] == "score", "results"] - h.loc[h["kind"] == "score", "named"]).sum())
    if unnamed:
        offers.append(Offer(f"See the {_n(unnamed, 'score')} without a model in Explore", page="app_pages/explore.py",
                            query=(("benchmarks", benchmark), ("kind", "score"))))
    return offers


def progress_offers(h: pd.DataFrame, benchmark: str, metric: str | None) -> list[Offer]:
    """What to show instead of an empty Progress chart: other metrics with dated scores, or Explore.

    >>> h = pd.DataFrame({"kind": ["score", "score"], "role": ["own", "own"], "metric": ["accuracy", ""],
    ...                   "results": [3, 2], "named": [3, 0], "dated": [0, 2]})
    >>> [o.label for o in progress_offers(h, "X", "accuracy")]
    ['Metric (not stated) (2 dated scores)', 'See the 3 undated scores in Explore']
    """
    scores = h[h["kind"] == "score"]
    by_metric = scores.groupby("metric")["dated"].sum().sort_values(ascending=False)
    offers = [Offer(f"Metric {m or NOT_STATED} ({_n(int(n), 'dated score')})", "prog_metric", m or NOT_STATED)
              for m, n in by_metric.items() if n and m != metric][:MAX_METRICS]
    selected = _metric(scores, metric)
    undated = int((selected["results"] - selected["dated"]).sum())
    if undated:
        offers.append(Offer(f"See the {_n(undated, 'undated score')} in Explore", page="app_pages/explore.py",
                            query=(("benchmarks", benchmark), ("kind", "score"))))
    return offers
