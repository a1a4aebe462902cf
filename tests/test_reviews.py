"""Reviews on SQLite and PostgreSQL: a verdict changes what every reader shows (verified rows shown and first
among equals, rejected ones hidden, corrections in place with the extracted values kept), reviews outlive
re-extraction and re-ingestion, a review whose number is gone is orphaned and listed, and reviewers writing at
the same time lose nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text

import db.store as store_module
import extract.confidence as confidence_module
from db import boards, queries, reviews
from db.engine import init_db, make_engine
from db.models import Model, Result, Review
from db.store import Store
from extract.extractor import Extractor

FOO = "Our Foo-7B achieves 83.8% on GSM8K, a new best for open models of this size."
BAR = "Our Bar-13B reaches 61.5% on GSM8K, ahead of every open model we compare against."
BAZ = "Our Baz-1B scores 70.2% on GSM8K and 41.0% on MATH, a strong result for a model of its size."


def listing(*blocks: tuple[str, str]) -> str:
    """An arXiv listing of (abstract, arXiv id) blocks, dated."""
    return "".join(f"{t}\n\narXiv:{aid}\nCreated: 2024-01-15\n\n" for t, aid in blocks)


@pytest.fixture()
def engine(any_db: str, tmp_path: Path) -> Any:
    engine = make_engine(any_db)
    init_db(engine)
    f = tmp_path / "a.txt"
    f.write_text(listing((FOO, "2401.00001"), (BAR, "2401.00002"), (BAZ, "2401.00003")))
    assert Store(engine).ingest_file(f).status == "ingested"
    yield engine
    engine.dispose()


def row_id(engine: Engine, system: str, benchmark: str = "GSM8K") -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(Result.id).where(Result.system == system,
                                                        Result.benchmark == benchmark)).scalar_one())


def untrust_everything(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.execute(text("UPDATE results SET trusted = false"))


def board(engine: Engine, untrusted: bool = False) -> list[str]:
    return boards.leaderboard(engine, boards.default_board(engine, "GSM8K", untrusted=untrusted))["system"].tolist()


def test_a_verified_row_is_shown_by_default_and_a_rejected_one_nowhere(engine: Engine) -> None:
    untrust_everything(engine)
    assert board(engine) == []
    reviews.record(engine, row_id(engine, "Bar-13B"), "ana", "verified", note="checked against the paper")
    assert board(engine) == ["Bar-13B"]
    reviews.record(engine, row_id(engine, "Foo-7B"), "ben", "rejected")
    assert board(engine, untrusted=True) == ["Baz-1B", "Bar-13B"]  # every row but the rejected one
    everywhere = [queries.results(engine)["system"], queries.export_rows(engine)["system"],
                  boards.compare_models(engine, ["foo-7b", "bar-13b"], untrusted=True)["system"],
                  boards.progress(engine, boards.Board("GSM8K", untrusted=True))[0]["system"]]
    for shown in everywhere:
        assert "Foo-7B" not in set(shown)
    assert "Foo-7B" in set(queries.export_rows(engine, rejected=True)["system"])
    assert set(queries.models(engine)["model_key"]) == {"bar-13b", "baz-1b"}


def test_a_correction_is_shown_in_place_with_the_extracted_values_kept(engine: Engine) -> None:
    rid = row_id(engine, "Foo-7B")
    reviews.record(engine, rid, "ana", "corrected", {"system": "Foo-7B-Instruct", "value": "88.3", "metric": ""})
    top = boards.leaderboard(engine, boards.default_board(engine, "GSM8K", untrusted=True)).iloc[0]
    assert (top["system"], top["model_key"], top["value"], top["value_norm"], top["review"]) == (
        "Foo-7B-Instruct", "foo-7b-instruct", 88.3, 88.3, "corrected")
    assert json.loads(top["extracted"]) == {"system": "Foo-7B", "value": 83.8, "value_norm": 83.8,
                                            "model": "Foo-7B", "model_key": "foo-7b"}
    with engine.connect() as conn:
        names = set(conn.execute(select(Model.key)).scalars())
    assert "foo-7b-instruct" in names and "foo-7b" not in names  # no row names the extracted model any longer
    # a later review starts from what was extracted: verifying it puts the extracted values back
    reviews.record(engine, rid, "ben", "verified")
    row = queries.results(engine, queries.ResultFilter(paper_ids=(int(top["paper_id"]),))).iloc[0]
    assert (row["system"], row["value"], row["review"], row["extracted"]) == ("Foo-7B", 83.8, "verified", None)


def test_bad_corrections_and_reviewers_are_refused_with_the_reason(engine: Engine) -> None:
    rid = row_id(engine, "Foo-7B")
    for asked, reason in (({"value": "high"}, "value must be a number"), ({"benchmark": "GSM8"}, "did you mean"),
                          ({"scope": "most"}, "scope must be one of full, subset, joint"),
                          ({"system": "x" * 300}, "longer than the 256"), ({"model": "y"}, "model cannot be")):
        with pytest.raises(reviews.ReviewError, match=reason):
            reviews.record(engine, rid, "ana", "corrected", asked)
    with pytest.raises(reviews.ReviewError, match="reviewer's name"):
        reviews.record(engine, rid, "  ", "verified")
    with pytest.raises(reviews.ReviewError, match="no longer stored"):
        reviews.record(engine, 10**6, "ana", "verified")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Review)).scalar() == 0  # nothing half-written


def test_a_verified_row_is_listed_first_among_equal_values_which_share_their_rank(engine: Engine) -> None:
    bar = row_id(engine, "Bar-13B")
    reviews.record(engine, row_id(engine, "Baz-1B"), "ana", "corrected", {"value": 61.5})
    ranked = boards.leaderboard(engine, boards.default_board(engine, "GSM8K", untrusted=True))
    assert ranked[["system", "rank"]].values.tolist() == [["Foo-7B", 1], ["Baz-1B", 2], ["Bar-13B", 2]]
    reviews.record(engine, bar, "ben", "verified")
    ranked = boards.leaderboard(engine, boards.default_board(engine, "GSM8K", untrusted=True))
    assert ranked[["system", "rank"]].values.tolist() == [["Foo-7B", 1], ["Bar-13B", 2], ["Baz-1B", 2]]  # both


class Moved(Extractor):
    """The real extractor, as a later version might read it: each number's span takes the character after it
    ("83.8%" becomes "83.8% "), and EXTRACTOR_VERSION differs."""

    def extract(self, abstract, title=None, **kw):  # type: ignore[no-untyped-def]
        return [dataclasses.replace(r, value_end=r.value_end + 1) for r in super().extract(abstract, title, **kw)]


def test_every_review_survives_a_re_ingest_after_an_extractor_change(
        engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reviews.record(engine, row_id(engine, "Foo-7B"), "ana", "corrected", {"system": "Foo-7B-Instruct"})
    reviews.record(engine, row_id(engine, "Bar-13B"), "ben", "rejected")
    reviews.record(engine, row_id(engine, "Baz-1B", "MATH"), "ana", "verified")
    before = {r["review_id"]: r["status"] for _, r in reviews.reviews(engine).iterrows()}
    assert set(before.values()) == {"applied"}
    intercept, weights = confidence_module._weights()
    monkeypatch.setattr(confidence_module, "_weights", lambda path=None: (intercept - 3.0, weights))
    monkeypatch.setattr(store_module, "EXTRACTOR_VERSION", "next")
    assert Store(engine, extractor=Moved()).ingest_file(tmp_path / "a.txt").status == "ingested"
    with engine.connect() as conn:
        rows = {(s, b): (v, e, ver, c) for s, b, v, e, ver, c in conn.execute(select(
            Result.system, Result.benchmark, Result.review, Result.value_end - Result.value_start,
            Result.extractor_version, Result.confidence))}
    assert rows[("Foo-7B-Instruct", "GSM8K")][:3] == ("corrected", 6, "next")  # "83.8%" and a character: moved
    assert rows[("Bar-13B", "GSM8K")][0] == "rejected" and rows[("Baz-1B", "MATH")][0] == "verified"
    assert rows[("Baz-1B", "GSM8K")][0] is None
    after = {r["review_id"]: r["status"] for _, r in reviews.reviews(engine).iterrows()}
    assert after == before  # every review kept and applied


class ReadsMath(Extractor):
    """The real extractor, as a later version might read Foo-7B's number: for MATH, where a reviewer corrected it."""

    def extract(self, abstract, title=None, **kw):  # type: ignore[no-untyped-def]
        return [dataclasses.replace(r, benchmark="MATH") if r.system == "Foo-7B" else r
                for r in super().extract(abstract, title, **kw)]


def test_a_benchmark_correction_stays_applied_once_the_extractor_reads_it_so(
        engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reviews.record(engine, row_id(engine, "Foo-7B"), "ana", "corrected", {"benchmark": "MATH"})
    monkeypatch.setattr(store_module, "EXTRACTOR_VERSION", "next")
    assert Store(engine, extractor=ReadsMath()).ingest_file(tmp_path / "a.txt").status == "ingested"
    with engine.connect() as conn:
        assert conn.execute(select(Result.benchmark, Result.review, Result.extracted).where(
            Result.system == "Foo-7B")).all() == [("MATH", "corrected", None)]
    assert reviews.reviews(engine)["status"].tolist() == ["applied"]


def test_a_review_whose_number_is_gone_is_orphaned_listed_and_applies_again_when_it_returns(
        engine: Engine, tmp_path: Path) -> None:
    reviews.record(engine, row_id(engine, "Bar-13B"), "ana", "verified")
    f = tmp_path / "a.txt"
    f.write_text(listing((FOO, "2401.00001"), (BAZ, "2401.00003")))  # the file drops Bar-13B's paper
    Store(engine).ingest_file(f)
    listed = reviews.reviews(engine)
    assert listed[["status", "system", "reviewer", "arxiv_id"]].values.tolist() == [
        ["orphaned", "Bar-13B", "ana", "2401.00002"]]
    f.write_text(listing((FOO, "2401.00001"), (BAR, "2401.00002"), (BAZ, "2401.00003")))
    Store(engine).ingest_file(f)
    assert reviews.reviews(engine)["status"].tolist() == ["applied"]
    assert queries.results(engine, queries.ResultFilter(model="bar"))["review"].tolist() == ["verified"]


def test_reviewers_writing_at_once_lose_no_review(engine: Engine) -> None:
    """Eight reviewers record reviews at the same time, on the same rows and on different ones: four through the
    page's own function (`dashboard.data.record_review`: one cached engine for every session of a server, each
    session's script in its own thread), four through `reviews.record` on engines of their own (a second server)."""
    from dashboard import data

    ids = [row_id(engine, s) for s in ("Foo-7B", "Bar-13B", "Baz-1B")]
    url = engine.url.render_as_string(hide_password=False)
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def reviewer(n: int) -> None:
        mine = make_engine(url) if n % 2 else None
        try:
            start.wait()
            for k in range(6):
                verdict = ("verified", "rejected", "corrected")[(n + k) % 3]
                fix = {"value": 50 + n + k / 10, "system": f"Fixed-{k % 2}"} if verdict == "corrected" else None
                if mine is None:
                    data.record_review(url, ids[(n + k) % 3], f"reviewer {n}", verdict, fix, note=f"{n}/{k}")
                else:
                    reviews.record(mine, ids[(n + k) % 3], f"reviewer {n}", verdict, fix, note=f"{n}/{k}")
        except BaseException as exc:
            errors.append(exc)
        finally:
            if mine is not None:
                mine.dispose()

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    data.engine(url).dispose()
    data.engine.clear()
    assert not errors, errors
    with engine.connect() as conn:
        notes = set(conn.execute(select(Review.note)).scalars())
        verdicts = dict(conn.execute(select(Result.id, Result.review).where(Result.id.in_(ids))).all())
    assert notes == {f"{n}/{k}" for n in range(8) for k in range(6)}  # all 48 reviews stored
    listed = reviews.reviews(engine)
    latest = listed.drop_duplicates(["paper_key", "value_start", "value_end"])  # newest first
    for _, r in latest.iterrows():  # each row shows its key's latest review
        assert verdicts[r["result_id"]] == r["verdict"] and r["status"] == "applied"
    with engine.connect() as conn:  # each named row's model is the one its key names, and no model is left unused
        named = conn.execute(select(Result.model_key, Model.key).outerjoin(Model, Model.id == Result.model_id)).all()
        unused = conn.execute(select(Model.key).where(~select(Result.id).where(
            Result.model_id == Model.id).exists())).scalars().all()
    assert [(a, b) for a, b in named if a != b] == [] and unused == []


def test_a_paper_reviewed_before_its_arxiv_id_was_known_keeps_its_review(any_db: str, tmp_path: Path) -> None:
    engine = make_engine(any_db)
    init_db(engine)
    (tmp_path / "plain.txt").write_text(f"Abstract: {FOO}\n")
    Store(engine).ingest_file(tmp_path / "plain.txt")
    reviews.record(engine, row_id(engine, "Foo-7B"), "ana", "rejected")
    assert reviews.reviews(engine)["paper_key"].str.startswith("text:").all()
    (tmp_path / "listing.txt").write_text(listing((FOO, "2401.00001")))
    Store(engine).ingest_file(tmp_path / "listing.txt")  # merges into the paper, dates it: its rows are written again
    assert queries.results(engine).empty  # still rejected
    assert queries.results(engine, queries.ResultFilter(rejected=True))["arxiv_id"].tolist() == ["2401.00001"]
    with engine.connect() as conn:  # a row written again (it carries the date the listing gave)
        assert conn.execute(select(Result.paper_date, Result.review)).all() == [(dt.date(2024, 1, 15), "rejected")]
    assert reviews.reviews(engine)["status"].tolist() == ["applied"]
    engine.dispose()


def test_a_review_keyed_by_an_earlier_abstract_keeps_its_row_when_a_new_version_comes(
        any_db: str, tmp_path: Path) -> None:
    engine = make_engine(any_db)
    init_db(engine)
    (tmp_path / "plain.txt").write_text(f"Abstract: {FOO}\n")
    Store(engine).ingest_file(tmp_path / "plain.txt")
    reviews.record(engine, row_id(engine, "Foo-7B"), "ana", "rejected")  # keyed by the text of this abstract
    (tmp_path / "v1.txt").write_text(listing((FOO, "2401.00001")))
    Store(engine).ingest_file(tmp_path / "v1.txt")
    assert queries.results(engine).empty
    (tmp_path / "v2.txt").write_text(listing((f"We study open models. {FOO}", "2401.00001")))  # a new version
    assert Store(engine).ingest_file(tmp_path / "v2.txt").status == "ingested"
    with engine.connect() as conn:
        assert conn.execute(select(Result.review)).scalars().all() == ["rejected"]
    assert queries.results(engine).empty
    assert reviews.reviews(engine)["status"].tolist() == ["applied"]
    engine.dispose()


def test_the_queue_puts_top_rows_first_least_sure_first_then_the_rest(engine: Engine, tmp_path: Path) -> None:
    from db.queue import queue

    (tmp_path / "b.txt").write_text(listing((
        "We train Qux-3B on synthetic problems; it improves GSM8K accuracy by 2.1 points over its base model.",
        "2401.00004")))
    Store(engine).ingest_file(tmp_path / "b.txt")
    sure = {("Foo-7B", "GSM8K"): 0.99, ("Bar-13B", "GSM8K"): 0.5, ("Baz-1B", "GSM8K"): 0.7, ("Baz-1B", "MATH"): None}
    with engine.begin() as conn:
        conn.execute(text("UPDATE results SET confidence = 0.1"))  # the change, on no score board
        for (system, bench), c in sure.items():
            conn.execute(text("UPDATE results SET confidence = :c WHERE system = :s AND benchmark = :b"),
                         {"c": c, "s": system, "b": bench})
    rows, waiting = queue(engine)
    assert waiting == 5 and rows["on_top"].tolist() == [True] * 4 + [False]
    assert list(zip(rows["system"], rows["benchmark"], strict=True))[:4] == [
        ("Baz-1B", "MATH"), ("Bar-13B", "GSM8K"), ("Baz-1B", "GSM8K"), ("Foo-7B", "GSM8K")]  # unknown first
    assert rows["kind"].tolist()[4] == "delta"
    reviews.record(engine, row_id(engine, "Bar-13B"), "ana", "verified")
    rows, waiting = queue(engine)
    assert waiting == 4 and "Bar-13B" not in set(rows["system"])
