"""Golden files: `benchboard extract` scored against the hand-checked records in tests/gold."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from db.cli import app
from extract.record import CONTRACT_FIELDS
from extract.registry import CORE, default_registry
from extract.scorer import format_report, load_jsonl, score

from .conftest import DEV, GOLD, SEEDS

runner = CliRunner()


def _extract(*paths: str) -> list[dict]:
    result = runner.invoke(app, ["extract", *paths, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_records() -> list[dict]:
    return _extract(str(SEEDS))


@pytest.fixture(scope="module")
def dev_records() -> list[dict]:
    return _extract(str(DEV))


def test_jsonl_has_the_contract_fields_in_order(seed_records: list[dict]) -> None:
    assert seed_records
    for rec in seed_records:
        assert tuple(rec)[: len(CONTRACT_FIELDS)] == CONTRACT_FIELDS


def test_seeds_reproduce_gold(seed_records: list[dict]) -> None:
    s = score(seed_records, load_jsonl(GOLD / "seeds.jsonl"), load_jsonl(GOLD / "seeds-negatives.jsonl"))
    print(format_report(s, "seeds"))
    assert s.overall.precision >= 0.95 and s.overall.recall >= 0.95
    for bench, counts in s.by_benchmark.items():
        assert counts.precision >= 0.95 and counts.recall >= 0.95, bench
    assert not s.negative_violations
    # every number is reproduced field for field; whose it is, on all but one or two
    for f in ("metric", "unit", "kind", "sign"):
        assert s.field_accuracy(f) == 1.0, f
    for f in ("system", "backbone", "role", "scope"):
        assert s.field_accuracy(f) >= 0.9, f


def test_dev_meets_targets(dev_records: list[dict]) -> None:
    s = score(dev_records, load_jsonl(GOLD / "dev.jsonl"), load_jsonl(GOLD / "dev-negatives.jsonl"))
    print(format_report(s, "dev"))
    assert s.overall.precision >= 0.97
    assert s.overall.recall >= 0.93
    assert s.field_accuracy("system") >= 0.90
    assert not s.negative_violations


def test_no_core_record_from_negative_sentences(seed_records: list[dict], dev_records: list[dict]) -> None:
    gold = load_jsonl(GOLD / "seeds.jsonl") + load_jsonl(GOLD / "dev.jsonl")
    allowed = {(g["doc"], g["benchmark"], abs(float(g["value"]))) for g in gold}
    negatives = load_jsonl(GOLD / "seeds-negatives.jsonl") + load_jsonl(GOLD / "dev-negatives.jsonl")
    sentences = {(n["doc"], " ".join(n["sentence"].split())) for n in negatives}
    for r in seed_records + dev_records:
        if (r["doc"], " ".join(r["evidence"].split())) in sentences and r["benchmark"] in CORE:
            assert (r["doc"], r["benchmark"], abs(float(r["value"]))) in allowed, r


def test_values_within_plausible_range(seed_records: list[dict], dev_records: list[dict]) -> None:
    reg = default_registry()
    for r in seed_records + dev_records:
        assert reg.get(r["benchmark"]).in_range(abs(r["value"])), r


def test_variants_never_filed_under_core_names(dev_records: list[dict]) -> None:
    def norm(text: str) -> str:
        return " ".join(text.split())

    core = {(r["doc"], abs(float(r["value"])), norm(r["evidence"])) for r in dev_records if r["benchmark"] in CORE}
    variants = [g for g in load_jsonl(GOLD / "dev.jsonl") if g.get("variant")]
    assert variants
    for g in variants:
        assert (g["doc"], abs(float(g["value"])), norm(g["evidence"])) not in core, g
