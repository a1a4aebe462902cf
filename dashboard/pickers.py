"""Sidebar pickers shared by the pages: the benchmarks that have results, and benchmark + metric."""

from __future__ import annotations

import streamlit as st

from . import data
from .widgets import choice, empty_database, param

ALL_METRICS = "all metrics"
NOT_STATED = "(not stated)"


def benchmarks_with_results(url: str, stamp: tuple[int, int, int]) -> list[str]:
    """Names of the benchmarks that have results; stops the page with the ingest hint when there are none."""
    benches = data.benchmarks(url, stamp)
    names = benches.loc[benches["results"] > 0, "benchmark"].tolist()
    if not names:
        empty_database()
    return names


def benchmark_and_metric(url: str, stamp: tuple[int, int, int], names: list[str],
                         prefix: str) -> tuple[str, str | None, str]:
    """Benchmark and metric selectboxes (state from the URL); returns (benchmark, metric, metric label).

    The metric is None for every metric and "" for results that state none.
    """
    benchmark = st.selectbox("Benchmark", names, index=choice(names, param("benchmark"), "benchmark"),
                             key=f"{prefix}_benchmark")
    labels = [ALL_METRICS] + [m or NOT_STATED for m in data.metrics_for(url, stamp, benchmark, "score")]
    wanted = param("metric")
    label = st.selectbox("Metric", labels, index=choice(labels, wanted, "metric") if wanted else 0,
                         key=f"{prefix}_metric")
    metric = None if label == ALL_METRICS else ("" if label == NOT_STATED else label)
    return benchmark, metric, label
