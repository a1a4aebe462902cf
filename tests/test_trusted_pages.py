"""Leaderboard, Compare and Progress show trusted rows by default, one toggle of the same name shows every row,
each row shows its confidence band, an empty view says what the toggle would show, and About the data shows
the reliability chart (AppTest). Which rows are trusted is set in the database here, whatever the extractor's
confidence: the pages must follow the stored flag."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from dashboard import data
from dashboard.holdings import UNTRUSTED
from dashboard.labels import band
from db.engine import bump_data_version, init_db, make_engine
from db.models import Result
from db.store import Store
from extract.confidence import WEIGHTS_FILE

from .test_dashboard import frame, open_page

BLOCKS = [("Our Alpha-7B achieves 71.5% on GSM8K, a strong result for an open model of this size.", "2401.00011",
           "2024-01-10"),
          ("Our Beta-7B achieves 78.2% on GSM8K, a strong result for an open model of this size.", "2402.00022",
           "2024-02-12"),
          ("Our Gamma-7B reaches 40.3% on MATH and 82.4% on GSM8K, ahead of open models of its size.", "2403.00033",
           "2024-03-14")]


def set_trusted(db: str, *model_keys: str) -> None:
    """Trust exactly the rows of these systems (a write, as the store's: the data version moves on)."""
    engine = make_engine(db)
    with engine.begin() as conn:
        conn.execute(text("UPDATE results SET trusted = false"))
        for key in model_keys:
            conn.execute(text("UPDATE results SET trusted = true WHERE model_key = :k"), {"k": key})
        bump_data_version(conn)
    engine.dispose()
    data.stamp.clear()  # the stamp is read again after its 5-second life, as a later visit would


@pytest.fixture()
def trusted_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    f = tmp_path / "listing.txt"
    f.write_text("".join(f"{a}\n\narXiv:{i}\nCreated: {d}\n\n" for a, i, d in BLOCKS))
    db = str(tmp_path / "t.db")
    engine = make_engine(db)
    init_db(engine)
    assert Store(engine).ingest_file(f).status == "ingested"
    engine.dispose()
    set_trusted(db, "beta-7b")
    monkeypatch.setenv("BENCHBOARD_DB", db)
    return db


def confidences(db: str) -> dict[str, float]:
    engine = make_engine(db)
    with engine.connect() as conn:
        out = {f"{k} {b}": c for k, b, c in conn.execute(select(Result.model_key, Result.benchmark, Result.confidence))}
    engine.dispose()
    return out


def test_the_leaderboard_shows_trusted_rows_with_their_band_and_the_toggle_shows_every_row(trusted_db: str) -> None:
    at = open_page("leaderboard", benchmark="GSM8K")
    toggle = at.toggle(key="lb_untrusted")
    assert toggle.label == UNTRUSTED and toggle.value is False
    board = frame(at, "rank")
    assert board["system"].tolist() == ["Beta-7B"]
    assert board["confidence"].tolist() == [band(confidences(trusted_db)["beta-7b GSM8K"])]
    toggle.set_value(True).run()
    assert frame(at, "rank")["system"].tolist() == ["Gamma-7B", "Beta-7B", "Alpha-7B"]
    assert at.query_params["untrusted"] in ("1", ["1"])


def test_an_empty_board_says_how_many_untrusted_rows_the_toggle_shows_and_offers_it(trusted_db: str) -> None:
    set_trusted(trusted_db)  # nothing trusted
    at = open_page("leaderboard", benchmark="GSM8K")
    said = " ".join(i.value for i in at.info)
    assert f"No trusted or reviewed row here; '{UNTRUSTED}' shows 3 systems below the trust threshold." in said
    at.button(key="lb_offer_0").click().run()
    assert at.toggle(key="lb_untrusted").value is True and len(frame(at, "rank")) == 3


def test_an_empty_board_counts_every_untrusted_system_beyond_the_table(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "many.txt"  # more systems than the table shows (500)
    f.write_text("".join(f"Our Sys{n}-7B reaches {40 + n / 100:.2f}% on GSM8K, a strong result for its size.\n\n"
                         f"arXiv:2401.{n:05d}\nCreated: 2024-01-15\n\n" for n in range(1, 506)))
    db = str(tmp_path / "t.db")
    engine = make_engine(db)
    init_db(engine)
    assert Store(engine).ingest_file(f).status == "ingested"
    engine.dispose()
    set_trusted(db)
    monkeypatch.setenv("BENCHBOARD_DB", db)
    at = open_page("leaderboard", benchmark="GSM8K")
    assert f"'{UNTRUSTED}' shows 505 systems below the trust threshold." in " ".join(i.value for i in at.info)


def test_compare_and_progress_follow_the_same_toggle(trusted_db: str) -> None:
    at = open_page("compare", models="alpha-7b,beta-7b,gamma-7b")
    assert at.toggle(key="cmp_untrusted").label == UNTRUSTED
    assert frame(at, "evidence")["system"].tolist() == ["Beta-7B"]
    at.toggle(key="cmp_untrusted").set_value(True).run()
    assert sorted(frame(at, "evidence")["system"]) == ["Alpha-7B", "Beta-7B", "Gamma-7B", "Gamma-7B"]
    progress = open_page("progress", benchmark="GSM8K")
    assert progress.toggle(key="prog_untrusted").label == UNTRUSTED
    assert frame(progress, "evidence")["system"].tolist() == ["Beta-7B"]
    every = frame(open_page("progress", benchmark="GSM8K", untrusted="1"), "evidence")
    assert every["system"].tolist() == ["Alpha-7B", "Beta-7B", "Gamma-7B"]  # each a new best in its month
    set_trusted(trusted_db)
    empty = open_page("compare", models="alpha-7b,gamma-7b")
    assert any(f"'{UNTRUSTED}' shows 3 cells below the trust threshold" in i.value for i in empty.info)
    assert any("shows 3 dated scores" in i.value for i in open_page("progress", benchmark="GSM8K").info)


def test_about_shows_the_reliability_chart_and_what_the_threshold_costs(trusted_db: str) -> None:
    at = open_page("about")
    shipped = json.loads(WEIGHTS_FILE.read_text())["leave-one-set-out"]["at threshold"]
    assert any(s.value == "How sure it is" for s in at.subheader)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics == {"Recall, every row": f"{shipped['recall without threshold']:.3f}",
                       "Recall, trusted rows": f"{shipped['recall']:.3f}",
                       "Right rows that are trusted": f"{shipped['right records kept']:.3f}"}
    said = " ".join(m.value for m in at.markdown)
    assert f"{shipped['trusted']} of {shipped['records']} rows reach the threshold" in said
    assert at.get("vega_lite_chart")
