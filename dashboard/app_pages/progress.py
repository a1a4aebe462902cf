"""Progress: every reported score over time, with the state-of-the-art frontier."""

import streamlit as st

from dashboard import charts, data, display, holdings, params
from dashboard.pickers import benchmark_and_metric, benchmarks_with_results
from dashboard.widgets import chart_downloads, offers, table, table_downloads

url, stamp = data.current()
names = benchmarks_with_results(url, stamp)

st.title("Progress")
with st.sidebar:
    benchmark, metric, label = benchmark_and_metric(url, stamp, names, "prog")
params.write(benchmark=benchmark, metric=None if metric is None else label)

points, sota = data.progress(url, stamp, benchmark, metric)
if points.empty:
    held = data.holdings(url, stamp, benchmark)
    st.info("No score here comes from a dated paper (dates come from arXiv listings; Hugging Face pages and "
            f"'Abstract:' dumps carry none). {holdings.summary(held, benchmark)}")
    offers(holdings.progress_offers(held, benchmark, metric), "prog_offer")
    st.stop()
higher = data.higher_is_better(url, benchmark)
st.caption(f"{len(points)} dated scores on {benchmark}: circles are the papers' own results, triangles numbers "
           f"they quote for baselines; the red step line is the best score reported up to each date "
           f"({'higher' if higher else 'lower'} is better). Papers without a date are not shown.")
chart = charts.progress_chart(points, sota, benchmark)
st.altair_chart(chart, width="stretch")
chart_downloads(chart, f"progress-{benchmark}", "prog_chart", url.rsplit("/", 1)[-1])
st.subheader("State of the art over time")
front = display.table(sota, ["date", "model", "value", "unit", "metric", "role", "paper", "arxiv", "evidence"])
table(front, "prog_table")
table_downloads(front, f"sota-{benchmark}", "prog_dl")
