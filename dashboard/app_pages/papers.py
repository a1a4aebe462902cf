"""Papers: find a paper; see its metadata, sources, and its abstract with every extracted number highlighted."""

import streamlit as st

from dashboard import data, display, params
from dashboard.widgets import arxiv_link, empty_database, highlighted, plain, table, table_downloads
from db.queries import ResultFilter

SHOWN = 500
url, stamp = data.current()
if stamp[2] == 0:
    empty_database()

st.title("Papers")
query = st.text_input("Search title, arXiv id or abstract", value=params.text("q", 200), key="papers_q",
                      max_chars=200)
only_results = st.toggle("Only papers with results", value=not params.flag("all", False), key="papers_only")
found = data.search_papers(url, stamp, query.strip(), SHOWN)
if only_results:
    found = found[found["results"] > 0]
label = {int(r.paper_id): display.paper_option(r.title, r.arxiv_id, r.abstract_start)
         + f" · {r.results} result{'' if r.results == 1 else 's'}" for r in found.itertuples()}
asked = params.ids("paper", 1)
if asked and asked[0] not in label:  # a shared link to a paper this search does not list
    extra = data.paper(url, stamp, asked[0])
    if extra is None:
        params.notice("paper", "no paper has this id")
    else:
        label = {asked[0]: display.paper_option(extra["title"], extra["arxiv_id"], extra["abstract"]), **label}
if not label:
    st.info("No paper matches this search.")
    params.write(q=query or None, all=None if only_results else "1", paper=None)
    st.stop()
st.caption(f"{len(found)} papers" + (f" (first {SHOWN})" if len(found) >= SHOWN else ""))
ids = list(label)
paper_id = st.selectbox("Paper", ids, index=ids.index(asked[0]) if asked and asked[0] in label else 0,
                        format_func=label.get, key="papers_pick")
params.write(q=query or None, all=None if only_results else "1", paper=paper_id)

paper = data.paper(url, stamp, paper_id)
if paper is None:
    st.warning("This paper is no longer in the database.")
    st.stop()
st.subheader(plain(display.paper_name(paper["title"], paper["abstract"])))
meta = [arxiv_link(paper["arxiv_id"]), display.day(paper["date"]),
        plain(paper["own_system"]) and f"system: {plain(paper['own_system'])}", plain(paper["comments"])]
st.markdown(" · ".join(m for m in meta if m) or "no metadata")
st.caption("Sources: " + "; ".join(f"{plain(s['file'])} (#{s['position'] + 1}, format {plain(s['format'])})"
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
        table(display.table(rows, ["model", "benchmark", "metric", "value", "unit", "kind", "qualifier", "role",
                                   "setting"]), "papers_results")
        table_downloads(rows.drop(columns=["title", "abstract_start"]), f"paper-{paper_id}", "papers_dl")
