"""Leaderboard: models ranked by their best reported score on one benchmark."""

import streamlit as st

from dashboard import charts, data, display, holdings, params
from dashboard.pickers import benchmark_and_metric, benchmarks_with_results
from dashboard.widgets import chart_downloads, highlighted, offers, paper_ref, plain, table, table_downloads

TOP = 15
url, stamp = data.current()
names = benchmarks_with_results(url, stamp)

st.title("Leaderboard")
with st.sidebar:
    benchmark, metric, metric_label = benchmark_and_metric(url, stamp, names, "lb")
    top = st.slider("Models in the chart", 5, 50, params.whole("top", TOP, 5, 50), key="lb_top")
    baselines = st.toggle("Include numbers quoted for baselines", value=params.flag("baselines", True),
                          key="lb_baselines")
    show_deltas = st.toggle("Show reported improvements (deltas)", value=params.flag("deltas", False), key="lb_deltas")
params.write(benchmark=benchmark, metric=None if metric is None else metric_label, top=top if top != TOP else None,
             baselines=None if baselines else "0", deltas="1" if show_deltas else None)

higher = data.higher_is_better(url, benchmark)
info = data.benchmarks(url, stamp).set_index("benchmark").loc[benchmark]
n = int(info["results"])
st.caption(f"{plain(info['description'])} · {'higher' if higher else 'lower'} is better · "
           f"{n} result{'' if n == 1 else 's'}. Ranked by each model's best reported score; "
           "improvements (deltas) are never ranked with scores.")

board = data.leaderboard(url, stamp, benchmark, metric, "score", baselines)
if board.empty:
    held = data.holdings(url, stamp, benchmark)
    st.info(f"No model has a score to rank here. {holdings.summary(held, benchmark)}")
    offers(holdings.leaderboard_offers(held, benchmark, metric, baselines, show_deltas), "lb_offer")
else:
    shown = display.table(board, ["rank", "model", "value", "unit", "metric", "qualifier", "setting", "role",
                                  "paper", "arxiv", "date", "n_papers"])
    table(shown, "lb_table", value=st.column_config.NumberColumn("score"),
          n_papers=st.column_config.NumberColumn("papers reporting"))
    table_downloads(shown, f"leaderboard-{benchmark}", "lb_table_dl")

    pick = st.selectbox("Evidence for", board["model"].tolist(), key="lb_evidence")
    row = board[board["model"] == pick].iloc[0]
    st.markdown(highlighted(row["evidence"], []))
    st.caption(paper_ref(row["title"], row["arxiv_id"], row["abstract_start"]))

    chart = charts.leaderboard_bars(board, benchmark, higher, top)
    st.altair_chart(chart, width="stretch")
    chart_downloads(chart, f"leaderboard-{benchmark}", "lb_chart", url.rsplit("/", 1)[-1])

if show_deltas:
    st.subheader("Reported improvements (deltas)")
    deltas = data.leaderboard(url, stamp, benchmark, None, "delta", baselines)
    if deltas.empty:
        st.info("No improvements reported on this benchmark.")
    else:
        dtable = display.table(deltas, ["rank", "model", "value", "unit", "metric", "qualifier", "role", "paper",
                                        "arxiv", "date", "evidence"])
        table(dtable, "lb_delta_table", value=st.column_config.NumberColumn("improvement"))
        table_downloads(dtable, f"deltas-{benchmark}", "lb_delta_dl")
