"""Chart builders through `to_dict()`, and their PNG/SVG export."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from dashboard import charts
from db import aggregate

BOARD = aggregate.best_per_model(pd.DataFrame({
    "model_key": ["a", "b", "c"], "model": ["A", "B", "C"], "value_norm": [80.0, 90.0, 70.0],
    "value": [80.0, 90.0, 0.7], "unit": ["%", "%", None], "metric": ["accuracy"] * 3, "paper_id": [1, 2, 3],
    "title": ["P1", "P2", None],
}))
POINTS = pd.DataFrame({
    "date": pd.to_datetime(["2023-01-01", "2023-03-01", "2023-06-01", "2024-01-01"]),
    "value_norm": [50.0, 45.0, 60.0, 58.0], "value": [50.0, 45.0, 60.0, 58.0], "model": ["A", "B", "C", None],
    "title": ["p1", "p2", "p3", "p4"], "metric": [None] * 4,
})


def _rows(spec: dict, layer: int = 0) -> list[dict]:
    data = spec["layer"][layer].get("data", spec.get("data"))
    return spec["datasets"][data["name"]]


def test_leaderboard_bars_best_first_labelled_from_near_the_data() -> None:
    spec = charts.leaderboard_bars(BOARD, "GSM8K", higher_is_better=True, top=2).to_dict()
    bars, labels = spec["layer"]
    assert bars["mark"]["type"] == "bar" and labels["mark"]["type"] == "text"
    assert bars["encoding"]["x"]["field"] == "value_norm"
    assert bars["encoding"]["y"]["sort"] == ["B", "A"]  # best first
    assert labels["encoding"]["text"]["field"] == "label"
    assert [r["label"] for r in _rows(spec)] == ["90%", "80%"]  # the values as reported, with their unit
    assert bars["encoding"]["x"]["scale"]["domainMin"] == 78.0  # not 0: 80 and 90 must look different
    low = charts.leaderboard_bars(BOARD, "X", higher_is_better=False).to_dict()
    assert low["layer"][0]["encoding"]["y"]["sort"] == ["C", "A", "B"]
    assert [r["label"] for r in _rows(low)] == ["90%", "80%", "0.7"]


def test_leaderboard_bars_tell_own_results_from_baselines() -> None:
    board = BOARD.assign(role=["own", "baseline", "own"])
    spec = charts.leaderboard_bars(board, "GSM8K").to_dict()
    color = spec["layer"][0]["encoding"]["color"]
    assert color["field"] == "role" and color["scale"]["domain"] == ["own", "baseline"]
    assert len(set(color["scale"]["range"])) == 2


def test_axis_starts_at_zero_when_values_spread_widely() -> None:
    assert charts.axis_start(pd.Series([88.0, 99.0])) == 85.0
    assert charts.axis_start(pd.Series([5.0, 90.0])) == 0.0
    assert charts.axis_start(pd.Series([0.5])) == 0.0


def test_progress_chart_has_points_and_step_frontier() -> None:
    sota = aggregate.frontier(POINTS)
    assert sota["value_norm"].tolist() == [50.0, 60.0]
    spec = charts.progress_chart(POINTS, sota, "MATH").to_dict()
    marks = [layer["mark"] for layer in spec["layer"]]
    assert marks[0]["type"] == "point"
    assert marks[1] == {"type": "line", "interpolate": "step-after", "color": "#e45756", "strokeWidth": 2}
    assert spec["layer"][0]["encoding"]["x"]["field"] == "date"
    assert {t["field"] for t in spec["layer"][0]["encoding"]["tooltip"]} >= {"model", "label", "paper"}


def test_progress_axis_shows_years_and_roles() -> None:
    points = POINTS.assign(role=["own", "baseline", "own", "own"])
    spec = charts.progress_chart(points, aggregate.frontier(points), "MATH").to_dict()
    x = spec["layer"][0]["encoding"]["x"]
    assert "%Y" in x["axis"]["format"]
    enc = spec["layer"][0]["encoding"]
    assert enc["color"]["field"] == "role" and enc["shape"]["field"] == "role"
    assert {r["role"] for r in _rows(spec)} == {"own", "baseline"}


def test_compare_bars_grouped_tall_and_in_separate_colours() -> None:
    df = pd.DataFrame({"model": ["A", "A", "B"], "benchmark": ["GSM8K", "MATH", "GSM8K"],
                       "value_norm": [80.0, 50.0, 85.0], "value": [80.0, 50.0, 85.0], "title": ["p", "p", None]})
    spec = charts.compare_bars(df).to_dict()
    assert spec["encoding"]["xOffset"]["field"] == "model"
    assert spec["encoding"]["color"]["field"] == "model"
    assert spec["encoding"]["color"]["scale"]["scheme"] == charts.PALETTE
    assert spec["height"] >= 300 and spec["encoding"]["x"]["axis"]["labelAngle"] == 0


def test_conflict_strip() -> None:
    df = pd.DataFrame({"model": ["A", "A"], "benchmark": ["GSM8K"] * 2, "value_norm": [80.0, 82.0],
                       "value": [80.0, 82.0], "title": ["p1", "p2"]})
    spec = charts.conflict_strip(df).to_dict()
    assert spec["mark"]["type"] == "tick" and spec["encoding"]["y"]["field"] == "pair"
    assert spec["encoding"]["color"]["scale"]["scheme"] == charts.PALETTE


def test_untitled_papers_are_named_in_tooltips() -> None:
    board = BOARD.assign(abstract_start=["", "", "We study small models for math word problems in depth today"])
    rows = _rows(charts.leaderboard_bars(board, "GSM8K").to_dict())
    assert [r["paper"] for r in rows] == ["P2", "P1", "We study small models for math word problems in depth…"]


BUILDERS = {
    "leaderboard": lambda: charts.leaderboard_bars(BOARD, "GSM8K"),
    "progress": lambda: charts.progress_chart(POINTS, aggregate.frontier(POINTS), "MATH"),
    "compare": lambda: charts.compare_bars(BOARD.assign(benchmark="GSM8K")),
    "conflicts": lambda: charts.conflict_strip(BOARD.assign(benchmark="GSM8K")),
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_png_and_svg_export(name: str) -> None:
    chart = BUILDERS[name]()
    png = charts.to_png(chart, "seeds.db")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 1000
    svg = charts.to_svg(chart, "seeds.db")
    assert svg.lstrip().startswith(b"<svg") and b"benchboard" in svg and b"seeds.db" in svg


def test_conflicts_and_best_per_model() -> None:
    df = pd.DataFrame({"model_key": ["a", "a", "a", None], "model": ["A"] * 3 + [None], "benchmark": ["X"] * 4,
                       "metric": [None, None, "acc", None], "kind": ["score"] * 4,
                       "value_norm": [70.0, 72.0, 99.0, 10.0], "id": [1, 2, 3, 4], "paper_id": [1, 2, 3, 4]})
    c = aggregate.conflicts(df)
    assert c["id"].tolist() == [2, 1] and c["spread"].tolist() == [2.0, 2.0]
    noise = df.assign(value_norm=[70.0, 93.3, 99.0, 10.0])
    assert aggregate.conflicts(noise)["spread"].tolist() == [23.3, 23.3]  # not 23.299999999999997
    lower = aggregate.best_per_model(df, higher_is_better=False)
    assert lower["value_norm"].tolist() == [70.0]


def _one_popular_model(n: int) -> pd.DataFrame:
    """n papers reporting one model on one benchmark, a few values, plus an ambiguous two-value sentence each."""
    ids = range(n)
    single = pd.DataFrame({"model_key": "m", "benchmark": "GSM8K", "metric": "accuracy", "kind": "score",
                           "setting": None, "value_norm": [80.0 + i % 7 for i in ids], "id": list(ids),
                           "paper_id": list(ids), "start": 0})
    pair = single.assign(value_norm=single["value_norm"] + 0.5, id=single["id"] + n, start=100)
    other = pair.assign(value_norm=pair["value_norm"] + 1, id=pair["id"] + n)
    return pd.concat([single, pair, other], ignore_index=True)


def test_conflicts_cost_grows_linearly() -> None:
    """Thousands of papers reporting one popular model: time for twice the reports at most ~2x (a ratio). The two
    sizes are timed in turn, best of three each, so that a burst of load on the machine slows both."""
    def seconds(df: pd.DataFrame) -> float:
        t = time.perf_counter()
        found = aggregate.conflicts(df)
        took = time.perf_counter() - t
        assert len(found) == len(df) // 3 and set(found["spread"]) == {6.0}  # the ambiguous sentences left out
        return took

    frames = _one_popular_model(20_000), _one_popular_model(40_000)
    small = large = float("inf")
    for _ in range(3):
        small, large = min(small, seconds(frames[0])), min(large, seconds(frames[1]))
    assert large / small < 3.0, (small, large)


def test_reliability_chart_spans_each_band_with_its_rows_and_marks_the_threshold() -> None:
    bands = pd.DataFrame({"band": ["0.00-0.50", "0.50-0.90", "0.90-1.00"], "records": [20, 50, 300],
                          "right": [10, 40, 294], "precision": [0.5, 0.8, 0.98]})
    spec = charts.reliability_chart(bands, 0.94, 0.97).to_dict()
    bars, counts = spec["layer"][0], spec["layer"][1]
    assert bars["mark"]["type"] == "bar" and bars["encoding"]["x"]["field"] == "lo"
    assert bars["encoding"]["x2"]["field"] == "hi" and bars["encoding"]["y"]["field"] == "precision"
    rows = _rows(spec)
    assert [(r["lo"], r["hi"], r["records"]) for r in rows] == [(0.0, 0.5, 20), (0.5, 0.9, 50), (0.9, 1.0, 300)]
    assert counts["encoding"]["text"]["field"] == "records"
    marks = [layer for layer in spec["layer"] if layer["mark"]["type"] == "rule"]
    threshold = next(m for m in marks if "x" in m["encoding"])
    target = next(m for m in marks if "y" in m["encoding"])
    assert spec["datasets"][threshold["data"]["name"]][0]["confidence"] == 0.94
    assert spec["datasets"][target["data"]["name"]][0]["precision"] == 0.97
