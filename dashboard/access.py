"""Who may add documents: the choice `benchboard serve` passes on, and the upload password when one is set.

`BENCHBOARD_UPLOADS=off` (a server listening beyond its machine without `--allow-uploads`) refuses every
upload; `BENCHBOARD_UPLOAD_PASSWORD` asks for that password first, wherever the server listens; a database
opened read-only takes no upload.
"""

from __future__ import annotations

import hmac
import os

import streamlit as st

from db.engine import DatabaseUnavailable, is_read_only

from . import data


def may_upload() -> bool:
    """Whether this visitor may write to the database; when not, the page says why (or asks the password)."""
    try:
        read_only = is_read_only(data.engine(data.db_url()))
    except DatabaseUnavailable:
        read_only = False  # no database yet: the first upload creates it (or says why it cannot)
    if read_only:
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
