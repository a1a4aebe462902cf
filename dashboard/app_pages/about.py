"""About the data: how accurate the extraction is, how sure it is of each row, and what the registry covers."""

import json
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import charts, data, display
from dashboard.widgets import chart_downloads, plain
from db.engine import mask_url
from extract.confidence import WEIGHTS_FILE
from extract.fitting import TARGET_PRECISION

FIELDS = ("model", "metric", "unit", "kind")
ACCURACY = Path(__file__).resolve().parents[2] / "extract" / "accuracy.json"

st.title("About the data")
st.markdown(
    "Every number here was read from paper text by benchboard's rule-based extractor. Each result keeps the "
    "sentence it came from, so any number can be checked against its evidence. The figures below are measured "
    "by `benchboard evaluate` against hand-checked gold records (five core benchmarks; held-out 14-26 on every "
    "benchmark of the registry)."
)
if ACCURACY.exists():
    figures = json.loads(ACCURACY.read_text(encoding="utf-8"))
    rows = []
    for name, f in figures.items():
        m = f["micro"]
        found, expected = m["tp"] + m["fp"], m["tp"] + m["fn"]  # (a set with nothing to find shows blanks, not 1.0)
        rows.append({"gold set": name, "precision": display.fixed(m["precision"] if found else None),
                     "recall": display.fixed(m["recall"] if expected else None),
                     "F1": display.fixed(m["f1"] if found and expected else None),
                     "full-tuple F1": display.fixed(f["full_tuple"]["f1"] if found and expected else None),
                     **{k: display.fixed(f["fields"][k] if m["tp"] else None) for k in FIELDS},
                     "records": expected})
    st.dataframe(rows, hide_index=True, width="stretch", key="about_accuracy")
else:
    st.info("No accuracy figures recorded yet (run `make accuracy`).")

FIRST_RUNS = ACCURACY.with_name("first_runs.json")
if FIRST_RUNS.exists():
    first = json.loads(FIRST_RUNS.read_text(encoding="utf-8"))
    st.subheader("On text nobody had tuned on")
    st.markdown(
        "The figures above are measured after the errors each set exposed were fixed. The first run on each "
        "held-out set, before anyone looked at the extractor's output on it, is the better guide to new "
        "abstracts: expect some wrong numbers and more wrong model names, and check the evidence."
    )
    runs = pd.DataFrame(first["runs"])
    runs = runs[[c for c in runs.columns if not runs[c].map(lambda v: isinstance(v, dict | list)).any()]]  # (figures)
    for c in ("precision", "recall", "model"):
        runs[c] = runs[c].map(display.fixed)
    st.dataframe(display.table(runs, runs.columns), hide_index=True, width="stretch", key="about_first_runs")

url, stamp = data.current()
measured = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")).get("leave-one-set-out")
if measured:
    at = measured["at threshold"]
    st.subheader("How sure it is")
    st.markdown(
        f"Every row carries a confidence: how likely it is to be right (number, benchmark, kind, sign and system), "
        f"from how it was found and its sentence. Rows at or above {at['threshold']:.2f} are **trusted**: the "
        "leaderboards, Compare and Progress show them and the rows a reviewer verified, and 'Include untrusted "
        f"rows' shows the rest. Measured leave-one-set-out on the gold sets (each set scored by a model fitted on "
        f"the others), {at['trusted']} of {at['records']} rows reach the threshold and "
        f"{at['precision (row right)'] * 100:.1f}% of them are right; the threshold is the lowest at which "
        f"trusted rows were right at least {TARGET_PRECISION:.0%} of the time.")
    chart = charts.reliability_chart(pd.DataFrame(measured["bands"]), at["threshold"], TARGET_PRECISION)
    st.altair_chart(chart, width="stretch")
    chart_downloads(chart, "reliability", "about_reliability", "gold sets")
    c1, c2, c3 = st.columns(3)
    c1.metric("Recall, every row", display.fixed(at["recall without threshold"]))
    c2.metric("Recall, trusted rows", display.fixed(at["recall"]))
    c3.metric("Right rows that are trusted", display.fixed(at["right records kept"]))
    st.caption("What the threshold costs: of the gold records, the extractor finds the share on the left and its "
               "trusted rows the share in the middle; the right rows below the threshold are what review is for. "
               "These are the sets the rules were tuned on: on text no rule had seen, rows in every band were right "
               "far less often (docs/confidence.md), so a row a reviewer verified is the one to trust.")

st.subheader("Benchmarks")
registry = data.benchmarks(url, stamp)
st.dataframe(display.table(registry, registry.columns), hide_index=True, width="stretch", key="about_benchmarks")
st.caption(f"Database: {plain(mask_url(url))}")
