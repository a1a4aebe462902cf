"""Compare: chosen models across benchmarks, and chosen papers side by side."""

import streamlit as st

from dashboard import charts, data
from dashboard.widgets import chart_downloads, empty_database, param, set_params, table_downloads
from db.queries import ResultFilter

MAX_MODELS = 8
url, stamp = data.current()
models = data.models(url, stamp)
if models.empty:
    empty_database()

st.title("Compare")
label = dict(zip(models["model_key"], models["model"] + "  (" + models["results"].astype(str) + ")", strict=True))
wanted = [k for k in str(param("models", "")).split(",") if k in label]
if not wanted:
    wanted = models["model_key"].head(3).tolist()
with st.sidebar:
    keys = st.multiselect("Models (type to search)", list(label), default=wanted[:MAX_MODELS],
                          format_func=label.get, max_selections=MAX_MODELS, key="cmp_models")
    kind = st.radio("Compare", ["score", "delta"], horizontal=True, key="cmp_kind",
                    index=1 if param("kind") == "delta" else 0)
set_params(models=keys, kind=None if kind == "score" else kind)

tab_models, tab_papers = st.tabs(["Models", "Papers"])
with tab_models:
    if not keys:
        st.info("Pick models in the sidebar.")
    else:
        best = data.compare_models(url, stamp, tuple(keys), kind)
        if best.empty:
            st.info("These models have no results of this kind.")
        else:
            matrix = best.pivot_table(index="model", columns="benchmark", values="value", aggfunc="first")
            st.subheader("Best reported value per benchmark")
            st.dataframe(matrix, width="stretch", key="cmp_matrix")
            cells = best[["model", "benchmark", "value", "unit", "metric", "title", "arxiv_id", "evidence"]]
            st.caption("Where each cell comes from:")
            st.dataframe(cells, hide_index=True, width="stretch", key="cmp_cells",
                         column_config={"title": "paper"})
            table_downloads(cells, "compare-models", "cmp_cells_dl")
            chart = charts.compare_bars(best)
            st.altair_chart(chart, width="stretch")
            chart_downloads(chart, "compare-models", "cmp_chart", url.rsplit("/", 1)[-1])

with tab_papers:
    found = data.search_papers(url, stamp, "", 500)
    found = found[found["results"] > 0]
    plabel = {int(r.paper_id): f"{r.title or '(untitled)'}"
              + (f" [{r.arxiv_id}]" if isinstance(r.arxiv_id, str) else "")
              for r in found.itertuples()}
    chosen = st.multiselect("Papers", list(plabel), format_func=plabel.get, key="cmp_papers",
                            default=[p for p in map(int, filter(str.isdigit, str(param("papers", "")).split(",")))
                                     if p in plabel][:MAX_MODELS])
    set_params(papers=chosen)
    if chosen:
        rows = data.results(url, stamp, ResultFilter(paper_ids=tuple(chosen)))
        rows["paper"] = rows["paper_id"].map(plabel)
        side = rows.pivot_table(index=["benchmark", "kind", "metric"], columns="paper", values="value",
                                aggfunc="max", dropna=False).dropna(how="all")
        st.dataframe(side, width="stretch", key="cmp_paper_matrix")
        detail = rows[["paper", "model", "benchmark", "metric", "value", "unit", "kind", "evidence"]]
        st.dataframe(detail, hide_index=True, width="stretch", key="cmp_paper_rows")
        table_downloads(detail, "compare-papers", "cmp_papers_dl")
    else:
        st.info("Pick papers to see their results side by side.")
