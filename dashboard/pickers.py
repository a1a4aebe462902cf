"""Sidebar pickers shared by the pages: the benchmarks that have results, and what a board ranks (benchmark,
metric, settings besides the standard, baselines)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import streamlit as st

from db import boards, standard

from . import data, params
from .holdings import UNTRUSTED
from .widgets import empty_database

ALL_METRICS = "all metrics"
NOT_STATED = "(not stated)"


def untrusted_toggle(prefix: str) -> bool:
    """The toggle that shows every row, not only the trusted and reviewed ones (URL parameter `untrusted`)."""
    return st.toggle(UNTRUSTED, value=params.flag("untrusted", False), key=f"{prefix}_untrusted",
                     help="Off: the rows whose confidence reaches the trust threshold and those a reviewer verified "
                          "or corrected. On: every row but those a reviewer rejected.")


def benchmarks_with_results(url: str, stamp: tuple[int, int, int]) -> list[str]:
    """Names of the benchmarks that have results; stops the page with the ingest hint when there are none."""
    benches = data.benchmarks(url, stamp)
    names = benches.loc[benches["results"] > 0, "benchmark"].tolist()
    if not names:
        empty_database()
    return names


def metric_label(metric: str | None) -> str:
    """The metric as the picker shows it (None: every metric; "": results that state none)."""
    return ALL_METRICS if metric is None else (metric or NOT_STATED)


def standard_label(benchmark: str) -> str:
    """The picker's first choice: the benchmark's standard metric."""
    spec = boards.entry(benchmark)
    return f"standard: {spec.standard_metric}" if spec and spec.standard_metric else "standard metric"


@dataclass(frozen=True)
class Choice:
    """What the sidebar asked for: the board, and the values its URL parameters keep."""

    board: boards.Board
    held: Any  # the benchmark's holdings (`boards.holdings`)
    metric_param: str | None  # None: the standard metric
    kinds: tuple[str, ...]  # setting kinds ranked besides the standard


def board_picker(url: str, stamp: tuple[int, int, int], names: list[str], prefix: str,
                 baselines: bool | None = False) -> Choice:
    """Benchmark, metric, other settings, (unless `baselines` is None) a baselines toggle and the untrusted rows'
    toggle, their state from the URL (benchmark, metric, settings, baselines, untrusted); returns the board of
    scores they ask for.

    The metric is the benchmark's standard one unless another is picked; settings other than the standard
    (pass@k > 1, voting, shot counts, CoT, ...) are ranked only when picked.
    """
    benchmark = st.selectbox("Benchmark", names, index=params.option("benchmark", names, "benchmark"),
                             key=f"{prefix}_benchmark")
    held = data.holdings(url, stamp, benchmark)
    labels = [standard_label(benchmark), ALL_METRICS] + [metric_label(m) for m in boards.metric_choices(held)]
    label = st.selectbox("Metric", labels, index=params.option("metric", labels, f"metric of {benchmark}"),
                         key=f"{prefix}_metric", help="A result that states no metric, or a spelling of the "
                         "standard one, counts as the standard metric.")
    present = boards.kinds_held(held, benchmark)
    kinds = st.multiselect("Also rank these settings", present, format_func=lambda k: standard.SETTING_KINDS[k],
                           default=params.subset("settings", present, "settings", len(present)),
                           key=f"{prefix}_settings", select_all=False,
                           help=f"The standard setting of {benchmark}: {boards.standard_of(benchmark)}. A result "
                                "that states no setting counts as standard.")
    with_baselines = True if baselines is None else st.toggle(
        "Include numbers quoted for baselines", value=params.flag("baselines", baselines), key=f"{prefix}_baselines")
    untrusted = untrusted_toggle(prefix)
    every = label == ALL_METRICS
    metric = None if label in (labels[0], ALL_METRICS) else ("" if label == NOT_STATED else label)
    board = boards.board_of(held, benchmark, "score", metric, every, kinds, with_baselines, untrusted=untrusted)
    return Choice(board, held, None if label == labels[0] else label, tuple(kinds))
