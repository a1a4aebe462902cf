"""Small UI helpers shared by the pages: downloads, empty states, safe text, URL state."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from db.tabular import to_csv

from . import charts

SEED_HINT = "benchboard ingest seeds/"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$:~=^&@'\"])")


def md_escape(text: str) -> str:
    """Paper text made inert for Markdown: every punctuation mark is backslash-escaped.

    >>> md_escape("<script>x</script> **bold** :red[x] $x$")
    '\\\\<script\\\\>x\\\\</script\\\\> \\\\*\\\\*bold\\\\*\\\\* \\\\:red\\\\[x\\\\] \\\\$x\\\\$'
    """
    return _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def highlighted(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Markdown for `text` with the given character spans highlighted; everything else escaped."""
    out, pos = [], 0
    for start, end in sorted(set(spans)):
        if start < pos or end > len(text) or start >= end:
            continue
        out.append(md_escape(text[pos:start]))
        out.append(f":orange-background[**{md_escape(text[start:end])}**]")
        pos = end
    out.append(md_escape(text[pos:]))
    return "".join(out)


def empty_database() -> None:
    """Stop the page with the way to get data in."""
    st.info(f"The database has no results yet. Ingest the sample corpus with `{SEED_HINT}` "
            "(or `make run`), or upload files on the **Add documents** page.")
    st.stop()


def no_match(what: str = "results") -> None:
    """Stop the page: the filters match nothing."""
    st.info(f"No {what} match these filters. Widen them in the sidebar.")
    st.stop()


def table_downloads(df: pd.DataFrame | Callable[[], pd.DataFrame], name: str, key: str) -> None:
    """CSV and JSON download buttons for a table (or a function that builds it); files are made on click.
    The CSV's text cells are safe to open in a spreadsheet (`db.tabular.to_csv`)."""
    get = df if callable(df) else (lambda: df)
    c1, c2 = st.columns(2)
    c1.download_button("Download CSV", lambda: to_csv(get()).encode("utf-8"), f"{name}.csv",
                       "text/csv", key=f"{key}_csv", on_click="ignore")
    c2.download_button("Download JSON", lambda: get().to_json(orient="records", date_format="iso", indent=1)
                       .encode("utf-8"), f"{name}.json", "application/json", key=f"{key}_json", on_click="ignore")


def chart_downloads(chart: alt.TopLevelMixin, name: str, key: str, source: str) -> None:
    """PNG and SVG download buttons for a chart (rendered server-side, on demand)."""
    c1, c2 = st.columns(2)
    c1.download_button("Download PNG", lambda: charts.to_png(chart, source), f"{name}.png", "image/png",
                       key=f"{key}_png", on_click="ignore")
    c2.download_button("Download SVG", lambda: charts.to_svg(chart, source), f"{name}.svg", "image/svg+xml",
                       key=f"{key}_svg", on_click="ignore")


def arxiv_url(arxiv_id: str | None) -> str | None:
    """The abstract page of an arXiv id."""
    return f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None


def param(name: str, default: Any = None) -> Any:
    """A query parameter's value, or `default`."""
    value = st.query_params.get(name)
    return default if value in (None, "") else value


def set_params(**values: Any) -> None:
    """Write the page state into the URL (empty values are removed)."""
    for k, v in values.items():
        if v in (None, "", [], ()) or v is False:
            if k in st.query_params:
                del st.query_params[k]
        else:
            text = ",".join(map(str, v)) if isinstance(v, list | tuple) else str(v)
            if st.query_params.get(k) != text:
                st.query_params[k] = text


def choice(options: Sequence[str], wanted: str | None, what: str) -> int:
    """Index of `wanted` in options (0 with a warning when it is not one of them)."""
    if wanted is None or wanted in options:
        return options.index(wanted) if wanted in options else 0
    st.warning(f"Unknown {what} in the URL: {md_escape(str(wanted)[:80])}; showing {md_escape(options[0])} instead.")
    return 0
