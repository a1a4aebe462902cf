"""Leaderboard: systems ranked by their best score on one benchmark, in its standard metric and setting."""

from dataclasses import replace

import streamlit as st

from dashboard import charts, data, holdings, labels, params
from dashboard.pickers import benchmarks_with_results, board_picker
from dashboard.widgets import (
    as_extracted,
    chart_downloads,
    highlighted,
    offers,
    paper_ref,
    plain,
    table,
    table_downloads,
)
from db.boards import Board

TOP = 15
SHOWN = 500  # systems in the table (the count of all is said)
CHANGES = ["absolute", "relative"]
COLUMNS = ["rank", "system", "backbone", "score", "as written", "metric", "setting", "scope", "role", "confidence",
           "reviewed", "paper", "arxiv", "date", "n_papers"]
url, stamp = data.current()
names = benchmarks_with_results(url, stamp)

st.title("Leaderboard")
with st.sidebar:
    choice = board_picker(url, stamp, names, "lb")
    top = st.slider("Systems in the chart", 5, 50, params.whole("top", TOP, 5, 50), key="lb_top")
    show_deltas = st.toggle("Show reported changes (deltas)", value=params.flag("deltas", False), key="lb_deltas")
    change = st.radio("Changes", CHANGES, horizontal=True, key="lb_change", disabled=not show_deltas,
                      index=params.option("change", CHANGES, "kind of change"),
                      help="Absolute changes (points) and relative ones (% of the old value) are never ranked "
                           "together.")
board = choice.board
benchmark = board.benchmark
params.write(benchmark=benchmark, metric=choice.metric_param, settings=list(choice.kinds),
             top=top if top != TOP else None, baselines="1" if board.baselines else None,
             untrusted="1" if board.untrusted else None, deltas="1" if show_deltas else None,
             change=change if change != "absolute" else None)

higher = data.higher_is_better(url, benchmark)
info = data.benchmarks(url, stamp).set_index("benchmark").loc[benchmark]
n = int(info["results"])
whose = "own results and the numbers they quote for baselines" if board.baselines else "own results"
st.caption(f"{plain(info['description'])} · {'higher' if higher else 'lower'} is better · "
           f"{n} result{'' if n == 1 else 's'}. Ranked by each system's best score on the full benchmark, on the "
           f"0-100 scale, from the papers' {whose}, in {'every metric' if board.metrics is None else 'the metric'} "
           "and settings picked in the sidebar, " + ("every row but those a reviewer rejected" if board.untrusted else
                                                      "trusted rows and those a reviewer verified") +
           ". Subsets and joint numbers are not ranked (see Explore); ranges are listed apart; changes (deltas) are "
           "never ranked with scores.")

ranked = data.leaderboard(url, stamp, board, SHOWN)
if ranked.empty:
    held = choice.held
    hidden = 0
    if not board.untrusted:  # every system the toggle would rank (`systems`), beyond the one row read
        every = data.leaderboard(url, stamp, replace(board, untrusted=True), 1)
        hidden = 0 if every.empty else int(every["systems"].iloc[0])
    st.info(f"No system has a score to rank here. {holdings.untrusted_note(hidden, 'system')} "
            f"{holdings.summary(held, benchmark)}")
    offers([*holdings.untrusted_offers(hidden, "lb_untrusted", "system"),
            *holdings.leaderboard_offers(held, benchmark, board, show_deltas)], "lb_offer")
else:
    unnamed = int(ranked["model_key"].map(labels.is_unnamed).sum())
    total = int(ranked["systems"].iloc[0])
    st.caption(f"{len(ranked)} of {total} systems shown" + (f" (the best {SHOWN}; downloads hold these)" if
                                                             total > len(ranked) else "")
               + f"; {unnamed} of them {'is an unnamed system' if unnamed == 1 else 'are unnamed systems'}: a "
                 "paper's own result whose text names no system, ranked under its paper (never merged with "
                 "another paper's).")
    shown = labels.shown(ranked, COLUMNS)
    table(shown, "lb_table", score=st.column_config.NumberColumn("score (0-100)"),
          n_papers=st.column_config.NumberColumn("papers reporting"))
    as_extracted(ranked, "lb_extracted")
    table_downloads(labels.downloadable(shown, ranked), f"leaderboard-{benchmark}", "lb_table_dl")

    who = shown["system"].tolist()
    pick = st.selectbox("Evidence for", range(len(who)), format_func=lambda i: who[i], key="lb_evidence")
    row = ranked.iloc[pick]
    st.markdown(highlighted(row["evidence"], [(row["value_start"] - row["start"], row["value_end"] - row["start"])]))
    st.caption(paper_ref(row["title"], row["arxiv_id"], row["abstract_start"]))

    chart = charts.leaderboard_bars(ranked.assign(model=who, written=shown["as written"]), benchmark, higher, top)
    st.altair_chart(chart, width="stretch")
    chart_downloads(chart, f"leaderboard-{benchmark}", "lb_chart", url.rsplit("/", 1)[-1])

spread = data.ranges(url, stamp, board)
if not spread.empty:
    st.subheader("Reported as a range (not ranked)")
    table(labels.shown(spread, ["system", "as written", "metric", "setting", "role", "confidence", "reviewed", "paper",
                                "arxiv", "evidence"]), "lb_ranges")

if show_deltas:
    relative = change == "relative"
    st.subheader(f"Reported {change} changes (deltas)")
    deltas = data.leaderboard(url, stamp, Board(benchmark, "delta", None, None, board.baselines, relative,
                                                board.untrusted), SHOWN)
    if deltas.empty:
        st.info(f"No {change} change reported on this benchmark.")
    else:
        dtable = labels.shown(deltas, ["rank", "system", "backbone", "score", "as written", "metric", "setting",
                                       "role", "confidence", "reviewed", "paper", "arxiv", "date", "evidence"])
        table(dtable, "lb_delta_table", score=st.column_config.NumberColumn(
            "change (% of the old value)" if relative else "change (points, 0-100 scale)"))
        st.caption("A decrease is negative. " + ("Relative changes are a share of the value before; they are "
                                                 "ranked apart from absolute ones." if relative else
                                                 "Absolute changes only; relative ones are ranked apart."))
        table_downloads(labels.downloadable(dtable, deltas), f"deltas-{benchmark}", "lb_delta_dl")
