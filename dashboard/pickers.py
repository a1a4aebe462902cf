"""Sidebar pickers shared by the pages: the benchmarks that have results, and benchmark + metric."""

from __future__ import annotations

import streamlit as st

from . import data, params
from .widgets import empty_database

ALL_METRICS = "all metrics"
NOT_STATED = "(not stated)"


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


def benchmark_and_metric(url: str, stamp: tuple[int, int, int], names: list[str],
                         prefix: str) -> tuple[str, str | None, str]:
    """Benchmark and metric selectboxes (state from the URL); returns (benchmark, metric, metric label).

    The metric is None for every metric and "" for results that state none.
    """
    benchmark = st.selectbox("Benchmark", names, index=params.option("benchmark", names, "benchmark"),
                             key=f"{prefix}_benchmark")
    labels = [ALL_METRICS] + [metric_label(m) for m in data.metrics_for(url, stamp, benchmark, "score")]
    label = st.selectbox("Metric", labels, index=params.option("metric", labels, f"metric of {benchmark}"),
                         key=f"{prefix}_metric")
    metric = None if label == ALL_METRICS else ("" if label == NOT_STATED else label)
    return benchmark, metric, label
