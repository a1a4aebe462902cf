"""Explore: every result, every filter; the current view is what gets downloaded."""

import datetime as dt

import streamlit as st

from dashboard import data
from dashboard.pickers import benchmarks_with_results
from dashboard.widgets import no_match, param, set_params, table_downloads
from db.queries import ResultFilter

url, stamp = data.current()
names = benchmarks_with_results(url, stamp)


def _float(name: str) -> float | None:
    try:
        return float(param(name)) if param(name) is not None else None
    except ValueError:
        st.warning(f"Ignored the URL's {name}: not a number.")
        return None


def _date(name: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(param(name)) if param(name) else None
    except ValueError:
        st.warning(f"Ignored the URL's {name}: not a date (YYYY-MM-DD).")
        return None


st.title("Explore")
kinds = ["all", "score", "delta"]
roles = ["all", "own", "baseline"]
with st.sidebar:
    chosen = st.multiselect("Benchmarks", names, key="ex_benchmarks",
                            default=[b for b in str(param("benchmarks", "")).split(",") if b in names])
    kind = st.selectbox("Kind", kinds, index=kinds.index(param("kind")) if param("kind") in kinds else 0, key="ex_kind")
    metric = st.text_input("Metric (exact)", value=str(param("metric", ""))[:64], key="ex_metric", max_chars=64)
    model = st.text_input("Model contains", value=str(param("model", ""))[:100], key="ex_model", max_chars=100)
    paper = st.text_input("Paper title or arXiv id contains", value=str(param("paper", ""))[:200], key="ex_paper",
                          max_chars=200)
    source = st.text_input("Source file contains", value=str(param("source", ""))[:200], key="ex_source",
                           max_chars=200)
    role = st.selectbox("Whose number", roles, index=roles.index(param("role")) if param("role") in roles else 0,
                        key="ex_role")
    c1, c2 = st.columns(2)
    date_from = c1.date_input("From", value=_date("from"), key="ex_from")
    date_to = c2.date_input("To", value=_date("to"), key="ex_to")
    c3, c4 = st.columns(2)
    vmin = c3.number_input("Value ≥", value=_float("min"), key="ex_min")
    vmax = c4.number_input("Value ≤", value=_float("max"), key="ex_max")
set_params(benchmarks=chosen, kind=None if kind == "all" else kind, metric=metric or None, model=model or None,
           paper=paper or None, source=source or None, role=None if role == "all" else role,
           **{"from": date_from.isoformat() if isinstance(date_from, dt.date) else None,
              "to": date_to.isoformat() if isinstance(date_to, dt.date) else None},
           min=vmin, max=vmax)

f = ResultFilter(
    benchmarks=tuple(chosen), kind=None if kind == "all" else kind, metric=metric.strip() or None,
    model=model.strip() or None, paper=paper.strip() or None, source=source.strip() or None,
    role=None if role == "all" else role,
    date_from=date_from if isinstance(date_from, dt.date) else None,
    date_to=date_to if isinstance(date_to, dt.date) else None, value_min=vmin, value_max=vmax,
)
SHOWN = 5000
total = data.count_results(url, stamp, f)
if total == 0:
    no_match()
rows = data.results(url, stamp, ResultFilter(**{**f.__dict__, "limit": SHOWN}))
view = rows[["benchmark", "model", "metric", "value", "unit", "kind", "qualifier", "role", "setting", "title",
             "arxiv_id", "date", "evidence"]]
st.caption(f"{total:,} results" + (f" (the first {SHOWN:,} shown; downloads hold all)" if total > SHOWN else ""))
st.dataframe(view, hide_index=True, width="stretch", key="ex_table",
             column_config={"title": "paper", "date": st.column_config.DateColumn("date")})
table_downloads(lambda: data.results(url, stamp, f) if total > SHOWN else rows, "benchboard-results", "ex_dl")
