"""Papers: find a paper; see its metadata, sources, and its abstract with every number extracted from it highlighted
(its own results and the numbers it quotes for baselines in two colours, each numbered like its row), and the table
rows and sentences of its LaTeX source that its other numbers came from."""

import streamlit as st

from dashboard import data, display, labels, params
from dashboard.widgets import arxiv_link, as_extracted, empty_database, marked, plain, table, table_downloads
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
rejected = len(data.results(url, stamp, ResultFilter(paper_ids=(paper_id,), rejected=True))) - len(rows)
if rejected:
    st.caption(f"{rejected} number{' was' if rejected == 1 else 's were'} rejected by a reviewer: not shown here or "
               "anywhere else (the Review page lists the reviews).")
rows = rows.sort_values(["value_start", "id"], kind="stable").reset_index(drop=True)
rows.insert(0, "#", [str(i + 1) for i in range(len(rows))])
in_abstract = rows[rows["source"] == "abstract"]  # (the others' offsets are in the LaTeX source)
left, right = st.columns([3, 2])
with left:
    st.markdown("**Abstract** (extracted numbers: :blue-background[the paper's own] and :orange-background[quoted "
                "for baselines], numbered like the rows of the table)")
    st.markdown(marked(paper["abstract"], list(zip(in_abstract["value_start"], in_abstract["value_end"],
                                                   in_abstract["role"], in_abstract["#"], strict=True))))
with right:
    st.markdown("**Results**")
    if rows.empty:
        st.info("No results were extracted from this paper.")
    else:
        table(labels.shown(rows, ["#", "system", "backbone", "benchmark", "score", "as written", "metric", "kind",
                                  "qualifier", "setting", "scope", "role", "confidence", "reviewed", "source",
                                  "how_linked", "how_named"]),
              "papers_results", score=st.column_config.NumberColumn("score (0-100)"),
              how_linked=st.column_config.TextColumn("how linked"), how_named=st.column_config.TextColumn("how named"))
        st.caption("Subset and joint values are flagged: the leaderboards rank full-benchmark values only. How each "
                   "number was found: " + plain(labels.rules_caption([*rows["how_linked"], *rows["how_named"]])
                                                or "not recorded (stored before rules had names)"))
        as_extracted(rows, "papers_extracted")
        table_downloads(rows.drop(columns=["title", "abstract_start"]), f"paper-{paper_id}", "papers_dl")
full_text = rows[rows["source"] != "abstract"] if not rows.empty else rows
if not full_text.empty:
    st.markdown("**From the paper's LaTeX source** (a table's caption and row, or a sentence of the body)")
    for (source, evidence), group in list(full_text.groupby(["source", "evidence"], sort=False))[:SHOWN]:
        st.caption(plain(f"{source}: " + ", ".join(
            f"{b} {v:g}" + (f" ({m})" if isinstance(m, str) and m else "")
            for b, v, m in zip(group["benchmark"], group["value"], group["model"], strict=True))))
        st.text(evidence)  # shown as it is: never Markdown or HTML
