"""benchboard dashboard: the entry file only builds the navigation."""

import streamlit as st

st.set_page_config(page_title="benchboard", page_icon=":material/leaderboard:", layout="wide")

PAGES = [
    st.Page("app_pages/leaderboard.py", title="Leaderboard", icon=":material/leaderboard:", url_path="leaderboard",
            default=True),
    st.Page("app_pages/compare.py", title="Compare", icon=":material/compare_arrows:", url_path="compare"),
    st.Page("app_pages/progress.py", title="Progress", icon=":material/timeline:", url_path="progress"),
    st.Page("app_pages/papers.py", title="Papers", icon=":material/article:", url_path="papers"),
    st.Page("app_pages/explore.py", title="Explore", icon=":material/search:", url_path="explore"),
    st.Page("app_pages/conflicts.py", title="Conflicts", icon=":material/warning:", url_path="conflicts"),
    st.Page("app_pages/add_documents.py", title="Add documents", icon=":material/upload_file:", url_path="add"),
    st.Page("app_pages/about.py", title="About the data", icon=":material/info:", url_path="about"),
]

st.navigation(PAGES).run()
