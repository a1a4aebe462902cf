"""Small UI helpers shared by the pages: downloads, empty states, tables, and paper text made inert."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

import altair as alt
import pandas as pd
import streamlit as st

from db.tabular import to_csv

from . import charts, display, holdings, labels

SEED_HINT = "benchboard ingest seeds/"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$:~=^&@'\"])")


def md_escape(text: str) -> str:
    """Paper text made inert for Markdown: every punctuation mark is backslash-escaped.

    >>> md_escape("<script>x</script> **bold** :red[x] $x$")
    '\\\\<script\\\\>x\\\\</script\\\\> \\\\*\\\\*bold\\\\*\\\\* \\\\:red\\\\[x\\\\] \\\\$x\\\\$'
    """
    return _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def plain(text: Any) -> str:
    """Any text from a paper or a file (title, file name, model, message) as Markdown that shows it
    literally: every mark escaped, line breaks and leading spaces (a code block) removed; blank when missing.

    >>> plain("  ![px](http://127.0.0.1/p.png)")
    '\\\\!\\\\[px\\\\]\\\\(http\\\\://127\\\\.0\\\\.0\\\\.1/p\\\\.png\\\\)'
    """
    return "" if display.missing(text) else md_escape(" ".join(str(text).split()))


def arxiv_link(arxiv_id: Any) -> str:
    """A Markdown link to the arXiv page of a well-formed id; blank for any other value."""
    url = display.arxiv_url(arxiv_id)
    return f"[arXiv:{display.arxiv_id(arxiv_id)}]({url})" if url else ""


def paper_ref(title: Any, arxiv_id: Any, abstract: Any) -> str:
    """Markdown naming a paper (its title, else the first words of its abstract, shown literally) and
    linking its arXiv page when the id is well formed."""
    link = arxiv_link(arxiv_id)
    return plain(display.paper_name(title, abstract)) + (f" · {link}" if link else "")


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


ROLE_COLOURS = {"own": "blue", "baseline": "orange"}  # a paper's own numbers, and those it quotes for others


def marked(text: str, marks: Sequence[tuple[int, int, str, str]]) -> str:
    """Markdown for `text` with each mark (start, end, role, label) highlighted in its role's colour and followed
    by its label as a badge (one badge for the labels of one span); everything else escaped.

    >>> print(marked("A 83.8 and B 6.57", [(2, 6, "own", "1"), (13, 17, "baseline", "2")]))
    A :blue-background[**83\\.8**]:blue-badge[1] and B :orange-background[**6\\.57**]:orange-badge[2]
    """
    spans: dict[tuple[int, int], tuple[str, list[str]]] = {}
    for start, end, role, label in marks:
        spans.setdefault((start, end), (role, []))[1].append(label)
    out, pos = [], 0
    for (start, end), (role, names) in sorted(spans.items()):
        if start < pos or end > len(text) or start >= end:
            continue
        colour = ROLE_COLOURS.get(role, "gray")
        out.append(md_escape(text[pos:start]))
        out.append(f":{colour}-background[**{md_escape(text[start:end])}**]:{colour}-badge[{md_escape(','.join(names))}]")
        pos = end
    out.append(md_escape(text[pos:]))
    return "".join(out)


def empty_database() -> NoReturn:
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


TABLE_COLUMNS: dict[str, Any] = {
    "paper": st.column_config.TextColumn("paper"),
    "arxiv": st.column_config.LinkColumn("arXiv", display_text=r"https://arxiv\.org/abs/(.*)"),
    "date": st.column_config.TextColumn("date"),
    "confidence": st.column_config.TextColumn(
        "confidence", help="How sure the extractor is that the row is right: the band of the reliability table its "
                           "confidence falls in (About the data shows how often each band was right)."),
    "reviewed": st.column_config.TextColumn("reviewed", help="Verified or corrected by a reviewer."),
}


def table(df: pd.DataFrame, key: str, **column_config: Any) -> None:
    """A display frame (see `display.table`) as a table, with the arXiv column as links."""
    st.dataframe(df, hide_index=True, width="stretch", key=key,
                 column_config={**{c: v for c, v in TABLE_COLUMNS.items() if c in df.columns}, **column_config})


def as_extracted(rows: pd.DataFrame, key: str) -> None:
    """An expander with the extracted values of the rows a reviewer corrected (the tables show the corrections)."""
    fixed = labels.corrections(rows)
    if fixed.empty:
        return
    n = fixed["row"].nunique()
    with st.expander(f"As extracted, before {n} reviewer correction{'' if n == 1 else 's'}"):
        table(fixed, key)


def _set_state(key: str, value: object) -> None:
    st.session_state[key] = value


def offers(choices: Sequence[holdings.Offer], key: str) -> None:
    """Each offer as a button that sets its widget, or a link to the page that shows it."""
    for i, o in enumerate(choices):
        if o.page:
            st.page_link(o.page, label=plain(o.label), icon=":material/arrow_forward:", query_params=dict(o.query))
        else:
            st.button(plain(o.label), key=f"{key}_{i}", on_click=_set_state, args=(o.key, o.value))
