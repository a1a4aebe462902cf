"""What the database holds for a benchmark, said in words, and what a page can offer instead of an
empty view (baselines, other metrics or settings, deltas, the numbers no board ranks in Explore).

Pure functions over the frame of `boards.holdings` (kind, role, metric, setting, scope, ranged, relative,
results, named, dated); the pages turn each `Offer` into a button or a link.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import pandas as pd

from db import standard
from db.boards import Board, entry, rankable

NOT_STATED = "(not stated)"
MAX_METRICS = 4  # other metrics offered at most
EXPLORE = "app_pages/explore.py"
UNTRUSTED = "Include untrusted rows"  # the one toggle, on every page that ranks, for rows below the trust threshold


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


def _of(df: pd.DataFrame, column: str, values: Collection[str] | None) -> pd.DataFrame:
    return df if values is None else df[df[column].isin(values)]


def summary(h: pd.DataFrame, benchmark: str) -> str:
    """One sentence on what is stored for a benchmark.

    >>> h = pd.DataFrame({"kind": ["score", "score", "delta"], "role": ["own", "baseline", "own"],
    ...                   "metric": ["", "", "nDCG@10"], "setting": ["", "", ""], "scope": ["full", "joint", "full"],
    ...                   "ranged": [False] * 3, "relative": [False] * 3, "results": [2, 1, 1], "named": [1, 1, 1],
    ...                   "dated": [0, 0, 1]})
    >>> summary(h, "MTEB")  # doctest: +NORMALIZE_WHITESPACE
    'The database holds 4 results for MTEB: 3 scores (2 naming their system, 0 from a dated paper, 1 quoted
     for baselines, 1 on part of the benchmark or on several at once) and 1 reported change (delta).'
    """
    scores, deltas = h[h["kind"] == "score"], h[h["kind"] == "delta"]
    n_scores, n_deltas = int(scores["results"].sum()), int(deltas["results"].sum())
    parts = []
    if n_scores:
        detail = [f"{int(scores['named'].sum())} naming their system"]
        if int(scores["dated"].sum()) < n_scores:
            detail.append(f"{int(scores['dated'].sum())} from a dated paper")
        counts = [(int(scores.loc[scores["role"] == "baseline", "results"].sum()), "quoted for baselines"),
                  (int(scores.loc[scores["scope"] != "full", "results"].sum()),
                   "on part of the benchmark or on several at once"),
                  (int(scores.loc[scores["ranged"], "results"].sum()), "reported as a range")]
        detail += [f"{k} {what}" for k, what in counts if k]
        parts.append(f"{_n(n_scores, 'score')} ({', '.join(detail)})")
    if n_deltas:
        parts.append(_n(n_deltas, "reported change (delta)", "reported changes (deltas)"))
    total = n_scores + n_deltas
    return f"The database holds {_n(total, 'result')} for {benchmark}: {' and '.join(parts) or 'nothing'}."


def untrusted_note(hidden: int, what: str = "row") -> str:
    """What an empty view says of the rows the untrusted toggle would show.

    >>> untrusted_note(2, "system")
    "No trusted or reviewed row here; 'Include untrusted rows' shows 2 systems below the trust threshold."
    >>> untrusted_note(0)
    'No row here, trusted or not.'
    """
    if not hidden:
        return "No row here, trusted or not."
    return f"No trusted or reviewed row here; '{UNTRUSTED}' shows {_n(hidden, what)} below the trust threshold."


def untrusted_offers(hidden: int, key: str, what: str = "row") -> list[Offer]:
    """The toggle as an offer, when it would show something (`key`: the page's toggle)."""
    return [Offer(f"{UNTRUSTED} ({_n(hidden, what)})", key, True)] if hidden else []


def leaderboard_offers(h: pd.DataFrame, benchmark: str, board: Board, deltas_shown: bool) -> list[Offer]:
    """What to show instead of an empty leaderboard (widget keys of the Leaderboard page).

    >>> h = pd.DataFrame({"kind": ["score", "score", "score", "delta"], "role": ["baseline", "own", "own", "own"],
    ...                   "metric": ["accuracy", "exact match", "accuracy", ""], "setting": ["", "", "CoT", ""],
    ...                   "scope": ["full", "full", "full", "full"], "ranged": [False] * 4, "relative": [False] * 4,
    ...                   "results": [3, 2, 1, 1], "named": [3, 2, 1, 1], "dated": [3, 2, 1, 1]})
    >>> for offer in leaderboard_offers(h, "GSM8K", Board("GSM8K", metrics=("", "accuracy"), settings=("",)), False):
    ...     print(offer.label)
    Include numbers quoted for baselines (3 scores)
    Also rank chain-of-thought (CoT) (1 score)
    All metrics (3 scores)
    Metric exact match (2 scores)
    Show the 1 reported change
    """
    scores = rankable(h[(h["kind"] == "score") & ~h["relative"]])
    spec = entry(benchmark)
    offers = []
    mine = _of(_of(scores, "metric", board.metrics), "setting", board.settings)
    if not board.baselines:
        quoted = int(mine.loc[mine["role"] == "baseline", "results"].sum())
        if quoted:
            offers.append(Offer(f"Include numbers quoted for baselines ({_n(quoted, 'score')})", "lb_baselines", True))
    usable = scores if board.baselines else scores[scores["role"] == "own"]
    in_metric = _of(usable, "metric", board.metrics)
    for kind, label in standard.SETTING_KINDS.items():
        n = sum(int(k) for m, st, k in zip(in_metric["metric"], in_metric["setting"], in_metric["results"], strict=True)
                if kind in standard.setting_kinds(spec, str(m) or None, str(st) or None))
        if n:
            offers.append(Offer(f"Also rank {label} ({_n(n, 'score')})", "lb_settings", [kind]))
    by_metric = usable.groupby("metric")["results"].sum().sort_values(ascending=False, kind="stable")
    others = [(str(m), int(k)) for m, k in by_metric.items() if board.metrics is None or m not in board.metrics]
    if board.metrics is not None and others:
        offers.append(Offer(f"All metrics ({_n(int(by_metric.sum()), 'score')})", "lb_metric", "all metrics"))
    for m, k in others[:MAX_METRICS]:
        offers.append(Offer(f"Metric {m or NOT_STATED} ({_n(k, 'score')})", "lb_metric", m or NOT_STATED))
    n_deltas = int(rankable(h[h["kind"] == "delta"])["results"].sum())
    if n_deltas and not deltas_shown:
        offers.append(Offer(f"Show the {_n(n_deltas, 'reported change')}", "lb_deltas", True))
    unranked = int(h.loc[h["kind"] == "score", "results"].sum()) - int(scores["results"].sum())
    if unranked:
        offers.append(Offer(f"See the {_n(unranked, 'score')} no board ranks in Explore", page=EXPLORE,
                            query=(("benchmarks", benchmark), ("kind", "score"))))
    return offers


def progress_offers(h: pd.DataFrame, benchmark: str, board: Board) -> list[Offer]:
    """What to show instead of an empty Progress chart: other metrics with dated scores, or Explore.

    >>> h = pd.DataFrame({"kind": ["score", "score"], "role": ["own", "own"], "metric": ["accuracy", "pass@2"],
    ...                   "setting": ["", ""], "scope": ["full", "full"], "ranged": [False, False],
    ...                   "relative": [False, False], "results": [3, 2], "named": [3, 0], "dated": [0, 2]})
    >>> [o.label for o in progress_offers(h, "X", Board("X", metrics=("accuracy",), settings=("",)))]
    ['Metric pass@2 (2 dated scores)', 'See the 3 undated scores in Explore']
    """
    scores = h[(h["kind"] == "score") & (h["scope"] == "full") & ~h["ranged"]]
    by_metric = scores.groupby("metric")["dated"].sum().sort_values(ascending=False, kind="stable")
    offers = [Offer(f"Metric {m or NOT_STATED} ({_n(int(n), 'dated score')})", "prog_metric", m or NOT_STATED)
              for m, n in by_metric.items() if n and (board.metrics is None or m not in board.metrics)][:MAX_METRICS]
    selected = _of(scores, "metric", board.metrics)
    undated = int((selected["results"] - selected["dated"]).sum())
    if undated:
        offers.append(Offer(f"See the {_n(undated, 'undated score')} in Explore", page=EXPLORE,
                            query=(("benchmarks", benchmark), ("kind", "score"))))
    return offers
