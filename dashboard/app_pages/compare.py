"""Compare: chosen models across benchmarks, and chosen papers side by side."""

import streamlit as st

from dashboard import charts, data, display, holdings, labels, params
from dashboard.pickers import untrusted_toggle
from dashboard.widgets import as_extracted, chart_downloads, empty_database, offers, table, table_downloads
from db.queries import ResultFilter

MAX_MODELS = 8
KINDS = ["score", "delta"]
url, stamp = data.current()
models = data.models(url, stamp)
if models.empty:
    empty_database()

st.title("Compare")
label = dict(zip(models["model_key"], models["model"] + "  (" + models["results"].astype(str) + ")", strict=True))
wanted = params.subset("models", list(label), "models", MAX_MODELS) or models["model_key"].head(3).tolist()
with st.sidebar:
    # Enter adds the best match only (no "select all matches")
    keys = st.multiselect("Models (type to search)", list(label), default=wanted, format_func=label.get,
                          max_selections=MAX_MODELS, select_all=False, key="cmp_models")
    kind = st.radio("Compare", KINDS, horizontal=True, key="cmp_kind", index=params.option("kind", KINDS, "kind"))
    anything = st.toggle("Any metric and setting", value=params.flag("any", False), key="cmp_any",
                         help="Off: each benchmark's standard metric and setting, as its leaderboard ranks them.")
    untrusted = untrusted_toggle("cmp")
params.write(models=keys, kind=None if kind == "score" else kind, any="1" if anything else None,
             untrusted="1" if untrusted else None)

tab_models, tab_papers = st.tabs(["Models", "Papers"])
with tab_models:
    if not keys:
        st.info("Pick models in the sidebar.")
    else:
        best = data.compare_models(url, stamp, tuple(keys), kind, not anything, untrusted)
        if best.empty:
            hidden = 0 if untrusted else len(data.compare_models(url, stamp, tuple(keys), kind, not anything, True))
            st.info("These models have no results of this kind" + ("" if anything else " in the benchmarks' "
                    "standard metric and setting (turn on 'Any metric and setting')") + ". "
                    + holdings.untrusted_note(hidden, "cell"))
            offers(holdings.untrusted_offers(hidden, "cmp_untrusted", "cell"), "cmp_offer")
        else:
            st.subheader("Best reported value per benchmark")
            st.caption("On the 0-100 scale the leaderboards rank by; full-benchmark values only (no subsets, joint "
                       "numbers or ranges), absolute changes for deltas, " + (
                           "in any metric and setting." if anything else "in each benchmark's standard metric and "
                           "setting.") + " The values as written are in the table below.")
            table(display.matrix(best.assign(value=best["value_norm"], unit=None), "model", "benchmark"),
                  "cmp_matrix")
            cells = labels.shown(best, ["system", "backbone", "benchmark", "score", "as written", "metric", "setting",
                                        "scope", "role", "confidence", "reviewed", "paper", "arxiv", "evidence"])
            st.caption("Where each cell comes from:")
            table(cells, "cmp_cells")
            as_extracted(best, "cmp_extracted")
            table_downloads(labels.downloadable(cells, best), "compare-models", "cmp_cells_dl")
            chart = charts.compare_bars(best)
            st.altair_chart(chart, width="stretch")
            chart_downloads(chart, "compare-models", "cmp_chart", url.rsplit("/", 1)[-1])

with tab_papers:
    found = data.search_papers(url, stamp, "", 500)
    found = found[found["results"] > 0]
    plabel = {int(r.paper_id): display.paper_option(r.title, r.arxiv_id, r.abstract_start)
              for r in found.itertuples()}
    asked = params.ids("papers", MAX_MODELS)
    if any(p not in plabel for p in asked):
        params.notice("papers", "only papers with results are kept")
    chosen = st.multiselect("Papers", list(plabel), format_func=plabel.get, key="cmp_papers", select_all=False,
                            max_selections=MAX_MODELS, default=[p for p in asked if p in plabel])
    params.write(papers=chosen)
    if chosen:
        rows = data.results(url, stamp, ResultFilter(paper_ids=tuple(chosen)))
        rows = rows.assign(paper=rows["paper_id"].map(plabel)).sort_values("value_norm", ascending=False)
        table(display.matrix(rows.assign(value=rows["value_norm"], unit=None), ["benchmark", "kind", "metric"],
                             "paper"), "cmp_paper_matrix")
        st.caption("On the 0-100 scale; every result of the papers, subsets and joint numbers included (see the "
                   "scope column).")
        detail = labels.shown(rows, ["paper", "system", "backbone", "benchmark", "metric", "setting", "score",
                                     "as written", "kind", "scope", "role", "confidence", "reviewed", "evidence"])
        table(detail, "cmp_paper_rows")
        table_downloads(labels.downloadable(detail, rows), "compare-papers", "cmp_papers_dl")
    else:
        st.info("Pick papers to see their results side by side.")
