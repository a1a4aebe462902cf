"""Cached access to the query layer: one engine per URL, query results cached by their inputs.

Every cached query takes the database URL and a *stamp* (the database's id, the
data version every ingest or import transaction increments, and the number of
papers), so a page reruns no query unless its inputs or the data changed.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from db import boards, queries, queue, reviews
from db.engine import DatabaseUnavailable, data_stamp, open_db, resolve_url
from db.models import Paper
from db.store import results_by_benchmark

from . import display
from .widgets import empty_database, plain

Stamp = tuple[int, int, int]


def db_url() -> str:
    """The database the dashboard shows ($BENCHBOARD_DB, else benchboard.db)."""
    return resolve_url(None)


@st.cache_resource(show_spinner=False)
def engine(url: str) -> Engine:
    """One engine per database URL for the whole server. Reading never creates a database: one that does not
    exist or holds no benchboard data raises DatabaseUnavailable (not cached: the next run tries again)."""
    return open_db(url)


def writer(url: str) -> Engine:
    """An engine that may create the database (uploads write); the caller disposes of it."""
    return open_db(url, write=True)


@st.cache_data(ttl=5, show_spinner=False)
def stamp(url: str) -> Stamp:
    """(database id, data version, papers): changes with every ingest or import that wrote something."""
    with engine(url).connect() as conn:
        papers = conn.execute(select(func.count(Paper.id))).scalar()
        return (*data_stamp(conn), int(papers or 0))


def current() -> tuple[str, Stamp]:
    """The URL and stamp to pass to every cached query; a database that cannot be read ends the page with
    one line saying why."""
    url = db_url()
    try:
        return url, stamp(url)
    except DatabaseUnavailable as exc:
        st.error(plain(str(exc)))
        empty_database()  # (and how to get data in)


def stored_results(url: str, paper_ids: set[int]) -> dict[str, int]:
    """Results stored per benchmark for these papers, each paper once (what `benchboard stats` counts)."""
    with Session(engine(url)) as session:
        return dict(results_by_benchmark(session, paper_ids))


@st.cache_data(show_spinner=False)
def benchmarks(url: str, stamp_key: Stamp) -> pd.DataFrame:
    return queries.benchmarks(engine(url))


@st.cache_data(show_spinner=False)
def leaderboard(url: str, stamp_key: Stamp, board: boards.Board, limit: int | None) -> pd.DataFrame:
    return boards.leaderboard(engine(url), board, limit)


@st.cache_data(show_spinner=False)
def ranges(url: str, stamp_key: Stamp, board: boards.Board) -> pd.DataFrame:
    return boards.ranges(engine(url), board)


@st.cache_data(show_spinner=False)
def higher_is_better(url: str, benchmark: str) -> bool:
    return queries.higher_is_better(engine(url), benchmark)


@st.cache_data(show_spinner=False)
def results(url: str, stamp_key: Stamp, f: queries.ResultFilter) -> pd.DataFrame:
    return queries.results(engine(url), f)


@st.cache_data(show_spinner=False)
def count_results(url: str, stamp_key: Stamp, f: queries.ResultFilter) -> int:
    return queries.count_results(engine(url), f)


@st.cache_data(show_spinner=False)
def progress(url: str, stamp_key: Stamp, board: boards.Board) -> tuple[pd.DataFrame, pd.DataFrame]:
    return boards.progress(engine(url), board)


@st.cache_data(show_spinner=False)
def models(url: str, stamp_key: Stamp) -> pd.DataFrame:
    return queries.models(engine(url))


@st.cache_data(show_spinner=False)
def compare_models(url: str, stamp_key: Stamp, keys: tuple[str, ...], kind: str, standard_only: bool,
                   untrusted: bool = False) -> pd.DataFrame:
    return boards.compare_models(engine(url), keys, kind, standard_only, untrusted)


@st.cache_data(show_spinner=False)
def conflicts(url: str, stamp_key: Stamp, benchmark: str | None, min_spread: float) -> pd.DataFrame:
    return queries.conflicts(engine(url), benchmark, min_spread)


@st.cache_data(show_spinner=False)
def conflict_summary(url: str, stamp_key: Stamp, benchmark: str | None, min_spread: float) -> pd.DataFrame:
    return display.conflict_summary(conflicts(url, stamp_key, benchmark, min_spread))


@st.cache_data(show_spinner=False)
def search_papers(url: str, stamp_key: Stamp, q: str, limit: int = 200) -> pd.DataFrame:
    return queries.search_papers(engine(url), q, limit)


@st.cache_data(show_spinner=False)
def paper(url: str, stamp_key: Stamp, paper_id: int) -> dict[str, Any] | None:
    return queries.paper(engine(url), paper_id)


@st.cache_data(show_spinner=False)
def holdings(url: str, stamp_key: Stamp, benchmark: str) -> pd.DataFrame:
    return boards.holdings(engine(url), benchmark)


def source_holdings(url: str, source_path: str) -> dict[str, int]:
    """Not cached: read right after an ingest."""
    return queries.source_holdings(engine(url), source_path)


@st.cache_data(show_spinner=False)
def review_queue(url: str, stamp_key: Stamp, limit: int) -> tuple[pd.DataFrame, int]:
    return queue.queue(engine(url), limit)


@st.cache_data(show_spinner=False)
def reviewed_row(url: str, stamp_key: Stamp, result_id: int) -> pd.DataFrame:
    return queue.stored_row(engine(url), result_id)


@st.cache_data(show_spinner=False)
def review_list(url: str, stamp_key: Stamp) -> pd.DataFrame:
    return reviews.reviews(engine(url))


def record_review(url: str, result_id: int, reviewer: str, verdict: str, corrections: dict[str, Any] | None = None,
                  note: str | None = None) -> int:
    """Record a review (not cached: a write); every cached query sees the data that follows."""
    review_id = reviews.record(engine(url), result_id, reviewer, verdict, corrections, note)
    stamp.clear()  # the data version moved on: every cached query reads again
    return review_id
