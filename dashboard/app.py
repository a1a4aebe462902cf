"""benchboard dashboard: the entry file only builds the navigation."""

import streamlit as st

st.set_page_config(page_title="benchboard", page_icon="📊", layout="wide")

PAGES = [
    st.Page("app_pages/leaderboard.py", title="Leaderboard", icon="🏆", url_path="leaderboard", default=True),
    st.Page("app_pages/compare.py", title="Compare", icon="⚖️", url_path="compare"),
    st.Page("app_pages/progress.py", title="Progress", icon="📈", url_path="progress"),
    st.Page("app_pages/papers.py", title="Papers", icon="📄", url_path="papers"),
    st.Page("app_pages/explore.py", title="Explore", icon="🔎", url_path="explore"),
    st.Page("app_pages/conflicts.py", title="Conflicts", icon="⚠️", url_path="conflicts"),
    st.Page("app_pages/add_documents.py", title="Add documents", icon="➕", url_path="add"),
    st.Page("app_pages/about.py", title="About the data", icon="ℹ️", url_path="about"),
]

st.navigation(PAGES).run()
