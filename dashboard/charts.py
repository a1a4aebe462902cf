"""Chart builders: pure functions DataFrame -> alt.Chart, and their PNG/SVG export.

No Streamlit here; each builder is tested through `chart.to_dict()`.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, Final

import altair as alt
import pandas as pd
import vl_convert as vlc

from . import display

WIDTH = 640
PALETTE: Final = "tableau10"  # categorical colours that stay apart (the default theme's first two are both blue)
ROLES = alt.Scale(domain=["own", "baseline"], range=["#4c78a8", "#f58518"])
ROLE_SHAPES = alt.Scale(domain=["own", "baseline"], range=["circle", "triangle-up"])
FRONTIER = "#e45756"


def _tooltip_value() -> alt.Tooltip:
    return alt.Tooltip("label:N", title="value as reported")


def _prepared(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The columns a chart uses, with a `label` (the value as written: a `written` column when the frame has
    one, else value and unit), the paper named even when untitled, a model name for unnamed rows and a role
    for every row."""
    data = df.copy()
    data["label"] = data["written"] if "written" in data.columns else [
        display.with_unit(v, u) for v, u in zip(data["value"], data.get("unit", [None] * len(data)), strict=True)]
    titles = data["title"] if "title" in data.columns else [None] * len(data)
    starts = data["abstract_start"] if "abstract_start" in data.columns else [None] * len(data)
    data["paper"] = [display.paper_name(t, a) for t, a in zip(titles, starts, strict=True)]
    data["model"] = data["model"].map(lambda m: "(unnamed)" if display.missing(m) else m)
    if "role" not in data.columns:
        data["role"] = "own"
    return data[[*columns, "label", "paper", "role"]]


def axis_start(values: pd.Series) -> float:
    """Where a value axis starts so that close values look different: a little below the smallest
    value, at 0 when the values spread over most of the scale (below 0 only for negative values).

    >>> axis_start(pd.Series([88.0, 99.0])), axis_start(pd.Series([5.0, 90.0])), axis_start(pd.Series([-2.1, 3.0]))
    (85.0, 0.0, -4.0)
    """
    lo, hi = float(values.min()), float(values.max())
    start = lo - max((hi - lo) * 0.2, 1.0)
    return 0.0 if lo >= 0 and start < hi * 0.5 else float(math.floor(start))


def leaderboard_bars(df: pd.DataFrame, benchmark: str, higher_is_better: bool = True, top: int = 15) -> Any:
    """Horizontal bars of the top models (best first) labelled with the value as reported; the axis
    starts near the data so close scores look different; own results and baselines in two colours."""
    extra = [c for c in ("setting",) if c in df.columns]
    data = _prepared(df.head(top), ["rank", "model", "value_norm", "value", "metric", *extra])
    order = data.sort_values("value_norm", ascending=not higher_is_better, kind="stable")["model"].tolist()
    start = axis_start(data["value_norm"]) if not data.empty else 0.0
    base = alt.Chart(data, title=f"{benchmark}: top {min(top, len(data))} models").encode(
        x=alt.X("value_norm:Q", title="best reported score (0-100 scale)",
                scale=alt.Scale(domainMin=start, zero=False, nice=False)),
        y=alt.Y("model:N", sort=list(dict.fromkeys(order)), title=None),  # best first (a list: layers share it)
        tooltip=[alt.Tooltip("rank:Q"), alt.Tooltip("model:N", title="system"), _tooltip_value(),
                 alt.Tooltip("metric:N"), *[alt.Tooltip(f"{c}:N") for c in extra], alt.Tooltip("role:N"),
                 alt.Tooltip("paper:N")],
    )
    bars = base.mark_bar(clip=True).encode(color=alt.Color("role:N", scale=ROLES, title="whose number",
                                                            legend=alt.Legend(orient="bottom")))  # clear of labels
    labels = base.mark_text(align="left", dx=4, fontSize=11).encode(text="label:N")
    return alt.layer(bars, labels).properties(width=WIDTH, height=alt.Step(22))


def compare_bars(df: pd.DataFrame) -> alt.Chart:
    """Grouped bars: one group per benchmark, one bar per model (best value), one colour per model."""
    data = _prepared(df, ["model", "benchmark", "value_norm", "value"])
    return (
        alt.Chart(data, title="Best reported scores")
        .mark_bar()
        .encode(
            x=alt.X("benchmark:N", title=None, axis=alt.Axis(labelAngle=0, labelLimit=120)),
            xOffset=alt.XOffset("model:N"),
            y=alt.Y("value_norm:Q", title="best reported score (0-100 scale)"),
            color=alt.Color("model:N", scale=alt.Scale(scheme=PALETTE), legend=alt.Legend(orient="top", columns=4)),
            tooltip=[alt.Tooltip("model:N"), alt.Tooltip("benchmark:N"), _tooltip_value(), alt.Tooltip("paper:N")],
        )
        .properties(width=WIDTH, height=360)
    )


def progress_chart(points: pd.DataFrame, sota: pd.DataFrame, benchmark: str) -> Any:
    """Every reported score over paper date (own results and baselines told apart), with the
    state-of-the-art frontier as a step line; the date axis shows month and year."""
    pts = _prepared(points, ["date", "value_norm", "value", "model", "metric"])
    front = sota[["date", "value_norm", "model"]].copy()
    front["model"] = front["model"].map(lambda m: "(unnamed)" if display.missing(m) else m)
    if not pts.empty:  # carry the frontier to the last date so the step reaches the right edge
        last = pts["date"].max()
        if not front.empty and front["date"].max() < last:
            tail = front.iloc[[-1]].copy()
            tail["date"] = last
            front = pd.concat([front, tail], ignore_index=True)
    x = alt.X("date:T", title="paper date", axis=alt.Axis(format="%b %Y", labelAngle=0, labelOverlap=True))
    base = alt.Chart(pts, title=f"{benchmark}: reported scores over time")
    scatter = base.mark_point(size=60, opacity=0.8, filled=True).encode(
        x=x,
        y=alt.Y("value_norm:Q", title="score (0-100 scale)"),
        color=alt.Color("role:N", scale=ROLES, title="whose number"),
        shape=alt.Shape("role:N", scale=ROLE_SHAPES, title="whose number"),
        tooltip=[alt.Tooltip("model:N"), _tooltip_value(), alt.Tooltip("metric:N"), alt.Tooltip("role:N"),
                 alt.Tooltip("paper:N"), alt.Tooltip("date:T", format="%Y-%m-%d")],
    )
    line = alt.Chart(front).mark_line(interpolate="step-after", color=FRONTIER, strokeWidth=2).encode(
        x=x, y="value_norm:Q", tooltip=[alt.Tooltip("model:N", title="state of the art")],
    )
    return alt.layer(scatter, line).properties(width=WIDTH, height=340)


def conflict_strip(df: pd.DataFrame) -> alt.Chart:
    """One row per (model, benchmark) in conflict, a tick per reported value."""
    data = _prepared(df, ["model", "benchmark", "value_norm", "value"])
    data["pair"] = data["model"] + " · " + data["benchmark"]
    return (
        alt.Chart(data, title="Conflicting reports")
        .mark_tick(thickness=3, size=18)
        .encode(
            x=alt.X("value_norm:Q", title="reported value (0-100 scale)"),
            y=alt.Y("pair:N", title=None, axis=alt.Axis(labelLimit=240)),
            color=alt.Color("benchmark:N", scale=alt.Scale(scheme=PALETTE)),
            tooltip=[alt.Tooltip("model:N"), alt.Tooltip("benchmark:N"), _tooltip_value(), alt.Tooltip("paper:N")],
        )
        .properties(width=WIDTH, height=alt.Step(20))
    )


def reliability_chart(bands: pd.DataFrame, threshold: float, target: float) -> Any:
    """Precision per confidence band (bars spanning each band, labelled with its rows), the trust threshold (a
    vertical rule) and the precision it was chosen for (a dashed horizontal rule). `bands` holds the
    reliability table: band ("0.90-0.95"), records, right, precision."""
    data = bands.copy()
    data[["lo", "hi"]] = [[float(x) for x in str(b).split("-")] for b in data["band"]]
    data["mid"] = (data["lo"] + data["hi"]) / 2
    x = alt.X("lo:Q", title="confidence (each bar a band, labelled with its rows)", scale=alt.Scale(domain=[0, 1]),
              axis=alt.Axis(values=[0, *data["hi"]]))
    y = alt.Y("precision:Q", title="share of rows right (leave-one-set-out)",
              scale=alt.Scale(domain=[0, 1], nice=False))
    base = alt.Chart(data, title="How often each confidence band was right")
    bars = base.mark_bar(stroke="white", strokeWidth=2, color="#4c78a8").encode(
        x=x, x2="hi:Q", y=y, y2=alt.datum(0),
        tooltip=[alt.Tooltip("band:N", title="confidence"), alt.Tooltip("records:Q", title="rows"),
                 alt.Tooltip("right:Q", title="right"), alt.Tooltip("precision:Q", format=".3f")])
    counts = base.mark_text(dy=-7, fontSize=10).encode(x="mid:Q", y="precision:Q", text="records:Q")
    marks = pd.DataFrame({"confidence": [threshold], "precision": [target],
                          "label": [f"trusted from {threshold:.2f}"], "aim": [f"{target:.2f} right"]})
    rule = alt.Chart(marks).mark_rule(color=FRONTIER, strokeWidth=2).encode(x="confidence:Q")
    rule_label = alt.Chart(marks).mark_text(align="right", dx=-4, y=-6, color=FRONTIER).encode(
        x="confidence:Q", text="label:N")
    aim = alt.Chart(marks).mark_rule(strokeDash=[4, 4], color="#666").encode(y="precision:Q")
    aim_label = alt.Chart(marks).mark_text(align="left", x=4, dy=-7, color="#666").encode(
        y="precision:Q", text="aim:N")
    return alt.layer(bars, counts, aim, aim_label, rule, rule_label).properties(width=WIDTH, height=320)


def with_caption(chart: Any, source: str, when: dt.date | None = None) -> alt.VConcatChart:
    """The chart with a small caption naming the data source and the date, for exported images."""
    when = when or dt.date.today()
    caption = f"benchboard · data: {source} · {when.isoformat()}"
    return alt.vconcat(chart, alt.Chart(pd.DataFrame({"t": [caption]})).mark_text(
        align="left", fontSize=10, color="#666").encode(text="t:N", x=alt.value(0)).properties(width=WIDTH, height=14))


def to_png(chart: alt.TopLevelMixin, source: str = "benchboard", scale: float = 2.0) -> bytes:
    """The chart rendered server-side as PNG, with its caption."""
    return vlc.vegalite_to_png(with_caption(chart, source).to_dict(), scale=scale)


def to_svg(chart: alt.TopLevelMixin, source: str = "benchboard") -> bytes:
    """The chart rendered server-side as SVG, with its caption."""
    return vlc.vegalite_to_svg(with_caption(chart, source).to_dict()).encode("utf-8")
