"""Chart builders: pure functions DataFrame -> alt.Chart, and their PNG/SVG export.

No Streamlit here; each builder is tested through `chart.to_dict()`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import altair as alt
import pandas as pd
import vl_convert as vlc

WIDTH = 640


def _tooltip_value() -> alt.Tooltip:
    return alt.Tooltip("value:Q", title="value as reported")


def leaderboard_bars(df: pd.DataFrame, benchmark: str, higher_is_better: bool = True, top: int = 15) -> alt.Chart:
    """Horizontal bars of the top models (best first), from a `best_per_model` frame."""
    data = df.head(top)[["rank", "model", "value_norm", "value", "unit", "metric", "title"]].copy()
    data["title"] = data["title"].fillna("")
    order: Literal["descending", "ascending"] = "descending" if higher_is_better else "ascending"
    return (
        alt.Chart(data, title=f"{benchmark}: top {min(top, len(data))} models")
        .mark_bar()
        .encode(
            x=alt.X("value_norm:Q", title="best reported score (0-100 scale)"),
            y=alt.Y("model:N", sort=alt.EncodingSortField(field="value_norm", order=order), title=None),
            color=alt.value("#4c78a8"),
            tooltip=[alt.Tooltip("rank:Q"), alt.Tooltip("model:N"), _tooltip_value(), alt.Tooltip("unit:N"),
                     alt.Tooltip("metric:N"), alt.Tooltip("title:N", title="paper")],
        )
        .properties(width=WIDTH, height=alt.Step(22))
    )


def compare_bars(df: pd.DataFrame) -> alt.Chart:
    """Grouped bars: one group per benchmark, one bar per model (best value)."""
    data = df[["model", "benchmark", "value_norm", "value", "title"]].copy()
    data["title"] = data["title"].fillna("")
    return (
        alt.Chart(data, title="Best reported scores")
        .mark_bar()
        .encode(
            x=alt.X("benchmark:N", title=None),
            xOffset=alt.XOffset("model:N"),
            y=alt.Y("value_norm:Q", title="best reported score (0-100 scale)"),
            color=alt.Color("model:N", legend=alt.Legend(orient="bottom", columns=2)),
            tooltip=[alt.Tooltip("model:N"), alt.Tooltip("benchmark:N"), _tooltip_value(),
                     alt.Tooltip("title:N", title="paper")],
        )
        .properties(width=WIDTH, height=320)
    )


def progress_chart(points: pd.DataFrame, sota: pd.DataFrame, benchmark: str) -> Any:
    """Every reported score over paper date, with the state-of-the-art frontier as a step line."""
    pts = points[["date", "value_norm", "value", "model", "title", "metric"]].copy()
    pts["model"] = pts["model"].fillna("(unnamed)")
    pts["title"] = pts["title"].fillna("")
    front = sota[["date", "value_norm", "model"]].copy()
    front["model"] = front["model"].fillna("(unnamed)")
    if not pts.empty:  # carry the frontier to the last date so the step reaches the right edge
        last = pts["date"].max()
        if not front.empty and front["date"].max() < last:
            tail = front.iloc[[-1]].copy()
            tail["date"] = last
            front = pd.concat([front, tail], ignore_index=True)
    base = alt.Chart(pts, title=f"{benchmark}: reported scores over time")
    scatter = base.mark_circle(size=60, opacity=0.7).encode(
        x=alt.X("date:T", title="paper date"),
        y=alt.Y("value_norm:Q", title="score (0-100 scale)"),
        tooltip=[alt.Tooltip("model:N"), _tooltip_value(), alt.Tooltip("metric:N"),
                 alt.Tooltip("title:N", title="paper"), alt.Tooltip("date:T")],
    )
    line = alt.Chart(front).mark_line(interpolate="step-after", color="#e45756", strokeWidth=2).encode(
        x="date:T", y="value_norm:Q", tooltip=[alt.Tooltip("model:N", title="state of the art")],
    )
    return alt.layer(scatter, line).properties(width=WIDTH, height=340)


def conflict_strip(df: pd.DataFrame) -> alt.Chart:
    """One row per (model, benchmark) in conflict, a dot per reported value."""
    data = df[["model", "benchmark", "value_norm", "value", "title"]].copy()
    data["title"] = data["title"].fillna("")
    data["pair"] = data["model"].fillna("") + " · " + data["benchmark"]
    return (
        alt.Chart(data, title="Conflicting reports")
        .mark_tick(thickness=3, size=18)
        .encode(
            x=alt.X("value_norm:Q", title="reported value (0-100 scale)"),
            y=alt.Y("pair:N", title=None),
            color=alt.Color("benchmark:N"),
            tooltip=[alt.Tooltip("model:N"), alt.Tooltip("benchmark:N"), _tooltip_value(),
                     alt.Tooltip("title:N", title="paper")],
        )
        .properties(width=WIDTH, height=alt.Step(20))
    )


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
