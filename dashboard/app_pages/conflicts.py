"""Conflicts: the same model, benchmark, metric and setting reported differently, side by side."""

import pandas as pd
import streamlit as st

from dashboard import charts, data, display, params
from dashboard.pickers import benchmarks_with_results
from dashboard.widgets import arxiv_link, as_extracted, chart_downloads, plain, table, table_downloads

SHOWN = 30
url, stamp = data.current()
names = benchmarks_with_results(url, stamp)

st.title("Conflicts")
st.caption("The same model, benchmark, metric, kind and setting reported with different values by different "
           "papers or sentences. A sentence that gives one model several values (a before/after pair, two "
           "backbones) is ambiguous and left out. Differences can be real (versions, backbones, harnesses) or "
           "extraction errors: the evidence decides.")
options = ["all benchmarks", *names]
with st.sidebar:
    label = st.selectbox("Benchmark", options, index=params.option("benchmark", options, "benchmark"),
                         key="cf_benchmark")
    spread = st.number_input("Minimum spread", min_value=0.0, max_value=100.0,
                             value=params.number("spread", 0.0, 100.0) or 0.0, step=0.5, key="cf_spread")
benchmark = None if label == "all benchmarks" else label
params.write(benchmark=benchmark, spread=display.number(spread) if spread else None)

rows = data.conflicts(url, stamp, benchmark, spread)
if rows.empty:
    st.info("No conflicting reports with these filters.")
    st.stop()
summary = data.conflict_summary(url, stamp, benchmark, spread)
st.subheader(f"{len(summary)} conflicting groups")
table(display.table(summary, ["model", "benchmark", "metric", "kind", "setting", "values", "spread", "reports"]),
      "cf_summary")
as_extracted(rows, "cf_extracted")
table_downloads(rows.drop(columns=["abstract_start"]), "conflicts", "cf_dl")
chart = charts.conflict_strip(rows.head(400))
st.altair_chart(chart, width="stretch")
chart_downloads(chart, "conflicts", "cf_chart", url.rsplit("/", 1)[-1])

st.subheader("Evidence side by side")
group = display.CONFLICT_GROUP
rows = rows.assign(metric=rows["metric"].fillna(""), setting=rows["setting"].fillna(""))
widest = rows[pd.MultiIndex.from_frame(rows[group]).isin(pd.MultiIndex.from_frame(summary[group].head(SHOWN)))]
for i, ((_key, bench, metric, kind, setting), g) in enumerate(widest.groupby(group, sort=False)):
    title = " · ".join([plain(g["model"].iloc[0]), bench, plain(metric) or "metric not stated", kind,
                        *([plain(setting)] if setting else [])])
    with st.expander(f"{title} (spread {display.number(g['spread'].iloc[0])})", expanded=i < 3):
        reports = g.drop_duplicates(["paper_id", "start"]).head(4)  # one value per report
        for col, r in zip(st.columns(len(reports)), reports.itertuples(), strict=True):
            col.metric(plain(display.paper_name(r.title, r.abstract_start)[:80]), display.with_unit(r.value, r.unit))
            if link := arxiv_link(r.arxiv_id):
                col.caption(link)
            col.text(r.evidence)
if len(summary) > SHOWN:
    st.caption(f"Showing the {SHOWN} widest conflicts; download the table for all.")
