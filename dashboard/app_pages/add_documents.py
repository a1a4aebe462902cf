"""Add documents: upload text files; they are ingested with progress and a summary."""

import hashlib
import tempfile
from pathlib import Path

import streamlit as st

from dashboard import data
from dashboard.access import may_upload
from dashboard.widgets import plain
from db.engine import DatabaseUnavailable
from db.store import MAX_UPLOAD_MIB, Store

st.title("Add documents")
st.caption(f"Text files in any supported format (arXiv listings, Hugging Face papers pages, 'Abstract:' dumps, "
           f"plain paragraphs). Up to {MAX_UPLOAD_MIB} MiB per file. Each file is stored in one transaction: a file "
           "that cannot be read is rejected whole, with the reason.")
if not may_upload():
    st.stop()
uploads = st.file_uploader("Files", accept_multiple_files=True, key="add_files", max_upload_size=MAX_UPLOAD_MIB)
if uploads and st.button("Ingest", type="primary", key="add_go"):
    url = data.db_url()
    try:
        writer = data.writer(url)  # the first upload creates the database
    except DatabaseUnavailable as exc:
        st.error(plain(str(exc)))
        st.stop()
    store = Store(writer)
    bar = st.progress(0.0, text="starting")
    rejected, reports, again, undated = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="benchboard-upload-") as tmp:
        for i, up in enumerate(uploads):
            bar.progress(i / len(uploads), text=f"{i + 1}/{len(uploads)}")
            content = up.getvalue()
            if len(content) > MAX_UPLOAD_MIB * 1024 * 1024:
                rejected.append((up.name, f"larger than {MAX_UPLOAD_MIB} MiB ({len(content) / 2**20:.1f} MiB)"))
                continue
            key = f"upload:{hashlib.sha256(content).hexdigest()}"
            path = Path(tmp) / f"upload-{i}.txt"  # the uploaded name is never used as a path
            path.write_bytes(content)
            report = store.ingest_file(path, display_name=up.name, source_key=key)
            if report.status == "failed":
                rejected.append((up.name, report.error))
            elif report.status == "unchanged":
                again.append(up.name)
            else:
                reports.append(report)
                held = data.source_holdings(url, key)
                if held["undated"]:
                    undated.append((up.name, held["undated"], held["results"]))
    bar.progress(1.0, text="done")
    writer.dispose()
    st.cache_data.clear()
    new = sum(r.new_papers for r in reports)
    merged = sum(r.merged_papers for r in reports)
    totals = data.stored_results(url, set().union(*(r.paper_ids for r in reports))) if reports else {}
    if reports:
        st.success(f"{len(reports)} files ingested: {new} new papers, {merged} merged into existing papers.")
        if totals:
            st.dataframe([{"benchmark": b, "results": n} for b, n in sorted(totals.items())], hide_index=True,
                         key="add_totals")
        else:
            st.info("No benchmark results found in these files.")
    for name in again:
        st.info(f"{plain(name)}: already ingested (the same content was uploaded before); nothing changed.")
    for name, n, total in undated:
        st.warning(f"{plain(name)}: {n} of its {total} results come from papers without a date, so they will not "
                   "appear on Progress (dates come from arXiv listings' Created: lines).")
    for name, reason in rejected:
        st.error(f"Rejected {plain(name)}: {plain(reason)}")
