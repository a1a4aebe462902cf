"""Progress: every reported score over time, with the state-of-the-art frontier."""

from dataclasses import replace

import streamlit as st

from dashboard import charts, data, holdings, labels, params
from dashboard.pickers import benchmarks_with_results, board_picker
from dashboard.widgets import as_extracted, chart_downloads, offers, table, table_downloads

url, stamp = data.current()
names = benchmarks_with_results(url, stamp)

st.title("Progress")
with st.sidebar:
    choice = board_picker(url, stamp, names, "prog", baselines=None)
board = choice.board
benchmark = board.benchmark
params.write(benchmark=benchmark, metric=choice.metric_param, settings=list(choice.kinds),
             untrusted="1" if board.untrusted else None)

points, sota = data.progress(url, stamp, board)
if points.empty:
    held = choice.held
    hidden = 0 if board.untrusted else len(data.progress(url, stamp, replace(board, untrusted=True))[0])
    why = holdings.untrusted_note(hidden, "dated score") if hidden else (
        "No score here comes from a dated paper (dates come from arXiv listings; Hugging Face pages and 'Abstract:' "
        "dumps carry none).")
    st.info(f"{why} {holdings.summary(held, benchmark)}")
    offers([*holdings.untrusted_offers(hidden, "prog_untrusted", "dated score"),
            *holdings.progress_offers(held, benchmark, board)], "prog_offer")
    st.stop()
higher = data.higher_is_better(url, benchmark)
st.caption(f"{len(points)} dated scores on the full {benchmark} benchmark, in the metric and settings picked in "
           "the sidebar (subsets, joint numbers and ranges are not charted): circles are the papers' own results, "
           "triangles numbers they quote for baselines; the red step line is the best score reported up to each "
           f"date ({'higher' if higher else 'lower'} is better), on the 0-100 scale. Papers without a date are not "
           "shown; " + ("nor are rows a reviewer rejected." if board.untrusted else "nor are untrusted rows no "
                                                                                   "reviewer verified."))
who = labels.shown(points, ["system", "as written"])
chart = charts.progress_chart(points.assign(model=who["system"].tolist(), written=who["as written"].tolist()),
                              sota.assign(model=labels.shown(sota, ["system"])["system"].tolist()), benchmark)
st.altair_chart(chart, width="stretch")
chart_downloads(chart, f"progress-{benchmark}", "prog_chart", url.rsplit("/", 1)[-1])
st.subheader("State of the art over time")
front = labels.shown(sota, ["date", "system", "backbone", "score", "as written", "metric", "setting", "scope", "role",
                            "confidence", "reviewed", "paper", "arxiv", "evidence"])
table(front, "prog_table", score=st.column_config.NumberColumn("score (0-100)"))
as_extracted(points, "prog_extracted")
table_downloads(labels.downloadable(front, sota), f"sota-{benchmark}", "prog_dl")
