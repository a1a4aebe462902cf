"""Explore: every result, every filter; the current view is what gets downloaded."""

import datetime as dt

import streamlit as st

from dashboard import data, display, labels, params
from dashboard.pickers import benchmarks_with_results
from dashboard.widgets import as_extracted, no_match, plain, table, table_downloads
from db.queries import ResultFilter

SHOWN = 5000
KINDS = ["all", "score", "delta"]
ROLES = ["all", "own", "baseline"]
SCOPES = ["all", "full", "subset", "joint"]
url, stamp = data.current()
names = benchmarks_with_results(url, stamp)

st.title("Explore")
days = {"min_value": params.FIRST_DAY, "max_value": params.LAST_DAY}
with st.sidebar:
    chosen = st.multiselect("Benchmarks", names, key="ex_benchmarks", select_all=False,
                            default=params.subset("benchmarks", names, "benchmarks", len(names)))
    kind = st.selectbox("Kind", KINDS, index=params.option("kind", KINDS, "kind"), key="ex_kind")
    metric = st.text_input("Metric (exact)", value=params.text("metric", 64), key="ex_metric", max_chars=64)
    model = st.text_input("Model contains", value=params.text("model", 100), key="ex_model", max_chars=100)
    paper = st.text_input("Paper title or arXiv id contains", value=params.text("paper", 200), key="ex_paper",
                          max_chars=200)
    source = st.text_input("Source file contains", value=params.text("source", 200), key="ex_source", max_chars=200)
    role = st.selectbox("Whose number", ROLES, index=params.option("role", ROLES, "role"), key="ex_role")
    scope = st.selectbox("Scope", SCOPES, index=params.option("scope", SCOPES, "scope"), key="ex_scope",
                         help="full: the whole benchmark; subset: a named part of it; joint: one number for "
                              "several benchmarks. Only full values are ranked on the leaderboards.")
    c1, c2 = st.columns(2)
    date_from = c1.date_input("From", value=params.day("from"), key="ex_from", **days)
    date_to = c2.date_input("To", value=params.day("to"), key="ex_to", **days)
    c3, c4 = st.columns(2)
    vmin = c3.number_input("Value ≥", value=params.number("min"), key="ex_min")
    vmax = c4.number_input("Value ≤", value=params.number("max"), key="ex_max")
date_from = date_from if isinstance(date_from, dt.date) else None
date_to = date_to if isinstance(date_to, dt.date) else None
params.write(benchmarks=chosen, kind=None if kind == "all" else kind, metric=metric or None, model=model or None,
             paper=paper or None, source=source or None, role=None if role == "all" else role,
             scope=None if scope == "all" else scope,
             **{"from": date_from.isoformat() if date_from else None, "to": date_to.isoformat() if date_to else None},
             min=display.number(vmin) or None, max=display.number(vmax) or None)

f = ResultFilter(
    benchmarks=tuple(chosen), kind=None if kind == "all" else kind, metric=metric.strip() or None,
    model=model.strip() or None, paper=paper.strip() or None, source=source.strip() or None,
    role=None if role == "all" else role, scope=None if scope == "all" else scope, date_from=date_from,
    date_to=date_to, value_min=vmin, value_max=vmax,
)
total = data.count_results(url, stamp, f)
if total == 0:
    no_match()
rows = data.results(url, stamp, ResultFilter(**{**f.__dict__, "limit": SHOWN}))
st.caption(f"{total:,} results" + (f" (the first {SHOWN:,} shown; downloads hold all)" if total > SHOWN else ""))
table(labels.shown(rows, ["benchmark", "system", "backbone", "score", "as written", "metric", "kind", "qualifier",
                          "setting", "scope", "role", "confidence", "reviewed", "paper", "arxiv", "date", "evidence",
                          "how_linked", "how_named"]), "ex_table", score=st.column_config.NumberColumn("score (0-100)"),
      how_linked=st.column_config.TextColumn("how linked", help="The extractor rule that tied the number to its "
                                             "benchmark (purposes below)."),
      how_named=st.column_config.TextColumn("how named", help="The extractor rule that named its system."))
st.caption("Rules on this page: " + (plain(labels.rules_caption([*rows["how_linked"], *rows["how_named"]])) or
                                     "none recorded (results stored before rules had names)"))
as_extracted(rows, "ex_extracted")
table_downloads(lambda: data.results(url, stamp, f) if total > SHOWN else rows, "benchboard-results", "ex_dl")
