"""The pages say whose number each row is (system, backbone, setting, scope, role), rank what the boards rank,
and show how each number was found (AppTest over the real abstracts of `tests/boards/`)."""

from __future__ import annotations

import pytest

from dashboard.widgets import plain
from db.engine import init_db, make_engine
from db.store import Store
from extract.reader import read_path
from extract.rules import RULES

from .test_boards import LISTING
from .test_dashboard import frame, open_page

COLUMNS = {"system", "backbone", "setting", "scope", "role"}


@pytest.fixture(scope="module")
def boards_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("boards") / "boards.db")
    engine = make_engine(db)
    init_db(engine)
    assert not Store(engine).ingest_paths(read_path([LISTING])).failed
    engine.dispose()
    return db


@pytest.fixture()
def boards_env(boards_db: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("BENCHBOARD_DB", boards_db)
    return boards_db


def captions(at) -> str:  # type: ignore[no-untyped-def]
    return " ".join(c.value for c in at.caption)


def test_the_leaderboard_ranks_own_standard_scores_and_names_unnamed_systems_by_their_paper(boards_env: str) -> None:
    at = open_page("leaderboard", benchmark="GSM8K", untrusted="1")
    assert at.selectbox(key="lb_metric").value == "standard: accuracy" and at.toggle(key="lb_baselines").value is False
    board = frame(at, "rank")
    assert set(board.columns) >= COLUMNS
    assert board["system"].tolist()[:3] == ["Sculpting (gpt-4o)", "Sculpting (gpt-5)",
                                            "unnamed system · arXiv:2510.22132 (Gemma-2-9B)"]
    assert board["system"].str.startswith("unnamed system · ").sum() == 3 and set(board["role"]) == {"own"}
    assert "5 of 5 systems shown; 3 of them are unnamed systems" in captions(at)
    assert board["score"].tolist() == [97.0, 94.0, 90.1, 75.42, 44.35]
    at.toggle(key="lb_baselines").set_value(True).run()
    both = frame(at, "rank")
    assert both.set_index("system").loc["SELF-REFINE", "role"] == "baseline"
    assert at.query_params["baselines"] in ("1", ["1"])


def test_other_settings_are_one_pick_away_and_shown_in_their_column(boards_env: str) -> None:
    at = open_page("leaderboard", benchmark="GSM8K", untrusted="1")
    picker = at.multiselect(key="lb_settings")
    assert set(picker.options) >= {"pass@k > 1 (best of several samples)", "chain-of-thought (CoT)"}
    picker.set_value(["pass@k>1"]).run()
    top = frame(at, "rank").iloc[0]
    assert (top["system"], top["score"], top["metric"]) == ("CORE", 99.54, "pass@2")
    assert at.query_params["settings"] in ("pass@k>1", ["pass@k>1"])
    cot = frame(open_page("leaderboard", benchmark="GSM8K", settings="CoT", untrusted="1"), "rank")
    assert cot.set_index("system").loc["CAC-CoT", "setting"] == "CoT"


def test_a_range_is_shown_as_a_range_apart_from_the_ranking(boards_env: str) -> None:
    at = open_page("leaderboard", benchmark="GSM8K", metric="all metrics", untrusted="1")
    assert "AloLab" not in frame(at, "rank")["system"].tolist()
    ranges = next(df.value for df in at.dataframe if "rank" not in df.value.columns and "as written" in df.value)
    assert ranges[["system", "as written"]].values.tolist() == [["AloLab", "84–87%"]]
    assert any(s.value == "Reported as a range (not ranked)" for s in at.subheader)


def test_absolute_and_relative_changes_are_two_tables_and_a_decrease_keeps_its_sign(boards_env: str) -> None:
    at = open_page("leaderboard", benchmark="GSM8K", deltas="1", untrusted="1")
    absolute = [df.value for df in at.dataframe if "rank" in df.value.columns][1]
    assert "+4.9%" in absolute["as written"].tolist() and "+28.4%" not in absolute["as written"].tolist()
    at.radio(key="lb_change").set_value("relative").run()
    relative = [df.value for df in at.dataframe if "rank" in df.value.columns][1]
    assert relative[["system", "as written"]].values.tolist() == [["ETD (OLMo-2 1B)", "+28.4%"]]
    assert at.query_params["change"] in ("relative", ["relative"])
    explore = frame(open_page("explore", paper="2509.01363", benchmarks="GSM8K"), "evidence")
    assert sorted(explore["as written"]) == ["+4.9%", "-11.8%"] and sorted(explore["score"]) == [-11.8, 4.9]


def test_progress_charts_full_standard_scores_and_names_them(boards_env: str) -> None:
    at = open_page("progress", benchmark="GSM8K", untrusted="1")
    front = frame(at, "evidence")
    assert set(front.columns) >= COLUMNS and 99.54 not in front["score"].tolist()
    assert set(front["scope"]) == {"full"}
    sampled = frame(open_page("progress", benchmark="GSM8K", settings="pass@k>1", untrusted="1"), "evidence")
    assert sampled["score"].max() == 99.54


def test_explore_flags_subsets_and_joint_numbers_and_says_how_each_was_found(boards_env: str) -> None:
    at = open_page("explore", benchmarks="GSM8K", scope="joint")
    table = frame(at, "evidence")
    assert set(table.columns) >= COLUMNS and set(table["scope"]) == {"joint (not ranked)"}
    assert set(table["how_linked"]) and set(table["how_named"])
    said = captions(at)
    for name in {*table["how_linked"], *table["how_named"]}:
        assert f"{plain(name)}\\: {plain(RULES[name].purpose)}" in said  # each rule with its purpose


def test_papers_colours_own_and_baseline_numbers_and_numbers_them_like_the_rows(boards_env: str) -> None:
    at = open_page("papers", q="2510.16374")
    rows = frame(at, "how_linked")
    assert set(rows.columns) >= COLUMNS and {"how_linked", "how_named"} <= set(rows.columns)
    abstract = " ".join(m.value for m in at.markdown)
    for n, value, role in zip(rows["#"], rows["as written"], rows["role"], strict=True):
        colour = "blue" if role == "own" else "orange"
        written = value.replace(".", "\\.")
        assert f":{colour}-background[**{written}" in abstract and f":{colour}-badge[{n}]" in abstract
    assert set(rows["role"]) == {"own", "baseline"}
    assert "How each number was found" in captions(at)
    subset = frame(open_page("papers", q="2603.18940"), "how_linked")
    assert set(subset["scope"]) == {"subset (not ranked)"}


def test_compare_shows_whose_number_each_cell_is(boards_env: str) -> None:
    at = open_page("compare", models="sculpting@gpt-4o,core", untrusted="1")
    cells = frame(at, "evidence")
    assert set(cells.columns) >= COLUMNS
    assert cells[["system", "benchmark", "score"]].values.tolist() == [["Sculpting (gpt-4o)", "GSM8K", 97.0]]
    at.toggle(key="cmp_any").set_value(True).run()
    assert sorted(frame(at, "evidence")["system"]) == ["CORE", "CORE", "Sculpting (gpt-4o)"]

