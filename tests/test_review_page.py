"""The Review page through AppTest, on SQLite and PostgreSQL: read-only unless reviews are on; a reviewer gives a
name once, verifies, rejects and corrects rows in one click or one form, and the leaderboard changes at once;
every review is listed, and those whose number is gone are listed as orphaned."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text
from streamlit.testing.v1 import AppTest

from dashboard import data
from db.engine import init_db, make_engine
from db.models import Result
from db.store import Store

from .test_dashboard import MARKUP, frame, open_page, rough_db, rough_env, rough_views, shown_markdown  # noqa: F401
from .test_trusted_pages import BLOCKS

LISTING = "".join(f"{a}\n\narXiv:{i}\nCreated: {d}\n\n" for a, i, d in BLOCKS)


@pytest.fixture()
def review_db(any_db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Alpha, Beta and Gamma on GSM8K (and Gamma on MATH), none trusted: only reviews put rows on the boards."""
    (tmp_path / "listing.txt").write_text(LISTING)
    engine = make_engine(any_db)
    init_db(engine)
    assert Store(engine).ingest_file(tmp_path / "listing.txt").status == "ingested"
    with engine.begin() as conn:
        conn.execute(text("UPDATE results SET trusted = false"))
    engine.dispose()
    monkeypatch.setenv("BENCHBOARD_DB", any_db)
    monkeypatch.setenv("BENCHBOARD_REVIEW", "on")
    data.stamp.clear()
    return any_db


def row_of(db: str, system: str) -> int:
    engine = make_engine(db)
    with engine.connect() as conn:
        rid = int(conn.execute(select(Result.id).where(Result.system == system,
                                                       Result.benchmark == "GSM8K")).scalar_one())
    engine.dispose()
    return rid


def reviewer_page(db: str, system: str) -> AppTest:
    """The Review page on one system's GSM8K row, the reviewer's name given."""
    at = open_page("review", row=str(row_of(db, system)))
    at.text_input(key="rv_name").input("Ana").run()
    assert not at.exception, [e.value for e in at.exception]
    assert "rv_name" not in {t.key for t in at.text_input}  # asked once: the session keeps it
    return at


def board(untrusted: bool = False) -> list[str]:
    at = open_page("leaderboard", benchmark="GSM8K", **({"untrusted": "1"} if untrusted else {}))
    return frame(at, "rank")["system"].tolist() if any("rank" in d.value.columns for d in at.dataframe) else []


def test_a_read_only_dashboard_shows_no_write_control(review_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BENCHBOARD_REVIEW", "off")
    at = open_page("review")
    assert any("read-only" in i.value and "benchboard serve --review" in i.value for i in at.info)
    assert not at.button and not at.text_input and not at.get("form")
    assert frame(at, "evidence")["system"].tolist()  # the queue is shown, to read


def test_verify_reject_and_correct_change_the_leaderboard(review_db: str) -> None:
    assert board() == []  # nothing trusted, nothing reviewed
    at = reviewer_page(review_db, "Beta-7B")
    assert at.selectbox(key="rv_pick").value == row_of(review_db, "Beta-7B")
    assert "78\\.2%" in " ".join(m.value for m in at.markdown)  # the abstract, its number highlighted
    at.text_input(key="rv_note").input("checked against the paper").run()
    at.button(key="rv_verify").click().run()
    assert [s.value for s in at.success] == ["Recorded\\: verified\\."]
    assert not [o for o in at.selectbox(key="rv_pick").options if o.startswith("Beta-7B · GSM8K")]  # left the queue
    verified = frame(open_page("leaderboard", benchmark="GSM8K"), "rank")
    assert verified[["system", "reviewed"]].values.tolist() == [["Beta-7B", "✓ verified"]]

    at = open_page("review", row=str(row_of(review_db, "Gamma-7B")))  # the name is asked once per session:
    assert at.text_input(key="rv_name")  # (a new AppTest is a new browser session)
    at.text_input(key="rv_name").input("Ben").run()
    at.button(key="rv_reject").click().run()
    assert board(untrusted=True) == ["Beta-7B", "Alpha-7B"]  # Gamma's 82.4 is hidden everywhere
    assert "Gamma-7B" not in set(frame(open_page("explore", benchmarks="GSM8K"), "evidence")["system"])

    alpha = row_of(review_db, "Alpha-7B")
    at = open_page("review", row=str(alpha))
    at.text_input(key="rv_name").input("Cem").run()
    at.text_input(key=f"rv_fix_system_{alpha}").input("Alpha-7B-Instruct")
    at.text_input(key=f"rv_fix_value_{alpha}").input("79.5")
    at.button(key=f"FormSubmitter:rv_correct_{alpha}-Save the correction").click().run()
    assert [s.value for s in at.success] == ["Recorded\\: corrected\\."]
    lb = open_page("leaderboard", benchmark="GSM8K")
    ranked = frame(lb, "rank")
    assert ranked[["system", "score", "reviewed"]].values.tolist() == [
        ["Alpha-7B-Instruct", 79.5, "✓ corrected"], ["Beta-7B", 78.2, "✓ verified"]]
    extracted = frame(lb, "as extracted")  # one click away: the expander
    assert extracted[["field", "corrected", "as extracted"]].values.tolist() == [
        ["system", "Alpha-7B-Instruct", "Alpha-7B"], ["value", "79.5", "71.5"]]
    assert any(e.label.startswith("As extracted, before 1 reviewer correction") for e in lb.expander)

    done = frame(open_page("review"), "reviewer")
    assert done[["reviewer", "verdict", "status"]].values.tolist() == [
        ["Cem", "corrected", "applied"], ["Ben", "rejected", "applied"], ["Ana", "verified", "applied"]]
    assert done["note"].tolist()[-1] == "checked against the paper"
    assert done["changed"].tolist()[0] == "system: Alpha-7B → Alpha-7B-Instruct; value: 71.5 → 79.5"


def test_a_reviewed_row_can_be_reviewed_again(review_db: str) -> None:
    """A rejection made by mistake is undone from the Reviewed tab: the row is verified and shown again."""
    gamma = row_of(review_db, "Gamma-7B")
    at = reviewer_page(review_db, "Gamma-7B")
    at.button(key="rv_reject").click().run()
    assert board(untrusted=True) == ["Beta-7B", "Alpha-7B"]
    at.selectbox(key="rv_again_pick").select(gamma).run()
    assert at.subheader[-1].value.startswith("Gamma\\-7B · GSM8K")  # (escaped: shown as text)
    at.text_input(key="rv_again_note").input("the rejection was a slip").run()
    at.button(key="rv_again_verify").click().run()
    assert [s.value for s in at.success] == ["Recorded\\: verified\\."]
    assert board() == ["Gamma-7B"]  # verified: on the default board
    done = frame(at, "reviewer")
    assert done[["verdict", "status", "note"]].values.tolist()[:2] == [
        ["verified", "applied", "the rejection was a slip"], ["rejected", "superseded", ""]]


def test_a_correction_that_cannot_be_stored_says_why_and_changes_nothing(review_db: str) -> None:
    beta = row_of(review_db, "Beta-7B")
    at = reviewer_page(review_db, "Beta-7B")
    at.text_input(key=f"rv_fix_value_{beta}").input("about 80")
    at.button(key=f"FormSubmitter:rv_correct_{beta}-Save the correction").click().run()
    assert [e.value for e in at.error] == ["Not recorded\\: value must be a number \\(not \\'about 80\\'\\)"]
    assert board() == [] and [o for o in at.selectbox(key="rv_pick").options if o.startswith("Beta-7B · GSM8K")]


def test_a_correction_leaves_a_field_whose_value_is_no_option_as_it_is(review_db: str) -> None:
    """Beta's row holds a benchmark the registry no longer has: correcting its system leaves that benchmark."""
    beta = row_of(review_db, "Beta-7B")
    engine = make_engine(review_db)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO benchmarks (name, core, higher_is_better, range_min, range_max, scale, "
                          "metrics, description) VALUES ('OldBench', false, true, 0, 100, 100, '', '')"))
        conn.execute(text("UPDATE results SET benchmark = 'OldBench' WHERE id = :i"), {"i": beta})
    data.stamp.clear()
    at = open_page("review", row=str(beta))
    at.text_input(key="rv_name").input("Ana").run()
    assert at.selectbox(key=f"rv_fix_benchmark_{beta}").value == "OldBench"
    at.text_input(key=f"rv_fix_system_{beta}").input("Beta-7B-Chat")
    at.button(key=f"FormSubmitter:rv_correct_{beta}-Save the correction").click().run()
    assert [s.value for s in at.success] == ["Recorded\\: corrected\\."], [e.value for e in at.error]
    with engine.connect() as conn:
        assert conn.execute(text("SELECT system, benchmark, scope, extracted FROM results WHERE id = :i"),
                            {"i": beta}).one()[:3] == ("Beta-7B-Chat", "OldBench", "full")
        fixes = conn.execute(text("SELECT corrections FROM reviews")).scalar_one()
    engine.dispose()
    assert json.loads(fixes) == {"system": "Beta-7B-Chat"}


def test_orphaned_reviews_are_listed(review_db: str, tmp_path: Path) -> None:
    at = reviewer_page(review_db, "Beta-7B")
    at.button(key="rv_verify").click().run()
    (tmp_path / "listing.txt").write_text(LISTING.replace("78.2%", "79.0%"))  # a new version of the abstract
    engine = make_engine(review_db)
    Store(engine).ingest_file(tmp_path / "listing.txt")
    engine.dispose()
    data.stamp.clear()
    at = open_page("review")
    orphans = [d.value for d in at.dataframe if "status" in d.value.columns and
               set(d.value["status"]) == {"orphaned"}]
    assert orphans and orphans[0][["system", "as extracted"]].values.tolist() == [["Beta-7B", "78.2%"]]
    assert any(t.label == "Orphaned (1)" for t in at.tabs)


def test_paper_text_on_the_review_page_is_text_with_the_controls_shown(
        rough_env: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811 (the fixture imported above)
    """A title and a file name written as Markdown, on the Review page of a reviewer (the row of that paper)."""
    monkeypatch.setenv("BENCHBOARD_REVIEW", "on")
    for page, query in rough_views(rough_env):
        if page != "review":
            continue
        at = open_page(page, **query)
        at.text_input(key="rv_name").input("Ana").run()
        assert at.button(key="rv_verify") and at.button(key="rv_reject")
        leaked = [t for t in shown_markdown(at) if any(m in t for m in MARKUP)]
        assert not leaked, (query, leaked)
