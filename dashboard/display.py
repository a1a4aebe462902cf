"""How stored values are shown: missing as blank, numbers as reported, dates as dates, papers by name.

Pure functions over values and query frames (no Streamlit): a paper without a title is named by the
first words of its abstract, an arXiv link is made only for a well-formed id, and a missing value is
blank text, never "None" or "nan".
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from typing import Any

import pandas as pd

ARXIV_ID = re.compile(r"(?:[0-9]{4}\.[0-9]{4,5}|[a-z][a-z.-]{1,20}/[0-9]{7})(?:v[0-9]{1,3})?")
WORDS = 10  # words of the abstract that name an untitled paper
MISSING = "—"  # an empty cell of a matrix (nothing reported there)


def missing(value: Any) -> bool:
    """True for None, NaN, NaT and blank text.

    >>> [missing(v) for v in (None, float("nan"), pd.NaT, " ", 0, "x")]
    [True, True, True, True, False, False]
    """
    if value is None or value is pd.NaT or value is pd.NA:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    return isinstance(value, str) and not value.strip()


def number(value: Any) -> str:
    """A number as reported: no float noise, no trailing zeros; blank when missing.

    >>> number(23.299999999999997), number(0.713), number(97.0), number(None)
    ('23.3', '0.713', '97', '')
    """
    if missing(value):
        return ""
    return f"{float(value):.10g}"


def fixed(value: Any, digits: int = 3) -> str:
    """A measured figure with a fixed number of decimals; blank when missing (nothing was measured).

    >>> fixed(0.9), fixed(None)
    ('0.900', '')
    """
    return "" if missing(value) else f"{float(value):.{digits}f}"


def with_unit(value: Any, unit: Any) -> str:
    """A value with its unit when it has one.

    >>> with_unit(0.67, float("nan")), with_unit(83.8, "%")
    ('0.67', '83.8%')
    """
    return number(value) + ("" if missing(unit) else str(unit))


def listing(items: Iterable[str], most: int = 8) -> str:
    """Items joined by commas, the first `most` of them and an ellipsis for the rest.

    >>> listing(["1", "2", "3"], most=2)
    '1, 2, …'
    """
    items = list(items)
    return ", ".join(items[:most]) + (", …" if len(items) > most else "")


def day(value: Any) -> str:
    """A date as YYYY-MM-DD (no time of day); blank when missing.

    >>> day(pd.Timestamp("2025-12-03")), day(None)
    ('2025-12-03', '')
    """
    if missing(value):
        return ""
    if isinstance(value, pd.Timestamp | dt.datetime):
        value = value.date()
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def arxiv_id(value: Any) -> str:
    """The id when it is a well-formed arXiv id, else blank.

    >>> arxiv_id("2602.16802"), arxiv_id(float("nan")), arxiv_id("nan")
    ('2602.16802', '', '')
    """
    return value if isinstance(value, str) and ARXIV_ID.fullmatch(value) else ""


def arxiv_url(value: Any) -> str:
    """The abstract page of a well-formed arXiv id, else blank.

    >>> arxiv_url("2404.13628"), arxiv_url(None)
    ('https://arxiv.org/abs/2404.13628', '')
    """
    known = arxiv_id(value)
    return f"https://arxiv.org/abs/{known}" if known else ""


def first_words(text: Any, words: int = WORDS) -> str:
    """The first words of a text, with an ellipsis when there is more.

    >>> first_words("We study how models reason about numbers in long contexts today", 5)
    'We study how models reason…'
    """
    if missing(text):
        return ""
    parts = str(text).split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def paper_name(title: Any, abstract: Any) -> str:
    """A paper's title, else the first words of its abstract.

    >>> paper_name(None, "Large language models solve grade-school math with tools and code")
    'Large language models solve grade-school math with tools and code'
    >>> paper_name("MuMath-Code", "ignored")
    'MuMath-Code'
    """
    if not missing(title):
        return " ".join(str(title).split())
    return first_words(abstract) or "untitled paper"


def paper_option(title: Any, arxiv: Any, abstract: Any) -> str:
    """A paper as a picker shows it: its name, and its arXiv id when known.

    >>> paper_option(None, "2602.16802", "We propose a method")
    'We propose a method [2602.16802]'
    """
    known = arxiv_id(arxiv)
    return paper_name(title, abstract) + (f" [{known}]" if known else "")


def table(rows: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """Columns of a query frame as a table shows them.

    "paper" is the title or the abstract's first words (from `title` and `abstract_start`), "arxiv"
    the link of a well-formed `arxiv_id` (blank otherwise), "date" the day; missing values in any
    other column are blank text.

    >>> rows = pd.DataFrame({"title": [None], "abstract_start": ["We train a model"], "arxiv_id": [None],
    ...                      "date": [pd.NaT], "unit": [None], "value": [0.5]})
    >>> table(rows, ["paper", "arxiv", "date", "value", "unit"]).to_dict("records")
    [{'paper': 'We train a model', 'arxiv': '', 'date': '', 'value': 0.5, 'unit': ''}]
    """
    out = {}
    for c in columns:
        if c == "paper":
            out[c] = [paper_name(t, a) for t, a in zip(rows["title"], rows["abstract_start"], strict=True)]
        elif c == "arxiv":
            out[c] = rows["arxiv_id"].map(arxiv_url).tolist()
        elif c == "date":
            out[c] = rows["date"].map(day).tolist()
        elif rows[c].isna().any():
            out[c] = [number(v) if isinstance(v, float) else ("" if missing(v) else v) for v in rows[c]]
        else:
            out[c] = rows[c].tolist()
    return pd.DataFrame(out, columns=list(out))


def matrix(rows: pd.DataFrame, index: str | list[str], columns: str) -> pd.DataFrame:
    """One cell per (`index`, `columns`) pair: the first row's value with its unit, "—" where nothing
    was reported; a missing index value (a metric not stated) is blank.

    >>> rows = pd.DataFrame({"model": ["A", "B"], "benchmark": ["GSM8K", "MATH"], "value": [83.8, 0.5],
    ...                      "unit": ["%", None]})
    >>> matrix(rows, "model", "benchmark").values.tolist()
    [['A', '83.8%', '—'], ['B', '—', '0.5']]
    """
    keys = [index] if isinstance(index, str) else index
    cells = rows.assign(cell=[with_unit(v, u) for v, u in zip(rows["value"], rows["unit"], strict=True)],
                        **{k: rows[k].map(lambda v: "" if missing(v) else v) for k in keys})
    wide = cells.pivot_table(index=index, columns=columns, values="cell", aggfunc="first", sort=True)
    wide = wide.fillna(MISSING).reset_index()
    wide.columns.name = None
    return wide


CONFLICT_GROUP = ["model_key", "benchmark", "metric", "kind", "setting"]


def conflict_summary(rows: pd.DataFrame) -> pd.DataFrame:
    """One line per conflicting group of `queries.conflicts` rows: the model, the values reported (as
    reported, with their unit), the spread and the number of reports; groups in the rows' order.

    >>> rows = pd.DataFrame({"model_key": ["a", "a"], "model": ["A", "A"], "benchmark": ["X", "X"],
    ...                      "metric": [None, None], "kind": ["score"] * 2, "setting": [None, None],
    ...                      "value": [80.1, 77.4], "unit": ["%", "%"], "spread": [2.7, 2.7], "reports": [2, 2]})
    >>> conflict_summary(rows)[["model", "metric", "values", "spread"]].to_dict("records")
    [{'model': 'A', 'metric': '', 'values': '80.1%, 77.4%', 'spread': 2.7}]
    """
    rows = rows.assign(metric=rows["metric"].fillna(""), setting=rows["setting"].fillna(""))
    values = rows.drop_duplicates([*CONFLICT_GROUP, "value", "unit"])
    values = values.assign(label=[with_unit(v, u) for v, u in zip(values["value"], values["unit"], strict=True)])
    return rows.groupby(CONFLICT_GROUP, sort=False).agg(
        model=("model", "first"), spread=("spread", "first"), reports=("reports", "first")).join(
        values.groupby(CONFLICT_GROUP, sort=False)["label"].agg(listing).rename("values")).reset_index()
