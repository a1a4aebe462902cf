"""The command line, run as users run it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from db.cli import app
from extract.registry import default_registry

from .conftest import ROOT, SEEDS

runner = CliRunner()


def test_ingest_summary_and_idempotence(fresh_db: str) -> None:
    first = runner.invoke(app, ["ingest", str(SEEDS), "--db", fresh_db])
    assert first.exit_code == 0, first.output
    assert "files read: 5 ingested, 0 unchanged, 0 failed" in first.output
    assert "papers: 185 new, 10 merged" in first.output
    assert re.search(r"GSM8K 3\b", first.output)
    second = runner.invoke(app, ["ingest", str(SEEDS), "--db", fresh_db])
    assert "files read: 0 ingested, 5 unchanged, 0 failed" in second.output


def test_ingest_reports_bad_files_and_exits_nonzero(tmp_path: Path, fresh_db: str) -> None:
    (tmp_path / "ok.txt").write_text("Abstract: Our X-7B achieves 83.8 on GSM8K, a new best among open models.\n")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(10))
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", fresh_db])
    assert result.exit_code == 1
    assert f"skipped {tmp_path / 'pic.png'}: not text: looks like a PNG image" in result.output
    assert "GSM8K 1" in result.output


def test_ingest_missing_path(fresh_db: str) -> None:
    result = runner.invoke(app, ["ingest", "no/such/dir", "--db", fresh_db])
    assert result.exit_code == 1
    assert "skipped no/such/dir: no such file or folder" in result.output


def test_db_from_environment(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "env.db"
    monkeypatch.setenv("BENCHBOARD_DB", str(db))
    assert runner.invoke(app, ["ingest", str(SEEDS / "003_1b7a33e80e2ee25b.txt")]).exit_code == 0
    assert db.exists()
    assert "papers: 72" in runner.invoke(app, ["stats"]).output


def test_extract_formats() -> None:
    f = str(SEEDS / "003_1b7a33e80e2ee25b.txt")
    jsonl = runner.invoke(app, ["extract", f, "--format", "jsonl"])
    records = [json.loads(x) for x in jsonl.stdout.splitlines()]
    assert {(r["model"], r["benchmark"], r["value"]) for r in records} >= {("MuMath-Code-7B", "GSM8K", 83.8)}
    threshold = default_registry().trust_threshold
    assert all(0 <= r["confidence"] <= 1 and r["trusted"] == (r["confidence"] >= threshold) for r in records)
    csv_out = runner.invoke(app, ["extract", f, "--format", "csv"]).stdout.splitlines()
    assert csv_out[0].startswith("doc,paper_title,arxiv_id,model,benchmark,metric,value,unit,kind,qualifier,evidence")
    assert len(csv_out) > len(records)  # header + records (evidence may hold no newlines)
    table = runner.invoke(app, ["extract", f, "--format", "table"])
    assert "MuMath-Code-7B" in table.stdout


def test_export_csv_json_and_benchmark_filter(seeded_db: str) -> None:
    out = runner.invoke(app, ["export", "--db", seeded_db, "--format", "json", "--benchmark", "gsm8k"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.stdout)
    assert rows and {r["benchmark"] for r in rows} == {"GSM8K"}
    assert {"doc", "model", "evidence", "start", "end", "date"} <= set(rows[0])
    csv_text = runner.invoke(app, ["export", "--db", seeded_db]).stdout
    assert csv_text.startswith("doc,paper_title,arxiv_id,model,benchmark")
    bad = runner.invoke(app, ["export", "--db", seeded_db, "--benchmark", "GSM8"])
    assert bad.exit_code == 2 and "did you mean GSM8K" in bad.output


def test_stats_and_benchmarks(seeded_db: str) -> None:
    stats = runner.invoke(app, ["stats", "--db", seeded_db]).output
    assert "papers: 185" in stats and "papers in several files: 10" in stats
    listing = runner.invoke(app, ["benchmarks"]).output
    for name in ("MTEB", "BEIR", "GSM8K", "MATH", "RewardBench", "MATH-500", "C-MTEB"):
        assert name in listing


def test_evaluate_prints_figures() -> None:
    gold = ROOT / "tests" / "gold"
    out = runner.invoke(app, ["evaluate", str(gold / "dev.jsonl"), str(gold / "dev"), "--json"])
    assert out.exit_code == 0, out.output
    figures = json.loads(out.stdout)
    assert figures["micro"]["precision"] >= 0.97 and figures["micro"]["recall"] >= 0.93
    assert set(figures["fields"]) == {"model", "metric", "unit", "kind", "qualifier"}


def test_evaluate_names_unscored_benchmarks_and_scores_all_on_request() -> None:
    """A gold file on registry benchmarks scores nothing by default (core only): the command says so, and
    `-b all` scores every registry benchmark."""
    gold = ROOT / "tests" / "gold"
    args = ["evaluate", str(gold / "heldout24.jsonl"), str(gold / "heldout" / "bigcorpus_sample_24.txt"), "--json"]
    core_only = runner.invoke(app, args)
    assert core_only.exit_code == 0 and "not scored; pass -b all" in core_only.stderr
    assert json.loads(core_only.stdout)["micro"]["tp"] == 0
    every = json.loads(runner.invoke(app, [*args, "-b", "all"]).stdout)
    assert every["micro"]["tp"] == 10 and every["micro"]["fp"] == 0


def test_extract_reads_only_hit_records_but_prints_what_the_full_reader_finds() -> None:
    """`benchboard extract` parses only the listing records around a name hit; its records are the
    snapshot's (made with the full reader) on every gold document: seeds, dev and held-out."""
    from extract.accuracy import GOLD_SETS, SNAPSHOT

    gold = ROOT / "tests" / "gold"
    out = runner.invoke(app, ["extract", *(str(gold / docs) for docs, _, _ in GOLD_SETS.values())])
    assert out.exit_code == 0, out.output
    got = [json.dumps(json.loads(line), ensure_ascii=False, sort_keys=True) for line in out.stdout.splitlines()]
    assert got == (gold / SNAPSHOT).read_text(encoding="utf-8").splitlines()


def test_benchmarks_names_the_standard_metric_and_setting_of_each() -> None:
    """Every registry entry names what its default leaderboard ranks, and `benchboard benchmarks` says it."""
    from extract.registry import default_registry

    wanted = {"GSM8K": ("accuracy", "pass@1/greedy"), "MATH": ("accuracy", "pass@1/greedy"),
              "BEIR": ("nDCG@10", "zero-shot"), "MTEB": ("average score", "zero-shot"),
              "RewardBench": ("accuracy", "zero-shot")}
    for b in default_registry():
        assert b.standard_metric and b.standard_setting, b.name
        if b.name in wanted:
            assert (b.standard_metric, b.standard_setting) == wanted[b.name]
    assert "overall score" in default_registry().get("RewardBench").standard_spellings
    listing = runner.invoke(app, ["benchmarks"], terminal_width=400).output
    assert "standard metric" in listing and "standard setting" in listing and "pass@1/greedy" in listing
