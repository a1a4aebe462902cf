"""Progress: every reported score over time, with the state-of-the-art frontier."""

import streamlit as st

from dashboard import charts, data
from dashboard.widgets import chart_downloads, choice, empty_database, no_match, param, set_params, table_downloads

url, stamp = data.current()
benches = data.benchmarks(url, stamp)
benches = benches[benches["results"] > 0]
if benches.empty:
    empty_database()

st.title("Progress")
names = benches["benchmark"].tolist()
with st.sidebar:
    benchmark = st.selectbox("Benchmark", names, index=choice(names, param("benchmark"), "benchmark"),
                             key="prog_benchmark")
    metrics = data.metrics_for(url, stamp, benchmark, "score")
    labels = ["all metrics"] + [m or "(not stated)" for m in metrics]
    wanted = param("metric")
    label = st.selectbox("Metric", labels, index=choice(labels, wanted, "metric") if wanted else 0, key="prog_metric")
set_params(benchmark=benchmark, metric=None if label == "all metrics" else label)
metric = None if label == "all metrics" else ("" if label == "(not stated)" else label)

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
