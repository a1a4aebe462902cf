"""Review: verify, reject or correct the rows that matter most, one at a time; every review, and those whose number
is no longer found."""

import streamlit as st

from dashboard import access, data, labels, params, reviewing
from dashboard.widgets import empty_database, plain, table, table_downloads

SHOWN = 200  # rows of the queue read at once
url, stamp = data.current()
if stamp[2] == 0:
    empty_database()

st.title("Review")
name = access.reviewer()
if name:
    st.caption(f"Reviewing as {plain(name)}: each verdict is stored with your name and the time, and changes what "
               "every page shows at once.")
reviewing.said()
queue, waiting = data.review_queue(url, stamp, SHOWN)
listed = data.review_list(url, stamp)
orphaned = listed[listed["status"] == "orphaned"]
tab_queue, tab_done, tab_orphans = st.tabs([f"Queue ({waiting:,})", f"Reviewed ({len(listed):,})",
                                            f"Orphaned ({len(orphaned):,})"])

with tab_queue:
    if queue.empty:
        st.info("Nothing waits for review: every row has a verdict.")
    else:
        st.caption("First the rows some leaderboard shows among its top 20 (untrusted rows included), least sure "
                   "first; then every other row, least sure first. A row leaves the queue with its verdict.")
        ids = [int(i) for i in queue["id"]]
        names = labels.shown(queue, ["system", "as written", "confidence"])
        label = {i: f"{s or 'no system named'} · {b} {w} · confidence {c or 'unknown'}" for i, s, b, w, c in zip(
            ids, names["system"], queue["benchmark"], names["as written"], names["confidence"], strict=True)}
        asked = params.ids("row", 1)  # (a row reviewed since leaves the queue: the first one then)
        pick = st.selectbox("Row to review", ids, index=ids.index(asked[0]) if asked and asked[0] in ids else 0,
                            format_func=label.get, key="rv_pick")
        params.write(row=pick)
        row = queue[queue["id"] == pick].iloc[0]
        paper = data.paper(url, stamp, int(row["paper_id"]))
        reviewing.item(row, paper["abstract"] if paper else None)
        if name:
            reviewing.controls(url, row, name)
        st.markdown(f"**Next in the queue** (the first {len(queue)} of {waiting:,})")
        table(labels.shown(queue.assign(top=queue["on_top"].map({True: "yes", False: ""})),
                           ["system", "benchmark", "score", "as written", "confidence", "top", "paper", "evidence"]),
              "rv_queue", top=st.column_config.TextColumn("on a top 20"))

with tab_done:
    if listed.empty:
        st.info("No review yet.")
    else:
        st.caption("Every review, newest first. The latest review of a number is its verdict: applied to the row "
                   "it names, or orphaned when that number is no longer found; earlier ones are superseded.")
        done = labels.review_table(listed)
        table(done, "rv_done")
        table_downloads(done, "reviews", "rv_done_dl")
        applied = listed[listed["status"] == "applied"]
        if name and not applied.empty:
            again = {int(i): f"{s} · {b} · {v} by {w}" for i, s, b, v, w in zip(
                applied["result_id"], done.loc[applied.index, "system"], applied["key_benchmark"],
                applied["verdict"], applied["reviewer"], strict=True)}
            pick = st.selectbox("Review a row again (a new review replaces its verdict)", list(again),
                                index=None, format_func=again.get, placeholder="a reviewed row", key="rv_again_pick")
            found = data.reviewed_row(url, stamp, pick) if pick is not None else None
            if found is not None and not found.empty:
                st.caption("Verify says the extracted values are right (a correction is dropped), Reject hides the "
                           "row, and the form saves the values it holds as the correction of the extracted ones.")
                again_row = found.iloc[0]
                paper = data.paper(url, stamp, int(again_row["paper_id"]))
                reviewing.item(again_row, paper["abstract"] if paper else None, "rv_again")
                reviewing.controls(url, again_row, name, "rv_again")

with tab_orphans:
    if orphaned.empty:
        st.info("Every review's number is found in the stored text.")
    else:
        st.caption("Reviews whose number is no longer found (its paper or abstract changed, or no file holds the "
                   "paper any longer). They are kept, exported with the others, and apply again when their number "
                   "returns.")
        table(labels.review_table(orphaned), "rv_orphans")
