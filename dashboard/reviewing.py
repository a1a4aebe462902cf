"""The Review page's parts: a queued row shown for judging (its abstract as text, the number highlighted) and the
controls that record a verdict (verify, reject, a form to correct), each one click, through `data.record_review`.

The controls are built only for a reviewer (`access.reviewer`); their callbacks run before the page is drawn
again, so the queue the page then reads no longer holds a row just reviewed.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st
from sqlalchemy.exc import SQLAlchemyError

from db.engine import describe
from db.models import CORRECTED, REJECTED, VERIFIED
from db.reviews import CHOICES, CORRECTABLE, ReviewError
from extract.registry import default_registry

from . import data, display, labels
from .widgets import highlighted, paper_ref, plain, table

SAID = "rv_said"  # the session state key of what the last action did
FIELDS = ["system", "backbone", "benchmark", "score", "as written", "metric", "kind", "setting", "scope", "role",
          "confidence", "qualifier", "how_linked", "how_named"]


def item(row: pd.Series, abstract: str | None, key: str = "rv") -> None:
    """A row to judge: what it says, and the abstract (as text) with its number highlighted, or the table row or
    sentence of a LaTeX source it came from."""
    one = row.to_frame().T.reset_index(drop=True)
    st.subheader(plain(f"{labels.COMPUTED['system'](one)[0] or 'no system named'} · {row['benchmark']} · "
                       f"{labels.as_written(row['value'], row['unit'], row['kind'], row['value_min'])}"))
    st.caption(paper_ref(row["title"], row["arxiv_id"], row["abstract_start"]))
    if row["source"] == "abstract" and abstract:
        st.markdown(highlighted(abstract, [(int(row["value_start"]), int(row["value_end"]))]))
    else:
        st.caption(f"From the paper's LaTeX source ({plain(row['source'])}): the table's caption and row, or the "
                   "sentence, as written")
        st.text(row["evidence"])  # shown as it is: never Markdown or HTML
    table(labels.shown(one, FIELDS), f"{key}_fields", score=st.column_config.NumberColumn("score (0-100)"))


def _record(url: str, result_id: int, reviewer: str, verdict: str, key: str,
            fields: dict[str, str] | None = None) -> None:
    """Record a verdict (a button's or the form's callback); what happened is said on the next draw."""
    note = st.session_state.get(f"{key}_note") or None
    fixes = {f: st.session_state.get(k) for f, k in fields.items()} if fields else None
    try:
        data.record_review(url, result_id, reviewer, verdict, fixes, note)
        st.session_state[SAID] = ("success", f"Recorded: {verdict}.")
        st.session_state[f"{key}_note"] = ""
    except ReviewError as exc:
        st.session_state[SAID] = ("error", f"Not recorded: {exc}")
    except SQLAlchemyError as exc:
        st.session_state[SAID] = ("error", f"Not recorded: the database refused it ({describe(exc)}); try again")


def said() -> None:
    """What the last action did, once."""
    kind, text = st.session_state.pop(SAID, (None, ""))
    if kind == "success":
        st.success(plain(text))
    elif kind == "error":
        st.error(plain(text))


def _value(v: Any) -> str:
    return "" if display.missing(v) else display.number(v) if isinstance(v, float) else str(v)


def _options(choices: Any, current: Any) -> list[Any]:
    """A selectbox's options with the row's current value among them (a benchmark no longer in the registry, a
    field an older row does not set: None), so that a form saved for another field leaves this one as it is."""
    options = list(choices)
    current = None if display.missing(current) else current
    return options if current in options else [current, *options]


def _option(value: Any) -> str:
    return "(not set)" if value is None else str(value)


def controls(url: str, row: pd.Series, reviewer: str, key: str = "rv") -> None:
    """One click to verify or reject, a form to correct any of `CORRECTABLE`, and a note for either (widget keys
    start with `key`)."""
    rid = int(row["id"])
    st.text_input("Note (optional, kept with the review)", key=f"{key}_note", max_chars=2000)
    c1, c2 = st.columns(2)
    c1.button("Verify", type="primary", key=f"{key}_verify", on_click=_record,
              args=(url, rid, reviewer, VERIFIED, key), help="The row is right as extracted.")
    c2.button("Reject", key=f"{key}_reject", on_click=_record, args=(url, rid, reviewer, REJECTED, key),
              help="The number is not a result of this benchmark: hide it everywhere.")
    keys = {f: f"{key}_fix_{f}_{rid}" for f in CORRECTABLE}
    benchmarks = [b.name for b in default_registry()]
    with st.form(f"{key}_correct_{rid}"):
        st.markdown("**Correct it** (change what is wrong; a field left as it is stays as extracted)")
        cols = st.columns(3)
        for i, f in enumerate(CORRECTABLE):
            col, current = cols[i % 3], row[f]
            if f == "benchmark" or f in CHOICES:
                options = _options(benchmarks if f == "benchmark" else CHOICES[f], current)
                col.selectbox(f, options, index=options.index(current if current in options else None),
                              format_func=_option, key=keys[f])
            else:
                col.text_input(f, value=_value(current), key=keys[f], max_chars=256)
        st.form_submit_button("Save the correction", on_click=_record, args=(url, rid, reviewer, CORRECTED, key, keys))
