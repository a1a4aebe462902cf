"""About the data: how accurate the extraction is, and what the registry covers."""

import json
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import data, display
from dashboard.widgets import plain
from db.engine import mask_url

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
    for c in ("precision", "recall", "model"):
        runs[c] = runs[c].map(display.fixed)
    st.dataframe(display.table(runs, runs.columns), hide_index=True, width="stretch", key="about_first_runs")

url, stamp = data.current()
st.subheader("Benchmarks")
registry = data.benchmarks(url, stamp)
st.dataframe(display.table(registry, registry.columns), hide_index=True, width="stretch", key="about_benchmarks")
st.caption(f"Database: {plain(mask_url(url))}")
