"""Who may write: add documents (the choice `benchboard serve` passes on, and the upload password when one is
set), and review rows.

`BENCHBOARD_UPLOADS=off` (a server listening beyond its machine without `--allow-uploads`) refuses every
upload; `BENCHBOARD_UPLOAD_PASSWORD` asks for that password first, wherever the server listens; a database
opened read-only takes no upload. Reviews are written only by a dashboard started with `benchboard serve
--review` (`BENCHBOARD_REVIEW=on`), on a database it can write, by a reviewer who gave a name (kept for the
browser session: a reload asks again); otherwise no page shows a control that writes a review.
"""

from __future__ import annotations

import hmac
import os

import streamlit as st

from db.engine import DatabaseUnavailable, is_read_only

from . import data

REVIEWER = "reviewer"  # the session state key of the reviewer's name


def _read_only() -> bool:
    try:
        return is_read_only(data.engine(data.db_url()))
    except DatabaseUnavailable:
        return False  # no database yet: the first upload creates it (or says why it cannot)


def reviewer() -> str | None:
    """The name reviews are recorded under, when this dashboard takes reviews; else None, and the page says why
    (or asks the name)."""
    if os.environ.get("BENCHBOARD_REVIEW", "off") != "on":
        st.info("This dashboard is read-only: reviews are taken by a dashboard started with "
                "`benchboard serve --review`.")
        return None
    if _read_only():
        st.info("The database is read-only here (its folder or file cannot be written): no review can be recorded.")
        return None
    name = st.session_state.get(REVIEWER)
    if not name:
        given = st.text_input("Your name, recorded with each review you make", key="rv_name", max_chars=128)
        name = " ".join(given.split())
        if not name:
            st.info("Give your name to review rows (kept until this page is reloaded or opened in another tab).")
            return None
        st.session_state[REVIEWER] = name
        st.rerun()  # drawn again without the question
    return str(name)


def may_upload() -> bool:
    """Whether this visitor may write to the database; when not, the page says why (or asks the password)."""
    if _read_only():
        st.info("The database is read-only here (its folder or file cannot be written): nothing can be added.")
        return False
    password = os.environ.get("BENCHBOARD_UPLOAD_PASSWORD")
    if password:
        given = st.text_input("Upload password", type="password", key="add_password")
        if given and hmac.compare_digest(given.encode("utf-8"), password.encode("utf-8")):
            return True
        if given:
            st.error("Wrong password.")
        else:
            st.info("This server asks for a password before documents are added.")
        return False
    if os.environ.get("BENCHBOARD_UPLOADS", "on") == "off":
        st.info("Adding documents is off on this server: it listens beyond its own machine and was started "
                "without `--allow-uploads` (or an upload password).")
        return False
    return True
