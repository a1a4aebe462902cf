"""Leaderboard: models ranked by their best reported score on one benchmark."""

import streamlit as st

from dashboard import charts, data
from dashboard.pickers import benchmark_and_metric, benchmarks_with_results
from dashboard.widgets import arxiv_url, chart_downloads, highlighted, no_match, param, set_params, table_downloads

url, stamp = data.current()
names = benchmarks_with_results(url, stamp)

st.title("Leaderboard")
with st.sidebar:
    benchmark, metric, metric_label = benchmark_and_metric(url, stamp, names, "lb")
    top = st.slider("Models in the chart", 5, 50, int(param("top", 15)) if str(param("top", 15)).isdigit() else 15,
                    key="lb_top")
    baselines = st.toggle("Include numbers quoted for baselines", value=param("baselines", "1") == "1",
                          key="lb_baselines")
    show_deltas = st.toggle("Show reported improvements (deltas)", value=param("deltas") == "1", key="lb_deltas")
set_params(benchmark=benchmark, metric=None if metric is None else metric_label, top=top if top != 15 else None,
           baselines=None if baselines else "0", deltas="1" if show_deltas else None)

higher = data.higher_is_better(url, benchmark)
info = data.benchmarks(url, stamp).set_index("benchmark").loc[benchmark]
st.caption(f"{info['description']} · {'higher' if higher else 'lower'} is better · "
           f"{info['results']} results. Ranked by each model's best reported score; "
           "improvements (deltas) are never ranked with scores.")

board = data.leaderboard(url, stamp, benchmark, metric, "score", baselines)
if board.empty:
    no_match("scores")
table = board.assign(arxiv=board["arxiv_id"].map(arxiv_url))[
    ["rank", "model", "value", "unit", "metric", "qualifier", "title", "arxiv", "date", "n_papers", "role"]]
st.dataframe(
    table, hide_index=True, width="stretch", key="lb_table",
    column_config={
        "value": st.column_config.NumberColumn("score"),
        "title": st.column_config.TextColumn("paper"),
        "arxiv": st.column_config.LinkColumn("arXiv", display_text=r"https://arxiv.org/abs/(.*)"),
        "date": st.column_config.DateColumn("date"),
        "n_papers": st.column_config.NumberColumn("papers reporting"),
    },
)
table_downloads(table, f"leaderboard-{benchmark}", "lb_table_dl")

pick = st.selectbox("Evidence for", board["model"].tolist(), key="lb_evidence")
row = board[board["model"] == pick].iloc[0]
st.markdown(highlighted(row["evidence"], []))
st.caption(f"{row['title'] or 'untitled paper'}" + (f" · arXiv {row['arxiv_id']}" if row["arxiv_id"] else ""))

chart = charts.leaderboard_bars(board, benchmark, higher, top)
st.altair_chart(chart, width="stretch")
chart_downloads(chart, f"leaderboard-{benchmark}", "lb_chart", url.rsplit("/", 1)[-1])

if show_deltas:
    st.subheader("Reported improvements (deltas)")
    deltas = data.leaderboard(url, stamp, benchmark, None, "delta", baselines)
    if deltas.empty:
        st.info("No improvements reported on this benchmark.")
    else:
        dtable = deltas[["rank", "model", "value", "unit", "metric", "qualifier", "title", "date", "evidence"]]
        st.dataframe(dtable, hide_index=True, width="stretch", key="lb_delta_table")
        table_downloads(dtable, f"deltas-{benchmark}", "lb_delta_dl")
