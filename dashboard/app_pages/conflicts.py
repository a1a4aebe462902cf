"""Conflicts: the same model and benchmark reported with different values, side by side."""

import streamlit as st

from dashboard import charts, data
from dashboard.pickers import benchmarks_with_results
from dashboard.widgets import chart_downloads, choice, param, set_params, table_downloads

url, stamp = data.current()
names = benchmarks_with_results(url, stamp)

st.title("Conflicts")
st.caption("The same model, benchmark, metric and kind reported with different values, by different papers "
           "or sentences. Differences can be real (settings, versions) or extraction errors: the evidence decides.")
options = ["all benchmarks", *names]
with st.sidebar:
    wanted = param("benchmark")
    label = st.selectbox("Benchmark", options, index=choice(options, wanted, "benchmark") if wanted else 0,
                         key="cf_benchmark")
    try:
        default_spread = float(param("spread", 0.0))
    except ValueError:
        default_spread = 0.0
    spread = st.number_input("Minimum spread", min_value=0.0, max_value=100.0,
                             value=min(max(default_spread, 0.0), 100.0),
                             step=0.5, key="cf_spread")
benchmark = None if label == "all benchmarks" else label
set_params(benchmark=benchmark, spread=spread or None)

rows = data.conflicts(url, stamp, benchmark, spread)
if rows.empty:
    st.info("No conflicting reports with these filters.")
    st.stop()
groups = rows.groupby(["model_key", "benchmark", "metric", "kind"], dropna=False, sort=False)
summary = groups.agg(model=("model", "first"), values=("value", lambda v: ", ".join(f"{x:g}" for x in v)),
                     spread=("spread", "first"), reports=("id", "count")).reset_index()
st.subheader(f"{len(summary)} conflicting groups")
st.dataframe(summary[["model", "benchmark", "metric", "kind", "values", "spread", "reports"]], hide_index=True,
             width="stretch", key="cf_summary")
table_downloads(rows, "conflicts", "cf_dl")
chart = charts.conflict_strip(rows.head(400))
st.altair_chart(chart, width="stretch")
chart_downloads(chart, "conflicts", "cf_chart", url.rsplit("/", 1)[-1])

st.subheader("Evidence side by side")
for i, ((_key, bench, metric, kind), g) in enumerate(groups):
    if i >= 30:
        st.caption("Showing the 30 widest conflicts; download the table for all.")
        break
    with st.expander(f"{g['model'].iloc[0]} · {bench} · {metric or 'metric not stated'} · {kind} "
                     f"(spread {g['spread'].iloc[0]:g})", expanded=i < 3):
        cols = st.columns(min(len(g), 4))
        for col, r in zip(cols, g.head(4).itertuples(), strict=False):
            col.metric(r.title[:60] if isinstance(r.title, str) else "untitled", f"{r.value:g}{r.unit or ''}")
            col.text(r.evidence)
