"""benchboard dashboard: the entry file only builds the navigation.

Every page has its own URL path; the root URL (hidden in the menu) forwards to /leaderboard with its
query parameters, so a shared link to either opens the same view.
"""

from pathlib import Path

import streamlit as st

FAVICON = Path(__file__).with_name("static") / "favicon.png"  # served by the dashboard itself: works offline

st.set_page_config(page_title="benchboard", page_icon=str(FAVICON), layout="wide")

LEADERBOARD = st.Page("app_pages/leaderboard.py", title="Leaderboard", icon=":material/leaderboard:",
                      url_path="leaderboard")


def home() -> None:
    """The root URL: the leaderboard at its own path, with the same query parameters."""
    st.switch_page(LEADERBOARD, query_params=st.query_params.to_dict())


PAGES = [
    st.Page(home, title="benchboard", url_path="home", default=True, visibility="hidden"),
    LEADERBOARD,
    st.Page("app_pages/compare.py", title="Compare", icon=":material/compare_arrows:", url_path="compare"),
    st.Page("app_pages/progress.py", title="Progress", icon=":material/timeline:", url_path="progress"),
    st.Page("app_pages/papers.py", title="Papers", icon=":material/article:", url_path="papers"),
    st.Page("app_pages/explore.py", title="Explore", icon=":material/search:", url_path="explore"),
    st.Page("app_pages/conflicts.py", title="Conflicts", icon=":material/warning:", url_path="conflicts"),
    st.Page("app_pages/review.py", title="Review", icon=":material/fact_check:", url_path="review"),
    st.Page("app_pages/add_documents.py", title="Add documents", icon=":material/upload_file:", url_path="add"),
    st.Page("app_pages/about.py", title="About the data", icon=":material/info:", url_path="about"),
]

st.navigation(PAGES).run()
