"""Every page through Streamlit's AppTest on a database built from seeds/, plus interactions by widget key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from db.engine import init_db, make_engine
from db.store import Store

from .conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
PAGES = ["leaderboard", "compare", "progress", "papers", "explore", "conflicts", "add_documents", "about"]


def open_page(page: str, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    if page == "leaderboard":  # the default page: the URL is read on the first run, as in a new browser tab
        for k, v in params.items():
            at.query_params[k] = v
        at.run()
    else:
        at.run()
        for k, v in params.items():
            at.query_params[k] = v
        at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def frame(at: AppTest, column: str) -> pd.DataFrame:
    for df in at.dataframe:
        if column in df.value.columns:
            return df.value
    raise AssertionError(f"no table with a {column!r} column")


@pytest.mark.parametrize("page", PAGES)
def test_page_renders(page: str, db_env: str) -> None:
    at = open_page(page)
    assert at.title or at.markdown


def test_about_shows_current_and_first_run_accuracy(db_env: str) -> None:
    """Both the tuned figures and the untuned first runs, each held-out set in both tables."""
    at = open_page("about")
    current = frame(at, "full-tuple F1")
    first = frame(at, "abstracts")
    assert {"seeds", "dev", "all"} <= set(current["gold set"])
    assert {f"held-out {k}" for k in range(1, 7)} <= set(current["gold set"]) & set(first["gold set"])
    nothing = current.set_index("gold set").loc["held-out 26 (registry)"]  # no record to find, none found
    assert nothing["records"] == 0 and nothing.isna()["precision"] and nothing.isna()["recall"]


def test_leaderboard_ranks_gsm8k(db_env: str) -> None:
    at = open_page("leaderboard")
    at.selectbox(key="lb_benchmark").set_value("GSM8K").run()
    board = frame(at, "rank")
    models = board["model"].tolist()
    assert models.index("MuMath-Code-70B") < models.index("MuMath-Code-7B")
    row = board.set_index("model").loc["MuMath-Code-70B"]
    assert (row["rank"], row["value"]) == (1, 90.7)
    assert at.query_params["benchmark"] == ["GSM8K"] or at.query_params["benchmark"] == "GSM8K"
    assert "delta" not in set(board.get("kind", []))


def test_leaderboard_deltas_in_their_own_table(db_env: str) -> None:
    at = open_page("leaderboard", benchmark="GSM8K", deltas="1")
    tables = [df.value for df in at.dataframe if "rank" in df.value.columns]
    assert len(tables) == 2
    assert 24.2 in tables[1]["value"].tolist() and 24.2 not in tables[0]["value"].tolist()


def test_query_params_are_honoured(db_env: str) -> None:
    at = open_page("leaderboard", benchmark="MATH")
    assert at.selectbox(key="lb_benchmark").value == "MATH"
    assert 55.1 in frame(at, "rank")["value"].tolist()


def test_unknown_query_param_is_a_message_not_a_crash(db_env: str) -> None:
    at = open_page("leaderboard", benchmark="'; DROP TABLE results; --")
    assert any("Unknown benchmark" in w.value for w in at.warning)
    at2 = open_page("explore", model="%' OR 1=1 --", min="not-a-number")
    assert any("not a number" in w.value for w in at2.warning)
    assert any("No results match" in i.value for i in at2.info)


def test_explore_kind_delta_shows_only_deltas(db_env: str) -> None:
    at = open_page("explore")
    at.selectbox(key="ex_kind").set_value("delta").run()
    table = frame(at, "evidence")
    assert len(table) > 0 and set(table["kind"]) == {"delta"}
    assert at.query_params["kind"] in ("delta", ["delta"])


def test_explore_model_substring(db_env: str) -> None:
    at = open_page("explore", model="mumath")
    table = frame(at, "evidence")
    assert len(table) == 4 and table["model"].str.contains("MuMath").all()


def test_papers_page_escapes_and_highlights(db_env: str) -> None:
    at = open_page("papers", q="MuMath-Code")
    text = " ".join(m.value for m in at.markdown)
    assert ":orange-background[**83\\.8**]" in text
    assert "MuMath\\-Code\\-7B" in text  # paper text is escaped, never interpreted


def test_compare_models(db_env: str) -> None:
    at = open_page("compare", models="mumath-code-7b,mumath-code-70b")
    assert set(at.multiselect(key="cmp_models").value) == {"mumath-code-7b", "mumath-code-70b"}
    cells = frame(at, "evidence")
    assert set(cells["benchmark"]) == {"GSM8K", "MATH"}


@pytest.fixture()
def conflict_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    a = "Abstract: Our Foo-7B achieves 80.1% on GSM8K, beating every open model of its size by a wide margin.\n"
    b = "Abstract: We re-evaluate public models; Foo-7B achieves 77.4% on GSM8K in our harness with greedy decoding.\n"
    (tmp_path / "a.txt").write_text(a)
    (tmp_path / "b.txt").write_text(b)
    db = str(tmp_path / "c.db")
    engine = make_engine(db)
    init_db(engine)
    Store(engine).ingest_paths([tmp_path / "a.txt", tmp_path / "b.txt"])
    monkeypatch.setenv("BENCHBOARD_DB", db)
    return db


def test_conflicts_page_lists_a_conflict(conflict_db: str) -> None:
    at = open_page("conflicts")
    summary = frame(at, "spread")
    row = summary.iloc[0]
    assert (row["model"], row["benchmark"]) == ("Foo-7B", "GSM8K")
    assert row["spread"] == pytest.approx(2.7)
    assert any("Foo-7B · GSM8K" in e.label for e in at.expander)


def test_empty_database_shows_how_to_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BENCHBOARD_DB", str(tmp_path / "empty.db"))
    for page in ("leaderboard", "explore", "conflicts", "progress", "compare", "papers"):
        at = open_page(page)
        assert any("benchboard ingest seeds/" in i.value for i in at.info), page


def test_progress_on_dated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "b.txt"
    blocks = []
    for i, (v, day) in enumerate([(70.1, "2024-01-10"), (75.3, "2024-03-02"), (72.0, "2024-05-20")]):
        blocks.append(f"Our Sys{i}-7B achieves {v}% on GSM8K, a strong result for open models of this size in every "
                      f"setting.\n\narXiv:2401.0000{i}\nCreated: {day}\n")
    f.write_text("\n".join(blocks))
    db = str(tmp_path / "p.db")
    engine = make_engine(db)
    init_db(engine)
    Store(engine).ingest_file(f)
    monkeypatch.setenv("BENCHBOARD_DB", db)
    at = open_page("progress", benchmark="GSM8K")
    sota = frame(at, "evidence")
    assert sota["value"].tolist() == [70.1, 75.3]
    assert sota["date"].tolist()[0] in (dt.date(2024, 1, 10), pd.Timestamp("2024-01-10"))


@pytest.fixture()
def hostile_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    text_ = ("Hostile: Scripts in Abstracts\n\n<script>alert('x')</script> Our **Bold-7B** achieves 83.8 on GSM8K "
             "[click](javascript:alert(1)) :red[styled] $x^2$ <img src=x onerror=alert(2)> by a wide margin overall.\n")
    (tmp_path / "hostile.txt").write_text(text_)
    db = str(tmp_path / "h.db")
    engine = make_engine(db)
    init_db(engine)
    Store(engine).ingest_file(tmp_path / "hostile.txt")
    monkeypatch.setenv("BENCHBOARD_DB", db)
    return db


def test_paper_text_is_shown_as_text(hostile_db: str) -> None:
    at = open_page("papers", q="Hostile")
    shown = " ".join(m.value for m in at.markdown)
    assert "<script>" not in shown and "\\<script\\>" in shown
    assert "](javascript" not in shown and "\\:red\\[styled\\]" in shown
    assert "\\*\\*Bold\\-7B\\*\\*" in shown


def test_injection_strings_are_plain_filter_values(hostile_db: str) -> None:
    for value in ("'; DROP TABLE results; --", "%", "_", "\\", "x' OR '1'='1", "A" * 5000):
        at = open_page("explore", model=value, paper=value, source=value)
        assert any("No results match" in i.value for i in at.info), value
    at = open_page("explore")
    assert len(frame(at, "evidence")) == 1  # the table is still there
