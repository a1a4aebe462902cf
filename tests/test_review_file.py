"""Reviews as data: `benchboard reviews export` writes gold and negative records that `benchboard evaluate`
scores, `benchboard reviews import` stores them in another database (an empty PostgreSQL one included), matched by
their key or kept as orphans, and `benchboard export` carries each row's review status."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import Engine, func, inspect, select, update
from typer.testing import CliRunner

from db import reviews
from db.cli import app
from db.engine import init_db, make_engine
from db.models import Result, Review
from db.store import Store

from .pg import Server
from .test_reviews import BAR, BAZ, FOO, listing

QUX = "Our Qux-3B reaches 55.0% on GSM8K, the best of the small models we compare against."
runner = CliRunner()


def row_id(engine: Engine, system: str, benchmark: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(Result.id).where(Result.system == system,
                                                        Result.benchmark == benchmark)).scalar_one())


def reviewed(db: str, folder: Path) -> Path:
    """a.txt (Foo, Bar, Baz on GSM8K and MATH, Qux) ingested into `db`; Foo verified, Bar rejected, Baz's GSM8K
    system and MATH value corrected, Qux not reviewed."""
    f = folder / "a.txt"
    f.write_text(listing((FOO, "2401.00001"), (BAR, "2401.00002"), (BAZ, "2401.00003"), (QUX, "2401.00004")))
    engine = make_engine(db)
    init_db(engine)
    assert Store(engine).ingest_file(f).status == "ingested"
    reviews.record(engine, row_id(engine, "Foo-7B", "GSM8K"), "ana", "verified", note="checked in the paper")
    reviews.record(engine, row_id(engine, "Bar-13B", "GSM8K"), "ben", "rejected", note="a different split")
    reviews.record(engine, row_id(engine, "Baz-1B", "GSM8K"), "ana", "corrected", {"system": "Baz-1B-Chat"})
    reviews.record(engine, row_id(engine, "Baz-1B", "MATH"), "ana", "corrected", {"value": "44.0"})
    engine.dispose()
    return f


def invoke(*args: str) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    return result


def figures(gold: Path, files: Path) -> dict[str, Any]:
    return dict(json.loads(invoke("evaluate", str(gold), str(files), "-b", "all", "--json").stdout))


def test_a_review_exported_imported_into_an_empty_postgresql_database_and_evaluated_gives_the_same_figures(
        tmp_path: Path, pg_server: Server) -> None:
    source = f"sqlite:///{tmp_path / 'bb.db'}"
    f = reviewed(source, tmp_path)
    exported = tmp_path / "reviews.jsonl"
    said = invoke("reviews", "export", "--db", source, "--output", str(exported)).stderr
    assert said.strip() == (f"wrote 3 gold records (verified or corrected) and 1 negative record (rejected) to "
                            f"{exported}")
    recs = [json.loads(line) for line in exported.read_text().splitlines()]
    assert [(r["benchmark"], r["value"], r.get("system"), r["review"]["verdict"]) for r in recs] == [
        ("GSM8K", 83.8, "Foo-7B", "verified"), ("GSM8K", 61.5, None, "rejected"),
        ("GSM8K", 70.2, "Baz-1B-Chat", "corrected"), ("MATH", 44.0, "Baz-1B", "corrected")]
    assert recs[1]["sentence"] == BAR and "evidence" not in recs[1] and recs[1]["why"].endswith("a different split")
    assert recs[2]["model"] == "Baz-1B-Chat" and recs[2]["review"]["extracted"]["system"] == "Baz-1B"

    before = figures(exported, f)
    # only the numbers reviewers judged are scored (Qux's is not): Foo and Baz's GSM8K right (Baz's system is
    # not), Bar's rejected number extracted anyway, Baz's MATH value extracted as 41.0 where the reviewer read 44.0
    assert (before["micro"]["tp"], before["micro"]["fp"], before["micro"]["fn"]) == (2, 2, 1)
    assert before["negative_violations"] == 1 and before["attribution"]["system"] == 0.5

    target = pg_server.create_db("reviews_import")
    first = invoke("reviews", "import", str(exported), "--db", target).stdout
    assert "4 reviews added, 0 already there; 0 applied to stored rows, 4 orphaned" in first  # an empty database
    engine = make_engine(target)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Review)).scalar() == 4
    again = invoke("reviews", "import", str(exported), "--db", target).stdout
    assert "0 reviews added, 4 already there" in again
    assert Store(engine).ingest_file(f).status == "ingested"  # the rows arrive: each takes its review
    with engine.connect() as conn:
        verdicts = dict(conn.execute(select(Result.system, Result.review).where(Result.benchmark == "GSM8K")).all())
    engine.dispose()
    assert verdicts == {"Foo-7B": "verified", "Bar-13B": "rejected", "Baz-1B-Chat": "corrected", "Qux-3B": None}
    round_trip = tmp_path / "again.jsonl"
    invoke("reviews", "export", "--db", target, "--output", str(round_trip))
    assert round_trip.read_text() == exported.read_text()
    assert figures(round_trip, f) == before


def test_export_carries_the_review_status_and_leaves_rejected_rows_out_unless_asked(
        any_db: str, tmp_path: Path) -> None:
    reviewed(any_db, tmp_path)
    rows = pd.read_csv(io.StringIO(invoke("export", "--db", any_db).stdout))
    assert dict(zip(rows["system"], rows["review"], strict=True)) == {
        "Foo-7B": "verified", "Baz-1B-Chat": "corrected", "Baz-1B": "corrected", "Qux-3B": "none"}
    every = json.loads(invoke("export", "--db", any_db, "--format", "json", "--include-rejected").stdout)
    assert sorted(r["review"] for r in every) == ["corrected", "corrected", "none", "rejected", "verified"]
    invoke("export", "--db", any_db, "--format", "parquet", "--output", str(tmp_path / "r.parquet"))
    assert sorted(pd.read_parquet(tmp_path / "r.parquet")["review"]) == ["corrected", "corrected", "none", "verified"]


def test_a_reviews_file_that_cannot_be_read_is_refused_naming_the_line_and_nothing_is_created(
        any_db: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.db'}"
    reviewed(source, tmp_path)
    good = invoke("reviews", "export", "--db", source).stdout.splitlines()
    bad = json.loads(good[2])
    bad["review"]["verdict"] = "maybe"

    def bad_key(field: str, value: str) -> str:
        rec = json.loads(good[1])
        rec["review"]["key"][field] = value
        return json.dumps(rec)

    for broken, reason in (([good[0], json.dumps({"doc": "a.txt"})], "line 2: no review"),
                           ([good[0], good[1], json.dumps(bad)], "line 3: verdict must be one of"),
                           ([good[0], "{"], "line 2: not JSON"),
                           ([good[0], bad_key("paper", "2401.00001")], "line 2: its key's paper must be 'arXiv:<id>'"),
                           ([good[0], bad_key("paper", "text:")], "line 2: its key's paper must be"),
                           ([good[0], bad_key("benchmark", "GSM9K")], "line 2: its key's benchmark: unknown")):
        f = tmp_path / "broken.jsonl"
        f.write_text("\n".join(broken) + "\n")
        result = runner.invoke(app, ["reviews", "import", str(f), "--db", any_db])
        assert result.exit_code == 2 and reason in result.stderr and str(f) in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    if any_db.startswith("sqlite"):  # every record is read before the database is opened: none was created
        assert not (tmp_path / "bb.db").exists()
    engine = make_engine(any_db)
    assert inspect(engine).get_table_names() == []
    engine.dispose()


def test_an_imported_correction_that_changes_nothing_is_stored_as_a_verification(
        any_db: str, tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'source.db'}"
    reviewed(source, tmp_path)
    recs = [json.loads(line) for line in invoke("reviews", "export", "--db", source).stdout.splitlines()]
    baz = next(r for r in recs if r.get("system") == "Baz-1B-Chat")
    baz["review"]["corrections"] = {"system": "Baz-1B"}  # what was extracted
    (tmp_path / "r.jsonl").write_text(json.dumps(baz) + "\n")
    invoke("reviews", "import", str(tmp_path / "r.jsonl"), "--db", any_db)
    engine = make_engine(any_db)
    with engine.connect() as conn:
        assert conn.execute(select(Review.verdict, Review.corrections)).all() == [("verified", None)]
    engine.dispose()


def test_evaluate_scores_a_reviews_file_as_the_same_records_written_by_hand(tmp_path: Path) -> None:
    """A reviews file scores like a hand-written gold file of its verified record with a negatives file of its
    rejected sentence; a file whose reviews are all rejections is named in a note (evaluate scores the files
    gold records name)."""
    db = f"sqlite:///{tmp_path / 'bb.db'}"
    f, g = tmp_path / "a.txt", tmp_path / "b.txt"
    f.write_text(listing((FOO, "2401.00001"), (BAR, "2401.00002")))
    g.write_text(listing((BAZ, "2401.00003")))
    engine = make_engine(db)
    init_db(engine)
    for x in (f, g):
        Store(engine).ingest_file(x)
    reviews.record(engine, row_id(engine, "Foo-7B", "GSM8K"), "ana", "verified")
    reviews.record(engine, row_id(engine, "Bar-13B", "GSM8K"), "ana", "rejected")
    reviews.record(engine, row_id(engine, "Baz-1B", "MATH"), "ana", "rejected")
    engine.dispose()
    exported = tmp_path / "r.jsonl"
    invoke("reviews", "export", "--db", db, "-o", str(exported))
    foo, bar, baz = (json.loads(line) for line in exported.read_text().splitlines())
    plain, negatives = tmp_path / "plain.jsonl", tmp_path / "negatives.jsonl"
    plain.write_text(json.dumps({k: v for k, v in foo.items() if k != "review"}) + "\n")
    negatives.write_text(json.dumps({"doc": "a.txt", "sentence": bar["sentence"], "why": "x"}) + "\n")
    by_hand = invoke("evaluate", str(plain), str(f), "--negatives", str(negatives), "--json").stdout
    from_review = invoke("evaluate", str(exported), str(f), str(g), "--json")
    assert json.loads(from_review.stdout) == json.loads(by_hand)
    assert json.loads(by_hand)["negative_violations"] == 1 and json.loads(by_hand)["micro"]["tp"] == 1
    assert from_review.stderr.strip() == ("note: 1 rejected number is in a file no verified or corrected record "
                                          "names (b.txt): not scored")
    assert baz["doc"] == "b.txt"


TEX = r"""\documentclass{article}\begin{document}
\begin{abstract}We present MathX, a model for math. MathX reaches 83.8\% on GSM8K.\end{abstract}
\section{Results}
\begin{table}\caption{Accuracy on GSM8K.}\begin{tabular}{lc}\toprule Model & GSM8K \\ \midrule
Llama-2-7B & 14.6 \\ \textbf{MathX (ours)} & 83.8 \\ \bottomrule\end{tabular}\end{table}
\end{document}
"""


def test_a_reviewed_table_row_is_exported_under_the_latex_source_it_was_read_from(
        any_db: str, tmp_path: Path) -> None:
    (tmp_path / "2401.00001v1.tex").write_text(TEX)
    (tmp_path / "list.txt").write_text(listing(
        ("We present MathX, a model for math. MathX reaches 83.8% on GSM8K and is fast.", "2401.00001")))
    engine = make_engine(any_db)
    init_db(engine)
    for name in ("2401.00001v1.tex", "list.txt"):
        assert Store(engine).ingest_file(tmp_path / name).status == "ingested"
    with engine.connect() as conn:
        table, abstract = (int(conn.execute(select(Result.id).where(
            Result.system == system, Result.source == source)).scalar_one())
            for system, source in (("Llama-2-7B", "table"), ("MathX", "abstract")))
    reviews.record(engine, table, "ana", "verified")
    reviews.record(engine, abstract, "ana", "verified")
    engine.dispose()
    recs = [json.loads(line) for line in invoke("reviews", "export", "--db", any_db).stdout.splitlines()]
    assert sorted((r["system"], r["doc"]) for r in recs) == [("Llama-2-7B", "2401.00001v1.tex"),
                                                            ("MathX", "list.txt")]
    kept = {r["system"]: [name for name, _ in r["review"]["extracted"]["docs"]] for r in recs}
    assert kept == {"Llama-2-7B": ["2401.00001v1.tex"], "MathX": ["list.txt"]}  # as the review kept them


def test_an_abstract_row_and_a_table_row_at_the_same_offsets_keep_a_verdict_each(any_db: str, tmp_path: Path) -> None:
    """A review's key holds where its number was written: an abstract's offsets and a LaTeX source's may be
    equal, and the two rows' reviews are two keys (through export and import too)."""
    (tmp_path / "2401.00001v1.tex").write_text(TEX)
    engine = make_engine(any_db)
    init_db(engine)
    Store(engine).ingest_file(tmp_path / "2401.00001v1.tex")
    with engine.begin() as conn:
        abstract, table = (conn.execute(select(Result.id, Result.value_start, Result.value_end).where(
            Result.system == "MathX", Result.source == source)).one() for source in ("abstract", "table"))
        conn.execute(update(Result).where(Result.id == table[0]).values(value_start=abstract[1],
                                                                        value_end=abstract[2]))
    reviews.record(engine, abstract[0], "ana", "verified")
    reviews.record(engine, table[0], "ben", "rejected")

    def verdicts(engine: Engine) -> list[tuple[str, str | None]]:
        with engine.connect() as conn:
            return sorted(conn.execute(select(Result.source, Result.review).where(Result.system == "MathX")).all())

    assert verdicts(engine) == [("abstract", "verified"), ("table", "rejected")]
    assert reviews.reviews(engine)["status"].tolist() == ["applied", "applied"]
    exported = invoke("reviews", "export", "--db", any_db).stdout
    assert sorted(json.loads(line)["review"]["key"]["source"] for line in exported.splitlines()) == [
        "abstract", "table"]
    copy = f"sqlite:///{tmp_path / 'copy.db'}"
    (tmp_path / "r.jsonl").write_text(exported)
    invoke("reviews", "import", str(tmp_path / "r.jsonl"), "--db", copy)
    other = make_engine(copy)
    assert sorted(reviews.reviews(other)[["source", "verdict"]].values.tolist()) == [
        ["abstract", "verified"], ["table", "rejected"]]
    other.dispose()
    engine.dispose()
