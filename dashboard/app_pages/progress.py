"""Progress: every reported score over time, with the state-of-the-art frontier."""

import streamlit as st

from dashboard import charts, data
from dashboard.pickers import benchmark_and_metric, benchmarks_with_results
from dashboard.widgets import chart_downloads, no_match, set_params, table_downloads

url, stamp = data.current()
names = benchmarks_with_results(url, stamp)

st.title("Progress")
with st.sidebar:
    benchmark, metric, label = benchmark_and_metric(url, stamp, names, "prog")
set_params(benchmark=benchmark, metric=None if metric is None else label)

points, sota = data.progress(url, stamp, benchmark, metric)
if points.empty:
    no_match("dated scores")
higher = data.higher_is_better(url, benchmark)
st.caption(f"{len(points)} dated scores on {benchmark}; the red step line is the best score reported up to "
           f"each date ({'higher' if higher else 'lower'} is better). Papers without a date are not shown.")
chart = charts.progress_chart(points, sota, benchmark)
st.altair_chart(chart, width="stretch")
chart_downloads(chart, f"progress-{benchmark}", "prog_chart", url.rsplit("/", 1)[-1])
st.subheader("State of the art over time")
front = sota[["date", "model", "value", "unit", "metric", "title", "arxiv_id", "evidence"]]
st.dataframe(front, hide_index=True, width="stretch", key="prog_table",
             column_config={"date": st.column_config.DateColumn("date"), "title": "paper"})
table_downloads(front, f"sota-{benchmark}", "prog_dl")
