"""Papers: find a paper; see its metadata, sources, and its abstract with every extracted number highlighted."""

import streamlit as st

from dashboard import data
from dashboard.widgets import arxiv_url, empty_database, highlighted, md_escape, param, set_params, table_downloads
from db.queries import ResultFilter

url, stamp = data.current()
if stamp[2] == 0:
    empty_database()

st.title("Papers")
query = st.text_input("Search title, arXiv id or abstract", value=str(param("q", ""))[:200], key="papers_q",
                      max_chars=200)
only_results = st.toggle("Only papers with results", value=param("all") != "1", key="papers_only")
found = data.search_papers(url, stamp, query.strip(), 500)
if only_results:
    found = found[found["results"] > 0]
if found.empty:
    st.info("No paper matches this search.")
    set_params(q=query or None, all=None if only_results else "1", paper=None)
    st.stop()
st.caption(f"{len(found)} papers" + (" (first 500)" if len(found) >= 500 else ""))
label = {int(r.paper_id): f"{r.title or '(untitled)'}" + (f" [{r.arxiv_id}]" if isinstance(r.arxiv_id, str) else "")
         + f" · {r.results} results" for r in found.itertuples()}
ids = list(label)
wanted = param("paper")
index = ids.index(int(wanted)) if str(wanted).isdigit() and int(wanted) in ids else 0
paper_id = st.selectbox("Paper", ids, index=index, format_func=label.get, key="papers_pick")
set_params(q=query or None, all=None if only_results else "1", paper=paper_id)

paper = data.paper(url, stamp, paper_id)
if paper is None:
    st.warning("This paper is no longer in the database.")
    st.stop()
st.subheader(paper["title"] or "(untitled paper)")
meta = []
if paper["arxiv_id"]:
    meta.append(f"[arXiv:{md_escape(paper['arxiv_id'])}]({arxiv_url(paper['arxiv_id'])})")
if paper["date"]:
    meta.append(str(paper["date"]))
if paper["own_system"]:
    meta.append(f"system: {md_escape(paper['own_system'])}")
if paper["comments"]:
    meta.append(md_escape(paper["comments"]))
st.markdown(" · ".join(meta) if meta else "no metadata")
st.caption("Sources: " + "; ".join(f"{s['file']} (#{s['position'] + 1}, format {s['format']})"
                                    for s in paper["sources"]))
rows = data.results(url, stamp, ResultFilter(paper_ids=(paper_id,)))
left, right = st.columns([3, 2])
with left:
    st.markdown("**Abstract** (extracted numbers highlighted)")
    spans = list(zip(rows["value_start"], rows["value_end"], strict=True)) if not rows.empty else []
    st.markdown(highlighted(paper["abstract"], spans))
with right:
    st.markdown("**Results**")
    if rows.empty:
        st.info("No results were extracted from this paper.")
    else:
        table = rows[["model", "benchmark", "metric", "value", "unit", "kind", "qualifier", "role", "setting"]]
        st.dataframe(table, hide_index=True, width="stretch", key="papers_results")
        table_downloads(rows.drop(columns=["title"]), f"paper-{paper_id}", "papers_dl")
